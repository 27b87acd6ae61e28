"""Real .docx files for the reader tests, written with python-docx and its oxml helpers.

Word features python-docx cannot author directly (auto-numbering, text boxes,
tracked changes, fields) are written as the WordprocessingML Word itself
saves, so the reader meets the same XML a clerk's file would contain.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W_DECL = nsdecls("w")
RT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCX_MAIN = CT.WML_DOCUMENT_MAIN
BODY_SENTENCE = "联合体成员单位签订了共建协议，明确了各方的权利与义务，并按季度报送攻关进展。"

# (level, text) of auto-numbered headings, and the label Word shows for each.
NUMBERED_HEADINGS = [
    (0, "背景与意义", "一、"),
    (1, "建设背景", "（一）"),
    (1, "建设意义", "（二）"),
    (0, "目标与主要研发任务", "二、"),
    (1, "总体目标", "（一）"),
    (2, "核心技术攻关", "1."),
    (2, "成果转化", "2."),
    (0, "组织架构与运行机制", "三、"),
]


def _abstract_num(abstract_id: int, levels: list[tuple[str, str]]) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return f'<w:abstractNum {W_DECL} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'


def add_list(document, abstract_id: int, num_id: int, levels: list[tuple[str, str]], restart: bool = False) -> None:
    """Define a Word list (abstractNum + num); ``restart`` adds the startOverride Word writes for 'restart at 1'."""
    numbering = document.part.numbering_part.element
    if not any(el.get(qn("w:abstractNumId")) == str(abstract_id) for el in numbering.findall(qn("w:abstractNum"))):
        first_num = numbering.find(qn("w:num"))
        abstract = parse_xml(_abstract_num(abstract_id, levels))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    numbering.append(parse_xml(
        f'<w:num {W_DECL} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
    ))


def number_paragraph(paragraph, num_id: int, ilvl: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(parse_xml(f'<w:numPr {W_DECL}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


CHINESE_OUTLINE = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]


def numbered_outline(path: Path) -> Path:
    """Headings numbered by Word (一、（一）1.), none of the numbers typed."""
    document = DocxDocument()
    add_list(document, abstract_id=90, num_id=90, levels=CHINESE_OUTLINE)
    for level, text, _label in NUMBERED_HEADINGS:
        number_paragraph(document.add_paragraph(text), num_id=90, ilvl=level)
        document.add_paragraph(BODY_SENTENCE)
    document.save(path)
    return path


def style_numbered(path: Path) -> Path:
    """Numbering carried by a custom paragraph style, and a second list instance restarted at 1."""
    document = DocxDocument()
    add_list(document, abstract_id=91, num_id=91, levels=[("chineseCounting", "第%1部分")])
    add_list(document, abstract_id=92, num_id=92, levels=[("decimal", "%1.")])
    add_list(document, abstract_id=92, num_id=93, levels=[("decimal", "%1.")], restart=True)
    style = document.styles.add_style("方案部分标题", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_DECL}><w:numId w:val="91"/></w:numPr>'))
    document.add_paragraph("总体情况", style=style)
    for text in ("第一项任务", "第二项任务"):
        number_paragraph(document.add_paragraph(f"{text}说明，任务内容较长，超过了标题的长度，因此不应被识别为标题而是正文段落。"), 92, 0)
    document.add_paragraph("实施计划", style=style)
    number_paragraph(document.add_paragraph("重新编号的第一条说明文字，内容较长，超过了标题的长度限制，应为正文段落。"), 93, 0)
    document.save(path)
    return path


def _text_box_run(text: str) -> str:
    """A floating text box as Word 2010+ saves it: the DrawingML shape in mc:Choice, a VML copy in mc:Fallback."""
    box = f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'
    return (
        f'<w:r {nsdecls("w", "wp", "a")} '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'
    )


TEXT_BOX_TEXT = "牵头单位：杭州某某科技股份有限公司"


def text_box(path: Path) -> Path:
    document = DocxDocument()
    anchor = document.add_paragraph("封面说明：")
    anchor._p.append(parse_xml(_text_box_run(TEXT_BOX_TEXT)))
    document.add_paragraph(BODY_SENTENCE)
    document.save(path)
    return path


MEMBER_SENTENCE = "联合体由杭州某某科技股份有限公司牵头，联合浙江大学、杭州某某质量技术研究院组成。"
FOOTNOTE = "杭州某某质量技术研究院为经省市场监督管理局授权的法定检验检测机构。"
ENDNOTE = "数据来源：各成员单位2021年度财务报表。"


def _notes_part(document, kind: str):
    """footnotes.xml or endnotes.xml with Word's two separator notes (python-docx's template has neither)."""
    content_type, reltype = {"footnote": (CT.WML_FOOTNOTES, RT.FOOTNOTES), "endnote": (CT.WML_ENDNOTES, RT.ENDNOTES)}[kind]
    xml = (f'<w:{kind}s {W_DECL}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
           f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f'</w:{kind}></w:{kind}s>')
    part = XmlPart(PackURI(f"/word/{kind}s.xml"), content_type, parse_xml(xml), document.part.package)
    document.part.relate_to(part, reltype)
    return part


def add_note(document, paragraph, kind: str, text: str) -> None:
    """A superscript reference at the end of ``paragraph`` and note 1 of its kind, as Word saves them."""
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    _notes_part(document, kind).element.append(parse_xml(
        f'<w:{kind} {W_DECL} w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>'))
    paragraph._p.append(parse_xml(
        f'<w:r {W_DECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="1"/></w:r>'))


def notes(path: Path) -> Path:
    """A member sentence with a footnote on a member's name, and a budget sentence with an endnote."""
    document = DocxDocument()
    members = document.add_paragraph(MEMBER_SENTENCE)
    add_note(document, members, "footnote", FOOTNOTE)
    budget = document.add_paragraph("联合体计划总投入1.2亿元。")
    add_note(document, budget, "endnote", ENDNOTE)
    document.add_paragraph(BODY_SENTENCE)
    document.save(path)
    return path


