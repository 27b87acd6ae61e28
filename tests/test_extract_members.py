"""Members as a reviewer would list them from real .docx plans made with python-docx."""

from pathlib import Path

import docx

from checks import run_plan_checks
from extractors import extract
from extractors.members import extract_members, stated_member_count
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from tests.extract_docs import add_word_table
from tests.reader_docx_samples import add_note
from tests.reader_pdf_samples import to_pdf

PACK = load_rulepack()


def _plan(tmp_path: Path, paragraphs_before: list[str], table: list[list[str]] | None = None,
          paragraphs_after: list[str] = (), merge: tuple[tuple[int, int], tuple[int, int]] | None = None):
    """The members of a small plan (see ``_plan_doc``)."""
    doc = _plan_doc(tmp_path, paragraphs_before, table, paragraphs_after, merge)
    return {m.name: m for m in extract_members(PlanText(doc, PACK))}


def _plan_doc(tmp_path: Path, paragraphs_before: list[str], table: list[list[str]] | None = None,
              paragraphs_after: list[str] = (), merge: tuple[tuple[int, int], tuple[int, int]] | None = None):
    """A small plan as read back: cover, background, then the 组织架构 section with the given content."""
    d = docx.Document()
    d.add_paragraph("浙江省高端数控装备创新联合体实施方案")
    d.add_paragraph("牵头单位（盖章）：杭州精工数控科技股份有限公司")
    d.add_paragraph("推荐单位：杭州市余杭区科学技术局")
    d.add_heading("一、背景与意义", 1)
    d.add_paragraph("公司产品已批量应用于中国商用飞机有限责任公司，曾与清华大学合作完成多项课题。")
    d.add_heading("三、组织架构与运行机制", 1)
    for text in paragraphs_before:
        d.add_paragraph(text)
    if table:
        t = add_word_table(d, table)
        if merge:
            t.cell(*merge[0]).merge(t.cell(*merge[1]))
    for text in paragraphs_after:
        d.add_paragraph(text)
    d.add_paragraph("专家咨询委员会由来自浙江工业大学、上海交通大学的专家组成。")
    d.add_heading("四、经费投入与保障措施", 1)
    d.add_paragraph("联合体总投入1.2亿元。")
    path = tmp_path / "plan.docx"
    d.save(path)
    return read(path)


def test_member_table_with_kind_column_and_wrapped_name(tmp_path):
    members = _plan(tmp_path, ["成员单位及分工如下表。"], [
        ["序号", "单位名称", "单位性质", "任务分工"],
        ["1", "杭州精工数控科技股份有限公司", "企业（牵头单位）", "总体设计与集成"],
        ["2", "中国科学院宁波材料技术与工程", "科研院所", "关键材料研究"],
        ["", "研究所", "", ""],
        ["3", "杭州某某检测技术有限公司", "检验检测机构", "样机检测认证"],
        ["4", "浙江大学", "高校", "控制算法"],
        ["合计", "4家", "", ""],
    ], merge=((2, 2), (3, 2)))
    assert set(members) == {"杭州精工数控科技股份有限公司", "中国科学院宁波材料技术与工程研究所", "杭州某某检测技术有限公司", "浙江大学"}
    assert members["杭州精工数控科技股份有限公司"].is_lead
    assert members["杭州某某检测技术有限公司"].kind == "service"
    assert members["中国科学院宁波材料技术与工程研究所"].kind == "institute"
    assert members["浙江大学"].role == "控制算法"
    evidence = members["杭州某某检测技术有限公司"].evidence[0]
    assert evidence.loc.table == {"row": 4, "col": 1}


def test_prose_list_and_numbered_tasks(tmp_path):
    members = _plan(tmp_path, [
        "联合体由杭州精工数控科技股份有限公司牵头，联合浙江大学、浙江省检验检测与认证研究院、"
        "杭州某某科技金融服务有限公司和杭州市科技成果转化与服务中心共同组建。",
        "各成员单位分工如下：",
        "1. 浙江大学：负责数控系统核心算法研究。",
        "（2）杭州某某科技金融服务有限公司作为科技金融服务机构，负责联合体融资服务。",
    ])
    assert list(members) == ["杭州精工数控科技股份有限公司", "浙江大学", "浙江省检验检测与认证研究院",
                             "杭州某某科技金融服务有限公司", "杭州市科技成果转化与服务中心"]
    assert [m.name for m in members.values() if m.is_lead] == ["杭州精工数控科技股份有限公司"]
    assert members["杭州某某科技金融服务有限公司"].kind == "service"
    assert members["浙江大学"].role == "负责数控系统核心算法研究。"
    assert members["浙江省检验检测与认证研究院"].evidence[0].text.startswith("联合体由")


def test_organisations_that_are_not_members_are_left_out(tmp_path):
    members = _plan(tmp_path, ["成员单位包括浙江大学、之江实验室和浙江某某智能装备有限公司。"])
    assert "中国商用飞机有限责任公司" not in members  # a customer in the background
    assert "清华大学" not in members  # a former partner
    assert "上海交通大学" not in members  # an expert's employer
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江大学", "之江实验室", "浙江某某智能装备有限公司"}


def test_posts_and_seats_name_no_members(tmp_path):
    members = _plan(tmp_path, [
        "联合体由杭州精工数控科技股份有限公司牵头，联合浙江大学、之江实验室、浙江某某智能装备有限公司共同组建。",
        "理事会由各成员单位主要负责人组成，理事长由杭州精工数控科技股份有限公司董事长张三担任，"
        "理事会成员包括：浙江大学机械工程学院院长李四、之江实验室副主任王五。",
        "联合体设立管理办公室，设在杭州精工数控科技股份有限公司，各成员单位明确一名联络员。",
    ])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江大学", "之江实验室", "浙江某某智能装备有限公司"}


