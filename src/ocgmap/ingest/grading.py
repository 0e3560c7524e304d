"""Intelligence grading codes: UK 3x5x2 and the older 5x5x5.

3x5x2: source evaluation 1–3, intelligence assessment A–E, handling code P or C. Written
in any order, with or without separators: `B2P`, `2BP`, `2 B P`, `2/B/P` all read as
source 2, assessment B, handling P.

5x5x5: source evaluation A–E, intelligence evaluation 1–5, handling code 1–5, e.g. `B24`
or `B2 4`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s/\-.,]+")


@dataclass(frozen=True)
class Grading:
    """A parsed grading: the system and its three parts, and the canonical code."""

    system: str  # "3x5x2" or "5x5x5"
    source: str
    assessment: str
    handling: str

    @property
    def code(self) -> str:
        """Answer the canonical code: `B2P` style (letter, digit, handling) for both."""
        if self.system == "3x5x2":
            return f"{self.assessment}{self.source}{self.handling}"
        return f"{self.source}{self.assessment}{self.handling}"


def parse_grading(raw: str) -> Grading:
    """Answer the grading written as `raw`, or raise `ValueError` saying what is wrong.

    >>> parse_grading("B2P").code
    'B2P'
    >>> parse_grading("b 2 4").system
    '5x5x5'
    """
    compact = _SEPARATORS.sub("", raw.strip()).upper()
    if len(compact) != 3:
        raise ValueError(f"grading {raw[:20]!r} must have three parts, e.g. B2P (3x5x2) or B24 "
                         "(5x5x5)")
    letters = [c for c in compact if c.isalpha()]
    digits = [c for c in compact if c.isdigit()]
    if compact[-1] in "PC" and len(letters) == 2 and len(digits) == 1:
        assessment = next(c for c in compact[:2] if c.isalpha())
        source = digits[0]
        if source not in "123" or assessment not in "ABCDE":
            raise ValueError(f"grading {raw!r}: 3x5x2 needs source 1-3 and assessment A-E")
        return Grading("3x5x2", source, assessment, compact[-1])
    if len(letters) == 1 and compact[0] in "ABCDE" and compact[1:].isdigit():
        if compact[1] not in "12345" or compact[2] not in "12345":
            raise ValueError(f"grading {raw!r}: 5x5x5 needs intelligence and handling 1-5")
        return Grading("5x5x5", compact[0], compact[1], compact[2])
    raise ValueError(f"grading {raw[:20]!r} is neither 3x5x2 (e.g. B2P) nor 5x5x5 (e.g. B24)")
