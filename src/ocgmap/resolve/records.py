"""What resolution compares: one entity as one report names it, and the analysts' judgements.

A `Record` is the unit of resolution: "the person called Ardit KOLA in report 17", with
what that report says about them (identifiers, addresses, businesses, age, nationality)
and who else it names (context). Records are compared and clustered; each cluster becomes
one node in the graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: Entity types that are resolved across reports. Phones, vehicles, e-mails, documents,
#: accounts and places have exact ids from their normalised value or gazetteer entry, so
#: they need no resolution; victim groups are scoped to their report.
RESOLVED_TYPES = frozenset({"Person", "Business"})

JudgementKind = Literal["merge", "reject", "split"]


@dataclass(frozen=True, slots=True)
class Record:
    """One entity as one report names it, with the evidence that report gives."""

    id: str
    type: str
    report: str
    name: str
    aliases: tuple[str, ...] = ()
    identifiers: frozenset[str] = frozenset()
    addresses: frozenset[str] = frozenset()
    businesses: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    dob: str | None = None
    birth_year: int | None = None
    nationality: str | None = None
    seq: int = 0
    official: bool = False  # named with a rank or job title, or as an e-mail's sender


@dataclass(frozen=True, slots=True)
class Judgement:
    """An analyst's decision about records, recorded with who, when and why.

    `merge` and `reject` name two records (the anchors of the two entities judged);
    `split` names every record of the entity split apart.
    """

    kind: JudgementKind
    records: tuple[str, ...]
    who: str
    when: str
    why: str = ""
    seq: int = 0
    labels: tuple[str, ...] = field(default=())
