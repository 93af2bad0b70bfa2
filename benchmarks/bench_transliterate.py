"""Transliteration and canonicalisation speed, as ratios to a dict lookup measured in the same run.

Run: python benchmarks/bench_transliterate.py [--rounds N]
Prints names per second per scheme (uncached: every call goes through ICU), the ratio to a plain dict
lookup of the same names, the canonicaliser's speed with and without its memo, and the start-up time of
`translit transliterate`. The targets (issue 3) are 150k names/s for Cyrillic and Arabic script and 25k/s
for Chinese, uncached, and a start-up under 0.35 s; the script says whether each was met in this run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable

# Test names written for this benchmark (not corpus text): Uyghur, Kazakh, Kyrgyz, Russian, Chinese.
NAMES = {
    "ug-Arab-ULY": ["غۇلجا", "قەشقەر", "ئۈرۈمچى", "خوتەن", "ئاقسۇ", "تۇرپان", "قۇمۇل", "ئاتۇش", "كورلا", "ئالتاي"],
    "kk-Cyrl-Latn-2021": ["Тоқаев", "Құлжа", "Алматы", "Шымкент", "Өскемен", "Жаркент", "Сайрагүл", "Қарағанды"],
    "kk-Cyrl-BGN": ["Тоқаев", "Құлжа", "Алматы", "Шымкент", "Өскемен", "Жаркент", "Сайрагүл", "Қарағанды"],
    "ky-Cyrl-BGN": ["Бишкек", "Ош", "Жалал-Абад", "Кызыл-Суу", "Каракол", "Нарын", "Талас", "Баткен"],
    "ru-BGN": ["Кульджа", "Синьцзян", "Урумчи", "Кашгар", "Алма-Ата", "Пекин", "Москва", "Хотан"],
    "ru-ISO9": ["Кульджа", "Синьцзян", "Урумчи", "Кашгар", "Алма-Ата", "Пекин", "Москва", "Хотан"],
    "zh-Cyrl-pinyin": ["Синьцзян", "Шихэцзы", "Цинхэ", "Инин", "Чанцзи", "Кульджа", "Урумчи", "Си Цзиньпин"],
    "zh-pinyin": ["伊宁", "喀什", "乌鲁木齐", "阿勒泰", "和田", "阿克苏", "吐鲁番", "习近平", "伊力哈木·土赫提"],
}
TARGETS = {"Arab": 150_000, "Cyrl": 150_000, "Hani": 25_000}
SCRIPT = {"ug": "Arab", "kk": "Cyrl", "ky": "Cyrl", "ru": "Cyrl", "zh": "Hani"}


def rate(func: Callable[[str], object], names: list[str], rounds: int) -> float:
    items = names * rounds
    start = time.perf_counter()
    for name in items:
        func(name)
    return len(items) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3000)
    args = parser.parse_args()
    from translit import transliteration as tr
    from translit.match import Matcher, matcher

    all_names = [n for names in NAMES.values() for n in names]
    table = {n: n for n in all_names}
    floor = rate(table.get, all_names, args.rounds)
    print(f"dict lookup (floor): {floor:,.0f} names/s")
    ok = True
    for scheme_id, names in NAMES.items():
        scheme = tr.lookup(scheme_id)
        scheme.transliterate(names[0])  # build once, outside the timing
        speed = rate(scheme.transliterate, names, args.rounds)
        target = TARGETS[SCRIPT[scheme_id.split("-")[0]]]
        met = speed >= target
        ok &= met
        print(
            f"{scheme_id:20s} {speed:>10,.0f} names/s  ratio to dict {speed / floor:.4f}  target {target:,}"
            f" {'met' if met else 'NOT met'}"
        )
    m = matcher()
    fresh = Matcher(m.glossary)
    mixed = [*all_names, "Kuldja", "Sintszian", "Toqaev", "Kashghar", "Uighur"]
    from translit.keys import fold_keys
    from translit.match import _forms

    def uncached(name: str) -> object:
        _forms.cache_clear()  # no memo of any kind: every name is transliterated and folded again
        fold_keys.cache_clear()
        return fresh._canonicalize(name, None, None, None)

    cold = rate(uncached, mixed, max(1, args.rounds // 30))
    warm = rate(m.canonicalize, mixed, args.rounds)
    print(f"canonicalize, no memo: {cold:,.0f} names/s  ratio to dict {cold / floor:.4f}")
    print(f"canonicalize, memo:    {warm:,.0f} names/s  ratio to dict {warm / floor:.4f}")
    starts = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "translit", "transliterate", "--scheme", "ug-Arab-ULY"],
            input="غۇلجا\n".encode(), capture_output=True, check=True,
        )  # fmt: skip
        starts.append(time.perf_counter() - start)
    best = min(starts)
    floor_start = min(_time([sys.executable, "-c", "pass"]) for _ in range(5))
    print(
        f"`translit transliterate` start-up: {best:.3f} s (bare python: {floor_start:.3f} s, "
        f"ratio {best / floor_start:.1f}); target 0.35 s {'met' if best < 0.35 else 'NOT met'}"
    )
    return 0 if ok else 1


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
