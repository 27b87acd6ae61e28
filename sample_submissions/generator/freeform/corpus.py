"""The held-out style plans, in the order they are written."""

from __future__ import annotations

from . import (
    absorbable_qiantang,
    adc_qiantang,
    additive_linping,
    adhesive_linping,
    aerothermal_qiantang,
    agrimachine_fuyang,
    analyzer_binjiang,
    anticorrosion_xiaoshan,
    arwaveguide_xihu,
    autolens_linan,
    aviation_jiande,
    bamboo_jiande,
    batteryrecycle_xiaoshan,
    bcirehab_xihu,
    bearingsteel_gongshu,
    beidou_yuhang,
    biobased_fuyang,
    bioprocess_qiantang,
    bloodpurify_linping,
    cable_xiaoshan,
    cae_binjiang,
    camellia_chunan,
    carbonfiber_jiande,
    carbonsink_chunan,
    catalysis_gongshu,
    ccus_xiaoshan,
    celltherapy_qiantang,
    cementkiln_jiande,
    ceramic_linan,
    cgm_qiantang,
    chassis_xiaoshan,
    chemilum_shangcheng,
    chiplet_qiantang,
    cim_yuhang,
    cloudos_yuhang,
    coating_jiande,
    cobot_qiantang,
    cochlear_shangcheng,
    controlvalve_linping,
    cryoem_xihu,
    crypto_shangcheng,
    ct_yuhang,
    datasec_yuhang,
    diecast_xiaoshan,
    display_binjiang,
    distgrid_linan,
    domaincu_xiaoshan,
    dressing_yuhang,
    dyeing_linping,
    eboat_chunan,
    ecg_yuhang,
    elecchem_qiantang,
    electrolyzer_qiantang,
    elevator_gongshu,
    emc_xiaoshan,
    endoscope_tonglu,
    enzyme_qiantang,
    fibersensor_linan,
    fish_chunan,
    fluoro_jiande,
    fluororubber_jiande,
    flyash_gongshu,
    forestry_linan,
    formation_linan,
    fpga_binjiang,
    fragrance_jiande,
    gan_binjiang,
    genomics_linan,
    grating_linan,
    heatpump_xiaoshan,
    herbal_chunan,
    heritage_shangcheng,
    hickory_linan,
    hjt_linan,
    honeycomb_tonglu,
    hydraulic_xiaoshan,
    hydrogen_gongshu,
    hydrogenstore_linping,
    icssec_gongshu,
    imaging_shangcheng,
    infrared_shangcheng,
    inhaler_qiantang,
    intelligent_binjiang,
    inverter_fuyang,
    kgraph_yuhang,
    knitting_linping,
    leosat_yuhang,
    lidar_xiaoshan,
    lighting_xiaoshan,
    liquidcool_fuyang,
    logistics_yuhang,
    lowaltitude_tonglu,
    lowcarbon_gongshu,
    medpolymer_tonglu,
    membrane_fuyang,
    mems_binjiang,
    metagenome_shangcheng,
    metaverse_xihu,
    microgrid_fuyang,
    mingcha_xihu,
    mmwave_xihu,
    multimodal_yuhang,
    mushroom_tonglu,
    nanocalcium_jiande,
    neuromod_binjiang,
    newmaterial_fuyang,
    nonwoven_linping,
    nucleicacid_qiantang,
    ophthalmic_yuhang,
    optical_fuyang,
    organoid_xihu,
    orthorobot_shangcheng,
    paper_linping,
    pedf_fuyang,
    penmaterial_tonglu,
    peptide_fuyang,
    perovskite_xiaoshan,
    pesticide_jiande,
    photoresist_qiantang,
    pigbreed_jiande,
    pipegallery_gongshu,
    polyimide_qiantang,
    powergrid_yuhang,
    preform_fuyang,
    privacycompute_gongshu,
    protein_xihu,
    proteomics_xihu,
    quantum_yuhang,
    quartz_tonglu,
    railops_binjiang,
    rehab_xihu,
    riscv_binjiang,
    riskcontrol_shangcheng,
    roadside_gongshu,
    rubber_xiaoshan,
    safetyplc_qiantang,
    sensor_shangcheng,
    separator_fuyang,
    servo_linan,
    sewing_linping,
    sic_linan,
    silicone_jiande,
    silk_yuhang,
    singlecell_qiantang,
    siphotonics_binjiang,
    sodium_linping,
    sodiummaterial_linping,
    solidstate_linping,
    sorting_tonglu,
    spatial_xihu,
    specgas_linan,
    speech_yuhang,
    stapler_tonglu,
    strawberry_jiande,
    superalloy_xiaoshan,
    surgical_binjiang,
    tea_xihu,
    terahertz_qiantang,
    textile_linping,
    textilerecycle_fuyang,
    thermal_linping,
    thermoplastic_fuyang,
    trustdata_shangcheng,
    turbine_fuyang,
    turbineblade_xiaoshan,
    ultrafast_binjiang,
    ultrasonic_tonglu,
    usprobe_fuyang,
    utg_fuyang,
    vaccine_yuhang,
    vegetable_jiande,
    vetvaccine_shangcheng,
    videocodec_binjiang,
    vision_binjiang,
    vision_gongshu,
    vocs_tonglu,
    water_chunan,
    watergrid_binjiang,
    windbearing_xiaoshan,
)
from .model import FreeformPlan

