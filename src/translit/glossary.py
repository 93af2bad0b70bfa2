"""The glossary: loading, validation and look-up of sourced entries.

Policy: ``glossary/`` YAML files are the source of truth (format: docs/glossary-format.md, schema:
schema/glossary.schema.json). The bundled glossary ships inside the package and loads lazily, once, under
a lock; other directories can be layered over it (an entry of a later layer with the same id replaces
the bundled one: a team's correction; two entries with one id in one layer are an error). Loading is
strict: a malformed file raises :class:`GlossaryError` naming file, line and entry. :func:`check` goes
further and reports every problem it finds (schema, ids, language tags, QIDs, NFC, invisible characters,
sources, references, dates, scheme-tagged names that do not follow from the entry's native form, and
names claimed by two entries without a declared ambiguity). Nothing is merged or deduplicated silently.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from . import transliteration as _tr
from .errors import GlossaryError, UnknownEntryError
from .normalize import normal_key

__all__ = [
    "ENTRY_TYPES",
    "NAME_STATUSES",
    "Ambiguity",
    "Entry",
    "Glossary",
    "Name",
    "Problem",
    "bundled_path",
    "check",
    "load",
]

ENTRY_TYPES = frozenset(
    {"place", "person", "organisation", "ethnonym", "language", "polity", "feature", "event", "other"}
)
NAME_STATUSES = frozenset(
    {
        "preferred",
        "official",
        "variant",
        "historic",
        "exonym",
        "misspelling",
        "colloquial",
        "abbreviation",
        "inflected",
    }
)
# Romanisations that glossary names may be tagged with but that translit does not generate (yet): names
# tagged with these are attested forms, not checked against a rule.
ATTESTED_SCHEMES = frozenset({"zh-postal"})

_ENTRY_KEYS = frozenset(
    {"id", "type", "kind", "wikidata", "part_of", "description", "not_same_as", "from", "to", "source", "names"}
)
_NAME_KEYS = frozenset({"text", "lang", "status", "source", "scheme", "derived", "from", "to", "note", "exception"})
_AMBIGUITY_KEYS = frozenset({"text", "ids", "reason", "prefer"})
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_QID = re.compile(r"Q[1-9][0-9]*\Z")
_LANG = re.compile(
    r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*\Z"
)
_DATE = re.compile(r"-?[0-9]{1,4}(?:-[01][0-9](?:-[0-3][0-9])?)?\Z")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad\u0640]")
_LINE = "__line__"

# Which glossary language tags are the native form a scheme starts from.
_SCHEME_SOURCES = {
    "ug-Arab": ("ug-Arab",),
    "kk-Cyrl": ("kk-Cyrl",),
    "ky-Cyrl": ("ky-Cyrl",),
    "ru-Cyrl": ("ru",),
    "zh-Hani": ("zh-Hans", "zh-Hant"),
    "ug-Latn": ("ug-Latn",),
    "kk-Latn": ("kk-Latn",),
}


@dataclass(frozen=True, slots=True)
class Name:
    """One written form of an entry's name."""

    text: str
    lang: str
    status: str
    source: str
    scheme: str | None = None
    derived: bool = False
    valid_from: str | None = None
    valid_to: str | None = None
    note: str | None = None
    exception: str | None = None
    line: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The name as it is written in the glossary (JSON-ready)."""
        out: dict[str, Any] = {"text": self.text, "lang": self.lang, "status": self.status, "source": self.source}
        for key, value in (
            ("scheme", self.scheme),
            ("from", self.valid_from),
            ("to", self.valid_to),
            ("note", self.note),
            ("exception", self.exception),
        ):
            if value is not None:
                out[key] = value
        if self.derived:
            out["derived"] = True
        return out


@dataclass(frozen=True, slots=True)
class Entry:
    """A place, person, organisation, ethnonym, language, polity, feature or event, with all its names."""

    id: str
    type: str
    description: str
    names: tuple[Name, ...]
    kind: str | None = None
    wikidata: str | None = None
    part_of: str | None = None
    not_same_as: tuple[str, ...] = ()
    valid_from: str | None = None
    valid_to: str | None = None
    file: str = ""
    line: int = 0

    @property
    def canonical(self) -> str:
        """The preferred English name (the first name when none is marked preferred)."""
        for name in self.names:
            if name.status == "preferred" and name.lang == "en":
                return name.text
        return self.names[0].text

    def as_dict(self) -> dict[str, Any]:
        """The entry as exported by ``translit glossary export`` (JSON-ready)."""
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "kind": self.kind,
            "wikidata": self.wikidata,
            "canonical": self.canonical,
            "description": self.description,
            "part_of": self.part_of,
            "not_same_as": list(self.not_same_as),
        }
        if self.valid_from is not None:
            out["from"] = self.valid_from
        if self.valid_to is not None:
            out["to"] = self.valid_to
        out["names"] = [n.as_dict() for n in self.names]
        return out


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A declared name shared by several entries: look-ups of it report all of them.

    ``prefer`` names the reading given when nothing narrows the choice (the people for a bare ethnonym that
    also names a language; the city for a name of the city and its county); the other entries stay in the
    match's candidates and the match stays marked ``ambiguous``.
    """

    text: str
    ids: tuple[str, ...]
    reason: str
    prefer: str | None = None
    file: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of the glossary check."""

    file: str
    line: int
    entry: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.entry + ': ' if self.entry else ''}{self.message}"


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe YAML loader that records the line of every mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
        return mapping


def _str(value: Any) -> str | None:
    """Dates and ids may be written unquoted; YAML reads 1961 as int and 2019-03-01 as a date."""
    if value is None:
        return None
    return str(value)


@dataclass(slots=True)
class Glossary:
    """A loaded glossary: entries by id and declared ambiguities, in load order."""

    entries: dict[str, Entry] = field(default_factory=dict)
    ambiguities: list[Ambiguity] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or ``None`` (``get`` returns None; :meth:`lookup` raises)."""
        return self.entries.get(entry_id)

    def lookup(self, entry_id: str) -> Entry:
        """The entry with this id.

        Raises:
            UnknownEntryError: no entry has that id.
        """
        entry = self.entries.get(entry_id)
        if entry is None:
            raise UnknownEntryError(f"unknown glossary id {entry_id!r}")
        return entry


