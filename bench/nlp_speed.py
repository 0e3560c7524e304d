"""Extraction speed: ocgmap's whole extraction against the bare spaCy model, same text.

The baseline is the installed model as shipped (`spacy.load`, all its components,
`nlp.pipe` over the reports); ours is `extract_texts` (our components plus the entity,
relation, route and role assembly) over the same reports. Both run in one process and
with two processes (`nlp.pipe(n_process=2)` for the baseline, `extract_parallel` for
ours), after a warm-up. It prints words per second and the ratio ours/bare, which issue
#4 wants at 0.75 or above.

The corpus is the sample reports repeated to about `--words` words, or the reports of a
synthetic world (`ocgmap synth … OUT`, then `--corpus OUT/reports`).

    python bench/nlp_speed.py                   # ~60k words
    python bench/nlp_speed.py --words 200000
    python bench/nlp_speed.py --corpus /tmp/world/reports --words 100000
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from ocgmap.ingest.readers import read_document
from ocgmap.ingest.run import iter_input_files
from ocgmap.nlp.extract import extract_parallel, extract_texts
from ocgmap.nlp.pipeline import DEFAULT_MODELS, load_pipeline

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "reports"
TARGET = 0.75


def corpus(folder: Path, words: int) -> list[str]:
    """Answer report texts from `folder`, repeated until they hold about `words` words."""
    texts = []
    for path in iter_input_files([folder]):
        try:
            texts.append(read_document(path, path.read_bytes()).text)
        except Exception:  # a corpus file we cannot read is just left out
            continue
        if sum(len(t.split()) for t in texts) >= words:
            return texts
    if not texts:
        raise SystemExit(f"no readable reports under {folder}")
    out: list[str] = []
    while sum(len(t.split()) for t in out) < words:
        out.extend(texts)
    return out


def timed(work: Callable[[], object]) -> float:
    """Answer the seconds `work` takes."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def installed_model() -> str:
    """Answer the name of the installed default model."""
    import importlib.util

    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit("no English spaCy model installed")


def main(argv: list[str] | None = None) -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SAMPLES)
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--no-parallel", action="store_true", help="single process only")
    args = parser.parse_args(argv)
    texts = corpus(args.corpus, args.words)
    words = sum(len(t.split()) for t in texts)
    model = installed_model()
    bare = spacy.load(model)
    ours = load_pipeline()
    reports = [(text, f"report-{i}") for i, text in enumerate(texts)]
    list(bare.pipe(texts[:20]))
    list(extract_texts(reports[:20], ours))  # warm-up
    print(f"{len(texts)} reports, {words:,} words; model {model} "
          f"(spaCy {spacy.__version__}); target ours/bare >= {TARGET}\n")
    print(f"{'':<20}{'bare words/s':>14}{'ours words/s':>14}{'ours/bare':>11}")
    rows = [("one process",
             timed(lambda: list(bare.pipe(texts))),
             timed(lambda: list(extract_texts(reports, ours))))]
    if not args.no_parallel:
        rows.append(("n_process=2",
                     timed(lambda: list(bare.pipe(texts, n_process=2))),
                     timed(lambda: list(extract_parallel(reports, None, n_process=2)))))
    for name, bare_s, ours_s in rows:
        ratio = bare_s / ours_s
        verdict = "met" if ratio >= TARGET else "MISSED"
        print(f"{name:<20}{words / bare_s:>14,.0f}{words / ours_s:>14,.0f}{ratio:>11.2f}"
              f"  {verdict}")
    if not args.no_parallel:
        print("\n(n_process=2 times include starting the worker processes and loading the "
              "model in each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
