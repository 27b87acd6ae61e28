"""Which way up a scanned page is, and how far it is tilted, told from its detected text boxes.

A page scanned on its side gives text boxes taller than wide: it is turned a
quarter. Whether an upright-looking page is upside down is asked of the OCR's
line classifier (0° or 180°) on a few of the longest lines, which is cheap and
sure for a page of print. A slight tilt left by the scanner is measured on the
long boxes and taken out of the line geometry, so lines group and order as on
a straight page.
"""

from __future__ import annotations

import math
from statistics import median

import numpy as np

SAMPLE_LINES = 8  # lines asked of the 0°/180° classifier for a page's direction
BETTER_TURNED = 0.1  # mean score per line by which a half-turned reading must win
LONG_BOX = 3.0  # a box this many times wider than high is a line of text whose slope measures the tilt
MIN_TILT = 0.2  # degrees: less is not corrected


def _sides(quad: np.ndarray) -> tuple[float, float]:
    """Width (along the first edge) and height of a detected box, clockwise from its top-left corner."""
    return float(np.linalg.norm(quad[1] - quad[0])), float(np.linalg.norm(quad[3] - quad[0]))


def lying(quads: list[np.ndarray]) -> bool:
    """Whether the text runs up or down the image (the page was scanned on its side)."""
    tall = wide = 0.0
    for quad in quads:
        xs, ys = quad[:, 0], quad[:, 1]
        width, height = float(xs.max() - xs.min()), float(ys.max() - ys.min())
        if height > width:
            tall += height
        else:
            wide += width
    return tall > wide


def longest(quads: list[np.ndarray], n: int = SAMPLE_LINES) -> list[int]:
    """Indices of the ``n`` widest boxes, the lines that tell a page's direction most surely."""
    return sorted(range(len(quads)), key=lambda i: -_sides(quads[i])[0])[:n]


def may_be_upside_down(as_found: list[float]) -> bool:
    """Whether the longest lines read poorly enough as found that a half-turned reading could win
    (``upside_down``): scores are at most 1, so lines read surely need no second reading. An upright page of
    print scores about 0.98 on them, an upside-down one below 0.2."""
    return bool(as_found) and sum(as_found) + BETTER_TURNED * len(as_found) < len(as_found)


def upside_down(as_found: list[float], turned: list[float]) -> bool:
    """Whether the longest lines read clearly better turned half round (their recogniser scores as found and
    turned). Reading is the judge, not RapidOCR's line-direction classifier, which calls many upright
    Chinese lines 180° with confidence."""
    return bool(as_found) and sum(turned) > sum(as_found) + BETTER_TURNED * len(as_found)


def tilt(quads: list[np.ndarray]) -> float:
    """The page's tilt in degrees (positive: lines rise to the right in image coordinates, y down)."""
    angles = []
    for quad in quads:
        width, height = _sides(quad)
        if width >= LONG_BOX * max(height, 1.0):
            dx, dy = quad[1] - quad[0]
            angles.append(math.degrees(math.atan2(-dy, dx)))
    angle = median(angles) if angles else 0.0
    return angle if abs(angle) >= MIN_TILT else 0.0


def straighten(quad: np.ndarray, angle: float, centre: tuple[float, float]) -> np.ndarray:
    """The box's corners turned by ``angle`` degrees about ``centre``, undoing a tilt measured by ``tilt``."""
    if not angle:
        return quad
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)
    x, y = quad[:, 0] - centre[0], quad[:, 1] - centre[1]
    return np.stack([x * cos - y * sin + centre[0], x * sin + y * cos + centre[1]], axis=1)
