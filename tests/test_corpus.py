"""The corpus (../shared/corpus) as test data; skipped when it is absent (a user's clone has no corpus)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import translit
from translit.glossary import load


def _flat(text: str) -> str:
    text = re.sub(r"-\s*\n\s*", "-", text)  # names broken across lines keep their real hyphen
    text = re.sub(r"\s+", " ", text)
    return text.replace("\u2019", "'").casefold()


def test_every_corpus_sourced_name_occurs_in_its_document(corpus_dir: Path) -> None:
    texts = {p.name: _flat(p.read_text(encoding="utf-8")) for p in corpus_dir.glob("*.txt")}
    missing = []
    for entry in load():
        for name in entry.names:
            if not name.source.startswith("corpus:"):
                continue
            doc = name.source.removeprefix("corpus:").split()[0]
            assert doc in texts, (entry.id, name.text, name.source)
            if not _occurs(_flat(name.text), texts[doc]):
                missing.append(f"{entry.id}: {name.text!r} not in {doc}")
    assert not missing, "\n".join(missing)


def _occurs(needle: str, text: str) -> bool:
    """Found as written, or (PDF footnote blocks spliced into a sentence) its words in order close together."""
    if needle in text or needle.replace(" ", "_") in text:
        return True
    words = needle.split(" ")
    if len(words) < 2:
        return False
    for start in (m.start() for m in re.finditer(re.escape(words[0]), text)):
        window = text[start : start + 2000]
        positions = [window.find(w) for w in words]
        if all(p >= 0 for p in positions) and positions == sorted(positions):
            return True
    return False


GROUPS = [
    ("uyghurs", ["Uyghur", "Uighur", "Uygur"]),
    ("yining", ["Gulja", "Kuldja"]),
    ("astana", ["Nur-Sultan", "Astana"]),
    ("kassym-jomart-tokayev", ["Tokayev", "Toqaev"]),
    ("xinjiang", ["Xinjiang", "Sintszian", "Sintzian", "Sincan"]),
]


@pytest.mark.parametrize(("entry_id", "spellings"), GROUPS, ids=[g[0] for g in GROUPS])
def test_corpus_spelling_groups(corpus_dir: Path, entry_id: str, spellings: list[str]) -> None:
    corpus = " ".join(p.read_text(encoding="utf-8") for p in corpus_dir.glob("*.txt"))
    for spelling in spellings:
        assert spelling in corpus, spelling  # the group is really in the corpus
        m = translit.canonicalize(spelling)
        assert m is not None and m.id == entry_id, (spelling, m)
