"""What the Prefect UI shows of a run, without a server: its name's date is Beijing's, and file names from the
districts reach the markdown summary as plain text, never as markup or HTML."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from flows.run_report import run_name, summary_markdown, task_label, unread_message


def _record(unread: list[dict]) -> dict:
    return {"files": 3, "plans": 2, "attachments": 0, "failed": len(unread), "unsupported": 0,
            "reprocessed": ["a.docx"], "unread": unread}


def test_the_run_is_named_by_the_beijing_date_even_on_a_server_in_utc() -> None:
    evening_in_utc = datetime(2026, 12, 5, 20, 0, tzinfo=UTC)  # already 04:00 on the 6th in Hangzhou
    assert run_name("/data/申报材料", evening_in_utc) == "2026-12-06 申报材料"
    assert run_name("/data/申报材料/", datetime(2026, 12, 5, 15, 59, tzinfo=UTC)) == "2026-12-05 申报材料"


def test_a_task_is_named_by_its_district_folder_when_it_has_one() -> None:
    districts = {"余杭区", "西湖区"}
    assert task_label("余杭区/材料.zip/实施方案.docx", districts) == "余杭区 · 材料.zip/实施方案.docx"
    assert task_label("实施方案.docx", districts) == "实施方案.docx"
    assert task_label("收件/实施方案.docx", districts) == "收件/实施方案.docx"


def test_a_hostile_file_name_stays_plain_text_in_the_summary(tmp_path: Path) -> None:
    name = "余杭区/<img src=x onerror=alert(1)>|**急**.docx"
    record = _record([{"file": name, "code": "corrupt", "message": "文件已损坏\n| 伪造 | 一行 |"}])

    text = summary_markdown(record, tmp_path)

    assert "<img" not in text and "**急**" not in text
    row = next(line for line in text.splitlines() if "onerror" in line)
    assert row.replace("\\|", "").count("|") == 4  # three cells: no cell break smuggled in by the name or message
    assert "&lt;img" in text and "伪造" in row  # shown, escaped, on its own row


def test_the_failed_state_names_the_unread_files_and_where_the_outputs_are(tmp_path: Path) -> None:
    unread = [{"file": f"余杭区/坏{n}.docx", "code": "corrupt", "message": "损坏"} for n in range(25)]

    message = unread_message(_record(unread), tmp_path)

    assert message.startswith("未能读取 25 项：余杭区/坏0.docx（corrupt）")
    assert "余杭区/坏19.docx" in message and "余杭区/坏20.docx" not in message and "另有 5 项" in message
    assert str(tmp_path / "index.html") in message
