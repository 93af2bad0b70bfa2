"""Transliteration schemes: a registry of named, data-defined transforms. The only module that imports ICU.

Policy: every scheme is a YAML file in ``translit/schemes/`` holding its metadata (source and target
language/script, the standard and its authority, year, reversibility), its ICU definition (rule text compiled
with ``Transliterator.createFromRules``, or a built-in ICU id wrapped by corrective rules) and its samples,
which the test suite runs. Transliterators are compiled once per process, lazily, under a lock. Input is
always passed through :func:`translit.normalize.clean` first. Chinese schemes add a lexicon of place-name
readings that overrides ICU's per-character readings. Nothing falls back silently: an unknown scheme id
raises :class:`~translit.errors.UnknownSchemeError`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import icu
import yaml

from .errors import UnknownSchemeError
from .normalize import MIDDLE_DOT, clean

__all__ = [
    "ICU_VERSION",
    "Sample",
    "Scheme",
    "compute_pinyin_syllables",
    "get",
    "han_reading",
    "lookup",
    "names",
    "pinyin_cut",
    "pinyin_syllables",
    "schemes",
    "transliterate",
]

ICU_VERSION: str = icu.ICU_VERSION
"""The ICU version the outputs were pinned against; asserted by the test suite and printed by --version."""

_LOCK = threading.RLock()
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Sample:
    """One input and its expected output, with where the expectation comes from."""

    input: str
    expected: str
    source: str


@dataclass(slots=True)
class Scheme:
    """A named transliteration scheme defined by a data file."""

    id: str
    name: str
    source: str
    target: str
    standard: str
    authority: str
    year: str
    reversible: bool
    inverse: str | None
    complete: bool
    samples: tuple[Sample, ...]
    notes: str = ""
    _definition: dict[str, Any] = field(default_factory=dict, repr=False)
    _apply: Callable[[str], str] | None = field(default=None, repr=False)

    def transliterate(self, text: str) -> str:
        """Apply the scheme to ``text`` (cleaned first); the result is NFC."""
        out = self._callable()(clean(text))
        return out if unicodedata.is_normalized("NFC", out) else unicodedata.normalize("NFC", out)

    def _callable(self) -> Callable[[str], str]:
        """The compiled scheme, built once (lazily, under the lock); it expects cleaned text."""
        apply = self._apply
        if apply is None:
            with _LOCK:
                if self._apply is None:
                    self._apply = _build(self)
                apply = self._apply
        return apply

    def as_dict(self) -> dict[str, Any]:
        """Metadata as a JSON-ready mapping (no samples)."""
        return {
            "id": self.id,
            "name": self.name,
            "source": self.source,
            "target": self.target,
            "standard": self.standard,
            "authority": self.authority,
            "year": self.year,
            "reversible": self.reversible,
            "inverse": self.inverse,
            "complete": self.complete,
        }


def _rules(scheme_id: str, rules: str, direction: int = icu.UTransDirection.FORWARD) -> Callable[[str], str]:
    transliterator = icu.Transliterator.createFromRules(scheme_id, rules, direction)
    return transliterator.transliterate  # type: ignore[no-any-return]


def _word_marker(marker: str, if_any: str, unless_any: str) -> Callable[[str], str]:
    """A step that puts ``marker`` before every word holding one of ``if_any`` and none of ``unless_any``.

    Scripts that mark a property once per word (Kazakh Arabic writes HIGH HAMZA before a front-vowel word
    that has no inherently front letter) need a look at the whole word, which ICU rules cannot take.
    """
    wanted, blocked = frozenset(if_any), frozenset(unless_any)

    def mark(word: re.Match[str]) -> str:
        letters = set(word.group(0))
        return marker + word.group(0) if letters & wanted and not letters & blocked else word.group(0)

    return lambda text: _WORDS.sub(mark, text)


_WORDS = re.compile(r"\w+")


def _compile(scheme_id: str, definition: dict[str, Any]) -> Callable[[str], str]:
    """Compile a definition into one callable: rules, then a built-in or a chain of schemes, then post rules."""
    steps: list[Callable[[str], str]] = []
    if "word_marker" in definition:
        steps.append(_word_marker(**definition["word_marker"]))
    if definition.get("kind") == "reverse":
        steps.append(_rules(scheme_id, lookup(definition["of"])._definition["rules"], icu.UTransDirection.REVERSE))
    elif definition.get("rules"):
        steps.append(_rules(scheme_id, definition["rules"]))
    if "builtin" in definition:
        steps.append(icu.Transliterator.createInstance(definition["builtin"]).transliterate)
    for part in definition.get("chain", ()):
        steps.append(lookup(part)._callable())  # the input is cleaned once, not at every link
    if definition.get("post_rules"):
        steps.append(_rules(scheme_id + "/post", definition["post_rules"]))

    def apply(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return apply


def _syllable_rules(definition: dict[str, Any]) -> str | None:
    """A scheme's syllable rules: its own, or those of the scheme named by ``syllables_of``."""
    if "syllables_of" in definition:
        return str(lookup(definition["syllables_of"])._definition["syllable_rules"])
    rules = definition.get("syllable_rules")
    return str(rules) if rules else None


