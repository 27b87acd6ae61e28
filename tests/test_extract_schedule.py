"""The schedule's phases with their periods and years."""

from __future__ import annotations

from extractors.schedule import extract_schedule
from tests.extract_docs import PACK, plan


def test_phases_in_their_common_forms():
    doc = plan(
        "第一阶段（2023年1月—2023年12月）：完成关键技术攻关。",
        "2024年：完成样机研制与验证。",
        "（三）2025年1月-2025年12月，实现产业化应用。",
        "各阶段由理事会监督。",
        [["时间", "主要任务"], ["2026年", "推广"]],
    )
    phases = extract_schedule(doc.blocks, PACK)
    assert [(p.start_year, p.end_year) for p in phases] == [(2023, 2023), (2024, 2024), (2025, 2025), (2026, 2026)]
    assert phases[0].period == "第一阶段（2023年1月—2023年12月"[:len(phases[0].period)]
    assert phases[0].period.startswith("第一阶段") and "2023年12月" in phases[0].period
    assert phases[3].evidence[0].loc.table == {"row": 1, "col": 0}


def test_multi_year_phase():
    phases = extract_schedule(plan("2023—2025年：分阶段推进攻关。").blocks, PACK)
    assert (phases[0].start_year, phases[0].end_year) == (2023, 2025)


def test_prose_without_periods_gives_no_phase():
    assert extract_schedule(plan("到2025年实现目标。", "按计划推进。").blocks, PACK) == []
