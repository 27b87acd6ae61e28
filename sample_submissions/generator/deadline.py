"""The submission.deadline label of every sample plan, by consortium: read off each plan's own date line.

The notice's deadline is 11月18日 (2022). A plan dated on a day after it is ``warn``; dated on or before it
(or in an earlier month) ``pass``; a plan that gives only "2022年11月" or no date at all leaves a reviewer to
decide (``manual``), which is the default here.
"""

from __future__ import annotations

DEFAULT = "manual"
LABELS = {
    "浙江省智能仓储物流装备创新联合体": "pass",  # 2022年11月12日
    "浙江省固废资源化利用创新联合体": "pass",  # 2022年11月16日
    "浙江省高速光通信芯片与器件创新联合体": "pass",  # 2022年11月14日
    "浙江省绿色催化与精细化学品创新联合体": "pass",  # 二〇二二年十一月十日
    "浙江省新型储能系统创新联合体": "pass",  # 2022年11月15日
    "浙江省抗体偶联药物创新联合体": "pass",  # 编制日期：2022年11月10日
    "浙江省车载激光雷达创新联合体": "warn",  # 2022年11月25日, after the deadline
    "浙江省神经调控与脑机交互创新联合体": "pass",  # 填报日期 2022年11月14日
    "浙江省工业酶结构设计与绿色生物制造创新联合体": "warn",  # 填报日期 2022年11月21日, after the deadline
    "浙江省云原生操作系统与算力调度创新联合体": "pass",  # 填报日期 2022年11月16日
    "浙江省集成电路电子化学品创新联合体": "pass",  # 2022年11月10日
    "浙江省骨科手术机器人创新联合体": "warn",  # 二〇二二年十一月二十一日, after the deadline
    "浙江省低轨卫星通信终端创新联合体": "pass",  # 编制日期：２０２２年１１月１６日 (full-width digits)
    "浙江省海洋工程重防腐涂层创新联合体": "pass",  # 二〇二二年十一月八日
    "浙江省多肽药物创制创新联合体": "pass",  # 2022年11月17日
    "浙江省智能网联汽车域控制器创新联合体": "pass",  # 编制日期：2022年11月15日
    "浙江省工业数据安全创新联合体": "pass",  # 填报日期 2022年11月11日 (cover form)
    "浙江省生物基聚乳酸材料创新联合体": "pass",  # 二〇二二年十一月十七日
    "浙江省氢能储运装备创新联合体": "pass",  # 编制日期：2022年11月9日
    "浙江省多维感知智能视觉创新联合体": "warn",  # 2022年11月22日, after the deadline
    "浙江省高性能碳纤维复合材料创新联合体": "pass",  # 编制日期、落款 2022年11月16日
    "浙江省废旧纺织品高值化再生创新联合体": "pass",  # 编制日期、落款 2022年11月14日
    "浙江省工程机械电液控制创新联合体": "pass",  # 成文日期 2022年11月16日
    "浙江省核酸药物创新联合体": "pass",  # 2022年11月10日
    "浙江省高分子助剂绿色制造创新联合体": "pass",  # 2022年11月15日
    "浙江省设施蔬菜生物育种创新联合体": "pass",  # 2022年11月17日
    "浙江省MEMS传感芯片创新联合体": "pass",  # 日期：2022年11月11日 (cover only)
    "浙江省金融大数据智能风控创新联合体": "pass",  # 2022年11月18日, the deadline day itself
    "浙江省高端电子陶瓷基板创新联合体": "pass",  # 二〇二二年十一月八日
    "浙江省元宇宙虚实交互引擎创新联合体": "pass",  # 填报日期 2022年11月16日 (cover form)
    "浙江省钙钛矿叠层光伏电池创新联合体": "pass",  # 编制日期、落款 2022年11月15日
    "浙江省兽用疫苗与动物疫病防控创新联合体": "pass",  # 2022年11月14日
    "浙江省医用高分子耗材创新联合体": "warn",  # ２０２２年１１月２３日 (full-width digits), after the deadline
    "浙江省新能源汽车热管理系统创新联合体": "pass",  # 2022.11.17
    "浙江省低碳再生建材创新联合体": "pass",  # 2022年11月10日
    "浙江省丘陵山区智能农机装备创新联合体": "pass",  # 2022年11月17日
    "浙江省单细胞多组学检测创新联合体": "pass",  # 二〇二二年十一月十二日
    "浙江省硅光集成与高速光互连芯片创新联合体": "pass",  # 2022年11月15日
    "浙江省航空发动机高温合金精密铸件创新联合体": "pass",  # 二〇二二年十一月十六日
    "浙江省流程工业智能控制阀创新联合体": "manual",  # 2022年11月, month only
    "浙江省锂电隔膜功能材料创新联合体": "pass",  # 2022年11月14日
    "浙江省隐私计算与数据要素流通创新联合体": "pass",  # 二〇二二年十一月十一日
    "浙江省纳米碳酸钙功能填料创新联合体": "warn",  # 二〇二二年十一月二十八日, after the deadline
}
MODIFIED_COPY_LABEL = "pass"  # the 修改稿 resubmission of 车规级碳化硅功率器件 is dated 2022年10月


def deadline_label(consortium: str) -> str:
    return LABELS.get(consortium, DEFAULT)
