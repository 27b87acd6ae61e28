"""Organisation names in list sentences, and the kind a plan gives each unit."""

from pipeline.orgnames import classify_kind, find_org_names, refers_to, unit_named, university_of
from pipeline.rulepack import load_rulepack
from pipeline.submission import unit_key

PACK = load_rulepack()


def names(text: str) -> list[str]:
    return [h.name for h in find_org_names(text)]


def test_names_that_contain_connectors_stay_whole():
    text = "成员单位包括中国科学院宁波材料技术与工程研究所、浙江省检验检测与认证研究院和杭州市科技成果转化与服务中心。"
    assert names(text) == ["中国科学院宁波材料技术与工程研究所", "浙江省检验检测与认证研究院", "杭州市科技成果转化与服务中心"]


def test_connector_splits_two_complete_names():
    assert names("浙江大学和浙江工业大学共同承担") == ["浙江大学", "浙江工业大学"]
    assert names("之江实验室与西湖大学") == ["之江实验室", "西湖大学"]


def test_prose_list_is_split_at_openers_and_separators():
    text = "联合体由杭州精工数控科技股份有限公司牵头，联合浙江大学、领航基因科技（杭州）有限公司及浙江大学医学院附属第一医院共同组建"
    assert names(text) == ["杭州精工数控科技股份有限公司", "浙江大学", "领航基因科技（杭州）有限公司", "浙江大学医学院附属第一医院"]


def test_a_kind_note_before_the_last_connector_does_not_join_two_names():
    text = ("成员包括浙江大学（高校）、杭州严州智慧农业装备有限公司（企业）和杭州绿检农产品检测有限公司（第三方检验检测机构），"
            "共6家单位。")
    assert names(text) == ["浙江大学", "杭州严州智慧农业装备有限公司", "杭州绿检农产品检测有限公司"]


def test_a_place_and_legal_form_cut_off_by_a_list_comma_rejoin_the_name_before_them():
    assert names("（六）国家仪器仪表质量检验检测中心、（浙江）有限公司负责检测") == ["国家仪器仪表质量检验检测中心（浙江）有限公司"]
    assert names("联合浙江大学、（浙江）精工仪表检测有限公司") == ["浙江大学", "（浙江）精工仪表检测有限公司"]  # a 字号: a name
    assert names("负责、（浙江）有限公司") == []  # no name before it to belong to
    # a foreign group's China company, cut by a stray comma: rejoined, or left out, never a member "（中国）有限公司"
    assert names("成员单位：杭州西子智能装备有限公司、施耐德电气研发中心、（中国）有限公司") == [
        "杭州西子智能装备有限公司", "施耐德电气研发中心（中国）有限公司"]
    assert names("成员单位：杭州西子智能装备有限公司、西门子、（中国）有限公司") == ["杭州西子智能装备有限公司"]


def test_spans_point_at_the_name():
    text = "（2）杭州某某科技有限公司作为牵头单位"
    hit = find_org_names(text)[0]
    assert text[hit.start : hit.end] == "杭州某某科技有限公司"


def test_name_key_ignores_spaces_and_bracket_width():
    assert unit_key("领航基因科技（杭州） 有限公司") == unit_key("领航基因科技(杭州)有限公司")


def test_kind_column_wins_over_suffix():
    assert classify_kind("杭州某某研究院有限公司", "新型研发机构", None, PACK) == "institute"
    assert classify_kind("杭州某某检测技术有限公司", "检验检测机构", None, PACK) == "service"
    assert classify_kind("浙江某某科技有限公司", "高校", None, PACK) == "university"


def test_company_described_in_prose_as_service_agency():
    context = "作为国内领先的检验检测服务机构，负责样机检测认证"
    assert classify_kind("杭州某某检测技术有限公司", None, context, PACK) == "service"
    assert classify_kind("杭州某某检测技术有限公司", None, "负责样机检测认证", PACK) == "enterprise"
    assert classify_kind("浙江大学", None, "负责为联合体提供检测服务", PACK) == "university"
    assert classify_kind("浙江某某银行股份有限公司科技支行", None, "，作为科技金融服务机构，负责融资", PACK) == "service"


