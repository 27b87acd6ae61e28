"""A text signature for spotting the same plan submitted twice, even re-typed or re-saved.

MinHash over character shingles of the normalised text: Chinese has no word
spaces, so characters are the natural unit, and a re-save (docx → pdf) or a
few edited sentences change only a few shingles. Signatures are plain lists
of ints, so they travel in JSON and between processes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from datasketch import MinHash, MinHashLSH

from pipeline.wording import say

SHINGLE = 5
NUM_PERM = 128
SEED = 1  # fixed: signatures of different runs must be comparable
SCHEME = "affine32"  # fixed likewise: the hashing scheme is part of what a signature means
# LSH bands × rows (= NUM_PERM). datasketch's own choice for a 0.9 threshold (5 × 25) makes a pair at similarity 0.9 a
# candidate only 31% of the time, so most re-typed duplicates went unseen; 16 × 8 makes it one at 0.9 with
# probability 0.9998 (0.95 at 0.8, 0.06 at 0.5), and every candidate is confirmed on its full signature.
BANDS, ROWS = 16, 8
LOWEST_THRESHOLD = 0.6  # below it the banding above misses pairs: a candidate at 0.5 is found only 6% of the time
_NOT_CONTENT = re.compile(r"[\s\W_]+")


def normalise_text(text: str) -> str:
    """Text without whitespace or punctuation, full-width folded to half-width."""
    return _NOT_CONTENT.sub("", unicodedata.normalize("NFKC", text))


@cache
def _permutations() -> Any:
    """The seeded hash permutations every signature shares: drawing them costs more than hashing a plan."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> list[int]:
    """The MinHash signature of a text's character shingles."""
    content = normalise_text(text)
    shingles = {content[i : i + SHINGLE] for i in range(max(len(content) - SHINGLE + 1, 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in minhash.hashvalues]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal positions)."""
    if len(a) != len(b) or not a:
        raise ValueError(say("faults.signature_lengths"))
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def similar_pairs(signatures: list[list[int]], threshold: float) -> list[tuple[int, int, float]]:
    """Index pairs ``(i, j, similarity)`` with ``i < j`` whose similarity reaches ``threshold``.

    LSH banding finds the candidates, so a batch of n plans costs about n lookups
    rather than n² comparisons; each candidate is then confirmed on its full signature.
    The banding is set for recall at the thresholds the checks use (0.8 and above).
    """
    if threshold < LOWEST_THRESHOLD:
        raise ValueError(say("faults.similarity_too_low", threshold=threshold, lowest=LOWEST_THRESHOLD))
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    usable = [i for i, sig in enumerate(signatures) if len(sig) == NUM_PERM]
    hashes = {i: MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=signatures[i], scheme=SCHEME,
                         permutations=_permutations()) for i in usable}
    for i, minhash in hashes.items():
        lsh.insert(i, minhash)
    pairs = []
    for i, minhash in hashes.items():
        for j in lsh.query(minhash):
            if j > i and (score := similarity(signatures[i], signatures[j])) >= threshold:
                pairs.append((i, j, score))
    return sorted(pairs)