def test_kind_the_plan_states_in_a_later_sentence(tmp_path):
    members = _plan(tmp_path, [
        "联合体由杭州精工数控科技股份有限公司牵头，联合浙江大学、杭州市某某版权服务中心和杭州某某科技金融服务有限公司"
        "共同组建，成员单位共4家。浙江大学（高校）主要负责算法研究；杭州市某某版权服务中心（知识产权服务机构）主要负责"
        "版权登记；杭州某某科技金融服务有限公司（科技金融服务机构）主要负责融资服务。",
    ])
    assert members["杭州市某某版权服务中心"].kind == "service"
    assert members["杭州某某科技金融服务有限公司"].kind == "service"
    assert any("知识产权服务机构" in e.text for e in members["杭州市某某版权服务中心"].evidence)


def test_platforms_a_member_has_are_not_members(tmp_path):
    members = _plan(tmp_path, [
        "牵头单位杭州精工数控科技股份有限公司拥有国家企业技术中心、省重点企业研究院，建有省级重点实验室，"
        "成员单位包括浙江大学、之江实验室和浙江某某智能装备有限公司。",
    ])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江大学", "之江实验室", "浙江某某智能装备有限公司"}


def test_kind_stated_after_the_colon_or_in_the_kind_column_outranks_the_name_suffix(tmp_path):
    members = _plan(tmp_path, ["联合体由以下单位组成，各方已签订组建意向书。",
                               "1.杭州精工数控科技股份有限公司（牵头单位）：负责总体组织。",
                               "2.浙江大学：高校，负责算法研究。",
                               "3.浙江某某技术转移中心有限公司：科技成果转化服务机构，负责知识产权运营。"],
                    table=[["序号", "成员单位", "单位性质", "主要任务"],
                           ["4", "浙江某某医学检验实验室有限公司", "第三方医学检验机构", "样本检测"]])
    assert members["浙江某某技术转移中心有限公司"].kind == "service"
    assert members["浙江某某医学检验实验室有限公司"].kind == "service"
    assert members["浙江大学"].kind == "university"


def test_kind_in_an_attribute_column_and_after_a_full_stop(tmp_path):
    members = _plan(tmp_path, ["联合体由以下单位组成，各方已签订组建意向书。",
                               "1．杭州精工数控科技股份有限公司（牵头单位）。省科技领军企业，负责总体组织和示范数据中心建设。",
                               "2．杭州某某创业投资管理有限公司。科技金融服务机构，负责股权融资。",
                               "四是开放共享机制，示范数据中心作为公共测试平台向成员单位开放。"],
                    table=[["单位名称", "单位属性", "在联合体中的角色"],
                           ["浙江某某信息技术有限公司", "商用密码应用安全性评估机构（检验检测）", "第三方评估"]])
    assert members["浙江某某信息技术有限公司"].kind == "service"
    assert members["杭州某某创业投资管理有限公司"].kind == "service"
    assert "示范数据中心" not in members


def test_legal_form_column_leaves_the_kind_to_the_name(tmp_path):
    """单位性质 may give the registration form: a 民办非企业单位 research institute is no enterprise."""
    members = _plan(tmp_path, ["联合体由以下单位组成，各方已签订组建意向书。"],
                    table=[["序号", "单位名称", "单位性质"],
                           ["1", "杭州精工数控科技股份有限公司", "股份有限公司（上市）"],
                           ["2", "浙江大学", "事业单位"],
                           ["3", "杭州未来智造产业技术研究院", "民办非企业单位"],
                           ["4", "浙江省无损检测学会", "社会团体"]])
    assert members["杭州精工数控科技股份有限公司"].kind == "enterprise"
    assert members["浙江大学"].kind == "university"
    assert members["杭州未来智造产业技术研究院"].kind == "institute"
    assert members["浙江省无损检测学会"].kind == "other"


def test_members_listed_one_per_line_as_name_and_kind(tmp_path):
    members = _plan(tmp_path, ["杭州精工数控科技股份有限公司（企业，牵头单位）",
                               "浙江大学（高校）",
                               "杭州某某技术研究院（新型研发机构）",
                               "杭州某某成果转化服务有限公司（科技成果转化服务机构）",
                               "联合体设立理事会，由各成员单位负责人组成。"])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江大学", "杭州某某技术研究院", "杭州某某成果转化服务有限公司"}
    assert members["杭州某某技术研究院"].kind == "institute"
    assert members["杭州某某成果转化服务有限公司"].kind == "service"
    assert [m.name for m in members.values() if m.is_lead] == ["杭州精工数控科技股份有限公司"]


def test_one_name_line_after_a_cue_but_not_a_stray_one(tmp_path):
    members = _plan(tmp_path, ["联合体成员单位如下：", "浙江大学（高校）", "运行机制：实行理事会领导下的主任负责制。",
                               "之江实验室"])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江大学"}


def test_no_member_list_members_are_the_council_units_and_task_units(tmp_path):
    members = _plan(tmp_path, [
        "联合体设立理事会。理事会由以下5家成员单位负责人组成：杭州精工数控科技股份有限公司（牵头单位）、"
        "浙江某某学院、杭州某某电机有限公司、浙江大学医学院和杭州某某轴承有限公司。",
        "理事：精工公司董事长张三、浙江大学医学院院长李四、杭州某某电机有限公司总经理王五。",
        "理事会设理事长1名，由张三董事长担任，秘书处设在杭州某某研究院。",
    ], table=[["子任务", "承担单位", "主要研究内容"],
              ["数控系统", "杭州精工数控科技股份有限公司", "总体集成"],
              ["伺服驱动", "杭州某某电机有限公司、杭州某某控制技术有限公司", "驱动器"]])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江某某学院", "杭州某某电机有限公司", "浙江大学",
                            "杭州某某轴承有限公司", "杭州某某控制技术有限公司"}
    assert [m.name for m in members.values() if m.is_lead] == ["杭州精工数控科技股份有限公司"]


def test_an_independent_college_in_the_council_is_its_own_member(tmp_path):
    members = _plan(tmp_path, [
        "联合体设立理事会。理事会由以下3家成员单位负责人组成：杭州精工数控科技股份有限公司（牵头单位）、"
        "浙江大学城市学院和浙江大学机械工程学院。",
    ])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江大学城市学院", "浙江大学"}
    assert members["浙江大学城市学院"].kind == "university"


