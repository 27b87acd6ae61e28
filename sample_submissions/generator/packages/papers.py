"""The papers one office signs alone: the lead's 诚信承诺书 and a district office's cover note (说明)."""

from __future__ import annotations

from docx.shared import Pt

from .model import Commitment, Consortium
from .office import docx_bytes, line, new_document, title

NUMERALS = "一二三四五六七八九十"


def commitment_docx(consortium: Consortium, commitment: Commitment, legal_rep: str | None) -> bytes:
    """The lead's 诚信承诺书 for the package."""
    document = new_document()
    title(document, "诚信承诺书")
    line(document, "杭州市科学技术局：", indent=False)
    line(document, f"我单位作为{consortium.name}的牵头单位，对报送的《{consortium.name}实施方案》及相关材料郑重承诺如下：")
    for number, text in enumerate((
        "所报送的实施方案、组建意向书及其他申报材料内容真实、准确、完整，不存在弄虚作假、抄袭剽窃等行为；",
        "牵头单位及各成员单位近三年内无严重违法失信行为，未被列入严重失信主体名单；",
        "严格遵守国家和省有关科技计划项目及资金管理规定，按实施方案足额落实自筹经费，专款专用；",
        "自觉接受科技管理部门的监督检查和年度评价，如有违反，愿意承担相应责任。",
    )):
        line(document, f"{NUMERALS[number]}、{text}")
    for _ in range(2):
        document.add_paragraph()
    line(document, f"牵头单位（盖章）：{consortium.lead}", indent=False, align="right", space_after=12)
    line(document, f"法定代表人（签字）：{legal_rep or ''}", indent=False, align="right", space_after=12)
    line(document, commitment.date, indent=False, align="right")
    return docx_bytes(document)


def cover_note_docx(office: str, plans: list[tuple[str, str]], contact: str, date: str) -> bytes:
    """A district office's 说明 forwarding its plans: ``plans`` are (consortium, lead) pairs."""
    document = new_document()
    title(document, "关于报送2022年度省级创新联合体实施方案的说明")
    line(document, "杭州市科学技术局高新处：", indent=False)
    line(document, "根据《杭州市科学技术局关于组织开展2022年省级创新联合体组建与申报工作的通知》要求，我局组织辖区"
         "企业开展了创新联合体组建与申报工作。经审核，现推荐以下" + f"{len(plans)}个创新联合体，"
         "报送其实施方案整套材料（电子版）：")
    for number, (name, lead) in enumerate(plans, 1):
        line(document, f"{number}. {name}（牵头单位：{lead}）")
    line(document, "各创新联合体的实施方案、组建意向书和诚信承诺书已分别放在以联合体名称命名的文件夹中，"
         "未单独建文件夹的为实施方案电子版。")
    line(document, contact)
    document.add_paragraph()
    line(document, office, indent=False, align="right", space_after=6)
    paragraph = line(document, date, indent=False, align="right")
    paragraph.paragraph_format.space_before = Pt(0)
    return docx_bytes(document)