def _build(scheme: Scheme) -> Callable[[str], str]:
    kind = scheme._definition.get("kind")
    if kind == "pinyin":
        return _PinyinReader(scheme._definition)
    if kind == "syllables-reverse":
        return _SyllableReader(scheme._definition)
    icu_apply = _compile(scheme.id, scheme._definition)
    if kind == "han":
        return _HanReader(icu_apply, scheme._definition)
    return icu_apply


# --- Chinese --------------------------------------------------------------------------------------------

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_PLACE_SUFFIXES = (
    "自治区", "自治州", "自治县", "地区", "市", "县", "区", "州", "镇", "乡", "村", "河", "湖", "山", "省",
)  # fmt: skip


# ICU's Han-Latin/Names gives a character that is also a surname its surname reading wherever it stands: 区
# ōu (so 天山区 was Tianshanou and 吐鲁番地区 Tulufandiou), 乐 yuè (博乐 Boyue), 查 zhā (察布查尔 Chabuzhaer).
# These characters are read with their common reading, which place names and transcriptions use: 区 qū, 乐
# lè, 查 chá, 召 zhào (a Mongolian monastery), 折 zhé, 刀 dāo (刀郎 Daolang), 繁 fán; none is among the
# common surnames that begin a personal name (lexicon/zh-surnames.yaml), which would want the other. The
# others ICU reads so keep the surname reading, which places also use (尉犁 Yuli, 重庆 Chongqing, 长 chang),
# or differ only in tone.
_NOT_SURNAME_READINGS = {"区": "qū", "乐": "lè", "查": "chá", "召": "zhào", "折": "zhé", "刀": "dāo", "繁": "fán"}