INSERTED = "新增的研发投入共计1200万元"
DELETED = "删除的旧表述800万元"
FIELD_CODE = "HYPERLINK"
FIELD_RESULT = "详见附件"


def tracked_changes(path: Path) -> Path:
    """A paragraph with a tracked insertion, a tracked deletion, and a field (code + result)."""
    document = DocxDocument()
    p = document.add_paragraph("联合体计划")
    p._p.append(parse_xml(
        f'<w:ins {W_DECL} w:id="1" w:author="审核人" w:date="2022-11-01T00:00:00Z"><w:r><w:t>{INSERTED}</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(
        f'<w:del {W_DECL} w:id="2" w:author="审核人" w:date="2022-11-01T00:00:00Z"><w:r><w:delText>{DELETED}</w:delText></w:r></w:del>'))
    for xml in (
        '<w:r><w:t>，</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve"> {FIELD_CODE} "https://example.org" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r><w:t>{FIELD_RESULT}</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml.replace("<w:r>", f"<w:r {W_DECL}>", 1)))
    document.save(path)
    return path


def merged_table(path: Path) -> Path:
    """A 4×3 member table: a title row merged across, and a 单位性质 cell merged down two rows."""
    document = DocxDocument()
    document.add_paragraph("成员单位情况如下表所示，其中企业占多数，能够承担主要投入责任。")
    table = document.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "成员单位一览表"
    for row, (name, kind) in enumerate([("杭州甲公司", "企业"), ("杭州乙公司", "企业"), ("浙江大学", "高校")], start=1):
        table.cell(row, 0).text = str(row)
        table.cell(row, 1).text = name
        table.cell(row, 2).text = kind
    merged = table.cell(1, 2).merge(table.cell(2, 2))
    merged.text = "企业"
    nested_host = table.cell(3, 2)
    nested_host.text = "高校"
    inner = nested_host.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "牵头"
    inner.cell(0, 1).text = "否"
    document.save(path)
    return path


RUNNING_HEADER = "杭州某某创新联合体实施方案"
FOOTER_TEXT = "浙江省科学技术厅制"
TOC_ENTRIES = ["一、背景与意义……………………1", "二、目标与主要研发任务………3", "三、组织架构与运行机制………5"]


def furniture(path: Path) -> Path:
    """Running header and footer, a typed 目录 with dotted leaders, and a Word TOC field in toc styles."""
    document = DocxDocument()
    section = document.sections[0]
    section.header.paragraphs[0].text = RUNNING_HEADER
    section.footer.paragraphs[0].text = FOOTER_TEXT
    document.add_paragraph("目　录")
    for entry in TOC_ENTRIES:
        document.add_paragraph(entry)
    toc_style = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    field = document.add_paragraph(style=toc_style)
    for xml in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r><w:t>四、经费投入与保障措施</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>7</w:t></w:r>',
    ):
        for run in parse_xml(f"<w:body {W_DECL}>{xml}</w:body>"):
            field._p.append(run)
    last = document.add_paragraph()
    last._p.append(parse_xml(f'<w:r {W_DECL}><w:t>五、进度安排</w:t></w:r>'))
    last._p.append(parse_xml(f'<w:r {W_DECL}><w:fldChar w:fldCharType="end"/></w:r>'))
    document.add_heading("背景与意义", level=1)
    document.add_paragraph(BODY_SENTENCE)
    document.save(path)
    return path


