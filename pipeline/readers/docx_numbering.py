"""Rebuilds the visible text of Word auto-numbering (一、 （一） 1.1 …) from ``numbering.xml``.

Plans number their sections with Word lists, so the number a reader sees is not
in the paragraph text at all. Counters run per abstract list, a ``startOverride``
restarts a list instance, and using a level restarts the levels below it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import cn2an
from lxml import etree

from pipeline.readers.docx_styles import StyleSheet
from pipeline.readers.docx_xml import W, wattr

LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_IDEOGRAPH_CIRCLED = "㊀㊁㊂㊃㊄㊅㊆㊇㊈㊉"
_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_IDEOGRAPH_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


def _letters(n: int) -> str:
    """a … z, aa … zz: Word repeats the letter rather than counting in base 26."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out += numeral * count
    return out


def _cycle(symbols: str) -> Callable[[int], str]:
    return lambda n: symbols[(n - 1) % len(symbols)]


def _enclosed(glyphs: str, beyond: Callable[[int], str]) -> Callable[[int], str]:
    """One glyph per number while the font has one (①…⑳), then what Word falls back to."""
    return lambda n: glyphs[n - 1] if 0 < n <= len(glyphs) else beyond(n)


def _full_width(n: int) -> str:
    return str(n).translate(_FULL_WIDTH_DIGITS)


def _ideograph_digits(n: int) -> str:
    return str(n).translate(_IDEOGRAPH_DIGITS)


def _sexagenary(n: int) -> str:
    """甲子, 乙丑 …: a stem and a branch, the sixty-year cycle."""
    return _HEAVENLY_STEMS[(n - 1) % 10] + _EARTHLY_BRANCHES[(n - 1) % 12]


def _chinese(n: int) -> str:
    return cn2an.an2cn(n) if n > 0 else "〇"


FORMATTERS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": _full_width,
    "decimalHalfWidth": str,
    "decimalFullWidth2": _full_width,
    "decimalEnclosedCircle": _enclosed(_CIRCLED, str),
    "decimalEnclosedCircleChinese": _enclosed(_CIRCLED, str),
    "decimalEnclosedParen": _enclosed(_PARENTHESIZED, lambda n: f"({n})"),
    "decimalEnclosedFullstop": _enclosed(_FULLSTOP, lambda n: f"{n}."),
    "ideographEnclosedCircle": _enclosed(_IDEOGRAPH_CIRCLED, _chinese),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "japaneseCounting": _chinese,
    "taiwaneseCounting": _chinese,
    "taiwaneseCountingThousand": _chinese,
    "ideographDigital": _ideograph_digits,
    "taiwaneseDigital": _ideograph_digits,
    "chineseLegalSimplified": lambda n: cn2an.an2cn(n, "up"),
    "ideographLegalTraditional": lambda n: cn2an.an2cn(n, "up"),
    "ideographTraditional": _cycle(_HEAVENLY_STEMS),
    "ideographZodiac": _cycle(_EARTHLY_BRANCHES),
    "ideographZodiacTraditional": _sexagenary,
    "none": lambda n: "",
}


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart_after: int | None = None  # lvlRestart: restart when a level at or above this (1-based) is used
    legal: bool = False  # isLgl: show every placeholder as decimal ("第一章" → "1.1")

    def render(self, n: int, legal: bool = False) -> str:
        return str(n) if legal else FORMATTERS.get(self.fmt, str)(n)


def _int(el: etree._Element | None, default: int | None) -> int | None:
    try:
        return int(wattr(el, "val")) if el is not None else default
    except (TypeError, ValueError):
        return default


def _parse_level(lvl: etree._Element) -> Level:
    fmt = lvl.find(f"{W}numFmt")
    text = lvl.find(f"{W}lvlText")
    legal = lvl.find(f"{W}isLgl")
    return Level(
        start=_int(lvl.find(f"{W}start"), 1) or 0,
        fmt=(wattr(fmt, "val") or "decimal") if fmt is not None else "decimal",
        text=(wattr(text, "val") or "") if text is not None else "",
        restart_after=_int(lvl.find(f"{W}lvlRestart"), None),
        legal=legal is not None and wattr(legal, "val") not in ("0", "false", "off"),
    )


