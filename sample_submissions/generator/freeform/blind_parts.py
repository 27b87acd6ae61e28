"""Shared pieces of the seventh group's plans: the paragraphs every plan must carry in some form (three-year goals,
project group, intent letter, IP sharing, yearly schedule), each in a few wordings so the plans do not read alike."""

from __future__ import annotations

from .model import Para


def goals(targets: str, tasks: str) -> tuple[Para, Para]:
    """A three-year goal paragraph with measurable targets, and a task paragraph that plans a project group."""
    return (Para(f"到2025年，{targets}。"),
            Para(f"围绕上述目标，凝练以下重大攻关任务，形成“项目群”协同推进：{tasks}。"))


def mechanism(style: int) -> Para:
    """The intent letter and the 共建共享 IP system, in one of three office wordings."""
    texts = (
        "各成员单位已签订组建意向书，明确各方任务分工、权利和义务。联合体建立“共建共享”的知识产权管理制度，"
        "联合攻关形成的知识产权由参与单位共有，成员单位在联合体内优先、免费使用。",
        "联合体成员已共同签署组建意向书，对任务分工、权利义务作出约定；知识产权实行共建共享，"
        "签订知识产权管理协议，共同投入形成的成果由投入各方共有，收益按约定比例分享。",
        "组建意向书已由全体成员单位盖章签署，写明任务分工和权利义务。联合体制定《知识产权共建共享管理办法》，"
        "背景知识产权有偿许可，联合研发成果共建共享。",
    )
    return Para(texts[style % len(texts)])


def yearly(first: str, second: str, third: str) -> tuple[Para, Para, Para]:
    """A schedule covering 2023, 2024 and 2025."""
    return (Para(f"2023年：{first}。"), Para(f"2024年：{second}。"), Para(f"2025年：{third}。"))


def management() -> Para:
    """How the consortium runs day to day: task books, yearly review, data and equipment sharing."""
    return Para("联合体实行任务书管理，理事会每年组织一次任务进展和经费使用情况的考核，考核结果作为下一年度任务调整和"
                "经费安排的依据；考核不合格的任务承担单位，由理事会责令整改或调整任务。成员单位的大型科研仪器、中试线、"
                "测试验证平台和行业数据在联合体内部开放共享，按成本价收取使用费；联合体建立人才双向流动机制，"
                "企业工程师可到高校院所担任兼职导师，高校院所科研人员可到企业开展技术攻关，成果转化收益按贡献分配。")


def safeguards(office: str) -> Para:
    """The funding safeguards: a separate account, the lead's written pledge, the district's policy support."""
    return Para(f"保障措施：联合体经费实行专账管理、单独核算，财政资金严格按照省级科技计划项目资金管理办法使用；"
                f"牵头单位对自筹资金按年度足额到位作出书面承诺，其他成员单位的自筹资金在任务书中逐项落实；{office}"
                "在研发用房、人才引进、首台套推广和金融服务等方面给予政策支持；联合体每半年向推荐单位报送一次经费"
                "使用和任务进展情况，接受审计和绩效评价。")


def risks() -> Para:
    """The risks the plan foresees and how it answers them."""
    return Para("风险与应对：一是技术风险，关键技术攻关可能达不到预期指标，联合体对每项任务设置两条以上技术路线，"
                "并在中期评估时择优调整；二是市场风险，新产品进入市场需要较长的验证周期，联合体内部的用户单位承诺"
                "优先开展示范应用，并共同制定产品标准；三是管理风险，成员单位多、协调难度大，联合体通过理事会议事规则、"
                "秘书处日常协调和信息化管理平台，保证任务按计划推进；四是资金风险，牵头单位设立风险准备金，"
                "确保自筹资金不因市场波动而中断。")


def indicators(text: str) -> Para:
    """The measurable indicators of the three-year goals, in the plan's own words."""
    return Para(f"考核指标：{text}")


def prospects(industry: str) -> Para:
    """The expected results for the industry once the three years are done."""
    return Para(f"预期成效：通过三年联合攻关，突破{industry}领域一批关键核心技术，形成具有自主知识产权的核心产品和成套"
                "解决方案，打破国外企业在高端市场的垄断；培养一支由领军人才、青年骨干和高技能工程师组成的创新团队，"
                "引进和培育高层次人才30名以上；带动联合体内中小企业技术升级，培育省级专精特新中小企业5家以上；"
                "形成一批团体标准和行业标准，提升我省在该领域的话语权；探索形成“龙头企业出题、高校院所答题、"
                "上下游企业协同、市场检验成效”的创新联合体运行模式，为全省创新联合体建设提供可复制的经验。")
