"""Print under a red seal, made legible again for a second reading of the lines a seal spoiled.

OCR reads the page's red channel, where red seal ink turns light while black
print stays dark. Where the seal covers print, though, the print is only
darkened red: in the red channel it turns mid-grey on light grey, and the line
reads poorly. Such a line is read once more from its crop with the grey
stretched out (Otsu's threshold: print black, seal and paper white), and the
better reading is kept.
"""

from __future__ import annotations

import cv2
import numpy as np

DOUBTFUL_SCORE = 0.85  # a line read with less is read again from a cleaned crop


def doubtful(score: float) -> bool:
    return score < DOUBTFUL_SCORE


def cleaned(crop: np.ndarray) -> np.ndarray:
    """The crop (three equal channels) with print black and everything lighter white."""
    grey = crop[..., 0]
    _, binary = cv2.threshold(np.ascontiguousarray(grey), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return np.repeat(binary[..., None], 3, axis=2)
