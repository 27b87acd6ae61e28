"""Consortium name, lead, district, type, date and the lead's standing, read as a clerk would."""

from __future__ import annotations

import pytest
from docx import Document as WordDocument

from extractors import basics, extract
from extractors.field import declared_field
from pipeline.document import Cell, Document, Heading, Paragraph, Provenance, Table
from pipeline.evidence import document_units
from pipeline.plan_text import PlanText
from pipeline.readers import read
from tests.extract_docs import PACK, add_word_table, units
from tests.reader_docx_samples import add_note


def test_consortium_name_from_title_not_the_document_suffix():
    u = units("浙江省新能源与储能 创新联合体实施方案", "牵头单位：杭州储能科技有限公司")
    field = basics.consortium_name(u)
    assert field.value == "浙江省新能源与储能创新联合体"
    assert field.evidence and field.evidence[0].loc.block == 0


def test_consortium_name_label_wins_over_prose():
    u = units("根据浙江省创新联合体建设工作指引", "联合体名称：浙江省高端数控装备创新联合体")
    assert basics.consortium_name(u).value == "浙江省高端数控装备创新联合体"


def _scanned(*texts: str) -> list:
    """Units of a plan read by OCR: the first text is the cover title, the rest paragraphs."""
    blocks = [Heading(Provenance(0, "pdf-ocr", 1), 0, "", texts[0])]
    blocks += [Paragraph(Provenance(i, "pdf-ocr", 2), text) for i, text in enumerate(texts[1:], 1)]
    return document_units(Document(source="scan.pdf", format="pdf-ocr", blocks=blocks))


def test_scanned_plan_name_is_the_one_most_mentions_agree_on():
    u = _scanned(
        "浙江省快递物流智能分装备创新联合体",
        "浙江省快递物流智能分拣装备创新联合体（以下简称联合体）由6家单位组成。",
        "浙江省快递物流智能分拣装备创新联合体理事会（盖章）",
    )
    field = basics.consortium_name(u)
    assert field.value == "浙江省快递物流智能分拣装备创新联合体"
    assert field.evidence[0].loc.block == 1


def test_scanned_plan_tie_keeps_the_cover_name():
    u = _scanned("浙江省快递物流智能分拣装备创新联合体", "浙江省快递物流智能分装备创新联合体（以下简称联合体）")
    assert basics.consortium_name(u).value == "浙江省快递物流智能分拣装备创新联合体"


def test_typed_plan_keeps_the_cover_name_even_when_outvoted():
    u = units("浙江省智能分拣装备创新联合体实施方案", "浙江省智能分拣创新联合体", "浙江省智能分拣创新联合体")
    assert basics.consortium_name(u).value == "浙江省智能分拣装备创新联合体"


def test_lead_from_label_and_from_prose():
    assert basics.lead_unit(units("牵头单位（盖章）：杭州精工数控科技股份有限公司")).value == "杭州精工数控科技股份有限公司"
    lead = basics.lead_unit(units("本联合体由浙江和达科技股份有限公司牵头，联合浙江大学等单位组建。"))
    assert lead.value == "浙江和达科技股份有限公司"
    assert "牵头" in lead.evidence[0].text


def test_lead_from_cover_table_cells():
    u = units([["牵头单位", "杭州精工数控科技股份有限公司"], ["推荐单位", "余杭区科学技术局"]])
    assert basics.lead_unit(u).value == "杭州精工数控科技股份有限公司"
    district = basics.district(u, PACK, "plan.docx", None)
    assert (district.value, district.source) == ("余杭区", "text")
    assert district.evidence[0].loc.table == {"row": 1, "col": 1}


def test_district_cue_beats_member_address_in_another_district():
    u = units(
        "成员单位杭州萧山机电有限公司，地址：杭州市萧山区宁围街道。",
        "所在区县：滨江区",
    )
    assert basics.district(u, PACK, "余杭区/plan.docx", "杭州精工有限公司").value == "滨江区"


