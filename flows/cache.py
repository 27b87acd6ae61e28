"""The incremental store of file profiles: a file is read again only when something its profile depends on changed.

A small content-addressed store of JSON files rather than Prefect's result
persistence: the key is computed in the flow before any task is submitted,
so an unchanged plan costs one file hash and one JSON read — no task run, no
server round trip, no pickle — which is what lets a nightly rerun over a
thousand unchanged plans finish in seconds.

The key covers everything a machine result depends on: the file's bytes, its
path inside the input folder (the district may come from the folder name),
the rule pack (id, version and content) and the code (package version plus a
digest of the library's source, because an editable install keeps its version
number while its code changes) and the read limits (time and memory). Reviewer
overrides are not in the key: they are applied when outputs are written, never
cached.

A file that ran past the read time limit is remembered like any other result:
it would only time out again, every night, until the file, the code or the
limit changes — and each of those changes the key. Failures that say more
about this machine than about the file (no converter installed, a bug of the
tool) are not remembered.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import orjson

from pipeline.atomic import write_text
from pipeline.isolation import Limits
from pipeline.rulepack import RulePack

PACKAGE = "consortium-review"
LIBRARY_PACKAGES = ("pipeline", "extractors", "checks")
SOURCE_SUFFIXES = {".py", ".yaml", ".yml", ".html", ".j2", ".css", ".js"}
# Failures that say more about this machine or this run than about the file: never cached.
UNSETTLED_ERRORS = {"converter_missing", "internal_error"}


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_digest(roots: list[Path]) -> str:
    """A digest of every source file under ``roots`` (names and bytes), in a stable order."""
    digest = hashlib.sha256()
    for root in roots:
        files = (p for p in root.rglob("*") if p.suffix in SOURCE_SUFFIXES and "__pycache__" not in p.parts)
        for path in sorted(files):
            digest.update(path.relative_to(root.parent).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def code_version() -> str:
    """``<package version>+<library source digest>``; ``src`` stands in for the version when not installed."""
    try:
        installed = version(PACKAGE)
    except PackageNotFoundError:
        installed = "src"
    repo = Path(__file__).resolve().parents[1]
    return f"{installed}+{source_digest([repo / name for name in LIBRARY_PACKAGES])}"


@lru_cache(maxsize=1)
def outputs_version() -> str:
    """What written outputs are made by: the library that reviews plus flows/, which writes the outputs (an
    upgrade that only changes how batch.json or a report is written must still write them again)."""
    return f"{code_version()}+{source_digest([Path(__file__).resolve().parent])}"


def rulepack_digest(pack: RulePack) -> str:
    """The pack's fingerprint plus a hash of its content, so an edit without a version bump still counts (the
    reviewing office only signs the reports: a review does not depend on it)."""
    return f"{pack.fingerprint}#{_sha256(pack.model_dump_json(exclude={'office'}))[:16]}"


class ResultCache:
    """Machine results by key, one JSON file each under ``root/<2 hex>/<key>.json``."""

    def __init__(self, root: Path, pack: RulePack, code: str | None = None, limits: Limits | None = None) -> None:
        self.root = root
        self.salt = f"{rulepack_digest(pack)}\n{code or code_version()}\n{limits or Limits.from_env()}"

    def key(self, rel_path: str, file_sha256: str) -> str:
        return _sha256(f"{rel_path}\n{file_sha256}\n{self.salt}")

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored profile, or None; parsed by orjson, several times faster than ``json`` on a nightly rerun."""
        try:
            return orjson.loads(self._path(key).read_bytes())
        except (OSError, ValueError):
            return None

    def put(self, key: str, profile: dict[str, Any]) -> bool:
        """Store a settled file profile (its role and, for a plan, its review); returns whether it was stored."""
        error = (profile.get("result") or {}).get("error") or {}
        if error.get("code") in UNSETTLED_ERRORS:
            return False
        write_text(self._path(key), json.dumps(profile, ensure_ascii=False))
        return True