def _east_asia_font(run, font: str) -> None:
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def heading_styles(path: Path) -> Path:
    """Headings marked four ways (Heading style, bold, 黑体, typed 一、) beside lines that only look similar."""
    document = DocxDocument()
    document.add_heading("组织架构与运行机制", level=2)
    document.add_paragraph().add_run("联合体理事会").bold = True
    _east_asia_font(document.add_paragraph().add_run("经费投入与保障措施"), "黑体")
    document.add_paragraph("四、进度安排")
    document.add_paragraph("（二）专家委员会")
    document.add_paragraph().add_run("本句加粗但是一个完整的句子。").bold = True
    long_bold = "联合体将围绕关键核心技术开展协同攻关并建立成果共享机制以及知识产权分配办法和收益分配制度"
    document.add_paragraph().add_run(long_bold).bold = True
    document.add_paragraph("　　" + BODY_SENTENCE + "　")
    document.add_paragraph("")
    document.add_paragraph("　　")
    document.save(path)
    return path


def typical_plan(path: Path, sections: int = 5) -> Path:
    """About five pages: a title, numbered sections with sub-sections, body text and a budget table."""
    document = DocxDocument()
    document.add_heading("杭州某某创新联合体实施方案", level=0)
    for s in range(1, sections + 1):
        document.add_heading(f"第{s}部分 方案内容", level=1)
        for sub in range(1, 4):
            document.add_heading(f"（{sub}）具体事项", level=2)
            for _ in range(3):
                document.add_paragraph(BODY_SENTENCE * 3)
    table = document.add_table(rows=6, cols=4)
    for r in range(6):
        for c in range(4):
            table.cell(r, c).text = f"{r * 100 + c}"
    document.add_paragraph(BODY_SENTENCE)  # Word 97 needs a paragraph after a closing table; LibreOffice drops it otherwise
    document.save(path)
    return path


FORM_SECTIONS = ["一、背景与意义", "二、目标与主要研发任务", "三、组织架构与运行机制", "四、经费投入与保障措施", "五、进度安排"]
FORM_MEMBERS = [["单位名称", "单位性质"], ["杭州富春光联科技股份有限公司", "企业（牵头单位）"], ["杭州电子科技大学", "高校"]]


def form_plan(path: Path) -> Path:
    """A plan laid out as a ruled two-column form: cover rows, then one row per section with its body in the right
    cell; the 三、 label is merged down over a second row whose right cell holds the nested member table. Then a
    budget table whose rows are numbered but short."""
    document = DocxDocument()
    document.add_paragraph("浙江省高速光通信芯片与器件创新联合体实施方案")
    form = document.add_table(rows=3 + len(FORM_SECTIONS), cols=2)
    form.style = "Table Grid"
    form.cell(0, 0).text, form.cell(0, 1).text = "牵头单位", "杭州富春光联科技股份有限公司"
    form.cell(1, 0).text, form.cell(1, 1).text = "推荐单位", "富阳区科学技术局"
    row = 2
    for label in FORM_SECTIONS:
        form.cell(row, 0).text = label
        body = form.cell(row, 1)
        body.text = f"{label[2:]}的说明。{BODY_SENTENCE}"
        body.add_paragraph(BODY_SENTENCE)
        if label.startswith("三"):
            form.cell(row, 0).merge(form.cell(row + 1, 0))
            row += 1
            nested = form.cell(row, 1).add_table(rows=len(FORM_MEMBERS), cols=2)
            nested.style = "Table Grid"
            for r, cells in enumerate(FORM_MEMBERS):
                for c, text in enumerate(cells):
                    nested.cell(r, c).text = text
        row += 1
    budget = document.add_table(rows=3, cols=2)
    budget.style = "Table Grid"
    for r, (label, amount) in enumerate([("一、企业自筹", "12600"), ("二、财政资金", "3000"), ("合计", "15600")]):
        budget.cell(r, 0).text, budget.cell(r, 1).text = label, amount
    document.save(path)
    return path


