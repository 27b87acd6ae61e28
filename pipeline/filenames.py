"""The name a submitted file is reported under: its path below the input folder, as readable text.

Linux keeps file names as bytes. A batch unzipped from a Windows archive often
carries names in GBK, which Python can only hold as lone surrogates; such a
string cannot be written to JSON, a hash, a workbook or a Word file, and one
of them must not stop the batch. Each path component that is not UTF-8 is
read as GB18030 (what Windows wrote), else its bad bytes are shown as \\xNN, so
the name stays unique and the clerk can still find the file.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path

WINDOWS_CHINESE = "gb18030"


def _readable(component: str) -> str:
    try:
        component.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(component)
        try:
            return raw.decode(WINDOWS_CHINESE)
        except UnicodeDecodeError:
            return raw.decode("utf-8", "backslashreplace")
    return component


def source_name(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with forward slashes, every component valid Unicode."""
    return "/".join(_readable(part) for part in path.relative_to(root).parts)


@dataclass(frozen=True)
class NamePart:
    """One path component as it reads, plus its raw bytes when that reading is a guess (the bytes were not UTF-8)."""

    text: str
    raw: bytes | None = None

    @property
    def escaped(self) -> str:
        """The component spelt from its raw bytes, every non-ASCII byte as \\xNN: unambiguous when readings collide."""
        return self.text if self.raw is None else _escape(self.raw)


def _escape(raw: bytes) -> str:
    return "".join(chr(byte) if byte < 0x80 else f"\\x{byte:02x}" for byte in raw)


def disk_part(component: str) -> NamePart:
    """A name as ``os.scandir`` gives it (undecodable bytes held as surrogates)."""
    text = _readable(component)
    return NamePart(text) if text == component else NamePart(text, os.fsencode(component))


def member_parts(raw: bytes, utf8_flag: bool) -> list[NamePart]:
    """An archive member's name split into components, decoded as its archiver wrote it.

    Flagged or valid UTF-8 (macOS and Linux archivers write UTF-8 without the flag) reads as UTF-8;
    otherwise the name is a Chinese Windows one, GBK/GB18030. A name neither decodes has its bytes spelt \\xNN.
    Windows archivers may separate folders with a backslash, which no Windows file name contains.
    Empty, "." and ".." components are kept: judging them is the caller's job.
    """
    if utf8_flag:
        return [NamePart(p) for p in _split(raw.decode("utf-8", "backslashreplace"))]
    try:
        return [NamePart(p) for p in _split(raw.decode("utf-8"))]
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode(WINDOWS_CHINESE)
    except UnicodeDecodeError:
        return [NamePart(_escape(p)) for p in raw.split(b"/")]
    return [NamePart(p, None if p.isascii() else p.encode(WINDOWS_CHINESE)) for p in _split(text)]


def _split(name: str) -> list[str]:
    return name.replace("\\", "/").split("/")


def unique_rels(names: Sequence[Sequence[NamePart]]) -> list[str]:
    """One distinct "a/b/c" per name, in order: readable where possible, never two alike.

    Siblings whose readings collide (a GBK name read as GB18030 equal to a UTF-8 name beside it) keep
    the UTF-8 one as is and spell the guessed ones from their bytes (\\xNN). A name still taken gets
    " (2)", " (3)" before its extension; so does a repeated name (an archive may hold one twice).
    Spelling is decided once per folder, so every file in a re-spelt folder shows the same folder name.
    """
    siblings: dict[tuple[NamePart, ...], list[tuple[NamePart, ...]]] = defaultdict(list)
    seen: set[tuple[NamePart, ...]] = set()
    for name in names:
        for depth in range(1, len(name) + 1):
            node = tuple(name[:depth])
            if node not in seen:
                seen.add(node)
                siblings[node[:-1]].append(node)
    spelling: dict[tuple[NamePart, ...], str] = {}
    for nodes in siblings.values():
        spelling.update(_spell_siblings(nodes))
    rels = ["/".join(spelling[tuple(name[:depth])] for depth in range(1, len(name) + 1)) for name in names]
    return _number_repeats(rels)


def _spell_siblings(nodes: list[tuple[NamePart, ...]]) -> dict[tuple[NamePart, ...], str]:
    readings = Counter(node[-1].text for node in nodes)
    spelt = {node: node[-1].escaped if readings[node[-1].text] > 1 else node[-1].text for node in nodes}
    taken = set(readings) | set(spelt.values())
    by_spelling: dict[str, list[tuple[NamePart, ...]]] = defaultdict(list)
    for node in nodes:
        by_spelling[spelt[node]].append(node)
    for spelling, group in by_spelling.items():
        group.sort(key=lambda node: (node[-1].raw is not None, node[-1].raw or b""))
        for node in group[1:]:
            spelt[node] = _next_free(spelling, taken)
            taken.add(spelt[node])
    return spelt


def _number_repeats(rels: list[str]) -> list[str]:
    taken = set(rels)
    seen: set[str] = set()
    unique = []
    for rel in rels:
        if rel in seen:
            folder, _, last = rel.rpartition("/")
            rel = "/".join(filter(None, (folder, _next_free(last, taken, folder))))
            taken.add(rel)
        seen.add(rel)
        unique.append(rel)
    return unique


def _next_free(name: str, taken: set[str], folder: str = "") -> str:
    stem, suffix = os.path.splitext(name)
    candidates = (f"{stem} ({number}){suffix}" for number in count(2))
    return next(c for c in candidates if "/".join(filter(None, (folder, c))) not in taken)
