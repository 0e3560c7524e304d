"""Generate a synthetic world and its reports into a folder, streaming one report at a time."""

from __future__ import annotations

import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ocgmap.synth.readme import readme
from ocgmap.synth.render import RenderedReport, Renderer
from ocgmap.synth.truth import MentionLog, write_entities, write_world_truth
from ocgmap.synth.world import WorldParams, build_world

REPORTS_PER_GROUP = 20


@dataclass(frozen=True)
class SynthParams:
    """What to generate."""

    groups: int
    seed: int
    reports: int | None = None  # default: REPORTS_PER_GROUP per group
    victims_per_group: int = 10

    @property
    def report_count(self) -> int:
        """Answer how many reports to write."""
        return self.reports if self.reports is not None else REPORTS_PER_GROUP * self.groups


@dataclass
class SynthSummary:
    """What was written."""

    out: str
    seed: int
    groups: int
    reports: int
    entities: int
    relations: int
    mentions: int
    seconds: float
    kinds: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """Answer the summary as JSON-ready data."""
        return asdict(self)


class OutputExists(Exception):
    """The output folder already holds reports or truth (and overwriting was not asked)."""


def prepare(out: Path, overwrite: bool) -> None:
    """Make `out`, refusing (or, with `overwrite`, clearing) earlier `reports/` and `truth/`."""
    old = [out / name for name in ("reports", "truth") if (out / name).exists()]
    if old and not overwrite:
        raise OutputExists(f"{out} already holds {', '.join(p.name + '/' for p in old)} "
                           "(use --overwrite to replace them)")
    for path in old:
        shutil.rmtree(path)
    (out / "reports").mkdir(parents=True, exist_ok=True)
    (out / "truth").mkdir(parents=True, exist_ok=True)


def render_all(renderer: Renderer, count: int) -> Iterator[RenderedReport]:
    """Answer reports 0..count-1 in order, one at a time."""
    for index in range(count):
        yield renderer.render(index)


def generate(out: Path, params: SynthParams, *, overwrite: bool = False,
             progress: Callable[[int], None] | None = None) -> SynthSummary:
    """Build the world, write its reports one at a time and the truth files; answer counts.

    `progress` is called with the number of reports written so far (every 100 and at end).
    """
    started = time.perf_counter()
    prepare(out, overwrite)
    world = build_world(WorldParams(params.groups, params.seed, params.victims_per_group))
    parameters = {"groups": params.groups, "seed": params.seed,
                  "reports": params.report_count,
                  "victims_per_group": params.victims_per_group}
    truth = out / "truth"
    write_world_truth(world, truth, parameters)
    renderer = Renderer(world, params.seed, params.report_count)
    kinds: Counter[str] = Counter()
    made_folders: set[Path] = set()
    with (truth / "mentions.jsonl").open("w", encoding="utf-8", newline="\n") as stream:
        log = MentionLog(stream)
        for n, report in enumerate(render_all(renderer, params.report_count), start=1):
            path = out / report.path
            if path.parent not in made_folders:
                path.parent.mkdir(parents=True, exist_ok=True)
                made_folders.add(path.parent)
            path.write_bytes(report.data)
            log.write(report)
            kinds[report.kind] += 1
            if progress is not None and (n % 100 == 0 or n == params.report_count):
                progress(n)
    entities = write_entities(world, truth, log)
    counts = {"groups": len(world.groups), "entities": entities,
              "relations": len(world.relations), "reports": log.reports,
              "mentions": log.mentions, **{f"reports ({k})": v for k, v in sorted(kinds.items())}}
    (truth / "README.md").write_text(readme(parameters, counts), encoding="utf-8")
    return SynthSummary(str(out), params.seed, len(world.groups), log.reports, entities,
                        len(world.relations), log.mentions,
                        round(time.perf_counter() - started, 3), dict(sorted(kinds.items())))
