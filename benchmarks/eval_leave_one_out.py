"""How well the canonicaliser generalises: every glossary name is looked up with that name left out.

Run: python benchmarks/eval_leave_one_out.py [--lang-prefix en] [--show 20]
For each name of each entry, the index is queried as if that one form were not in the glossary (its
postings are ignored), so only the entry's other forms, the schemes and the folding can find it. Reports
how many held-out names resolve to their own entry (right), to another entry (wrong), to an ambiguity that
includes the right entry, to nothing, and the precision right / (right + wrong), by tier. Names that are
also forms of another entry (declared ambiguities) are skipped.
"""

from __future__ import annotations

import argparse
from collections import Counter

from translit.glossary import load
from translit.match import Matcher
from translit.normalize import normal_key


class HeldOut(Matcher):
    held: str = ""

    def _decide(self, text, method, postings, type_, when, kinds=None):  # type: ignore[no-untyped-def]
        kept = [p for p in postings if normal_key(p[1]) != self.held]
        return super()._decide(text, method, kept, type_, when, kinds) if kept else None

    _filtered: tuple[str, list] | None = None  # (held key, the fuzzy postings without it)

    def _fuzzy(self, text, folded, type_, when, kinds=None):  # type: ignore[no-untyped-def]
        saved = self._index.fuzzy_postings
        if self._filtered is None or self._filtered[0] != self.held:
            self._filtered = (self.held, [[p for p in ps if normal_key(p[1]) != self.held] for ps in saved])
        self._index.fuzzy_postings = self._filtered[1]
        try:
            return super()._fuzzy(text, folded, type_, when, kinds)
        finally:
            self._index.fuzzy_postings = saved


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang-prefix", default="", help="only names whose language tag starts with this")
    parser.add_argument("--show", type=int, default=15, help="print this many wrong answers")
    args = parser.parse_args()
    glossary = load()
    owners: dict[str, set[str]] = {}
    for entry in glossary:
        for name in entry.names:
            owners.setdefault(normal_key(name.text), set()).add(entry.id)
    m = HeldOut(glossary)
    outcome: Counter[str] = Counter()
    by_tier: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    for entry in glossary:
        for name in entry.names:
            key = normal_key(name.text)
            if not name.lang.startswith(args.lang_prefix) or len(owners[key]) > 1:
                continue
            m.held = key
            result = m._canonicalize(name.text, None, None, None)
            if result is None or (result.id is None and not result.ambiguous):
                kind = "none"
            elif result.id == entry.id:
                kind = "right"
            elif result.ambiguous and entry.id in {c.id for c in result.candidates}:
                kind = "ambiguous, right among candidates"
            else:
                kind = "wrong"
                wrong.append(f"{name.text!r} ({entry.id}) -> {result.id or result.candidates[0].id} [{result.method}]")
            outcome[kind] += 1
            if result is not None:
                by_tier[(result.method, kind)] += 1
    total = sum(outcome.values())
    print(f"held-out names: {total}")
    for kind, count in outcome.most_common():
        print(f"  {kind:36s} {count:5d}  {count / total:.1%}")
    right, bad = outcome["right"], outcome["wrong"]
    print(f"precision (right / (right + wrong)): {right / max(1, right + bad):.3f}")
    print(f"recall (right / all): {right / max(1, total):.3f}")
    print("by tier:")
    for (tier, kind), count in sorted(by_tier.items()):
        print(f"  {tier:15s} {kind:36s} {count:5d}")
    for line in wrong[: args.show]:
        print("  wrong:", line)


if __name__ == "__main__":
    main()
