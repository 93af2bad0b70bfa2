"""The ``translit`` command line: a thin layer over the library.

Policy: input comes from files or standard input (``-``): names one per line, streamed (``canon``,
``transliterate``, ``glossary suggest``), CSV/TSV tables (``canon --column``) or whole documents
(``scan``). Output has one row per input row, in order, blank lines included, in ``text``, ``tsv``,
``csv`` or ``jsonl``. A line that cannot be decoded, or a table row with the wrong number of fields, is
reported on stderr with its file and line, still gets its output row, and makes the exit status 1.
Exit 0: all went well; 1: a data or runtime error (``translit: error: ...`` on stderr, never a
traceback); 2: a usage error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from . import __version__
from . import glossary as _glossary
from . import transliteration as _tr
from .errors import TranslitError
from .match import Match, matcher

__all__ = ["build_parser", "main"]

FORMATS = ("text", "tsv", "csv", "jsonl")


class _Failure(Exception):
    """A user-facing error: printed as ``translit: error: ...`` with exit status 1."""


class _Lines:
    """Decoded lines of the named inputs, remembering which ones could not be decoded."""

    def __init__(self, paths: Sequence[str], stdin: IO[bytes]) -> None:
        self.paths = list(paths) or ["-"]
        self.stdin = stdin
        self.bad = 0

    def __iter__(self) -> Iterator[tuple[str, int, str | None]]:
        for path in self.paths:
            if path == "-":
                yield from self._read("<stdin>", self.stdin)
                continue
            try:
                handle = open(path, "rb")  # noqa: SIM115 - closed below
            except OSError as exc:
                raise _Failure(f"cannot read {path!r}: {exc.strerror}") from exc
            with handle:
                yield from self._read(path, handle)

    def _read(self, label: str, handle: IO[bytes]) -> Iterator[tuple[str, int, str | None]]:
        for number, raw in enumerate(handle, start=1):
            raw = raw.rstrip(b"\r\n")
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield label, number, raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                self.bad += 1
                print(
                    f"translit: error: {label}:{number}: not valid UTF-8 ({exc.reason} at byte {exc.start}): {raw!r}",
                    file=sys.stderr,
                )
                yield label, number, None


def _writer(fmt: str, out: IO[str], header: Sequence[str]) -> Callable[[dict[str, Any]], None]:
    if fmt == "jsonl":

        def write_json(row: dict[str, Any]) -> None:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")

        return write_json
    if fmt in ("csv", "tsv"):
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(header)

        def write_row(row: dict[str, Any]) -> None:
            writer.writerow(["" if row.get(k) is None else _cell(row.get(k)) for k in header])

        return write_row
    raise AssertionError(fmt)


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "|".join(str(v["id"]) if isinstance(v, dict) else str(v) for v in value)
    return str(value)


_CANON_COLUMNS = ("input", "id", "canonical", "wikidata", "type", "method", "score", "ambiguous", "candidates")


def _canon_row(text: str, match: Match | None) -> dict[str, Any]:
    if match is None:  # the same keys as a match, all empty
        return {**Match(text, None, None, None, None, "", 0.0, None).as_dict(), "method": None}
    return match.as_dict()


def _canon_text(row: dict[str, Any]) -> str:
    text = row["input"]
    if row["id"]:
        qid = f" {row['wikidata']}" if row["wikidata"] else ""
        line = f"{text}\t{row['id']}\t{row['canonical']}{qid}\t{row['method']} {row['score']:.2f}"
        others = [c["id"] for c in row["candidates"] if c["id"] != row["id"]]
        if row["ambiguous"] and others:  # a declared preferred reading: say what else the name can mean
            line += "\talso: " + " | ".join(others)
        return line
    if row["ambiguous"]:
        ids = " | ".join(c["id"] for c in row["candidates"])
        return f"{text}\t?\tambiguous: {ids}\t{row['method']} {row['score']:.2f}"
    if row["candidates"]:
        ids = " | ".join(c["id"] for c in row["candidates"])
        return f"{text}\t?\tsuggestions: {ids}\t{row['method']} {row['score']:.2f}"
    return f"{text}\t?"


_TABLE_ADDED = ("translit_id", "translit_canonical", "translit_wikidata", "translit_type", "translit_method",
                "translit_score", "translit_ambiguous", "translit_candidates")  # fmt: skip


def _canon_table(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    """Canonicalise one column of CSV/TSV tables: every input row comes out, with translit's columns added."""
    m = matcher(args.glossary)
    bad = 0
    header_written = False
    for path in args.files or ["-"]:
        label, text = _read_document(path, stdin)
        delimiter = "\t" if args.format == "tsv" or path.endswith((".tsv", ".tab")) else ","
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = next(reader, None)
        if header is None:
            continue
        if args.column not in header:
            raise _Failure(f"{label}:1: no column {args.column!r} (columns: {', '.join(header)})")
        col = header.index(args.column)
        out_format = args.format if args.format in ("csv", "tsv", "jsonl") else ("tsv" if delimiter == "\t" else "csv")
        columns = [*header, *_TABLE_ADDED]
        if out_format == "jsonl":
            write = _writer("jsonl", out, columns)
        elif not header_written:
            write = _writer(out_format, out, columns)
            header_written = True
        for cells in reader:
            number = reader.line_num
            if len(cells) != len(header):
                bad += 1
                print(
                    f"translit: error: {label}:{number}: {len(cells)} fields where the header has {len(header)}: "
                    f"{delimiter.join(cells)!r}",
                    file=sys.stderr,
                )
                cells = (cells + [""] * len(header))[: len(header)]
            name = cells[col]
            match = m.canonicalize(name, lang=args.lang, type=args.type, when=args.when) if name.strip() else None
            found = _canon_row(name, match)
            row = dict(zip(header, cells, strict=True))
            for key in _TABLE_ADDED:
                row[key] = found[key.removeprefix("translit_")]
            write(row)
    return 1 if bad else 0


