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
]

MESSAGES: dict[str, str] = {
    "encrypted": "文件已加密或设有打开密码，无法读取。请联系申报单位提供未加密的版本后重新提交。",
    "corrupt": "文件已损坏或不完整（可能上传中断），无法打开。请申报单位重新导出并发送该文件。",
    "empty": "文件为空（0 字节）或没有任何内容。请申报单位重新发送完整的实施方案。",
    "unsupported_format": "不支持的文件格式。请将实施方案另存为 .docx 或 .pdf（WPS 文档请另存为 Word 格式）后重新提交。",
    "too_large": "文件超出处理上限（大小、页数或解压后体积过大）。请申报单位压缩图片或拆除附件后重新提交正文。",
    "timeout": "文件处理超时，可能结构异常。请申报单位重新导出为标准 PDF 或 Word 文件后重新提交。",
    "no_text": "未能从文件中识别出足够的文字（扫描件过于模糊或为空白页）。请申报单位提供清晰扫描件或可编辑的电子版。",
    "converter_missing": "读取旧版 .doc 文件需要 LibreOffice（Debian 软件包 libreoffice-writer-nogui），本机未安装。请管理员安装后重试，或请申报单位另存为 .docx。",
}


class ReadError(Exception):
    """A submitted file could not be turned into a Document."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)

    @property
    def message(self) -> str:
        return MESSAGES[self.code] + (f"（{self.detail}）" if self.detail else "")
