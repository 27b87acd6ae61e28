"""What a page number looks like on a line of its own: "— 2 —", "第2页 共9页", "2/9", "Page 2 of 9".

Shared by the PDF reader, which looks for them in each page's top and bottom bands, and by the cleaning of Word text,
where a page number typed into the body (pasted from a printout) is no part of the plan. A bare figure ("2") counts
only in a band, where its place says what it is; in the body it may be a table's stray cell.
"""

from __future__ import annotations

import re

_NUMBERED = r"第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?"
TYPED = re.compile(rf"^\s*(?:[-—–－]+\s*\d{{1,4}}\s*[-—–－]+|{_NUMBERED})\s*$", re.IGNORECASE)
IN_BAND = re.compile(rf"^\s*(?:[-—–－]*\s*\d{{1,4}}\s*[-—–－]*|{_NUMBERED})\s*$", re.IGNORECASE)
