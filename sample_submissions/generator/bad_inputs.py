"""Files a district clerk really receives that cannot be reviewed, each with the read error it must produce."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pikepdf
from msoffcrypto.format.ooxml import OOXMLFile

PASSWORD = "hz2022"
# A Kingsoft document body with no signature any supported format has (not OLE, not zip, not %PDF).
WPS_BYTES = b"KSWPS\x00\x01\x00" + "浙江省创新联合体实施方案".encode("utf-16-le") + bytes(range(256)) * 4


def _encrypt_docx(docx: Path, target: Path) -> None:
    plain = OOXMLFile(io.BytesIO(docx.read_bytes()))
    with target.open("wb") as out:
        plain.encrypt(PASSWORD, out)


def _encrypt_pdf(pdf: Path, target: Path) -> None:
    with pikepdf.open(pdf) as document:
        document.save(target, encryption=pikepdf.Encryption(user=PASSWORD, owner=PASSWORD + "-owner", R=6),
                      static_id=True)


def write_bad_inputs(root: Path, docx: Path, pdf: Path) -> dict[str, str]:
    """Writes sample_submissions/_bad/ from one good docx and one good PDF; returns {relative path: error code}."""
    bad = root / "_bad"
    bad.mkdir(parents=True, exist_ok=True)
    data = docx.read_bytes()
    labels: dict[str, str] = {}

    def put(name: str, code: str, content: bytes | None = None) -> Path:
        path = bad / name
        if content is not None:
            path.write_bytes(content)
        labels[f"_bad/{name}"] = code
        return path

    _encrypt_pdf(pdf, put("加密的实施方案.pdf", "encrypted"))
    _encrypt_docx(docx, put("设有打开密码的实施方案.docx", "encrypted"))
    put("上传中断的实施方案.docx", "corrupt", data[: int(len(data) * 0.6)])
    put("空白文件.docx", "empty", b"")
    put("实施方案说明.txt", "unsupported_format",
        "浙江省某某创新联合体实施方案（文字版说明，正文见附件）\n".encode())
    put("实施方案（WPS格式）.wps", "unsupported_format", WPS_BYTES)
    return labels


def write_bad_truth(labels: dict[str, str], truth_dir: Path) -> Path:
    path = truth_dir / "_bad.json"
    path.write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