# Written from the notice alone and labelled before the review first ran on them: a measure of generalisation.
SEVENTH_GROUP: tuple[FreeformPlan, ...] = (
    pedf_fuyang.PLAN,
    turbineblade_xiaoshan.PLAN,
    organoid_xihu.PLAN,
    riscv_binjiang.PLAN,
    knitting_linping.PLAN,
    lowaltitude_tonglu.PLAN,
    safetyplc_qiantang.PLAN,
    heritage_shangcheng.PLAN,
    ophthalmic_yuhang.PLAN,
    bearingsteel_gongshu.PLAN,
    bamboo_jiande.PLAN,
    carbonsink_chunan.PLAN,
    forestry_linan.PLAN,
    quantum_yuhang.PLAN,
    absorbable_qiantang.PLAN,
    spatial_xihu.PLAN,
)

# Written from the notice alone after the seventh group's fixes, labelled before the review ran on them.
EIGHTH_GROUP: tuple[FreeformPlan, ...] = (
    sensor_shangcheng.PLAN,
    rubber_xiaoshan.PLAN,
    vaccine_yuhang.PLAN,
    newmaterial_fuyang.PLAN,
)

# Ninth group, letter A: table-heavy, form-like plans written from the notice alone, labelled before any review ran.
NINTH_GROUP_A: tuple[FreeformPlan, ...] = (
    neuromod_binjiang.PLAN,
    tea_xihu.PLAN,
    enzyme_qiantang.PLAN,
    sodium_linping.PLAN,
    cloudos_yuhang.PLAN,
)

# Ninth group, set B: prose-heavy office plans, written from the notice alone and labelled before review.
NINTH_GROUP_B: tuple[FreeformPlan, ...] = (
    elecchem_qiantang.PLAN,
    railops_binjiang.PLAN,
    dyeing_linping.PLAN,
    orthorobot_shangcheng.PLAN,
    herbal_chunan.PLAN,
)

# Ninth group, letter C: written blind from the notice, each violating the 指引 in ways a careless reader misses
# (one clean plan in an unusual style), labelled before any review ran on them.
NINTH_GROUP_C: tuple[FreeformPlan, ...] = (
    mingcha_xihu.PLAN,
    photoresist_qiantang.PLAN,
    sodiummaterial_linping.PLAN,
    surgical_binjiang.PLAN,
    batteryrecycle_xiaoshan.PLAN,
)

NINTH_GROUP: tuple[FreeformPlan, ...] = (*NINTH_GROUP_A, *NINTH_GROUP_B, *NINTH_GROUP_C)

# Tenth group, letter D: Word features and unusual typography (pending tracked changes, footnotes, bullets, run-in and
# boxed headings, full-width digits, capital amounts, 千元 tables with a 备注 column), written blind, labelled first.
TENTH_GROUP_D: tuple[FreeformPlan, ...] = (
    leosat_yuhang.PLAN,
    anticorrosion_xiaoshan.PLAN,
    peptide_fuyang.PLAN,
)

# Tenth group, letter E: types and standings in their many forms (a listed lead in half-width brackets, 揭榜 only in a
# table row, 科技小巨人 only under a short name far from the cover), written from the notice alone, labelled before review.
TENTH_GROUP_E: tuple[FreeformPlan, ...] = (
    powergrid_yuhang.PLAN,
    membrane_fuyang.PLAN,
    mushroom_tonglu.PLAN,
)

# Tenth group: written from the notice alone after the ninth group's fixes; scored before any further change.
TENTH_GROUP: tuple[FreeformPlan, ...] = (*TENTH_GROUP_D, *TENTH_GROUP_E)