def test_member_address_is_not_the_plan_district_folder_is():
    u = units("成员单位杭州萧山机电有限公司，地址：杭州市萧山区宁围街道。")
    field = basics.district(u, PACK, "临平区/方案.docx", "杭州精工有限公司")
    assert (field.value, field.source) == ("临平区", "folder")


def test_district_from_lead_address_and_short_forms():
    u = units("牵头单位地址：杭州市钱塘新区白杨街道6号")
    assert basics.district(u, PACK, "plan.docx", None).value == "钱塘区"
    assert basics.district(units("推荐单位：高新区（滨江）科技局"), PACK, "x.docx", None).value == "滨江区"


def test_no_district_anywhere():
    assert basics.district(units("正文"), PACK, "plan.docx", None).value is None


def test_declared_type_in_its_forms():
    for text in ("申报类型：类型二", "申报类型：类型2", "申报类别：第二类", "申报类型：类型Ⅱ", "申报类别：Ⅱ类", "申报类型：☑类型二 □类型一 □类型三",
                 "本联合体申报第二类，即省科技领军企业牵头组建的杭州市企业创新联合体。",
                 "面向区域印染产业集群的绿色低碳发展需求组建，本联合体按照类型二申报。",
                 "浙江省光储直柔建筑能源创新联合体实施方案（类型二）"):
        field = basics.application_type(units(text), PACK)
        assert (field.value, field.confidence) == ("类型二", 1.0)


@pytest.mark.parametrize("options", ["□类型一    ☑类型二    □类型三", "□ 类型一  ■ 类型二  □ 类型三"])
def test_a_cover_cell_of_tick_boxes_opening_with_an_empty_box_gives_the_ticked_type(tmp_path, options):
    """The first box of a form's options is no bullet: dropping it made "类型一 ☑类型二" read as 类型一."""
    word = WordDocument()
    add_word_table(word, [["联合体名称", "浙江省硅光集成创新联合体"], ["申报类型", options]])
    word.save(tmp_path / "cover.docx")
    field = basics.application_type(list(document_units(read(tmp_path / "cover.docx"))), PACK)
    assert field.value == "类型二" and options.split()[0] in field.evidence[0].text


def test_undeclared_type_from_wording_is_less_sure():
    field = basics.application_type(units("本联合体系2022年度已获得省科技厅支持的项目型创新联合体。"), PACK)
    assert field.value == "类型三" and field.confidence < 1
    assert basics.application_type(units("无相关表述"), PACK).value is None


def test_a_type_stated_two_ways_is_left_to_the_reviewer_with_both_quotes():
    from pipeline.submission import CONFLICT

    field = basics.application_type(units("申报类型：类型二", "本联合体按类型一申报，已成功揭榜2023年度省“尖兵”研发攻关计划"
                                                                "创新联合体攻关任务榜单。"), PACK)
    assert (field.value, field.source) == (None, CONFLICT)
    assert [e.text.startswith(("申报类型", "本联合体按类型一")) for e in field.evidence] == [True, True]


def test_hand_out_sub_tasks_by_jiebang_is_no_type_claim():
    field = basics.application_type(units("联合体内部采用揭榜挂帅方式向成员发布子课题。",
                                          "本联合体是由其牵头组建的杭州市企业创新联合体。"), PACK)
    assert field.value == "类型二"


def test_a_standing_only_aimed_at_is_not_the_lead_s():
    u = units("牵头单位：杭州临平恒织机械有限公司",
              "杭州临平恒织机械有限公司是国家级专精特新“小巨人”企业、国家高新技术企业，力争三年内成为省科技领军企业。")
    field = basics.lead_qualification(u, PACK, "杭州临平恒织机械有限公司")
    assert field.value == "国家级专精特新“小巨人”企业、国家高新技术企业"


