"""Application type, eligibility and 汇总表 completeness checks."""

from docx import Document as WordDocument

from checks import run_plan_checks
from extractors import extract
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.submission import TextField
from tests.check_builders import ev, good_plan, member
from tests.extract_docs import add_word_table

PACK = load_rulepack()


def results(sub):
    return {r.id: r for r in run_plan_checks(sub, PACK)}


def test_type_two_with_leading_enterprise_wording_passes():
    r = results(good_plan())
    assert r["type.declared"].status == "pass" and r["type.declared"].observed == "类型二"
    assert r["type.eligibility"].status == "pass"
    assert any("科技领军企业" in e.text for e in r["type.eligibility"].evidence)


def test_type_one_without_listing_wording_fails_naming_what_was_searched():
    sub = good_plan()
    sub.application_type = TextField(value="类型一", confidence=0.9, evidence=ev("申报类型：类型一"))
    sub.lead_qualification = TextField()
    r = results(sub)["type.eligibility"]
    assert r.status == "fail" and "揭榜" in r.message


def test_type_one_with_listing_wording_passes():
    sub = good_plan()
    sub.application_type = TextField(value="类型一", confidence=0.9,
                                     evidence=ev("牵头企业成功揭榜2023年度省尖兵领雁研发攻关计划创新联合体攻关任务榜单"))
    assert results(sub)["type.eligibility"].status == "pass"


def test_field_outside_the_list_leaves_the_summary_cell_empty():
    sub = good_plan()
    sub.strategic_field = TextField(evidence=ev("所属领域：文化创意"), source="text")
    r = results(sub)
    assert r["field.strategic"].status == "fail" and "文化创意" in r["field.strategic"].message
    assert r["summary.complete"].status == "warn" and "15个战略领域" in r["summary.complete"].message


def test_type_three_lead_matched_with_half_width_brackets():
    sub = good_plan()
    sub.application_type = TextField(value="类型三", confidence=0.9, evidence=ev("申报类型：类型三"))
    sub.lead_unit = TextField(value="领航基因科技(杭州)有限公司", evidence=ev("牵头单位：领航基因科技(杭州)有限公司"))
    assert results(sub)["type.eligibility"].status == "pass"


def test_type_three_lead_not_on_the_list_fails():
    sub = good_plan()
    sub.application_type = TextField(value="类型三", confidence=0.9, evidence=ev("申报类型：类型三"))
    r = results(sub)["type.eligibility"]
    assert r.status == "fail" and "杭州示例智能科技有限公司" in r.message


def test_undetermined_type_fails_declared_and_leaves_eligibility_to_a_reviewer():
    sub = good_plan()
    sub.application_type = TextField()
    r = results(sub)
    assert r["type.declared"].status == "fail" and "类型一" in r["type.declared"].message
    assert r["type.eligibility"].status == "manual"


def test_summary_complete_passes_and_missing_district_warns():
    sub = good_plan()
    assert results(sub)["summary.complete"].status == "pass"
    sub.district = TextField()
    r = results(sub)["summary.complete"]
    assert r.status == "warn" and "区县" in r.message and r.evidence


def test_lead_that_is_a_university_fails_qualification():
    sub = good_plan()
    sub.lead_unit = TextField(value="浙江大学", evidence=ev("牵头单位：浙江大学"))
    sub.members = [member("浙江大学", "university", is_lead=True), *sub.members[1:]]
    r = results(sub)["lead.qualification"]
    assert r.status == "fail" and "高校" in r.message


def test_university_lead_fails_type_two_though_a_member_is_called_a_leading_enterprise(tmp_path):
    """Every type of the call is led by an enterprise; "联合省科技领军企业X公司" describes X, not the lead."""
    word = WordDocument()
    word.add_paragraph("浙江省绿色催化与精细化学品创新联合体实施方案")
    word.add_paragraph("牵头单位：浙江工业大学")
    word.add_paragraph("申报类型：类型二")
    word.add_heading("一、背景与意义", 1)
    word.add_paragraph("本联合体由浙江工业大学牵头，联合省科技领军企业浙江华宇精细化工股份有限公司等骨干企业共同组建。")
    word.add_heading("三、组织架构与运行机制", 1)
    add_word_table(word, [["单位名称", "单位类别"], ["浙江工业大学", "高校（牵头单位）"],
                          ["浙江华宇精细化工股份有限公司", "企业（省科技领军企业）"]])
    path = tmp_path / "拱墅区" / "plan.docx"
    path.parent.mkdir()
    word.save(path)
    sub = extract(PlanText(read(path), PACK), "拱墅区/plan.docx")
    assert sub.lead_qualification.value is None
    checks = results(sub)
    assert checks["lead.qualification"].status == "fail"
    assert checks["type.eligibility"].status == "fail" and "高校" in checks["type.eligibility"].message