@cache
def _lexicon() -> dict[str, str]:
    """Place-name readings (Han -> toneless pinyin syllables separated by spaces) from lexicon/zh-places.yaml."""
    text = resources.files("translit").joinpath("schemes/lexicon/zh-places.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return {str(item["han"]): str(item["syllables"]) for item in data["entries"]}


@cache
def _surnames() -> frozenset[str]:
    text = resources.files("translit").joinpath("schemes/lexicon/zh-surnames.yaml").read_text(encoding="utf-8")
    return frozenset(str(s) for s in yaml.safe_load(text)["surnames"])


class _HanReader:
    """Reads runs of Han characters as pinyin (or, with syllable rules, Wade-Giles) words.

    A run is looked up in the place-name lexicon first (longest prefix wins, then the rest is read on); a run
    of two to four characters that starts with a common surname, has no place suffix and is not in the
    lexicon is read as a personal name, surname apart; anything else is one word. Middle dots split
    transcribed foreign names into words.
    """

    def __init__(self, icu_apply: Callable[[str], str], definition: dict[str, Any]) -> None:
        self._icu = icu_apply
        self._tones = bool(definition.get("tones", False))
        self._chars: dict[str, str] = {}
        self._syllable: Callable[[str], str] | None = None
        self._join = str(definition.get("join", "-"))
        rules = _syllable_rules(definition)
        if rules:
            self._syllable = _rules("han/syllable", rules)

    def _char(self, char: str) -> str:
        """ICU's reading of one character, computed once per character (a table, not a cache of names)."""
        reading = self._chars.get(char)
        if reading is None:
            reading = self._icu(char).strip() or char
            self._chars[char] = reading
        return reading

    def _readings(self, han: str) -> list[str]:
        """One toneless (or toned) syllable per character, the lexicon overriding ICU, and the common
        reading of a character that ICU reads as a surname (:data:`_NOT_SURNAME_READINGS`) overriding it."""
        lexicon = _lexicon()
        out: list[str] = []
        rest = han
        while rest:
            for end in range(len(rest), 0, -1):
                if rest[:end] in lexicon and not self._tones:
                    out.extend(lexicon[rest[:end]].split())
                    rest = rest[end:]
                    break
            else:
                out.append(_NOT_SURNAME_READINGS.get(rest[0]) or self._char(rest[0]))
                rest = rest[1:]
        if not self._tones:
            out = [_strip_tones(s) for s in out]
        return out

    def _word(self, han: str) -> str:
        syllables = self._readings(han)
        if self._syllable is not None:
            return self._join.join(self._syllable(s) for s in syllables).capitalize()
        return "".join(syllables).capitalize()

    def _run(self, match: re.Match[str]) -> str:
        han = match.group(0)
        start = match.start()
        is_person = (
            MIDDLE_DOT not in match.string
            and 2 <= len(han) <= 4
            and han[0] in _surnames()
            and not han.endswith(_PLACE_SUFFIXES)
            and not any(han[:k] in _lexicon() for k in range(2, len(han) + 1))
        )
        text = self._word(han[0]) + " " + self._word(han[1:]) if is_person else self._word(han)
        if start and match.string[start - 1] not in " " + MIDDLE_DOT:
            text = " " + text
        return text

    def __call__(self, text: str) -> str:
        text = _HAN_RUN.sub(self._run, text)
        return re.sub(" +", " ", text.replace(MIDDLE_DOT, " ")).strip()


def _fewest_syllables(
    word: str, table: dict[str, str], longest: int, vowels: frozenset[str] = frozenset()
) -> list[str] | None:
    """The readings (``table`` values) of ``word`` cut into the fewest spellings (``table`` keys, at most
    ``longest`` letters), or ``None`` when it cannot be cut. Among equal cuts the one with fewest pieces
    after the first that begin with one of ``vowels`` wins (Хэнань is he-nan, not heng-an); otherwise the
    first found."""
    # best[i]: (pieces, vowel-initial pieces, readings) for word[:i]
    best: list[tuple[int, int, list[str]] | None] = [(0, 0, [])] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            head = best[start]
            reading = table.get(word[start:end])
            if head is None or reading is None:
                continue
            vowel = int(start > 0 and word[start] in vowels)
            candidate = (head[0] + 1, head[1] + vowel, [*head[2], reading])
            current = best[end]
            if current is None or candidate[:2] < current[:2]:
                best[end] = candidate
    found = best[len(word)]
    return found[2] if found else None


@cache
def _pinyin_table() -> dict[str, str]:
    """Each pinyin syllable read as itself, for :func:`_fewest_syllables`."""
    return {syllable: syllable for syllable in pinyin_syllables()}


def pinyin_cut(word: str) -> list[str] | None:
    """The fewest toneless pinyin syllables that spell ``word`` (lower case, no separators), or ``None``
    when it is not pinyin.

    >>> pinyin_cut("xinjiang"), pinyin_cut("ouroumtsi")
    (['xin', 'jiang'], None)
    """
    return _fewest_syllables(word, _pinyin_table(), 6)


class _PinyinReader:
    """Converts toneless pinyin words syllable by syllable (syllable rules), joining them with ``join``
    (a hyphen unless the scheme says otherwise).

    A word is cut into the fewest syllables ICU knows (an apostrophe or hyphen always cuts); a word that
    cannot be cut is left as it is.
    """

    def __init__(self, definition: dict[str, Any]) -> None:
        self._syllable = _rules("pinyin/syllable", _syllable_rules(definition) or "")
        self._join = str(definition.get("join", "-"))

    def _word(self, match: re.Match[str]) -> str:
        word = match.group(0)
        pieces: list[str] = []
        for part in re.split("['\\-]", _strip_tones(word.lower())):
            cut = pinyin_cut(part) if part else []
            if cut is None:
                return word
            pieces.extend(cut)
        out = self._join.join(self._syllable(p) for p in pieces)
        return out[:1].upper() + out[1:] if word[:1].isupper() else out

    def __call__(self, text: str) -> str:
        return _PINYIN_WORD.sub(self._word, text)


class _SyllableReader:
    """Reads text written in a syllabic transcription of Chinese back into toneless pinyin.

    The table is the inverse of the forward scheme named by ``of`` (a ``pinyin`` kind) over every pinyin
    syllable, plus the scheme's ``variants`` (older or alternative spellings of a syllable); two syllables
    with one spelling are an error unless ``prefer`` names the reading to keep. Each word is cut into the
    fewest syllables, and among equal cuts the one with fewest syllables that begin with a vowel (pinyin and
    the transcriptions mark those with an apostrophe or a hard sign, which always cut). A word that cannot
    be cut is left as it is, so the output tells a transcribed name from any other word.
    """

    def __init__(self, definition: dict[str, Any]) -> None:
        forward = lookup(definition["of"])
        prefer: dict[str, str] = {str(k): str(v) for k, v in (definition.get("prefer") or {}).items()}
        table: dict[str, str] = {}
        for syllable in sorted(pinyin_syllables()):
            spelled = forward.transliterate(syllable).lower()
            if spelled in table and table[spelled] != syllable:
                if spelled not in prefer:
                    raise UnknownSchemeError(
                        f"{definition['of']}: {table[spelled]!r} and {syllable!r} are both spelled {spelled!r}"
                    )
                syllable = prefer[spelled]
            table[spelled] = syllable
        for spelled, syllable in (definition.get("variants") or {}).items():
            table.setdefault(str(spelled), str(syllable))
        self._table = table
        self._longest = max(len(k) for k in table)
        self._vowels = frozenset(str(definition.get("vowels", "")))
        self._separators = re.compile("[" + re.escape(str(definition.get("separators", "'"))) + "]")

    def _word(self, match: re.Match[str]) -> str:
        word = match.group(0)
        readings: list[str] = []
        for part in self._separators.split(word.lower().replace("ё", "е")):
            cut = _fewest_syllables(part, self._table, self._longest, self._vowels) if part else []
            if cut is None:
                return word
            readings.extend(cut)
        # pinyin marks a syllable that begins with a, o or e inside a word with an apostrophe (Xi'an)
        out = "".join(("'" + r if i and r[0] in "aoe" else r) for i, r in enumerate(readings))
        return out[:1].upper() + out[1:] if word[:1].isupper() else out

    def __call__(self, text: str) -> str:
        return _CYRILLIC_WORD.sub(self._word, text)


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+(?:['\u2019ъЪ][\u0400-\u04ff]+)*")
_PINYIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['\-][A-Za-z\u00c0-\u024f]+)*")


def _strip_tones(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    # keep the diaeresis of ü (COMBINING DIAERESIS), drop the tone marks
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", kept)


@cache
def _han_latin() -> icu.Transliterator:
    return icu.Transliterator.createInstance("Han-Latin/Names")


def han_reading(char: str) -> str:
    """The toneless pinyin reading of one Han character outside a surname, ICU's or the common one
    (:data:`_NOT_SURNAME_READINGS`): the reading the lexicon may override."""
    return _strip_tones(_NOT_SURNAME_READINGS.get(char) or _han_latin().transliterate(char).strip())


SYLLABLES_PATH = "schemes/lexicon/pinyin-syllables.txt"


def compute_pinyin_syllables() -> list[str]:
    """Every toneless pinyin syllable with a vowel that ICU reads a CJK Unified Ideograph (U+4E00..U+9FFF)
    as, sorted: the content of the generated file SYLLABLES_PATH (0.3 s to compute, so it is stored)."""
    han = _han_latin()
    readings = {_strip_tones(han.transliterate(chr(cp)).strip()) for cp in range(0x4E00, 0xA000)}
    return sorted(r for r in readings if r.isalpha() and any(v in r for v in "aeiouü"))


@cache
def pinyin_syllables() -> frozenset[str]:
    """The pinyin syllables of :func:`compute_pinyin_syllables`, read from the generated file."""
    text = resources.files("translit").joinpath(SYLLABLES_PATH).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


# --- registry -------------------------------------------------------------------------------------------


def _load_scheme(name: str, text: str) -> Scheme:
    data = yaml.load(text, Loader=_YAML_LOADER)  # a safe loader (C if available)
    samples = tuple(Sample(str(s["in"]), str(s["out"]), str(s["source"])) for s in data.get("samples", []))
    keys = (
        "kind", "of", "rules", "builtin", "post_rules", "chain", "tones", "syllable_rules", "syllables_of",
        "join", "word_marker", "prefer", "variants", "vowels", "separators",
    )  # fmt: skip
    definition = {k: data[k] for k in keys if k in data}
    return Scheme(
        id=data["id"],
        name=data["name"],
        source=data["source"],
        target=data["target"],
        standard=data["standard"],
        authority=data["authority"],
        year=str(data["year"]),
        reversible=bool(data["reversible"]),
        inverse=data.get("inverse"),
        complete=bool(data.get("complete", True)),
        samples=samples,
        notes=str(data.get("notes", "")),
        _definition=definition,
    )


@cache
def _registry() -> dict[str, Scheme]:
    registry: dict[str, Scheme] = {}
    folder = resources.files("translit").joinpath("schemes")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            scheme = _load_scheme(entry.name, entry.read_text(encoding="utf-8"))
            if scheme.id in registry:
                raise UnknownSchemeError(f"scheme id {scheme.id!r} is defined twice (in {entry.name})")
            registry[scheme.id] = scheme
    return registry


def schemes() -> list[Scheme]:
    """Every registered scheme, sorted by id."""
    return sorted(_registry().values(), key=lambda s: s.id)


def names() -> list[str]:
    """Every registered scheme id, sorted."""
    return sorted(_registry())


def get(scheme_id: str) -> Scheme | None:
    """The scheme with this id, or ``None``. (``get`` returns None; :func:`lookup` raises.)"""
    return _registry().get(scheme_id)


def lookup(scheme_id: str) -> Scheme:
    """The scheme with this id.

    Raises:
        UnknownSchemeError: no scheme has that id.
    """
    scheme = _registry().get(scheme_id)
    if scheme is None:
        raise UnknownSchemeError(f"unknown scheme {scheme_id!r}; `translit schemes` lists them")
    return scheme


def transliterate(text: str, scheme: str) -> str:
    """Transliterate ``text`` with the scheme named ``scheme``.

    >>> transliterate("Тоқаев", "kk-Cyrl-Latn-2021")
    'Toqaev'

    Raises:
        UnknownSchemeError: ``scheme`` is not a registered id.
    """
    return lookup(scheme).transliterate(text)