def test_the_lead_by_its_short_form_and_its_standing_said_of_the_short_form():
    u = units("杭州数博文化科技有限公司（以下简称“数博科技”）主营文物数字化。",
              "联合体由数博科技牵头，联合浙江大学共同组建。", "数博科技是省科技小巨人企业，在研省“领雁”项目1项。")
    lead = basics.lead_unit(u)
    assert lead.value == "杭州数博文化科技有限公司"
    short = ("数博科技",)
    assert basics.lead_qualification(u, PACK, lead.value, short).value == "科技小巨人企业"
    assert basics.lead_active_projects(u, lead.value, short).value == "1项"


def test_submission_date_arabic_and_chinese_numerals():
    assert basics.submission_date(units("2022年11月10日"), []).value == "2022-11-10"
    assert basics.submission_date([], units("盖章", "二〇二二年十一月八日")).value == "2022-11-08"


def test_submission_date_written_with_dots_dashes_or_slashes(tmp_path):
    """"日期：2022.11.17" on the cover, "2022/11/17" under the signature; a schedule's dotted range is no date."""
    word = WordDocument()
    word.add_paragraph("日期：2022.11.17")
    word.add_paragraph("2023.01.01—2023.12.31：完成系统架构设计。")
    word.add_paragraph("2022/11/9")
    word.add_paragraph("2022-11-18")
    path = tmp_path / "plan.docx"
    word.save(path)
    found = document_units(read(path))
    assert basics.submission_date(found[:1], []).value == "2022-11-17"
    assert basics.submission_date([], found[1:3]).value == "2022-11-09"
    assert basics.submission_date([], found[3:]).value == "2022-11-18"
    assert basics.submission_date([], found[1:2]).value is None


def test_submission_date_of_a_cover_line_with_only_year_and_month(tmp_path):
    """A cover signed "二〇二二年十一月" gives the month; a schedule's "2025年12月：…" in the last lines is no date."""
    word = WordDocument()
    word.add_paragraph("浙江省氢混燃气轮机创新联合体实施方案")
    word.add_paragraph("二〇二二年十一月")
    word.add_paragraph("2025年12月：完成整机验证。")
    path = tmp_path / "plan.docx"
    word.save(path)
    found = document_units(read(path))
    assert basics.submission_date(found[:2], []).value == "2022-11"
    assert basics.submission_date(found[:1], found[2:]).value is None


def test_lead_active_projects():
    u = units("牵头企业目前在研省“尖兵”“领雁”研发攻关计划项目2项。")
    field = basics.lead_active_projects(u, None)
    assert field.value == "2项" and "在研" in field.evidence[0].text
    assert basics.lead_active_projects(units("牵头单位暂无在研省“尖兵”“领雁”项目。"), None).value == "0项"
    assert basics.lead_active_projects(units("成员单位承担多个项目。"), None).value is None


def test_lead_qualification_quoted():
    u = units("牵头单位杭州精工数控科技股份有限公司是省科技领军企业。")
    field = basics.lead_qualification(u, PACK, "杭州精工数控科技股份有限公司")
    assert field.value == "科技领军企业" and field.evidence
    assert basics.lead_qualification(units("牵头单位是一家高新技术企业。"), PACK, None).value == "高新技术企业"


def test_lead_qualification_records_the_other_standing_the_plan_states():
    lead = "杭州联创网络技术有限公司"
    u = units("牵头单位：杭州联创网络技术有限公司",
              f"{lead}是国家高新技术企业、省级专精特新中小企业，深耕工业网络通信十余年。")
    field = basics.lead_qualification(u, PACK, lead)
    assert field.value == "国家高新技术企业、省级专精特新中小企业"
    assert field.evidence[0].text.startswith(lead)
    assert basics.lead_qualification(units(f"{lead}是国内领先的工业网络企业。"), PACK, lead).value is None
    both = units(f"{lead}是国家高新技术企业。", f"{lead}于2021年被认定为省科技领军企业。")
    assert basics.lead_qualification(both, PACK, lead).value == "科技领军企业"