# Eleventh group, letter F: scans (a seal over the cover's lead name, a landscape member page, 元 tables with thousands
# separators, a cover form with ticked boxes, a strong skew), written from the notice alone, labelled before review.
ELEVENTH_GROUP_F: tuple[FreeformPlan, ...] = (
    domaincu_xiaoshan.PLAN,
    specgas_linan.PLAN,
    datasec_yuhang.PLAN,
    biobased_fuyang.PLAN,
)

# Eleventh group, letter G: office styles not yet seen (（一） as the top heading level, members only under short names in
# one sentence, a budget only in 亿元 prose, a type stated twice, a listed lead written without its place name, a 40-page
# plan), written from the notice alone, labelled before review.
ELEVENTH_GROUP_G: tuple[FreeformPlan, ...] = (
    hydrogenstore_linping.PLAN,
    bcirehab_xihu.PLAN,
    vision_binjiang.PLAN,
    carbonfiber_jiande.PLAN,
)

ELEVENTH_GROUP: tuple[FreeformPlan, ...] = (*ELEVENTH_GROUP_F, *ELEVENTH_GROUP_G)

# Twelfth group, letter H: a copier's black-and-white scan under the old county-level city name 富阳市, a district office's
# 公文 with its red head, 文号 and "一是…五是" sections, a transposed member table with a year-by-source budget under the
# old name 杭州经济技术开发区, a type given only in the title with a 附件3 name in another company form; written from the
# notice alone, labelled before review.
TWELFTH_GROUP_H: tuple[FreeformPlan, ...] = (
    textilerecycle_fuyang.PLAN,
    hydraulic_xiaoshan.PLAN,
    nucleicacid_qiantang.PLAN,
    additive_linping.PLAN,
)

# Twelfth group, letter I: unnumbered bold-line headings, targets as numbered lists, funding given only as a total with
# shares or a ratio, a council of three of seven members, two-year goals, the old city name 临安市; written from the
# notice alone, labelled before review.
TWELFTH_GROUP_I: tuple[FreeformPlan, ...] = (
    vegetable_jiande.PLAN,
    mems_binjiang.PLAN,
    riskcontrol_shangcheng.PLAN,
    ceramic_linan.PLAN,
)

TWELFTH_GROUP: tuple[FreeformPlan, ...] = (*TWELFTH_GROUP_H, *TWELFTH_GROUP_I)

# Thirteenth group, letter J: a WPS Office .wps (Word 97 bytes) with a cover form under its own labels and a field
# outside the fifteen, an RTF with a 亿元 budget naming a bank loan and a 承诺 in place of an intent letter, a research
# academy as lead under short names with a schedule in relative months, full-width digits and a date after the
# deadline; written from the notice alone, labelled before review.
THIRTEENTH_GROUP_J: tuple[FreeformPlan, ...] = (
    metaverse_xihu.PLAN,
    perovskite_xiaoshan.PLAN,
    vetvaccine_shangcheng.PLAN,
    medpolymer_tonglu.PLAN,
)

# Thirteenth group, letter K: a 组建协议书 and dotted dates, 类型一 claimed on an ordinary 尖兵 project, an RTF whose lead is
# only the 申报单位 with a 年度/目标/指标 table, a type-3 plan with years in Chinese numerals and its chair only in the
# member table; written from the notice alone, labelled before review.
THIRTEENTH_GROUP_K: tuple[FreeformPlan, ...] = (
    thermal_linping.PLAN,
    lowcarbon_gongshu.PLAN,
    agrimachine_fuyang.PLAN,
    singlecell_qiantang.PLAN,
)

THIRTEENTH_GROUP: tuple[FreeformPlan, ...] = (*THIRTEENTH_GROUP_J, *THIRTEENTH_GROUP_K)

# Fourteenth group, letter L: headings as "1、" with "（1）", "（一）", "第一节", "壹、" and "第一部分"; types as ticked boxes
# and "申报类别：第三类"; 单位性质 written as 民营企业/国有控股企业/事业单位/新型研发机构/社会团体 with merged cells; a lead
# with its stock code and a "（中国）有限公司" member; budgets with 合计 first, as a source-by-use matrix or in ¥ 元; a
# chair from a university, a bank loan and 区级配套 outweighing enterprise money, a subsidiary of a 附件3 lead claiming
# 类型三, no university or institute among the members, a stated total above its parts, four active projects and a
# date in Chinese numerals after the deadline; written from the notice alone, labelled before review.
FOURTEENTH_GROUP_L: tuple[FreeformPlan, ...] = (
    siphotonics_binjiang.PLAN,
    superalloy_xiaoshan.PLAN,
    controlvalve_linping.PLAN,
    separator_fuyang.PLAN,
    privacycompute_gongshu.PLAN,
    nanocalcium_jiande.PLAN,
)

