"""The README's section on packages (prose by hand, the file table from the truth), and its plan rows moved to
the plans' new paths."""

from __future__ import annotations

from pathlib import Path

from .layout import Entry

SECTION = Path(__file__).with_name("readme_section.md")
BEGIN = "<!-- make_packages.py：本节由生成器写入 -->"
END = "<!-- make_packages.py：本节结束 -->"


def _files_table(entries: list[Entry]) -> str:
    rows = ["| 文件 | 期望角色 | 所属方案 | 错误码 |", "|---|---|---|---|"]
    for entry in sorted(entries, key=lambda e: e.rel):
        plan = "（本身）" if entry.plan == entry.rel else (entry.plan or "—")
        rows.append(f"| {entry.rel} | `{entry.role}` | {plan} | {f'`{entry.code}`' if entry.code else '—'} |")
    return "\n".join(rows)


def _add_problem(text: str, rel: str, problem: str) -> str:
    """Adds ``problem`` to the last cell (刻意问题) of the plan's row, once."""
    lines = text.split("\n")
    for number, row in enumerate(lines):
        if row.startswith(f"| {rel} |") and problem not in row:
            cells = row.rstrip(" |").rsplit(" | ", 1)
            last = problem if cells[1] == "无" else f"{cells[1]}；{problem}"
            lines[number] = f"{cells[0]} | {last} |"
    return "\n".join(lines)


def update_readme(readme: Path, moves: dict[str, str], problems: dict[str, str], entries: list[Entry]) -> None:
    """Points each moved plan's row at its new path (adding a problem its package brings) and writes (or
    rewrites) this generator's section at the end."""
    text = readme.read_text("utf-8")
    for origin, target in moves.items():
        if f"| {origin} |" not in text and f"| {target} |" not in text:
            raise ValueError(f"README has no row for {origin}")
        text = text.replace(f"| {origin} |", f"| {target} |")
    for rel, problem in problems.items():
        text = _add_problem(text, rel, problem)
    if BEGIN in text:
        text = text[: text.index(BEGIN)].rstrip("\n") + text[text.index(END) + len(END):]
    section = SECTION.read_text("utf-8").replace("{files}", _files_table(entries))
    readme.write_text(f"{text.rstrip()}\n\n{BEGIN}\n\n{section.strip()}\n\n{END}\n", "utf-8")