def test_with_a_member_list_the_council_and_task_tables_add_nobody(tmp_path):
    members = _plan(tmp_path, [
        "成员单位包括浙江大学、之江实验室和浙江某某智能装备有限公司。",
        "理事会由各成员单位负责人和杭州某某投资管理有限公司代表组成。",
    ], table=[["子任务", "承担单位", "主要研究内容"], ["伺服驱动", "杭州某某控制技术有限公司", "驱动器"]])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江大学", "之江实验室", "浙江某某智能装备有限公司"}


def test_member_table_carried_past_a_page_break_on_another_grid(tmp_path):
    """The rows after a page break come as a headerless table whose grid has an extra empty column."""
    word = docx.Document()
    word.add_paragraph("牵头单位：杭州富春光联科技股份有限公司")
    word.add_heading("三、组织架构与运行机制", 1)
    word.add_paragraph("联合体由以下单位组成，各方已签订组建意向书。")
    add_word_table(word, [["序号", "单位名称", "单位性质", "承担任务"],
                          ["1", "杭州富春光联科技股份有限公司", "企业（牵头单位）", "光模块设计与产业化"]])
    add_word_table(word, [["", "2", "杭州电子科技大学", "高校", "高速调制算法"],
                          ["", "3", "中国科学院上海光学精密机械研究所", "科研院所", "薄膜铌酸锂材料"],
                          ["", "4", "杭州富春江创业投资有限公司", "科技金融服务机构", "投融资服务"]])
    word.add_paragraph("理事会由各成员单位负责人组成。")
    add_word_table(word, [["", "5", "杭州无关设备有限公司", "企业", "不在成员表中"]])
    path = tmp_path / "plan.docx"
    word.save(path)
    doc = read(path)
    members = {m.name: m for m in extract_members(PlanText(doc, PACK))}
    assert list(members) == ["杭州富春光联科技股份有限公司", "杭州电子科技大学", "中国科学院上海光学精密机械研究所",
                             "杭州富春江创业投资有限公司"]
    assert members["杭州富春江创业投资有限公司"].kind == "service"
    assert members["中国科学院上海光学精密机械研究所"].kind == "institute"
    assert members["杭州电子科技大学"].role == "高速调制算法"


def test_kind_abbreviated_in_the_table_and_defined_in_a_note(tmp_path):
    members = _plan(tmp_path, ["联合体由以下单位组成，各方已签订组建意向书。"],
                    table=[["序号", "单位名称", "单位类别"],
                           ["1", "杭州精工数控科技股份有限公司", "企业"],
                           ["2", "浙江大学", "高校"],
                           ["3", "浙江省计量科学研究院", "机构"],
                           ["4", "杭州光机研究所", "院所"]],
                    paragraphs_after=["注：单位类别中“企业”指企业，“高校”指高等院校，“院所”指科研院所，"
                                      "“机构”指检验检测、成果转化等科技服务机构。"])
    assert members["浙江省计量科学研究院"].kind == "service"
    assert members["杭州光机研究所"].kind == "institute"
    assert members["浙江大学"].kind == "university"


def test_a_kind_stated_in_a_footnote_on_the_name_is_the_members_kind(tmp_path):
    d = docx.Document()
    d.add_paragraph("浙江省特种纸基功能材料创新联合体实施方案")
    d.add_heading("三、组织架构与运行机制", 1)
    listed = d.add_paragraph("联合体由以下3家单位组成：浙江临纸新材料股份有限公司（牵头单位）、杭州禾丰生物基材料有限公司、"
                             "杭州临平质量技术研究院")
    add_note(d, listed, "footnote", "杭州临平质量技术研究院为经省市场监督管理局授权的法定检验检测机构，承担产品检测。")
    listed.add_run("。")
    d.add_heading("四、经费投入与保障措施", 1)
    d.add_paragraph("联合体总投入1.2亿元。")
    d.save(tmp_path / "plan.docx")
    doc = read(tmp_path / "plan.docx")
    members = {m.name: m.kind for m in extract_members(PlanText(doc, PACK))}
    assert members == {"浙江临纸新材料股份有限公司": "enterprise", "杭州禾丰生物基材料有限公司": "enterprise",
                       "杭州临平质量技术研究院": "service"}


def test_a_bulleted_member_list_in_a_pdf_is_read_and_prose_ending_in_a_unit_word_is_no_member(tmp_path):
    d = docx.Document()
    d.add_paragraph("浙江省高端医用敷料创新联合体实施方案")
    d.add_paragraph("牵头单位：杭州康纬医疗科技有限公司")
    d.add_heading("三、组织架构与运行机制", 1)
    d.add_paragraph("联合体共有成员单位3家，除牵头单位外包括：")
    for text in ("浙江理工大学（高校）", "浙江省医学科学院（科研院所）"):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("联合体研制的产品在成员医院临床使用中发现的问题，由牵头单位组织相关成员及时改进。")
    d.add_heading("四、经费投入与保障措施", 1)
    d.add_paragraph("联合体总投入1.2亿元。")
    d.save(tmp_path / "plan.docx")
    doc = read(to_pdf(tmp_path / "plan.docx", tmp_path))
    members = {m.name: m.kind for m in extract_members(PlanText(doc, PACK))}
    assert members == {"杭州康纬医疗科技有限公司": "enterprise", "浙江理工大学": "university", "浙江省医学科学院": "institute"}


def test_member_lines_giving_the_kind_after_a_dash(tmp_path):
    members = _plan(tmp_path, ["本联合体由牵头单位和3家成员单位组成。成员单位如下：", "浙江工业大学——高校",
                               "浙江省化工研究院有限公司——省属科研院所（转制院所）",
                               "杭州滨创科技金融服务有限公司——科技金融服务机构"])
    assert {name: m.kind for name, m in members.items()} == {
        "杭州精工数控科技股份有限公司": "enterprise", "浙江工业大学": "university",
        "浙江省化工研究院有限公司": "institute", "杭州滨创科技金融服务有限公司": "service"}