def test_leading_enterprise_title_said_of_a_member_does_not_qualify_the_lead(tmp_path):
    """"成员单位乙为省科技领军企业" is said of 乙: the lead, called only 高新技术企业, fails."""
    word = WordDocument()
    word.add_paragraph("浙江省智能传感创新联合体实施方案")
    word.add_paragraph("牵头单位：杭州甲科技有限公司")
    word.add_paragraph("申报类型：类型二")
    word.add_heading("一、背景与意义", 1)
    word.add_paragraph("牵头企业杭州甲科技有限公司是国家高新技术企业，成员单位杭州乙电子有限公司为省科技领军企业。")
    path = tmp_path / "余杭区" / "plan.docx"
    path.parent.mkdir()
    word.save(path)
    sub = extract(PlanText(read(path), PACK), "余杭区/plan.docx")
    checks = results(sub)
    assert checks["lead.qualification"].status == "fail" and "高新技术企业" in checks["lead.qualification"].message
    assert checks["type.eligibility"].status == "fail"


def test_lead_called_a_leading_enterprise_after_a_member_so_called_qualifies(tmp_path):
    word = WordDocument()
    word.add_paragraph("牵头单位：杭州甲科技有限公司")
    word.add_paragraph("申报类型：类型二")
    word.add_heading("一、背景与意义", 1)
    word.add_paragraph("成员单位杭州乙电子有限公司为省科技领军企业，杭州甲科技有限公司（牵头单位）也是省科技领军企业。")
    path = tmp_path / "余杭区" / "plan.docx"
    path.parent.mkdir()
    word.save(path)
    checks = results(extract(PlanText(read(path), PACK), "余杭区/plan.docx"))
    assert checks["lead.qualification"].status == "pass"
    assert checks["type.eligibility"].status == "pass"


def _type_one_plan(tmp_path, statement: str):
    word = WordDocument()
    word.add_paragraph("浙江省智能传感创新联合体实施方案")
    word.add_paragraph("牵头单位：杭州甲科技有限公司")
    word.add_paragraph(f"申报类型：{statement}")
    word.add_heading("一、背景与意义", 1)
    word.add_paragraph("杭州甲科技有限公司是省科技小巨人企业，联合上下游单位牵头组建本联合体。")
    path = tmp_path / "余杭区" / "plan.docx"
    path.parent.mkdir()
    word.save(path)
    return results(extract(PlanText(read(path), PACK), "余杭区/plan.docx"))


def test_type_one_resting_on_an_earlier_ordinary_project_fails_quoting_it(tmp_path):
    """揭榜 of a 2022 领雁 project is not the 2023 创新联合体攻关任务榜单 类型一 requires."""
    checks = _type_one_plan(tmp_path, "类型一（揭榜2022年度省“领雁”研发攻关计划项目，项目编号2022C03088）")
    r = checks["type.eligibility"]
    assert checks["type.declared"].status == "pass"
    assert r.status == "fail"
    assert "揭榜2022年度省“领雁”研发攻关计划项目" in r.message and "2023年度" in r.message


def test_type_one_naming_the_2023_task_list_passes_quoting_it(tmp_path):
    checks = _type_one_plan(tmp_path, "揭榜挂帅（2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单，榜单编号：2023C01-JB07）")
    r = checks["type.eligibility"]
    assert r.status == "pass"
    assert "2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单" in r.message


def test_a_jiebang_only_planned_is_no_type_one_standing():
    sub = good_plan()
    sub.application_type = TextField(value="类型一", confidence=1.0, evidence=ev(
        "申报类型：类型一（拟揭榜2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单）"))
    r = results(sub)
    assert r["type.eligibility"].status == "fail" and "拟揭榜" in r["type.eligibility"].message


def test_two_different_declared_types_are_for_a_reviewer_quoting_both():
    from pipeline.submission import CONFLICT

    sub = good_plan()
    sub.application_type = TextField(evidence=ev("申报类型：类型二") + ev("本联合体按类型一申报", 30), source=CONFLICT)
    r = results(sub)
    assert r["type.declared"].status == "manual"
    assert "申报类型：类型二" in r["type.declared"].message and "按类型一申报" in r["type.declared"].message
    assert r["type.eligibility"].status == "manual"