def _cmd_canon(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    if args.column is not None:
        return _canon_table(args, out, stdin)
    m = matcher(args.glossary)
    lines = _Lines(args.files, stdin)
    write = None if args.format == "text" else _writer(args.format, out, _CANON_COLUMNS)
    for _label, _number, text in lines:
        name = text if text is not None else ""
        match = m.canonicalize(name, lang=args.lang, type=args.type, when=args.when) if name.strip() else None
        row = _canon_row(name, match)
        if text is None:
            row["error"] = "not valid UTF-8"
        if write is None:
            out.write(_canon_text(row) + "\n")
        else:
            write(row)
    return 1 if lines.bad else 0


def _cmd_transliterate(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    scheme = _tr.lookup(args.scheme)
    lines = _Lines(args.files, stdin)
    for _label, _number, text in lines:
        out.write((scheme.transliterate(text) if text else "") + "\n")
    return 1 if lines.bad else 0


def _read_document(path: str, stdin: IO[bytes]) -> tuple[str, str]:
    label = "<stdin>" if path == "-" else path
    try:
        raw = stdin.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise _Failure(f"cannot read {path!r}: {exc.strerror}") from exc
    try:
        return label, raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _Failure(f"{label}:{line}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc


_SCAN_COLUMNS = (
    "file",
    "line",
    "start",
    "end",
    "text",
    "id",
    "canonical",
    "wikidata",
    "type",
    "ambiguous",
    "candidates",
)


def _cmd_scan(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    from .scan import scan

    write = None if args.format == "text" else _writer(args.format, out, _SCAN_COLUMNS)
    for path in args.files or ["-"]:
        label, text = _read_document(path, stdin)
        line, counted = 1, 0  # mentions come in order: count line breaks once, up to each mention
        for mention in scan(text, glossary=args.glossary, type=args.type):
            line, counted = line + text.count("\n", counted, mention.start), mention.start
            row: dict[str, Any] = {"file": label, "line": line}
            row.update(mention.as_dict())
            if write is not None:
                write(row)
                continue
            match = mention.match
            what = match.id or "ambiguous: " + " | ".join(c.id for c in match.candidates)
            out.write(f"{label}:{row['line']}\t{mention.text!r}\t{what}\n")
    return 0


def _cmd_schemes(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    for scheme in _tr.schemes():
        row = scheme.as_dict()
        if args.format == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            rev = "reversible" if scheme.reversible else "one-way"
            out.write(f"{scheme.id}\t{scheme.source} -> {scheme.target}\t{rev}\t{scheme.standard}\n")
    return 0


def _cmd_glossary_check(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    problems = _glossary.check(args.glossary or ())
    for problem in problems:
        print(f"translit: error: {problem}", file=sys.stderr)
    if problems:
        print(f"translit: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    g = _glossary.load(args.glossary or ())
    names = sum(len(e.names) for e in g)
    out.write(f"glossary ok: {len(g)} entries, {names} names, {len(g.ambiguities)} declared ambiguities\n")
    return 0


def _cmd_glossary_export(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    for entry in _glossary.load(args.glossary or ()):
        out.write(json.dumps(entry.as_dict(), ensure_ascii=False) + "\n")
    return 0


def _cmd_glossary_stats(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    from .stats import stats

    report = stats(_glossary.load(args.glossary or ()))
    if args.format == "jsonl":
        out.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        for section, values in report.items():
            if isinstance(values, dict):
                out.write(f"{section}:\n")
                for key, value in values.items():
                    out.write(f"  {key}\t{value}\n")
            else:
                out.write(f"{section}\t{values}\n")
    return 0


def _cmd_glossary_lexicon(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    from .lexicon import LEXICON_PATH, SYLLABLES_FILE, render_lexicon, render_syllables

    hanja = None
    if args.unihan and not args.check:  # read first: a file that cannot be read leaves every lexicon as it was
        from .hanja import HANJA_PATH, table_text

        try:
            hanja = (HANJA_PATH, table_text(Path(args.unihan)))
        except (OSError, ValueError) as exc:
            raise _Failure(f"{args.unihan}: cannot read Unihan readings ({exc})") from None
    files = [(SYLLABLES_FILE, render_syllables()), (LEXICON_PATH, render_lexicon(_glossary.load()))]
    for path, text in [*files, *([hanja] if hanja is not None else [])]:
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                raise _Failure(f"{path} is out of date: run `translit glossary lexicon`")
            continue
        path.write_text(text, encoding="utf-8")
        out.write(f"wrote {path}\n")
    return 0


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip()
    except EOFError as exc:
        raise _Failure("input ended before the entry was complete") from exc


def _cmd_glossary_add(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    from .contrib import NewEntry, parse_name_option, write_entry

    interactive = args.interactive
    fields = {"id": args.id, "type": args.type, "description": args.description, "source": args.source}
    for key, value in fields.items():
        if not value:
            if not interactive:
                raise _Failure(f"--{key} is required (or use --interactive to be asked)")
            fields[key] = _ask(f"{key}: ")
    names = [parse_name_option(v) for v in args.name]
    if interactive and not names:
        while True:
            value = _ask("name as LANG=TEXT (empty line to finish): ")
            if not value:
                break
            names.append(parse_name_option(value))
    if not names:
        raise _Failure("give at least one --name LANG=TEXT (an English one becomes the preferred name)")
    if fields["type"] not in _glossary.ENTRY_TYPES:
        raise _Failure(f"--type {fields['type']!r} is not one of {sorted(_glossary.ENTRY_TYPES)}")
    new = NewEntry(
        id=fields["id"], type=fields["type"], description=fields["description"], source=fields["source"],
        names=names, part_of=args.part_of, kind=args.kind, wikidata=args.wikidata,
        not_same_as=list(args.not_same_as),
    )  # fmt: skip
    directory = Path(args.dir) if args.dir else _default_contrib_dir()
    layers = [Path(p) for p in args.glossary]
    inside_bundled = directory.resolve().is_relative_to(Path(str(_glossary.bundled_path())).resolve())
    if directory.is_dir() and not inside_bundled and directory not in layers:
        layers.append(directory)  # the entry joins that glossary: check it together with it
    path = write_entry(new, directory, layers)
    out.write(f"wrote {path}\n")
    return 0


def _default_contrib_dir() -> Path:
    bundled = Path(str(_glossary.bundled_path()))
    if os.access(bundled, os.W_OK) and (Path.cwd() / "glossary").resolve() == bundled.resolve():
        return bundled / "contrib"
    raise _Failure("give --dir DIR: the directory to write the entry to (e.g. your team glossary)")


def _cmd_glossary_suggest(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    from .contrib import suggest

    lines = _Lines(args.files, stdin)
    text = suggest((t for _l, _n, t in lines if t is not None), [Path(p) for p in args.glossary])
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        out.write(f"wrote {args.output}\n")
    else:
        out.write(text)
    return 1 if lines.bad else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``translit`` (built apart from :func:`main` so that tests and docs can use it)."""
    parser = argparse.ArgumentParser(
        prog="translit",
        description="One identity for every spelling of a name from Xinjiang and Central Asia.",
    )
    parser.add_argument("--version", action="version", version=f"translit {__version__} (ICU {_tr.ICU_VERSION})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def glossary_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--glossary", action="append", metavar="DIR", default=[],
            help="a directory of glossary YAML files layered over the bundled glossary (repeatable)",
        )  # fmt: skip

    canon = sub.add_parser("canon", help="canonicalise names, one per line", description=_cmd_canon_doc)
    canon.add_argument("files", nargs="*", metavar="FILE", help="input files ('-' or none: standard input)")
    canon.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    canon.add_argument("--lang", help="language of the input names (BCP 47, e.g. kk or ug-Arab)")
    canon.add_argument("--type", help="only entries of this type (place, person, organisation, ...)")
    canon.add_argument("--when", help="only entries that existed at this date (e.g. 1975)")
    canon.add_argument(
        "--column", metavar="NAME",
        help="the inputs are CSV tables (TSV for .tsv files or --format tsv) with a header: canonicalise this "
        "column and write every row with translit_* columns added",
    )  # fmt: skip
    glossary_option(canon)
    canon.set_defaults(func=_cmd_canon)

    translit = sub.add_parser("transliterate", help="transliterate text with a scheme, line by line")
    translit.add_argument("files", nargs="*", metavar="FILE", help="input files ('-' or none: standard input)")
    translit.add_argument("--scheme", required=True, help="scheme id (see `translit schemes`)")
    translit.set_defaults(func=_cmd_transliterate)

    scan = sub.add_parser("scan", help="find glossary names in documents")
    scan.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files ('-' or none: standard input)")
    scan.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    scan.add_argument("--type", help="only entries of this type (place, person, organisation, ...)")
    glossary_option(scan)
    scan.set_defaults(func=_cmd_scan)

    schemes = sub.add_parser("schemes", help="list the transliteration schemes")
    schemes.add_argument("--format", choices=("text", "jsonl"), default="text")
    schemes.set_defaults(func=_cmd_schemes)

    gloss = sub.add_parser("glossary", help="check, export and maintain the glossary")
    gsub = gloss.add_subparsers(dest="glossary_command", metavar="ACTION", required=True)
    check = gsub.add_parser("check", help="validate every glossary file")
    glossary_option(check)
    check.set_defaults(func=_cmd_glossary_check)
    export = gsub.add_parser("export", help="print every entry")
    export.add_argument("--format", choices=("jsonl",), default="jsonl")
    glossary_option(export)
    export.set_defaults(func=_cmd_glossary_export)
    stats = gsub.add_parser("stats", help="entries by type, names by language, entries without QID")
    stats.add_argument("--format", choices=("text", "jsonl"), default="text")
    glossary_option(stats)
    stats.set_defaults(func=_cmd_glossary_stats)
    add = gsub.add_parser("add", help="write a new entry file (checked, atomic), with derived romanisations for review")
    add.add_argument("--id", help="stable slug, e.g. qizilbulaq-village")
    add.add_argument("--type", help=f"one of {', '.join(sorted(_glossary.ENTRY_TYPES))}")
    add.add_argument("--description", help="a short description that tells it apart from look-alikes")
    add.add_argument("--source", help="where the names were read: a URL, a publication, or corpus:<file>")
    add.add_argument("--name", action="append", default=[], metavar="LANG=TEXT", help="a name (repeatable)")
    add.add_argument("--part-of", help="id of the containing place")
    add.add_argument("--kind", help="refines the type, e.g. county, village")
    add.add_argument("--wikidata", help="a QID you have verified")
    add.add_argument("--not-same-as", action="append", default=[], metavar="ID", help="a look-alike entry")
    add.add_argument("--dir", help="directory to write to (default: glossary/contrib in a checkout)")
    add.add_argument("--interactive", action="store_true", help="ask for what the options do not give")
    glossary_option(add)
    add.set_defaults(func=_cmd_glossary_add)
    suggest = gsub.add_parser("suggest", help="propose entries for names that do not resolve")
    suggest.add_argument("files", nargs="*", metavar="FILE", help="names, one per line ('-' or none: stdin)")
    suggest.add_argument("-o", "--output", help="write the YAML stubs to this file (default: stdout)")
    glossary_option(suggest)
    suggest.set_defaults(func=_cmd_glossary_suggest)
    lexicon = gsub.add_parser("lexicon", help="regenerate the Chinese place-name lexicon from the glossary")
    lexicon.add_argument("--check", action="store_true", help="fail if the lexicon file is out of date")
    lexicon.add_argument(
        "--unihan", metavar="FILE", help="also rewrite the Sino-Korean readings from Unihan_Readings.txt (or .bz2)"
    )
    lexicon.set_defaults(func=_cmd_glossary_lexicon)
    return parser


_cmd_canon_doc = (
    "Canonicalise names, one per line, from FILEs or standard input: one output row per input line, in "
    "order, with the entry id, its preferred English name, Wikidata QID, the matching tier and a score; "
    "'?' when unknown; every candidate when ambiguous."
)


def main(argv: Sequence[str] | None = None, *, stdin: IO[bytes] | None = None, stdout: IO[str] | None = None) -> int:
    """Run ``translit`` with ``argv``; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if stdout is None and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    out = stdout if stdout is not None else sys.stdout
    inp = stdin if stdin is not None else sys.stdin.buffer
    try:
        status: int = args.func(args, out, inp)
    except (_Failure, TranslitError) as exc:
        print(f"translit: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        return 130
    return status


def main_entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