def bundled_path() -> Traversable:
    """Where the bundled glossary lives: inside the installed package, or the repository's glossary/."""
    packaged = resources.files("translit").joinpath("glossary")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "glossary"


def _walk(root: Traversable) -> Iterator[tuple[str, Traversable]]:
    def visit(node: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                yield from visit(child, f"{prefix}{child.name}/")
            elif child.name.endswith((".yaml", ".yml")):
                yield f"{prefix}{child.name}", child

    yield from visit(root, "")


class _Reader:
    """Turns parsed YAML into entries, recording every problem instead of stopping at the first."""

    def __init__(self, glossary: Glossary, label: str) -> None:
        self.glossary = glossary
        self.label = label
        self.file = ""

    def problem(self, line: int, entry: str, message: str) -> None:
        self.glossary.problems.append(Problem(self.file, line, entry, message))

    def read_file(self, name: str, text: str) -> None:
        self.file = f"{self.label}{name}"
        self.glossary.files.append(self.file)
        try:
            data = yaml.load(text, Loader=_LineLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            self.problem(mark.line + 1 if mark else 0, "", f"not valid YAML: {exc}")
            return
        if data is None:
            return
        if not isinstance(data, dict):
            self.problem(1, "", "a glossary file is a mapping with `entries` and/or `ambiguities`")
            return
        for key in data:
            if key not in ("entries", "ambiguities", _LINE):
                self.problem(data[_LINE], "", f"unknown top-level key {key!r}")
        for raw in data.get("entries") or []:
            self.read_entry(raw)
        for raw in data.get("ambiguities") or []:
            self.read_ambiguity(raw)

    def read_ambiguity(self, raw: Any) -> None:
        if not isinstance(raw, dict):
            self.problem(0, "", f"an ambiguity is a mapping, not {raw!r}")
            return
        line = raw.get(_LINE, 0)
        for key in raw:
            if key not in _AMBIGUITY_KEYS and key != _LINE:
                self.problem(line, "", f"ambiguity: unknown key {key!r}")
        text, ids, reason = raw.get("text"), raw.get("ids"), raw.get("reason")
        if not isinstance(text, str) or not isinstance(ids, list) or len(ids) < 2 or not isinstance(reason, str):
            self.problem(line, "", "ambiguity needs `text`, `ids` (two or more) and `reason`")
            return
        prefer = _str(raw.get("prefer"))
        if prefer is not None and prefer not in ids:
            self.problem(line, "", f"ambiguity {text!r}: prefer {prefer!r} is not one of its ids")
        self.glossary.ambiguities.append(Ambiguity(text, tuple(str(i) for i in ids), reason, prefer, self.file, line))

    def read_entry(self, raw: Any) -> None:
        if not isinstance(raw, dict):
            self.problem(0, "", f"an entry is a mapping, not {raw!r}")
            return
        line = raw.get(_LINE, 0)
        entry_id = raw.get("id")
        label = str(entry_id)
        if not isinstance(entry_id, str) or not _ID.match(entry_id):
            self.problem(line, label, f"id {entry_id!r} is not a slug like 'yining-county'")
            return
        for key in raw:
            if key not in _ENTRY_KEYS and key != _LINE:
                self.problem(line, entry_id, f"unknown key {key!r}")
        entry_type = raw.get("type")
        if entry_type not in ENTRY_TYPES:
            self.problem(line, entry_id, f"type {entry_type!r} is not one of {sorted(ENTRY_TYPES)}")
        description = raw.get("description")
        if not isinstance(description, str) or not description.strip():
            self.problem(line, entry_id, "description is missing")
        wikidata = _str(raw.get("wikidata"))
        if wikidata is not None and not _QID.match(wikidata):
            self.problem(line, entry_id, f"wikidata {wikidata!r} is not a QID like 'Q42'")
        not_same_as = raw.get("not_same_as") or []
        if not isinstance(not_same_as, list):
            self.problem(line, entry_id, "not_same_as is a list of ids")
            not_same_as = []
        default_source = _str(raw.get("source"))
        names = []
        raw_names = raw.get("names")
        if not isinstance(raw_names, list) or not raw_names:
            self.problem(line, entry_id, "names: an entry needs at least one name")
            raw_names = []
        for raw_name in raw_names:
            name = self.read_name(raw_name, entry_id, default_source)
            if name is not None:
                names.append(name)
        if not names:
            return
        for date in ("from", "to"):
            if raw.get(date) is not None and not _DATE.match(str(raw[date])):
                self.problem(line, entry_id, f"{date} {raw[date]!r} is not a date like 1949 or 2019-03-20")
        entry = Entry(
            id=entry_id,
            type=str(entry_type),
            description=str(description or ""),
            names=tuple(names),
            kind=_str(raw.get("kind")),
            wikidata=wikidata,
            part_of=_str(raw.get("part_of")),
            not_same_as=tuple(str(i) for i in not_same_as),
            valid_from=_str(raw.get("from")),
            valid_to=_str(raw.get("to")),
            file=self.file,
            line=line,
        )
        previous = self.glossary.entries.get(entry_id)
        if previous is not None and previous.file.startswith(self.label):
            self.problem(line, entry_id, f"duplicate id (first defined at {previous.file}:{previous.line})")
            return
        self.glossary.entries[entry_id] = entry

    def read_name(self, raw: Any, entry_id: str, default_source: str | None) -> Name | None:
        if not isinstance(raw, dict):
            self.problem(0, entry_id, f"a name is a mapping with text, lang, status, source; not {raw!r}")
            return None
        line = raw.get(_LINE, 0)
        for key in raw:
            if key not in _NAME_KEYS and key != _LINE:
                self.problem(line, entry_id, f"name: unknown key {key!r}")
        text = raw.get("text")
        if not isinstance(text, str) or not text.strip():
            self.problem(line, entry_id, f"name text {text!r} is empty or not a string")
            return None
        lang = _str(raw.get("lang"))
        if lang is None or not _LANG.match(lang):
            self.problem(line, entry_id, f"{text!r}: lang {lang!r} is not a BCP 47 tag like 'ug-Arab'")
        status = raw.get("status")
        if status not in NAME_STATUSES:
            self.problem(line, entry_id, f"{text!r}: status {status!r} is not one of {sorted(NAME_STATUSES)}")
        source = _str(raw.get("source")) or default_source
        if not source:
            self.problem(line, entry_id, f"{text!r} has no source")
        if unicodedata.normalize("NFC", text) != text:
            self.problem(line, entry_id, f"{text!r} is not in NFC")
        if _INVISIBLE.search(text):
            self.problem(line, entry_id, f"{text!r} contains a bidi control, zero-width character or tatweel")
        if text != text.strip() or "  " in text:
            self.problem(line, entry_id, f"{text!r} has stray spaces")
        for date in ("from", "to"):
            if raw.get(date) is not None and not _DATE.match(str(raw[date])):
                self.problem(line, entry_id, f"{text!r}: {date} {raw[date]!r} is not a date like 1961")
        derived = bool(raw.get("derived", False))
        scheme = _str(raw.get("scheme"))
        if derived and scheme is None:
            self.problem(line, entry_id, f"{text!r} is derived but names no scheme")
        return Name(
            text=text,
            lang=str(lang),
            status=str(status),
            source=str(source or ""),
            scheme=scheme,
            derived=derived,
            valid_from=_str(raw.get("from")),
            valid_to=_str(raw.get("to")),
            note=_str(raw.get("note")),
            exception=_str(raw.get("exception")),
            line=line,
        )


def _read_dir(glossary: Glossary, root: Traversable | Path, label: str) -> None:
    reader = _Reader(glossary, label)
    if not root.is_dir():
        raise GlossaryError(f"glossary directory {str(root)!r} does not exist")
    for name, node in _walk(root):
        reader.read_file(name, node.read_text(encoding="utf-8"))


def _read(layers: Sequence[Path]) -> Glossary:
    glossary = Glossary()
    _read_dir(glossary, bundled_path(), "glossary/")
    for layer in layers:
        _read_dir(glossary, layer, f"{layer}/")
    return glossary


_CACHE: dict[tuple[str, ...], Glossary] = {}
_LOCK = threading.Lock()


def layer_paths(layers: Iterable[str | Path] | str | Path) -> tuple[Path, ...]:
    """``layers`` as paths; one directory given as a string or path is one layer (not its characters)."""
    if isinstance(layers, str | Path):
        return (Path(layers),)
    return tuple(Path(p) for p in layers)


def load(layers: Iterable[str | Path] | str | Path = ()) -> Glossary:
    """Load the bundled glossary with ``layers`` (directories, or one directory) over it; cached per set of
    layers.

    Raises:
        GlossaryError: a file cannot be read as a glossary (the message names file, line and entry).
    """
    paths = layer_paths(layers)
    key = tuple(str(p.resolve()) for p in paths)
    with _LOCK:
        glossary = _CACHE.get(key)
        if glossary is None:
            glossary = _read(paths)
            problems = glossary.problems  # what reading found; `check` looks further
            if problems:
                shown = "\n".join(str(p) for p in problems[:20])
                more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
                raise GlossaryError(f"the glossary has {len(problems)} problem(s):\n{shown}{more}")
            _CACHE[key] = glossary
    return glossary


def _native_forms(entry: Entry, scheme_source: str) -> list[Name]:
    langs = _SCHEME_SOURCES.get(scheme_source, (scheme_source,))
    return [n for n in entry.names if n.lang in langs]


def _check_schemes(glossary: Glossary) -> Iterator[Problem]:
    for entry in glossary:
        for name in entry.names:
            if name.scheme is None or name.scheme in ATTESTED_SCHEMES:
                continue
            scheme = _tr.get(name.scheme)
            if scheme is None:
                yield Problem(entry.file, name.line, entry.id, f"{name.text!r}: unknown scheme {name.scheme!r}")
                continue
            natives = _native_forms(entry, scheme.source)
            if not natives:
                if name.derived:
                    yield Problem(entry.file, name.line, entry.id, f"{name.text!r}: derived, but no native form")
                continue
            joined = scheme.target.startswith("zh-")  # pinyin and Wade-Giles syllables join freely
            tagged = _compare_key(name.text, joined)
            wanted = {_compare_key(scheme.transliterate(n.text), joined) for n in natives}
            if name.exception or any(_starts_with(w, tagged, joined) for w in wanted):
                continue
            yield Problem(
                entry.file,
                name.line,
                entry.id,
                f"{name.text!r} is tagged {name.scheme} but the scheme gives {sorted(wanted)} "
                "from the native form; fix one or add `exception: <reason>`",
            )


# Look-alike forms of Yengi Yéziq letters in sources: K or H with a hook below for ⱪ and ⱨ (the hook is a
# combining mark, which normal_key drops), TURNED E for SCHWA.
_LOOKALIKES = str.maketrans({"\u2c6a": "k", "\u2c68": "h", "\u01dd": "\u0259"})


def _compare_key(text: str, joined: bool) -> str:
    key = normal_key(text).translate(_LOOKALIKES).replace("'", "").replace("-", " ")
    return key.replace(" ", "") if joined else key


def _starts_with(full: str, part: str, joined: bool) -> bool:
    """A tagged name may be the first words of a longer native form (Chira for Chira Nahiyisi)."""
    if full == part:
        return True
    return full.startswith(part) if joined else full.startswith(part + " ")


def check(layers: Iterable[str | Path] | str | Path = ()) -> list[Problem]:
    """Every problem in the bundled glossary and ``layers``: an empty list means the glossary is sound."""
    glossary = _read(layer_paths(layers))
    problems = list(glossary.problems)
    entries = glossary.entries
    for entry in glossary:
        preferred = [n for n in entry.names if n.status == "preferred"]
        if len(preferred) != 1 or preferred[0].lang != "en":
            problems.append(
                Problem(entry.file, entry.line, entry.id, "needs exactly one `status: preferred` name, in `en`")
            )
        for ref in ([entry.part_of] if entry.part_of else []) + list(entry.not_same_as):
            if ref not in entries:
                problems.append(Problem(entry.file, entry.line, entry.id, f"refers to unknown id {ref!r}"))
        if entry.id in entry.not_same_as:
            problems.append(Problem(entry.file, entry.line, entry.id, "is not_same_as itself"))
        if entry.valid_from and entry.valid_to and entry.valid_from > entry.valid_to:
            problems.append(Problem(entry.file, entry.line, entry.id, "from is later than to"))
        seen: dict[tuple[str, str, str | None], int] = {}
        for name in entry.names:
            key = (name.text, name.lang, name.scheme)
            if key in seen:
                problems.append(Problem(entry.file, name.line, entry.id, f"{name.text!r} ({name.lang}) listed twice"))
            seen[key] = name.line
    for amb in glossary.ambiguities:
        for ref in amb.ids:
            if ref not in entries:
                problems.append(Problem(amb.file, amb.line, "", f"ambiguity {amb.text!r}: unknown id {ref!r}"))
    problems.extend(_check_conflicts(glossary))
    problems.extend(_check_schemes(glossary))
    return problems


def _check_conflicts(glossary: Glossary) -> Iterator[Problem]:
    claims: dict[str, dict[str, tuple[Entry, Name]]] = {}
    for entry in glossary:
        for name in entry.names:
            claims.setdefault(normal_key(name.text), {}).setdefault(entry.id, (entry, name))
    declared: dict[str, set[str]] = {}
    for amb in glossary.ambiguities:
        declared.setdefault(normal_key(amb.text), set()).update(amb.ids)
    for key, owners in claims.items():
        if len(owners) < 2 or set(owners) <= declared.get(key, set()):
            continue
        where = "; ".join(f"{e.id} at {e.file}:{n.line}" for e, n in owners.values())
        entry, name = next(iter(owners.values()))
        yield Problem(
            entry.file,
            name.line,
            entry.id,
            f"{name.text!r} is claimed by {len(owners)} entries ({where}); declare it under `ambiguities`",
        )