def test_a_type_stated_only_in_a_body_sentence_is_declared_and_checked(tmp_path):
    """No 申报类型 line: "本联合体按照类型二申报" in the background declares the type, and the lead's
    小巨人 standing in the same passage qualifies it."""
    lead = "杭州净澜环境科技股份有限公司"
    word = WordDocument()
    word.add_paragraph("浙江省低碳印染与废水资源化创新联合体实施方案")
    word.add_paragraph(f"牵头单位：{lead}")
    word.add_heading("第一章  背景与意义", 1)
    word.add_paragraph(f"{lead}注册于杭州余杭经济技术开发区东湖街道，是省科技小巨人企业，专业从事工业废水膜法处理。"
                       "本联合体聚焦双碳与环保技术领域，面向区域印染产业集群的绿色低碳发展需求组建，本联合体按照类型二申报。")
    path = tmp_path / "临平区" / "plan.docx"
    path.parent.mkdir()
    word.save(path)
    sub = extract(PlanText(read(path), PACK), "临平区/plan.docx")
    checks = results(sub)
    assert checks["type.declared"].status == "pass" and checks["type.declared"].observed == "类型二"
    assert "按照类型二申报" in checks["type.declared"].evidence[0].text
    assert checks["type.eligibility"].status == "pass"


def _type_one_cell_plan(tmp_path, background: str):
    """A form-style cover whose 申报类型 cell says only "类型Ⅰ"; the standing, if any, is in the background."""
    word = WordDocument()
    word.add_paragraph("浙江省创新联合体实施方案")
    add_word_table(word, [["联合体名称", "浙江省工业酶结构设计与绿色生物制造创新联合体", "申报类型", "类型Ⅰ"],
                          ["牵头单位", "杭州酶创生物科技股份有限公司", "所在区县", "钱塘区"]])
    word.add_heading("一、背景与意义", 1)
    word.add_paragraph(background)
    word.add_heading("二、目标与主要研发任务", 1)
    word.add_paragraph("联合体实行“揭榜挂帅”和里程碑考核。")
    path = tmp_path / "钱塘区" / "plan.docx"
    path.parent.mkdir()
    word.save(path)
    return results(extract(PlanText(read(path), PACK), "钱塘区/plan.docx"))


def test_type_one_declared_on_the_cover_rests_on_the_jiebang_the_body_states(tmp_path):
    checks = _type_one_cell_plan(tmp_path, "杭州酶创生物科技股份有限公司是省科技领军企业。牵头单位已成功揭榜2023年度省“尖兵”"
                                           "研发攻关计划创新联合体攻关任务榜单“高性能工业酶理性设计与绿色制造”，按类型一组建本联合体。")
    assert checks["type.declared"].status == "pass" and checks["type.declared"].observed == "类型一"
    r = checks["type.eligibility"]
    assert r.status == "pass"
    assert "成功揭榜2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单" in r.message


def test_type_one_on_the_cover_with_a_jiebang_only_sought_in_the_body_fails(tmp_path):
    checks = _type_one_cell_plan(tmp_path, "杭州酶创生物科技股份有限公司是省科技领军企业。联合体将积极争取揭榜2023年度省“尖兵”"
                                           "研发攻关计划创新联合体攻关任务榜单。")
    r = checks["type.eligibility"]
    assert r.status == "fail" and "争取揭榜" in r.message


def test_type_one_on_the_cover_with_the_list_only_named_in_the_body_fails(tmp_path):
    """Naming the 2023 榜单 ("对标…榜单") is no 揭榜 of it."""
    checks = _type_one_cell_plan(tmp_path, "联合体研发方向对标2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单。")
    r = checks["type.eligibility"]
    assert r.status == "fail" and "揭榜" in r.message


