"""The command line, run in-process."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from translit import ICU_VERSION
from translit.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str]:
    out = io.StringIO()
    status = main(argv, stdin=io.BytesIO(stdin), stdout=out)
    return status, out.getvalue()


def test_canon_one_row_per_line_in_order_blank_lines_included() -> None:
    lines = ["Uighur", "", "Kuldja", "zzqqxx unknown", "Nur-Sultan", "   "]
    status, out = run(["canon", "--format", "jsonl"], "\n".join(lines).encode() + b"\n")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["input"] for r in rows] == lines
    assert [r["id"] for r in rows] == ["uyghurs", None, "yining", None, "astana", None]
    for row in rows:
        for key in ("input", "id", "canonical", "wikidata", "type", "method", "score", "candidates", "ambiguous"):
            assert key in row
        assert 0 <= row["score"] <= 1
    assert rows[1]["method"] is None and rows[1]["candidates"] == []


def test_canon_issue_example() -> None:
    names = "Uighur\nKuldja\nNur-Sultan\nSintszian\nQasym-Zhomart Toqaev\nغۇلجا\nКульджа\n伊宁\n"
    status, out = run(["canon", "--format", "jsonl"], names.encode())
    assert status == 0
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["uyghurs", "yining", "astana", "xinjiang", "kassym-jomart-tokayev", "yining", "yining", "yining"]


def test_canon_ambiguous_row() -> None:
    _status, out = run(["canon", "--format", "jsonl"], b"Khorgos\n")
    row = json.loads(out)
    assert row["ambiguous"] is True and row["id"] is None
    assert {c["id"] for c in row["candidates"]} >= {"khorgos-kazakhstan", "khorgas-xinjiang"}


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_canon_tables(fmt: str) -> None:
    status, out = run(["canon", "--format", fmt], b"Kuldja\n\nKazakhs\n")
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 4  # header + one row per input line
    sep = "," if fmt == "csv" else "\t"
    assert lines[0].split(sep)[:3] == ["input", "id", "canonical"]
    assert lines[1].split(sep)[1] == "yining"
    assert lines[3].split(sep)[1] == "kazakhs"


def test_canon_text_format() -> None:
    status, out = run(["canon"], b"Kuldja\nzzqqxx\n")
    assert status == 0
    first, second = out.splitlines()
    assert first.split("\t")[:2] == ["Kuldja", "yining"]
    assert second == "zzqqxx\t?"


def test_canon_files_and_dash(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Kashgar\r\nKashi\n", encoding="utf-8")
    status, out = run(["canon", str(a), "-", "--format", "jsonl"], b"Astana\n")
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["kashgar", "kashgar", "astana"]


def test_canon_bom_is_not_part_of_the_name() -> None:
    _status, out = run(["canon", "--format", "jsonl"], "\ufeffKuldja\n".encode())
    assert json.loads(out)["input"] == "Kuldja" and json.loads(out)["id"] == "yining"


def test_bad_utf8_keeps_the_row_and_names_file_and_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run(["canon", "--format", "jsonl"], b"Kuldja\n\xff\xfebad\nAstana\n")
    assert status == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 3 and rows[1]["error"] == "not valid UTF-8" and rows[2]["id"] == "astana"
    err = capsys.readouterr().err
    assert "translit: error: <stdin>:2: not valid UTF-8" in err
    assert "Traceback" not in err


def test_missing_file_is_a_clean_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run(["canon", "/nonexistent/names.txt"])
    assert status == 1
    err = capsys.readouterr().err
    assert err.startswith("translit: error: cannot read '/nonexistent/names.txt'")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["canon", "--format", "xml"])[0] == 2
    assert run(["frobnicate"])[0] == 2
    assert run([])[0] == 2


def test_unknown_scheme_is_a_clean_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run(["transliterate", "--scheme", "nope"], b"a\n")
    assert status == 1
    assert "translit: error: unknown scheme 'nope'" in capsys.readouterr().err


def test_transliterate_streams_line_by_line() -> None:
    status, out = run(["transliterate", "--scheme", "ug-Arab-ULY"], "غۇلجا\n\nسەنئەت\n".encode())
    assert status == 0
    assert out.splitlines() == ["ghulja", "", "sen'et"]


def test_schemes_jsonl() -> None:
    status, out = run(["schemes", "--format", "jsonl"])
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert {"ug-Arab-ULY", "kk-Cyrl-Latn-2021", "ru-BGN", "zh-pinyin"} <= {r["id"] for r in rows}
    for row in rows:
        assert {"id", "source", "target", "standard", "reversible"} <= set(row)


def test_glossary_check_export_stats() -> None:
    status, out = run(["glossary", "check"])
    assert status == 0, out
    assert out.startswith("glossary ok:")
    status, out = run(["glossary", "export", "--format", "jsonl"])
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) >= 450
    for row in rows[:50]:
        assert {"id", "type", "wikidata", "description", "names"} <= set(row)
        assert {"text", "lang", "status", "source"} <= set(row["names"][0])
    status, out = run(["glossary", "stats"])
    assert status == 0 and "entries by type" in out


def test_glossary_check_reports_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.yaml").write_text("entries:\n  - id: Bad Id\n    type: place\n", encoding="utf-8")
    status, _ = run(["glossary", "check", "--glossary", str(tmp_path)])
    assert status == 1
    err = capsys.readouterr().err
    assert re.search(r"bad\.yaml:2: .*'Bad Id'", err), err


def test_version_names_icu(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"])[0] == 0
    assert f"ICU {ICU_VERSION}" in capsys.readouterr().out


def _subcommands() -> list[str]:
    parser = build_parser()
    names = []
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for name, sub in action.choices.items():
            names.append(name)
            for sub_action in getattr(sub, "_subparsers", None)._group_actions if sub._subparsers else []:
                names.extend(f"{name} {s}" for s in sub_action.choices)
    return names


@pytest.mark.parametrize("command", _subcommands())
def test_every_subcommand_has_help_and_is_in_the_readme(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*command.split(), "--help"])[0] == 0
    assert capsys.readouterr().out.startswith("usage: translit")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"translit {command}" in readme


def test_readme_quick_start_example_output() -> None:
    """The README shows the output of `translit canon examples/names.txt`; keep it true."""
    status, out = run(["canon", str(ROOT / "examples" / "names.txt")])
    assert status == 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("<!-- example-output -->\n```text\n", 1)[1].split("```", 1)[0]
    assert shown == out
    assert len(out.splitlines()) == len((ROOT / "examples" / "names.txt").read_text(encoding="utf-8").splitlines())


def test_python_dash_m_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "translit", "transliterate", "--scheme", "kk-Cyrl-Latn-2021"],
        input="Тоқаев\n".encode(), capture_output=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0 and proc.stdout.decode().strip() == "Toqaev"


def test_glossary_add_check_canon(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The three commands of CONTRIBUTING.md: add, check, canon."""
    team = tmp_path / "team"
    status, out = run([
        "glossary", "add", "--id", "test-qizil-zz", "--type", "place", "--description", "A test village.",
        "--part-of", "xinjiang", "--name", "en=Qizilbulaqzz", "--name", "ug-Arab=قىزىلبۇلاقزز",
        "--source", "https://example.org/test", "--dir", str(team),
    ])  # fmt: skip
    assert status == 0, capsys.readouterr().err
    written = team / "test-qizil-zz.yaml"
    text = written.read_text(encoding="utf-8")
    assert "derived: true" in text and "scheme: ug-Arab-ULY" in text  # ULY form generated for review
    assert not list(team.glob(".*.tmp"))  # no temporary file left behind
    assert run(["glossary", "check", "--glossary", str(team)])[0] == 0
    status, out = run(["canon", "--glossary", str(team), "--format", "jsonl"], b"Kizilbulakzz\n")
    assert json.loads(out)["id"] == "test-qizil-zz"
    # an id that exists is refused, and nothing is written
    status, _ = run([
        "glossary", "add", "--id", "xinjiang", "--type", "place", "--description", "d", "--name", "en=X",
        "--source", "s", "--dir", str(tmp_path / "other"),
    ])  # fmt: skip
    assert status == 1 and "exists already" in capsys.readouterr().err
    assert not (tmp_path / "other").exists()


