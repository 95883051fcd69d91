"""Benchmark the generator over ../shared/dev-articles with the model already loaded.

Prints per-article seconds and words, words per second, the median seconds per
1,000 words and peak memory (resident set size, from getrusage).
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.generator import Article, generate  # noqa: E402
from quizapp.generator.nlp import get_nlp  # noqa: E402


def main() -> int:
    folder = ROOT / ".." / "shared" / "dev-articles"
    files = sorted(folder.glob("*.txt"))
    if not files:
        print(f"no articles in {folder}")
        return 1
    get_nlp()("Warm up the pipeline.")
    per_kw, total_words, total_time = [], 0, 0.0
    for path in files:
        text = path.read_text(encoding="utf-8")
        words = len(text.split())
        start = time.perf_counter()
        qs = generate([Article(path.name, text)])
        took = time.perf_counter() - start
        total_words += words
        total_time += took
        per_kw.append(took / words * 1000)
        print(f"{took:6.3f} s  {words:5d} words  {len(qs.questions):2d} questions  {path.name}")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"articles: {len(files)}  words/s: {total_words / total_time:,.0f}")
    print(f"median s per 1,000 words: {statistics.median(per_kw):.3f}")
    print(f"peak memory (max RSS): {peak_kb / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
