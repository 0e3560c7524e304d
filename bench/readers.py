"""Reader throughput per format, and memory while streaming many reports into a store.

1. Throughput: every file of a corpus is read the way `ocgmap ingest` reads it (reader,
   cleaning, metadata, delta). Per format it prints MB/s and reports/s, and the ratio to
   a baseline measured in the same run: reading the same bytes and decoding them as text.
   The corpus is `--corpus DIR` (e.g. a synthetic world from `ocgmap synth`), else
   copies of `samples/reports/` made distinct by a line of their own.
2. Memory: `ocgmap ingest` streams N and 10×N generated reports into a fresh local store
   in a child process each; it prints the peak resident memory of both and their ratio
   (flat memory means a ratio near 1).

    python bench/readers.py                        # throughput on samples, memory 10k vs 100k
    python bench/readers.py --corpus /tmp/world --memory-reports 1000
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from ocgmap.config import max_file_bytes
from ocgmap.errors import ItemError
from ocgmap.ingest.run import iter_input_files, read_file
from ocgmap.ingest.text import decode_bytes

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "reports"
TEXT_FORMATS = {".txt", ".md", ".eml", ".html", ".htm"}


def sample_corpus(folder: Path, copies: int) -> Path:
    """Answer a folder of `copies` distinct copies of each sample report."""
    for source in sorted(SAMPLES.iterdir()):
        data = source.read_bytes()
        for i in range(copies):
            extra = f"\nCopy {i}.\n".encode() if source.suffix in TEXT_FORMATS else b""
            (folder / f"{source.stem}_{i:04d}{source.suffix}").write_bytes(data + extra)
    return folder


def throughput(corpus: Path) -> None:
    """Print reader and baseline throughput per format for the files under `corpus`."""
    limit = max_file_bytes()
    by_format: dict[str, list[Path]] = defaultdict(list)
    for path in iter_input_files([corpus]):
        by_format[path.suffix.lower()].append(path)
    print(f"{'format':7} {'files':>6} {'MB':>7} {'MB/s':>8} {'reports/s':>10} "
          f"{'baseline MB/s':>14} {'ratio':>6}")
    for suffix, paths in sorted(by_format.items()):
        size = sum(p.stat().st_size for p in paths) / 2**20
        started = time.perf_counter()
        for path in paths:
            with contextlib.suppress(ItemError):  # binary formats: the read alone
                decode_bytes(path.read_bytes(), str(path))
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        reports = 0
        for path in paths:
            try:
                reports += len(read_file(path, limit).deltas)
            except ItemError:
                continue
        seconds = time.perf_counter() - started
        print(f"{suffix:7} {len(paths):>6} {size:>7.2f} {size / seconds:>8.2f} "
              f"{reports / seconds:>10,.0f} {size / baseline:>14.2f} "
              f"{seconds / baseline:>5.0f}x")


def write_reports(folder: Path, count: int) -> None:
    """Write `count` small distinct text reports into subfolders of 1,000."""
    for i in range(count):
        sub = folder / f"{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"r{i:06d}.txt").write_text(
            f"Date: {1 + i % 28:02d}/03/2024\nGrading: B2P\n\nReport {i}. Ardit KOLA (34) was "
            f"seen with a white van AB12 CDE outside {i % 97} Example Road, Leeds. "
            "He used phone 07700 900123. " * 3 + "\n", encoding="utf-8")


_CHILD = """
import resource, sys
from ocgmap.cli.main import cli
try:
    cli(sys.argv[1:], prog_name="ocgmap")
except SystemExit:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def child_peak_rss(folder: Path, store: Path) -> tuple[float, float]:
    """Answer (seconds, peak RSS in MB) of `ocgmap ingest folder` in a child process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, "--store", str(store), "-q", "ingest",
                           str(folder)], check=True, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def memory(reports: int) -> None:
    """Print the peak memory of streaming `reports`, and 10× as many, reports."""
    results = []
    for count in (reports, reports * 10):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "reports"
            write_reports(folder, count)
            seconds, peak = child_peak_rss(folder, Path(tmp) / "store.db")
            results.append(peak)
            print(f"streamed {count:>7} reports in {seconds:7.1f} s "
                  f"({count / seconds:,.0f} reports/s), peak RSS {peak:7.1f} MB")
    print(f"peak memory ratio, 10x the reports: {results[1] / results[0]:.2f}")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, help="folder of reports (default: samples)")
    parser.add_argument("--copies", type=int, default=50, help="copies of each sample")
    parser.add_argument("--memory-reports", type=int, default=10_000)
    args = parser.parse_args()
    if args.corpus:
        throughput(args.corpus)
    else:
        tmp = Path(tempfile.mkdtemp())
        try:
            throughput(sample_corpus(tmp, args.copies))
        finally:
            shutil.rmtree(tmp)
    if args.memory_reports:
        memory(args.memory_reports)


if __name__ == "__main__":
    main()