def test_address_on_the_cover_is_the_lead_s():
    u = units("地址：杭州市萧山区经济技术开发区建设四路1688号", "# 一、背景与意义", "成员单位地址：杭州市西湖区")
    assert basics.district(u, PACK, "plan.docx", None, cover=1).value == "萧山区"
    assert basics.district(u[1:], PACK, "plan.docx", None, cover=0).value is None


def test_the_type_s_definition_does_not_describe_the_lead():
    lead = "杭州联创网络技术有限公司"
    u = units("牵头单位：杭州联创网络技术有限公司",
              "申报类型：类型二（省科技领军企业、科技小巨人牵头组建的杭州市企业创新联合体）",
              f"{lead}是国家高新技术企业。")
    field = basics.lead_qualification(u, PACK, lead)
    assert field.value == "国家高新技术企业"


def test_lead_active_projects_in_other_wordings():
    lead = "杭州数衡智能科技股份有限公司"
    for text, want in (
        ("牵头单位承担省“尖兵”“领雁”研发攻关计划在研项目共4项。", "4项"),
        ("牵头企业有3项省「领雁」项目在研。", "3项"),
        ("牵头单位尖兵领雁项目2项正在实施。", "2项"),
    ):
        assert basics.lead_active_projects(units(text), lead).value == want, text
    # A paragraph cut in two at a page break: the count follows the passage naming the lead.
    cut = units(f"{lead}是省科技领军企业，服务制造企业1800余", "家，2021年营业收入7.3亿元。公司目前在研省尖兵领雁研发攻关计划项目“”“”4项。")
    assert basics.lead_active_projects(cut, lead).value == "4项"


def test_lead_active_projects_across_a_line_break_whatever_the_quotes():
    lead = "杭州清泰医学影像智能科技有限公司"
    for quoted in ("“尖兵”“领雁”", "'尖兵''领雁'", '"尖兵""领雁"', "‘尖兵’‘领雁’"):
        broken = units(f"牵头单位{lead}是省科技领军企业，产品覆盖全国800余家医院，在研", f"省{quoted}项目3项。组建联合体旨在联合高校。")
        assert basics.lead_active_projects(broken, lead).value == "3项", quoted
    finished = units(f"牵头单位{lead}是省科技领军企业。", "省“尖兵”“领雁”项目3项已结题。")
    assert basics.lead_active_projects(finished, lead).value is None


def test_another_unit_s_active_projects_are_not_the_lead_s():
    lead = "杭州数衡智能科技股份有限公司"
    u = units("浙江大学负责模型架构。", "该校在研省“领雁”项目5项。", "公司目前在研省“领雁”项目5项。")
    assert basics.lead_active_projects(u, lead).value is None


def test_district_from_where_the_plan_says_the_lead_is_without_a_label():
    lead = "杭州远帆智能科技股份有限公司"
    located = basics.district(units("杭州萧山机电有限公司位于杭州市萧山区宁围街道。",
                                    f"{lead}位于杭州市临安区青山湖科技城，是省科技小巨人企业。"),
                              PACK, "余杭区/plan.docx", lead)
    assert (located.value, located.source) == ("临安区", "text")
    bracketed = basics.district(units(f"牵头单位：{lead}（杭州市拱墅区祥园路88号）"), PACK, "余杭区/plan.docx", lead)
    assert (bracketed.value, bracketed.source) == ("拱墅区", "text")
    assert "拱墅区" in bracketed.evidence[0].text


def test_a_district_that_merely_supports_the_lead_is_no_address():
    lead = "杭州远帆智能科技股份有限公司"
    field = basics.district(units(f"{lead}设立专项账户，拱墅区提供2000平方米研发场地。"), PACK, "余杭区/plan.docx", lead)
    assert (field.value, field.source) == ("余杭区", "folder")


@pytest.mark.parametrize(("example", "name"), [(e, d.name) for d in PACK.districts for e in d.examples])
def test_every_district_example_of_the_rule_pack_reads_as_its_district(example, name):
    field = basics.district(units(f"推荐单位：{example}"), PACK, "plan.docx", None)
    assert (field.value, field.source) == (name, "text")