def test_glossary_add_refuses_an_entry_that_fails_the_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run([
        "glossary", "add", "--id", "test-bad-zz", "--type", "place", "--description", "d",
        "--part-of", "no-such-parent", "--name", "en=Badzz", "--source", "s", "--dir", str(tmp_path),
    ])  # fmt: skip
    assert status == 1
    assert "unknown id 'no-such-parent'" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_glossary_suggest_clusters_across_scripts(tmp_path: Path) -> None:
    names = "Qizilbulaqzz\nKizilbulakzz\nقىزىلبۇلاقزز\nKuldja\nZzorbexistan\n"
    status, out = run(["glossary", "suggest"], names.encode())
    assert status == 0
    data = __import__("yaml").safe_load(out)
    clusters = [{n["text"] for n in e["names"]} for e in data["entries"]]
    assert {"Qizilbulaqzz", "Kizilbulakzz", "قىزىلبۇلاقزز"} in clusters
    assert {"Zzorbexistan"} in clusters
    assert not any("Kuldja" in c for c in clusters)  # resolved names are not proposed
    assert all(e["id"].startswith("todo-") for e in data["entries"])


def test_canon_table_keeps_every_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "people.csv"
    table.write_text('name,note\nKuldja,"a, b"\nshort\n,empty\nSintszian,"multi\nline"\n', encoding="utf-8")
    status, out = run(["canon", "--column", "name", str(table)])
    assert status == 1  # the short row is an error, reported and kept
    import csv as _csv

    rows = list(_csv.DictReader(io.StringIO(out)))
    assert [r["name"] for r in rows] == ["Kuldja", "short", "", "Sintszian"]
    assert [r["translit_id"] for r in rows] == ["yining", "", "", "xinjiang"]
    assert rows[0]["note"] == "a, b" and rows[3]["note"] == "multi\nline"
    assert f"{table}:3: 1 fields where the header has 2" in capsys.readouterr().err


def test_canon_table_unknown_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "t.tsv"
    table.write_text("a\tb\nx\ty\n", encoding="utf-8")
    assert run(["canon", "--column", "name", str(table)])[0] == 1
    assert "no column 'name' (columns: a, b)" in capsys.readouterr().err


def test_lexicon_unihan_rejects_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "Unihan_Readings.txt"
    status, out = run(["glossary", "lexicon", "--unihan", str(missing)])
    err = capsys.readouterr().err
    assert status != 0 and out == "" and str(missing) in err and "Traceback" not in err
