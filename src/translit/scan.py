"""Finding glossary names in running text.

Policy: text is cut into word tokens (letters and digits of one script; apostrophes, hyphens and spaces
separate them, and digits glued to a word, as footnote numbers are in PDF text, are cut off), and at each
token the longest run of up to eight tokens whose normalised form is a glossary name wins. Only the
``exact`` and ``normalized`` tiers are used: in running text the lossy tiers would find names in ordinary
words. Token boundaries hold ("ili" is not found in "military"), and a glossary form of three letters or
fewer, or written in capitals, must match with its case ("IS", "Han", "Xi"). A line-end hyphen inside a
name ("Nur-" at the end of a line, "Sultan" on the next) is read as the hyphen it is. Offsets refer to the
text as given.
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .match import Match, Matcher, matcher
from .normalize import normal_key

__all__ = ["Mention", "scan"]

_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_MAX_TOKENS = 8
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
    firsts: frozenset[str]  # normalised first words of all names: a token not in it starts no name


_FIRST_WORD = re.compile(r"[ \-'\u00b7]")
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
        firsts = frozenset(_FIRST_WORD.split(key, maxsplit=1)[0] for key in m._index.normal)
        tables = _TABLES.setdefault(m, _Tables(strict, firsts))
    return tables


def scan(text: str, *, glossary: Iterable[str | Path] | None = None, type: str | None = None) -> list[Mention]:
    """Every glossary name in ``text``, longest first, left to right, without overlaps.

    >>> [(m.text, m.match.id) for m in scan("Protests in Kuldja and Nur-\\nSultan; the military did nothing.")]
    [('Kuldja', 'yining'), ('Nur-\\nSultan', 'astana')]
    """
    return list(_scan(text, matcher(glossary), type))


def _scan(text: str, m: Matcher, type_: str | None) -> Iterator[Mention]:
    index = m._index
    tables = _tables(m)
    strict = tables.strict
    tokens = list(_TOKEN.finditer(text))
    joined = [bool(_GAP.fullmatch(text, a.end(), b.start())) for a, b in itertools.pairwise(tokens)]
    token_keys: dict[str, str] = {}
    i = 0
    while i < len(tokens):
        found = None
        word = tokens[i].group(0)
        key = token_keys.get(word)
        if key is None:
            key = token_keys.setdefault(word, normal_key(word))
        if key not in tables.firsts:
            i += 1
            continue
        for n in range(min(_MAX_TOKENS, len(tokens) - i), 0, -1):
            first, last = tokens[i], tokens[i + n - 1]
            if not all(joined[i : i + n - 1]):
                continue
            span = text[first.start() : last.end()]
            key = normal_key(span.replace("\n", " "))
            postings = index.normal.get(key)
            if not postings:
                continue
            cased = strict.get(key)
            if cased is not None and span not in cased:
                continue
            match = m._decide(span, "exact" if span in index.exact else "normalized", postings, type_, None)
            if match is not None:
                found = Mention(first.start(), last.end(), span, match)
                i += n
                break
        if found is not None:
            yield found
        else:
            i += 1