def _levels(parent: etree._Element) -> dict[int, Level]:
    return {int(wattr(lvl, "ilvl") or 0): _parse_level(lvl) for lvl in parent.iterfind(f"{W}lvl")}


class Numbering:
    """Counts list paragraphs in document order and returns the label Word would show for each."""

    def __init__(self, numbering_root: etree._Element | None, styles: StyleSheet) -> None:
        self._styles = styles
        self._abstract: dict[str, dict[int, Level]] = {}
        self._abstract_style_link: dict[str, str] = {}
        self._num_abstract: dict[str, str] = {}
        self._num_overrides: dict[str, dict[int, int]] = {}
        self._num_levels: dict[str, dict[int, Level]] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        self._style_level: dict[tuple[str, str], int] = {}
        if numbering_root is not None:
            self._load(numbering_root)

    def _load(self, root: etree._Element) -> None:
        for abstract in root.iterfind(f"{W}abstractNum"):
            abstract_id = wattr(abstract, "abstractNumId") or ""
            self._abstract[abstract_id] = _levels(abstract)
            for lvl in abstract.iterfind(f"{W}lvl"):
                style = lvl.find(f"{W}pStyle")
                if style is not None:
                    self._style_level[(abstract_id, wattr(style, "val") or "")] = int(wattr(lvl, "ilvl") or 0)
            link = abstract.find(f"{W}numStyleLink")
            if link is not None:
                self._abstract_style_link[abstract_id] = wattr(link, "val") or ""
        for num in root.iterfind(f"{W}num"):
            num_id = wattr(num, "numId") or ""
            ref = num.find(f"{W}abstractNumId")
            self._num_abstract[num_id] = (wattr(ref, "val") or "") if ref is not None else ""
            overrides: dict[int, int] = {}
            levels: dict[int, Level] = {}
            for override in num.iterfind(f"{W}lvlOverride"):
                ilvl = int(wattr(override, "ilvl") or 0)
                start = _int(override.find(f"{W}startOverride"), None)
                if start is not None:
                    overrides[ilvl] = start
                levels.update(_levels(override))
            self._num_overrides[num_id] = overrides
            self._num_levels[num_id] = levels

    def _abstract_of(self, num_id: str) -> str | None:
        abstract_id = self._num_abstract.get(num_id)
        link = self._abstract_style_link.get(abstract_id or "")
        if link:  # a list defined by a numbering style: follow the style to its real list
            num_pr = self._styles.find(link, "w:pPr/w:numPr/w:numId")
            linked_num = wattr(num_pr, "val") if num_pr is not None else None
            if linked_num and linked_num != num_id:
                return self._num_abstract.get(linked_num)
        return abstract_id if abstract_id in self._abstract else None

    def level_for_style(self, num_id: str, style_id: str | None) -> int:
        """A style may carry a numId without an ilvl: the level is the one whose ``w:pStyle`` names it."""
        return self._style_level.get((self._abstract_of(num_id) or "", style_id or ""), 0)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the list of ``num_id`` at ``ilvl`` and return its visible label ("" for bullets or unknown lists)."""
        abstract_id = self._abstract_of(num_id)
        if abstract_id is None or not 0 <= ilvl < LEVELS:
            return ""
        levels = {**self._abstract[abstract_id], **self._num_levels.get(num_id, {})}
        level = levels.get(ilvl)
        if level is None or level.fmt == "bullet":
            return ""
        counters = self._counters.setdefault(abstract_id, [None] * LEVELS)
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl, start in self._num_overrides.get(num_id, {}).items():
                counters[lvl] = start - 1
        counters[ilvl] = level.start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, LEVELS):
            deeper_level = levels.get(deeper)
            restart_after = deeper_level.restart_after if deeper_level and deeper_level.restart_after is not None else deeper
            if ilvl < restart_after:
                counters[deeper] = None

        def fill(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            ref = levels.get(k, Level())
            value = counters[k] if counters[k] is not None else ref.start
            return ref.render(value, legal=level.legal and k != ilvl)

        return _PLACEHOLDER.sub(fill, level.text)
