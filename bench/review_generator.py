"""Print every generated question with its choices, key and evidence (for reading against the rubric)."""

import sys
from pathlib import Path

from quizapp.formats.model import set_problems
from quizapp.generator import Article, generate

ROOT = Path(__file__).resolve().parents[1] / ".." / "shared"


def show(paths):
    qs = generate([Article(p.name, p.read_text(encoding="utf-8")) for p in paths])
    print(f"=== {', '.join(p.name for p in paths)}: {len(qs.questions)} questions {set_problems(qs)}")
    for n, q in enumerate(qs.questions, 1):
        if q.kind == "true_false":
            print(f"{n}. [TF {q.answer}] {q.prompt}")
        else:
            print(f"{n}. {q.prompt}")
            print("     " + " | ".join(("*" + c) if c == q.answer else c for c in q.choices))
        for e in q.evidence:
            print(f"     <{e.source}> {e.sentence}")
    for c in qs.conflicts:
        print("  CONFLICT", c.description)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["seeds"]:
        show(sorted((ROOT / "seeds").glob("*.txt")))
    else:
        files = [Path(a) for a in args] or sorted((ROOT / "dev-articles").glob("*.txt"))
        for p in files:
            show([p])
