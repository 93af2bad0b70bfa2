"""Finding glossary names in running text.

Policy: text is cut into word tokens (letters and digits of one script; apostrophes, hyphens and spaces
separate them, and digits glued to a word, as footnote numbers are in PDF text, are cut off), and at each
token the longest run of up to twelve tokens (``_MAX_TOKENS``) whose normalised form is a glossary name wins.
Only the ``exact`` and ``normalized`` tiers are used: in running text the lossy tiers would find names in
ordinary words. Token boundaries hold ("ili" is not found in "military"), and a glossary form of three letters
or fewer, or written in capitals, must match with its case ("IS", "Han", "Xi"). A line-end hyphen inside a
name ("Nur-" at the end of a line, "Sultan" on the next) is read as the hyphen it is. Offsets refer to the
text as given.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .match import Match, Matcher, matcher
from .normalize import normal_key

__all__ = ["Mention", "scan"]

_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_MAX_TOKENS = 12
_SPACE = "[ \t\u00a0\u202f]*"  # spaces, NO-BREAK SPACE, NARROW NO-BREAK SPACE
# What may stand between two words of one name: spaces and at most one line break, or a hyphen (also at
# the end of a line), or an apostrophe.
_GAP = re.compile(f"{_SPACE}(?:[-\u2010\u2011\u2013]{_SPACE}\n?{_SPACE}|['\u2019\u02bc]|\n?){_SPACE}")


@dataclass(frozen=True, slots=True)
class Mention:
    """A glossary name found in a text: where, as written, and the entry (or entries) it names."""

    start: int
    end: int
    text: str
    match: Match

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"start": self.start, "end": self.end, "text": self.text, **self.match.as_dict()}


@dataclass(frozen=True, slots=True)
class _Tables:
    strict: dict[str, set[str]]  # normalised key -> the only spellings that count (short names, acronyms)
    prefixes: frozenset[str]  # every normalised name cut after each of its words: where a match may go on


_SEPARATOR = re.compile(r"([ \-'\u00b7])")
_TABLES: weakref.WeakKeyDictionary[Matcher, _Tables] = weakref.WeakKeyDictionary()


def _tables(m: Matcher) -> _Tables:
    tables = _TABLES.get(m)
    if tables is None:
        strict: dict[str, set[str]] = {}
        for entry in m.glossary:
            for name in entry.names:
                text = name.text
                if len(text) <= 3 or (text.isupper() and len(text) <= 6):
                    strict.setdefault(normal_key(text), set()).add(text)
        prefixes: set[str] = set()
        for key in m.normal_keys():
            parts = _SEPARATOR.split(key)
            prefixes.update("".join(parts[: i + 1]) for i in range(0, len(parts), 2))
        tables = _TABLES.setdefault(m, _Tables(strict, frozenset(prefixes)))
    return tables


def scan(
    text: str, *, glossary: Iterable[str | Path] | str | Path | None = None, type: str | None = None
) -> list[Mention]:
    """Every glossary name in ``text``, longest first, left to right, without overlaps.

    >>> [(m.text, m.match.id) for m in scan("Protests in Kuldja and Nur-\\nSultan; the military did nothing.")]
    [('Kuldja', 'yining'), ('Nur-\\nSultan', 'astana')]
    """
    return list(_scan(text, matcher(glossary), type))


def _separator(gap: str) -> str | None:
    """The normalised separator of two words of one name, or None when the gap parts them."""
    if not _GAP.fullmatch(gap):
        return None
    if any(ch in gap for ch in "-\u2010\u2011\u2013"):
        return "-"
    if any(ch in gap for ch in "'\u2019\u02bc"):
        return "'"
    return " "


def _scan(text: str, m: Matcher, type_: str | None) -> Iterator[Mention]:
    known = m.normal_keys()
    tables = _tables(m)
    tokens = list(_TOKEN.finditer(text))
    keys: dict[str, str] = {}

    def key_of(token: re.Match[str]) -> str:
        word = token.group(0)
        key = keys.get(word)
        if key is None:
            key = keys.setdefault(word, normal_key(word))
        return key

    i = 0
    while i < len(tokens):
        current = key_of(tokens[i])
        best: tuple[int, str] | None = None
        n = 1
        while current in tables.prefixes:
            if current in known:
                best = (n, current)
            if i + n >= len(tokens) or n >= _MAX_TOKENS:
                break
            sep = _separator(text[tokens[i + n - 1].end() : tokens[i + n].start()])
            if sep is None:
                break
            current = current + sep + key_of(tokens[i + n])
            n += 1
        mention = None
        count = 1
        if best is not None:
            count, key = best
            start, end = tokens[i].start(), tokens[i + count - 1].end()
            span = text[start:end]
            cased = tables.strict.get(key)
            if cased is None or span in cased:
                match = m.lookup_normalized(span, key, type=type_)
                if match is not None:
                    mention = Mention(start, end, span, match)
        if mention is not None:
            yield mention
            i += count
        else:
            i += 1