def test_an_address_in_the_old_yuhang_development_zone_is_linping_now(tmp_path):
    """余杭经济技术开发区 moved to 临平区 in 2021: a plan giving only that address belongs to 临平区."""
    lead = "杭州净澜环境科技股份有限公司"
    word = WordDocument()
    word.add_paragraph("浙江省低碳印染创新联合体实施方案")
    word.add_paragraph(f"牵头单位：{lead}")
    word.add_heading("第一章  背景与意义", 1)
    word.add_paragraph(f"{lead}（以下简称“净澜环境”）注册于杭州余杭经济技术开发区东湖街道，是省科技小巨人企业。")
    path = tmp_path / "plan.docx"
    word.save(path)
    field = basics.district(document_units(read(path)), PACK, "plan.docx", lead)
    assert (field.value, field.source) == ("临平区", "text")
    assert "余杭经济技术开发区" in field.evidence[0].text


def test_jianggan_was_split_in_two_so_it_names_no_district():
    field = basics.district(units("推荐单位：江干区科技局", "注册地址：杭州市江干区九堡街道"), PACK, "上城区/plan.docx", None)
    assert (field.value, field.source) == ("上城区", "folder")


STAR_LEAD = "杭州天枢星联科技股份有限公司"
NOTE = "该公司于２０２１年被浙江省科学技术厅认定为浙江省科技领军企业；目前在研省“尖兵”“领雁”研发攻关计划项目２项。"


def _plan_with_a_note_on(tmp_path, body: str, note: str) -> list:
    """Units of a .docx whose paragraph ``body`` carries a Word footnote ``note``."""
    word = WordDocument()
    word.add_paragraph(f"牵头单位：{STAR_LEAD}")
    word.add_heading("一、背景与意义", 1)
    add_note(word, word.add_paragraph(body), "footnote", note)
    word.save(tmp_path / "plan.docx")
    return list(document_units(read(tmp_path / "plan.docx")))


def test_the_lead_s_standing_and_active_projects_stated_in_a_footnote_on_its_name(tmp_path):
    """A footnote is the plan's own text: "该公司…" in a note on the lead's name speaks of the lead, and the
    quote shows the note."""
    u = _plan_with_a_note_on(tmp_path, f"{STAR_LEAD}成立于２０１２年，总部位于杭州市余杭区仓前街道。", NOTE)
    standing = basics.lead_qualification(u, PACK, STAR_LEAD)
    active = basics.lead_active_projects(u, STAR_LEAD)
    assert (standing.value, active.value) == ("科技领军企业", "2项")
    assert standing.evidence[0].text.startswith("该公司于2021年") and "在研" in active.evidence[0].text


def test_a_note_after_a_passage_naming_two_units_is_not_read_as_the_lead_s(tmp_path):
    """"该公司" after a sentence naming the lead and a member could be either: the standing stays open."""
    u = _plan_with_a_note_on(tmp_path, f"{STAR_LEAD}与杭州云穹终端科技有限公司长期合作研制卫星终端。",
                             "该公司于2021年被认定为浙江省科技领军企业。")
    assert basics.lead_qualification(u, PACK, STAR_LEAD).value is None


def test_the_lead_s_standing_in_a_row_of_the_basic_facts_table(tmp_path):
    """"牵头单位资质 | 浙江省科技小巨人企业" is the lead's standing; a member's row gives the member's."""
    word = WordDocument()
    word.add_paragraph("联合体基本情况表")
    add_word_table(word, [["牵头单位", "杭州澄源膜科技股份有限公司"],
                          ["牵头单位资质", "浙江省科技小巨人企业；国家高新技术企业"],
                          ["杭州富膜新材料有限公司", "浙江省科技领军企业"]])
    word.save(tmp_path / "plan.docx")
    u = list(document_units(read(tmp_path / "plan.docx")))
    field = basics.lead_qualification(u, PACK, "杭州澄源膜科技股份有限公司")
    assert field.value == "科技小巨人企业" and field.evidence[0].loc.table == {"row": 1, "col": 1}


