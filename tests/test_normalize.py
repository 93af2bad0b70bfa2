"""normalize: clean-up and the normalised key."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit.normalize import clean, clean_arabic, normal_key, strip_marks


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nur\u2013Sultan", "Nur-Sultan"),  # EN DASH
        ("Sincan\u2019daki", "Sincan'daki"),  # RIGHT SINGLE QUOTATION MARK
        ("Kazakh\u00a0\u202fstan", "Kazakh stan"),  # NBSP, NARROW NBSP
        ("\u200fغۇلجا\u200e", "غۇلجا"),  # RLM, LRM
        ("غـۇلـجا", "غۇلجا"),  # TATWEEL
        ("ﻏﯘﻟﺠﺎ", "غۇلجا"),  # presentation forms
        ("K\u0430zakh", "Kazakh"),  # CYRILLIC SMALL LETTER A in a Latin word
        ("Кульджa", "Кульджа"),  # LATIN SMALL LETTER A in a Cyrillic word
        ("t\ufe20s\ufe21", "ts"),  # ALA-LC tie bars
        ("t\ufe20 s\ufe21", "ts"),  # tie bar with a stray space
        ("伊力哈木・土赫提", "伊力哈木·土赫提"),  # KATAKANA MIDDLE DOT
        ("٢٠٢١", "2021"),  # ARABIC-INDIC DIGITS
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ئۈرۈمچی", "ئۈرۈمچى"),  # final FARSI YEH after a consonant is i
        ("ئایدا", "ئايدا"),  # FARSI YEH after a vowel is y
        ("ی", "ى"),
        ("کاشگەر", "كاشگەر"),  # KEHEH is kaf
        ("قەشقەره", "قەشقەرە"),  # final ARABIC HEH is ae
        ("هوتەن", "ھوتەن"),  # initial ARABIC HEH is h
    ],
)
def test_clean_arabic(raw: str, expected: str) -> None:
    assert clean(raw) == expected
    assert clean_arabic(clean_arabic(raw)) == clean_arabic(raw)


def test_normal_key_folds_turkish_i_and_marks() -> None:
    assert normal_key("SİNCAN") == normal_key("sincan") == normal_key("Sıncan") == "sincan"
    assert normal_key("Ürümqi") == "urumqi"
    assert normal_key("Тоқаев") == "тоқаев"
    assert normal_key("Сайрагүл Сауытбай") == "сайрагүл сауытбай"  # й keeps its breve


def test_strip_marks_keeps_hamza_and_short_i() -> None:
    assert strip_marks("ئۇيغۇر") == "ئۇيغۇر"
    assert strip_marks("й") == "й"
    assert strip_marks("é") == "e"


@given(st.text())
def test_clean_never_raises_is_nfc_and_idempotent(text: str) -> None:
    once = clean(text)
    assert unicodedata.is_normalized("NFC", once)
    assert clean(once) == once


@given(st.text())
def test_normal_key_is_idempotent(text: str) -> None:
    key = normal_key(text)
    assert normal_key(key) == key
