"""Units and wordings several sample plans share, so batch checks (same lead, shared members) have something to find."""

from __future__ import annotations

from .model import Budget, Governance, Member, Task

M, T, B, G = Member, Task, Budget, Governance

TYPE2 = "申报类型：类型二（省科技领军企业、科技小巨人牵头组建的杭州市企业创新联合体）"
TYPE3 = "申报类型：类型三（2022年度已获得省科技厅支持的项目型创新联合体）"

JINGGONG = M("杭州精工数控科技股份有限公司", "enterprise", "科技领军企业", "杭州市余杭区", "陈国栋", "董事长",
             "总体设计与系统集成，牵头五轴联动数控系统研发")
HENGRUI = M("杭州恒锐伺服电机有限公司", "enterprise", "骨干企业", "杭州市余杭区", "王立群", "总经理",
            "高性能伺服电机与驱动器研制")
HENGZHENG = M("杭州衡正检测技术有限公司", "service", "检验检测机构", "杭州市余杭区", "赵雅琴", "总经理",
              "整机精度检测、可靠性试验与第三方评价")
NIMTE = M("中国科学院宁波材料技术与工程研究所", "institute", "科研院所", "宁波市镇海区", "林海涛", "副所长",
          "关键材料制备与表征")

