"""Text clean-up and the normalised matching key.

Policy: :func:`clean` repairs what the sources of this domain break (PDF extraction, keyboard layouts, bidi
editors) without changing what a name says: Unicode compatibility forms, invisible controls, the many
apostrophe, hyphen, space and middle-dot characters, mixed Cyrillic/Latin look-alikes inside one word, and
the Arabic-script faults of Uyghur text typed on Persian or Arabic keyboards. :func:`normal_key` then folds
case (Turkish dotted and dotless I included) and strips diacritics on Latin letters, so that it can serve as
the "normalized" matching tier. Neither function ever raises on a ``str``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean", "clean_arabic", "normal_key", "strip_marks"]

APOSTROPHE = "'"
MIDDLE_DOT = "\u00b7"  # MIDDLE DOT, the separator of Chinese transcriptions of foreign names

# Characters that carry no letter: bidi controls, zero-width characters, BOM, soft hyphen, tatweel.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x200B, 0x2010),  # ZERO WIDTH SPACE .. RIGHT-TO-LEFT MARK (ZWNJ, ZWJ, LRM, RLM)
        *range(0x202A, 0x202F),  # LEFT-TO-RIGHT EMBEDDING .. RIGHT-TO-LEFT OVERRIDE
        *range(0x2060, 0x2065),  # WORD JOINER .. INVISIBLE PLUS
        *range(0x2066, 0x206A),  # LEFT-TO-RIGHT ISOLATE .. POP DIRECTIONAL ISOLATE
        0x061C,  # ARABIC LETTER MARK
        0xFEFF,  # ZERO WIDTH NO-BREAK SPACE (BOM)
        0x180E,  # MONGOLIAN VOWEL SEPARATOR
        0x00AD,  # SOFT HYPHEN
        0x0640,  # ARABIC TATWEEL
    ]
)

_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\u201b\u055a\uff07"
# RIGHT/LEFT SINGLE QUOTATION MARK, MODIFIER LETTER APOSTROPHE, MODIFIER LETTER TURNED COMMA, GRAVE ACCENT,
# ACUTE ACCENT, PRIME, SINGLE HIGH-REVERSED-9 QUOTATION MARK, ARMENIAN APOSTROPHE, FULLWIDTH APOSTROPHE.
# MODIFIER LETTER PRIME and DOUBLE PRIME stay: they are letters (soft and hard sign) in ISO 9 and ALA-LC;
# normal_key folds them.
_HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\u2043"
# HYPHEN, NON-BREAKING HYPHEN, FIGURE DASH, EN DASH, EM DASH, MINUS SIGN, SMALL HYPHEN-MINUS, HYPHEN BULLET
_MIDDLE_DOTS = "\u30fb\u2027\uff65\u2022\u0387\u22c5"
# KATAKANA MIDDLE DOT, HYPHENATION POINT, HALFWIDTH KATAKANA MIDDLE DOT, BULLET, GREEK ANO TELEIA, DOT OPERATOR

_CHAR_MAP: dict[int, str | None] = {
    **_INVISIBLE,
    **dict.fromkeys(map(ord, _APOSTROPHES), APOSTROPHE),
    **dict.fromkeys(map(ord, _HYPHENS), "-"),
    **dict.fromkeys(map(ord, _MIDDLE_DOTS), MIDDLE_DOT),
    **{0x0660 + i: str(i) for i in range(10)},  # ARABIC-INDIC DIGITS
    **{0x06F0 + i: str(i) for i in range(10)},  # EXTENDED ARABIC-INDIC DIGITS
    0x06A9: "\u0643",  # ARABIC LETTER KEHEH -> ARABIC LETTER KAF (Uyghur k)
    0x06AA: "\u0643",  # ARABIC LETTER SWASH KAF -> ARABIC LETTER KAF
    0x0629: "\u06d5",  # ARABIC LETTER TEH MARBUTA -> ARABIC LETTER AE (Uyghur e)
    **dict.fromkeys(range(0x064B, 0x0653)),  # Arabic harakat (fathatan .. sukun): Uyghur writes every vowel
    0x0670: None,  # ARABIC LETTER SUPERSCRIPT ALEF
}

_TIE_BAR = re.compile("\ufe20 ?|\ufe21")  # COMBINING LIGATURE LEFT HALF (+ stray space), RIGHT HALF
_SPACES = re.compile(r"\s+")
_SPACED_HYPHEN = re.compile(r" ?- ?")

# Uyghur vowel letters: ARABIC LETTER ALEF, AE, WAW, U, OE, YU, E, ALEF MAKSURA.
_UG_VOWELS = frozenset("\u0627\u06d5\u0648\u06c7\u06c6\u06c8\u06d0\u0649")
_HAMZA_YEH = "\u0626"  # ARABIC LETTER YEH WITH HAMZA ABOVE: the carrier of a syllable-initial vowel
_FARSI_YEH = "\u06cc"
_ARABIC_HEH = "\u0647"
_YEH = "\u064a"  # ARABIC LETTER YEH: Uyghur y
_ALEF_MAKSURA = "\u0649"  # Uyghur i
_AE = "\u06d5"  # ARABIC LETTER AE: Uyghur e
_HEH_DOACHASHMEE = "\u06be"  # Uyghur h


def _is_arabic_letter(ch: str) -> bool:
    return "\u0620" <= ch <= "\u06ff" and unicodedata.category(ch) == "Lo"


def clean_arabic(text: str) -> str:
    """Repair Uyghur Arabic-script letters typed with Persian or Arabic keyboards.

    FARSI YEH is read as the vowel i (ALEF MAKSURA) unless it stands next to a vowel, where it is the
    consonant y (YEH); ARABIC HEH is the vowel e (AE) at the end of a word and h (HEH DOACHASHMEE) inside one.

    >>> clean_arabic("\u0626\u06c8\u0631\u06c8\u0645\u0686\u06cc") == "\u0626\u06c8\u0631\u06c8\u0645\u0686\u0649"
    True
    """
    if _FARSI_YEH not in text and _ARABIC_HEH not in text:
        return text
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch == _FARSI_YEH:
            if prev == _HAMZA_YEH:
                ch = _ALEF_MAKSURA
            elif nxt in _UG_VOWELS or (prev in _UG_VOWELS and prev != _ALEF_MAKSURA):
                ch = _YEH
            else:
                ch = _ALEF_MAKSURA
        elif ch == _ARABIC_HEH:
            ch = _HEH_DOACHASHMEE if _is_arabic_letter(nxt) else _AE
        out.append(ch)
    return "".join(out)


# Look-alike letters, used only inside a word that mixes the two scripts.
_CYRL_TO_LATN = dict(zip(map(ord, "аеорсухіјѕһԛԝАВЕКМНОРСТХІЈЅ"), "aeopcyxijshqwABEKMHOPCTXIJS", strict=True))
# Latin h in a Cyrillic word is the һ of Kazakh, Uyghur, Bashkir or Tatar (Уәлиұллаh); Latin q and w are left.
_LATN_TO_CYRL = {ord(v): chr(k) for k, v in _CYRL_TO_LATN.items() if chr(k) not in "ԛԝ"}
_WORD = re.compile(r"\w+")


def _script_of(ch: str) -> str:
    if ch.isascii():
        return "Latn" if ch.isalpha() else ""
    if "\u0400" <= ch <= "\u052f":
        return "Cyrl"
    if "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff":
        return "Latn"
    return ""


def _unify_word(match: re.Match[str]) -> str:
    word = match.group(0)
    latin = cyrillic = 0
    for ch in word:
        script = _script_of(ch)
        latin += script == "Latn"
        cyrillic += script == "Cyrl"
    if not (latin and cyrillic):
        return word
    return word.translate(_CYRL_TO_LATN if latin >= cyrillic else _LATN_TO_CYRL)


def clean(text: str) -> str:
    """Return ``text`` repaired and in NFC, without changing the name it spells.

    >>> clean("Nur\u2013Sultan\u00a0 City")
    'Nur-Sultan City'
    >>> clean("Sinc\u0430n\u2019daki")  # CYRILLIC SMALL LETTER A inside a Latin word, curly apostrophe
    "Sincan'daki"
    """
    if text.isascii():
        if text.isprintable() and "  " not in text and text == text.strip() and "`" not in text:
            return text
        return _SPACES.sub(" ", text.translate(_CHAR_MAP)).strip()
    text = unicodedata.normalize("NFKC", text)
    text = _TIE_BAR.sub("", text)
    text = text.translate(_CHAR_MAP)
    text = clean_arabic(text)
    text = _WORD.sub(_unify_word, text)
    text = _SPACES.sub(" ", text).strip()
    return unicodedata.normalize("NFC", text)


_BREVE = "\u0306"  # COMBINING BREVE: keeps Cyrillic short i (й) and short u (ў) apart from и, у
_ARABIC_KEPT_MARKS = frozenset("\u0653\u0654\u0655")  # MADDAH ABOVE, HAMZA ABOVE, HAMZA BELOW


def strip_marks(text: str) -> str:
    """Drop combining marks from Latin and other letters, keeping those that make Cyrillic й and Arabic ئ.

    >>> strip_marks("Ürümchi Qeshqer é") + " " + strip_marks("Сайрагүл")
    'Urumchi Qeshqer e Сайрагүл'
    """
    if text.isascii():
        return text
    out: list[str] = []
    base = ""
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if ("\u0400" <= base <= "\u052f" and ch == _BREVE) or (
                "\u0600" <= base <= "\u06ff" and ch in _ARABIC_KEPT_MARKS
            ):
                out.append(ch)
            continue
        base = ch
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


_EDGE_PUNCT = "\"'.,;:!?()[]{}<>«»\u201c\u201d\u201e*/\\|"
_CASE_MAP = {
    ord("\u0130"): "i",  # LATIN CAPITAL LETTER I WITH DOT ABOVE
    ord("\u0131"): "i",  # LATIN SMALL LETTER DOTLESS I
    ord("I"): "i",
    ord("\u02b9"): APOSTROPHE,  # MODIFIER LETTER PRIME
    ord("\u02ba"): APOSTROPHE,  # MODIFIER LETTER DOUBLE PRIME
}


def normal_key(text: str) -> str:
    """The key of the ``normalized`` tier: cleaned, case-folded, diacritics off Latin letters.

    >>> normal_key("SİNCAN") == normal_key("Sincan") == "sincan"
    True
    >>> normal_key(" Nur \u2013 Sultan. ")
    'nur-sultan'
    """
    text = clean(text).translate(_CASE_MAP).casefold()
    text = _SPACES.sub(" ", strip_marks(text))  # a mark may have stood alone on a space (NFKC of MACRON)
    text = _SPACED_HYPHEN.sub("-", text)
    return text.strip(_EDGE_PUNCT + " -")
