"""WordprocessingML names and the text of a paragraph as a reader would see it.

python-docx's ``paragraph.text`` drops tracked insertions and text boxes and
keeps nothing of fields; this walks the XML so that the text is what Word shows
with every change accepted: insertions and moved-to text kept, deletions and
moved-from text dropped, a field read as its result (never its code), a content
control as its content (never its "click here to enter text" placeholder),
hidden text left out, and text boxes reported separately.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W = f"{{{W_NS}}}"
MC = f"{{{MC_NS}}}"

# Subtrees whose text is not part of the paragraph's visible text.
_SKIPPED = {
    f"{W}del", f"{W}moveFrom", f"{W}delText", f"{W}instrText", f"{W}delInstrText",
    f"{W}txbxContent", f"{MC}Fallback", f"{W}pPr", f"{W}rPr",
    f"{W}footnoteReference", f"{W}endnoteReference", f"{W}commentReference",
}
# Symbols inserted from the symbol fonts (w:sym), by font and character code: the tick boxes of a form's
# "申报类型：☑类型一 ☐类型二" above all. Codes are written F0xx or 00xx; the low byte is the glyph.
SYMBOL_FONTS: dict[str, dict[int, str]] = {
    "wingdings": {0xA8: "☐", 0x6F: "☐", 0x71: "☐", 0xFE: "☑", 0xFD: "☒", 0x78: "☒", 0xFC: "✓", 0xFB: "✗",
                  0x6C: "●", 0x9F: "•", 0xA7: "▪", 0xD8: "➢"},
    "wingdings 2": {0xA3: "☐", 0x2A: "☐", 0x52: "☑", 0x51: "☒", 0x54: "☒", 0x50: "✓", 0x4F: "✗"},
    "symbol": {0xD6: "√", 0xB4: "×", 0xB7: "•"},
}
PRIVATE_USE = range(0xE000, 0xF900)
_CHARACTERS = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-", f"{W}softHyphen": ""}


def wattr(el: etree._Element, name: str) -> str | None:
    return el.get(f"{W}{name}")


def local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def paragraph_text(p: etree._Element) -> str:
    """Visible text of ``w:p``: insertions and field results kept, deletions, field codes and text boxes left out."""
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts)


def _collect(el: etree._Element, parts: list[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if (tag == f"{W}sdt" and showing_placeholder(child)) or (tag == f"{W}r" and is_hidden(child)):
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag == f"{W}sym":
            parts.append(symbol(child))
        elif tag in _CHARACTERS:
            if tag == f"{W}br" and wattr(child, "type") == "page":
                continue
            parts.append(_CHARACTERS[tag])
        else:
            _collect(child, parts)


def symbol(sym: etree._Element) -> str:
    """The character ``w:sym`` shows: a symbol font's glyph as its Unicode twin, a Unicode code point as itself,
    "" for a glyph with no known twin."""
    try:
        code = int(wattr(sym, "char") or "", 16)
    except ValueError:
        return ""
    font = SYMBOL_FONTS.get((wattr(sym, "font") or "").lower())
    if font is not None:
        return font.get(code & 0xFF, "")
    return "" if code in PRIVATE_USE or code < 0x20 else chr(code)


def _on(el: etree._Element | None) -> bool:
    return el is not None and wattr(el, "val") not in ("0", "false", "off")


def showing_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its placeholder prompt: nothing was entered in it."""
    return _on(sdt.find(f"{W}sdtPr/{W}showingPlcHdr"))


def is_hidden(run: etree._Element) -> bool:
    """A run formatted as hidden text, which Word neither shows nor prints by default."""
    return _on(run.find(f"{W}rPr/{W}vanish"))


def mark_deleted(p: etree._Element) -> bool:
    """The paragraph mark itself is a tracked deletion: accepted, the paragraph joins the one after it."""
    return p.find(f"{W}pPr/{W}rPr/{W}del") is not None


def text_boxes(p: etree._Element) -> list[etree._Element]:
    """The ``w:txbxContent`` anchored in ``w:p``, each once (``mc:Fallback`` copies ignored)."""
    return [box for box in p.iter(f"{W}txbxContent") if not inside(box, p, {f"{MC}Fallback", f"{W}txbxContent"})]


def inside(el: etree._Element, stop: etree._Element, tags: set[str]) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def field_instructions(p: etree._Element) -> list[str]:
    """Field codes that begin in ``w:p`` (``TOC \\o "1-3"``, ``PAGE`` …), complex and simple."""
    codes = ["".join(t.text or "" for t in p.iter(f"{W}instrText"))]
    codes += [wattr(f, "instr") or "" for f in p.iter(f"{W}fldSimple")]
    return [c.strip() for c in codes if c.strip()]


def field_balance(p: etree._Element) -> int:
    """Complex fields opened minus closed in ``w:p``; a TOC field spans paragraphs until it closes."""
    balance = 0
    for fld in p.iter(f"{W}fldChar"):
        kind = wattr(fld, "fldCharType")
        balance += 1 if kind == "begin" else -1 if kind == "end" else 0
    return balance


def block_children(container: etree._Element) -> list[etree._Element]:
    """``w:p``, ``w:tbl`` and ``w:altChunk`` of a body, cell or text box in reading order, looking inside
    content controls, custom XML and tracked block insertions, skipping tracked block deletions."""
    out: list[etree._Element] = []
    for child in container:
        tag = child.tag
        if tag in (f"{W}p", f"{W}tbl", f"{W}altChunk"):
            out.append(child)
        elif tag == f"{W}sdt" and not showing_placeholder(child):
            content = child.find(f"{W}sdtContent")
            if content is not None:
                out.extend(block_children(content))
        elif tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo", f"{W}smartTag"):
            out.extend(block_children(child))
    return out
