"""The one error a reader raises: a stable code plus a message a clerk can act on."""

from __future__ import annotations

from typing import Literal

ErrorCode = Literal[
    "encrypted",
    "corrupt",
    "empty",
    "unsupported_format",
    "too_large",
    "timeout",
    "no_text",
    "converter_missing",
    "system_file",
    "link_outside",
    "dangling_link",
    "unsafe_path",
    "archive_link",
    "archive_too_deep",
    "unsupported_archive",
    "not_material",
    "no_plan",
]

MESSAGES: dict[str, str] = {
    "encrypted": "文件已加密或设有打开密码，无法读取。请联系申报单位提供未加密的版本后重新提交。",
    "corrupt": "文件已损坏或不完整（可能上传中断），无法打开。请申报单位重新导出并发送该文件。",
    "empty": "文件为空（0 字节）或没有任何内容。请申报单位重新发送完整的实施方案。",
    "unsupported_format": "不支持的文件格式。请将实施方案另存为 .docx 或 .pdf（WPS 文档请另存为 Word 格式）后重新提交。",
    "too_large": "文件超出处理上限（大小、页数或解压后体积过大）。请申报单位压缩图片或拆除附件后重新提交正文。",
    "timeout": "文件读取超时：文件可能已损坏、结构异常或内容过大（如页数很多的扫描件）。请申报单位重新导出为标准 PDF 或 Word 文件（扫描件可拆分或降低分辨率）后重新提交。该文件改动、审查程序更新或读取时限调高后会自动重新读取，在此之前每次运行不再重复读取。",
    "no_text": "未能从文件中识别出足够的文字（扫描件过于模糊或为空白页）。请申报单位提供清晰扫描件或可编辑的电子版。",
    "converter_missing": "读取旧版 .doc（及 .wps、.rtf、.odt）文件需要 LibreOffice（Debian 软件包 libreoffice-writer-nogui），本机未安装。请管理员安装后重试，或请申报单位另存为 .docx。",
    "system_file": "系统或软件自动生成的文件（如 .DS_Store、Thumbs.db、__MACOSX、以 ~$ 开头的 Office 临时文件），不是申报材料，已列出但不审查。",
    "link_outside": "该项是指向输入文件夹以外位置的快捷方式（符号链接），出于安全考虑未读取。如确属申报材料，请将实际文件复制到输入文件夹后重新运行。",
    "dangling_link": "该项是快捷方式（符号链接），但它指向的文件已不存在。请将实际文件复制到输入文件夹后重新运行。",
    "unsafe_path": "压缩包中该文件的路径不安全（绝对路径或含“..”，会解压到压缩包以外的位置），已拒绝解压。请申报单位按正常目录重新打包后提交。",
    "archive_link": "压缩包中该项是链接（快捷方式）而不是实际文件，出于安全考虑未读取。请申报单位放入实际文件后重新打包。",
    "archive_too_deep": "压缩包嵌套层数过多（压缩包中的压缩包里又有压缩包），只读取一层嵌套。请申报单位解开内层压缩包后重新打包。",
    "unsupported_archive": "不支持的压缩包格式或压缩方式（如 .rar），无法解压。请申报单位改用 .zip 格式重新压缩后提交。",
    "not_material": "程序、配置或说明类文件（如 .py、.md、.yaml、.json），不是申报材料，已列出但不审查。",
    "no_plan": "该材料包（文件夹或压缩包）中没有可读取的实施方案。请申报单位补交实施方案（.docx 或 .pdf）。",
}


# What each code means, in a few words a clerk reads beside it (the messages above say what to do about it).
CODE_NAMES: dict[str, str] = {
    "encrypted": "文件已加密",
    "corrupt": "文件已损坏",
    "empty": "空文件",
    "unsupported_format": "文件格式不支持",
    "too_large": "文件超出处理上限",
    "timeout": "读取超时",
    "no_text": "未识别出文字",
    "converter_missing": "缺少转换程序",
    "system_file": "系统生成的文件",
    "link_outside": "链接指向输入文件夹以外",
    "dangling_link": "链接已失效",
    "unsafe_path": "压缩包路径不安全",
    "archive_link": "压缩包中的链接",
    "archive_too_deep": "压缩包嵌套过深",
    "unsupported_archive": "压缩格式不支持",
    "not_material": "不是申报材料",
    "no_plan": "缺少实施方案",
    "internal_error": "审查程序内部错误",
}


def code_label(code: str) -> str:
    """The code with its Chinese meaning, ``文件已损坏（corrupt）``; an unknown code is shown as it is."""
    name = CODE_NAMES.get(code)
    return f"{name}（{code}）" if name else code


class ReadError(Exception):
    """A submitted file could not be turned into a Document."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)

    @property
    def message(self) -> str:
        return MESSAGES[self.code] + (f"（{self.detail}）" if self.detail else "")