def _append_xml(parent, xml: str) -> None:
    """Append the WordprocessingML elements in ``xml`` (any number, ``w:`` prefix undeclared) to ``parent``."""
    for element in parse_xml(f"<w:body {W_DECL}>{xml}</w:body>"):
        parent.append(element)


def _body_before_sectpr(document, xml: str) -> None:
    """Append body-level elements before the final ``w:sectPr``, where Word keeps them."""
    sect_pr = document.element.body.find(qn("w:sectPr"))
    for element in parse_xml(f"<w:body {W_DECL}>{xml}</w:body>"):
        sect_pr.addprevious(element)


TRACK = 'w:author="审核人" w:date="2022-11-01T00:00:00Z"'
MOVED = "联合体每季度召开一次理事会。"
COMMENT = "请补充成员单位的研发投入明细。"
KEPT_ROWS = [["单位名称", "单位性质"], ["杭州甲公司", "企业"], ["浙江大学", "高校"]]
FINAL_VIEW = [
    "联合体由杭州甲公司牵头。",
    MOVED,
    "牵头单位：杭州甲公司",
    "总投入1200万元。",
    "联合体实行理事会领导下的主任负责制。",
    "成员单位见下表。",
]


def final_view(path: Path) -> Path:
    """Everything Word hides in its final view with changes accepted, beside what it shows (``FINAL_VIEW``, then
    a table of ``KEPT_ROWS``): a deleted and an inserted paragraph, text moved (moveFrom/moveTo), a deleted
    table row and cell, a comment, hidden text, content controls filled in or still showing their
    placeholder, complex and simple fields, and two paragraphs joined by deleting the mark between them."""
    document = DocxDocument()
    p = document.add_paragraph("联合体由")
    _append_xml(p._p, f'<w:del w:id="1" {TRACK}><w:r><w:delText>杭州乙公司</w:delText></w:r></w:del>'
                      f'<w:ins w:id="2" {TRACK}><w:r><w:t>杭州甲公司</w:t></w:r></w:ins><w:r><w:t>牵头。</w:t></w:r>'
                      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注：待确认）</w:t></w:r>')
    document.add_comment(p.runs[0], text=COMMENT, author="审核人")
    _body_before_sectpr(document, (
        f'<w:p><w:moveFrom w:id="3" {TRACK}><w:r><w:t>{MOVED}</w:t></w:r></w:moveFrom></w:p>'
        f'<w:del w:id="4" {TRACK}><w:p><w:r><w:delText>本段已整体删除。</w:delText></w:r></w:p></w:del>'
        f'<w:p><w:moveTo w:id="5" {TRACK}><w:r><w:t>{MOVED}</w:t></w:r></w:moveTo></w:p>'
        '<w:p><w:r><w:t>牵头单位：</w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="牵头单位"/></w:sdtPr>'
        '<w:sdtContent><w:r><w:t>杭州甲公司</w:t></w:r></w:sdtContent></w:sdt></w:p>'
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:p></w:sdtContent></w:sdt>'
        '<w:p><w:r><w:t>总投入</w:t></w:r><w:fldSimple w:instr=" =600*2 "><w:r><w:t>1200</w:t></w:r></w:fldSimple>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DOCPROPERTY 单位 </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>万元</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>。</w:t></w:r></w:p>'
        f'<w:p><w:pPr><w:rPr><w:del w:id="6" {TRACK}/></w:rPr></w:pPr><w:r><w:t>联合体实行</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>理事会领导下的主任负责制。</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>成员单位见下表。</w:t></w:r></w:p>'
    ))
    table = document.add_table(rows=4, cols=3)
    rows = [KEPT_ROWS[0], KEPT_ROWS[1], ["杭州乙公司", "企业"], KEPT_ROWS[2]]
    for r, cells in enumerate(rows):
        for c, text in enumerate([*cells, "删除的列"]):
            table.cell(r, c).text = text
        tc_pr = table.cell(r, 2)._tc.get_or_add_tcPr()
        _append_xml(tc_pr, f'<w:cellDel w:id="{10 + r}" {TRACK}/>')
    _append_xml(table.rows[2]._tr.get_or_add_trPr(), f'<w:del w:id="20" {TRACK}/>')
    document.save(path)
    return path


def _fonts(run, font: str) -> None:
    """Set a run's typeface for Chinese and Latin text alike, as 公文 templates do."""
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attribute), font)