def test_kind_by_suffix():
    assert classify_kind("浙江工业大学", None, None, PACK) == "university"
    assert classify_kind("之江实验室", None, None, PACK) == "institute"
    assert classify_kind("浙江大学医学院附属第一医院", None, None, PACK) == "other"
    assert classify_kind("杭州精工数控科技股份有限公司", None, None, PACK) == "enterprise"
    assert classify_kind("浙江省机械工程学会", None, None, PACK) == "other"


def test_a_seat_word_is_never_part_of_the_name():
    assert names("联合体设立管理办公室，设在浙江恒拓复合材料股份有限公司，负责日常运行") == ["浙江恒拓复合材料股份有限公司"]
    assert names("秘书处设在浙江大学") == ["浙江大学"]


def test_short_forms_and_abbreviations_name_their_unit():
    names = ["浙江新硅源化工股份有限公司", "浙江工业大学", "杭州有机硅材料研究所", "浙江华硅密封材料有限公司"]
    assert unit_named("新硅源", names) == "浙江新硅源化工股份有限公司"
    assert unit_named("浙工大", names) == "浙江工业大学"
    assert unit_named("有机硅所", names) == "杭州有机硅材料研究所"
    assert unit_named("华硅", names) == "浙江华硅密封材料有限公司"


def test_a_unit_s_whole_name_names_it_beside_a_longer_name_holding_it():
    names = ["浙江大学", "浙江大学医学院附属第一医院"]
    assert unit_named("浙江大学", names) == "浙江大学"
    assert unit_named("浙江大学医学院附属第一医院", names) == "浙江大学医学院附属第一医院"


def test_a_mention_shared_by_several_units_or_a_bare_suffix_names_none():
    names = ["浙江新硅源化工股份有限公司", "浙江华硅密封材料有限公司"]
    assert unit_named("浙江", names) is None
    assert unit_named("有限公司", names) is None
    assert not refers_to("公司", "浙江新硅源化工股份有限公司")


def test_a_common_noun_phrase_ending_in_an_organisation_word_is_no_name():
    assert names("建成示范数据中心2个，示范数据中心作为公共测试平台向成员单位开放") == []
    assert names("该中心与省级重点实验室、国家级工程研究中心共享设备") == []
    assert names("本实验室联合杭州市科技成果转化与服务中心开展服务") == ["杭州市科技成果转化与服务中心"]


def test_an_investment_partnership_is_a_finance_service_by_its_business():
    assert classify_kind("杭州某某创新创业投资合伙企业（有限合伙）", None, None, PACK) == "service"
    assert classify_kind("杭州某某股权投资基金合伙企业(有限合伙)", None, None, PACK) == "service"
    assert classify_kind("杭州某某科技合伙企业（有限合伙）", None, None, PACK) == "enterprise"


def test_description_after_a_full_stop_in_a_list_item():
    assert classify_kind("杭州某某投资管理有限公司", None, "。科技金融服务机构，管理创投基金规模12亿元", PACK) == "service"
    assert classify_kind("杭州某某安全技术有限公司", "密码应用安全性测评机构", None, PACK) == "service"


def test_a_school_belongs_to_its_university():
    assert university_of("浙江大学医学院") == "浙江大学"
    assert university_of("浙江工业大学机械工程学院") == "浙江工业大学"
    assert university_of("浙江科技学院") is None
    assert university_of("浙江大学医学院附属第一医院") is None
    assert university_of("浙江大学城市学院") is None  # an independent college is a unit of its own
    assert university_of("浙江工业大学之江学院") is None


def test_prose_ending_in_a_unit_word_is_no_name():
    assert find_org_names("联合体研制的产品在成员医院临床使用中发现的问题") == []
    assert [h.name for h in find_org_names("联合杭州某某科技有限公司、浙江省人民医院")] == ["杭州某某科技有限公司", "浙江省人民医院"]


def test_a_note_number_between_a_name_and_a_connector_ends_the_name():
    assert [h.name for h in find_org_names("联合浙江大学2和杭州某某有限公司3共同组建")] == ["浙江大学", "杭州某某有限公司"]
