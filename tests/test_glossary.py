"""The glossary: the bundled data passes the check, and the check catches what it must."""

from __future__ import annotations

from pathlib import Path

import pytest

from translit import glossary
from translit.errors import GlossaryError, UnknownEntryError
from translit.lexicon import LEXICON_PATH, SYLLABLES_FILE, render_lexicon, render_syllables

GOOD_ENTRY = """\
  - id: {id}
    type: place
    description: Test entry.
    part_of: xinjiang
    names:
      - {{text: {text}, lang: en, status: preferred, source: test}}
"""


def write(tmp_path: Path, text: str, name: str = "t.yaml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def messages(tmp_path: Path) -> list[str]:
    return [str(p) for p in glossary.check([tmp_path]) if str(tmp_path) in p.file]


def test_bundled_glossary_passes_the_check() -> None:
    problems = glossary.check()
    assert not problems, "\n".join(map(str, problems[:20]))


def test_bundled_glossary_size_and_sources() -> None:
    g = glossary.load()
    assert len(g) >= 450
    for entry in g:
        assert entry.canonical
        for name in entry.names:
            assert name.source, (entry.id, name.text)


def test_get_and_lookup() -> None:
    g = glossary.load()
    assert g.get("xinjiang") is not None and g.get("no-such-id") is None
    with pytest.raises(UnknownEntryError):
        g.lookup("no-such-id")


def test_lexicon_is_up_to_date() -> None:
    """schemes/lexicon/zh-places.yaml is generated from the glossary: regenerate with `translit glossary lexicon`."""
    assert LEXICON_PATH.read_text(encoding="utf-8") == render_lexicon(glossary.load())


def test_pinyin_syllable_table_is_up_to_date() -> None:
    """schemes/lexicon/pinyin-syllables.txt is generated from ICU: regenerate with `translit glossary lexicon`."""
    assert SYLLABLES_FILE.read_text(encoding="utf-8") == render_syllables()


def test_check_catches_schema_errors(tmp_path: Path) -> None:
    write(
        tmp_path,
        "entries:\n"
        "  - id: x-test-one\n"
        "    type: planet\n"
        "    description: d\n"
        "    wikidata: 42\n"
        "    colour: red\n"
        "    names:\n"
        "      - {text: 'Nur\u200fSultan', lang: english, status: best}\n",
    )
    found = "\n".join(messages(tmp_path))
    for fragment in ("type 'planet'", "wikidata '42'", "unknown key 'colour'", "lang 'english'",
                     "status 'best'", "has no source", "bidi control"):  # fmt: skip
        assert fragment in found, fragment
    assert "t.yaml:2" in found or "t.yaml:8" in found


def test_check_catches_conflicts_and_accepts_declared_ambiguity(tmp_path: Path) -> None:
    entries = (
        "entries:\n"
        + GOOD_ENTRY.format(id="x-test-a", text="Qumbulaqzz")
        + GOOD_ENTRY.format(id="x-test-b", text="qumbulaqzz")
    )
    write(tmp_path, entries)
    found = messages(tmp_path)
    assert any("claimed by 2 entries" in m and "x-test-a" in m and "x-test-b" in m for m in found), found
    write(tmp_path, entries + "ambiguities:\n  - {text: Qumbulaqzz, ids: [x-test-a, x-test-b], reason: test}\n")
    assert not messages(tmp_path)


def test_check_catches_duplicate_ids_unknown_refs_and_nfc(tmp_path: Path) -> None:
    write(
        tmp_path,
        "entries:\n"
        + GOOD_ENTRY.format(id="x-test-c", text="Aaazz")
        + GOOD_ENTRY.format(id="x-test-c", text="Bbbzz")
        + GOOD_ENTRY.format(id="x-test-d", text="Cafe\u0301zz").replace("xinjiang", "no-such-place"),
    )
    found = "\n".join(messages(tmp_path))
    assert "duplicate id" in found
    assert "unknown id 'no-such-place'" in found
    assert "not in NFC" in found


def test_check_verifies_scheme_tagged_names(tmp_path: Path) -> None:
    write(
        tmp_path,
        "entries:\n"
        "  - id: x-test-e\n"
        "    type: place\n"
        "    description: d\n"
        "    names:\n"
        "      - {text: Ghuljazz, lang: en, status: preferred, source: test}\n"
        "      - {text: غۇلجا, lang: ug-Arab, status: official, source: test}\n"
        "      - {text: Ghulja, lang: ug-Latn, scheme: ug-Arab-ULY, status: variant, source: test}\n"
        "      - {text: Gulja, lang: ug-Latn, scheme: ug-Arab-ULY, status: variant, source: test}\n",
    )
    found = "\n".join(messages(tmp_path))
    assert "'Gulja' is tagged ug-Arab-ULY" in found
    assert "'Ghulja' is tagged" not in found


def test_load_raises_on_unreadable_yaml(tmp_path: Path) -> None:
    write(tmp_path, "entries: [\n")
    with pytest.raises(GlossaryError, match=r"t\.yaml"):
        glossary.load([tmp_path])


def test_missing_layer_directory() -> None:
    with pytest.raises(GlossaryError, match="does not exist"):
        glossary.load(["/nonexistent/glossary"])


def test_glossary_files_follow_the_json_schema() -> None:
    """schema/glossary.schema.json (for editors) and the loader describe the same format."""
    import json

    import jsonschema
    import yaml

    root = Path(__file__).resolve().parents[1]
    schema = json.loads((root / "schema" / "glossary.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((root / "glossary").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        # YAML reads unquoted dates as dates; the loader takes them as text, and so does the schema
        text = json.loads(json.dumps(data, default=str))
        errors = sorted(validator.iter_errors(text), key=lambda e: list(e.path))
        assert not errors, f"{path}: {errors[0].message} at {list(errors[0].path)}"


def test_every_qid_has_recorded_evidence() -> None:
    """docs/wikidata-sources.tsv says where each QID was read; a QID without a line there was not verified."""
    root = Path(__file__).resolve().parents[1]
    evidence = {}
    for line in (root / "docs" / "wikidata-sources.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            entry_id, qid = line.split("\t")[:2]
            evidence[entry_id] = qid
    for entry in glossary.load():
        if entry.wikidata:
            assert evidence.get(entry.id) == entry.wikidata, (entry.id, entry.wikidata)
