"""Scanning speed, as a ratio to plain tokenisation of the same text measured in the same run.

Run: python benchmarks/bench_scan.py [--repeat N]
The text is the corpus thesis when ../shared/corpus is beside the repository, otherwise a text built from
glossary names and filler words (so the script runs in a user's clone too). Prints MB/s for
translit.scan and for a bare regular-expression tokenisation (the floor), and their ratio.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from translit import scan
from translit.glossary import load
from translit.scan import _TOKEN  # the floor cuts words exactly as scan does

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "001_315f702db50d686a.txt"


def sample_text() -> tuple[str, str]:
    if CORPUS.is_file():
        return "corpus thesis", CORPUS.read_text(encoding="utf-8")
    rng = random.Random(7)
    names = [n.text for e in load() for n in e.names]
    filler = [
        "the",
        "of",
        "and",
        "in",
        "to",
        "a",
        "was",
        "were",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "from",
        "this",
        "which",
        "have",
    ]
    words = [rng.choice(names) if rng.random() < 0.05 else rng.choice(filler) for _ in range(40_000)]
    return "generated text", " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    label, text = sample_text()
    size = len(text.encode("utf-8")) / 1e6
    scan("warm up")
    best_floor = best_scan = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        sum(1 for _ in _TOKEN.finditer(text))
        best_floor = min(best_floor, time.perf_counter() - start)
        start = time.perf_counter()
        found = scan(text)
        best_scan = min(best_scan, time.perf_counter() - start)
    print(f"text: {label}, {size:.2f} MB, {len(found)} mentions")
    print(f"tokenise only (floor): {size / best_floor:8.1f} MB/s")
    print(f"translit.scan:         {size / best_scan:8.1f} MB/s  ratio to floor {best_floor / best_scan:.3f}")


if __name__ == "__main__":
    main()