def test_in_a_pdf_a_note_number_stuck_to_a_name_and_the_note_at_the_page_foot_are_read(tmp_path):
    d = docx.Document()
    d.add_paragraph("浙江省特种纸基功能材料创新联合体实施方案")
    d.add_heading("三、组织架构与运行机制", 1)
    listed = d.add_paragraph("联合体由浙江临纸新材料股份有限公司牵头，联合浙江理工大学和杭州临平质量技术研究院")
    add_note(d, listed, "footnote", "杭州临平质量技术研究院为经省市场监督管理局授权的法定检验检测机构。")
    listed.add_run("和杭州禾丰生物基材料有限公司共同组建。")
    d.add_heading("四、经费投入与保障措施", 1)
    d.add_paragraph("联合体总投入1.2亿元。")
    d.save(tmp_path / "plan.docx")
    doc = read(to_pdf(tmp_path / "plan.docx", tmp_path))
    members = {m.name: m.kind for m in extract_members(PlanText(doc, PACK))}
    assert members == {"浙江临纸新材料股份有限公司": "enterprise", "浙江理工大学": "university",
                       "杭州临平质量技术研究院": "service", "杭州禾丰生物基材料有限公司": "enterprise"}


def test_a_member_table_laid_on_its_side_is_read_by_columns(tmp_path):
    members = _plan(tmp_path, ["联合体由以下5家单位组成："], [
        ["单位名称", "杭州精工数控科技股份有限公司", "浙江工业大学", "浙江省建筑科学设计研究院有限公司",
         "杭州恒源逆变技术有限公司", "浙江方圆电气设备检测有限公司"],
        ["单位性质", "企业（牵头）", "高校", "科研院所（转制院所）", "企业", "检验检测机构"],
        ["承担任务", "系统集成", "调控算法", "建筑设计", "储能变流器", "检测评价"],
    ])
    assert len(members) == 5
    assert members["杭州精工数控科技股份有限公司"].is_lead
    assert members["浙江省建筑科学设计研究院有限公司"].kind == "institute"
    assert members["浙江方圆电气设备检测有限公司"].kind == "service"
    assert members["浙江工业大学"].role == "调控算法"


def test_a_list_run_on_in_one_paragraph_after_its_cue(tmp_path):
    members = _plan(tmp_path, [
        "联合体成员单位包括：(1)杭州精工数控科技股份有限公司（牵头单位，企业）；(2)浙江农林大学（高校）；"
        "(3)中国林业科学研究院林产化学工业研究所（科研院所）；(4)杭州森工装备有限公司（企业）；"
        "(5)浙江省林业科技成果转化服务中心（成果转化服务机构）。"])
    assert len(members) == 5
    assert members["浙江省林业科技成果转化服务中心"].kind == "service"
    assert members["浙江农林大学"].kind == "university"


def test_a_member_list_after_the_five_parts_is_read(tmp_path):
    d = docx.Document()
    d.add_paragraph("浙江省生物可吸收植入材料创新联合体实施方案")
    d.add_heading("一、背景与意义", 1)
    d.add_paragraph("可吸收植入材料在体内降解。")
    d.add_heading("三、组织架构与运行机制", 1)
    d.add_paragraph("杭州新元医疗材料有限公司牵头组建联合体，成员单位名单见附件。")
    d.add_heading("五、进度安排", 1)
    d.add_paragraph("2023年：完成材料设计。")
    d.add_paragraph("附件：成员单位名单（共3家）")
    for line in ("1.杭州新元医疗材料有限公司——企业（牵头单位）", "2.浙江大学——高校",
                 "3.浙江省医疗器械审评检验服务中心有限公司——检验检测机构"):
        d.add_paragraph(line)
    path = tmp_path / "plan.docx"
    d.save(path)
    doc = read(path)
    members = {m.name: m for m in extract_members(PlanText(doc, PACK))}
    assert set(members) == {"杭州新元医疗材料有限公司", "浙江大学", "浙江省医疗器械审评检验服务中心有限公司"}
    assert members["杭州新元医疗材料有限公司"].is_lead
    assert members["浙江省医疗器械审评检验服务中心有限公司"].kind == "service"


def test_a_name_written_without_its_place_is_the_table_s_member_and_a_short_form_note_is_no_kind(tmp_path):
    members = _plan(tmp_path, [
        "联合体由精工数控牵头，浙江大学、省人民医院共同组建。",
        "（一）浙江省机电设计研究院有限公司（以下简称“机电院”），转制科研院所，负责可靠性设计。",
        "（二）浙江省特种设备科学研究院（以下简称“特检院”，检验检测机构）负责检测。",
    ], [
        ["序号", "单位名称", "单位性质"],
        ["1", "杭州精工数控科技股份有限公司", "企业（牵头单位）"],
        ["2", "浙江大学", "高校"],
        ["3", "浙江省人民医院", "医疗机构"],
    ])
    assert "省人民医院" not in members and members["浙江省人民医院"].kind == "other"
    assert members["浙江省机电设计研究院有限公司"].kind == "institute"
    assert members["浙江省特种设备科学研究院"].kind == "service"


def test_member_lines_labelled_member_one_two_and_kinds_said_in_a_later_sentence(tmp_path):
    members = _plan(tmp_path, [
        "联合体成员共4家：",
        "成员一：杭州精工数控科技股份有限公司（企业，牵头单位）",
        "成员二：浙江工业大学（高校）",
        "成员三：浙江省冶金研究院有限公司",
        "成员四：浙江省有色金属产品质量检验站",
        "其中，浙江省冶金研究院有限公司为转制科研院所，浙江省有色金属产品质量检验站为检验检测机构。",
    ])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江工业大学", "浙江省冶金研究院有限公司",
                            "浙江省有色金属产品质量检验站"}
    assert members["杭州精工数控科技股份有限公司"].is_lead
    assert members["浙江省冶金研究院有限公司"].kind == "institute"
    assert members["浙江省有色金属产品质量检验站"].kind == "service"


LEAD = "杭州精工数控科技股份有限公司"