def _district_of_plan(tmp_path, lead: str, *body: str) -> object:
    """The district read from a .docx plan whose background says ``body`` about its lead, filed under 余杭区."""
    word = WordDocument()
    word.add_paragraph("浙江省流域生态修复创新联合体实施方案")
    word.add_paragraph(f"牵头单位：{lead}")
    word.add_heading("一、背景与意义", 1)
    for text in body:
        word.add_paragraph(text)
    path = tmp_path / "plan.docx"
    word.save(path)
    return basics.district(document_units(read(path)), PACK, "余杭区/plan.docx", lead)


@pytest.mark.parametrize(("address", "district"), [("杭州市余杭区东湖街道临东路8号", "临平区"),
                                                   ("杭州市萧山区义蓬街道义府大街", "钱塘区"),
                                                   ("杭州市余杭区塘栖镇", "临平区")])
def test_a_street_moved_in_2021_wins_over_the_old_district_of_the_address(tmp_path, address, district):
    lead = "杭州澄源环境科技有限公司"
    field = _district_of_plan(tmp_path, lead, f"{lead}注册地址：{address}。", f"{lead}是省科技小巨人企业。")
    assert (field.value, field.source) == (district, "text")
    assert address in field.evidence[0].text


def test_the_qiantang_river_is_no_qiantang_district(tmp_path):
    """A 淳安县 lead "位于钱塘江上游的淳安县千岛湖镇": 钱塘江 is a river, not 钱塘区."""
    lead = "杭州千岛湖清源生态科技有限公司"
    field = _district_of_plan(tmp_path, lead, f"{lead}位于钱塘江上游的淳安县千岛湖镇，长期从事钱塘江流域生态治理。")
    assert (field.value, field.source) == ("淳安县", "text")
    assert "淳安县千岛湖镇" in field.evidence[0].text


def _sealed_cover_scan(lead_row_note: str) -> Document:
    """A scan whose cover lead line is under a seal (read garbled, doubtfully) and whose member table is clear."""
    rows = [["序号", "单位名称", "单位性质"], ["1", "杭州驰域智能汽车电子股份有限公司", lead_row_note],
            ["2", "杭州电子科技大学", "高等院校"], ["3", "杭州萧芯半导体有限公司", "企业"]]
    return Document(source="scan.pdf", format="pdf-ocr", blocks=[
        Heading(Provenance(0, "pdf-ocr", 1, 0.98), 0, "", "浙江省智能网联汽车域控制器创新联合体实施方案"),
        Paragraph(Provenance(1, "pdf-ocr", 1, 0.195), "牵头单位（盖章）：杭州驰域智能海电股设纷有限公司消R"),
        Heading(Provenance(2, "pdf-ocr", 1, 0.9), 1, "三、", "三、组织架构与运行机制"),
        Paragraph(Provenance(3, "pdf-ocr", 1, 0.9), "联合体成员单位见下表。"),
        Table(Provenance(4, "pdf-ocr", 1), [Cell(r, c, text, confidence=0.99) for r, row in enumerate(rows)
                                            for c, text in enumerate(row)]),
    ])


def test_a_lead_name_garbled_under_a_seal_gives_way_to_the_member_table_s_lead_row():
    sub = extract(PlanText(_sealed_cover_scan("企业（牵头）"), PACK), "萧山区/scan.pdf")
    assert sub.lead_unit.value == "杭州驰域智能汽车电子股份有限公司"
    assert [m.name for m in sub.members if m.is_lead] == ["杭州驰域智能汽车电子股份有限公司"]
    assert len(sub.members) == 3  # the garbled name is no member


def test_a_garbled_lead_name_with_no_lead_row_stays_doubtful_and_is_no_member():
    sub = extract(PlanText(_sealed_cover_scan("企业"), PACK), "萧山区/scan.pdf")
    assert sub.lead_unit.confidence < 0.5
    assert "杭州驰域智能海电股设纷有限公司" not in [m.name for m in sub.members]


