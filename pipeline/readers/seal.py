"""Print under a red seal, made legible again for a second reading of the lines a seal spoiled.

OCR reads the page's red channel, where red seal ink turns light while black
print stays dark. A well-inked seal, though, stays mid-grey in the red
channel, and where its rim or star crosses a line the line reads poorly
(浙江大学 as 浙江友学, a number dropped). A line read less than surely under red
ink is read once more from its crop with only the
darkest ink kept (print black, seal and paper white), and the better reading
is kept.
"""

from __future__ import annotations

import cv2
import numpy as np

DOUBTFUL_SCORE = 0.9  # a line under a seal with a character read less surely is read again


def doubtful(weakest: float) -> bool:
    """Whether a line whose least sure character scored ``weakest`` is worth a second reading."""
    return weakest < DOUBTFUL_SCORE


def cleaned(crop: np.ndarray) -> np.ndarray:
    """The crop (three equal channels) with only its darkest ink: Otsu's threshold parts paper from ink,
    and once more within the ink, print from the lighter grey of what crosses it."""
    grey = np.ascontiguousarray(crop[..., 0])
    paper, _ = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink = grey[grey <= paper]
    cut = cv2.threshold(ink.reshape(1, -1), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[0] if ink.size else paper
    kept = np.where(grey > cut, 255, grey).astype(np.uint8)  # print keeps its soft edges
    return np.repeat(kept[..., None], 3, axis=2)