def test_a_bank_the_member_table_marks_as_no_member_is_left_out_and_not_counted(tmp_path):
    doc = _plan_doc(tmp_path, ["（一）联合体组成。联合体由5家单位组成，具体如下："], [
        ["序号", "单位名称", "单位性质", "在联合体中的角色"],
        ["1", LEAD, "民营企业", "牵头单位，负责整机集成"],
        ["2", "浙江工业大学", "高校", "成员单位，负责控制算法"],
        ["3", "杭州某某伺服电机有限公司", "民营企业", "成员单位，负责伺服电机"],
        ["4", "杭州某某刀具有限公司", "民营企业", "成员单位，负责刀具"],
        ["5", "浙江某某农村商业银行科创支行", "银行", "合作金融机构，提供科技信贷，不作为联合体成员单位"],
    ], ["其中，浙江某某农村商业银行科创支行作为合作金融机构，为联合体提供授信支持，不签署组建意向书。"])
    members = {m.name for m in extract_members(PlanText(doc, PACK))}
    assert members == {LEAD, "浙江工业大学", "杭州某某伺服电机有限公司", "杭州某某刀具有限公司"}
    stated = stated_member_count(PlanText(doc, PACK))
    assert stated.value == "4"  # the "5家单位" take in the bank, which the row says is no member
    assert any("银行" in e.text for e in stated.evidence)
    count = {r.id: r for r in run_plan_checks(extract(PlanText(doc, PACK), "余杭区/plan.docx"), PACK)}["members.min_count"]
    assert count.status == "fail" and "4个" in count.message  # not a pass on the bank's row


def test_a_university_that_is_no_member_does_not_pass_the_academic_check(tmp_path):
    doc = _plan_doc(tmp_path, [
        f"联合体由{LEAD}牵头，杭州某某伺服电机有限公司、杭州某某刀具有限公司、杭州某某骨科医院、"
        "浙江某某检测研究院有限公司共同参与，共5家单位。其中浙江某某检测研究院有限公司为检验检测机构。",
        "此外，联合体与浙江大学签订技术合作协议；浙江大学不作为联合体成员单位，不参加理事会。",
    ])
    academic = {r.id: r for r in run_plan_checks(extract(PlanText(doc, PACK), "余杭区/plan.docx"), PACK)}["members.academic"]
    assert academic.status == "fail", academic.message


def test_units_the_prose_says_are_no_members_are_left_out(tmp_path):
    members = _plan(tmp_path, [
        f"联合体由{LEAD}牵头，浙江理工大学、杭州某某检测技术有限公司、杭州某某智能装备有限公司共同参与，共4家单位。"
        "联合体另委托东华大学开展染料分子结构模拟研究，东华大学不作为联合体成员单位。",
        "此外，联合体与浙江大学机械工程学院签订技术合作协议；浙江大学不作为联合体成员单位，不参加理事会。",
    ])
    assert set(members) == {LEAD, "浙江理工大学", "杭州某某检测技术有限公司", "杭州某某智能装备有限公司"}


def test_a_rule_about_other_units_leaves_the_members_listed_before_it(tmp_path):
    members = _plan(tmp_path, [
        f"联合体由{LEAD}牵头，联合浙江大学、之江实验室共同组建，其他合作单位不作为联合体成员单位。",
        "非成员单位不得以联合体名义对外开展活动。",
    ])
    assert set(members) == {LEAD, "浙江大学", "之江实验室"}


def test_one_paragraph_per_member_with_labelled_lines(tmp_path):
    members = _plan(tmp_path, ["（一）成员单位。联合体由5家成员单位组成：",
        f"单位名称：{LEAD}（牵头单位）\n单位性质：股份有限公司\n承担任务：整机研制",
        "单位名称：杭州某某机器人研究中心有限公司\n单位性质：研发型科技企业（有限责任公司）\n承担任务：导航算法",
        "单位名称：杭州某某骨科医院\n单位性质：三级骨科专科医院\n承担任务：临床试验",
        "单位名称：浙江某某医疗器械检测研究院有限公司\n单位性质：第三方医疗器械检验检测机构（有限责任公司）\n"
        "承担任务：注册检验",
        "单位名称：浙江工业大学\n单位性质：省属高校\n承担任务：减速器设计",
    ])
    assert list(members) == [LEAD, "杭州某某机器人研究中心有限公司", "杭州某某骨科医院",
                             "浙江某某医疗器械检测研究院有限公司", "浙江工业大学"]
    assert members[LEAD].is_lead
    assert members["杭州某某机器人研究中心有限公司"].kind == "enterprise"
    assert members["浙江某某医疗器械检测研究院有限公司"].kind == "service"  # the bracketed legal form adds nothing
    assert members["浙江工业大学"].role == "减速器设计"


def test_headerless_table_two_rows_per_member_with_people_beside_units(tmp_path):
    members = _plan(tmp_path, ["（一）成员单位情况表"], [
        ["单位名称", LEAD, "单位性质", "民营企业（牵头单位）"],
        ["负责人", "何永康（董事长）", "承担任务", "总体集成"],
        ["单位名称", "中国农业科学院茶叶研究所", "单位性质", "中央级科研院所"],
        ["负责人", "所长", "承担任务", "分子设计育种"],
        ["单位名称", "浙江正某检测技术有限公司", "单位性质", "第三方检验检测机构"],
        ["负责人", "孔文杰（总经理）", "承担任务", "品质检测"],
    ])
    assert list(members) == [LEAD, "中国农业科学院茶叶研究所", "浙江正某检测技术有限公司"]
    assert members[LEAD].is_lead and members[LEAD].role == "总体集成"
    assert members["中国农业科学院茶叶研究所"].kind == "institute"
    assert members["浙江正某检测技术有限公司"].kind == "service"


def test_kind_codes_explained_in_a_note_under_the_table(tmp_path):
    members = _plan(tmp_path, ["（一）成员单位一览表"], [
        ["序号", "单位名称", "单位类别", "承担任务"],
        ["1", LEAD, "A（牵头）", "总体架构"],
        ["2", "杭州电子科技大学", "B", "调度算法"],
        ["3", "浙江某某信息安全测评有限公司", "D", "安全测评"],
        ["4", "杭州某某科创金融服务有限公司", "D", "科技信贷"],
    ], ["注：单位类别代码 A—企业；B—高等院校；C—科研院所；D—专业化科技服务机构（检验检测、科技金融等）。"])
    assert members[LEAD].is_lead and members[LEAD].kind == "enterprise"
    assert members["杭州电子科技大学"].kind == "university"
    assert members["浙江某某信息安全测评有限公司"].kind == "service"
    assert members["杭州某某科创金融服务有限公司"].kind == "service"