def test_a_lead_called_the_applicant_gives_its_district_and_standing(tmp_path):
    """Prose that calls the lead only 申报单位 ("申报单位位于杭州市临安区…，是国家高新技术企业") speaks of the lead."""
    lead = "杭州青山湖光电科技有限公司"
    body = ("申报单位位于杭州市临安区青山湖街道科技大道18号，是国家高新技术企业、浙江省专精特新中小企业。",
            "成员单位浙江农林大学位于杭州市临安区武肃街666号。")
    word = WordDocument()
    word.add_paragraph("浙江省光电传感创新联合体实施方案")
    word.add_paragraph(f"牵头单位：{lead}")
    for text in body:
        word.add_paragraph(text)
    word.save(tmp_path / "plan.docx")
    u = list(document_units(read(tmp_path / "plan.docx")))
    district = basics.district(u, PACK, "plan.docx", lead)
    assert (district.value, district.source) == ("临安区", "text") and "申报单位位于" in district.evidence[0].text
    standing = basics.lead_qualification(u, PACK, lead)
    assert standing.value and "国家高新技术企业" in standing.value and "申报单位" in standing.evidence[0].text


def test_type_field_and_district_from_a_filled_in_summary_row(tmp_path):
    """A plan that states its type and field only in a 附件4-style row at its end: each heading names the cell
    below it, not the heading to its right."""
    word = WordDocument()
    word.add_paragraph("附：申报汇总信息")
    add_word_table(word, [
        ["序号", "创新联合体名称", "15个战略领域", "牵头单位", "成员单位", "区县", "申报类型"],
        ["1", "浙江省人工耳蜗创新联合体", "新药创制与高端医疗器械", "浙江诺听医疗科技股份有限公司",
         "浙江大学、浙江省医疗器械检验研究院", "上城区", "类型二"],
    ])
    word.save(tmp_path / "plan.docx")
    found = list(document_units(read(tmp_path / "plan.docx")))
    kind = basics.application_type(found, PACK)
    assert kind.value == "类型二" and kind.evidence[0].loc.table == {"row": 1, "col": 6}
    assert basics.lead_unit(found).value == "浙江诺听医疗科技股份有限公司"
    assert declared_field(found, PACK).value == "新药创制与高端医疗器械"


def test_a_cover_row_of_two_label_value_pairs_still_reads_right(tmp_path):
    word = WordDocument()
    add_word_table(word, [["申报类型", "类型三", "区县", "萧山区"], ["牵头单位", "杭州甲乙科技有限公司", "", ""]])
    word.save(tmp_path / "cover.docx")
    assert basics.application_type(list(document_units(read(tmp_path / "cover.docx"))), PACK).value == "类型三"


def test_a_standing_still_being_applied_for_is_not_the_lead_s(tmp_path):
    """"正在申报2022年度浙江省科技小巨人企业" names the title the lead has not got: no qualifying standing."""
    word = WordDocument()
    word.add_paragraph("牵头单位：杭州视界光子科技有限公司")
    word.add_paragraph("杭州视界光子科技有限公司是国家高新技术企业、浙江省专精特新中小企业。公司已通过西湖区科技局推荐，"
                       "正在申报2022年度浙江省科技小巨人企业，目前在研省“领雁”研发攻关计划项目1项。")
    word.save(tmp_path / "plan.docx")
    found = list(document_units(read(tmp_path / "plan.docx")))
    assert "小巨人" not in (basics.lead_qualification(found, PACK, "杭州视界光子科技有限公司").value or "")


def test_a_signed_day_wins_over_a_cover_giving_only_the_month():
    cover, tail = units("二〇二二年十一月"), units("杭州科锂智能装备股份有限公司", "2022年11月17日")
    assert basics.submission_date(cover, tail).value == "2022-11-17"
    prose_tail = units("2023年12月31日前完成全部样机的型式检验和第三方测试，形成检测报告。")
    assert basics.submission_date(cover, prose_tail).value == "2022-11"


