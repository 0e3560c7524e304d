"""Union-find over records that keeps apart what must stay apart.

Each cluster is represented by its anchor, the earliest record (by arrival `seq`, then
id), so a cluster keeps its id as later reports join it. Each cluster carries what can
contradict a merge: dates of birth, estimated birth years, nationalities, and the
records it has been judged distinct from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ocgmap.resolve.records import Record

#: Estimated birth years (age stated in a report, minus the report's year) further apart
#: than this mean two different people.
BIRTH_YEAR_SLACK = 1


@dataclass(slots=True)
class Profile:
    """What a cluster holds that could contradict a merge."""

    dobs: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    nationalities: set[str] = field(default_factory=set)
    apart: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, record: Record) -> Profile:
        """Answer the profile of a single record."""
        return cls({record.dob} if record.dob else set(),
                   {record.birth_year} if record.birth_year else set(),
                   {record.nationality.casefold()} if record.nationality else set())

    def conflict(self, other: Profile) -> str:
        """Answer why these two cannot be one person ('' when nothing contradicts)."""
        if self.dobs and other.dobs and not self.dobs & other.dobs:
            return "different dates of birth"
        if self.years and other.years:
            years = self.years | other.years
            if max(years) - min(years) > BIRTH_YEAR_SLACK:
                return "ages that do not agree"
        if self.nationalities and other.nationalities and \
                not self.nationalities & other.nationalities:
            return "different nationalities"
        return ""

    def absorb(self, other: Profile) -> None:
        """Add `other`'s facts to this profile."""
        self.dobs |= other.dobs
        self.years |= other.years
        self.nationalities |= other.nationalities
        self.apart |= other.apart


class Clusters:
    """Records joined into clusters, each answered by its anchor record id."""

    def __init__(self, records: Iterable[Record]) -> None:
        self._parent: dict[str, str] = {}
        self._order: dict[str, tuple[int, str]] = {}
        self.profiles: dict[str, Profile] = {}
        self.members: dict[str, list[str]] = {}
        for record in records:
            self._parent[record.id] = record.id
            self._order[record.id] = (record.seq, record.id)
            self.profiles[record.id] = Profile.of(record)
            self.members[record.id] = [record.id]

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._parent

    def find(self, record_id: str) -> str:
        """Answer the anchor of the cluster holding `record_id`."""
        parent = self._parent
        root = record_id
        while parent[root] != root:
            root = parent[root]
        while parent[record_id] != root:
            parent[record_id], record_id = root, parent[record_id]
        return root

    def keep_apart(self, a: str, b: str) -> None:
        """Record that the clusters of `a` and `b` must not be joined (a rejection)."""
        self.profiles[self.find(a)].apart.add(b)
        self.profiles[self.find(b)].apart.add(a)

    def blocked(self, a: str, b: str) -> str:
        """Answer why the clusters of `a` and `b` cannot be joined ('' if they can)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ""
        pa, pb = self.profiles[ra], self.profiles[rb]
        small, other = (pa, rb) if len(pa.apart) <= len(pb.apart) else (pb, ra)
        if any(self.find(x) == other for x in small.apart):
            return "judged distinct"
        return pa.conflict(pb)

    def union(self, a: str, b: str, force: bool = False) -> bool:
        """Join the clusters of `a` and `b`; answer whether they were apart and now joined.

        Unless `force` (an analyst's merge), a join that a rejection or a contradiction
        forbids is refused. A forced join forgets the rejections between the two.
        """
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (not force and self.blocked(ra, rb)):
            return False
        if self._order[rb] < self._order[ra]:
            ra, rb = rb, ra
        pa, pb = self.profiles[ra], self.profiles.pop(rb)
        if force:
            joined_a, joined_b = set(self.members[ra]), set(self.members[rb])
            pa.apart -= joined_b
            pb.apart -= joined_a
        pa.absorb(pb)
        self._parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return True

    def anchors(self) -> dict[str, str]:
        """Answer record id → anchor for every record."""
        return {record_id: self.find(record_id) for record_id in self._parent}