FOURTEENTH_GROUP: tuple[FreeformPlan, ...] = (*FOURTEENTH_GROUP_L,)

# Fifteenth group, letter M: headings as "一．" (full-width dot), "Ⅰ、", "（壹）" and "第1章"; a type and field given only in a
# filled-in 附件4 row at the end, a type given only as "申报对象第2项", members only under short names in a table, only in a
# per-unit self-funding table or as "产/学/研/用" positions, "到‘十四五’末" goals with a "第一年…第三年" schedule and budget,
# dates as "2022-11-15" and "2022/11/15"; government subsidies counted inside "企业投入", a field outside the fifteen
# ("现代轻工"), no application type at all, no "背景与意义" section and a date after the deadline; written from the
# notice alone, labelled before review.
FIFTEENTH_GROUP_M: tuple[FreeformPlan, ...] = (
    cochlear_shangcheng.PLAN,
    chiplet_qiantang.PLAN,
    penmaterial_tonglu.PLAN,
    speech_yuhang.PLAN,
    camellia_chunan.PLAN,
    diecast_xiaoshan.PLAN,
)

FIFTEENTH_GROUP: tuple[FreeformPlan, ...] = (*FIFTEENTH_GROUP_M,)

# Sixteenth group, letter N: a plan written as prose with no table at all, its name and type only in the title line and its
# district only as "杭州钱江经济开发区" (临平区); headings as bracketed bold lines "【进度安排】", tasks as "一是…四是…" inside a
# paragraph, a one-paragraph "2023年：…；2024年：…；2025年：…" schedule, "技术专家组" and "首席技术专家"; the old address
# "杭州市江干区下沙街道" (钱塘区); members whose kind only their name tells (眼科医院, 行业协会, 研究会, 产业联盟), a 有限合伙
# fund and a university-hosted 省重点实验室 that is a platform, not a member; two "合作单位" leaving four members, a chair
# from the lead's parent group, a fund's equity counted as "企业投入", a lead still "正在申报" 科技小巨人, no 进度安排 section
# and a date one day after the deadline; written from the notice alone, labelled before review.
SIXTEENTH_GROUP_N: tuple[FreeformPlan, ...] = (
    bloodpurify_linping.PLAN,
    terahertz_qiantang.PLAN,
    ccus_xiaoshan.PLAN,
    arwaveguide_xihu.PLAN,
)

SIXTEENTH_GROUP: tuple[FreeformPlan, ...] = (*SIXTEENTH_GROUP_N,)

# Seventeenth group, letter O: members split over three tables (企业/高校院所/服务机构) whose kinds only the table titles
# give, a type written "三类" with its 附件3 lead named by a short name, governance as "第一条…第八条", a task table with
# 牵头单位/参与单位/考核指标 and a 元 budget with thousands separators (clean); a LibreOffice PDF with a running page header,
# a rotating chair and an intent letter to be signed only after approval; tasks "另行凝练" with a council of three
# enterprises; no 组织架构与运行机制 section (the council only under 四、's "组织保障") with IP "另行约定"; a lead that is
# only a 省"隐形冠军" with 科技小巨人 said of a member; written from the notice alone, labelled before review.
SEVENTEENTH_GROUP_O: tuple[FreeformPlan, ...] = (
    analyzer_binjiang.PLAN,
    strawberry_jiande.PLAN,
    formation_linan.PLAN,
    preform_fuyang.PLAN,
    ultrasonic_tonglu.PLAN,
)

SEVENTEENTH_GROUP: tuple[FreeformPlan, ...] = (*SEVENTEENTH_GROUP_O,)

# Eighteenth group, letter P: a software firm's "01 背景与意义" headings with a 单位性质 column merged over rows, a budget by
# task and year with its sources only as "占64%" and one "省市区三级财政" figure, and a "2023Q1—Q2" schedule (clean); the
# lead's own 分公司 listed as a fifth member and a 落款 in a closing signature table later than the cover's date; 类型一
# claimed on a 榜单 that a member, not the lead, won, with "成员单位自筹" that includes a university and an institute; an
# intent letter one member has not signed (shown only in the member table's last column) and four active 尖兵/领雁
# projects only countable from a project table; six top-level sections with 目标 and 任务 split, a university and its
# own-named 研究院 as two members (clean); written from the notice alone, labelled before review.
EIGHTEENTH_GROUP_P: tuple[FreeformPlan, ...] = (
    cae_binjiang.PLAN,
    cable_xiaoshan.PLAN,
    bioprocess_qiantang.PLAN,
    beidou_yuhang.PLAN,
    flyash_gongshu.PLAN,
)