# (text, typeface, level): a 公文 outline with no styles and no bold — the typeface alone marks each heading.
GONGWEN = [
    ("浙江省某某创新联合体实施方案", "方正小标宋简体", 0),
    ("一、背景与意义", "黑体", 1),
    ("（一）建设基础", "楷体_GB2312", 2),
    ("组织架构与运行机制", "黑体", 1),
    ("理事会", "楷体", 2),
]


def gongwen_headings(path: Path) -> Path:
    """Headings set only in 黑体/楷体 (some without numbers), each followed by a 仿宋 body paragraph."""
    document = DocxDocument()
    for text, font, _level in GONGWEN:
        _fonts(document.add_paragraph().add_run(text), font)
        _fonts(document.add_paragraph().add_run(BODY_SENTENCE), "仿宋_GB2312")
    _fonts(document.add_paragraph().add_run("联合体成员单位名单"), "仿宋_GB2312")  # short, but body type
    document.save(path)
    return path


OUTLINED = [("背景与意义", 0), ("建设基础", 1), ("目标与主要研发任务", 0)]


def outline_levels(path: Path, via_style: bool) -> Path:
    """Headings marked only by an outline level (no Heading style, no bold, no number), set on the paragraph
    itself or (``via_style``) inherited from a custom style based on another."""
    document = DocxDocument()
    if via_style:
        for level in sorted({lvl for _, lvl in OUTLINED}):
            base = document.styles.add_style(f"方案层级{level}基础", WD_STYLE_TYPE.PARAGRAPH)
            _append_xml(base.element.get_or_add_pPr(), f'<w:outlineLvl w:val="{level}"/>')
            style = document.styles.add_style(f"方案层级{level}", WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = base
    for text, level in OUTLINED:
        if via_style:
            document.add_paragraph(text, style=f"方案层级{level}")
        else:
            _append_xml(document.add_paragraph(text)._p.get_or_add_pPr(), f'<w:outlineLvl w:val="{level}"/>')
        document.add_paragraph(BODY_SENTENCE)
    document.save(path)
    return path


def single_level_list(path: Path, fmt: str, text: str, items: int = 3) -> Path:
    """One auto-numbered list of ``items`` headings in format ``fmt`` with level text ``text`` (e.g. "%1、")."""
    document = DocxDocument()
    add_list(document, abstract_id=70, num_id=70, levels=[(fmt, text)])
    for i in range(items):
        number_paragraph(document.add_paragraph(f"第{i + 1}项工作"), num_id=70, ilvl=0)
        document.add_paragraph(BODY_SENTENCE)
    document.save(path)
    return path


CHUNK_INTRO = "以下为系统导出的方案正文。"
CHUNK_HTML = ("<html><head><meta charset='utf-8'></head><body><h1>一、背景与意义</h1>"
              f"<p>{MEMBER_SENTENCE}</p></body></html>")


def alt_chunk(path: Path, content_type: str, blob: bytes) -> Path:
    """A .docx whose body, after one paragraph of its own, is an imported chunk (``w:altChunk``) of
    ``content_type``, as office systems that build documents from web forms write it."""
    document = DocxDocument()
    document.add_paragraph(CHUNK_INTRO)
    part = Part(PackURI(f"/word/afchunk{'.docx' if 'wordprocessingml' in content_type else '.htm'}"), content_type,
                blob, document.part.package)
    rid = document.part.relate_to(part, RT.A_F_CHUNK)
    _body_before_sectpr(document, f'<w:altChunk xmlns:r="{RT_NS}" r:id="{rid}"/>')
    document.save(path)
    return path


TICKED_TYPE = "申报类型：☑类型一 ☐类型二 ☐类型三"


def tick_boxes(path: Path) -> Path:
    """The 申报类型 line of a form, its boxes inserted as symbols (Insert ▸ Symbol): Wingdings 2 ☑ and £,
    Wingdings ¨, as Word stores them (``w:sym``, no text of their own)."""
    document = DocxDocument()
    p = document.add_paragraph("申报类型：")
    _append_xml(p._p, '<w:r><w:sym w:font="Wingdings 2" w:char="F052"/></w:r><w:r><w:t xml:space="preserve">类型一 </w:t></w:r>'
                      '<w:r><w:sym w:font="Wingdings 2" w:char="F0A3"/></w:r><w:r><w:t xml:space="preserve">类型二 </w:t></w:r>'
                      '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r><w:r><w:t>类型三</w:t></w:r>')
    document.save(path)
    return path