def test_type_two_label_repeating_the_call_s_definition_does_not_qualify_the_lead(tmp_path):
    """"类型二（省科技领军企业、科技小巨人牵头组建的…）" copies the call's words; the lead itself is only a
    国家高新技术企业, so the type's standing is not shown and the check must not pass."""
    lead = "杭州云帆智能装备股份有限公司"
    word = WordDocument()
    word.add_paragraph("浙江省智能焊接装备创新联合体实施方案")
    word.add_paragraph("申报类型：类型二（省科技领军企业、科技小巨人牵头组建的杭州市企业创新联合体）")
    word.add_paragraph(f"牵头单位：{lead}")
    word.add_heading("一、背景与意义", 1)
    word.add_paragraph(f"{lead}成立于2012年，是国家高新技术企业，主营机器人焊接工作站。")
    path = tmp_path / "萧山区" / "plan.docx"
    path.parent.mkdir()
    word.save(path)
    checks = results(extract(PlanText(read(path), PACK), "萧山区/plan.docx"))
    assert checks["type.declared"].status == "pass" and checks["type.declared"].observed == "类型二"
    assert checks["type.eligibility"].status != "pass"
    assert checks["lead.qualification"].status == "fail"


JIEBANG_2023 = "已成功揭榜2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单“高性能工业酶理性设计与绿色制造”。"


def test_type_one_resting_on_a_member_s_own_jiebang_fails_quoting_it(tmp_path):
    """类型一 needs the consortium (its lead, for it) to have taken up the 2023 榜单; a university member's
    own 揭榜 is no standing of the consortium."""
    checks = _type_one_cell_plan(tmp_path, "杭州酶创生物科技股份有限公司是省科技领军企业。"
                                           f"成员单位浙江工业大学{JIEBANG_2023}")
    r = checks["type.eligibility"]
    assert r.status == "fail"
    assert "浙江工业大学" in r.message and "成功揭榜2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单" in r.message
    assert any("成员单位浙江工业大学" in e.text for e in r.evidence)


def test_type_one_jiebang_the_lead_took_up_with_a_member_passes(tmp_path):
    checks = _type_one_cell_plan(tmp_path, f"杭州酶创生物科技股份有限公司联合成员单位浙江工业大学{JIEBANG_2023}")
    assert checks["type.eligibility"].status == "pass"


def _type_three_plan(tmp_path, lead: str):
    word = WordDocument()
    word.add_paragraph("浙江省多维感知智能视觉创新联合体实施方案")
    word.add_paragraph(f"牵头单位：{lead}")
    word.add_paragraph("申报类型：类型三")
    word.add_heading("一、背景与意义", 1)
    word.add_paragraph(f"{lead}是2022年度已获省科技厅支持的项目型创新联合体牵头企业。")
    path = tmp_path / "滨江区" / "plan.docx"
    path.parent.mkdir()
    word.save(path)
    return results(extract(PlanText(read(path), PACK), "滨江区/plan.docx"))


def test_listed_lead_written_without_its_place_name_qualifies_for_type_three(tmp_path):
    """附件3 lists 杭州海康威视数字技术股份有限公司; a plan writing 海康威视数字技术股份有限公司 names the same company."""
    r = _type_three_plan(tmp_path, "海康威视数字技术股份有限公司")["type.eligibility"]
    assert r.status == "pass", r.message


def test_a_sibling_of_a_listed_lead_does_not_qualify_for_type_three(tmp_path):
    """Dropping the place name is allowed, a different core is not: 海康威视系统技术 is another company."""
    r = _type_three_plan(tmp_path, "杭州海康威视系统技术有限公司")["type.eligibility"]
    assert r.status == "fail", r.message


def test_listed_lead_written_in_another_legal_form_is_left_to_the_reviewer(tmp_path):
    """附件3 lists 浙江杭化新材料科技有限公司; a plan's 股份有限公司 may be that company after a change of form, or
    another: the list cannot say, so the reviewer is asked, naming both — never a pass."""
    r = _type_three_plan(tmp_path, "浙江杭化新材料科技股份有限公司")["type.eligibility"]
    assert r.status == "manual", r.message
    assert "浙江杭化新材料科技有限公司" in r.message and "组织形式不同" in r.message


def test_type_one_resting_on_a_list_a_member_took_up_fails_though_the_consortium_relies_on_it(tmp_path):
    """"本联合体依托…榜单组建。该榜单由成员单位X成功揭榜": the consortium relies on the list, but X took it up."""
    checks = _type_one_cell_plan(tmp_path, "本联合体依托2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单“高性能工业酶理性设计"
                                           "与绿色制造”组建。该榜单由成员单位浙江钱药生物制药股份有限公司成功揭榜，牵头单位作为"
                                           "其合作单位参与装备研制。")
    r = checks["type.eligibility"]
    assert r.status == "fail" and "浙江钱药生物制药股份有限公司" in r.message