EIGHTEENTH_GROUP: tuple[FreeformPlan, ...] = (*EIGHTEENTH_GROUP_P,)

# Nineteenth group, letter Q: an enterprise office's reworded section titles ("二、建设目标及重点任务""三、组织管理体系"), a
# 管理委员会 and a 首席专家, a per-member self-funding table in 万元 beside a yearly table in 元 (clean); a 类型三 lead written
# only by its new name, the 附件3 name appearing as its former name, with the district only as "西兴街道" and the
# schedule only as "（三）进度保障" under 四、; a lead that is only a national 专精特新"小巨人" and a per-member budget table
# putting the government funds under the enterprises' names so that the government share exceeds the enterprises' own;
# members called 牵头方/参与方/支撑方, with the intent letter and the council covering only 牵头方 and 参与方; written from the
# notice alone, labelled before review.
NINETEENTH_GROUP_Q: tuple[FreeformPlan, ...] = (
    solidstate_linping.PLAN,
    watergrid_binjiang.PLAN,
    fragrance_jiande.PLAN,
    rehab_xihu.PLAN,
)

NINETEENTH_GROUP: tuple[FreeformPlan, ...] = (*NINETEENTH_GROUP_Q,)

# Twentieth group, letter R: a plan copied out of a PDF into Word (every PDF line a hard-return paragraph, the member table
# pasted as space-separated lines, page numbers between the lines, a two-digit year "22年11月16日") whose lead is only on
# the 科技小巨人 培育名单; a hand-typed 目录 with dot leaders that lists a 附件2 进度计划表 the plan does not carry, so that
# "五、进度安排" is one sentence pointing to it; a district template whose "（编写提示：…）" lines were left in, a council
# of 理事长单位/副理事长单位/理事单位 chaired by the lead's 技术负责人 and no 首席科学家 outside the hints; a member table
# split by hand into 表1 and 续表1 whose seventh row is a university still "待定"; written from the notice alone,
# labelled before review.
TWENTIETH_GROUP_R: tuple[FreeformPlan, ...] = (
    eboat_chunan.PLAN,
    quartz_tonglu.PLAN,
    pipegallery_gongshu.PLAN,
    autolens_linan.PLAN,
)

TWENTIETH_GROUP: tuple[FreeformPlan, ...] = (*TWENTIETH_GROUP_R,)

# Twenty-first group, letter S: whole-document layout and forms. A cover that is a two-column 申报表 with tick boxes for the
# lead's standing, the type and all fifteen fields (one ticked), whose 申报类型 row has no box ticked and no wording
# elsewhere fixes the type; a plan whose five parts are each a one-column boxed table (title row, then one cell holding the
# text and nested tables) with 经费 boxed before 组织 and renumbered; a four-column 基本情况表 repeating the facts, whose
# "企业自筹占比 60%" was left from an earlier total while the 亿元 tables give 0.60 of 1.25 (48%); a plan with a closing
# page of member seals and the recommender's opinion, copied from a five-year plan with goals only "到2027年";
# written from the notice alone, labelled before review.
TWENTY_FIRST_GROUP_S: tuple[FreeformPlan, ...] = (
    aerothermal_qiantang.PLAN,
    metagenome_shangcheng.PLAN,
    silk_yuhang.PLAN,
    lighting_xiaoshan.PLAN,
)

TWENTY_FIRST_GROUP: tuple[FreeformPlan, ...] = (*TWENTY_FIRST_GROUP_S,)

# Twenty-second group, letter T: real Word features that offices leave in a document as Word shows it. A 修改稿 sent back
# with its tracked changes unaccepted and the district reviewer's margin comments (and the clerk's answers) still in
# comments.xml, whose final view cuts 企业自筹 to 46% and whose 组建意向书 is claimed only in a reply comment; a plan that
# cites its facts in endnotes (i, ii, iii…) under a running header and a "第 X 页 共 Y 页" footer of PAGE/NUMPAGES fields,
# where an endnote adds two 在研 领雁 projects to the body's two 尖兵 ones (.doc); headings numbered by a list linked to the
# Heading 1/2 styles in styles.xml, and a 组织架构图 drawn in floating text boxes (DrawingML with a VML fallback) that alone
# says who sits on the council — three of seven units; a district form template whose cover is all content controls
# (check boxes showing ☒, a drop-down of the fifteen fields, an unfilled placeholder, date pickers dated 11月21日) before a
# Word TOC field; written from the notice alone, labelled before review.
TWENTY_SECOND_GROUP_T: tuple[FreeformPlan, ...] = (
    videocodec_binjiang.PLAN,
    cryoem_xihu.PLAN,
    microgrid_fuyang.PLAN,
    nonwoven_linping.PLAN,
)

