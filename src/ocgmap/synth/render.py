"""The world as reports: report number `n` of a world is always the same file.

Each report has its own generator seeded from (seed, n), so reports can be written one at a
time, in any order or in parallel, and the first R reports do not change when more are
asked for. A report picks a group (bigger groups get more reports), a kind (police log,
narrative, e-mail) and a scenario, and states only true facts.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from ocgmap.synth.emails import EMAIL_SCENARIOS
from ocgmap.synth.formats import LOG_STYLES, Written, write_email, write_log, write_markdown
from ocgmap.synth.logs import LOG_SCENARIOS, Scenario, locate
from ocgmap.synth.model import Group, World
from ocgmap.synth.narratives import group_profile, victim_account
from ocgmap.synth.scene import Scene
from ocgmap.synth.textdoc import Mention
from ocgmap.synth.variants import grading

REPORTS_FROM = date(2023, 1, 1)
REPORTS_DAYS = 912  # up to the end of June 2025
FILES_PER_FOLDER = 1000
_KINDS = (("log", 60), ("narrative", 30), ("email", 10))
_NARRATIVES: tuple[tuple[Scenario, int], ...] = ((victim_account, 85), (group_profile, 15))
_EXTENSIONS = {"log": "txt", "narrative": "md", "email": "eml"}


@dataclass(frozen=True)
class RenderedReport:
    """One report file and the truth about it."""

    path: str  # relative to the output folder: "reports/0000/000000_log.txt"
    kind: str  # log | narrative | email
    day: date
    grading: str | None
    data: bytes
    mentions: list[Mention]
    relations: list[str]  # ids of the true links the report states
    corridors: list[str]  # ids of the corridors whose stops it lists in order
    groups: list[str]  # ids of the groups it is about


class Renderer:
    """Writes report `n` of a world."""

    def __init__(self, world: World, seed: int, total: int) -> None:
        self.world = world
        self.seed = seed
        self.total = total
        self._width = max(6, len(str(max(total - 1, 0))))
        self._folder_width = max(4, len(str(max(total - 1, 0) // FILES_PER_FOLDER)))
        self._cumulative = list(accumulate(len(g.members) + len(g.victims)
                                           for g in world.groups))

    def path(self, index: int, kind: str, stem: str) -> str:
        """Answer where report `index` goes: at most FILES_PER_FOLDER files per folder."""
        folder = f"{index // FILES_PER_FOLDER:0{self._folder_width}d}"
        return f"reports/{folder}/{index:0{self._width}d}_{stem}.{_EXTENSIONS[kind]}"

    def render(self, index: int) -> RenderedReport:
        """Answer report `index` (the same every time for the same world and seed)."""
        rng = random.Random(f"ocgmap-synth/{self.seed}/{index}")
        day = REPORTS_FROM + timedelta(days=rng.randrange(REPORTS_DAYS))
        kind = rng.choices([k for k, _ in _KINDS], [w for _, w in _KINDS])[0]
        group = self._pick_group(rng)
        style = {"log": "log", "narrative": "prose", "email": "email"}[kind]
        scene = Scene(self.world, rng, day, style)
        graded: str | None = grading(rng)
        if kind == "log":
            layout = rng.choices([n for n, _ in LOG_STYLES], [w for _, w in LOG_STYLES])[0]
            scene.compact = layout == "oneline"
            _run(scene, group, LOG_SCENARIOS)
            _default_force(scene, group)
            if layout == "subject" and scene.subject is None:
                layout = "block"
            written = write_log(scene, scene.doc, layout, graded or "",
                                f"{_ref_prefix(scene)}/INT/{day:%y}/{index:06d}")
            stem = "log"
        elif kind == "narrative":
            _run(scene, group, _NARRATIVES)
            _default_force(scene, group)
            written = write_markdown(scene, scene.doc, group, graded or "")
            stem = scene.stem
        else:
            _run(scene, group, EMAIL_SCENARIOS)
            _default_force(scene, group)
            written = write_email(scene, scene.doc, group)
            stem, graded = "email", None
        _check(written)
        groups = sorted({group.id} | scene.groups)
        return RenderedReport(self.path(index, kind, stem), kind, day, graded, written.data,
                              written.mentions, scene.relations, scene.corridors, groups)

    def _pick_group(self, rng: random.Random) -> Group:
        """Answer a group, bigger groups more often."""
        point = rng.randrange(self._cumulative[-1])
        return self.world.groups[bisect_right(self._cumulative, point)]


def _run(scene: Scene, group: Group, scenarios: Sequence[tuple[Scenario, int]]) -> None:
    """Write the first scenario (drawn by weight) that has something to say about `group`."""
    remaining = list(scenarios)
    while remaining:
        pick = scene.rng.choices(range(len(remaining)), [w for _, w in remaining])[0]
        scenario, _ = remaining.pop(pick)
        if scenario(scene, group):
            return
    raise RuntimeError(f"no scenario could write about {group.id}")


def _default_force(scene: Scene, group: Group) -> None:
    """Give a report without a place of its own the force of the group's base."""
    if scene.force is None:
        town, force = scene.town, scene.force
        locate(scene, group.base)
        scene.town = town or scene.town
        scene.force = scene.force or force


def _ref_prefix(scene: Scene) -> str:
    """Answer the force's short code for log references ("WMP", "KP")."""
    if scene.force is None:
        return "INT"
    org = scene.world.orgs[scene.force]
    return "".join(w[0] for w in org.name.split() if w[0].isupper())


def _check(written: Written) -> None:
    """Fail loudly if a mention's offsets do not give back its text."""
    for m in written.mentions:
        if written.text[m.start:m.end] != m.text:
            raise AssertionError(f"mention {m.text!r} at {m.start} reads "
                                 f"{written.text[m.start:m.end]!r}")