def test_kind_from_the_group_a_member_table_lists_it_under(tmp_path):
    members = _plan(tmp_path, ["（一）成员单位。联合体由以下4家单位组成。"], [
        ["序号", "单位名称", "负责人", "承担任务"],
        ["一、企业（2家）", "", "", ""],
        ["1", f"{LEAD}（牵头单位）", "陈茗远", "总体统筹"],
        ["2", "杭州某某智能装备有限公司", "俞建锋", "智能装备"],
        ["二、高校院所（1家）", "", "", ""],
        ["3", "中国农业科学院茶叶研究所", "李明达", "分子育种"],
        ["三、专业化科技服务机构（1家）", "", "", ""],
        ["4", "杭州某某检测技术有限公司", "周慧", "检验检测"],
    ])
    assert list(members) == [LEAD, "杭州某某智能装备有限公司", "中国农业科学院茶叶研究所", "杭州某某检测技术有限公司"]
    assert members["中国农业科学院茶叶研究所"].kind == "institute"
    assert members["杭州某某检测技术有限公司"].kind == "service"


def test_header_on_two_rows_gives_the_kind_column(tmp_path):
    members = _plan(tmp_path, ["（一）成员单位。联合体由以下3家单位组成。"], [
        ["序号", "成员单位", "", "承担任务"],
        ["", "单位名称", "单位性质", ""],
        ["1", LEAD, "企业（牵头单位）", "整机集成"],
        ["2", "浙江大学", "高等院校", "电极材料"],
        ["3", "杭州某某医疗器械检测有限公司", "检验检测机构", "型式检验"],
    ], merge=((0, 1), (0, 2)))
    assert list(members) == [LEAD, "浙江大学", "杭州某某医疗器械检测有限公司"]
    assert members["杭州某某医疗器械检测有限公司"].kind == "service"


def test_members_run_on_after_a_cue_with_semicolons_and_brackets_in_names(tmp_path):
    doc = _plan_doc(tmp_path, [
        f"联合体成员包括：{LEAD}（企业，牵头单位）；浙江海洋大学（高校）；中国船舶集团有限公司第七二五研究所（科研院所）；"
        "中涂新材（杭州）有限公司（企业）；杭州某某检测技术有限公司（第三方检验检测机构）；"
        "浙江省海洋腐蚀与防护学会（社会团体）。共6家单位，各成员单位已签订组建意向书。产品已应用于舟山海上风电场；"
        "杭州某某港务有限公司（用户）。",
    ])
    members = {m.name: m for m in extract_members(PlanText(doc, PACK))}
    assert list(members) == [LEAD, "浙江海洋大学", "中国船舶集团有限公司第七二五研究所", "中涂新材（杭州）有限公司",
                             "杭州某某检测技术有限公司", "浙江省海洋腐蚀与防护学会"]  # not the customer
    assert members[LEAD].is_lead
    assert members["杭州某某检测技术有限公司"].kind == "service"
    assert members["浙江省海洋腐蚀与防护学会"].kind == "other"
    checks = {r.id: r for r in run_plan_checks(extract(PlanText(doc, PACK), "萧山区/plan.docx"), PACK)}
    assert checks["members.academic"].status == "pass", checks["members.academic"].message


def test_a_category_column_of_lead_and_participant_leaves_the_kind_to_the_nature_column(tmp_path):
    members = _plan(tmp_path, ["联合体由4家单位组成，成员单位及分工见下表。"], [
        ["类别", "序号", "单位名称", "单位性质", "承担任务"],
        ["牵头单位", "1", LEAD, "企业（省科技领军企业）", "整机集成"],
        ["参与单位", "2", "浙江大学", "高等院校", "控制算法"],
        ["", "3", "浙江某某技术研究院有限公司", "省属转制科研院所", "机理建模"],
        ["", "4", "浙江某某设备检测有限公司", "检验检测机构（CMA、CNAS资质）", "型式检验"],
    ], merge=((2, 0), (4, 0)))
    assert list(members) == [LEAD, "浙江大学", "浙江某某技术研究院有限公司", "浙江某某设备检测有限公司"]
    assert members[LEAD].is_lead and not members["浙江大学"].is_lead
    assert members["浙江某某技术研究院有限公司"].kind == "institute"
    assert members["浙江某某设备检测有限公司"].kind == "service"


def test_numbered_items_run_on_in_the_lines_a_scan_breaks_them_into(tmp_path):
    """A scan's lines become paragraphs opening with an item; the items after it in the same line, and one whose
    kind note wraps onto the next line, are members too."""
    members = _plan(tmp_path, [
        f"联合体由5家单位组成：1.{LEAD}（企业，牵头）；",
        "2.浙江理工大学（高校）；3.中国科学院宁波材料技术与工程研究所（科研院所）；",
        "4.杭州银湖薄膜制品有限公司（企业）；5.浙江新登绿色包装股份有限公司（企",
        "业）。各方已签订组建意向书。",
    ])
    assert list(members) == [LEAD, "浙江理工大学", "中国科学院宁波材料技术与工程研究所", "杭州银湖薄膜制品有限公司",
                             "浙江新登绿色包装股份有限公司"]
    assert members["中国科学院宁波材料技术与工程研究所"].kind == "institute"


def test_a_name_after_the_close_of_another_name_s_note_starts_after_the_note(tmp_path):
    members = _plan(tmp_path, [
        f"联合体由{LEAD}（以下简称“精工数控”）牵头，联合浙江大学（以下简称“浙大”，高校）、杭州储氢新材料有限公司"
        "（以下简称“储氢新材”，企业）和杭州氢安检测技术有限公司（以下简称“氢安检测”，第三方检验检测机构）共同组成。",
    ])
    assert list(members) == [LEAD, "浙江大学", "杭州储氢新材料有限公司", "杭州氢安检测技术有限公司"]


