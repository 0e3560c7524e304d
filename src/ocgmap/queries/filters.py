"""Which reports a query may rely on: by report date and by intelligence grading."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ocgmap.queries.results import ReportInfo

_GRADE = re.compile(r"^([A-E])([1-5])$")


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Keep reports dated within [since, until] and graded at least `grading`.

    `grading` is a letter and a digit, e.g. ``B2``: canonical codes (``B2P`` in 3x5x2,
    ``B24`` in 5x5x5) put the A–E grade first and the 1–5 grade second, A and 1 best, so
    ``B2`` keeps A1, A2, B1 and B2 whatever the handling code. A report without a date
    (or grading) fails a date (or grading) condition.

    >>> f = ReportFilter(grading="B2")
    >>> f.allows(ReportInfo("R1", grading="A2P")), f.allows(ReportInfo("R2", grading="C1P"))
    (True, False)
    """

    since: str | None = None
    until: str | None = None
    grading: str | None = None

    def __post_init__(self) -> None:
        for value in (self.since, self.until):
            if value is not None:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise ValueError(f"dates must be YYYY-MM-DD, got {value!r}") from None
        if self.grading is not None and not _GRADE.match(self.grading.upper()):
            raise ValueError(f"grading must be a letter A-E and a digit 1-5 such as B2, "
                             f"got {self.grading!r}")

    @property
    def active(self) -> bool:
        """Answer whether any condition is set."""
        return any(v is not None for v in (self.since, self.until, self.grading))

    def allows(self, report: ReportInfo) -> bool:
        """Answer whether `report` passes every condition."""
        if self.since is not None and (report.date is None or report.date < self.since):
            return False
        if self.until is not None and (report.date is None or report.date > self.until):
            return False
        if self.grading is not None:
            code = (report.grading or "").upper()
            want = self.grading.upper()
            if not _GRADE.match(code[:2]) or not (code[0] <= want[0] and code[1] <= want[1]):
                return False
        return True
