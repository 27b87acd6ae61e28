"""The ``parse`` verb: shows what the reader made of a file, or of every file in a folder.

Meant for the person who has to find out why a plan was judged as it was: each
block with its kind, level and location, or a one-line summary per file; a
bad file is reported with its error code and the run goes on.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path

from pipeline.document import Block, Document, Heading, Table
from pipeline.errors import ReadError, code_label
from pipeline.filenames import source_name
from pipeline.readers import read
from pipeline.wording import say

SKIPPED_DIRS = {"truth"}  # expected answers kept beside sample submissions
SKIPPED_SUFFIXES = {".md", ".py"}
PREVIEW_CHARS = 80


def submission_files(folder: Path) -> list[Path]:
    """Every file under ``folder`` a clerk could have submitted, sorted, helper files left out."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file()
        and not p.name.startswith(".")
        and p.suffix.lower() not in SKIPPED_SUFFIXES
        and not SKIPPED_DIRS & set(p.relative_to(folder).parts[:-1])
    )


def location(block: Block) -> str:
    return f"p{block.prov.page}" if block.prov.page is not None else f"#{block.prov.block}"


def block_line(block: Block) -> str:
    text = block.text.replace("\n", " ⏎ ")
    preview = text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + "…"
    if isinstance(block, Heading):
        kind = say("parse.heading", level=block.level)
    elif isinstance(block, Table):
        kind = say("parse.table", rows=block.n_rows, cols=block.n_cols)
    else:
        kind = say("parse.paragraph")
    return f"{location(block):>6}  {kind:<10}  {preview}"


def block_dict(block: Block) -> dict:
    return {**dataclasses.asdict(block), "text": block.text}


def document_dict(document: Document) -> dict:
    return {
        "source": document.source,
        "format": document.format,
        "pages": document.pages,
        "blocks": [block_dict(b) for b in document.blocks],
        "furniture": [dataclasses.asdict(f) for f in document.furniture],
    }


def summary_line(rel: str, document: Document, elapsed_ms: float) -> str:
    pages = document.pages if document.pages is not None else "-"
    return say("parse.read", file=rel, format=document.format, pages=pages, blocks=len(document.blocks),
               headings=len(document.headings()), tables=len(document.tables()), chars=len(document.text), ms=elapsed_ms)


def error_line(rel: str, error: ReadError) -> str:
    return f"✗ {rel}  {code_label(error.code)}  {error.message}"


def print_document(document: Document, as_json: bool) -> None:
    if as_json:
        print(json.dumps(document_dict(document), ensure_ascii=False, indent=2))
        return
    for block in document.blocks:
        print(block_line(block))
    for item in document.furniture:
        print(f"{'[' + item.role + ']':>8}  {item.text.replace(chr(10), ' ⏎ ')[:PREVIEW_CHARS]}")


def print_extraction(document: Document, rules: str | None, rel: str) -> None:
    from extractors import extract  # the extraction stack (jieba, spaCy) loads only when asked for
    from pipeline.plan_text import PlanText
    from pipeline.rulepack import DEFAULT_PACK, load_rulepack

    submission = extract(PlanText(document, load_rulepack(rules or DEFAULT_PACK)), rel)
    print(submission.model_dump_json(indent=2))


def parse_command(path: Path, as_json: bool = False, extract: bool = False, rules: str | None = None) -> int:
    """Exit status 0 when every file was read, 1 when any failed, 2 when ``path`` does not exist."""
    if not path.exists():
        print(say("parse.not_found", path=path))
        return 2
    single = path.is_file()
    files = [path] if single else submission_files(path)
    failed = 0
    for file in files:
        rel = source_name(file, file.parent if single else path)
        started = time.perf_counter()
        try:
            document = read(file)
        except ReadError as error:
            failed += 1
            if as_json and not single:
                print(json.dumps({"file": rel, "error": error.code, "message": error.message}, ensure_ascii=False))
            else:
                print(error_line(rel, error))
            continue
        elapsed_ms = (time.perf_counter() - started) * 1000
        if extract:
            print_extraction(document, rules, rel)
        elif single:
            print_document(document, as_json)
        elif as_json:
            print(json.dumps({"file": rel, **document_dict(document)}, ensure_ascii=False))
        else:
            print(summary_line(rel, document, elapsed_ms))
    if not single:
        print(say("parse.counts", files=len(files), read=len(files) - failed, failed=failed), file=sys.stderr)
    return 1 if failed else 0