def test_a_short_name_of_a_listed_member_is_that_member_not_another(tmp_path):
    """"清和研究院在联合体中的职责：…" speaks of 浙江清和新材料研究院; 浙江大学 is not short for 浙江理工大学."""
    members = _plan(tmp_path, ["成员单位及分工如下表。"], [
        ["序号", "单位名称", "单位性质"],
        ["1", LEAD, "企业（牵头）"],
        ["2", "浙江清和新材料研究院", "新型研发机构"],
        ["3", "浙江理工大学", "高校"],
        ["4", "浙江大学", "高校"],
    ], ["1.清和研究院在联合体中的职责：按照课题任务书完成所承担的研发任务。"])
    assert list(members) == [LEAD, "浙江清和新材料研究院", "浙江理工大学", "浙江大学"]


def test_members_introduced_once_in_the_background_under_short_names(tmp_path):
    """A plan whose only member list is one background sentence ("本联合体由A（以下简称…）牵头，联合B…共同组建"):
    those units are the members, the one before 牵头 the lead; a partner of the past is not."""
    d = docx.Document()
    d.add_paragraph("浙江省兽用疫苗与动物疫病防控创新联合体实施方案")
    d.add_heading("一、背景与意义", 1)
    d.add_paragraph(
        "本联合体由浙江省农业科学院（以下简称“省农科院”）牵头，联合浙江大学（以下简称“浙大”）、杭州牧盾生物科技"
        "有限公司（以下简称“牧盾生物”）、浙江华畜动物保健品有限公司（以下简称“华畜动保”）和浙江正衡动物疫病检测有限"
        "公司（以下简称“正衡检测”，第三方检验检测机构）共同组建。省农科院曾牵头联合中国农业大学共同组建国家重点实验室。")
    d.add_heading("三、组织架构与运行机制", 1)
    d.add_paragraph("联合体设理事会，由5家成员单位负责人组成，理事长由省农科院院长担任，秘书处设在省农科院科研处。")
    d.add_heading("四、经费投入与保障措施", 1)
    d.add_paragraph("联合体三年总投入9000万元，其中牧盾生物自筹3000万元。")
    path = tmp_path / "plan.docx"
    d.save(path)
    members = {m.name: m for m in extract_members(PlanText(read(path), PACK))}
    assert list(members) == ["浙江省农业科学院", "浙江大学", "杭州牧盾生物科技有限公司", "浙江华畜动物保健品有限公司",
                             "浙江正衡动物疫病检测有限公司"]
    assert members["浙江省农业科学院"].is_lead
    assert members["浙江正衡动物疫病检测有限公司"].kind == "service"


def test_a_note_after_a_name_in_the_table_says_what_the_unit_is(tmp_path):
    """"X有限公司（省属转制院所）" is X, an institute; a 试验鉴定推广站 is a public service institution."""
    members = _plan(tmp_path, ["成员单位及分工如下表。"], [
        ["序号", "单位名称", "承担任务"],
        ["1", f"{LEAD}（牵头单位）", "总体设计与集成"],
        ["2", "浙江省建筑科学设计研究院有限公司（省属转制院所）", "结构试验"],
        ["3", "浙江省农业机械试验鉴定推广站", "样机试验鉴定"],
        ["4", "浙江大学", "控制算法"],
    ])
    assert list(members) == [LEAD, "浙江省建筑科学设计研究院有限公司", "浙江省农业机械试验鉴定推广站", "浙江大学"]
    assert members[LEAD].is_lead and members[LEAD].kind == "enterprise"
    assert members["浙江省建筑科学设计研究院有限公司"].kind == "institute"
    assert members["浙江省农业机械试验鉴定推广站"].kind == "service"


def test_a_stray_list_comma_before_a_bracketed_place_does_not_cut_a_member_in_two(tmp_path):
    """"…检测中心、（浙江）有限公司": a place and a legal form are no name of their own, so the tail a stray 、 cut
    off is joined back (a scan's recogniser reads the name so), and the member keeps the kind its item states."""
    members = _plan(tmp_path, [
        f"（一）{LEAD}，牵头单位，负责数控系统总体设计。",
        "（二）国家仪器仪表质量检验检测中心、（浙江）有限公司（以下简称“仪表中心”），检验检测机构，负责样机检测认证。",
        "（三）浙江大学，高校，负责检测方法研究。",
    ])
    assert list(members) == [LEAD, "国家仪器仪表质量检验检测中心（浙江）有限公司", "浙江大学"]
    assert members["国家仪器仪表质量检验检测中心（浙江）有限公司"].kind == "service"


def test_a_summary_row_listing_members_in_one_cell_gives_each_member(tmp_path):
    """"浙江大学、X研究院" in a 成员单位 cell is two members, not one long name swallowing the second."""
    members = _plan(tmp_path, ["成员单位如下。"], [
        ["序号", "创新联合体名称", "牵头单位", "成员单位"],
        ["1", "浙江省高端数控装备创新联合体", "杭州精工数控科技股份有限公司",
         "浙江大学、中国科学院宁波材料技术与工程研究所、浙江省机电产品质量检测所有限公司"],
    ])
    assert {"浙江大学", "中国科学院宁波材料技术与工程研究所", "浙江省机电产品质量检测所有限公司"} <= set(members)
    assert not any("、" in name for name in members)


def test_a_table_of_short_names_takes_each_kind_to_the_full_name(tmp_path):
    """A member table written in the short names the prose defined (以下简称) gives its kinds to the members."""
    members = _plan(tmp_path, [
        "联合体由杭州精工数控科技股份有限公司（以下简称“精工数控”）牵头，联合浙江大学（以下简称“浙大”）、"
        "浙江芯测半导体检测技术有限公司（以下简称“芯测检测”）共同组建。"], [
        ["简称", "类别", "联合体中的分工"],
        ["精工数控", "企业（牵头）", "总体设计"],
        ["浙大", "高校", "控制算法"],
        ["芯测检测", "检验检测机构", "可靠性检测认证"],
    ])
    assert members["浙江芯测半导体检测技术有限公司"].kind == "service"
    assert members["杭州精工数控科技股份有限公司"].is_lead


