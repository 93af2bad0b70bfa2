"""Script and language detection for names.

Policy: a name is classified by the script of its letters (Latin, Cyrillic, Arabic, Han, the Japanese kana, Hangul,
Greek, Hebrew, or Mixed), and the language is guessed from letters that only some orthographies use: Kazakh has ұ
and і, Uyghur Cyrillic has җ, Tajik ҷ ӯ ӣ, Uzbek ў (and ҳ, which Tajik shares), Kyrgyz has ң ө ү but none of
Kazakh's extra letters; Kazakh Arabic script marks front vowels with HIGH HAMZA (U+0674) and writes ғ as ع, while
Uyghur Arabic script writes ې, ۆ and ۈ. The guess is a default for choosing a transliteration scheme; callers that
know the language pass it explicitly (and the canonicaliser reads Arabic script that shows neither language's
letters both ways)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Detection", "detect", "kazakh_or_uyghur", "script_of"]


@dataclass(frozen=True, slots=True)
class Detection:
    """The script of a text and the language its letters suggest (``None`` when nothing suggests one)."""

    script: str
    lang: str | None


def script_of(ch: str) -> str:
    """ISO 15924 code of one character's script, or ``""`` for non-letters and other scripts.

    >>> script_of("ғ"), script_of("ۇ"), script_of("新"), script_of("q"), script_of("ウ"), script_of("위")
    ('Cyrl', 'Arab', 'Hani', 'Latn', 'Kana', 'Hang')
    """
    cp = ord(ch)
    if cp < 0x80:
        return "Latn" if ch.isalpha() else ""
    if 0x00C0 <= cp <= 0x024F or 0x1E00 <= cp <= 0x1EFF or 0x0250 <= cp <= 0x02AF or 0x2C60 <= cp <= 0x2C7F:
        return "Latn" if ch.isalpha() else ""
    if 0x0400 <= cp <= 0x052F:
        return "Cyrl" if ch.isalpha() else ""
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return "Arab" if ch.isalpha() else ""
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF:
        return "Hani"
    if 0x3041 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return "Kana" if cp != 0x30FB else ""  # hiragana and katakana; the middle dot ・ parts words
    if 0xAC00 <= cp <= 0xD7A3 or 0x1100 <= cp <= 0x11FF or 0x3131 <= cp <= 0x318E:
        return "Hang"
    if 0x0370 <= cp <= 0x03FF or 0x1F00 <= cp <= 0x1FFF:
        return "Grek" if ch.isalpha() else ""
    if 0x05D0 <= cp <= 0x05EA:
        return "Hebr"
    return "Zyyy" if ch.isalpha() else ""


_KK_ONLY = frozenset("ұҰіІ")
_TG_CYRL = frozenset("ҷҶӯӮӣӢ")
_UZ_CYRL = frozenset("ўЎҳҲ")  # ҳ is Tajik too; Kazakh and Uyghur write һ
_UG_CYRL_ONLY = frozenset("җҖ")
_KK_UG_CYRL = frozenset("әӘғҒқҚһҺ")
_KY_CYRL = frozenset("ңҢөӨүҮ")
_UG_ARAB = frozenset("\u06d0\u06c6\u06c8\u06ad\u06be\u06c7\u06d5\u06cb")  # ې ۆ ۈ ڭ ھ ۇ ە ۋ
# HIGH HAMZA and the letters built on it, and ع, which Kazakh writes for ғ (Uyghur writes غ)
_KK_ARAB = frozenset("\u0674\u0675\u0676\u0677\u0678\u0639")
_UG_ONLY_ARAB = frozenset("\u06d0\u06c8")  # ې ۈ: Uyghur letters that Kazakh's Arabic script does not have


def detect(text: str) -> Detection:
    """Guess the script and language of a name.

    >>> detect("Тоқаев"), detect("Кульджа"), detect("غۇلجا"), detect("伊宁"), detect("Gulja")
    (Detection(script='Cyrl', lang='kk'), Detection(script='Cyrl', lang='ru'), \
Detection(script='Arab', lang='ug'), Detection(script='Hani', lang='zh'), Detection(script='Latn', lang=None))
    """
    counts: dict[str, int] = {}
    for ch in text:
        script = script_of(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return Detection("Zyyy", None)
    if len(counts) > 1:
        return Detection("Mixed", None)
    (script,) = counts
    letters = set(text)
    lang: str | None = None
    if script == "Cyrl":
        if letters & _UG_CYRL_ONLY:
            lang = "ug"
        elif letters & _TG_CYRL:
            lang = "tg"
        elif letters & _UZ_CYRL:
            lang = "uz"
        elif letters & (_KK_ONLY | _KK_UG_CYRL):
            lang = "kk"
        elif letters & _KY_CYRL:
            lang = "ky"
        else:
            lang = "ru"
    elif script == "Arab":
        lang = "kk" if letters & _KK_ARAB else "ug"
    elif script == "Hani":
        lang = "zh"
    elif script == "Grek":
        lang = "el"
    return Detection(script, lang)


def kazakh_or_uyghur(text: str) -> bool:
    """Whether Arabic-script ``text`` shows no letter that only Kazakh (HIGH HAMZA, ع) or only Uyghur (ې ۈ)
    writes, so that it may be either language (پاۆلودار); :func:`detect` then guesses Uyghur.

    >>> kazakh_or_uyghur("پاۆلودار"), kazakh_or_uyghur("قورعاس"), kazakh_or_uyghur("ئۈرۈمچى")
    (True, False, False)
    """
    letters = set(text)
    return not letters & (_KK_ARAB | _UG_ONLY_ARAB)