def test_a_signature_dated_after_the_cover_s_date_is_the_date_signed():
    cover = units("编制日期：2022年11月16日")
    tail = units("牵头单位（盖章）", "2022年11月22日")
    assert basics.submission_date(cover, tail).value == "2022-11-22"
    assert basics.submission_date(units("2022年11月22日"), units("2022年11月16日")).value == "2022-11-22"


def test_the_plan_s_first_person_is_the_lead():
    lead = "杭州康晟智能科技股份有限公司"
    u = units(f"牵头单位：{lead}", "联合体成员包括浙江大学和杭州灵动微电机有限公司。",
              "本公司成立于2012年，是浙江省科技小巨人企业、国家高新技术企业。")
    field = basics.lead_qualification(u, PACK, lead)
    assert field.value == "科技小巨人企业" and "本公司成立于2012年" in field.evidence[0].text


def test_a_count_of_the_other_programme_in_a_later_note_about_the_lead_is_added():
    lead = "杭州云镜科学仪器股份有限公司"
    body = f"{lead}目前承担在研省“尖兵”研发攻关计划项目2项。"
    note = f"此外，{lead}还承担在研2022年度省“领雁”研发攻关计划项目2项：冷冻样品自动制备装备、图像智能处理软件。"
    field = basics.lead_active_projects(units(body, "联合体由7家成员单位组成。", note), lead)
    assert field.value == "4项" and any("领雁" in e.text for e in field.evidence)
    closed = note.replace("还承担在研", "已完成")
    assert basics.lead_active_projects(units(body, closed), lead).value == "2项"


def test_the_lead_s_running_projects_counted_row_by_row_in_its_project_table(tmp_path):
    lead = "杭州北辰星芯科技股份有限公司"
    word = WordDocument()
    word.add_paragraph(f"{lead}（以下简称“北辰星芯”）是浙江省科技领军企业，近年来承担的省级以上科技计划项目见表1。")
    word.add_paragraph("表1  牵头单位承担省级以上科技计划项目情况")
    add_word_table(word, [
        ["序号", "项目名称", "计划类别", "起止年限", "状态"],
        ["1", "北斗三号短报文通信基带芯片", "2020年度省重点研发计划", "2020.01—2022.06", "已验收"],
        ["2", "高动态北斗/GNSS双频射频芯片", "2021年度省“尖兵”研发攻关计划", "2021.01—2023.12", "在研"],
        ["3", "车规级组合导航SoC芯片", "2022年度省“领雁”研发攻关计划", "2022.01—2024.12", "在研"],
        ["4", "北斗授时模组", "2020年度省“尖兵”研发攻关计划", "2020.01—2022.06", "已验收"],
        ["5", "抗干扰卫星导航基带芯片", "2022年度省“领雁”研发攻关计划", "2022.10—2025.09", "在研"],
    ])
    word.save(tmp_path / "plan.docx")
    plan = PlanText(read(tmp_path / "plan.docx"), PACK)
    field = basics.lead_active_projects(plan.all_units, lead, ("北辰星芯",))
    assert field.value == "3项"
    assert [e.loc.table["row"] for e in field.evidence] == [2, 3, 5]


def test_a_project_row_whose_status_is_not_said_leaves_the_count_to_a_reviewer(tmp_path):
    lead = "杭州北辰星芯科技股份有限公司"
    word = WordDocument()
    word.add_paragraph("表1  牵头单位承担省级以上科技计划项目情况")
    add_word_table(word, [
        ["序号", "项目名称", "计划类别", "状态"],
        ["1", "高动态北斗/GNSS双频射频芯片", "2021年度省“尖兵”研发攻关计划", "在研"],
        ["2", "车规级组合导航SoC芯片", "2022年度省“领雁”研发攻关计划", "—"],
    ])
    word.save(tmp_path / "plan.docx")
    field = basics.lead_active_projects(PlanText(read(tmp_path / "plan.docx"), PACK).all_units, lead)
    assert field.value is None and len(field.evidence) == 2