TWENTY_SECOND_GROUP: tuple[FreeformPlan, ...] = (*TWENTY_SECOND_GROUP_T,)

# Twenty-third group, letter U: numbers, amounts, dates and counts the way Chinese offices write them. A PDF whose
# members are "1+6家" and whose per-unit amounts are Chinese numerals (三千二百万元…) that add up to 46.7% enterprise
# money under a claimed "企业投入过半""六成以上" that counts an industry fund's equity; an RTF written all in Chinese
# numerals (二〇二三年, 约三分之二, 六成以上) whose "1+3+N" consortium names only four units, the N co-operatives being
# no members; a .docx with a type-1 揭榜 sentence dated 二〇二三年度, a member table numbered 一、二、三…, a source table in
# 元 with thousands separators, two 在研 尖兵 and two 领雁 projects in words (four) and a 落款 二○二二年十一月二十一日
# written with "○"; a clean .wps whose budget table is in 千元, whose goal is "到‘十四五’末" of a 2023至2025年 term and
# whose 落款 is in full-width digits; written from the notice alone, labelled before review.
TWENTY_THIRD_GROUP_U: tuple[FreeformPlan, ...] = (
    cgm_qiantang.PLAN,
    hickory_linan.PLAN,
    cim_yuhang.PLAN,
    fluoro_jiande.PLAN,
)

TWENTY_THIRD_GROUP: tuple[FreeformPlan, ...] = (*TWENTY_THIRD_GROUP_U,)

# Twenty-fourth group, letter V: outline and heading conventions of other offices, and facts away from where a template
# puts them. Run-in headings closed by a full stop ("一、…。" going on in the same paragraph) with 组织 and 经费 merged into
# one part, the 申报类型 only in a 编制说明 before the text, the district only in the 推荐单位 line after the 落款, and
# 企业自筹 "占总投入的一半" (exactly 50%); Arabic 1./1.1/1.1.1 headings after a 前言 whose fifth part is 预期成效与风险应对
# (no 进度安排 anywhere; the yearly budget only in a 附表 after the 落款, .pdf); every part renamed as a project application
# names it (立项依据/建设内容与目标/管理体制/资金来源/年度计划), the field only in a heading's brackets, the members only
# in a 附表 after the 落款 and the source split only in the 年度计划 table (.doc, no violation); the outline split into ten
# parts with an extra 合作基础 whose bullet list holds four 在研 尖兵/领雁 projects, and a council of three of seven units;
# written from the notice alone, labelled before review.
TWENTY_FOURTH_GROUP_V: tuple[FreeformPlan, ...] = (
    infrared_shangcheng.PLAN,
    inhaler_qiantang.PLAN,
    vocs_tonglu.PLAN,
    pigbreed_jiande.PLAN,
)

TWENTY_FOURTH_GROUP: tuple[FreeformPlan, ...] = (*TWENTY_FOURTH_GROUP_V,)

# Twenty-fifth group, letter W: tables that carry the facts, as an enterprise's 申报 office fills forms. A clean plan whose
# 基本信息表 has a vertically merged 牵头单位 cell over four sub-rows, a member × source budget with a two-row header
# (自筹资金 over 企业/高校院所及机构, 财政资金 over 省级/市级/区县) in 万元 with decimals, a 现状值/2023/2024/2025 target
# table and a council seat table; a .doc whose budget, in blocks by kind under a merged 类别 column, puts a 新型研发机构
# (民办非企业单位 in the member table) inside the 企业 block so that 企业小计 shows 53% where the enterprises give 45%; tables
# split by hand at page breaks (续表1, 续表2) whose continued member table lists a member's own 分公司 as the fifth unit;
# a member table with no kind column (kinds from names and a note under it), a council seat table of six rows that leaves
# out one of six members, and a two-row-header Gantt table ticking quarters of 2023 and 2024 only; written from the
# notice alone, labelled before review.
TWENTY_FIFTH_GROUP_W: tuple[FreeformPlan, ...] = (
    hjt_linan.PLAN,
    coating_jiande.PLAN,
    ecg_yuhang.PLAN,
    icssec_gongshu.PLAN,
)

TWENTY_FIFTH_GROUP: tuple[FreeformPlan, ...] = (*TWENTY_FIFTH_GROUP_W,)

