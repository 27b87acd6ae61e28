"""Damaged real submissions: a read gives a Document or a ReadError with a known code, never another exception,
never a hang (each read runs in the isolation child under a timeout).

``FUZZ_EXAMPLES`` sets the cases per test (``bench/bad_inputs.py --fuzz N`` runs more).
"""

from __future__ import annotations

import io
import os
import typing
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.errors import ErrorCode, ReadError
from pipeline.isolation import Limits, read_isolated

SAMPLES = Path(__file__).parents[1] / "sample_submissions"
DOCX = (SAMPLES / "余杭区" / "浙江省脑机接口创新联合体实施方案.docx").read_bytes()
PDF = (SAMPLES / "余杭区" / "浙江省精准基因检测创新联合体实施方案.pdf").read_bytes()  # LibreOffice text PDF
KNOWN_CODES = set(typing.get_args(ErrorCode))
LIMITS = Limits(timeout=60)
FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "70")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

_edit = st.tuples(st.sampled_from(["flip", "insert", "delete"]), st.floats(0, 1, exclude_max=True),
                  st.integers(0, 255))
_edits = st.lists(_edit, min_size=1, max_size=12)
_truncate = st.one_of(st.none(), st.floats(0, 1, exclude_max=True))


def _mutate(data: bytes, edits: list[tuple[str, float, int]], truncate_at: float | None) -> bytes:
    """Byte damage as an interrupted upload or a bad disk does it: flipped, inserted, lost bytes, a cut tail."""
    out = bytearray(data)
    for op, where, value in edits:
        at = int(where * len(out)) if out else 0
        if op == "flip" and out:
            out[at] ^= value or 1
        elif op == "insert":
            out[at:at] = bytes([value])
        elif op == "delete" and out:
            del out[at]
    return bytes(out[: int(truncate_at * len(out))] if truncate_at is not None else out)


def _damage_member(data: bytes, member: int, action: str, junk: bytes) -> bytes:
    """Rebuild the package with one part garbled, cut, renamed or missing, as a hand-edited file might be."""
    source = zipfile.ZipFile(io.BytesIO(data))
    infos = source.infolist()
    target_name = infos[member % len(infos)].filename
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in infos:
            body = source.read(info.filename)
            if info.filename != target_name:
                out.writestr(info.filename, body)
            elif action == "garble":
                out.writestr(info.filename, junk)
            elif action == "cut":
                out.writestr(info.filename, body[: len(body) // 2])
            elif action == "rename":
                out.writestr(info.filename + ".bak", body)
            elif action == "splice":
                out.writestr(info.filename, body[: len(body) // 3] + junk + body[len(body) // 3:])
    return buffer.getvalue()


def _assert_read_or_known_error(path: Path) -> None:
    try:
        document = read_isolated(path, LIMITS)
    except ReadError as exc:
        assert exc.code in KNOWN_CODES, exc.code
        return
    assert isinstance(document, Document) and document.blocks


@FUZZ
@given(edits=_edits, truncate_at=_truncate)
def test_damaged_docx_bytes_read_or_fail_with_a_known_code(tmp_path_factory, edits, truncate_at):
    path = tmp_path_factory.mktemp("fuzz") / "plan.docx"
    path.write_bytes(_mutate(DOCX, edits, truncate_at))
    _assert_read_or_known_error(path)


@FUZZ
@given(member=st.integers(0, 100), action=st.sampled_from(["garble", "cut", "rename", "splice"]),
       junk=st.binary(max_size=64))
def test_docx_with_a_damaged_part_reads_or_fails_with_a_known_code(tmp_path_factory, member, action, junk):
    path = tmp_path_factory.mktemp("fuzz") / "plan.docx"
    path.write_bytes(_damage_member(DOCX, member, action, junk))
    _assert_read_or_known_error(path)


@FUZZ
@given(edits=_edits, truncate_at=_truncate)
def test_damaged_pdf_bytes_read_or_fail_with_a_known_code(tmp_path_factory, edits, truncate_at):
    path = tmp_path_factory.mktemp("fuzz") / "plan.pdf"
    path.write_bytes(_mutate(PDF, edits, truncate_at))
    _assert_read_or_known_error(path)
