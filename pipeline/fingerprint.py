"""A text signature for spotting the same plan submitted twice, even re-typed or re-saved.

MinHash over character shingles of the normalised text: Chinese has no word
spaces, so characters are the natural unit, and a re-save (docx → pdf) or a
few edited sentences change only a few shingles. Signatures are plain lists
of ints, so they travel in JSON and between processes.
"""

from __future__ import annotations

import re
import unicodedata

from datasketch import MinHash

SHINGLE = 5
NUM_PERM = 128
SEED = 1  # fixed: signatures of different runs must be comparable
_NOT_CONTENT = re.compile(r"[\s\W_]+")


def normalise_text(text: str) -> str:
    """Text without whitespace or punctuation, full-width folded to half-width."""
    return _NOT_CONTENT.sub("", unicodedata.normalize("NFKC", text))


def signature(text: str) -> list[int]:
    """The MinHash signature of a text's character shingles."""
    content = normalise_text(text)
    shingles = {content[i : i + SHINGLE] for i in range(max(len(content) - SHINGLE + 1, 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in minhash.hashvalues]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal positions)."""
    if len(a) != len(b) or not a:
        raise ValueError("签名长度不一致，无法比较")
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