# Twenty-sixth group, letter X: hedged, conditional, negated and promised statements, where a careless reviewer ticks
# "yes". A clean plan whose every hedge still complies ("力争到2025年", "不低于", a council formally constituted "获批后"
# but already composed, an expert committee "拟聘请", a testing institute that "不作为成员单位", projects "除已结题…外",
# another alliance's rotating chair "本联合体不沿用"); a type-1 plan whose lead has only "申报揭榜" the 2023 consortium list
# ("正在专家评审中") beside a 2022 领雁 揭榜 and a member's 2021 揭榜, with "不另设专家咨询委员会" and a chief scientist
# "正在遴选" (post set); a type-3 .doc promising "成员企业自筹原则上不低于总投入的50%" over a table at 47.1% and a council
# of "除…外，其余成员单位负责人均为理事"; a plan whose 组建意向书 is "文本已经各方确认，待…签字盖章" and whose 理事长 is
# "暂由…分管研发的副总经理代理"; written from the notice alone, labelled before review.
TWENTY_SIXTH_GROUP_X: tuple[FreeformPlan, ...] = (
    heatpump_xiaoshan.PLAN,
    fpga_binjiang.PLAN,
    multimodal_yuhang.PLAN,
    usprobe_fuyang.PLAN,
)

TWENTY_SIXTH_GROUP: tuple[FreeformPlan, ...] = (*TWENTY_SIXTH_GROUP_X,)

# Twenty-seventh group, letter Y: typography and keyboard noise as offices type it (full-width digits with half-width
# marks, spaced-out names and headings, manual line breaks in cells, NBSP and zero-width spaces, traditional characters,
# "~" ranges, "万元万元", dates "２０２２．１１．１５" "2022.11.21" "22-11-16"); written from the notice alone, labelled before review.
TWENTY_SEVENTH_GROUP_Y: tuple[FreeformPlan, ...] = (
    gan_binjiang.PLAN,
    sewing_linping.PLAN,
    emc_xiaoshan.PLAN,
    stapler_tonglu.PLAN,
)

TWENTY_SEVENTH_GROUP: tuple[FreeformPlan, ...] = (*TWENTY_SEVENTH_GROUP_Y,)

# Twenty-eighth group, letter Z: units whose name suggests one kind and whose description makes them another (a company
# controlled by 浙江大学 with "浙大…研究院有限公司" as the only would-be academic member, a "研究院有限公司" that is a private
# firm, a 省实验室, a 学会, a hospital, a "…实验室有限公司" medical lab), and leads whose status sounds right but is not (a
# "科技领军企业培育库" entrant whose parent is a 科技领军企业, a 附件3 company's subsidiary leading a type-3 plan with the
# parent's chairman as 理事长); renamed members ("原名…"); written from the notice alone, labelled before review.
TWENTY_EIGHTH_GROUP_Z: tuple[FreeformPlan, ...] = (
    proteomics_xihu.PLAN,
    thermoplastic_fuyang.PLAN,
    cobot_qiantang.PLAN,
    fluororubber_jiande.PLAN,
)

TWENTY_EIGHTH_GROUP: tuple[FreeformPlan, ...] = (*TWENTY_EIGHTH_GROUP_Z,)

# Twenty-ninth group, letters AA: money, shares and counts right at the thresholds as finance staff write them (a total
# in 亿元 over a table in 元 with thousands separators and enterprise self-funding at 50.3% never stated; exactly 50% called
# "企业投入为主体"; a stated "企业投入占比60%" that counts an industrial fund's equity investment; a "5家单位" list with a member's
# 分公司; yearly amounts that miss the total; 4 projects of which one "已验收"; a 2023—2025 target over a two-year schedule;
# a 落款 on the deadline day); written from the notice alone, labelled before review.
TWENTY_NINTH_GROUP_AA: tuple[FreeformPlan, ...] = (
    inverter_fuyang.PLAN,
    polyimide_qiantang.PLAN,
    kgraph_yuhang.PLAN,
    cementkiln_jiande.PLAN,
)

TWENTY_NINTH_GROUP: tuple[FreeformPlan, ...] = (*TWENTY_NINTH_GROUP_AA,)

# Thirtieth group, letters AB: plans full of organisation names that are not members (示范应用单位, suppliers and
# users of the chain, foreign competitors in Chinese and English, past partners, banks and funds, "后续拟吸纳" units,
# a member's own 省重点实验室/企业研究院, the lead's 母公司, 推荐/指导单位, another consortium, council observers);
# written from the notice alone, labelled before review.
THIRTIETH_GROUP_AB: tuple[FreeformPlan, ...] = (
    distgrid_linan.PLAN,
    utg_fuyang.PLAN,
    chemilum_shangcheng.PLAN,
    mmwave_xihu.PLAN,
)

