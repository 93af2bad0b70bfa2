"""The Chinese place-name lexicon, generated from the glossary.

Policy: ICU reads Han characters one by one, and place names often read otherwise (喀什 is Kashi, not
Kashen; 阿勒泰 is Aletai, not Aleitai). Every glossary entry that is not a person and has both a
``zh-Hans``/``zh-Hant`` name and a ``zh-Latn-pinyin`` name is a sourced reading: the pinyin is split into
one syllable per character (among the syllables ICU knows), agreeing with ICU on at least half of them
and, where it differs, starting with the same letter (a polyphonic character's other reading),
and written to ``schemes/lexicon/zh-places.yaml`` when it differs from ICU's. A word whose split is not
unique, or that two entries read differently, is left out rather than guessed. The file is generated:
``translit glossary lexicon`` rewrites it, and the test suite fails when it is out of date.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

from .glossary import Glossary
from .transliteration import SYLLABLES_PATH, compute_pinyin_syllables, han_reading, pinyin_syllables

__all__ = ["LEXICON_PATH", "SYLLABLES_FILE", "align", "build_lexicon", "render_lexicon", "render_syllables"]

LEXICON_PATH = Path(__file__).parent / "schemes" / "lexicon" / "zh-places.yaml"
SYLLABLES_FILE = Path(__file__).parent / SYLLABLES_PATH
_HEADER = (
    "# Generated from the glossary by `translit glossary lexicon`; do not edit by hand.\n"
    "# Place-name readings that differ from ICU's per-character readings, one syllable per character.\n"
)
_SUFFIXES = "市县縣區区州镇鎮乡鄉村"
_TYPES = frozenset({"place", "feature", "polity"})


def _plain_pinyin(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return "".join(ch for ch in unicodedata.normalize("NFC", kept) if ch.isalpha())


@cache
def _max_len() -> int:
    return max(len(s) for s in pinyin_syllables())


def _splits(pinyin: str, count: int) -> list[list[str]]:
    """Every way to cut ``pinyin`` into ``count`` known syllables."""
    syllables = pinyin_syllables()
    longest = _max_len()
    out: list[list[str]] = []

    def walk(pos: int, acc: list[str]) -> None:
        if len(out) > 16:
            return
        if pos == len(pinyin):
            if len(acc) == count:
                out.append(list(acc))
            return
        if len(acc) == count:
            return
        for end in range(pos + 1, min(len(pinyin), pos + longest) + 1):
            piece = pinyin[pos:end]
            if piece in syllables:
                acc.append(piece)
                walk(end, acc)
                acc.pop()

    walk(0, [])
    return out


def align(han: str, pinyin: str) -> list[str] | None:
    """One syllable per character of ``han`` spelling ``pinyin``, or ``None`` when it is not clear.

    >>> align("喀什", "Kashi")
    ['ka', 'shi']
    """
    target = _plain_pinyin(pinyin)
    icu = [han_reading(ch) for ch in han]
    best: list[list[str]] = []
    best_score = -1
    for split in _splits(target, len(han)):
        score = sum(a == b for a, b in zip(split, icu, strict=True))
        if 2 * score < len(han) or any(a[0] != b[:1] for a, b in zip(split, icu, strict=True) if a != b):
            continue  # another name, not another reading: too few agreements, or a different initial
        if score > best_score:
            best, best_score = [split], score
        elif score == best_score:
            best.append(split)
    return best[0] if len(best) == 1 else None


def build_lexicon(glossary: Glossary) -> dict[str, str]:
    """Han word -> space-separated syllables, for every sourced reading that differs from ICU's."""
    found: dict[str, set[str]] = {}
    for entry in glossary:
        if entry.type not in _TYPES:
            continue
        hans = [n.text for n in entry.names if n.lang in ("zh-Hans", "zh-Hant")]
        pinyins = [n.text for n in entry.names if n.lang == "zh-Latn-pinyin"]
        for han in hans:
            if not all("\u4e00" <= ch <= "\u9fff" for ch in han):
                continue
            for pinyin in pinyins:
                for word in (han.rstrip(_SUFFIXES), han):
                    if len(word) < 2:
                        continue
                    split = align(word, pinyin)
                    if split is not None:
                        if split != [han_reading(ch) for ch in word]:
                            found.setdefault(word, set()).add(" ".join(split))
                        break
    words = {word: next(iter(readings)) for word, readings in sorted(found.items()) if len(readings) == 1}
    return {**_char_readings(glossary, words), **words}


def _char_readings(glossary: Glossary, words: dict[str, str]) -> dict[str, str]:
    """Single characters that every sourced place name reads otherwise than ICU, in two words or more.

    勒 is lè in ICU but le in 阿勒泰, 库尔勒, 疏勒, 策勒, ...: such a character is read that way in any
    place name, listed or not. A character that any lexicon word reads as ICU does is left alone.
    """
    readings: dict[str, Counter[str]] = {}
    for word, syllables in words.items():
        for char, syllable in zip(word, syllables.split(), strict=True):
            readings.setdefault(char, Counter())[syllable] += 1
    out = {}
    for char, counter in sorted(readings.items()):
        if len(counter) == 1:
            ((syllable, count),) = counter.items()
            if count >= 2 and syllable != han_reading(char):
                out[char] = syllable
    return out


def render_syllables() -> str:
    """The text of the generated pinyin syllable table (ICU's readings of the CJK Unified Ideographs)."""
    header = "# Generated by `translit glossary lexicon` from ICU's readings of U+4E00..U+9FFF; do not edit.\n"
    return header + "".join(f"{s}\n" for s in compute_pinyin_syllables())


def render_lexicon(glossary: Glossary) -> str:
    """The text of the lexicon file for ``glossary``."""
    lines = [_HEADER, "entries:\n"]  # single characters first, then words
    for word, syllables in build_lexicon(glossary).items():
        lines.append(f"  - {{han: {word}, syllables: {syllables}}}\n")
    if len(lines) == 2:
        lines[1] = "entries: []\n"
    return "".join(lines)
