"""Paragraph style lookups along the ``basedOn`` chain.

Word lets a heading's outline level, its numbering and its bold or font be
inherited from a style several levels up; python-docx exposes only the direct
values, so this walks the chain itself.
"""

from __future__ import annotations

from lxml import etree

from pipeline.readers.docx_xml import W, wattr

MAX_CHAIN = 20  # a style chain longer than this is a loop in a damaged file


class StyleSheet:
    def __init__(self, styles_root: etree._Element | None) -> None:
        self._styles: dict[str, etree._Element] = {}
        self.default_paragraph: str | None = None
        if styles_root is None:
            return
        for style in styles_root.iterfind(f"{W}style"):
            style_id = wattr(style, "styleId")
            if style_id is None:
                continue
            self._styles[style_id] = style
            if wattr(style, "type") == "paragraph" and wattr(style, "default") in ("1", "true", "on"):
                self.default_paragraph = style_id

    def name(self, style_id: str | None) -> str:
        style = self._styles.get(style_id or "")
        name = style.find(f"{W}name") if style is not None else None
        return (wattr(name, "val") or "") if name is not None else ""

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The style and its ancestors, nearest first."""
        out: list[etree._Element] = []
        current = style_id or self.default_paragraph
        while current and current in self._styles and len(out) < MAX_CHAIN:
            style = self._styles[current]
            if style in out:
                break
            out.append(style)
            based_on = style.find(f"{W}basedOn")
            current = wattr(based_on, "val") if based_on is not None else None
        return out

    def find(self, style_id: str | None, path: str) -> etree._Element | None:
        """The first element at ``path`` (e.g. ``w:pPr/w:outlineLvl``) along the chain."""
        for style in self.chain(style_id):
            found = style.find(path.replace("w:", W))
            if found is not None:
                return found
        return None