THIRTIETH_GROUP: tuple[FreeformPlan, ...] = (*THIRTIETH_GROUP_AB,)

# Thirty-first group, letters AC: goals, tasks and schedules as real plans write them (indicators only in a
# 指标名称/现状/2025年目标 table, the 项目群 called 任务包/攻关方向群/技术路线图中的子项目, a Gantt table of ticks per year,
# a 第一年/第二年/第三年 schedule without calendar years, goals all qualitative, 近期（2023—2024年）and 中长期（到2030年）goals
# with no three-year goal, a quarter table that ends "2024年底前全面完成" under a 2025 goal); written from the notice alone,
# labelled before review.
THIRTY_FIRST_GROUP_AC: tuple[FreeformPlan, ...] = (
    ultrafast_binjiang.PLAN,
    roadside_gongshu.PLAN,
    windbearing_xiaoshan.PLAN,
    honeycomb_tonglu.PLAN,
)

THIRTY_FIRST_GROUP: tuple[FreeformPlan, ...] = (*THIRTY_FIRST_GROUP_AC,)

# Thirty-second group, letters AD: how a plan states its 申报类型 and how its lead qualifies — a 类型一 resting on the
# 2022年度 (not 2023年度) 创新联合体攻关任务榜单 and a 市级“揭榜挂帅”榜单, a 类型二 lead that is only a 市级“科技小巨人” whose
# 集团 is the 省科技领军企业, a 类型三 lead claiming a place on 附件3 that the list does not give it, and a clean 类型一
# known only from a 榜单编号 and “揭榜挂帅” wording; written from the notice alone, labelled before review.
THIRTY_SECOND_GROUP_AD: tuple[FreeformPlan, ...] = (
    electrolyzer_qiantang.PLAN,
    adhesive_linping.PLAN,
    trustdata_shangcheng.PLAN,
    grating_linan.PLAN,
)

THIRTY_SECOND_GROUP: tuple[FreeformPlan, ...] = (*THIRTY_SECOND_GROUP_AD,)

FREEFORM_PLANS: tuple[FreeformPlan, ...] = (
    hydrogen_gongshu.PLAN,
    endoscope_tonglu.PLAN,
    silicone_jiande.PLAN,
    genomics_linan.PLAN,
    water_chunan.PLAN,
    vision_gongshu.PLAN,
    sic_linan.PLAN,
    aviation_jiande.PLAN,
    intelligent_binjiang.PLAN,
    adc_qiantang.PLAN,
    chassis_xiaoshan.PLAN,
    crypto_shangcheng.PLAN,
    protein_xihu.PLAN,
    liquidcool_fuyang.PLAN,
    textile_linping.PLAN,
    logistics_yuhang.PLAN,
    sorting_tonglu.PLAN,
    fish_chunan.PLAN,
    fibersensor_linan.PLAN,
    pesticide_jiande.PLAN,
    imaging_shangcheng.PLAN,
    elevator_gongshu.PLAN,
    ct_yuhang.PLAN,
    celltherapy_qiantang.PLAN,
    optical_fuyang.PLAN,
    catalysis_gongshu.PLAN,
    servo_linan.PLAN,
    turbine_fuyang.PLAN,
    display_binjiang.PLAN,
    lidar_xiaoshan.PLAN,
    paper_linping.PLAN,
    dressing_yuhang.PLAN,
    *SEVENTH_GROUP,
    *EIGHTH_GROUP,
    *NINTH_GROUP,
    *TENTH_GROUP,
    *ELEVENTH_GROUP,
    *TWELFTH_GROUP,
    *THIRTEENTH_GROUP,
    *FOURTEENTH_GROUP,
    *FIFTEENTH_GROUP,
    *SIXTEENTH_GROUP,
    *SEVENTEENTH_GROUP,
    *EIGHTEENTH_GROUP,
    *NINETEENTH_GROUP,
    *TWENTIETH_GROUP,
    *TWENTY_FIRST_GROUP,
    *TWENTY_SECOND_GROUP,
    *TWENTY_THIRD_GROUP,
    *TWENTY_FOURTH_GROUP,
    *TWENTY_FIFTH_GROUP,
    *TWENTY_SIXTH_GROUP,
    *TWENTY_SEVENTH_GROUP,
    *TWENTY_EIGHTH_GROUP,
    *TWENTY_NINTH_GROUP,
    *THIRTIETH_GROUP,
    *THIRTY_FIRST_GROUP,
    *THIRTY_SECOND_GROUP,
)