def test_kinds_said_after_a_dash_by_short_name_and_in_an_industry_academia_column(tmp_path):
    members = _plan(tmp_path, [
        "1．杭州精工数控科技股份有限公司——企业（牵头），负责总体设计；",
        "2．浙江省冶金研究院有限公司——科研院所（省属转制院所），负责材料设计；",
        "3．浙江省轻工业品质量检验研究院——检验检测机构，负责检测。",
        "4．杭州余杭科创金融服务有限公司（以下简称“余杭科金”）负责融资服务。",
        "其中余杭科金为提供知识产权质押融资和科技保险服务的科技金融服务机构。"], [
        ["序号", "单位名称", "产学研用定位", "承担任务"],
        ["1", "杭州精工数控科技股份有限公司", "产（牵头单位）", "总体设计"],
        ["2", "浙江工业大学", "学", "合金凝固理论"],
        ["3", "杭州众测汽车部件检测有限公司", "检测服务", "无损检测认证"],
    ])
    assert members["浙江省冶金研究院有限公司"].kind == "institute"
    assert members["浙江省轻工业品质量检验研究院"].kind == "service"
    assert members["杭州余杭科创金融服务有限公司"].kind == "service"
    assert members["杭州众测汽车部件检测有限公司"].kind == "service"


def test_partners_set_apart_from_members_and_a_member_s_own_platform_are_not_members(tmp_path):
    """Units a table marks "合作单位" beside "成员单位" rows, or the prose names "作为合作单位", are not members; nor is
    the lead's 省级企业研究院 written under its short name."""
    members = _plan(tmp_path, [
        "联合体由杭州精工数控科技股份有限公司（以下简称“精工数控”）牵头，联合浙江大学、浙江工业大学共同组建；"
        "杭州某某检测技术有限公司作为合作单位，提供计量校准服务。",
        "联合体依托浙江工业大学建设的省重点实验室和精工数控省级企业研究院开展联合攻关。"], [
        ["序号", "单位名称", "身份", "承担任务"],
        ["1", "杭州精工数控科技股份有限公司", "牵头单位", "总体设计"],
        ["2", "浙江大学", "成员单位", "控制算法"],
        ["3", "浙江工业大学", "成员单位", "精密加工"],
        ["4", "中国移动通信集团浙江有限公司杭州分公司", "合作单位", "外场试验网络"],
    ])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江大学", "浙江工业大学"}


def test_bulleted_lines_labelled_with_a_kind_are_members_of_that_kind(tmp_path):
    members = _plan(tmp_path, [
        "联合体由4家单位组成：",
        "■ 牵头单位：杭州精工数控科技股份有限公司，负责总体设计与整机集成",
        "■ 高校：浙江工业大学，负责控制算法",
        "■ 企业：杭州桐君精密电机有限公司，负责高速电机，任务二",
        "■ 检验检测机构：浙江省医疗器械检验研究院，负责注册检验与检测方法",
    ])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江工业大学", "杭州桐君精密电机有限公司",
                            "浙江省医疗器械检验研究院"}
    assert members["杭州精工数控科技股份有限公司"].is_lead
    assert members["浙江工业大学"].kind == "university"
    assert members["浙江省医疗器械检验研究院"].kind == "service"  # the label, not the name's 研究院


def test_a_numbered_caption_naming_one_kind_gives_it_to_its_table(tmp_path):
    d = docx.Document()
    d.add_paragraph("牵头单位（盖章）：杭州精工数控科技股份有限公司")
    d.add_heading("三、组织架构与运行机制", 1)
    d.add_paragraph("联合体由以下4家单位组成。")
    for caption, rows in (
        ("表1  企业成员", [["序号", "单位名称", "承担任务"], ["1", "杭州精工数控科技股份有限公司（牵头）", "总体设计"],
                         ["2", "杭州谱源分析仪器有限公司", "任务1"]]),
        ("表2  高校院所成员", [["序号", "单位名称", "承担任务"], ["1", "浙江大学", "模型算法"]]),
        ("表3  专业化科技服务机构成员", [["序号", "单位名称", "承担任务"], ["1", "浙江省计量科学研究院", "计量校准"]]),
    ):
        d.add_paragraph(caption)
        add_word_table(d, rows)
    d.save(tmp_path / "plan.docx")
    members = {m.name: m for m in extract_members(PlanText(read(tmp_path / "plan.docx"), PACK))}
    assert members["浙江省计量科学研究院"].kind == "service"
    assert members["浙江大学"].kind == "university"  # 高校院所 names two kinds: the name decides
    assert members["杭州谱源分析仪器有限公司"].kind == "enterprise"


def test_facilities_of_the_members_are_not_members(tmp_path):
    members = _plan(tmp_path, [
        "联合体由杭州精工数控科技股份有限公司牵头，联合浙江大学、浙江省农业科学院共同组建。",
        "成员单位的种质资源圃、病毒检测实验室和智能温室试验基地在联合体内部开放共享。",
    ])
    assert "病毒检测实验室" not in members
    assert {"浙江大学", "浙江省农业科学院"} <= set(members)


def test_a_branch_of_a_member_is_that_member_not_one_more(tmp_path):
    members = _plan(tmp_path, ["成员单位及分工如下表。"], [
        ["序号", "单位名称", "单位性质", "任务分工"],
        ["1", "杭州精工数控科技股份有限公司", "企业（牵头单位）", "总体设计"],
        ["2", "杭州精工数控科技股份有限公司临江分公司", "企业", "中试生产"],
        ["3", "浙江大学", "高校", "控制算法"],
        ["4", "中国电信股份有限公司杭州分公司", "企业", "网络保障"],
    ])
    assert set(members) == {"杭州精工数控科技股份有限公司", "浙江大学", "中国电信股份有限公司杭州分公司"}


def test_a_member_s_own_laboratory_is_not_a_member(tmp_path):
    members = _plan(tmp_path, [
        "联合体由杭州精工数控科技股份有限公司牵头，联合浙江大学和杭州电子科技大学共同组建。",
        "保障措施：康晟智能省级企业研究院和杭州电子科技大学相关实验室向成员单位开放。",
    ])
    assert "杭州电子科技大学相关实验室" not in members and "杭州电子科技大学" in members
