"""The held-out style plans, in the order they are written."""

from __future__ import annotations

from . import (
    adc_qiantang,
    aviation_jiande,
    chassis_xiaoshan,
    crypto_shangcheng,
    elevator_gongshu,
    endoscope_tonglu,
    fibersensor_linan,
    fish_chunan,
    genomics_linan,
    hydrogen_gongshu,
    imaging_shangcheng,
    intelligent_binjiang,
    liquidcool_fuyang,
    logistics_yuhang,
    pesticide_jiande,
    protein_xihu,
    sic_linan,
    silicone_jiande,
    sorting_tonglu,
    textile_linping,
    vision_gongshu,
    water_chunan,
)
from .model import FreeformPlan

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
)
