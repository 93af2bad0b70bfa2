"""Scanning running text for glossary names (test sentences written for this suite, not corpus text)."""

from __future__ import annotations

import json
from pathlib import Path

import translit
from translit.cli import main


def ids(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.match.id) for m in translit.scan(text)]


def test_finds_names_in_any_script_with_offsets() -> None:
    text = "Reports from Кульджа, غۇلجا and 伊宁 reached Astana."
    found = translit.scan(text)
    assert [(m.text, m.match.id) for m in found] == [
        ("Кульджа", "yining"), ("غۇلجا", "yining"), ("伊宁", "yining"), ("Astana", "astana"),
    ]  # fmt: skip
    for m in found:
        assert text[m.start : m.end] == m.text


def test_word_boundaries_and_longest_match() -> None:
    assert ids("The military and the Kazakhs of Kazakhstan.") == [("Kazakhs", "kazakhs"), ("Kazakhstan", "kazakhstan")]
    assert ids("Kassym-Jomart Tokayev spoke.") == [("Kassym-Jomart Tokayev", "kassym-jomart-tokayev")]


def test_case_of_short_names_matters() -> None:
    assert ("Han", "han-chinese") in ids("Han settlers arrived.")
    assert ids("han settlers arrived.") == []


def test_pdf_artefacts() -> None:
    assert ids("the capital Nur-\nSultan was renamed") == [("Nur-\nSultan", "astana")]
    assert ids("in Xinjiang12 and Kyrgyzstan.3") == [("Xinjiang", "xinjiang"), ("Kyrgyzstan", "kyrgyzstan")]
    assert ids("Gulja\u2019s bazaar") == [("Gulja", "yining")]


def test_ambiguous_mentions_carry_candidates() -> None:
    (mention,) = translit.scan("Trucks crossed at Khorgos.")
    assert mention.match.ambiguous and mention.match.id is None
    assert {c.id for c in mention.match.candidates} >= {"khorgos-kazakhstan", "khorgas-xinjiang"}


def test_cli_scan(tmp_path: Path) -> None:
    import io

    doc = tmp_path / "doc.txt"
    doc.write_text("First line.\nUyghurs in Ghulja.\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["scan", str(doc), "--format", "jsonl"], stdout=out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["text"], r["id"], r["line"]) for r in rows] == [("Uyghurs", "uyghurs", 2), ("Ghulja", "yining", 2)]
