"""The concept words of translated names (translit.translated)."""

from __future__ import annotations

import pytest

from translit.translated import concept_words, function_word, named_compound


def _concepts(text: str) -> list[str | None]:
    return [concept for _word, concept in concept_words(text)]


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        # the same concepts in several languages, cases and orders
        ("Kongres Światowy", ["congress", "world"]),
        ("Всемирного конгресса", ["world", "congress"]),
        ("Dünya Kongresi", ["world", "congress"]),
        ("Comité central", ["committee", "central"]),
        # function words go
        ("Ministère des Affaires étrangères", ["ministry", "affairs", "foreign"]),
        ("Partido de la Revolución", ["party", "revolution"]),
        # German and Danish compounds split into their concept words, with or without a linking s
        ("Menschenrechtsprojekt", ["human", "rights", "project"]),
        ("Weltkongress", ["world", "congress"]),
        ("østturkestanske", ["east", "turkestan"]),
        # one word that stands for two concepts
        ("компартия", ["communist", "party"]),
    ],
)
def test_concepts_of_generic_words(text: str, concepts: list[str]) -> None:
    assert _concepts(text) == concepts


def test_a_name_is_left_to_be_resolved() -> None:
    # Uiguro is no concept word: the matcher resolves it to the Uyghurs
    assert concept_words("Congresso Mondiale Uiguro")[-1] == ("uiguro", None)


def test_a_stem_takes_a_short_ending_only() -> None:
    # kongres* takes kongresu, kongresem; a word that only begins like a stem is no concept word
    assert _concepts("kongresu") == ["congress"]
    assert _concepts("kongresowiczami") == [None]


def test_function_words() -> None:
    assert function_word("der") and function_word("и") and function_word("ve")
    assert not function_word("welt")


def test_a_compound_of_a_name_and_concept_words() -> None:
    assert named_compound("uigurenkongress") == ("uiguren", ("congress",))
    assert named_compound("uigurenverein") is None  # verein is no concept word here


def test_an_elided_article_leaves_the_name_and_a_suffix_leaves_it_too() -> None:
    # Romance l', d', dell' before a name; a Turkish case ending after an apostrophe
    assert concept_words("Movimento dell'Uzbekistan")[-1] == ("uzbekistan", None)
    assert concept_words("Türkistan'ın Hükümeti")[0] == ("turkistan", "turkestan")
