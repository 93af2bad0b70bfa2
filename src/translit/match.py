"""The canonicaliser: any spelling of a name -> the glossary entry it names, with how and how sure.

Policy: matching is tiered; the first tier that decides wins (a tier whose entries are all excluded by
``type``, ``when`` or a designator passes to the next). A romanisation with tone numbers (Ha1-mi4) is read
without them, a name with another in square brackets without it (Yining [Gulja] County), and a Russian case
form by its nominative on tiers 1-3 before folding (Киргизии: Kyrgyzstan, not the Kyrgyz).
1. ``exact``: the text as a glossary name spells it (every entry claiming its normalised form competes,
   so case and apostrophe style never decide);
2. ``normalized``: :func:`translit.normalize.normal_key` (NFKC, case, apostrophe/hyphen/space styles,
   look-alike letters, invisible controls, diacritics, Arabic-script repairs);
3. ``transliterated``: the input's and every glossary name's forms through the schemes of their language
   (:func:`translit.keys.latin_forms`), and Latin text also read as French writes the region's names,
   as German does (names of unknown language or German ones) and Uzbek and Tajik o as the a of Russian
   spellings (:mod:`translit.keys`' readings), compared on :func:`translit.keys.translit_key`;
4. ``folded``: the lossy romanisation-folding keys of :func:`translit.keys.fold_keys`, for keys of four
   letters or more; personal names also with their words in any order, without patronymics (Kyrgyz "X uulu"
   inside a name with its X), with the family name's -ov/-ev or "son/daughter of" ending as one (Musakhanov,
   Musakhanuly, Қасым-ұлы), and (score 0.85) by their consonants alone when six or more, or with each run of
   vowels as one slot (names of two words or more, not Chinese ones: Rebiya Kadyr and Rebiya Kadeer);
5. when those find nothing: a name with a qualifier in brackets or after a comma is the person its name
   without the qualifier finds (Abai (Ibrahim) Kunanbaev; Tohti, Ilham), or the place of that name that is or
   lies in what the qualifier names (Aksu (Kazakhstan) -> Aksu District), only suggested when the qualifier
   names nothing known; otherwise the name without its designator, in any of the glossary's languages and in French,
   Spanish, Portuguese and Italian ("Shache County" -> counties named Shache; "Lake Bositeng", "Tarim Deryasi",
   "Balchaschsee", "Désert du Taklamakan" -> lakes, rivers, deserts) through tiers 1-4 again and then against the
   glossary's names of that kind without their own designator ("Uigur Raion" -> "Uygur District"; "Tang Empire",
   "Qing Hanedanı", Кокандское ханство -> dynasties, khanates, with an empire an empire before a dynasty), and a
   county's name against the county-level cities made from counties ("Korla County" -> Korla), a prefecture's
   against the prefecture-level cities made from prefectures ("Turfan vilâyeti" -> Turpan), and a name against
   the other names of the town an area is named after ("Khujand Region" -> Sughd Region, once Leninabad Oblast
   after the town; "Kuldja Prefecture" -> Ili Prefecture, whose seat was once called Ili); then without a Russian
   case ending (Pekina, Синьцзяна) or a Turkish one after an apostrophe (Kaşgar'dan); then, among peoples only,
   without a plural ending (Kazaklar, Uiguren, Дунганы) or as the singular of a plural the glossary lists, itself
   or without its own plural ending (Turkmen, Туркмен; Монголы, Mongolen for Mongols); then the language or
   country of the people a name is made from, when the glossary links the people to one (Uygur Türkçesi,
   қазақша, Uigurisch; Kirgisien, Mongolien); then a bare name against
   the names of counties, cities, China's urban districts and physical features without their designator
   ("Xinyuan" -> "Xinyuan County", "Bosten" -> "Bosten Lake"), transliterated keys only;
   then an acronym against the initials of names of three significant words or more (WUC, XUAR, ВУК), or a name's
   significant words in any order and number against organisations' names (American Uyghur Association, Uyghur
   Association in Kazakhstan), at score 0.85; then the folded keys without word boundaries against those of every
   name but personal names (Almaata -> Alma-Ata, Ak-Tobe -> Aktobe), unless the input is one word of a personal name
   (Nursultan); then a personal name without its middle initials (Ilham M. Tohti) or with its given name as an
   initial (Sh. Mirziyoyev: the people of that family name whose given name begins so), or a Chinese name written
   syllable by syllable (Ma Zhong Ying, Wu Lu Mu Qi); then a person by the name without case endings, titles
   and forms of address (Феликсом Куловым, Zordun Sabirning, Frau Sauytbay), and any name without a Turkic
   case ending or German genitive, found as written or by its designator (Жетісу облысындағы, Usbekistans);
   Chinese characters never meet other Chinese characters on folded keys; then one word against the
   family names of personal names (Karimov; Tohti only as a suggestion), and a one-word place name of five consonants
   or more against others with its vowel runs as slots (Panjikent -> Panjakent), at score 0.8 or less; everywhere a
   folded key is made, a compass word in any of the languages is also read in English and first (Шығыс Қазақстан,
   Восточно-Казахстанская, Doğu Türkistan -> East ...);
6. ``fuzzy``: similarity of folded keys (rapidfuzz). A fuzzy match resolves only as a typo: very close,
   long enough, word for word, same first letters, not a prefix (Kazakhstan is not Kazakhstani), and no
   other entry near; otherwise it is returned unresolved, as suggestions.
A tier that finds two or more entries reports them all as candidates and marks the match ``ambiguous``;
it resolves to none of them (``id`` is None), unless a declared ambiguity of the glossary names a
preferred reading for exactly those entries (bare "Uyghur": the people, not the language), in which case
that reading is given and the match stays ``ambiguous`` with every candidate: translit never silently
picks one.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, KeysView
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice, product
from pathlib import Path

from rapidfuzz import fuzz, process

from .glossary import Entry, Glossary, layer_paths, load
from .hanja import sino_korean
from .keys import (
    abjad_key,
    abjad_vowels,
    abjad_vowels_agree,
    arabic_compass,
    arabic_readings,
    dutch_reading,
    fold_keys,
    french_reading,
    german_readings,
    glide_j_reading,
    greek_reading,
    hebrew_as_persian,
    hungarian_reading,
    indic_readings,
    is_pinyin,
    joined_key,
    latin_forms,
    mora_key,
    old_chinese_reading,
    polish_reading,
    portuguese_reading,
    read_with,
    russian_a_reading,
    spanish_reading,
    syllabary_key,
    translit_key,
    written_vowels,
)
from .normalize import APOSTROPHE, normal_key
from .scripts import Detection, detect, script_of
from .translated import concept_words, named_compound
from .transliteration import transliterate

__all__ = ["Candidate", "Match", "Matcher", "canonicalize", "canonicalize_all", "matcher"]

METHODS = ("exact", "normalized", "transliterated", "folded", "fuzzy")
_SCORES = {"exact": 1.0, "normalized": 0.98, "transliterated": 0.95, "folded": 0.9}
_FUZZY_RESOLVE = 93.0  # rapidfuzz ratio (0-100) at or above which a fuzzy match may resolve on its own
_FUZZY_SUGGEST = 80.0  # below this, no suggestion
_FUZZY_MIN_LEN = 8  # folded keys shorter than this never resolve fuzzily
_FOLD_MIN_LEN = 4  # folded keys shorter than this are not looked up
_JOINED_MIN_LEN = 6  # nor joined keys shorter than this (Ak Su and Aksu are often different places)
_FUZZY_MARGIN = 5.0  # the best entry must lead the next by this much to resolve
_FUZZY_WORD = 88.0  # each word that differs must be at least this close (Karasay is not Karamay)
# schemes whose hyphens join syllables, not words
_SYLLABLE_HYPHENS = frozenset({"zh-Wade-Giles", "zh-Latn-pinyin-Wade-Giles"})
_HAN_SCHEMES = frozenset({"zh-pinyin", "zh-Wade-Giles"})
_UZBEK_TAJIK_SCHEMES = frozenset({"tg-Cyrl-BGN", "uz-Cyrl-Latn"})
# a spelling read as another language writes it
_READINGS = frozenset(
    {"fr-Latn", "de-Latn", "pl-Latn", "hu-Latn", "es-Latn", "pt-Latn", "ru-a", "ar-reading", "el-said", "en-zh-old",
     "nl-Latn", "j-glide"}
)  # fmt: skip
# schemes whose letters mean something else to the folding classes: the scientific transliteration's j is
# й (Яньци Janʹci would fold with Чанцзи), its x is х. Their forms count in the transliterated tier only.
_UNFOLDED = frozenset({"ru-scientific"})
# the readings of a Latin spelling (not of another script's letters), whose ch may be French sh; and the
# languages a glossary name's ch may be sh in (an input's language is not known, and its ch may be either)
_LATIN_READINGS = _READINGS - {"ar-reading", "el-said"}
_FRENCH_CH_LANGS = frozenset(("fr", "pt", "ca", "br", "oc"))
_MAX_ABBREVIATION = 4  # letters of a word in capitals read as an abbreviation, not said as a word (ΟΗΕ, ΗΠΑ)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One entry that fits an input, with its score."""

    id: str
    canonical: str
    wikidata: str | None
    type: str
    score: float

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"id": self.id, "canonical": self.canonical, "wikidata": self.wikidata, "score": self.score}


@dataclass(frozen=True, slots=True)
class Match:
    """The result of canonicalising one name.

    ``id`` is ``None`` when the input fits several entries (``ambiguous``) or only fuzzy suggestions that
    are not close enough to resolve; ``candidates`` then lists them, best first.
    """

    input: str
    id: str | None
    canonical: str | None
    wikidata: str | None
    type: str | None
    method: str
    score: float
    matched: str | None
    scheme: str | None = None
    candidates: tuple[Candidate, ...] = ()
    ambiguous: bool = False

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form with the keys of the CLI's jsonl output."""
        return {
            "input": self.input,
            "id": self.id,
            "canonical": self.canonical,
            "wikidata": self.wikidata,
            "type": self.type,
            "method": self.method,
            "score": self.score,
            "matched": self.matched,
            "scheme": self.scheme,
            "candidates": [c.as_dict() for c in self.candidates],
            "ambiguous": self.ambiguous,
        }


# A posting: entry id, the glossary form that produced the key, and the scheme used (if any).
_Posting = tuple[str, str, str | None]


@dataclass(slots=True)
class _Index:
    exact: set[str] = field(default_factory=set)
    normal: dict[str, list[_Posting]] = field(default_factory=dict)
    translit: dict[str, list[_Posting]] = field(default_factory=dict)
    fold: dict[str, list[_Posting]] = field(default_factory=dict)
    fold_sorted: dict[str, list[_Posting]] = field(default_factory=dict)  # personal names, words sorted
    # personal names' keys without vowels (_skeleton) and with vowel runs as slots (_slots)
    skeleton: dict[str, list[_Posting]] = field(default_factory=dict)
    place_slots: dict[str, list[_Posting]] = field(default_factory=dict)  # other names' vowel-slot keys
    bare: dict[str, list[_Posting]] = field(default_factory=dict)  # names without their designator
    bare_fold: dict[str, list[_Posting]] = field(default_factory=dict)  # the same, folded
    # a town's names on the area named after it (_named_after): Kustanay for Kostanay Region
    named: dict[str, list[_Posting]] = field(default_factory=dict)
    named_fold: dict[str, list[_Posting]] = field(default_factory=dict)  # the same, folded
    named_areas: dict[str, set[str]] = field(default_factory=dict)  # town id -> the areas named after it
    # folded keys without word boundaries, of names other than personal names (Kyzyl-Orda, Kyzylorda)
    joined: dict[str, list[_Posting]] = field(default_factory=dict)
    folded_person_words: set[str] = field(default_factory=set)  # the folded words of personal names
    # the transliterated words of personal names of two words or more, and which are surnames (last words)
    person_words: dict[str, list[_Posting]] = field(default_factory=dict)
    surnames: set[tuple[str, str]] = field(default_factory=set)  # (entry id, last word, also folded)
    folded_surnames: dict[str, list[_Posting]] = field(default_factory=dict)
    acronyms: dict[str, list[_Posting]] = field(default_factory=dict)  # initials of names of three words or more
    foreign_districts: set[str] = field(default_factory=set)  # districts outside _BARE_DISTRICTS_IN
    word_bags: dict[str, list[_Posting]] = field(default_factory=dict)  # organisations' words, any order
    singulars: dict[str, list[_Posting]] = field(default_factory=dict)  # peoples' one-word plurals, singular
    declined: dict[str, list[_Posting]] = field(default_factory=dict)  # Russian names by their stems (_declined_key)
    given_names: dict[str, set[str]] = field(default_factory=dict)  # entry id -> its given names, all words
    language_of: dict[str, str] = field(default_factory=dict)  # a people's id -> its language's, when one
    country_of: dict[str, str] = field(default_factory=dict)  # a people's id -> its country's, when one
    abjad: dict[str, list[_Posting]] = field(default_factory=dict)  # names' consonants as an abjad writes them
    # (entry id, name) -> the name's consonants with their vowels (:func:`translit.keys.abjad_vowels`)
    abjad_vowels: dict[tuple[str, str], set[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    # names' consonants as kana and Hangul tell them apart, and designated names' without their designator
    syllabary: dict[str, list[_Posting]] = field(default_factory=dict)
    syllabary_bare: dict[str, list[_Posting]] = field(default_factory=dict)
    # the same with their vowels (:func:`translit.keys.mora_key`)
    mora: dict[str, list[_Posting]] = field(default_factory=dict)
    mora_bare: dict[str, list[_Posting]] = field(default_factory=dict)
    # the Sino-Korean readings of Han names (新疆省: 신강성), and of their bases without a designator (新疆)
    hanja: dict[str, list[_Posting]] = field(default_factory=dict)
    hanja_bare: dict[str, list[_Posting]] = field(default_factory=dict)
    fuzzy_keys: list[str] = field(default_factory=list)
    fuzzy_postings: list[list[_Posting]] = field(default_factory=list)


def _add(table: dict[str, list[_Posting]], key: str, posting: _Posting) -> None:
    """Every (entry, form) that gives ``key`` is kept: the forms say which names a key stands for."""
    if not key:
        return
    postings = table.setdefault(key, [])
    if not any(p[0] == posting[0] and p[1] == posting[1] for p in postings):
        postings.append(posting)


def _spelling_readings(latin: str, lang: str | None) -> list[tuple[str | None, str]]:
    """A Latin spelling as the languages that write the region's names in their own way read it (the
    :data:`_READINGS`), for a name that no scheme read."""
    readings: list[tuple[str | None, str]] = []
    if (french := french_reading(latin)) is not None:
        readings.append(("fr-Latn", french))  # Ouroumtsi, Gouldja: French sources spell u as ou
    # Kasachstan, Tschugutschak: German spellings, read for names of unknown language and German ones
    if lang is None or lang.startswith("de"):
        readings.extend(("de-Latn", german) for german in german_readings(latin))
    if (polish := polish_reading(latin)) is not None:
        readings.append(("pl-Latn", polish))  # Pawłodar, Władimir Putin, Stambułu: Polish ł, w, sz, cz, rz
    if (hungarian := hungarian_reading(latin)) is not None:
        readings.append(("hu-Latn", hungarian))  # Szamarkand, Tádzsikisztán, Urumcsi: Hungarian sz, zs, cs, s
    if (spanish := spanish_reading(latin, spanish=(lang or "").startswith("es"))) is not None:
        readings.append(("es-Latn", spanish))  # Kazajstán, Jiva, región de Manguistau: Spanish j, qu, gu
    if (portuguese := portuguese_reading(latin)) is not None:
        readings.append(("pt-Latn", portuguese))  # Uzbequistão, Cazaquistão, mongóis: Portuguese qu, c, ão, -óis
    if (old_chinese := old_chinese_reading(latin)) is not None:
        readings.append(("en-zh-old", old_chinese))  # Keang-soo, Fuh-keen, Hoo-nan: Kiangsu, Fukien, Hunan
    if (dutch := dutch_reading(latin)) is not None:
        readings.append(("nl-Latn", dutch))  # Noersoeltan, Tadzjikistan: Dutch oe, sj, tsj, dzj
    elif (glide := glide_j_reading(latin)) is not None:
        readings.append(("j-glide", glide))  # Nazarbajev, Sooronbaj: the j of й after a vowel
    return readings


_ARMENIAN = re.compile("[\u0531-\u0587]")
_GEORGIAN = re.compile("[\u10d0-\u10ff]")


@lru_cache(maxsize=4096)
def _forms(text: str, lang: str | None) -> tuple[tuple[str | None, str], ...]:
    """The Latin forms of ``text`` by its schemes (cached: the tiers and the fuzzy step ask again on a miss)."""
    forms: list[tuple[str | None, str]] = []
    said = indic_readings(text)  # काश्गर: kashgar, where ICU's letter-for-letter kāśgara meets nothing
    pairs = [] if said else latin_forms(text, lang)
    if lang == "zh-Latn-pinyin":  # a pinyin name also stands for its Wade-Giles spelling
        pairs.append(("zh-Latn-pinyin-Wade-Giles", transliterate(text, "zh-Latn-pinyin-Wade-Giles")))
    for scheme, latin in pairs:
        if scheme in ("", "und-Latn") and lang == "zh-Latn-wadegile":
            scheme = "zh-Wade-Giles"  # a Wade-Giles name is read as the scheme's own output
        forms.append((scheme or None, latin))
        if scheme in _SYLLABLE_HYPHENS:
            forms.append((scheme, latin.replace("-", "")))
        if scheme in _HAN_SCHEMES and " " in latin and " " not in text.strip():
            # the reader took a run of characters for a personal name (叶城 Ye Cheng); it may be a place
            forms.append((scheme, latin.replace(" ", "")))
        if not scheme:
            forms.extend(_spelling_readings(latin, lang))
        # not an abbreviation's letters (ΟΗΕ, ΗΠΑ), which are not said as a word
        abbreviation = text.isupper() and len(text.strip()) <= _MAX_ABBREVIATION
        if scheme == "el-ELOT743" and not abbreviation and (greek := greek_reading(latin)) is not None:
            forms.append(("el-said", greek))  # Ουζμπεκιστάν Ouzmpekistán: Uzbekistán
        russian_a = russian_a_reading(latin, uzbek_or_tajik=scheme in _UZBEK_TAJIK_SCHEMES)
        if russian_a is not None:
            forms.append(("ru-a", russian_a))  # Тоҷикистон, Oʻzbekiston: the o of Uzbek and Tajik is Russian a
    forms.extend(("ar-reading", reading) for reading in arabic_readings(text))  # ألماتي, Almaty
    forms.extend(("indic-said", reading) for reading in said)
    if _ARMENIAN.search(text) is not None:  # Ուրումչի Owrumči, Նազարբաև Nazarbaew: Urumchi, Nazarbaev
        armenian = transliterate(text, "und-Latn")
        forms.append(("hy-said", armenian.replace("ow", "u").replace("Ow", "U").replace("ə", "").replace("w", "v")))
    forms.extend(_ukrainian_forms(text))
    forms.extend(_serbian_forms(text))
    forms.extend(_bulgarian_forms(text))
    palladius = read_with(_CYRILLIC_E.sub("э", text), "zh-Cyrl-pinyin") if _CYRILLIC_E.search(text) else None
    if palladius is not None and ("zh-Cyrl-pinyin", palladius) not in forms:
        forms.append(("zh-Cyrl-pinyin", palladius))
    return tuple(forms)


# Ukrainian writes the region's names as Russian does, in its own letters: і for и, и for ы, ї and є for йи and
# е, ґ for г (Киргизстан, Узбекистан, Ургенч); and Chinese names in a Palladius of its own, with е for э
# (Сі Цзіньпін, Мао Цзедун, Чень Цюаньго, Хуа Чуньїн, Ден Сяопін). A Cyrillic text with a letter only
# Ukrainian has, or with і and none of the letters of Kazakh, is also read as the Russian it corresponds to.
_UKRAINIAN_ONLY = re.compile("[їєґЇЄҐ]")
_UKRAINIAN_I = re.compile("[іІ]")
_KAZAKH_LETTERS = re.compile("[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_UKRAINIAN_LETTERS = {
    "і": "и", "І": "И", "ї": "йи", "Ї": "Йи", "є": "е", "Є": "Е", "ґ": "г", "Ґ": "Г", "и": "ы", "И": "Ы"
}  # fmt: skip
_UKRAINIAN_AS_RUSSIAN = str.maketrans(_UKRAINIAN_LETTERS)
_UKRAINIAN_AS_PALLADIUS = str.maketrans({**_UKRAINIAN_LETTERS, "ї": "и", "Ї": "И", "е": "э", "Е": "Э"})
_SIBILANT_Y = re.compile("(?<=[шчжщШЧЖЩ])ы")  # Russian writes ши, чи, жи where Ukrainian has ши, чи, жи too
# Russian writes е for the э of Palladius too (Мао Цзедун, Чень Цюаньго): a Cyrillic name is also read as
# Chinese with э for each е after a consonant.
_CYRILLIC_E = re.compile("(?<=[бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ])е")


# Serbian and Macedonian write the region's names in letters of their own: ј for й, џ for дж, љ and њ for ль
# and нь, ђ and ћ for дь and ч, ѓ and ќ for г and к (Нурсултан Назарбајев, Таџикистан, Касим Жомарт Токајев)
_SERBIAN_ONLY = re.compile("[јљњђћџѓќЈЉЊЂЋЏЃЌ]")
_SERBIAN_AS_RUSSIAN = str.maketrans(
    {"ј": "й", "Ј": "Й", "џ": "дж", "Џ": "Дж", "љ": "ль", "Љ": "Ль", "њ": "нь", "Њ": "Нь", "ђ": "дь", "Ђ": "Дь",
     "ћ": "ч", "Ћ": "Ч", "ѓ": "г", "Ѓ": "Г", "ќ": "к", "Ќ": "К"}
)  # fmt: skip


# Bulgarian ъ is a vowel, written before a consonant (Russian writes its hard sign before е, ё, ю, я only): the
# Chinese e of Palladius' э (Дън Сяопин, Шън Шикай: Deng Xiaoping, Sheng Shicai) and the Turkic ы (Къзълорда)
_BULGARIAN_VOWEL = re.compile("(?i)ъ(?![еёюя])(?=[а-я])")


def _bulgarian_forms(text: str) -> list[tuple[str | None, str]]:
    """A Bulgarian spelling read as Palladius with э for its ъ, and as Russian with ы; [] without such a ъ."""
    if _BULGARIAN_VOWEL.search(text) is None:
        return []
    forms = _as_russian("bg-ru", _BULGARIAN_VOWEL.sub(lambda m: "Ы" if m.group().isupper() else "ы", text))
    palladius = read_with(_BULGARIAN_VOWEL.sub("э", text), "zh-Cyrl-pinyin")
    return forms + ([("zh-Cyrl-pinyin", palladius)] if palladius is not None else [])


def _serbian_forms(text: str) -> list[tuple[str | None, str]]:
    """The Latin forms of a Serbian or Macedonian spelling read as the Russian it corresponds to ("sr-ru"); []
    for a text without their letters."""
    if not _SERBIAN_ONLY.search(text):
        return []
    return _as_russian("sr-ru", text.translate(_SERBIAN_AS_RUSSIAN))


def _as_russian(tag: str, russian: str) -> list[tuple[str | None, str]]:
    """The Latin forms of ``russian``, the Russian another Cyrillic spelling stands for, under ``tag``."""
    return [(tag, transliterate(russian, scheme)) for scheme in ("ru-BGN", "ru-common")]


def _ukrainian_forms(text: str) -> list[tuple[str | None, str]]:
    """The Latin forms of a Ukrainian spelling read as the Russian it corresponds to ("uk-ru") and, when it
    reads as Chinese syllables, as pinyin (scheme zh-Cyrl-pinyin); [] for a text that is not Ukrainian."""
    if not (_UKRAINIAN_ONLY.search(text) or (_UKRAINIAN_I.search(text) and not _KAZAKH_LETTERS.search(text))):
        return []
    russian = _SIBILANT_Y.sub("и", text.translate(_UKRAINIAN_AS_RUSSIAN))
    forms = _as_russian("uk-ru", russian)
    palladius = read_with(_SIBILANT_Y.sub("и", text.translate(_UKRAINIAN_AS_PALLADIUS)), "zh-Cyrl-pinyin")
    return forms + ([("zh-Cyrl-pinyin", palladius)] if palladius is not None else [])


def _has_han(text: str) -> bool:
    return any(script_of(ch) == "Hani" for ch in text)


def _has_arabic(text: str) -> bool:
    return any(script_of(ch) == "Arab" for ch in text)


def _has_syllabary(text: str) -> bool:
    return any(script_of(ch) in ("Kana", "Hang") for ch in text)


_VOWELS = re.compile("[aeiou]")
_SKELETON_MIN_LEN = 6
# a syllable of Chinese in any romanisation (Wade-Giles, postal, pinyin, older European): an initial, one run of
# vowels, and n, ng or the h of -ih, -eh and -erh (shih, hsüeh, erh) or nothing; Ak, Kara, Kol and Tash are none
_CHINESE_SYLLABLE = re.compile(
    r"(?i)(?:[bcdfghjklmnpqrstvwxyz]{1,3}['’ʻ]?)?(?:[aeiouüêé]{1,3})(?:ng?|(?<=[ie])h|(?<=e)rh)?"
)


def _skeleton(folded: str) -> str:
    """A folded key without its vowels, for personal names only (whose vowels the region's romanisations
    write most differently): Ehmetjan Qasimi and Akhmetjan Kasimi, Ospan Batyr and Ospan Batur meet. Place
    names are left out: their generic words (County, nahiyisi) would carry two different names together."""
    return _VOWELS.sub("", folded)


_VOWEL_RUN = re.compile("[aeiou]+")
_SLOTS_MIN_LEN = 4


def _slots(folded: str, chinese: bool) -> str | None:
    """A personal name's folded key with each run of vowels as one slot, for names too short for
    :func:`_skeleton`: Rebiya Kadyr and Rebiya Kadeer meet (r*b* k*d*r), Omer Bekali and Ömir Bekali,
    Abduwali Ayup and Abduweli Ayup. Only for names of two words or more, of four consonants or more, with a
    word of two vowel runs or more; a Chinese name (``chinese``: written in or read as pinyin) only when its
    every word has two: their one-syllable surnames would meet (Chen Xiaojiang and Chin Shu-jen). None
    otherwise."""
    words = folded.split(" ")
    runs = [len(_VOWEL_RUN.findall(word)) >= 2 for word in words]
    if (
        len(words) < 2
        or len(_skeleton(folded).replace(" ", "")) < _SLOTS_MIN_LEN
        or not (all(runs) if chinese else any(runs))
    ):
        return None
    return _VOWEL_RUN.sub("*", folded)


_PLACE_SLOTS_MIN_LEN = 5
_SURNAME_MIN_LEN = 5  # a surname alone is looked up from five letters (Tohti, not Isa)
_GIVEN_CLOSE = 80.0  # a given name spelt otherwise (Sooronbaj, Islão) is this close to the glossary's (rapidfuzz)
# the endings of family names that are not given names: Russian and Soviet-era -ov, -ev, -in, -sky, -enko
# (Karimov, Nazarbayev, Putin), Kazakh -uly, -kyzy
_FAMILY_NAME = re.compile("(?:ov|ev|ova|eva|in|ina|yn|sky|skiy|skii|skaya|enko|uly|kyzy|qyzy)$")


@lru_cache(maxsize=65536)
def _all_pinyin(text: str) -> bool:
    """Whether every word of ``text`` is Latin toneless pinyin (Quanzhou, Ruoqiang Xian)."""
    words = [w for w in re.split(r"[\s\-']+", normal_key(text)) if w]
    return bool(words) and all(w.isascii() and w.isalpha() and is_pinyin(w) for w in words)


def _read_as_chinese(text: str, forms: Iterable[tuple[str | None, str]]) -> bool:
    """Whether a name is written in pinyin or read as Palladius Cyrillic (Ma Zhongying, Ма Чжунъин); ``forms``
    are its Latin forms (:func:`_forms`)."""
    return _all_pinyin(text) or any(scheme == "zh-Cyrl-pinyin" for scheme, _latin in forms)


def _place_slots(scheme: str | None, latin: str, folded: Iterable[str]) -> set[str]:
    """The vowel-slot keys (:func:`_slots`) of a one-word name other than a personal name, from one Latin
    form and its folded keys, for the last step before fuzzy suggestions: Panjikent and Panjekent meet
    Panjakent, Zaravshan Zeravshan, Maralbishi Maralbeshi. Vowels tell place names apart more often than
    personal names (Aralsk and Uralsk, Kurgan and Qarqan), so the name needs five consonants or more, and
    Chinese names (from characters, pinyin or Wade-Giles), whose vowels make different syllables, are left
    out."""
    if scheme is not None and scheme.startswith("zh-"):
        return set()
    plain = normal_key(latin).replace(APOSTROPHE, "").replace("-", "")
    if not plain.isalpha() or is_pinyin(plain):
        return set()
    return {
        _VOWEL_RUN.sub("*", key)
        for key in folded
        if " " not in key and len(_skeleton(key)) >= _PLACE_SLOTS_MIN_LEN and len(_VOWEL_RUN.findall(key)) >= 2
    }


def _sorted_words(keys: Iterable[str]) -> set[str]:
    return {" ".join(sorted(k.split(" "))) for k in keys if " " in k}


# A Kazakh, Kyrgyz or Uzbek family name is written with the Russian -ov/-ev (-ova/-eva) or with the Turkic
# "son of" (-uly, uulu) or "daughter of" (-kyzy, -qizi) on the same name: Qaster Musakhanuly and Kaster
# Musakhanov, Kenesary Kasymov and Кенесары Қасым-ұлы. On folded keys (uly: uli; uulu: ulu; q: K).
_FAMILY_ENDING = re.compile("(?i)^(?P<stem>.{3,}?)(?:ov|ev|ova|eva|uli|ulu|kizi)$")
_FAMILY_WORD = re.compile("(?i)^(?:uli|ulu|kizi)$")


def _family_stems(keys: Iterable[str]) -> set[str]:
    """Folded keys of personal names with the family name's ending marked, not spelled (:data:`_FAMILY_ENDING`):
    "KaSter muSaKan~" for both "KaSter muSaKanuli" and "KaSter muSaKanov"; also for the ending written as
    a word of its own after a hyphen ("KeneSari KaSim uli")."""
    out = set()
    for key in keys:
        words = key.split(" ")
        if len(words) >= 3 and _FAMILY_WORD.match(words[-1]):
            words = [*words[:-2], words[-2] + words[-1]]
        ending = _FAMILY_ENDING.match(words[-1]) if len(words) >= 2 else None
        if ending is not None:
            out.add(" ".join([*words[:-1], ending.group("stem") + "~"]))
    return out


# Patronymics: Kazakh -uly/-kyzy joined to the father's name, Kyrgyz uulu/kyzy as a word of their own,
# Russian -ovich/-evich/-ovna/-evna, Uzbek o'g'li/qizi. A personal name is also indexed and looked up
# without them, so that "Nursultan Abishuly Nazarbayev", "Nursultan Abishevich Nazarbayev" and
# "Nursultan Nazarbayev" meet.
_PATRONYMIC = re.compile(
    r"(?i)^(?:\w{3,}(?:uly|ulı|uli|ūly|qyzy|kyzy|qizi|ovich|evich|ovna|evna|ovych|ivna|ovic|evic)"
    r"|uulu|kyzy|qyzy|ogli|oghli|ugli|qizi|o'g'li|ibn|bin)$"
)


# Acronyms: an organisation's or a unit's initials stand for it (WUC, HRW, ETNM, XUAR, ВУК, ШОС). A name of
# three significant words or more gives its initials; an all-capital input of three to seven letters (dots,
# slashes and spaces aside: U.S.H.M.M., RFE/RL) is looked up among them when nothing else found it.
_FUNCTION_WORDS = frozenset(
    ["of", "the", "and", "for", "in", "on", "at", "to", "&", "и", "в", "по", "на", "de", "du", "des", "la", "le",
     "et", "der", "die", "das", "und", "für"]
)  # fmt: skip
_NAME_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ACRONYM_INPUT = re.compile(r"^(?:[^\W\d_a-zа-яё][.\s/]*){3,7}$")


# An abbreviation of two or three capitals (US, UN, SCO, СНГ) is met only by its very letters, in any case
# (us, U.S.): Uş (Osh) and Ūs are other words, which folding would make "us".
_SHORT_ABBREVIATION = re.compile(r"^(?:[A-ZА-ЯЁ]\.?){2,3}$")
# So is any other abbreviation of words of capitals (Aİ, ҚР СІМ) by a spelling in its own script, and by
# folding only one of as many letters: AI (Amnesty International) is not Aİ (the European Union in
# Azerbaijani), and QHR SІM (ҚХР СІМ, China's foreign ministry) is not ҚР СІМ (Kazakhstan's); AQSH is still
# АҚШ, by transliteration, and ШУАР ШҰАР, by folding.
_CAPITAL = "[A-ZА-ЯЁӘҒҚҢӨҰҮҺІİŞÇĞÜÖÝЎҲҶӢ]"
_ABBREVIATION = re.compile(rf"^(?:{_CAPITAL}\.?){{2,4}}(?:\s+(?:{_CAPITAL}\.?){{2,4}})*$")


@lru_cache(maxsize=65536)
def _abbreviation_of(name: str) -> int:
    """2 for a short abbreviation (:data:`_SHORT_ABBREVIATION`), 1 for another (:data:`_ABBREVIATION`), 0 for a
    name that is none (cached: every candidate of every lookup is asked)."""
    return 2 if _SHORT_ABBREVIATION.match(name) else 1 if _ABBREVIATION.match(name) else 0


def _abbreviation_met(text: str, name: str, method: str) -> bool:
    """Whether ``text`` may meet the glossary name ``name`` by ``method``, as far as abbreviations go."""
    kind = _abbreviation_of(name)
    if kind == 0:
        return True
    if kind == 2:
        return _abbreviation_letters(text) == _abbreviation_letters(name)
    if method in ("folded", "fuzzy"):
        return sum(map(str.isalpha, text)) == sum(map(str.isalpha, name))
    if script_of(text.strip()[:1] or " ") == script_of(name[:1]):
        return _abbreviation_letters(text) == _abbreviation_letters(name)
    return True


def _abbreviation_letters(text: str) -> str:
    return text.strip().replace(".", "").casefold()


def _significant_words(text: str) -> list[str]:
    return [w for w in _NAME_WORDS.findall(text) if w.lower() not in _FUNCTION_WORDS]


def _acronym(text: str, organisation: bool) -> str | None:
    """The initials of a name of three significant words or more, each capitalised (World Uyghur Congress:
    WUC); None for shorter names, whose two letters would meet too many others, and for a name with a word in
    lower case, which is not abbreviated by its initials (Mausolée d'Abakh Hoja is not MDH, Chiao-he ku-ch'eng
    not CHKC). Three initials are kept only for organisations (``organisation``): other names are rarely
    abbreviated, and a three-letter abbreviation of something else (AKM, Akmola) would meet them."""
    words = _significant_words(text)
    if len(words) < 3 or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return None
    return "".join(w[0] for w in words).upper() if organisation or len(words) >= 4 else None


def _as_acronym(text: str) -> str | None:
    """``text`` as an acronym when it is written as one (WUC, U.S.H.M.M., RFE/RL, ВУК); None otherwise."""
    stripped = text.strip()
    if not _ACRONYM_INPUT.match(stripped) or not stripped.isupper():
        return None
    return re.sub(r"[.\s/]", "", stripped)


# Organisations are named with the same words in another order or number, translated word for word:
# "Uyghur American Association" and "American Uyghur Association", "Association of Uyghurs in Kazakhstan" and
# "Uyghur Association in Kazakhstan". Their names also meet as sets of significant words, normalised
# (:func:`translit.normalize.normal_key`), without an English plural -s, and with the words that names write
# in more than one way, add or leave out (_BAG_WORDS): "Communist Party of China" and "Chinese Communist
# Party"; "Ministry of Foreign Affairs of the Republic of Kazakhstan" and "Foreign Ministry of Kazakhstan";
# "Nanjing Synergy Textiles Co. Ltd"; "Eastern Turkestan" and "East"; "PRC", "CCP" and "UN" spelt out.
_BAG_WORDS = {
    "chinese": "china", "russian": "russia", "kazakhstani": "kazakhstan", "kazakh": "kazakhstan",
    "kyrgyzstani": "kyrgyzstan", "kyrgyz": "kyrgyzstan", "uzbekistani": "uzbekistan", "uzbek": "uzbekistan",
    "tajikistani": "tajikistan", "tajik": "tajikistan", "eastern": "east", "western": "west",
    "northern": "north", "southern": "south", "turkistan": "turkestan", "terrorism": "terror",
    "terrorist": "terror", "prc": "china", "ccp": "china communist party", "cpc": "china communist party",
    "un": "united nations",
    **dict.fromkeys(
        ["republic", "people's", "people’s", "federation", "affairs", "co", "ltd", "llc", "inc", "company"], ""
    ),
}  # fmt: skip
_POSSESSIVE = re.compile("['’]s$")


def _word_bag(text: str) -> str | None:
    """An organisation's significant words as a set, in the forms of ``_BAG_WORDS``, a plural or possessive
    -s off (Prosecutor General's Office, Office of the Prosecutor General)."""
    written = _significant_words(normal_key(text))
    if len(written) < 2:  # one word is no set of words (un is no UN spelt out)
        return None
    words = [_POSSESSIVE.sub("", v) for w in written for v in _BAG_WORDS.get(w, w).split(" ")]
    bag = sorted({w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words if w})
    return " ".join(bag) if len(bag) >= 2 else None


# Kyrgyz and Uzbek write "son of" as a word after the father's name: in the middle of a name, both go
# (Sadyr Nurgozho uulu Japarov: Sadyr Japarov); last, they are the family name (Almanbet Osmon uulu).
_PATRONYMIC_WORD = re.compile("(?i)^(?:uulu|kyzy|qyzy|ogli|oghli|ugli|qizi|o'g'li)$")


def _without_patronymic(latin: str) -> str | None:
    words = re.split(r"[ \-]+", latin.strip())
    father = {i - 1 for i, w in enumerate(words[:-1]) if i > 0 and _PATRONYMIC_WORD.match(w)}
    kept = [w for i, w in enumerate(words) if i not in father and not _PATRONYMIC.match(w)]
    return " ".join(kept) if len(kept) >= 2 and len(kept) < len(words) else None


# Wade-Giles ch is pinyin j before i and ü (Ching-ho: Jinghe) and zh before the other vowels (Chung-kuo:
# Zhongguo); aspirated chʻ is q before i and ü (Chʻing-ho: Qinghe) and ch before the others (Chʻang-chi:
# Changji, not the Turkic q of "Qang").
_WG_CH = re.compile("(?i)ch([ʻ'’‘`]?)(?=(i(?!h)|ü|y)?)")
# Wade-Giles writes the vowel of pinyin shi, zhi, chi, ri as ih (K'a-shih, Wu-shih, Ch'ih): the h is no
# consonant, so the key is the pinyin syllable's, not that of a name ending in -ik (Esik).
_WG_IH = re.compile(r"(?i)(sh|zh|ch[ʻ'’‘`]?|j|q)ih\b")


def _wade_giles_ch(match: re.Match[str]) -> str:
    if match.group(2):
        return "q" if match.group(1) else "j"
    return "ch" if match.group(1) else "zh"


# The words for the points of the compass (and "central") in the region's languages, as their Latin forms
# write them after normal_key, so that a name made of one and a place name meets its translations: East
# Kazakhstan Region, Шығыс Қазақстан облысы (Shygys), Восточно-Казахстанская область (Vostochno); East
# Turkestan, Doğu Türkistan, Sherqiy Türkistan, Ostturkestan; Central Asia, Orta Asya. Russian adjectives
# are known by their stem (vostochn-: Восточный, Восточная, Восточно-).
_DIRECTION_WORDS: dict[str, tuple[str, ...]] = {
    "east": (
        "east", "eastern", "shygys", "shyghys", "sygys", "sigis", "shighis", "chygysh", "chyghysh", "cygys",
        "sherqiy", "sherqi", "sharqiy", "sharqi", "xarkiy", "xerqiy", "xarqiy", "sherkiy", "sharkiy", "serqii",
        "sarqii", "dogu", "ost", "zuun", "oriental", "orientale", "est", "este",
    ),
    "west": (
        "west", "western", "batys", "batysh", "batis", "gherbiy", "gharbiy", "garbiy", "gherbi", "gharbi",
        "garbii", "gerbii", "gerbiy", "bati", "baruun", "occidental", "occidentale", "ouest", "oeste",
    ),
    "north": (
        "north", "northern", "soltustik", "tunduk", "shimaliy", "shimoliy", "shimoli", "ximaliy", "shymalyy",
        "symalyi", "kuzey", "khoyd", "khoid", "nord", "septentrional", "septentrionale", "norte",
    ),
    "south": (
        "south", "southern", "ontustik", "ongtustik", "tushtuk", "jenubiy", "janubiy", "janubi", "zhenubiy",
        "jenubii", "guney", "omnod", "sud", "meridional", "meridionale", "sur",
    ),
    "central": (
        "central", "centrale", "ortalyq", "ortalyk", "ottura", "orta", "markaziy", "markazi", "borborduk",
        "zentral",
    ),
}  # fmt: skip
_DIRECTION_OF = {word: point for point, words in _DIRECTION_WORDS.items() for word in words}
_RUSSIAN_DIRECTION = re.compile(
    "^(?:(?P<east>vosto[cč]h?n)|(?P<west>zapadn)|(?P<north>severn|severo$)|(?P<south>[iy]?u[zž]h?n|juzn)"
    "|(?P<central>[tc]s?entraln|sredn))"
)
# German joins the point to the name: Ostturkestan, Nordkasachstan, Westsibirien (not Westport: the rest must
# be five letters or more)
_GERMAN_DIRECTION = re.compile(
    "^(?:(?P<east>ost)|(?P<west>west)|(?P<north>nord)|(?P<south>sud)|(?P<central>zentral))(?=.{5})"
)
_WORD_PART = re.compile(r"[^\w]+|_")


@lru_cache(maxsize=65536)
def _direction_reading(latin: str) -> str | None:
    """``latin`` with its compass word in English and first ("east kazakhstan" for Шығыс Қазақстан's Shygys
    Qazaqstan, Восточно-Казахстан's Vostochno-Kazakhstan, French Kazakhstan-Oriental); None without one."""
    words = [w for w in _WORD_PART.split(normal_key(latin).replace(APOSTROPHE, "")) if w]
    points: list[str] = []
    rest: list[str] = []
    for word in words:
        point = _DIRECTION_OF.get(word)
        if point is None and (found := _RUSSIAN_DIRECTION.match(word) or _GERMAN_DIRECTION.match(word)):
            point = found.lastgroup
            if found.end() < len(word) and found.re is _GERMAN_DIRECTION:
                rest.append(word[found.end() :])
        if point is None:
            rest.append(word)
        else:
            points.append(point)
    if not points or not rest:
        return None
    return " ".join(points + rest)


def _fold(scheme: str | None, latin: str, french: bool = True) -> frozenset[str]:
    """The folded keys of one Latin form, none for the schemes of ``_UNFOLDED``. A Wade-Giles form keeps its
    ch apart: aspirated chʻ is pinyin q, plain ch pinyin j (Chʻing-ho Qinghe, Ching-ho Jinghe), where an
    English ch may be either. A name with a compass word also gets the keys of its reading with the word in
    English (:func:`_direction_reading`)."""
    if scheme in _UNFOLDED:
        return frozenset()
    if scheme in _SYLLABLE_HYPHENS:
        latin = _WG_CH.sub(_wade_giles_ch, latin)
    latin = _WG_IH.sub(r"\1i", latin)
    keys = fold_keys(latin, french_ch=(scheme is None and french) or scheme in _LATIN_READINGS)
    if scheme == "zh-pinyin":  # 上海 Shanghai, Uyghur شاڭخەي Shangxey; 盛世才 Sheng Shicai, شېڭ شىسەي shéng shisey
        keys |= fold_keys(_as_uyghur_writes(latin))
    directed = _direction_reading(latin)
    return keys | fold_keys(directed) if directed is not None else keys


_PINYIN_AI = re.compile("(?i)ai")
_PINYIN_C = re.compile("(?i)c(?!h)")
_PINYIN_UAN = re.compile("(?i)(?<=[jqxy])uan")


def _as_uyghur_writes(pinyin: str) -> str:
    """A pinyin spelling as Uyghur writes the Chinese name: ai as ey (ەي), c as s, and the üan of juan, quan,
    xuan and yuan as üen (王乐泉 Wang Lequan: Wang Léchüen)."""
    return _PINYIN_UAN.sub("üen", _PINYIN_C.sub("s", _PINYIN_AI.sub("ey", pinyin)))


def _fold_all(forms: Iterable[tuple[str | None, str]]) -> set[str]:
    out: set[str] = set()
    for scheme, latin in forms:
        out |= _fold(scheme, latin)
    return out


def _collect(found: list[_Posting], table: dict[str, list[_Posting]], keys: Iterable[str]) -> list[_Posting]:
    """Adds to ``found`` every posting of ``table`` under ``keys`` that it does not hold yet."""
    for key in keys:
        for posting in table.get(key, ()):
            if posting not in found:
                found.append(posting)
    return found


# The kinds of historical polities (an entry's kind head) that the generic words for them admit.
_DYNASTY: tuple[str, ...] = ("dynasty",)
_EMPIRE: tuple[str, ...] = ("empire", "dynasty")
_KHANATE: tuple[str, ...] = ("khanate", "khaganate")
_POLITY: tuple[str, ...] = ("dynasty", "empire", "khanate", "khaganate", "kingdom", "emirate")
_GREAT_WORDS = ("great", "великое", "великая", "великий", "их", "büyük", "ұлы", "uluğ", "بۈيۈك")
# Generic words for a kind of place, in the languages of the glossary, and the entry kinds they admit. A
# name that is not found as written is tried again without a trailing designator, keeping only entries of
# a matching kind: "Shache County" finds the county, never the city; "Aksu City" never the prefecture.
# Persian and Arabic generic words, written before the name (ولایت سغد, استان سغد, ولاية فرغانة, شهر دوشنبه)
_ABJAD_GENERIC_WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["ولایت", "ولاية", "استان", "محافظة", "منطقة"], ("prefecture", "region")),
    **dict.fromkeys(["شهر", "مدينة"], ("city", "town", "municipality")),
    "شهرستان": ("county", "city", "town", "municipality"),  # a county (شهرستان کارگیلیک) or a city
    **dict.fromkeys(["ناحیه", "ناحیهٔ", "ناحية"], ("district", "county")),
    **dict.fromkeys(["دریاچه", "دریاچهٔ", "بحيرة"], ("lake",)),
    **dict.fromkeys(["رود", "رودخانه", "رودخانهٔ", "نهر"], ("river",)),
    **dict.fromkeys(["صحرای", "صحراء", "بیابان"], ("desert",)),
    **dict.fromkeys(["اللغة", "لغة", "زبان"], ("language",)),  # اللغة الأوزبكية, زبان ازبکی
    **dict.fromkeys(["وكالة", "خبرگزاری"], ("agency",)),  # وكالة شينخوا
    **dict.fromkeys(["قومية", "قوم"], ("group", "historical ethnonym", "demonym")),  # قومية الأوزبك
}
# Lithuanian generic words, written after a name in the genitive (Korlos miestas, Andižano sritis, Čarklyko
# apskritis)
_LITHUANIAN_GENERIC_WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["miestas", "miesto"], ("city", "town")),
    **dict.fromkeys(
        ["sritis", "srities", "vilajetas", "provincija", "provincijoje"], ("region", "prefecture", "province")
    ),
    **dict.fromkeys(["apskritis", "apskrities"], ("county",)),
    **dict.fromkeys(["rajonas", "rajono"], ("district", "county")),
    **dict.fromkeys(["regionas", "regiono", "prefektūra", "prefektūros"], ("region", "prefecture")),
    # features: Kunluno kalnai, Lobnoro ežeras, Tarimo baseinas (accusative baseiną), Taklamakano dykuma
    **dict.fromkeys(["ežeras", "ežero", "ežerą"], ("lake",)),
    **dict.fromkeys(["kalnai", "kalnų", "kalnuose", "kalnagūbris", "kalnas"], ("range", "mountain")),
    **dict.fromkeys(["baseinas", "baseino", "baseiną", "įduba", "įdubos"], ("basin", "depression")),
    **dict.fromkeys(["dykuma", "dykumos", "dykumą"], ("desert",)),
    **dict.fromkeys(["upė", "upės", "upę"], ("river",)),
    **dict.fromkeys(["slėnis", "slėnio"], ("valley", "historical region", "geographic region")),
    **dict.fromkeys(["perėja", "perėjos"], ("pass",)),
    **dict.fromkeys(["chanatas", "chanato"], _KHANATE),
    **dict.fromkeys(["imperija", "imperijos"], _EMPIRE),
}
# Generic words of the Indian scripts, written after the name as English writes them (काश्गर शहर, ख़ोतान ज़िला,
# কুনলুন পর্বতমালা, তারিম অববাহিকা, ਜਿਜ਼ਾਖ ਖੇਤਰ, சுக்ட் பிராந்தியம்), Bengali also in the genitive (-এর, -র) and
# locative (-এ); Hindi writes Uyghur's vilayiti as heard (क़ाश्क़ार विलायती)
_INDIC_GENERIC_WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ["शहर", "नगर", "শহর", "শহরের", "শহরে", "নগর", "શહેર", "ਸ਼ਹਿਰ", "நகரம்", "நகரின்"], ("city", "town", "municipality")
    ),
    **dict.fromkeys(["ज़िला", "जिला", "ज़िले", "जिले", "জেলা", "জেলার", "જિલ્લો", "ਜ਼ਿਲ੍ਹਾ", "மாவட்டம்"], ("district", "county")),
    "काउंटी": ("county",),
    **dict.fromkeys(
        ["विभाग", "विलायती", "क्षेत्र", "प्रीफ़ॅक्चर", "प्रिफेक्चर", "অঞ্চল", "অঞ্চলের", "ਖੇਤਰ", "பிராந்தியம்"],
        ("prefecture", "region"),
    ),
    **dict.fromkeys(["प्रांत", "प्रान्त", "प्रदेश", "প্রদেশ", "மாகாணம்"], ("province", "region", "prefecture")),
    **dict.fromkeys(["नदी", "নদী", "নদীর", "નદી", "ਨਦੀ", "ஆறு"], ("river",)),
    **dict.fromkeys(["झील", "হ্রদ", "হ্রদের", "સરોવર", "ஏரி"], ("lake",)),
    **dict.fromkeys(
        ["पर्वत", "पर्वतमाला", "পর্বত", "পর্বতমালা", "পর্বতমালার", "ગિરિમાળા", "પર્વતમાળા", "மலைத்தொடர்"],
        ("range", "mountain"),
    ),
    **dict.fromkeys(["रेगिस्तान", "मरुस्थल", "মরুভূমি", "মরুভূমির", "રણ", "பாலைவனம்"], ("desert",)),
    **dict.fromkeys(["द्रोणी", "बेसिन", "অববাহিকা", "অববাহিকার"], ("basin", "depression")),
}
_TURKISH_IL_FORMS = ("ili", "iline", "ilinde", "ilinin", "ilindeki", "ilinden", "ilini")
_OASIS: tuple[str, ...] = ("city", "town", "county", "village")  # an oasis is named as its town or county is
_FORT: tuple[str, ...] = ("town", "city", "village")  # a Russian fort that grew into a town
_DESIGNATOR_WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ["city", "shehiri", "shehri", "qalasy", "kalasy", "shahri", "шаҳри", "shaary", "город", "gorod", "goroda",
         "gorode", "şehri", "sheheri",
         "города", "городе", "городу", "городом", "г", "shahar", "shahari", "шаҳар", "kreisfreie stadt",
         "شەھىرى", "شەھرى", "قالاسى", "қаласы", "қаласының", "қаласында", "шаары", "shi", "qalasi", "шәһири",
         "қала", "qala", "шаар", "shaar", "şaary", "şaarı", "шаарын", "shaaryn", "şəhəri", "şäheri", "şäher",
         "шәһәре", "шәһәр", "қаласын", "ш", "шаһар", "шаһары", "қ", "шаардык"],
        ("city", "town", "municipality"),
    ),
    **dict.fromkeys(["town", "bazari", "poselok", "بازىرى", "zhen"], ("town", "city", "township")),
    **dict.fromkeys(["township", "xiang", "yezisi", "yëzisi", "يېزىسى"], ("township", "town")),
    **dict.fromkeys(
        ["county", "nahiyisi", "nahiye", "nahiyesi", "xian", "zizhixian", "ناھىيىسى", "ناھىيەسى", "уезд", "сиан",
         "шянь", "наһийиси", "наһийәси", "siyan", "piirikunta", "piirikunnan", "grafschaft", "hrabstwo", "härad",
         "comitat", "comitatul", "județul", "judetul"],
        ("county",),
    ),
    **dict.fromkeys(
        ["district", "rayoni", "audany", "audani", "району", "райони", "район", "rayon", "raion", "رايونى", "ауданы",
         "اۋدانى", "qu", "ауданының", "ауданын", "ауданында", "ауданына", "ilçesi", "bucağı", "kazası", "kazasi",
         "tumani", "тумани", "awdani", "awdany", "ооданы", "oodany", "oodanı", "rayonu",
         "ноҳия", "ноҳияи", "nohiya", "nohiyai", "etraby", "etrap"],
        ("district", "county"),
    ),
    **dict.fromkeys(
        ["prefecture", "wilayiti", "oblast", "oblysy", "oblys", "oblusu", "область", "облысы", "облусу", "ۋىلايىتى",
         "ئوبلاستى", "وبلىسى", "округ", "diqu", "zizhizhou", "zhou", "aymagy", "aymaghy", "ايماعى", "аймағы", "аймагы",
         "облысының", "облысында", "областы", "okrug", "viloyati", "вилояти", "вилайити", "vilayiti", "vilayeti",
         "eyaleti", "вилоят", "viloyat", "уәлаят", "уәлаяты", "uälaıaty", "ўәлаят", "ўәлаяты", "welaýaty", "welaýat",
         "өлкәһе", "өлкәсе", "бүлгесе", "бүлге", "bülgese", "regio", "prefektura", "prefektury", "prefekturasi",
         "prefekturası", "префектурасы", "префектурасында", "mkoa", "regiunea",
         "облысын", "vilayəti", "вилаети", "вилайети", "ۋالاياتى", "облустук", "өңірі",
         "öñiri", "обл"],
        ("prefecture", "region"),
    ),
    "region": ("region", "prefecture", "historical region", "geographic region"),
    **dict.fromkeys(["zizhiqu", "bölgesi"], ("region", "prefecture")),
    # Turkish il, a province, and its case forms after a name (Aksu ili, Kaşgar iline, Hotan ilinde)
    **dict.fromkeys(_TURKISH_IL_FORMS, ("prefecture", "region")),
    # English writes the regions of Central Asia as provinces too (Samarqand Province, Almaty Province); Kazakh,
    # Uyghur and Uzbek name China's provinces and old regions with өлке, ئۆلكە, ўлка (Гансу өлкесі, Или ўлкаси)
    **dict.fromkeys(["province", "provinz"], ("province", "region", "prefecture")),
    **dict.fromkeys(
        ["өлкесі", "ölkesi", "ئۆلكىسى", "өлкиси", "ölkisi", "ўлкаси", "oʻlkasi", "o'lkasi"],
        ("province", "region", "prefecture", "historical region"),
    ),
    **dict.fromkeys(["oasis", "oase", "оазис", "vohasi", "воҳаси", "ۋاھاسى"], _OASIS),  # Оазис Керия, Hotan oasis
    **dict.fromkeys(["fort", "крепость", "укрепление"], _FORT),  # Fort Zaisan, укрепление Верное
    # German: Kreis Shache, Landkreis Hotan, Bezirk Almaty, Stadtbezirk Yizhou, Gebiet Osch, Präfektur Aksu,
    # Regierungsbezirk Aksu, Stadt Kaschgar, Stadtkreis Yining (a county-level city)
    # and their genitives (des Kreises Alaköl, des Regierungsbezirks Kaschgar)
    **dict.fromkeys(["kreis", "landkreis", "kreises", "landkreises"], ("county", "district")),
    **dict.fromkeys(["bezirk", "bezirks", "distrikt", "gundumar"], ("district", "county")),
    **dict.fromkeys(["stadtbezirk", "stadtbezirks"], ("district",)),
    **dict.fromkeys(["gebiet", "gebiets", "gebietes"], ("region", "prefecture")),
    **dict.fromkeys(["präfektur", "regierungsbezirk", "regierungsbezirks"], ("prefecture", "region")),
    # Finnish (Shawanin piirikunta, Kuytunin kaupunki, Mangistaun alue, Ilin autonominen prefektuuri), Dutch
    # (provincie), Ukrainian and Russian префектура, and Swedish and Norwegian region with its article (Osh-regionen)
    **dict.fromkeys(["kaupunki", "kaupungin", "kaupungissa"], ("city", "town", "municipality")),
    **dict.fromkeys(["alue", "alueen", "alueella", "maakunta", "maakunnan"], ("region", "prefecture")),
    **dict.fromkeys(["prefektuuri", "prefektuurin", "префектура", "префектуры", "префектури"], ("prefecture",)),
    "provincie": ("province", "region", "prefecture"),
    # Norwegian fylke, Norway's first division, names China's prefectures and counties alike
    **dict.fromkeys(["fylke", "fylket"], ("county", "prefecture", "region")),
    # Russian провинция (провинции Ганьсу), and Kazakh and Kyrgyz провинциясы after the name
    **dict.fromkeys(["провинция", "провинциясы", "provintsiya"], ("province", "region", "prefecture")),
    "regionen": ("region", "prefecture", "historical region", "geographic region"),
    **dict.fromkeys(["stadt", "stadtkreis", "kreisstadt", "oasenstadt"], ("city", "town")),
    **_LITHUANIAN_GENERIC_WORDS,
    **_INDIC_GENERIC_WORDS,
    **dict.fromkeys(["village", "auyly", "aul", "аул", "ауылы", "село", "selo", "села", "селе"], ("village",)),
    # Turkish kent is a town or a city (Turfan kenti, Kaşgar kentinde); Kazakh and Uzbek кент a settlement
    **dict.fromkeys(["kent", "kenti", "кент", "кенті"], ("city", "town", "village")),
    # a Cossack stanitsa or a Russian settlement, often the old name of a town (станица Софийская: Talgar)
    **dict.fromkeys(["станица", "stanitsa", "посёлок", "поселок", "posyolok"], ("village", "town", "city")),
    # Kazakh уезі: a county of China (Фуюн уезі)
    **dict.fromkeys(["уезі", "uezi", "uyezi"], ("county",)),
    # a state's official name: Republic of Tajikistan, Республика Таджикистан, Кыргыз Республикасы,
    # Oʻzbekiston Respublikasi, Ҷумҳурии Тоҷикистон, Türkiye Cumhuriyeti
    **dict.fromkeys(
        ["republic", "republik", "respublika", "республика", "республикасы", "respublikasy", "respublikasi",
         "республикаси", "cumhuriyeti", "jumhuriyiti", "جۇمھۇرىيىتى", "ҷумҳурии", "jumhurii", "жумһурийити"],
        ("country", "republic", "state"),
    ),
    # physical features; an entry's kind head is its last word ("mountain range" -> range)
    **dict.fromkeys(
        ["river", "fluss", "darya", "deryasi", "dəryasi", "he", "ho", "ozeni", "özeni", "reka", "река", "دەرياسى",
         "дәряси", "дарыясы", "өзені", "мөрөн", "moron", "muren", "гол", "gol", "nehri", "ırmağı", "daryosi",
         "дарёси", "дарыя", "суусу", "suusu", "çayı", "darja", "daria", "дарья", "дарьи", "дарье", "дарью",
         "дарьей", "flusses", "fluß", "flusse", "derýasy", "derýa", "дайрасы", "дайра", "өзенін", "rivier", "älven"],
        ("river",),
    ),
    **dict.fromkeys(
        ["lake", "see", "köl", "kol", "köli", "kóli", "kölı", "kul", "hu", "ozero", "озеро", "كۆلى", "көли", "көлі",
         "көл", "нуур", "nuur", "gölü", "sees", "көлін", "meer", "sjön"],
        ("lake",),
    ),
    **dict.fromkeys(
        ["mountains", "range", "ranges", "gebirge", "gebirges", "gebergte", "tagh", "taghi", "taghliri", "tizmisi",
         "تىزمىسى",
         "تاغ", "too", "tau", "tauy", "tawy", "taulary", "gory", "shan", "shanmai", "тағ", "тағлири", "тау", "тауы",
         "таулары", "горы", "тоо", "уул", "уулс", "нуруу", "uul", "nuruu", "dağları", "dağı", "теғи", "téghi", "tëghi",
         "تېغى", "تاغلىرى", "тоғ", "тоғлари", "togʻ", "togʻlari", "tog'", "tog'lari", "toglari", "тизмаси", "tizmasi"],
        ("range", "mountain"),
    ),
    **dict.fromkeys(["plateau", "үстірті", "üstirti", "ۇستىرتى", "hochland"], ("range", "plateau")),
    # a single mountain or peak: Mount Bogda, Pik Pobedy, гора Музтаг-Ата, Bogda Feng
    **dict.fromkeys(
        ["mount", "mt", "mountain", "peak", "pik", "пик", "гора", "feng", "çoqqisi", "choqqisi", "zirvesi", "gipfel"],
        ("mountain",),
    ),
    # mountain passes (not Uyghur ئېغىزى or Chinese kou, "mouth", which name towns too: Alashankou, ئالاتاۋ
    # ئېغىزى): Khunjerab Pass, перевал Торугарт, Torugart-Ashuu, Irkeshtam Dawini
    **dict.fromkeys(
        ["pass", "перевал", "pereval", "ашуу", "ashuu", "asuu", "ашуусу", "dawan", "dawini", "davan", "daban",
         "dabani", "geçidi", "passhöhe"],
        ("pass",),
    ),
    **dict.fromkeys(
        ["desert", "wüste", "wueste", "qumluqi", "shamo", "sha-mo", "пустыня", "قۇملۇقى", "шөлі", "shöli", "çölü",
         "səhrası", "choʻli", "чўли", "цөл", "tsöl", "woestijn", "öknen"],
        ("desert",),
    ),
    **dict.fromkeys(
        ["basin", "becken", "beckens", "pendi", "p'en-ti", "oymanliqi", "впадина", "впадины", "впадине", "впадиной",
         "котловина", "котловины", "котловине", "равнина", "равнины", "равнине", "ئويمانلىقى", "ойпаты", "oypaty",
         "havzası", "hövzəsi", "ويپاتى", "tekisligi", "текислиги", "pasttekisligi", "пасттекислиги",
         "бассейн"],
        ("basin", "depression"),
    ),
    **dict.fromkeys(["depression", "senke", "çukuru"], ("depression", "basin")),
    # heritage sites: Bezeklik Caves, Höhlen von Kizil, Id Kah Moschee, Apaq Khoja Maziri, Jiaohe Ruins
    **dict.fromkeys(
        ["caves", "grottoes", "höhlen", "grotten", "grottes", "mağaraları", "пещеры", "ming-oy", "mingoy", "مىڭئۆي"],
        ("temples",),
    ),
    **dict.fromkeys(["ruins", "ruinen", "ruinenstadt", "ruines", "harabeleri", "руины", "городище"], ("ruins", "site")),
    **dict.fromkeys(
        ["mosque", "moschee", "mosquée", "camii", "cami", "мечеть", "meschit", "meschiti", "مەسچىتى"], ("mosque",)
    ),
    **dict.fromkeys(
        ["mausoleum", "grabstätte", "mausolée", "türbesi", "мавзолей", "maziri", "mazari", "مازىرى", "tomb"],
        ("mausoleum",),
    ),
    # a valley is a valley or names the historical or geographic region around it (Fergana-Tal, Ili Valley,
    # Ili-Tal), never an administrative unit (the Fergana Valley is not Fergana Region)
    **dict.fromkeys(
        ["valley", "vallée", "tal", "vadisi", "wadisi", "ۋادىسى", "долина", "dolina", "jülgesi", "өрөөнү", "өрөөн"],
        ("valley", "historical region", "geographic region"),
    ),
    # languages and peoples: Uyghur language, Uyghur tili, Uygur dili; Hui people, Turkic peoples
    **dict.fromkeys(
        ["language", "tili", "тили", "тілі", "tılı", "dili", "türkçesi", "sprache", "хэл", "khel", "kele", "kalba",
         "keel", "kieli", "taal"],
        ("language",),
    ),
    **dict.fromkeys(
        ["people", "peoples", "nationality", "xelqi", "халқи", "halkı", "halki", "türkleri", "türkler",
         "nationalität", "ethnic", "group", "xalqi", "xalqining", "халқы", "халқының", "halqy", "halqynyń",
         "halqı", "halqınıñ", "خەلقى", "خەلقىنىڭ", "حالقى", "حالقىنىڭ", "xelqining", "халқининг", "эли", "элинин",
         "halky", "halkynyň"],
        ("group", "historical ethnonym", "demonym"),
    ),
    # historical polities. A dynasty is also called an empire or a state (Tang Empire, Великое Юаньское
    # государство), a khanate a state (Karahanlılar Devleti), but never the other way round: the Mongol
    # dynasty is the Yuan, not the Mongol Empire; the Kashgar Emirate is not the Kashgar Khanate. English
    # "state" is left out: "the Kazakh state" is Kazakhstan more often than the Kazakh Khanate.
    **dict.fromkeys(
        ["dynasty", "dynastie", "dinastía", "dinastia", "династия", "династиясы", "hanedanı", "hanedanlığı", "әулеті",
         "sulolasi", "сулоласи", "sulalisi", "سۇلالىسى", "сулалиси", "xandanliqi", "خاندانلىقى"],
        _DYNASTY,
    ),
    **dict.fromkeys(
        ["khanate", "khanat", "kanato", "canato", "ханство", "хандығы", "хандыгы", "хандығын", "хандыгын", "hanlığı",
         "xonligi", "хонлиги", "xanliqi", "خانلىقى", "ханлиқи", "handyǵy", "khaganate", "kaganate", "qaghanate",
         "каганат", "қағанаты", "кагандыгы", "kağanlığı", "xoqonligi", "хоқонлиги", "xaqanliqi", "خاقانلىقى"],
        _KHANATE,
    ),
    **dict.fromkeys(
        ["empire", "imperium", "imperio", "império", "impero", "империя", "империясы", "империяси", "imperiyasi",
         "imparatorluğu", "çarlığı", "impériyisi", "imperiyisi", "ئىمپېرىيىسى", "эзэнт", "гүрэн"],
        _EMPIRE,
    ),
    **dict.fromkeys(
        ["kingdom", "königreich", "königreiches", "königreichs", "royaume", "reino", "regno", "королевство", "царство",
         "krallığı", "padishahliqi", "پادىشاھلىقى"],
        ("kingdom",),
    ),
    # Kazakh патшалығы is a kingdom or an empire of a dynasty (Мин патшалығы, Цин патшалығы)
    **dict.fromkeys(
        ["patshalyǵy", "патшалығы", "patşalığı", "patshalygy"], ("kingdom", "dynasty", "empire")
    ),
    **dict.fromkeys(["emirate", "emirat", "эмират", "emirliği", "amirligi"], ("emirate",)),
    # news agencies: Xinhua agency, Xinhua ajansı, агентство Синьхуа
    **dict.fromkeys(["agency", "ajansı", "agentligi", "агенттігі", "агенттиги", "agentur", "агентство"], ("agency",)),
    # Persian and Arabic put it first: خانات جغتای
    "خانات": _KHANATE,
    # "Great" before a polity's name: Great Qing, Великая Юань, Их Юань Улс, Büyük Hun İmparatorluğu
    **dict.fromkeys(_GREAT_WORDS, _POLITY),
    **dict.fromkeys(
        ["государство", "staat", "staates", "reich", "reiches", "devleti", "мемлекеті", "мамлекети", "davlati",
         "давлати", "döliti", "دۆلىتى", "ulus", "улус", "ulusi", "улуси", "ұлысы", "ئۇلۇسى"],
        _POLITY,
    ),
    **_ABJAD_GENERIC_WORDS,
    # Mongolian улс is a state of any time: Монгол Улс (Mongolia), Их Монгол Улс (the Mongol Empire)
    **dict.fromkeys(["улс", "uls"], (*_POLITY, "country")),
    # Hungarian, after the name, often with a hyphen (Tarim-medence, Kunlun-hegység, Kizil Kum sivatag, Mongol
    # Birodalom, Kazah Kánság, Id Kah mecset)
    **dict.fromkeys(["város"], ("city", "town", "municipality")),
    **dict.fromkeys(["megye"], ("county",)),
    **dict.fromkeys(["járás", "körzet"], ("district", "county")),
    **dict.fromkeys(["tartomány", "terület"], ("region", "prefecture", "province")),
    **dict.fromkeys(["köztársaság"], ("country", "republic", "state")),
    **dict.fromkeys(["folyó"], ("river",)),
    **dict.fromkeys(["tó"], ("lake",)),
    **dict.fromkeys(["hegység", "hegyek"], ("range", "mountain")),
    **dict.fromkeys(["sivatag"], ("desert",)),
    **dict.fromkeys(["medence"], ("basin", "depression")),
    **dict.fromkeys(["völgy"], ("valley", "historical region", "geographic region")),
    **dict.fromkeys(["mecset"], ("mosque",)),
    **dict.fromkeys(["nyelv"], ("language",)),
    **dict.fromkeys(["dinasztia"], _DYNASTY),
    **dict.fromkeys(["kánság"], _KHANATE),
    **dict.fromkeys(["birodalom"], _EMPIRE),
    # Wade-Giles and Mongolian words for the administrative kinds
    **dict.fromkeys(["hsien", "тойрог", "toirog"], ("county", "district", "prefecture")),
    # Mongolian, and the generic words in the genitive, the dative and the ablative (Бортал тойргийн, Монгол
    # орны, Таримын хотгорт)
    **dict.fromkeys(["тойргийн", "тойрогт", "тойргоос"], ("county", "district", "prefecture")),
    **dict.fromkeys(["шянь", "хошуу", "хошууны", "хошуунд"], ("county",)),  # Жинхэ хошуу
    **dict.fromkeys(["дүүрэг", "дүүргийн", "дүүрэгт"], ("district",)),
    **dict.fromkeys(["хотгор", "хотгорын", "хотгорт", "хотгороос"], ("basin", "depression")),
    **dict.fromkeys(["орон", "орны", "оронд", "орноос"], ("region", "country")),  # Монгол орон; өөртөө засах орон
    **dict.fromkeys(["хотын", "хотод", "хотоос"], ("city", "town", "municipality")),
    **dict.fromkeys(["shih", "хот", "khot"], ("city", "town", "municipality")),
    **dict.fromkeys(["ti-ch'ü", "аймаг", "aimag", "aymag"], ("prefecture", "region")),
}  # fmt: skip
# Words between a name and its designator in the names of the autonomous units of China: the nationality
# and "autonomous" ("Bayingolin Mongol Autonomous Prefecture", "Changji Huizu Zizhizhou", "باركۆل قازاق
# ئاپتونوم ناھىيىسى"); they are taken off with the designator.
_AUTONOMOUS = frozenset(
    map(
        normal_key,
        ["autonomous", "zizhi", "ئاپتونوم", "اۆتونوميالىق", "اۆتونوميالى", "автономиялық", "автономиялы",
         "aptonom", "аптоном", "özerk", "автономная", "автономный", "автономной", "автономного", "автономном",
         "avtonomnaya", "avtonomnyy", "avtonomnyi", "avtonomnoy", "автономиялуу", "avtonomiyaluu", "автоном",
         "avtonom", "muxtor", "мухтор", "muxtar", "өөртөө", "засах", "स्वायत्त", "স্বায়ত্তশাসিত", "தன்னாட்சி",
         "தன்னாட்சிப்", "автономияле", "avtonomiyale"],
    )
)  # fmt: skip
_NATIONALITIES = frozenset(
    map(
        normal_key,
        ["mongol", "mongolian", "menggu", "موڭغۇل", "موڭعۇل", "моңғол", "kazakh", "hasake", "qazaq", "قازاق",
         "қазақ", "hui", "huizu", "خۇيزۇ", "kyrgyz", "kirghiz", "ke'erkezi", "قىرغىز", "قىرعىز", "қырғыз", "xibe",
         "sibe", "xibo", "شىبە", "سىبە", "сібе", "tajik", "tajike", "تاجىك", "uyghur", "uygur", "uighur",
         "weiwu'er", "ئۇيغۇر", "ұйғыр", "ūiğyr", "uyghyr", "uygyr", "ۇيعىر", "уйгур", "уйғур", "uygʻur", "казак",
         "казах", "кыргыз", "монгол", "уйгурын", "уйгарын", "монголын", "хасаг", "казахын", "kazak",
         # Russian adjectives (Бортала-Монгольский автономный округ, Илийский Казахский автономный округ)
         "монгольский", "монгольская", "монгольского", "монгольской", "казахский", "казахская", "казахского",
         "казахской", "киргизский", "киргизская", "киргизского", "киргизской", "кыргызский", "уйгурский",
         "уйгурская", "уйгурского", "уйгурской", "хуэйский", "хуэйская", "хуэйского", "таджикский", "таджикского",
         "сибоский", "сибоского", "маңгул", "казакъ", "һуэй", "уйгыр"],  # and Tatar (Бөртала маңгул ...)
    )
)  # fmt: skip


def _is_nationality(word: str) -> bool:
    """Whether ``word`` names one of the autonomous divisions' peoples, or is a Russian adjective of one
    (Уйгурский, Казахская)."""
    ending = _RU_ADJ_ENDING.search(word.lower())
    return normal_key(word) in _NATIONALITIES or (
        ending is not None and normal_key(word[: ending.start()]) in _NATIONALITIES
    )


_HAN_AUTONOMOUS = re.compile(
    "(?:(?:蒙古|哈萨克|哈薩克|柯尔克孜|柯爾克孜|锡伯|錫伯|塔吉克|维吾尔|維吾爾)族?|回族)?自治(州|县|縣|県|区|區)$"
)
_HAN_AUTONOMOUS_KINDS = {
    "州": ("prefecture", "region"),  # 杰提苏州: Jetisu Region
    "县": ("county",),
    "縣": ("county",),
    "県": ("county",),
    "区": ("region",),
    "區": ("region",),
}

# Designators written before the name: "Lake Balkhash", "озеро Зайсан", "река Или", "город Астана".
# Tajik puts the generic word first, joined by the izafet -и: Вилояти Хатлон, Ноҳияи Ишкошим, шаҳри Хуҷанд.
_LEADING_WORDS = (
    "lake", "ozero", "озеро", "river", "reka", "река", "город", "gorod", "село", "selo", "уезд", "район",
    "rayon", "вилояти", "viloyati", "ноҳияи", "nohiyai", "шаҳри", "shahri", "kreis", "bezirk", "gebiet",
    "stadt", "kreisstadt", "oasenstadt", "fluss", "provinz", "агентство", "округ", "okrug", "goroda", "gorode",
    "станица", "stanitsa", "посёлок",
    "поселок", "аул", "республика", "оазис", "oase", "oasis", "fort", "крепость", "укрепление", "бассейн",
    "respublika", "republik", "ҷумҳурии", "jumhurii", "династия", "империя", "улус", "королевство", "царство",
    "ханство", "каганат", "государство", "خانات", "mount", "mt", "перевал", "pereval", "гора", "пик", "pik",
    "область", "landkreis", "stadtkreis", "stadtbezirk", "präfektur", "regierungsbezirk", "region", "oblast",
    "wüste", "пустыня", "königreich", "khanat", "moschee", "мечеть", "мавзолей", "grabstätte", "ruinenstadt",
    "ruinen", "höhlen", "пещеры", "города", "городе", "городу", "городом", "г", "ш", "села", "селе", "kreises",
    "landkreises", "bezirks", "stadtbezirks", "gebiets", "gebietes", "regierungsbezirks", "kreisfreie stadt",
    "grafschaft", "distrikt", "provincie", "gundumar", "hrabstwo", "провинция", "префектура", "fylke", "fylket",
    "comitatul", "județul", "regiunea", "mkoa", "regio",
    *_GREAT_WORDS, *_ABJAD_GENERIC_WORDS,
)  # fmt: skip
# Czech and Polish put the generic word first too, in the case of the sentence (pohoří Altaj, jezera Zajsan,
# mešitou Id Kah, řeky Tarim; jezioro Bałchasz, rzeki Ili, pustyni Taklamakan, miasto Kaszgar)
_WEST_SLAVIC_LEADING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["pohoří", "hory", "hor", "horách", "góry", "gór", "górach", "pasmo"], ("range", "mountain")),
    **dict.fromkeys(["jezero", "jezera", "jezeře", "jezerem", "jezioro", "jeziora", "jeziorze"], ("lake",)),
    **dict.fromkeys(["řeka", "řeky", "řece", "řekou", "rzeka", "rzeki", "rzece", "rzeką"], ("river",)),
    **dict.fromkeys(["poušť", "pouště", "poušti", "pustynia", "pustyni", "pustynię"], ("desert",)),
    **dict.fromkeys(["mešita", "mešity", "mešitě", "mešitou", "meczet", "meczetu"], ("mosque",)),
    **dict.fromkeys(
        ["město", "města", "městě", "miasto", "miasta", "mieście", "miastem"], ("city", "town", "municipality")
    ),
    **dict.fromkeys(["język", "języku", "jazyk", "jazyka"], ("language",)),  # język ujgurski
    **dict.fromkeys(["hrabstwie", "hrabstwa", "powiat", "powiatu", "powiecie"], ("county",)),  # hrabstwo Akto
    **dict.fromkeys(["prowincja", "prowincji", "prowincję"], ("province", "region", "prefecture")),
    **dict.fromkeys(["królestwo", "królestwa", "królestwie", "království"], ("kingdom",)),  # Królestwo Qocho
    **dict.fromkeys(["agencja", "agencji", "agentura"], ("agency",)),  # agencja Xinhua
}  # fmt: skip
# Indonesian and Malay put the generic word first (Kota Almaty, Danau Balkhash, Kekaisaran Mongol, Dinasti Qing)
_MALAY_LEADING: dict[str, tuple[str, ...]] = {
    "kota": ("city", "town", "municipality"),
    "provinsi": ("province", "region", "prefecture"),
    "wilayah": ("region", "prefecture", "historical region", "geographic region"),
    "kabupaten": ("county", "district"),
    "danau": ("lake",),
    "sungai": ("river",),
    "gurun": ("desert",),
    **dict.fromkeys(["pegunungan", "gunung"], ("range", "mountain")),
    "lembah": ("valley", "historical region", "geographic region"),
    "kekaisaran": _EMPIRE,
    "kekhanan": _KHANATE,
    "dinasti": _DYNASTY,
    "bahasa": ("language",),
    "suku": ("group", "historical ethnonym", "demonym"),
}  # fmt: skip
# Greek puts the generic word first, in the nominative or the genitive (λίμνη Μπαλκάς, λίμνης Ισσύκ Κουλ, πόλη
# Κασγκάρ, ποταμός Ιλί, έρημος Τακλαμακάν, επαρχία Σιντζιάνγκ)
_GREEK_LEADING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["λίμνη", "λίμνης"], ("lake",)),
    **dict.fromkeys(["ποταμός", "ποταμού", "ποτάμι"], ("river",)),
    **dict.fromkeys(["πόλη", "πόλης", "πόλεως"], ("city", "town", "municipality")),
    **dict.fromkeys(["έρημος", "ερήμου"], ("desert",)),
    **dict.fromkeys(["όρη", "όρος", "όρους", "οροσειρά", "οροσειράς"], ("range", "mountain")),
    **dict.fromkeys(["επαρχία", "επαρχίας", "περιφέρεια", "περιφέρειας"], ("province", "region", "prefecture")),
    **dict.fromkeys(["περιοχή", "περιοχής"], ("region", "prefecture", "historical region", "geographic region")),
}  # fmt: skip
# Vietnamese puts the generic word first too (thành phố Kashgar, hồ Sayram, sa mạc Taklamakan, dãy núi Kunlun,
# sông Ili, tiếng Kazakh, người Uzbek, hãn quốc Kokand)
_VIETNAMESE_LEADING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["thành phố", "thị xã"], ("city", "town", "municipality")),
    "thị trấn": ("town", "city", "township"),
    **dict.fromkeys(["tỉnh", "vùng"], ("province", "region", "prefecture")),
    "huyện": ("county", "district"),
    "quận": ("district", "county"),
    **dict.fromkeys(["làng", "xã"], ("village",)),
    "hồ": ("lake",),
    "sông": ("river",),
    "sa mạc": ("desert",),
    **dict.fromkeys(["dãy núi", "núi", "rặng núi"], ("range", "mountain")),
    "cao nguyên": ("range", "plateau"),
    **dict.fromkeys(["bồn địa", "lòng chảo"], ("basin", "depression")),
    "thung lũng": ("valley", "historical region", "geographic region"),
    "đèo": ("pass",),
    "đế quốc": _EMPIRE,
    "hãn quốc": _KHANATE,
    "vương quốc": ("kingdom",),
    "tiếng": ("language",),
    "người": ("group", "historical ethnonym", "demonym"),
}  # fmt: skip
# Russian puts a leading generic word in the case of the sentence, and the name often with it (в городе
# Талдыкоргане, озера Балхаш, оз. Балхаша, у реки Или, в пустыне Кызылкум, в области Абай, села Чунджа):
# these forms lead only.
_RU_OBLIQUE_LEADING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["озера", "озеру", "озером", "озере", "оз", "ozera"], ("lake",)),
    **dict.fromkeys(["реки", "реке", "реку", "рекой", "р", "reki"], ("river",)),
    **dict.fromkeys(["пустыни", "пустыне", "пустыню", "пустыней", "pustyni"], ("desert",)),
    **dict.fromkeys(["оазиса", "оазисе", "оазису"], _OASIS),
    **dict.fromkeys(["бассейна", "бассейне", "бассейну"], ("basin", "depression")),
    **dict.fromkeys(["крепости", "укрепления"], _FORT),
    **dict.fromkeys(
        ["горы", "гор", "горах", "горам", "горами", "хребет", "хребта", "хребте", "хребтом", "хр", "khrebet"],
        ("range", "mountain"),
    ),
    **dict.fromkeys(["горе", "горой", "пика", "пике", "пиком"], ("mountain",)),
    **dict.fromkeys(["перевала", "перевале", "перевалом"], ("pass",)),
    **dict.fromkeys(["области", "областью", "області"], ("prefecture", "region")),
    **dict.fromkeys(["района", "районе", "району", "районом"], ("district", "county")),
    **dict.fromkeys(["округа", "округе"], ("prefecture", "region")),
    **dict.fromkeys(["уезда", "уезде", "уездом", "уезду"], ("county",)),
    **dict.fromkeys(["республики", "республике", "республикой", "республику"], ("country", "republic", "state")),
    **dict.fromkeys(["династии", "династией", "династию"], _DYNASTY),  # династии Хань
    **dict.fromkeys(["империи", "империей", "империю"], _EMPIRE),  # империей Цин
    **dict.fromkeys(
        ["аула", "ауле", "станицы", "станице", "поселка", "посёлка", "поселке", "посёлке", "деревня", "деревни",
         "деревне"],
        ("village", "town", "city"),
    ),
    # Ukrainian: місто Наманган, у місті Алмати
    **dict.fromkeys(["місто", "міста", "місті", "містом"], ("city", "town", "municipality")),
}  # fmt: skip

_ATTACHED_ABBREVIATION = re.compile(r"^(г\.|с\.|пос\.)(?=\w)")
_LEADING_OF = re.compile(r"(?i)^(?:von|of|der|des|de|du|di|del|della|do|da|van|wa|ya)\s+|^[dD]['’](?=\w)")

# French, Spanish, Portuguese and Italian put the generic word first and join the name with de, du, del, do,
# di: "Région autonome ouïghoure du Xinjiang", "Préfecture autonome kazakhe d'Ili", "Lac Balkhach", "Désert
# du Taklamakan", "Región de Almaty", "Lago Issyk-Kul". German does too for its autonomous units, with the
# people after the name: "Autonomes Gebiet Xinjiang der Uiguren", "Autonomer Bezirk Ili der Kasachen".
_ROMANCE_GENERIC: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ["région", "región", "região", "regione"], ("region", "prefecture", "historical region", "geographic region")
    ),
    **dict.fromkeys(["province", "provincia", "província"], ("province", "region", "prefecture")),
    **dict.fromkeys(["oblast", "oblys", "oblasti", "oblysy"], ("region", "prefecture")),  # Oblys di Almaty
    **dict.fromkeys(["préfecture", "prefectura", "prefeitura", "prefettura"], ("prefecture",)),
    **dict.fromkeys(["district", "distrito", "distretto", "raïon"], ("district", "county")),
    **dict.fromkeys(["comté", "xian", "condado", "contea", "canton", "comitatul", "județul"], ("county",)),
    **dict.fromkeys(["ville", "cité", "ciudad", "cidade", "città"], ("city", "town", "municipality")),
    **dict.fromkeys(["lac", "lago"], ("lake",)),
    **dict.fromkeys(["fleuve", "rivière", "río", "rio", "fiume"], ("river",)),
    **dict.fromkeys(
        ["mont", "monts", "montagnes", "montagne", "chaîne", "massif", "cordillera", "montes", "montañas", "monti",
         "catena", "monte"],
        ("range", "mountain"),
    ),
    **dict.fromkeys(["désert", "desierto", "deserto"], ("desert",)),
    **dict.fromkeys(["oasi", "oasis"], _OASIS),  # oasi di Turfan
    "massiccio": ("range", "mountain"),
    **dict.fromkeys(["plateau", "meseta", "planalto", "altopiano"], ("range", "plateau")),  # plateau du Pamir
    **dict.fromkeys(["bassin", "cuenca", "bacia", "bacino"], ("basin",)),
    **dict.fromkeys(["montanhas", "munții", "muntii"], ("range", "mountain")),
    **dict.fromkeys(["hanatul"], _KHANATE),
    **dict.fromkeys(["imperiul", "imperiului"], _EMPIRE),
    "lacul": ("lake",),
    **dict.fromkeys(["vallée", "valle", "vale"], ("valley", "historical region", "geographic region")),
    **dict.fromkeys(["mosquée", "moschea", "mezquita", "mesquita"], ("mosque",)),
    **dict.fromkeys(["col", "paso", "passo"], ("pass",)),  # col Irkechtam
    **dict.fromkeys(["agence", "agencia", "agenzia", "agência"], ("agency",)),  # agence Xinhua
    **dict.fromkeys(["ruines", "ruinas", "rovine"], ("ruins", "site")),  # ruines de Jiaohe
    **dict.fromkeys(["tombeau", "tomba", "tumba"], ("mausoleum",)),  # tombeau d'Apak Khodja
    **dict.fromkeys(["langue", "lingua", "idioma", "língua"], ("language",)),  # langue ouïghoure, lingua uigura
    # République du Kazakhstan, República de Uzbekistán, Repubblica del Tagikistan, République islamique du Pakistan
    **dict.fromkeys(["république", "república", "repubblica", "republica"], ("country", "republic", "state")),
    **dict.fromkeys(["dynastie", "dinastía", "dinastia"], _DYNASTY),
    **dict.fromkeys(["khanat", "kanato", "canato", "khanato"], _KHANATE),
    **dict.fromkeys(["empire", "imperio", "império", "impero"], _EMPIRE),
    **dict.fromkeys(["royaume", "reino", "regno", "regatul"], ("kingdom",)),
    "vall": ("valley", "historical region", "geographic region"),  # Catalan: vall de Fergana
}  # fmt: skip
_ROMANCE_GENERIC_KEYS = {normal_key(word): kinds for word, kinds in _ROMANCE_GENERIC.items()}
_ROMANCE_DESIGNATED = re.compile(
    r"(?i)^(?:(?:le|la|el|il|lo|o|a)\s+|l['’])?(?P<generic>[^\W\d_]+)"
    r"(?:\s+(?:autonome|autónoma|autónomo|autonoma|autonomo|autônoma|autônomo|islamique|islámica|islamica"
    r"|populaire|popular|popolare|fédérale|federal|federale)(?:\s+[^\W\d_]+)?)?"
    r"\s+(?:(?:du|des|de\s+la|de\s+los|della|dello|del|de|do|da|di)\s+|(?:de\s+l|dell|d)['’]\s*)(?P<name>\S.*)$"
)
# a generic word with no joining word, and the kinds it admits: "Lac Balkhach", "Lago Balkhash", "Monts Tian"
# (not "Ville", "Province")
_ROMANCE_BARE_KINDS = {
    normal_key(word): _ROMANCE_GENERIC[word]
    for word in (
        "lac", "lago", "fleuve", "rivière", "río", "rio", "fiume", "mont", "monts", "montagnes", "monti", "montes",
        "massif", "désert", "desierto", "deserto", "dynastie", "dinastía", "dinastia", "regione", "mosquée",
        "moschea", "mezquita", "mesquita", "langue", "lingua", "idioma", "língua", "col", "montañas", "montagne",
        "imperio", "impero", "império", "kanato", "canato", "khanato", "reino", "regno", "royaume", "passo", "paso",
        "bacia", "bacino", "cuenca", "montanhas", "munții", "muntii", "hanatul", "imperiul", "imperiului", "lacul",
        "agence", "agencia", "agenzia", "agência", "oasi", "massiccio", "monte", "condado", "contea", "comté",
        "regatul", "valle", "vall", "ciudad", "comitatul", "județul")
}  # fmt: skip
_GERMAN_AUTONOMOUS = re.compile(
    r"(?i)^(?:[^\W\d_]+(?:e|er|es|en)\s+)?autonome[rsn]?\s+(?P<generic>gebiet|bezirk|kreis|präfektur|republik)\s+"
    r"(?P<name>.+?)(?:\s+der\s+[^\W\d_]+)?$"
)


def _romance_designator(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``("Xinjiang", kinds)`` for "Région autonome ouïghoure du Xinjiang" and the like; None otherwise."""
    found = _ROMANCE_DESIGNATED.match(text)
    if found is not None and (kinds := _ROMANCE_GENERIC_KEYS.get(normal_key(found.group("generic")))):
        return found.group("name"), kinds
    first, _, rest = text.partition(" ")
    if rest and (bare := _ROMANCE_BARE_KINDS.get(normal_key(first))) is not None:  # désert Kyzylkoum
        return _LEADING_OF.sub("", rest) or rest, bare  # Desert of Kumtag is English
    found = _GERMAN_AUTONOMOUS.match(text)
    if found is not None:  # Kasachischer Autonomer Kreis Barkol; Autonome Präfektur Changji Hui
        generic = normal_key(found.group("generic"))
        place, _, people = found.group("name").rpartition(" ")
        name = place if place and normal_key(people) in _NATIONALITIES else found.group("name")
        return name, ("prefecture",) if generic == "bezirk" else _DESIGNATORS[generic]
    return None


# Russian names a region, district or county with an adjective made from the place's name: Алматинская
# область (Almaty Region), Панфиловский район, Уйгурского района, Almatinskaya oblast. The adjective's ending
# (in any case) is taken off and the stem tried as written, with the -sk of a town name (Семипалатинская:
# Семипалатинск), with the final -a the adjective drops (Бухарская: Бухара), with -in- undone to the -a or -y
# it replaced (Карагандинская: Караганда; Алматинская: Алматы) or -ьin- to -ья (Кашкадарьинская:
# Кашкадарья), and -ij- to -i (Илийский: Или). "автономная" between adjective and designator is skipped. The
# designator may be abbreviated as gazetteers do: обл., окр., р-н (р-на, р-не), у. (уезд).
_RU_ADJ_DESIGNATORS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ["область", "области", "областью", "обл", "obl", "oblast", "oblasti", "oblast'", "округ", "округа", "округе",
         "окр", "регион", "региона", "регионе"],
        ("prefecture", "region"),
    ),
    **dict.fromkeys(
        ["район", "района", "районе", "районом", "району", "raion", "rayon", "rayona", "rayone", "р-н", "р-на", "р-не",
         "р-ном", "р-ну"],
        ("district", "county"),
    ),
    **dict.fromkeys(["уезд", "уезда", "уезде", "уездом", "uyezd", "uezd", "у"], ("county",)),  # у.: уезд
    **dict.fromkeys(["впадина", "впадины", "впадине", "впадиной", "vpadina", "vpadiny"], ("basin", "depression")),
    # features: Хунджерабский перевал, Джунгарский хребет, Алтайские горы, Зайсанское озеро
    **dict.fromkeys(["перевал", "перевала", "перевале", "перевалом", "pereval"], ("pass",)),
    **dict.fromkeys(
        ["хребет", "хребта", "хребте", "хребтом", "khrebet", "горы", "гор", "горах", "горами", "gory"],
        ("range", "mountain"),
    ),
    **dict.fromkeys(["озеро", "озера", "озере", "озером", "ozero"], ("lake",)),
    **dict.fromkeys(["вилоят", "вилоята", "вилояте", "viloyat", "vilojat"], ("prefecture", "region")),
    **dict.fromkeys(["префектура", "провинция"], ("prefecture", "region", "province")),  # Кашгарской префектурой
    **dict.fromkeys(["оазис", "оазиса", "оазисе"], _OASIS),  # Хотанский оазис
    **dict.fromkeys(["бассейн", "бассейна", "бассейне"], ("basin", "depression")),  # Таримский бассейн
    **dict.fromkeys(["пустыня", "пустыни", "пустыне", "пустыней", "pustynya", "pustyni"], ("desert",)),
    **dict.fromkeys(
        ["долина", "долины", "долине", "dolina", "doliny"], ("valley", "historical region", "geographic region")
    ),
    **dict.fromkeys(["язык", "языка", "языке", "языком", "yazyk"], ("language",)),
    **dict.fromkeys(["ханство", "ханства", "ханстве", "khanstvo", "каганат", "каганата", "kaganat"], _KHANATE),
    **dict.fromkeys(["империя", "империи", "империей", "imperiya", "imperija"], _EMPIRE),
    **dict.fromkeys(["царство", "царства", "королевство", "королевства", "tsarstvo"], ("kingdom",)),
    **dict.fromkeys(["государство", "государства", "gosudarstvo"], _POLITY),
    **dict.fromkeys(["династия", "династии", "династией", "династию", "dinastiya"], _DYNASTY),  # Танской династии
    # Czech and Slovak: Kokandský chanát, Karachánský kaganát, Taldykorganské oblasti, kazašský jazyk
    **dict.fromkeys(["chanát", "chanátu", "chanátem", "kaganát", "kaganátu", "kaganátem"], _KHANATE),
    **dict.fromkeys(["říše", "říši", "impérium", "impéria"], _EMPIRE),
    **dict.fromkeys(["království", "kráľovstvo"], ("kingdom",)),
    **dict.fromkeys(["jazyk", "jazyka", "jazyku", "jazykem"], ("language",)),
}  # fmt: skip
_RU_ADJ_DESIGNATOR_KEYS = {normal_key(word): kinds for word, kinds in _RU_ADJ_DESIGNATORS.items()}
_RU_ADJ_ENDING = re.compile(
    r"(?:ская|ской|скую|ском|ский|ского|скому|ским|ское|ских|ские|скими"
    r"|skaya|skaja|skoy|skoi|skoj|skuyu|skom|skiy|skii|skij|sky|skogo|skomu|skim|skoye|skoe"
    r"|ský|ská|ské|ského|ském|skou|ských|skému|cký|cká|cké|ckého|ckém|ckou)$"
)
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
_PL_ADJ_DESIGNATORS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["obwód", "obwodu", "obwodzie", "obwodem"], ("prefecture", "region")),
    **dict.fromkeys(["rejon", "rejonu", "rejonie"], ("district", "county")),
    **dict.fromkeys(["wilajet", "wilajetu", "wilajecie", "wilajetem"], ("prefecture", "region")),  # wilajet sogdyjski
    # kaganat ujgurski, chanat dżungarski, państwo dżungarskie, językiem uzbeckim
    **dict.fromkeys(["chanat", "chanatu", "chanacie", "chanatem", "kaganat", "kaganatu", "kaganacie"], _KHANATE),
    **dict.fromkeys(["państwo", "państwa", "państwie", "państwem"], _POLITY),
    **dict.fromkeys(["imperium", "cesarstwo", "cesarstwa", "cesarstwie"], _EMPIRE),
    **dict.fromkeys(["królestwo", "królestwa", "królestwie", "królestwem"], ("kingdom",)),
    **dict.fromkeys(["język", "języka", "języku", "językiem"], ("language",)),
}
_PL_ADJ_ENDING = re.compile("(?:yjski|yjskiego|yjskim|ński|ńskiego|ńskim|ski|skiego|skim|skie|cki|ckiego|ckim|ckie)$")
# The people a Russian name of an autonomous unit of China joins to the place with a hyphen (Или-Казахский
# автономный округ, Ташкурган-Таджикский автономный уезд, Баян-Гол-Монгольский, Чапчал-Сибоский), as the
# adjective's stem.
_RU_NATIONALITY = re.compile(
    "(?i)^(?:казах|монголь?|хуэй|таджик|киргиз|кыргыз|сибо|уйгур|дунган"
    "|kazakh|mongolʹ?|khuey|khuei|tadzhik|kirgiz|kyrgyz|sibo|uygur|uighur|dungan)$"
)


def _adjective_stems(name: str) -> tuple[list[str], tuple[str, ...] | None]:
    """The place names a Russian adjectival designation may be made from, and the kinds it admits:
    ``(["Алматин", "Алматинск", "Алмата", "Алматы"], ("prefecture", "region"))`` for Алматинская область."""
    words = name.strip().split()
    autonomous = len(words) > 2 and normal_key(words[-2]) in _AUTONOMOUS
    if autonomous:  # Горно-Бадахшанская автономная область
        del words[-2]
    if len(words) < 2:
        return [], None
    if len(words) == 2 and (polish := _PL_ADJ_DESIGNATORS.get(words[0].lower())) is not None:
        # Polish writes the generic word first: obwód pawłodarski (Pavlodar Region), obwodu kustanajskiego
        ending = _PL_ADJ_ENDING.search(words[1].lower())
        if ending is None:
            return [], None
        stem = words[1][: ending.start()]
        # the c of -cki is the k of the name (uzbecki: Uzbek)
        last = stem + "k" if ending.group().startswith("c") else stem + "sk"
        # the ń of -ński is the name's n (turkiestański, żezkazgański: Turkiestan, Żezkazgan)
        named = stem + "n" if ending.group().startswith("ń") else last
        return [s for s in dict.fromkeys((stem, stem + "a", stem + "y", last, named)) if len(s) >= 3], polish
    kinds = _generic_kinds(_RU_ADJ_DESIGNATOR_KEYS, words[-1].rstrip("."))
    if autonomous and kinds == ("district", "county"):  # Синьцзян-Уйгурский автономный район: a region
        kinds = ("district", "county", "region")
    ending = _RU_ADJ_ENDING.search(words[-2].lower()) if kinds else None
    if ending is None or kinds is None:
        return [], None
    head = " ".join(words[:-2])
    stem = words[-2][: ending.start()]
    if autonomous and not head and _is_nationality(words[-2]):
        return [], None  # Уйгурский автономный район: a people's autonomy, not the place Уйгурский район
    cyrillic = bool(_CYRILLIC.search(stem))
    stems = [stem, stem + ("ск" if cyrillic else "sk"), stem + ("а" if cyrillic else "a")]  # Бухарская: Бухара
    if ending.group().startswith("c"):  # Czech -cký of a name in -k (uzbecký: Uzbek)
        stems.append(stem + "k")
    low = stem.lower()
    if low.endswith(("ьин", "'in", "ʹin")):  # Кашкадарьинская: Кашкадарья
        stems.append(stem[:-2] + ("я" if cyrillic else "ya"))
    elif low.endswith(("ин", "in")):
        stems += [stem[:-2] + ("а" if cyrillic else "a"), stem[:-2] + ("ы" if cyrillic else "y")]
    if low.endswith(("ий", "iy", "ii", "ij")):
        stems.append(stem[:-1])
    place, hyphen, people = stem.rpartition("-")
    if hyphen and place and _RU_NATIONALITY.match(people):  # Или-Казахский автономный округ: Или
        stems.append(place)
    return [f"{head} {s}".strip() for s in stems if len(s) >= 2], kinds


# Tajik names a feature with the generic word first, joined by the izafet -и, as it does a province (вилояти
# Хатлон): дарёи Норин (the Naryn River), кӯли Иссиқкӯл, қаторкӯҳи, водии, биёбони
_TAJIK_LEADING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["дарёи", "daryoi", "darjoi"], ("river",)),
    **dict.fromkeys(["кӯли", "kūli"], ("lake",)),
    **dict.fromkeys(["кӯҳи", "kūhi", "қаторкӯҳи", "qatorkūhi", "кӯҳҳои", "kūhhoi"], ("range", "mountain")),
    **dict.fromkeys(["водии", "vodii"], ("valley", "historical region", "geographic region")),
    **dict.fromkeys(["биёбони", "biyoboni", "bijoboni"], ("desert",)),
    **dict.fromkeys(["ағбаи", "aghbai"], ("pass",)),
}
_DESIGNATORS = {normal_key(word): kinds for word, kinds in _DESIGNATOR_WORDS.items()}
_TURKISH_IL = frozenset(_TURKISH_IL_FORMS)
_LEADING_DESIGNATORS: dict[str, tuple[str, ...]] = {
    **{key: _DESIGNATORS[key] for key in map(normal_key, _LEADING_WORDS)},
    **{normal_key(word): kinds for word, kinds in _RU_OBLIQUE_LEADING.items()},
    **{normal_key(word): kinds for word, kinds in _WEST_SLAVIC_LEADING.items()},
    **{normal_key(word): kinds for word, kinds in _MALAY_LEADING.items()},
    **{normal_key(word): kinds for word, kinds in _VIETNAMESE_LEADING.items()},
    **{normal_key(word): kinds for word, kinds in _GREEK_LEADING.items()},
    **{normal_key(word): kinds for word, kinds in _TAJIK_LEADING.items()},
}
# Kinds whose bare name usually means the entry itself (Shache for Shache County, 博乐 for 博乐市, Tarim for
# the Tarim River, Pamir for the Pamir Mountains; Tarim for the Tarim Basin as well, so both are reported).
# Regions are left out: they are often named after a lake or river (Alakol, Issyk-Kul) that a bare name may
# mean instead.
_BARE_KINDS: tuple[str, ...] = (
    "county", "city", "district", "river", "lake", "range", "mountain", "pass", "desert", "basin"
)  # fmt: skip
# Districts only in China, whose urban districts are named after the place itself (Midong, Urho, Gaochang);
# Kazakhstan names its districts after people (Raiymbek, Karasay) and rivers (Koksu, Karatal) as well.
_BARE_DISTRICTS_IN = "china"
# Kinds made from another kind under the same name, tried when a designator's own kinds find nothing. China
# made each county-level city from the county of its name (Korla 1979, Artux 1986, Kuqa 2016), and
# prefecture-level cities from prefectures, which older sources still use: "Kuqa County" is Kuqa when no
# county of that name is known. Words that mean "district"
# first, (district, county), have none (Aksu District is in Kazakhstan, not Aksu City).
# Japanese 県 names a Chinese county and, in some texts, a region of Uzbekistan (タシケント県)
_KEN = ("county", "region", "province")
_SUCCESSOR_KINDS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("county",): ("county-level city",),
    _KEN: ("county-level city",),  # クチャ県: Kuqa, a county-level city since 2019
    ("prefecture", "region"): ("prefecture-level city",),  # Turpan (2015), Hami (2016): Turfan Prefecture
}
# Kinds a designator admits of which the first is tried alone first: an empire is an empire before it is a
# dynasty called an empire (Mongol Empire: the Mongol Empire, not the Yuan, the "Mongol dynasty"; Tang Empire:
# the Tang dynasty, since no empire is called Tang); Shan and Tagh name a range before a single mountain
# (Bogda Shan: the range; Kongur Shan: the mountain, since no range is called Kongur).
_FIRST_KINDS: dict[tuple[str, ...], tuple[str, ...]] = {_EMPIRE: ("empire",), ("range", "mountain"): ("range",)}


def _admitted(kinds: tuple[str, ...] | None) -> list[tuple[str, ...]]:
    """The kinds a designator admits, in the order they are tried: its first kind alone (``_FIRST_KINDS``),
    then all of them; [] without a designator."""
    if kinds is None:
        return []
    first = _FIRST_KINDS.get(kinds)
    return [first, kinds] if first is not None else [kinds]


_HAN_DESIGNATORS: dict[str, tuple[str, ...]] = {
    "市": ("city", "town", "municipality"),  # as city does: 纳伦市 (Naryn, a town)
    "县": ("county",),
    "縣": ("county",),
    "県": ("county",),  # Japanese (マナス県)
    "区": ("district",),
    "區": ("district",),
    # a prefecture, and the regions of Kazakhstan and Kyrgyzstan (卡拉干达地区: Karaganda Region)
    "地区": ("prefecture", "region"),
    "专区": ("prefecture",),  # the prefectures of 1950-1975 (喀什专区)
    "專區": ("prefecture",),
    "地區": ("prefecture", "region"),
    "镇": ("town",),
    "鎮": ("town",),
    "乡": ("township",),
    "鄉": ("township",),
    "村": ("village",),
    "州": ("prefecture", "region"),  # 杰提苏州: Jetisu Region
    # the Qing and Republican units the counties were made from (库车直隶州, 乌什直隶厅, 呼图壁分县, 阿合奇设治局)
    **dict.fromkeys(
        ["直隶州", "直隸州", "直隶厅", "直隸廳", "分县", "分縣", "分防厅", "分防廳", "设治局", "設治局", "厅", "廳"],
        ("county",),
    ),
    "省": ("province",),
    "河": ("river",),
    "湖": ("lake",),
    "山": ("range", "mountain"),
    "峰": ("mountain",),
    "山脉": ("range",),
    "山脈": ("range",),
    "沙漠": ("desert",),
    "盆地": ("basin", "depression"),
    "川": ("river",),  # Japanese (イリ川)
    "砂漠": ("desert",),  # Japanese (タクラマカン砂漠)
    "峠": ("pass",),  # Japanese (トルガルト峠)
    "遺跡": ("ruins", "site"),  # Japanese (ミーラン遺跡)
    "地方": ("historical region", "geographic region"),  # Japanese (イリ地方)
    # a kingdom or state of old (龜茲古國, 龜茲國); a one-character name before 国 is a country's (中国, 美国)
    **dict.fromkeys(["古国", "古國"], ("kingdom",)),
    **dict.fromkeys(["共和国", "共和國"], ("country", "republic", "state")),  # キルギス共和国, 塔吉克斯坦共和国
    **dict.fromkeys(["国", "國"], ("kingdom", "khanate", "emirate", "state")),
    "千佛洞": ("temples",),
    "石窟": ("temples",),
    "清真寺": ("mosque",),
    "麻扎": ("mausoleum",),
    "故城": ("ruins", "site"),
    "遗址": ("ruins", "site"),
    "遺址": ("ruins", "site"),
    "高原": ("range", "plateau"),
    "王朝": ("dynasty", "khanate", "khaganate", "empire"),
    "皇朝": _DYNASTY,  # 唐皇朝: the Tang
    "朝": _DYNASTY,
    "代": _DYNASTY,  # 唐代, 清代: the Tang, the Qing
    "汗国": _KHANATE,
    "汗國": _KHANATE,
    "帝国": _EMPIRE,
    "帝國": _EMPIRE,
    "王国": ("kingdom",),
    "王國": ("kingdom",),
    "国": _POLITY,
    "國": _POLITY,
    "语": ("language",),
    "語": ("language",),
    # a people (维吾尔族), a people's member (塔吉克人 beside 塔吉克族), also of a people of old (匈奴人), and a
    # language's writing (维吾尔文 beside 维吾尔语)
    "族": ("group", "historical ethnonym"),
    "人": ("group", "historical ethnonym", "demonym"),
    "文": ("language",),
}
_HAN_SUFFIXES = sorted(_HAN_DESIGNATORS, key=len, reverse=True)  # longest first: 地区 before 区

# Korean generic words, written after the name with or without a space (장쑤성, 티베트 자치구, 카자흐족,
# 러시아 제국), and the Japanese ones written in kana (チャガタイ・ハン国); Japanese writes the others in kanji,
# as Chinese does (ウイグル人, ウイグル語, イリ川, タクラマカン砂漠).
_SYLLABARY_DESIGNATORS: dict[str, tuple[str, ...]] = {
    "족": ("group",),
    "인": ("group",),
    "어": ("language",),
    "시": ("city",),
    "현": ("county",),
    "구": ("district",),
    "성": ("province",),
    "주": ("region", "prefecture", "province"),  # 알마티주: Almaty Region
    "자치구": ("region",),
    "자치주": ("prefecture",),
    "자치현": ("county",),
    "지구": ("prefecture",),
    "강": ("river",),
    "하": ("river",),  # 河 read in Korean: 타림하, 일리하
    "호": ("lake",),
    "호수": ("lake",),
    "산맥": ("range",),
    "산": ("range", "mountain"),
    "사막": ("desert",),
    "분지": ("basin", "depression"),
    "고원": ("range", "plateau"),
    "제국": _EMPIRE,
    "왕조": ("dynasty", "khanate", "khaganate", "empire"),
    "나라": _DYNASTY,  # 당나라: the Tang
    "칸국": _KHANATE,
    "카간국": _KHANATE,
    "왕국": ("kingdom",),
    "국": ("kingdom", "state"),  # 구자국 (龜茲國), 고창국: a kingdom of the oases
    "공화국": ("country", "republic", "state"),  # 카자흐스탄 공화국
    "ハン国": _KHANATE,
    "州": ("region", "prefecture", "province"),  # ジャララバード州: Jalal-Abad Region
    "県": _KEN,  # マナス県, a Chinese county; タシケント県, a region of Uzbekistan
    "自治州": ("prefecture",),
    "自治県": ("county",),
    "自治区": ("region",),
    "ハーン国": _KHANATE,
    "지역": ("region", "prefecture", "historical region", "geographic region"),  # 수그드 지역
    "고개": ("pass",),
    "패스": ("pass",),  # 쿤저랍 패스
}
_SYLLABARY_SUFFIXES = sorted(_SYLLABARY_DESIGNATORS, key=len, reverse=True)
_SYLLABARY_AUTONOMOUS = ("자치주", "자치구", "자치현", "自治州", "自治区", "自治県")
_AUTONOMOUS_HEAD_MIN = 2


def _words_agree(probe: str, key: str) -> bool:
    """A fuzzy match may resolve only as a typo: same words, each close, first letters equal, and neither
    key a prefix of the other (Kazakhstan is not Kazakhstani; East Kazakhstan is not West Kazakhstan)."""
    left, right = probe.split(" "), key.split(" ")
    if len(left) != len(right):
        return False
    for a, b in zip(left, right, strict=True):
        if a == b:
            continue
        if a[:1] != b[:1] or a.startswith(b) or b.startswith(a) or fuzz.ratio(a, b) < _FUZZY_WORD:
            return False
    return True


# Russian case endings as the region's sources write them, in Cyrillic and in Latin transliteration
# (Pekina, Sintzianu, Bishkeke, Mao Zedonga, Uyghurov; Синьцзяна, Кульджи, Тянь-Шаня), with what restores the
# nominative. A name that is not found as written is tried with the ending of its last word undone; the
# stem must then be found by a strict tier (not by folding) and be at least four letters long, and the
# word must be plain Russian (ASCII, or Cyrillic without other languages' letters).
_CASE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("iei", "iia"), ("iey", "iya"), ("ii", "iia"), ("ov", ""), ("om", ""), ("oi", "a"), ("oy", "a"),
    ("oi", ""), ("ei", ""), ("u", ""), ("a", ""), ("e", ""), ("e", "a"), ("y", ""), ("i", "a"),
    ("ии", "ия"), ("ией", "ия"), ("ию", "ия"), ("ом", ""), ("ой", "а"), ("ов", ""), ("ы", ""),
    ("у", ""), ("а", ""), ("е", ""), ("е", "а"), ("и", "а"), ("и", ""), ("я", "ь"), ("ю", "ь"), ("ем", "ь"), ("е", "ь"),
    ("ы", "а"), ("у", "а"), ("и", "я"), ("е", "я"), ("ю", "я"), ("ей", "я"), ("ёй", "я"), ("и", "ь"), ("ью", "ь"),
    ("е", "й"), ("я", "й"), ("ю", "й"), ("ем", "й"), ("ого", "ый"), ("ого", "ий"), ("ому", "ый"), ("ом", "ый"),
    ("ым", "ый"),
)  # fmt: skip


# the endings by their last letter, so that a word is only compared with the endings it may have
_ENDINGS_BY_LAST = {
    last: [(ending, nominative) for ending, nominative in _CASE_ENDINGS if ending[-1] == last]
    for last in {ending[-1] for ending, _nominative in _CASE_ENDINGS}
}


# Ukrainian case endings with what restores the nominative (Киргизстані, Монголії, Казахстану)
_UKRAINIAN_CASE_ENDINGS = (
    ("ії", "ія"), ("ією", "ія"), ("ію", "ія"), ("і", ""), ("у", ""), ("ом", ""), ("і", "а"), ("ою", "а"), ("и", "а"),
    ("у", "а"),
)  # fmt: skip


# Korean writes its particles onto the name (카쉬가르에 "in Kashgar", 사마르칸트에서까지 "from Samarkand on",
# 위구르족은, 카자흐스탄으로), and its plural 들 (러시아인들): one or two are taken off a Hangul word, which keeps two
# syllables.
# 이, 가 and 도 are left alone: many names end so (알타이, 볼가).
_KOREAN_PARTICLE = re.compile("(?:에서|에게|으로|로|에|의|은|는|을|를|와|과|까지|부터|들)$")


_HANGUL_END = re.compile("[\uac00-\ud7a3]\\s*$")
_HAN_NAME = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_HANGUL_NAME = re.compile("[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)*")


def _korean_stems(head: str, sep: str, last: str) -> list[str]:
    stems = []
    for _ in range(2):
        particle = _KOREAN_PARTICLE.search(last)
        if particle is None or particle.start() < 2:
            break
        last = last[: particle.start()]
        stems.append(f"{head}{sep}{last}")
    return stems


def _case_stems(name: str, *, designated: bool = False) -> list[str]:
    """The nominatives a name's last word may have, for a Russian, Ukrainian or Korean case form; a name after a
    designator (``designated``) may be shorter (города Оша: Ош)."""
    head, sep, last = name.strip().rpartition(" ")
    if last and script_of(last[-1]) == "Hang":
        return _korean_stems(head, sep, last)
    if _UKRAINIAN_I.search(last) or _UKRAINIAN_ONLY.search(last):  # Киргизстані, Монголії
        if _KAZAKH_LETTERS.search(last):
            return []
        return [
            f"{head}{sep}{last[: -len(ending)]}{nominative}"
            for ending, nominative in _UKRAINIAN_CASE_ENDINGS
            if last.endswith(ending) and len(last) - len(ending) >= _MIN_CASE_STEM
        ]
    # Only plain Russian: ASCII transliterations, or Cyrillic without the letters of other languages
    # (Kazakh қазақша is "in Kazakh", not a case form).
    if not (last.isascii() or detect(last) == Detection("Cyrl", "ru")):
        return []
    stems = []
    for ending, nominative in _ENDINGS_BY_LAST.get(last[-1:], ()):
        stem = len(last) - len(ending)
        # the stem keeps three letters and the nominative four (Хивы: Хива); after a designator, two (Оша: Ош)
        short = stem < 2 if designated else stem < _MIN_CASE_STEM - 1 or stem + len(nominative) < _MIN_CASE_STEM
        if not last.endswith(ending) or short or not (before := last[stem - 1]).isalpha():
            continue
        # a soft sign follows a consonant (Тянь-Шаня: Тянь-Шань), never a vowel (Таджикия is no Таджикиь); a
        # short й follows а, е, о or у (Семее: Семей, Алтая: Алтай; Уйгурия is no Уйгурий)
        vowel = before.lower() in "аеёиоуыэюя"
        if (nominative != "ь" or not vowel) and (nominative != "й" or before.lower() in "аеоу"):
            stems.append(f"{head}{sep}{last[: -len(ending)]}{nominative}")
    return stems


# Russian declines every word of a name, adjectives and nouns alike (Восточного Туркестана, Культурной
# революции, Советского Союза, Кокандским ханством, Чеченской Республики). A Russian name of two words or
# more is also keyed by its words' stems, each without its case and gender ending: the longest ending that
# leaves a stem of three letters or more (Азии and Азия: Ази; Туркестана: Туркестан), or none.
_RU_WORD_ENDINGS = tuple(
    sorted(
        ["ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ией", "ьей", "ая", "яя", "ое", "ее", "ой", "ей",
         "ый", "ий", "ым", "им", "ую", "юю", "ом", "ем", "ах", "ях", "ам", "ям", "ов", "ев", "ия", "ии", "ию", "ья",
         "ьи", "ью", "ье", "ых", "их", "ые", "ие", "ием", "а", "я", "у", "ю", "е", "и", "ы", "о", "ь", "й"],
        key=len,
        reverse=True,
    )
)  # fmt: skip
_DECLINED_MIN_STEM = 3
# the abbreviations of the names of states, keyed as the words they stand for (Казахской ССР: Казахская
# Советская Социалистическая Республика; Государственный совет КНР: Государственный совет Китайской Народной
# Республики). РК, Kazakhstan's and Korea's, is not among them.
_RU_ABBREVIATIONS = {
    "сср": "Советская Социалистическая Республика",
    "асср": "Автономная Советская Социалистическая Республика",
    "ссср": "Союз Советских Социалистических Республик",
    "кнр": "Китайская Народная Республика",
    "рф": "Российская Федерация",
    "кр": "Кыргызская Республика",
    "сша": "Соединённые Штаты Америки",
    "оон": "Организация Объединённых Наций",
}


def _stem_of(word: str, endings: tuple[str, ...], *, repeat: bool = False) -> str:
    """``word`` without the longest of ``endings`` that leaves :data:`_DECLINED_MIN_STEM` letters, or, when
    ``repeat``, without such endings one after another."""
    while ending := next((e for e in endings if word.endswith(e) and len(word) - len(e) >= _DECLINED_MIN_STEM), ""):
        word = word[: -len(ending)]
        if not repeat:
            break
    return word


def _word_stem(word: str) -> str:
    """A Russian word without its case and gender ending (:data:`_RU_WORD_ENDINGS`), in lower case."""
    return _stem_of(word.lower().replace("ё", "е"), _RU_WORD_ENDINGS)


_RU_ABBREVIATED = {short: " ".join(map(_word_stem, full.split())) for short, full in _RU_ABBREVIATIONS.items()}


# Polish, Czech and Slovak decline every word of a name as Russian does (Komunistycznej Partii Chin, Szanghajskiej
# Organizacji Współpracy, kultúrnej revolúcie), and German the words of a name and its adjectives (Weltkongresses
# der Uiguren, der Kommunistischen Partei Chinas). Their names of two words or more are keyed by the words'
# stems too, each language's endings off, and a Latin name of two words or more is looked up by them.
_WEST_SLAVIC_ENDINGS = tuple(
    sorted(
        {"ego", "emu", "ej", "ych", "ymi", "ich", "imi", "ami", "ach", "ow", "om", "y", "i", "u", "a", "e", "o", "ie",
         "ii", "ia", "eho", "em", "ou", "iej"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
_GERMAN_ENDINGS = ("es", "en", "em", "er", "e", "s", "n")
_LATIN_DECLINING = {"pl": "slavic", "cs": "slavic", "sk": "slavic", "hsb": "slavic", "de": "german"}
_LATIN_ENDINGS = {"slavic": _WEST_SLAVIC_ENDINGS, "german": _GERMAN_ENDINGS}


def _latin_declined_keys(name: str, lang: str | None = None) -> list[str]:
    """The stems of a Latin name's words by the endings of the languages that decline them (of ``lang`` only,
    when given and one of them): "slavic:komunistyczn parti chin" for Komunistycznej Partii Chin and
    Komunistyczna Partia Chin; [] for a name of one word or not in Latin letters."""
    words = normal_key(name).split()
    if len(words) < 2 or not all(script_of(ch) == "Latn" for word in words for ch in word if ch.isalpha()):
        return []
    family = _LATIN_DECLINING.get((lang or "").split("-")[0])
    if lang is not None and family is None:
        return []
    # German endings come off one after another (Weltkongresses, Weltkongress: weltkongr), as -es and -s leave the
    # same stem only so; a West Slavic word loses one
    return [
        f"{tag}:{' '.join(_stem_of(word, _LATIN_ENDINGS[tag], repeat=tag == 'german') for word in words)}"
        for tag in ([family] if family is not None else list(_LATIN_ENDINGS))
    ]


def _declined_key(name: str) -> str | None:
    """The stems of a Russian name's words: "восточн туркестан" for Восточного Туркестана and Восточный
    Туркестан; None for a name of one word or one that is not plain Russian Cyrillic."""
    words = name.split()
    if len(words) < 2 or not all(detect(word) == Detection("Cyrl", "ru") for word in words):
        return None
    return " ".join(_RU_ABBREVIATED.get(word.lower(), _word_stem(word)) for word in words)


# The plural endings of names of peoples: Turkic -lar/-ler (Uygurlar, Özbekler, Kırgızlar, Dunganlar,
# Қазақтар), German -en (Uiguren, Kasachen), English and French -s and -es (Kazakhes), Russian -ы and -и
# (Дунганы, Казахи). A name that nothing found is tried without one, among peoples only. German -ien is
# a country's ending, not a plural (Kirgisien, Mongolien). Hungarian -ok, -ek, -ök, -ak, also before an
# ending (kazahok, ujgurok, dzsungárokkal); Czech -ové, -ů, -ům and Polish -owie, -ów (Ujgurové, Kazachů,
# Ujgurów); Swedish -er after k or r (kazaker, tatarer) and Estonian -id (kirgiisid, usbekid).
_PLURAL = re.compile(
    r"(?i)(?<=\w{3})(?:[oeöa]k(?:kal|kel|nak|nek|at|et|ot|ban|ben|ról|ről|hoz|hez|höz)?"  # Hungarian
    r"|ov[eé]|ů|ům|owie|ów|ach|ami|(?<=[kr])er|id"  # Czech, Polish, Swedish, Estonian
    r"|[ldt][aeä]r(?:[ıi]n|[ıi]|[ae]|[dt][ae]n?)?|лар|лер|тар|тер|дар|дер|(?<!i)en|es|os|s|ы|и"  # Spanish -os
    r"|н?ууд|н?үүд"  # Mongolian (Уйгурууд, Казахууд)
    r"|لىرى(?:نىڭ|غا|گە|قا|كە|دا|دە|تا|تە|دىن|تىن|نى|دىكى)?"  # Uyghur plural and possessive (ئۇيغۇرلىرىنىڭ)
    r"|(?<=\w{3})(?:وں|ها))$"  # Urdu oblique plural (ویغوروں, قازقوں), Persian plural (اویغورها)
)


# A personal name with initials: "N. Nazarbayev", "Sh. Mirziyoyev", "Б.Н. Ельцин" (first: the initial, with
# its dot; a patronymic's initial after it is dropped) or "Adrian N. Zenz" (first: the given name, the middle
# initials dropped); Latin or Cyrillic initials of one or two letters, each with a dot.
_INITIALLED = re.compile(
    r"^(?:(?P<first>[^\W\d_]{1,2}\.)\s*(?:[^\W\d_]{1,2}\.\s*)?"
    r"|(?P<first_word>[^\W\d_][\w'’-]+)\s+(?:[^\W\d_]{1,2}\.\s*)+)"
    r"(?P<last>[^\W\d_][\w'’-]{2,})$"
)


# Russian plural case endings of a people's name, which the nominative plural ends in -ы, -и or -е instead of
# (киргизами, кыргызам, сибинцев, таранчами, дунганам: киргизы, кыргызы, сибинцы, таранчи, дунгане), and the
# singular -ин of a plural in -е (дунганин: дунгане)
_RU_PLURAL_CASE = re.compile("(?<=[а-яё]{3})(?:ами|ями|ам|ям|ах|ях|ов|ев|ей|(?<=[ая]н)ин)$")


def _russian_plurals(name: str) -> list[str]:
    """The nominative plurals a one-word Russian plural case form of a people's name may stand for."""
    text = name.strip()
    ending = _RU_PLURAL_CASE.search(text.lower()) if " " not in text else None
    if ending is None or detect(text) != Detection("Cyrl", "ru"):
        return []
    return [text[: ending.start()] + vowel for vowel in ("ы", "и", "е")]


def _singulars(name: str) -> list[str]:
    """The singular a people's one-word plural name is made from (Turkmens: Turkmen; Дунганы: Дунган;
    Uyghurlar: Uyghur; Kazakhes: Kazakh, Kazakhe), for singular inputs that the glossary lists only as
    plurals; four letters or more."""
    text = name.strip()
    if " " in text:
        return []
    stems = {stem} if (stem := _without(_PLURAL, text)) is not None else set()
    if text.endswith("s"):
        stems.add(text[:-1])
    return sorted(s for s in stems if len(s) >= 4)


# Turkish writes a case ending on a proper name after an apostrophe (or a backtick or acute accent typed for
# one): Sincan'da, Kaşgar'dan, Orta Asya'daki, Türkistan'ın, Kazakistan`ın. A name that nothing found is
# tried without it.
_TURKISH_SUFFIX = re.compile(r"(?<=\w{3})[`´'’][a-zçğıöşü]{1,6}$")
# An abbreviation takes the ending after an apostrophe too (BM'ye, ŞİÖ'nün, ABD'nin); it is read as the
# abbreviation before the whole is folded, which would make a word of it (ŞİÖ'ye is not Khiva).
_APOSTROPHE_ABBREVIATION = re.compile(r"^((?:[A-ZÇĞİÖŞÜ]){2,6})[`´'’][a-zçğıöşü]{1,6}$")


# Bengali and Tamil write a case ending onto a name: Bengali's genitive -এর, -র after a vowel, -য়ের, its
# locative -এ, -তে, -য়ে (খোটানে, উজবেকিস্তানের, সিনচিয়াংয়ের); Tamil's locative -இல், genitive -இன், dative
# -க்கு, accusative -ஐ and sociative -உடன் (சீனாவில், மிர்சியொயேவுடன்); Marathi's genitive -चे (काश्गर विभागाचे).
_INDIC_CASE = re.compile(
    r"(?<=\S{3})(?:য়ের|য়ে|এর|ের|(?<=[\u09be-\u09cc])র|তে|ে"
    r"|வில்|யில்|ில்|இல்|ின்|வின்|க்கு|ுக்கு|வுக்கு|ை|வை|ுடன்|வுடன்|டன்"
    r"|ाचे|चे|ाची|ची|ाचा|चा)$"
)
# Georgian ends a name that ends in a consonant with the nominative -ი, which its case endings replace
# (ქაშგარი, ტიან-შანში, სამარყანდთან, გროზნოდან); Armenian puts the article -ը, -ն and case endings after the
# name, -յ- after a vowel (Նազարբաևը, Աստանան, Քարիմովին, Կիրգիզիայի). The stem is tried as it is and, in
# Georgian, with -ი (ყაზახეთში: ყაზახეთი).
_GEORGIAN_CASE = re.compile("(?<=[\u10d0-\u10ff]{3})(?:ისთვის|იდან|დან|თან|ში|ის|ით|ზე|მა|ად|ი|ს)$")
_ARMENIAN_CASE = re.compile("(?<=[\u0531-\u0587]{3})(?:յում|յից|յին|յով|յի|ում|ից|ով|ին|ի|ը|ն)$")


def _caucasian_stems(name: str) -> list[str]:
    """The stems of a Georgian or Armenian name with a case ending or the article (:data:`_GEORGIAN_CASE`)."""
    text = name.strip()
    georgian = _GEORGIAN_CASE.search(text)
    if georgian is not None:
        stem = text[: georgian.start()]
        return [stem, stem + "ი"] if georgian.group() != "ი" else [stem]
    armenian = _ARMENIAN_CASE.search(text)
    return [text[: armenian.start()]] if armenian is not None else []


# Arabic writes the prepositions and conjunctions li-, bi-, wa-, ka- and fa- onto the next word: للأمم (li- and
# al-: for the nations), بالعفو, والأمم, لأدريان (for Adrian). A name of Arabic letters without the letters of
# Uyghur, Kazakh or Persian is also read without one before al- or a hamza.
_PROCLITIC = re.compile("^(?:ل(?=ل)|[وبلكف](?=ال)|ل(?=[أإآ]))")
_NOT_ARABIC_LANGUAGE = re.compile("[ۇۆۈېەۋڭپچژگکی]")
_PROCLITIC_MIN_WORD = 4  # a proclitic and a word of three letters


def _without_proclitic(name: str) -> str | None:
    """``name`` without an Arabic proclitic on its first word (للأمم المتحدة: الأمم المتحدة); None when it has
    none or is not Arabic."""
    text = name.strip()
    if not _has_arabic(text) or _NOT_ARABIC_LANGUAGE.search(text):
        return None
    if (found := _PROCLITIC.match(text)) is None:
        # before a word without the article too, in a name of several words (لمنظمة شنغهاي للتعاون)
        first = text.split(" ", 1)[0]
        return text[1:] if " " in text and len(first) >= _PROCLITIC_MIN_WORD and first[0] in "لبوكف" else None
    rest = text[found.end() :]
    return "ا" + rest if found.group() == "ل" and rest.startswith("ل") else rest


# A name as a text extracts it may keep the preposition or article before it: в Москву, из Андижана, із
# Казахстану, w Kazachstanie, nach Kaschgar, à Ürümqi, in Kashgar, the Uyghurs, la Chine, l'Ouzbékistan,
# дар Панҷакент, در تاجیکستان. A name that nothing found is read without it, when what follows is capitalised
# (or Arabic script, or follows an article: a people in lower case). Written capitalised, at the start of a
# sentence, only the Cyrillic words and a few Latin ones that begin no place name are taken (not La, El, Le,
# De: La Paz, El Salvador).
_PREPOSITIONS_BY_LANGUAGE = (
    # Russian, Ukrainian, Belarusian, Bulgarian, Tajik
    "в во из изо до о об обо на с со к ко от по под за у для при про через около близ возле между над перед после "
    "із з зі від біля ў ад па каля од дар аз ба то бо барои",
    # Polish, Czech, Slovak
    "w we z ze do na od pod przy po dla ku nad przez koło v ve u k ke při pri za",
    # German, Dutch
    "in im aus nach von vom bei beim zu zum zur mit am der die das den dem des uit naar van bij",
    # French, Italian, Spanish, Portuguese, Romanian
    "à au aux de du des en dans vers pour par sur chez depuis a ad di da del della dei degli nel nella per su con "
    "tra fra dal dalla el la le les los las il lo gli o os as em ao no na do da desde hacia para în din spre pe cu",
    # English
    "the of from to at near into via for with by",
    # Greek (the article, and σε joined to it)
    "ο η το οι τα του της των τον την τους τις στο στη στην στον στους στις στα σε από για με προς",
)
_PREPOSITIONS = frozenset(word for words in _PREPOSITIONS_BY_LANGUAGE for word in words.split())
# after an article, a people or a language written in lower case (los tayikos, les ouïghours, die uiguren)
_ARTICLES = frozenset(
    {"the", "der", "die", "das", "den", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "o", "os"}
    | {"ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την", "τους", "τις"}  # Greek: οι Ουιγούροι
)
_PREPOSITIONS_CAPITALISED = frozenset({"the", "in", "from", "im", "aus", "nach", "dans", "chez", "w"})
_PREPOSITIONS_ARABIC_SCRIPT = frozenset(
    {"در", "از", "به", "با", "تا", "برای", "في", "من", "إلى", "الى", "على", "عن", "مع"}  # Persian, Arabic
)
_ELIDED = re.compile(r"^(?:[lLdD]|[dDnN]ell|[dD]all|[aA]ll|[sS]ull)['’](?=[^\W\d_])")


def _without_leading_word(name: str) -> str | None:
    """``name`` without a preposition or an article before it (:data:`_PREPOSITIONS`), or None."""
    text = name.strip()
    elided = _ELIDED.match(text)
    if elided is not None:  # l'Ouzbékistan, and a people or a language in lower case: l'ouïghour, dall'uzbeko
        return text[elided.end() :]
    first, _sep, rest = text.partition(" ")
    rest = rest.strip()
    if not rest:
        return None
    if _has_arabic(first):
        return rest if first in _PREPOSITIONS_ARABIC_SCRIPT and _has_arabic(rest[:1]) else None
    word = first.lower()
    if word not in _PREPOSITIONS or not (rest[:1].isupper() or word in _ARTICLES):
        return None
    if first != word and _CYRILLIC.search(first) is None and word not in _PREPOSITIONS_CAPITALISED:
        return None
    return rest


# "Former" before a name (the former Soviet Union, бывший СССР, ehemalige Sowjetunion, ex-URSS, eski Sovyetler
# Birliği, 前苏联, 旧ソ連, 옛 소련, 구소련) or after it in Arabic and Persian (الاتحاد السوفيتي السابق): the name is
# what is left.
_FORMER_WORDS = frozenset(
    {"former", "ehemalige", "ehemaligen", "ehemaliger", "ehemaliges", "einstige", "einstigen", "ancien",
     "ancienne", "anciens", "anciennes", "antigua", "antiguo", "antiga", "antigo", "voormalige", "voormalig",
     "była", "byłego", "byłej", "były", "byłym", "bývalý", "bývalého", "bývalém", "bývalá", "bývalé", "бывший",
     "бывшего", "бывшем", "бывшему", "бывшим", "бывшая", "бывшей", "бывшую", "бывшие", "бывших", "колишній",
     "колишнього", "колишньому", "колишня", "колишньої", "eski", "keçmiş", "бұрынғы", "burynǵy", "buryngy",
     "мурунку", "мурдагы", "sobiq", "собиқ", "sabiq", "سابىق", "хуучин", "forna", "entinen", "entisen",
     "fosta", "fostul", "fostei", "egykori", "옛"}
)  # fmt: skip
_FORMER_HYPHENED = re.compile("^(?:ex|Ex|EX|экс|Экс)[-‐](?=[^\\W\\d_])")
_FORMER_HAN = re.compile("^(?:前|旧|舊|原|구)(?=[^\\W\\d_]{2})")
_FORMER_ARABIC = re.compile("\\s+(?:السابق|السابقة|سابق)$")


# A point of the compass that Japanese and Korean write before a name (東トルキスタン, 동투르키스탄, 서카자흐스탄주,
# 中央アジア, 중앙아시아), in English; the name after it is in kana or Hangul.
_SYLLABARY_COMPASS = re.compile("^(東|西|南|北|中央|동|서|남|북|중앙) ?(?=.*[\u30a0-\u30ff\uac00-\ud7a3].)")
_SYLLABARY_POINTS = {"東": "east", "西": "west", "南": "south", "北": "north", "中央": "central", "동": "east",
                     "서": "west", "남": "south", "북": "north", "중앙": "central"}  # fmt: skip


def _syllabary_compass(text: str) -> tuple[str, str] | None:
    """``(point, name)`` for a kana or Hangul name after a point of the compass (동투르키스탄: east, 투르키스탄);
    None otherwise."""
    found = _SYLLABARY_COMPASS.match(text.strip())
    if found is None or not _has_syllabary(text.strip()[found.end() :]):
        return None
    return _SYLLABARY_POINTS[found.group(1)], text.strip()[found.end() :]


def _without_former_prefix(name: str) -> str | None:
    """``name`` without a Han or Korean prefix for "former" (前苏联, 구소련), or None."""
    found = _FORMER_HAN.match(name.strip())
    return name.strip()[found.end() :] if found is not None else None


def _without_former(name: str) -> str | None:
    """``name`` without a word for "former" (:data:`_FORMER_WORDS`) or ex-, or None."""
    text = name.strip()
    hyphened = _FORMER_HYPHENED.match(text)
    if hyphened is not None:
        return text[hyphened.end() :]
    trailing = _FORMER_ARABIC.search(text)
    if trailing is not None and trailing.start() > 0:
        return text[: trailing.start()]
    first, _sep, rest = text.partition(" ")
    if first.lower() in _FORMER_WORDS and rest.strip():
        return rest.strip()
    if first.lower() == "före" and rest.startswith("detta "):  # Swedish före detta
        return rest.removeprefix("detta ").strip() or None
    if first.lower() == "ex" and rest.strip():  # ex URSS
        return rest.strip()
    return None


# A name written in capitals (a heading, a title page: ТУРФАНА, ЛОБ-НОРА, КЭРИИ) is read, when nothing found
# it, as if only its words' first letters were capitals, so that its case ending is found. Not an abbreviation:
# five letters at least, and two vowels.
_CAPITALS_VOWELS = re.compile("[AEIOUYÄÖÜАЕЁИОУЫЭЮЯІЇЄӘӨҮҰ]")
_CAPITALS_MIN_LETTERS = 5


def _capitalised(name: str) -> str | None:
    """``name`` in capitals with only the first letter of each word (and of each hyphened part) a capital;
    None when it is not all capitals, or is short or has fewer than two vowels (an abbreviation)."""
    text = name.strip()
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < _CAPITALS_MIN_LETTERS or not text.isupper() or len(_CAPITALS_VOWELS.findall(text)) < 2:
        return None
    parts = re.split(r"([\s\-‐]+)", text.replace("İ", "I"))
    return "".join(part[:1] + part[1:].lower() for part in parts)


def _without(ending: re.Pattern[str], name: str) -> str | None:
    """``name`` without the ending ``ending`` matches, or None when it has none."""
    text = name.strip()
    stem = ending.sub("", text)
    return stem if stem != text else None


def _kind_head(kind: str | None) -> str:
    """The head noun of an entry's kind: "county-level city" -> "city", "region (oblys)" -> "region", "city
    of republican significance" -> "city"."""
    if not kind:
        return ""
    if kind.startswith(("historical ", "geographic ")):
        # not an administrative unit: only the generic English "region" admits it (Ili region), never
        # Province or Oblast (Turkestan Province is the Kazakh region, not historical Turkestan)
        return kind.split("(")[0].strip()
    words = re.split(r" (?:of|and) ", kind.split("(")[0])[0].split()
    return words[-1] if words else ""


# German joins the generic word to the name: Balchaschsee, Tarimbecken, Altaigebirge, Issyk-Kul-See; Tal
# (valley), Dynastie and Khanat only after a hyphen (Ili-Tal, Han-Dynastie), since Karatal and Kokpektal are
# names.
_GERMAN_COMPOUND = re.compile(
    r"(?i)(?<=\w{3})(?:-?(see|sees|becken|beckens|gebirge|gebirges|wüste|wueste|fluss|flusses|fluß|senke)"
    r"|-(tal|dynastie|khanat|stadt|präfektur|region|regionen|regio|gebiet|gebiets|gebietes|bezirk|kreis|distrikt"
    r"|rayon|gipfel|hochland|moschee"
    r"|höhlen|grotten|staat|staates"
    r"|nationalität))$"
)


# English puts some generic words first, with "of": Republic of Tajikistan, City of Almaty, Province of Osh,
# also after "Autonomous" and a people (Autonomous Province of Gorno-Badakhshan, Uighur Autonomous Region of
# Sinkiang); German with "von": Khanat von Kokand.
_ENGLISH_OF = re.compile(
    r"(?i)^(?:(?P<people>[^\W\d_]+)\s+(?=autonomous\s))?(?:autonomous\s+)?(?P<generic>[a-zäöü]+)\s+(?:of|von)\s+"
    r"(?:the\s+)?(?P<name>\S.*)$"
)


def _split_designator(name: str) -> tuple[str, tuple[str, ...] | None]:
    """``("Shache", ("county",))`` for ``"Shache County"``; ``(name, None)`` when there is no designator.
    A polity's name also loses a "Great" before it (Великое Юаньское государство, Empire of the Great Ming,
    大清帝国)."""
    base, kinds = _split_generic(name)
    if kinds is None and base.startswith("大") and len(base) > 1:  # 大清, 大元: the Great Qing, the Great Yuan
        return base[1:], _POLITY
    if kinds is not None and _POLITY_KINDS.issuperset(kinds):
        first, _, rest = base.partition(" ")
        if rest and normal_key(first) in _GREAT:
            base = rest
        elif base.startswith("大") and len(base) > 1:
            base = base[1:]
    return base, kinds


_MIN_QUALIFIED_WORDS = 2  # a place and the place it lies in
# the letters of the Uyghur and Kazakh Arabic alphabets that write vowels (and ڭ, ۋ): a spelling with one is
# read by the schemes, not by its consonants alone
_VOWELLED_ARABIC = re.compile("[ۇۆۈېەۋڭٴ]")
_ABJAD_MIN_SUGGEST = 3  # consonant classes to look a key up at all
_ABJAD_MIN_RESOLVE = 5  # and to resolve
_ABJAD_RESOLVE_DESIGNATED = 4  # and to resolve among the entries of a designator's kinds
_ABJAD_SCORE = 0.7
_ABJAD_VOWELLED_RESOLVE = 6  # consonant classes and written vowels together to resolve a shorter key


_SYLLABARY_MIN_DESIGNATED = 2  # consonant classes to look up a kana or Hangul name with its designator
_SYLLABARY_RESOLVE_DESIGNATED = 3  # and to resolve it


def _consonant_keys(spaced: str, least: int) -> list[str]:
    """A consonant key (:func:`translit.keys.abjad_key`, :func:`translit.keys.syllabary_key`) to look up:
    word by word when it has two words with consonants or more, then joined; of ``least`` classes or more."""
    return [key for key in dict.fromkeys((spaced, joined_key(spaced))) if len(key.replace(" ", "")) >= least]


def _abjad_keys(text: str) -> list[str]:
    """The abjad keys of ``text`` long enough to look up; of a Latin spelling also with its pinyin words' x and
    q read as sh and ch, which Arabic and Persian write either way (شي جينبينغ and تشن تشيوان قوه, but چن
    کوانگوو: Xi Jinping, Chen Quanguo)."""
    keys = _consonant_keys(abjad_key(text, spaced=True), _ABJAD_MIN_SUGGEST)
    if not _has_arabic(text):
        keys += _consonant_keys(abjad_key(text, spaced=True, said=True), _ABJAD_MIN_SUGGEST)
    return list(dict.fromkeys(keys))


def _syllabary_keys(latin: str) -> list[str]:
    """The syllabary keys of a Latin spelling, of two classes or more."""
    return _consonant_keys(syllabary_key(latin, spaced=True), _SYLLABARY_MIN_DESIGNATED)


# Japanese writes kh as f (カザフスタン, ブハラ) and a Russian -v as f too (トカエフ): a kana name is keyed with f
# as written and with f as kh, which the syllabary key drops
_KANA_F = re.compile("f(?=[aeiou])")


# Chinese writes a foreign name with characters read for their sound, one syllable each, as the syllabaries do
# (卡里莫夫 Kalimofu: Karimov; 库尔曼别克·巴基耶夫: Kurmanbek Bakiyev), from a small set of characters. A
# name of three characters or more all from that set, or of words joined by a middle dot, is read so.
_TRANSCRIPTION_HAN = frozenset(
    "阿埃艾安昂奥澳巴拜班邦贝本比彼别波伯博布查达戴代丹德迪蒂杜敦多厄恩尔法范菲费芬弗夫福富盖甘冈戈格"
    "根古哈海汉赫亨洪胡华霍基吉加贾杰捷金津卡凯坎康科克肯库奎拉莱赖兰朗劳勒雷里利列林琳卢鲁伦罗洛马迈"
    "曼毛梅门蒙米密敏明莫姆穆纳娜奈内尼努诺欧帕潘佩彭皮普奇齐恰乔切钦琴丘萨赛桑瑟森沙莎舍什斯松苏索塔"
    "泰坦汤特提廷通图托瓦万旺威维温沃乌西希谢辛休雅亚扬耶伊尤于约扎泽兹佐娃丽热若日契楚茨赞"
    "爾羅馬邁門諾薩賽謝維溫烏亞揚紮澤茲庫萊蘭勞裡裏盧魯倫納內喬達貝別費蓋漢賈傑凱劉緬麗熱欽"
    "圖託萬華蘇鮑莉婭"
)
_TRANSCRIPTION_DOTS = re.compile("[·•‧・.．]")
_MIN_TRANSCRIBED = 3


def _is_transcription(text: str) -> bool:
    """Whether Han text reads as a Chinese transcription of a foreign name (:data:`_TRANSCRIPTION_HAN`)."""
    han = [ch for ch in text if script_of(ch) == "Hani"]
    if not han or len(han) != len(_TRANSCRIPTION_DOTS.sub("", text).replace(" ", "").replace("-", "")):
        return False
    dotted = _TRANSCRIPTION_DOTS.search(text.strip()[1:-1]) is not None
    return dotted or (len(han) >= _MIN_TRANSCRIBED and all(ch in _TRANSCRIPTION_HAN for ch in han))


# A transcription writes ki and gi as ji, the only syllable pinyin has for them (基 ji: Bakiyev; 吉尔吉斯
# Jierjisi: Kyrgyz), so ji and qi are also read as k; and it writes zh and j with the r of 若, 热 and 日
# (若马尔特 Ruomaerte: Zhomart; 热恩别科夫: Jeenbekov), whereas r is 尔 er or an l.
_PINYIN_KI = re.compile("[jq](?=i)")
_PINYIN_R = re.compile("(?<!e)r(?=[aeiou])")


def _syllabary_readings(text: str) -> list[str]:
    """The romanisations of a kana or Hangul name to key: Korean as ICU writes it (without the hyphens it puts
    between syllables), Japanese also with f read as kh; a Chinese transcription (:func:`_is_transcription`)
    in pinyin, also with ji and qi as ki."""
    if not _has_syllabary(text):
        pinyin = next((latin for scheme, latin in _forms(text, None) if scheme == "zh-pinyin"), "")
        pinyin = _PINYIN_R.sub("zh", pinyin.lower())
        return list(dict.fromkeys(r for r in (pinyin, _PINYIN_KI.sub("k", pinyin)) if r))
    latin = _syllabary_latin(text)
    if not _has_kana(text):
        return [latin]
    return list(dict.fromkeys((latin, _KANA_F.sub("kh", latin))))


def _syllabary_latin(text: str) -> str:
    """A kana or Hangul name as ICU romanises it, its words parted where the kana middle dot parts them and
    without the hyphens ICU puts between Hangul syllables."""
    return transliterate(text.replace("・", " "), "und-Latn").replace("-", "")


def _has_kana(text: str) -> bool:
    return any(script_of(ch) == "Kana" for ch in text)


# The vowels kana and Hangul add after a consonant that a foreign name has none after: Japanese u (to and do
# for t and d; chi, shi and ji at the end of a word), Korean eu (and chi and ji at the end): タシュケント
# tashukento, 타지키스탄 tajikiseutan. A syllabary name is keyed with each such vowel kept and dropped.
_KANA_EPENTHETIC = re.compile(r"(?<=[bcdfghjklmnprstvz])u|(?<=[td])o|(?<=[cs]h)i\b|(?<=j)i\b")
_HANGUL_EPENTHETIC = re.compile(r"(?<=[bcdfghjklmnprstvz])eu|(?<=ch)i\b|(?<=j)i\b")
# Korean writes an sh with no vowel after it before a consonant as 슈 syu (카슈가르: Kashgar), and kana write an
# n before b, p or m as ン, said m (ポンペオ: Pompeo)
_HANGUL_SH = re.compile(r"(?<=s)(?:yu|wi)(?![aeiouy])")  # and as 쉬 swi (비쉬켁, 오쉬: Bishkek, Osh)
_KANA_LABIAL_N = re.compile("n(?=[bpm])")
_HANGUL_DIGRAPHS = re.compile("eo|ae|eu")  # Korean vowels of two letters: eo and ae are e, eu u
_HANGUL_VOWEL = {"eo": "e", "ae": "e", "eu": "u"}
_SMALL_VOWEL = re.compile("[aeiou]~")  # ヴォ vu~o: vo
_GLIDE = re.compile("y(?=[aeiou])")
_PINYIN_IAN = re.compile("(?<=[iy])an(?!g)")  # not iang (江 jiang: 장)
# the pinyin i of zhi, chi, shi, ri, zi, ci and si, which Korean writes with its eu (즈, 츠, 스, 르, 쯔, 츠, 쓰:
# 카스 Kashi, 성스차이 Sheng Shicai)
# pinyin x, q and c as said (sh, ch, ts), which Korean writes 시, 치 and 츠 (蔡 Cai: 차이)
_PINYIN_SAID = re.compile("x|q|c(?!h)")
_PINYIN_APICAL = re.compile("(zh|ch|sh|r|z|c|s)i(?![aeiou])")
_PINYIN_U_UMLAUT = re.compile("(?:(?<=[jqx])|y)u(e)?")
_PINYIN_PALATAL_GLIDE = re.compile("(?<=[jqx])i(?=[aeou])")
_MAX_CHOICES = 10
_MORA_MIN = 4  # classes of a mora key to look it up
# the forms no kana or Hangul spelling is made from: Wade-Giles, the readings of a spelling in French, German
# or Russian, and the letter-for-letter Russian schemes, whose â and j are я (Aâgoz, Ajagoz: Аягоз)
_NOT_SPOKEN = _SYLLABLE_HYPHENS | {"zh-Wade-Giles", "ru-ISO9", "ru-scientific"} | _READINGS
_MORA_SCORE = 0.8
# the languages whose Latin names of Chinese places and people are pinyin as written (English, Chinese in Latin)
_PINYIN_LANGS = frozenset(("en", "zh-Latn", "zh-Latn-pinyin"))


@lru_cache(maxsize=65536)
def _mora_keys_of(scheme: str | None, latin: str, pinyin: bool = True) -> tuple[str, ...]:
    """The mora keys (:func:`translit.keys.mora_key`) of a glossary form, word by word and joined. Pinyin ian
    and yan are said, and written by kana and Hangul, as ien and yen (天山 Tianshan: ティエンシャン, 톈산), and
    Hangul writes pinyin yu (ü) as wi (尉犁 Yuli: 위리): a pinyin form is also keyed so, when it may be pinyin
    (``pinyin``: an English or Chinese name, not Albanian Siri, Syria, whose syllables only look so)."""
    spellings = [latin]
    if scheme == "zh-pinyin" or (pinyin and _all_pinyin(latin)):
        spellings[0] = _PINYIN_IAN.sub("en", latin.lower())
        spellings.append(spellings[0].replace("yu", "wi"))
        spellings.append(_as_korean_writes(spellings[0]))
    elif "kh" in latin.lower():  # kana and Hangul write kh as k as well as h (カーン, 칸: Khan)
        spellings.append(latin.lower().replace("kh", "k"))
    keys = (key for spelling in spellings for key in _consonant_keys(mora_key(spelling, spaced=True), _MORA_MIN))
    return tuple(dict.fromkeys(keys))


def _as_korean_writes(pinyin: str) -> str:
    """A pinyin spelling as Korean transcribes it: the apical i as eu (스 shi), ü as wi and üe as we (취안 quan,
    쉐 xue), no glide i after j, q and x (창 qiang, 자 jia), and x, q and c as said."""
    spelling = _PINYIN_APICAL.sub(_apical_as_korean, pinyin)
    spelling = _PINYIN_U_UMLAUT.sub(lambda found: "we" if found.group(1) else "wi", spelling)
    spelling = _PINYIN_PALATAL_GLIDE.sub("", spelling)
    return _PINYIN_SAID.sub(_pinyin_said, spelling)


# the vowels a name may begin with, in Latin, Cyrillic and Greek letters; y and w (and я, е, ю) are glides that
# kana and Hangul write with the vowel (ヤルカンド, 위구르)
_ONSET_VOWELS = frozenset("aeiouywаеёиоуыэюяәөүұіїєэαεηιουω")
_ONSET_SCRIPTS = frozenset(("Latn", "Cyrl", "Grek"))


_DIGITS = re.compile(r"\d+")


def _same_numbers(name: str, form: str) -> bool:
    """Whether ``name`` and a glossary ``form`` write the same numbers, if any (第1次, 第2次)."""
    return _DIGITS.findall(name) == _DIGITS.findall(form)


def _vowel_onset(text: str) -> bool | None:
    """Whether ``text`` begins with a vowel; None when it is not in Latin, Cyrillic or Greek letters."""
    first = text.strip()[:1]
    if not first or script_of(first) not in _ONSET_SCRIPTS:
        return None
    return unicodedata.normalize("NFD", first.lower())[0] in _ONSET_VOWELS


def _apical_as_korean(found: re.Match[str]) -> str:
    initial = found.group(1)
    return ("ts" if initial == "c" else initial) + "u"


def _pinyin_said(found: re.Match[str]) -> str:
    return {"x": "sh", "q": "ch", "c": "ts"}[found.group()]


def _mora_keys(text: str) -> list[str]:
    """The mora keys of a kana or Hangul name: of its romanisation with each added vowel
    (:data:`_KANA_EPENTHETIC`, :data:`_HANGUL_EPENTHETIC`) kept and dropped, each glide y before a vowel kept
    and dropped (Hangul writes sha as 샤 sya: 두샨지 dusyanji, Dushanzi; kana write liu as リュウ ryū: ゴンリュウ,
    Gongliu) and each kana f read as f and as kh (ラフモノフ: Rakhmonov), up to ten such choices."""
    korean = not _has_kana(text)
    reading = _SMALL_VOWEL.sub("", _syllabary_latin(text).lower())
    choices = [(m, ("", m.group())) for m in (_HANGUL_EPENTHETIC if korean else _KANA_EPENTHETIC).finditer(reading)]
    sh = list(_HANGUL_SH.finditer(reading)) if korean else []
    choices += [(m, (m.group(), "")) for m in sh]
    choices += [
        (m, ("y", "")) for m in _GLIDE.finditer(reading) if not any(h.start() <= m.start() < h.end() for h in sh)
    ]
    if not korean:
        choices += [(m, ("f", "kh")) for m in _KANA_F.finditer(reading)]
        choices += [(m, ("n", "m")) for m in _KANA_LABIAL_N.finditer(reading)]
    choices = sorted(choices, key=lambda choice: choice[0].start())[:_MAX_CHOICES]
    keys: dict[str, None] = {}
    for picks in product(*(options for _m, options in choices)):
        parts, start = [], 0
        for (found, _options), pick in zip(choices, picks, strict=True):
            parts += [reading[start : found.start()], pick]
            start = found.end()
        variant = "".join(parts) + reading[start:]
        if korean:
            variant = _HANGUL_DIGRAPHS.sub(lambda digraph: _HANGUL_VOWEL[digraph.group()], variant)
        keys.update(dict.fromkeys(_mora_keys_of(None, variant)))
    return list(keys)


_POLITY_KINDS = frozenset(_POLITY)
_GREAT = frozenset(map(normal_key, _GREAT_WORDS))


# The XPCC division that runs a city, written before its name, with or without 第 (第四师可克达拉市, 兵团第八师石河子市,
# 六师五家渠市).
_XPCC_DIVISION = re.compile("^(?:新疆生产建设兵团|新疆生產建設兵團|兵团|兵團)?第?[一二三四五六七八九十]+[师師](?=..)")


_FEATURE_KINDS = frozenset(("river", "lake", "range", "mountain", "plateau", "pass", "desert", "basin", "depression"))
_MIN_HYPHENED = 3


# pinyin's generic words for a division, which some texts join to the name with a hyphen
_PINYIN_HYPHENED = frozenset(
    {"xian", "qu", "shi", "zhou", "diqu", "zhen", "xiang", "zizhiqu", "zizhizhou", "zizhixian"}
)


def _generic_kinds(table: dict[str, tuple[str, ...]], word: str) -> tuple[str, ...] | None:
    """The kinds ``table`` gives a generic word, or a Russian or Ukrainian one in any case by its nominative
    (округом, префектуре, провинции: округ, префектура, провинция), which a table lists in a few cases only."""
    kinds = table.get(normal_key(word))
    if kinds is not None or _CYRILLIC.search(word) is None or len(word) < _MIN_CASE_STEM + 1:
        return kinds
    return next((found for stem in _case_stems(word) if (found := table.get(normal_key(stem)))), None)


def _split_generic(name: str) -> tuple[str, tuple[str, ...] | None]:
    text = name.strip()
    division = _XPCC_DIVISION.match(text)
    if division is not None:
        base, kinds = _split_generic(text[division.end() :])
        return base, kinds or ("city", "town", "municipality")
    if _has_syllabary(text):
        for suffix in _SYLLABARY_SUFFIXES:
            # a polity's name may be one syllable (당나라: the Tang), another's two at least
            shortest = 1 if _POLITY_KINDS.issuperset(_SYLLABARY_DESIGNATORS[suffix]) else 2
            if text.endswith(suffix) and len(base := text[: -len(suffix)].rstrip(" ・")) >= shortest:
                return base, _SYLLABARY_DESIGNATORS[suffix]
    autonomous = _HAN_AUTONOMOUS.search(text)
    if autonomous is not None and autonomous.start() >= 2:
        return text[: autonomous.start()], _HAN_AUTONOMOUS_KINDS[autonomous.group(1)]
    for suffix in _HAN_SUFFIXES:
        # a polity's name may be one character (清朝, 元朝, 唐朝)
        shortest = 1 if _POLITY_KINDS.issuperset(_HAN_DESIGNATORS[suffix]) else 2
        if text.endswith(suffix) and len(text) >= len(suffix) + shortest:
            return text[: -len(suffix)], _HAN_DESIGNATORS[suffix]
    head, _, last = text.rpartition(" ")
    kinds = _generic_kinds(_DESIGNATORS, last) if head else None
    if last.startswith("I") and normal_key(last) in _TURKISH_IL:
        kinds = None  # Turkish capitalises il as İli: Ili is the name (Kazakh Autonomous Prefecture of Ili)
    first, _, rest = text.partition(" ")
    leading = _generic_kinds(_LEADING_DESIGNATORS, first) or _ROMANCE_BARE_KINDS.get(normal_key(first))
    if kinds is not None and leading is not None and ((set(leading) & set(kinds) and " " in rest) or head == first):
        # lac Issyk Kul, Lake Issyk Kul: the last word is the name's (Kul, lake); fleuve Ili: the name is a
        # designator elsewhere (Turkish ili, a province); monts du Tian Shan
        return _LEADING_OF.sub("", rest) or rest, leading
    if kinds is not None:
        words = head.split(" ")
        while len(words) > 1 and _DESIGNATORS.get(normal_key(words[-1])) == kinds:  # تاغ تىزمىسى, Tagh Tizmisi
            words.pop()
        if len(words) > 1 and normal_key(words[-1]) in _AUTONOMOUS:
            words.pop()
            if len(words) > 1 and normal_key(words[-1]) in _AUTONOMOUS:  # Mongolian өөртөө засах
                words.pop()
            if len(words) == 1 and _is_nationality(words[0]):
                return name, None  # Uyghur Aptonom Rayoni: a people's autonomy, not the place Uyghur District
            if kinds == ("district", "county"):  # Kazakh автономиялық ауданы: an autonomous county or region
                kinds = ("district", "county", "region")
        if len(words) > 1 and normal_key(words[-1]) in _NATIONALITIES:
            words.pop()
        place, hyphen, people = words[-1].rpartition("-")
        if hyphen and place and normal_key(people) in _NATIONALITIES:  # Шыңжаң-Ұйғыр, Ili-Kazakh
            words[-1] = place
        return " ".join(words), kinds
    romance = _romance_designator(text)  # before the leading words: Région autonome ouïghoure du Xinjiang
    if romance is not None:
        return romance
    text = _ATTACHED_ABBREVIATION.sub(r"\1 ", text)  # г.Петропавловск: г. Петропавловск
    words = text.split(" ")
    for size in (2, 1):  # kreisfreie Stadt Kaxgar; Höhlen von Bezeklik: Bezeklik
        first, rest = " ".join(words[:size]), " ".join(words[size:])
        if rest and (leading := _generic_kinds(_LEADING_DESIGNATORS, first)) is not None:
            return _LEADING_OF.sub("", rest) or rest, leading
    of = _ENGLISH_OF.match(text)
    nationality = of.group("people") if of is not None else None
    if nationality is not None and normal_key(nationality) not in _NATIONALITIES:
        of = None
    if of is not None and (of_kinds := _DESIGNATORS.get(normal_key(of.group("generic")))) is not None:
        return of.group("name"), of_kinds  # Republic of Tajikistan, City of Almaty
    compound = _GERMAN_COMPOUND.search(text)
    if compound is not None:  # Balchaschsee, Tarimbecken, Issyk-Kul-See
        return text[: compound.start()], _DESIGNATORS[normal_key(compound.group(1) or compound.group(2))]
    place, hyphen, generic = text.rpartition("-")
    hyphened = _DESIGNATORS.get(normal_key(generic)) if len(place) >= _MIN_HYPHENED else None
    if hyphen and hyphened is not None and _FEATURE_KINDS.issuperset(hyphened):
        return place, hyphened  # a feature's generic word after a hyphen: Кашгар-дарья, Хотан-дарье, Naryn-Flusses
    if hyphen and hyphened is not None and normal_key(generic) in _PINYIN_HYPHENED:
        return place, hyphened  # pinyin with the generic word hyphened: Dábǎnchéng-qū, Kuqa-xian
    return name, None


_LITHUANIAN_GENITIVE = re.compile("(?<=[a-zščž]{3})(?:io|os|o)$")
# Finnish too puts the name before its generic word in the genitive: -in after a consonant (Shawanin piirikunta,
# Kuytunin kaupunki), -n after a vowel (Mangistaun alue)
_FINNISH_GENERIC_WORDS = frozenset(
    ("piirikunta", "piirikunnan", "kaupunki", "kaupungin", "kaupungissa", "alue", "alueen", "alueella", "maakunta",
     "maakunnan", "prefektuuri", "prefektuurin")
)  # fmt: skip
_FINNISH_GENITIVE = re.compile("(?i)(?:(?<=[a-zäö]{2}[b-df-hj-np-tv-z])in|(?<=[a-zäö]{3}[aeiouyäö])n)$")
# Mongolian puts the name before its generic word in the genitive, often (Таримын хотгор, Борталын Монгол
# өөртөө засах тойрог); after a vowel it is -йн (Илийн)
_MONGOLIAN_GENERIC_WORDS = frozenset(
    ("хотгор", "тойрог", "шянь", "хошуу", "дүүрэг", "орон", "аймаг", "хот", "нуур", "гол", "уул", "нуруу", "цөл",
     "тойргийн", "тойрогт", "хошууны", "дүүргийн", "хотгорт", "хотгорын", "орны", "оронд", "хотын", "хотод")
)  # fmt: skip
_MONGOLIAN_GENITIVE = re.compile("(?<=[а-яөүё]{3})(?:гийн|ийн|ын|ний|ны|н)$")
_MONGOLIAN_VOWEL_GENITIVE = re.compile("(?<=[а-яөүё]{2}[аэиоуөүы])йн$")


def _designator_readings(name: str) -> tuple[list[str], tuple[str, ...] | None]:
    """The names ``name`` may stand for without its designator, and the kinds the designator admits: the
    name split off its generic word, then the places a Russian adjectival designation is made from
    (``(["Уйгурского", "Уйгур", ...], ("district", "county"))`` for Уйгурского района); ``([], None)``
    when it has none."""
    base, kinds = _split_designator(name)
    bases = [base] if kinds is not None else []
    lithuanian = kinds is not None and name.split()[-1].lower() in _LITHUANIAN_GENERIC_WORDS
    if lithuanian and (genitive := _LITHUANIAN_GENITIVE.search(base)) is not None:
        # Lithuanian puts the name before its generic word in the genitive: Korlos miestas (Korla), Andižano
        # sritis (Andijan)
        # Urumčio (Urumčis): Urumči
        bases.append(base[: genitive.start()] + {"os": "a", "io": "i"}.get(genitive.group(), ""))
    finnish = kinds is not None and name.split()[-1].lower() in _FINNISH_GENERIC_WORDS
    if finnish and (genitive := _FINNISH_GENITIVE.search(base)) is not None:
        bases.append(base[: genitive.start()])  # Shawanin piirikunta: Shawan; Mangistaun alue: Mangistau
    mongolian = kinds is not None and name.split()[-1].lower() in _MONGOLIAN_GENERIC_WORDS
    if mongolian:  # the genitive is on the name's first word (Борталын Монгол ...)
        first, sep, rest = base.partition(" ")
        for pattern in (_MONGOLIAN_VOWEL_GENITIVE, _MONGOLIAN_GENITIVE):
            genitive = pattern.search(first.lower())
            if genitive is not None:
                bases.append(f"{first[: genitive.start()]}{sep}{rest}")
    stems, adjective_kinds = _adjective_stems(name)
    if adjective_kinds is not None:
        bases, kinds = bases + stems, kinds or adjective_kinds
    return bases, kinds


# A language named after its people (the glossary gives each people its language in not_same_as): with a
# word for "language" (Uygur Türkçesi, орыс тілі, Uigurische Sprache, уйгурский язык), with the Turkic
# suffix "in the way of" (Uygurca, Kazakça, қазақша, кыргызча, Oʻzbekcha, ئۇيغۇرچە) or as a German
# adjective (Uigurisch, Kasachisch: Uiguren, Kasachen).
_LANGUAGE_SUFFIX = re.compile(r"(?i)(?<=\w{3})(?:[cç][ae]|ch[ae]|sh[ae]|ş[ae]|[чш][аеә]|q[əe]|چە|چا|شا|شە|چه)$")
_GERMAN_ADJECTIVE = re.compile(r"(?i)(?<=\w{3})isch(?:e[nrs]?)?$")
# Czech and Slovak name a language with -ština (ujgurština, mongolština); after a generic word for language, the
# people's adjective has an ending of its own (langue ouïghoure, lingua uigura, język ujgurski, uigurų kalba)
_CZECH_LANGUAGE = re.compile(r"(?i)(?<=\w{4})(?:ština|čtina)$")
_LANGUAGE_ADJECTIVE = re.compile(r"(?i)(?<=\w{4})(?:ski|sky|ský|ská|skiy|ų|ische|e|a|o|ية|ی)$")


# A country named after its people with a Latin or Cyrillic ending: German Kirgisien, Mongolien, Mongolei,
# Dutch Kirgizië, Russian Киргизия (the glossary links each people to its country in not_same_as).
_COUNTRY_ENDING = re.compile(r"(?i)(?<=\w{4})(?:ien|ië|ie|ia|iya|ija|ei|ия|ія)$")


def _language_stems(name: str, bases: list[str], kinds: tuple[str, ...] | None) -> list[str]:
    """The names of a people that ``name``, a language's name, may be made from, with the ``bases`` and
    ``kinds`` of its designator (:func:`_designator_readings`)."""
    text = name.strip()
    if kinds != ("language",):
        if " " in text:
            return []
        bases = [text]
    stems = []
    for base in bases:
        german = _GERMAN_ADJECTIVE.search(base)
        turkic = _LANGUAGE_SUFFIX.search(base) if kinds is None else None
        czech = _CZECH_LANGUAGE.search(base) if kinds is None else None
        if czech is not None:
            stems.append(base[: czech.start()])
        elif german is not None:
            stem = base[: german.start()]
            stems += [stem, stem + "en", stem + "e"]  # Uigur, Uiguren; Chinese: Chinesen, Chinese
        elif turkic is not None:
            stems.append(base[: turkic.start()])
        elif kinds is not None:
            stems.append(base)
            if (adjective := _LANGUAGE_ADJECTIVE.search(base)) is not None:
                stems.append(base[: adjective.start()])
    return [stem for stem in stems if len(stem) >= 3]


# Titles and forms of address around a personal name, in the region's languages and the press's (Dr. Rahile
# Dawut, Frau Sauytbay, Commissioner Turkel, İsa Efendim, ئەخمەتجان قاسىمى ئەپەندى, 努爾主席): a name that
# nothing found is tried without them. Beg, Khan, Hoja and Batyr are left alone: they belong to names
# (Yakub Beg, Ablai Khan, Gulchehra Hoja, Ospan Batyr).
_TITLES = frozenset(
    map(
        normal_key,
        ["dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mme", "madame", "monsieur", "mlle", "frau",
         "herr", "chairman", "president", "präsident", "président", "президент", "президентом", "президента",
         "commissioner", "governor",
         "gouverneur", "губернатор", "general", "генерал", "marshal", "маршал", "comrade", "товарищ",
         "господин", "госпожа", "г-н", "г-жа", "sayın", "queen", "king", "königin", "hazrat", "hazreti",
         "hezret", "sheikh", "şeyh", "imam", "имам", "efendi", "efendim", "ependi", "ependim", "әпәнди",
         "әпәндим", "ئەپەندى", "ئەپەندىم", "hanım", "ханым", "мырза", "myrza", "xanim", "ханум", "hanum"],
    )
)  # fmt: skip
# Turkish Bey after a full name (Mehmet Emin Buğra Beyin), where one name and Bey is the name (Yakup Bey)
_BEY = frozenset(map(normal_key, ["bey", "beyin", "bey'in", "beyi", "bey'i", "beye", "bey'e"]))
# Chinese, Japanese and Korean write an office or a form of address after the name, Korean with or without a
# space, and "former" before it (托卡耶夫总统, トカエフ大統領, ポンペオ国務長官, ビラシ氏, 나자르바예프 전 대통령)
_CJK_TITLES = (
    "主席", "先生", "女士", "同志", "总统", "總統", "书记", "書記", "将军", "將軍", "老大爷", "老大爺", "总理", "總理",
    "国务卿", "國務卿", "发言人", "發言人", "外长", "外長", "部长", "部長", "大使", "博士", "教授", "总书记", "總書記",
    "大統領", "首相", "国家主席", "國家主席", "総書記", "国務長官", "長官", "外相", "報道官", "報道局長", "副報道局長",
    "氏", "さん", "議長", "委員長", "大臣", "外務大臣", "知事",
    "대통령", "국가주석", "주석", "총리", "수상", "장관", "국무장관", "외무장관", "외교부장관", "대변인", "대사",
    "위원장", "총서기", "서기", "씨", "박사", "교수", "의장",
)  # fmt: skip
_CJK_TITLE = re.compile(
    "(?<=[^\\s])\\s*(?:(?:前|전)\\s*)?(?:" + "|".join(sorted(_CJK_TITLES, key=len, reverse=True)) + ")$"
)
# The Turkic case endings (genitive, dative, ablative, locative, accusative) in Latin, Cyrillic and Arabic
# script, longest first, and Tajik -ро: they come off the last word of a personal name (Sabirning,
# Айтматовқа, Баласагындын, Мирзиёевнинг, ئۆتكۈرنىڭ, Раҳмонро) or of a place's name or designator
# (Балыкчыга, облысындағы, shahrining, شەھىرىنىڭ).
_TURKIC_ENDINGS = tuple(
    sorted(
        {"ning", "niŋ", "niñ", "nıñ", "nyň", "nyń", "nyŋ", "yň", "iň", "nin", "nın", "nun", "nün", "dyn", "din",
         "dın", "tın", "tyn", "tin", "dun", "dün", "tun", "tün", "ga", "ge", "ka", "ke", "qa", "ğa", "ǵa", "dan",
         "den", "tan", "ten", "nan", "nen", "ndan", "nden", "da", "de", "ta", "te", "nda", "nde", "dagi", "dağı",
         "daǵy", "daki", "deki", "taki", "teki", "ndagi", "ndağı", "ndaǵy", "ndaki", "ni", "nı", "ny", "yle", "le",
         "la", "gha", "ghe", "diki", "tiki", "na", "ne", "nə", "də", "ndə", "dən", "ndən", "pen", "ben",
         "ın", "in", "un", "ün", "gacha", "qacha", "kacha", "dy", "dı", "ty", "tı",
         "niń", "dyń", "tyń", "diń", "tiń", "dıñ", "tıñ", "diñ", "tiñ", "nyñ", "dyñ", "tyñ", "niň", "ǧa", "taǵy",
         "taǧy", "daǧy", "ndaǧy",
         "пен", "бен", "мен", "го", "ко", "гө", "кө", "догу", "тогу", "дөгү", "төгү", "дөн", "төн", "ду", "ту", "дү",
         "тү", "ну", "нү", "ын", "ін", "гача", "қача", "кача", "ндөгү", "ндогу", "ндегі", "ндеги", "теги", "деги",
         "тегі", "до", "дө", "то", "тө", "ти", "ди", "daky", "däki", "taky", "täki",
         "нинг", "ниң", "нің", "ның", "дің", "дың", "тің", "тың", "нин", "нын", "дин", "дын", "тин", "тын",
         "нун", "нүн", "дун", "дүн", "тун", "түн", "ға", "ге", "қа", "ке", "га", "ка", "гә", "кә", "на", "не",
         "дан", "ден", "тан", "тен", "нан", "нен", "ндан", "нден", "дон", "тон", "да", "де", "та", "те", "нда",
         "нде", "дә", "тә", "ндә", "дики", "тики", "дағы", "дагы", "тағы", "тагы", "дегі", "даги", "ндағы",
         "ндагы", "ндаги", "ны", "ні", "ды",
         "ді", "ты", "ті", "ни", "ро",
         "ныкы", "нуку", "нүкү", "ники", "нікі", "ныкі", "дыкы", "дуку", "дүкү", "дікі", "дыкі",
         "نىڭ", "غا", "قا", "كە", "گە", "دىن", "تىن", "نى", "دا", "تا", "دە", "تە", "دىكى", "تىكى", "دان",
         "تان", "داعى", "نداعى", "عا", "ندا", "ندە",
         "ийн", "гийн", "ыг", "ийг", "аас", "ээс", "оос"},
        key=lambda ending: (-len(ending), ending),
    )
)  # fmt: skip
# Russian endings of given names and family names with what restores the nominative (Серикжаном, Куловым,
# Мирзиёева, Сергеем); every Russian word of a name takes its own (Феликсом Куловым).
_RUSSIAN_PERSON_ENDINGS = (
    ("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("овой", "ова"), ("евой", "ева"), ("ова", "ов"),
    ("ева", "ев"), ("ову", "ов"), ("еву", "ев"), ("ове", "ов"), ("еве", "ев"), ("ина", "ин"), ("ину", "ин"),
    ("ем", "й"), ("ом", ""), ("ем", ""), ("ым", ""), ("ой", "а"), ("ей", "я"), ("а", ""), ("у", ""), ("е", ""),
    ("я", "й"), ("ю", "й"),
)  # fmt: skip
_TURKIC_NOMINATIVES = tuple((ending, "") for ending in _TURKIC_ENDINGS)
# Polish, Czech, Slovak and the South Slavic languages decline each word of a foreign name too, in the Latin
# alphabet: the instrumental -em, -om and the dative -owi, -ovi (Władimirem Putinem, Kasymem-Żomartem
# Tokajewem, Putinom, Władimirowi Putinowi)
# Polish also -ego, -emu after a name in -i and the genitive -a (Ilhama Tohtiego, Ilhamowi Tohtiemu)
_SLAVIC_LATIN_PERSON_ENDINGS = (
    ("owi", ""), ("ovi", ""), ("iem", ""), ("em", ""), ("om", ""), ("ego", ""), ("emu", ""), ("a", ""),
    # Czech and Slovak give a woman's family name -ová, in its cases too (Gulšan Abbasová, Abbasovej, Abbasovou)
    ("ová", ""), ("ovej", ""), ("ové", ""), ("ovou", ""),
)  # fmt: skip
# Lithuanian and Latvian give a foreign man's name their own endings: -as, -is, -us, -s, and the genitive -o,
# the dative -ui (Kurmanbekas Bakijevas, Askaro Akajevo, Kasims Žomarts Tokajevs)
_BALTIC_PERSON_ENDINGS = (("as", ""), ("is", ""), ("us", ""), ("ui", ""), ("o", ""), ("s", ""))
_BALTIC_MIN = 6
# a German or English possessive (Tokajews, Zhaparov's)
_POSSESSIVE_S = re.compile("(?:['’´`]s|(?<=[a-z]{4})s)$")
_MAX_PERSON_READINGS = 16
# a letter of Polish or Czech, or the -ová of a Czech or Slovak woman's family name (Abbasová)
_POLISH_OR_CZECH = re.compile("[łśćńżźąęčšžřěůýŁŚĆŃŻŹČŠŽŘ]|ová$|ové$")
_MAX_DESCRIPTION = 4  # words of description around a person's name (:meth:`Matcher._described_person`)
_EPONYM_WORDS = frozenset(
    map(normal_key, ["имени", "им", "named", "after", "of", "de", "du", "des", "di", "del", "della", "der", "von"])
)


def _without_ending(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    """``word`` with the first of ``endings`` it has replaced by its nominative (the stem keeps three letters)."""
    for ending, nominative in endings:
        if word.lower().endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + nominative
    return word


_INITIAL = re.compile(r"^[^\W\d_]\.?$")


def _without_middle_initials(name: str) -> str | None:
    """A personal name without the initials between its first and last words (Dru C. Gladney: Dru Gladney);
    None when it has none."""
    words = name.split()
    kept = [words[0], *(word for word in words[1:-1] if _INITIAL.match(word) is None), words[-1]]
    return " ".join(kept) if len(words) > 2 and len(kept) < len(words) else None


def _person_readings(name: str) -> list[str]:
    """What an inflected or titled personal name may be in the glossary's nominative, untitled form, up to
    sixteen readings: ``["Феликсом Кулов", "Феликс Куловым", "Феликс Кулов"]`` for "Феликсом Куловым",
    ``["Rahile Dawut"]`` for "Dr. Rahile Dawut"; [] when nothing comes off."""
    text = name.strip()
    title = _CJK_TITLE.search(text)
    if title is not None and title.start() >= 2:
        return [text[: title.start()]]
    words = text.split()
    while len(words) > 1 and normal_key(words[0]).rstrip(".") in _TITLES:
        words.pop(0)
    while (len(words) > 1 and normal_key(words[-1]) in _TITLES) or (len(words) > 2 and normal_key(words[-1]) in _BEY):
        words.pop()
    if "." in words[0] and not words[0].endswith(".") and len(words[0]) > 2:  # К.Бакиева, В.В.Путин
        *initials, rest = words[0].split(".")
        words[:1] = [f"{initial}." for initial in initials] + [rest]
    options: list[list[str]] = []
    for position, word in enumerate(words):
        last = position == len(words) - 1
        russian = detect(word) == Detection("Cyrl", "ru")
        slavic = word.isascii() or _POLISH_OR_CZECH.search(word) is not None
        # a Baltic ending is read on a word of six letters or more (Hans chinois is no Han Chino)
        baltic = _BALTIC_PERSON_ENDINGS if len(word) >= _BALTIC_MIN else ()
        latin = _SLAVIC_LATIN_PERSON_ENDINGS + baltic if slavic else ()
        endings = (_RUSSIAN_PERSON_ENDINGS if russian else latin) + (_TURKIC_NOMINATIVES if last else ())
        stems = [word]
        for ending, nominative in endings:
            if word.lower().endswith(ending) and len(word) - len(ending) >= 3:
                stems.append(word[: -len(ending)] + nominative)
        if slavic and "-" in word:  # Kasymem-Żomartem: each part of a double given name takes its own
            stems.append("-".join(_without_ending(part, _SLAVIC_LATIN_PERSON_ENDINGS) for part in word.split("-")))
        if last and (possessive := _POSSESSIVE_S.search(word)) is not None:
            stems.append(word[: possessive.start()])
        options.append(list(dict.fromkeys(stems))[:5])
    readings = [" ".join(mix) for mix in islice(product(*options), _MAX_PERSON_READINGS + 1)]
    return [reading for reading in readings if reading != text][:_MAX_PERSON_READINGS]


_TONE_NUMBER = re.compile("(?<=[a-zA-ZüÜêÊŭŬ])[1-5¹²³⁴⁵](?![0-9¹²³⁴⁵])")
_BRACKETED = re.compile(r"\s*\[[^\[\]]+\]")
# Russian as printed before the reform of 1918 (the explorers, gazetteers and maps of the region): ѣ, і, ѳ,
# ѵ and a hard sign after a final consonant (Вѣрный, Семирѣченская, городъ Кульджа, Илійскій)
_PRE_REFORM_LETTER = re.compile("[ѣѢѳѲѵѴ]")
_FINAL_HARD_SIGN = re.compile("(?i)(?<=[бвгджзклмнпрстфхцчшщ])ъ(?![а-яё])")
_PRE_REFORM_LETTERS = str.maketrans("ѣѢѳѲѵѴіІ", "еЕфФиИиИ")


def _modern_russian(name: str) -> str | None:
    """``name`` in today's Russian spelling when it is written in the spelling before 1918; None otherwise
    (і alone is Ukrainian, Belarusian or Kazakh)."""
    if _PRE_REFORM_LETTER.search(name) is None and _FINAL_HARD_SIGN.search(name) is None:
        return None
    return _FINAL_HARD_SIGN.sub("", name).translate(_PRE_REFORM_LETTERS)


_STAN = re.compile("(?i)(?:s|с|س)(tan|тан|تان)$")
_GERMAN_GENITIVE = re.compile("(?i)(?<=[a-zäöü]{5})s$")  # Usbekistans, SINKIANGS
_MIN_CASE_STEM = 4
# Greek gives a foreign name a Greek ending, and declines it: Τασκένδη, Τασκένδης (Tashkent), Ουιγούρος,
# Ουιγούροι, Ουιγούρων, Ουιγούρους (Uyghur). On the normal key (no accents, final ς as σ).
_GREEK_ENDINGS = ("ουσ", "ων", "ησ", "ασ", "ου", "οι", "οσ", "η", "σ")
# Uyghur raises a word's last a or e to i before an ending (Yaponiye: Yaponiyide, ياپونىيىدە; Amérika:
# Amérikida): a stem ending in i may end in a or e without it
_RAISED = {"i": ("a", "e"), "ى": ("ا", "ە"), "и": ("а", "ә")}


# The case endings of other languages that write names in Latin letters, on the last word, longest first:
# Hungarian (Tarazban, Taraztól), Polish and Czech (Pawłodaru, Kazachstánu, Taškentu), Finnish
# (Kazakstanissa), Lithuanian and Latvian -as (Turfanas, Andižanas), the Slavic genitive -a (Biškeka), the
# Scandinavian article -en, -et and its genitive (Uyghurtribunalen, Uyghur-tribunalens) and the Hungarian
# accusative -et (Hszi Csin-pinget).
# Hungarian spellings themselves (Szamarkand, Afganisztán: sz, zs, cs) are not read.
_LATIN_CASE_ENDINGS = tuple(
    sorted(
        {"ban", "ben", "ba", "be", "ból", "ből", "ról", "ről", "nak", "nek", "nál", "nél", "val", "vel", "nal",
         "nel", "tal", "tel", "tól", "től", "hoz", "hez", "höz", "ra", "re", "ért",
         "u", "em", "iem", "ie", "owi", "ě", "ou", "a", "om",
         "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "issa", "ista", "illa", "ilta", "ille",
         "as", "o", "ą", "ig", "on", "ön", "ului", "ul", "en", "et", "ens", "ets"},
        key=lambda ending: (-len(ending), ending),
    )
)  # fmt: skip
# Polish and Lithuanian endings that replace the end of the name's nominative: Polish genitive -y and -ii of
# -a and -ia (Buchary, Mongolii), locative -cie and -dzie of -t and -d (Taszkencie), Lithuanian genitive -os of
# -a (Bucharos, Chivos); Polish locative -nie and -rze of -na and -ra (Astanie, Bucharze)
_LATIN_CASE_CHANGES = (
    ("dzie", "d"), ("cie", "t"), ("ii", "ia"), ("ji", "ja"), ("os", "a"), ("y", "a"), ("nie", "na"), ("rze", "ra"),
)  # fmt: skip


_HUNGARIAN_SHORT = {"á": "a", "é": "e"}
# Kazakh, Kyrgyz, Uzbek and Azerbaijani put a case ending on an abbreviation, directly or after a hyphen
# (БУУнун, СССР-дің, BMTning, ShHTga, SSRİ-nin); the letters are the abbreviation, of two capitals or more (an
# Uzbek capital may be followed by the h of sh or ch: ShHT, AQSh)
_ABBREVIATED_ENDING = re.compile(
    r"^(?P<letters>(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІİŞÇĞÜÖ]h?){2,6})[-'’]?(?P<ending>[a-zа-яёәғқңөұүһіışçğüöə]{1,6})$"
)
_RU_ADJECTIVE_END = re.compile("(?i)[сц]кий$")  # the masculine of a language's name (киргизский язык)
_HEBREW_PREFIXES = frozenset("הובלמשכ")
# a country's name in -stan with a one-vowel ending (Turkic ı, Slavic u, a, e); not i, which would be a
# Turkic ending against the vowel harmony and is the English -stani of a people (East Turkistani)
_STAN_VOWEL = re.compile("(?<=.{3})stan[ıuae]$")
_HYPHENED_ENDING = re.compile(r"^(?P<letters>[^\W\d_]{1,4})-(?P<ending>[^\W\d_]{1,6})$")
_TURKIC_LATIN = re.compile("[ʻ’'ğışçəňýqxĞİŞÇƏŇÝQX]")  # not IGNORECASE: ı would match i


def _case_readings(name: str) -> list[str]:
    """A name without a case ending on its last word, longest ending first: a Turkic ending after the name or
    its designator (Жетісу облысындағы, Qarshi shahrining, Balykchyga, ئۈرۈمچى شەھىرىنىڭ), a Hungarian,
    Slavic, Finnish or Baltic one (:data:`_LATIN_CASE_ENDINGS`: Tarazban, Taškentu, Turfanas), a German
    genitive s (Usbekistans, Russlands) or a Turkish ending after a backtick (Kazakistan`ın); a Uyghur stem
    also with its raised vowel undone (ياپونىيىدە: ياپونىيە); the stem keeps four letters at least."""
    head, sep, last = name.strip().rpartition(" ")
    country = _STAN.search(last)  # Өзбекстан is no ablative of Өзбекс
    stems = [
        last[: -len(ending)]
        for ending in _TURKIC_ENDINGS
        if last.lower().endswith(ending) and (country is None or len(ending) > len(country.group(1)))
    ]
    stems += [stem[:-1] + vowel for stem in stems for vowel in _RAISED.get(stem[-1:], ())]
    # Latin endings, not on a word with a letter of the Turkic alphabets, whose names end in a, u, ba, ra ... and
    # whose endings are the Turkic ones (Oqtoʻba is Aktobe, not a case of Akto)
    # nor on a designator, which is the nominative (Ala-Too, the Kyrgyz word for mountains, is no Hungarian Ala-tó)
    on_designator = normal_key(re.split(r"[-\s]", last)[-1]) in _DESIGNATORS
    if any(script_of(ch) == "Latn" for ch in last) and _TURKIC_LATIN.search(last) is None and not on_designator:
        latin = [last[: -len(ending)] for ending in _LATIN_CASE_ENDINGS if last.lower().endswith(ending)]
        latin += [
            last[: -len(end)] + nominative for end, nominative in _LATIN_CASE_CHANGES if last.lower().endswith(end)
        ]
        # Hungarian lengthens a final a or e before an ending (Asztanában, Dusanbéba, medencében)
        stems += latin + [stem[:-1] + _HUNGARIAN_SHORT[stem[-1]] for stem in latin if stem[-1:] in _HUNGARIAN_SHORT]
    if _GERMAN_GENITIVE.search(last) or _STAN_VOWEL.search(last):  # Usbekistans; Qazaxıstanı, Özbekistanu
        stems.append(last[:-1])
    if any(script_of(ch) == "Grek" for ch in last):  # Τασκένδη, Τασκένδης: Τασκένδ; Ουιγούρων: Ουιγούρ
        stems += [last[: -len(ending)] for ending in _GREEK_ENDINGS if normal_key(last).endswith(ending)]
    if (unended := _without(_TURKISH_SUFFIX, last)) is not None:
        stems.append(unended)
    # the stem keeps four letters, or three after other words (Issyk Kulu: Issyk Kul; Лоб Норға: Лоб Нор)
    least = _MIN_CASE_STEM - 1 if head else _MIN_CASE_STEM
    stems = [stem.rstrip("-") for stem in stems if len(stem.rstrip("-")) >= least]
    if (abbreviated := _ABBREVIATED_ENDING.match(last)) is not None and abbreviated["ending"] in _TURKIC_ENDINGS:
        stems.append(abbreviated["letters"])
    # a designator abbreviated takes its ending after a hyphen (Шығыс Қазақстан обл-ның, Өскемен қ-нан)
    designator = _HYPHENED_ENDING.match(last) if head else None
    if designator is not None and normal_key(designator["letters"]) in _DESIGNATORS:
        stems += [designator["letters"]] if designator["ending"].lower() in _TURKIC_ENDINGS else []
    return [f"{head}{sep}{stem}" for stem in dict.fromkeys(stems)]


def _stem_of_abbreviation(found: Match, name: str) -> bool:
    """Whether ``found``, for a stem of ``name`` without a case ending, is an abbreviation that ``name`` does not
    write as one: an abbreviation takes its ending after a hyphen or an apostrophe, or straight after its
    capitals (АҚШ-тың, ABD'nin, БУУнун), and Akshu less a Slavic -u is no АҚШ (AKSh)."""
    last = name.strip().rpartition(" ")[2]
    written = _ABBREVIATED_ENDING.match(last) or _APOSTROPHE_ABBREVIATION.match(last)
    return bool(found.matched and _abbreviation_of(found.matched) and written is None)


def _for_input(found: Match, name: str, factor: float) -> Match:
    """A match found for a reading of ``name`` (without its designator or an ending), reported for ``name``
    itself with its score lowered by ``factor``."""
    return replace(found, input=name, score=round(found.score * factor, 3))


def _ancestors(glossary: Glossary, entry: Entry) -> list[str]:
    """The ids of the entries ``entry`` is part of, nearest first (Midong District: Ürümqi, Xinjiang, China)."""
    out: list[str] = []
    parent = entry.part_of
    while parent is not None and parent in glossary.entries and parent not in out:
        out.append(parent)
        parent = glossary.entries[parent].part_of
    return out


# An area named after a town takes the town's other names with its own designator: Kostanay Region was
# Kustanay Oblast when Kostanay was Kustanay, Atyrau Region Гурьевская область after Guryev, Sughd Region
# Leninabad Oblast.
_AREA_KINDS = frozenset({"region", "prefecture", "district", "county"})
_TOWN_KINDS = frozenset({"city", "town", "village"})


def _named_after(glossary: Glossary, area: Entry, town: Entry) -> bool:
    """Whether ``area``, one of whose names without its designator is a name of ``town``, is named after
    it rather than after something else of that name: the town lies in the area (Kostanay in Kostanay
    Region, Yining in Ili Prefecture); or the area is a former one and the town lies in its country
    (Semipalatinsk Oblast, Semey); or the town is a capital or a city of republican significance carved out
    of the area of its name (Almaty, Almaty Region; Osh, Osh Region). Zhambyl District is named after the
    poet, not after Taraz (once Dzhambul), Aksu District after a river, not after Aksu in Xinjiang."""
    ancestors = _ancestors(glossary, town)
    if area.id in ancestors:
        return True
    if (area.kind or "").startswith("former ") and area.part_of in ancestors:
        return True
    kind = town.kind or ""
    return area.part_of == town.part_of and ("capital" in kind or "republican significance" in kind)


# A qualifier: "Aksu (Kazakhstan)", "Abai (Ibrahim) Kunanbaev", "Aksu, Kazakhstan", "Tohti, Ilham".
# the words that introduce another name in brackets: Qaraqash (also: Karakax) county, Кульджа (или Инин)
_ALIAS_WORDS = re.compile(r"(?i)^(?:also|aka|a\.k\.a\.|or|или|также|auch|ou|oder)\b\s*:?\s*")
# a word with two spellings joined by a slash, each of which is read with the rest (Qira/Chira County)
_SLASHED = re.compile(r"^(?P<head>.*?)(?P<one>[^\s/]+)/(?P<two>[^\s/]+)(?P<tail>.*)$")
_QUALIFIED = re.compile(
    r"^(?:(?P<head>[^(),]+?)\s*\((?P<inner>[^()]+)\)(?P<tail>[^(),]*)|(?P<chead>[^(),]+),(?P<comma>[^(),]+))$"
)


# the entries named by translating their words (:meth:`Matcher._translated`), and the concepts a name may add
# or leave out in translation (the People's Republic of China, China)
_TRANSLATED_TYPES = ("organisation", "event", "polity", "other")
_OPTIONAL_CONCEPTS = frozenset(("people", "republic", "great"))
_NAMED_COMPOUND_MIN = 9  # letters of a word read as a name and concept words (Uigurenkongress)


def _with_reduced(bag: str | None) -> list[str]:
    """A concept bag, and the same without the optional concepts when it has them and keeps two others."""
    if bag is None:
        return []
    reduced = [token for token in bag.split(" ") if token not in _OPTIONAL_CONCEPTS]
    shorter = " ".join(reduced)
    return [bag, shorter] if shorter != bag and len(reduced) >= 2 else [bag]


def _agreed(hits: Iterable[Match | None], name: str, factor: float) -> Match | None:
    """The one entry that every reading which resolves (``hits``, None where one does not) names, reported for
    ``name``; None when none resolves, or when they name different entries or only suggest."""
    found = [hit for hit in hits if hit is not None]
    if not found or any(hit.id is None or hit.id != found[0].id for hit in found):
        return None
    return _for_input(found[0], name, factor)


def _valid_at(entry: Entry, when: str | None) -> bool:
    if when is None:
        return True
    if entry.valid_from and when < entry.valid_from:
        return False
    return not (entry.valid_to and when[: len(entry.valid_to)] > entry.valid_to)


class Matcher:
    """Canonicalises names against one loaded glossary. Build once, reuse: it indexes every name."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self._index = self._build(glossary)
        self._memo: dict[tuple[str, str | None, str | None, str | None], Match | None] = {}
        self._lock = threading.Lock()
        # the concept bags of named things' names (_concept_bags), built when first needed: building them
        # resolves their words with this matcher
        self._bags: dict[str, list[_Posting]] | None = None
        self._groups = self._linked_groups(self._index)
        self._bags_lock = threading.RLock()
        self._bags_builder: int | None = None  # the thread building the bags

    @staticmethod
    def _build(glossary: Glossary) -> _Index:
        index = _Index()
        area_keys: dict[str, set[str]] = {}  # area id -> its names' transliterated keys without designator
        # a town's names as (name, scheme, transliterated key, folded keys), from the loop's own forms
        town_forms: dict[str, list[tuple[str, str | None, str, frozenset[str]]]] = {}
        for entry in glossary:
            is_person = entry.type == "person"
            kind = _kind_head(entry.kind)
            if kind == "district" and _BARE_DISTRICTS_IN not in _ancestors(glossary, entry):
                index.foreign_districts.add(entry.id)
            # a person's family name written alone (Yakuf for Arken Yakuf) is met as written and by its
            # transliterations, not folded: its looser spellings (Yakup) are anyone's
            family_names = (
                {normal_key(n.text.split()[-1]) for n in entry.names if " " in n.text.strip()} if is_person else set()
            )
            for name in entry.names:
                posting: _Posting = (entry.id, name.text, None)
                index.exact.add(name.text)
                family_alone = " " not in name.text.strip() and normal_key(name.text) in family_names
                french = name.lang in _FRENCH_CH_LANGS  # an English or Uyghur Aqchi is no Akshi (Aksy)
                bases, kinds = _designator_readings(name.text)  # Актюбинская область: Aktyubinsk Oblast
                for base in bases if kinds is not None and kind in kinds else ():
                    for scheme, latin in _forms(base, name.lang):
                        if entry.type == "place" and kind in _AREA_KINDS:
                            area_keys.setdefault(entry.id, set()).add(translit_key(latin))
                        _add(index.bare, translit_key(latin), (entry.id, name.text, scheme))
                        for key in _fold(scheme, latin, french):
                            _add(index.bare_fold, key, (entry.id, name.text, scheme))
                _add(index.normal, normal_key(name.text), posting)
                if entry.type == "person" and (uninitialled := _without_middle_initials(name.text)) is not None:
                    _add(index.normal, normal_key(uninitialled), posting)  # Dru C. Gladney: Dru Gladney
                # 新疆省 신강성, and 新疆 신강 for a designator's name; not an abbreviation (乌市 오시 is no 오시, Osh)
                if name.status != "abbreviation" and _HAN_NAME.fullmatch(name.text):
                    base, han_kinds = _split_generic(name.text)
                    for reading in sino_korean(name.text):
                        _add(index.hanja, reading, posting)
                    for reading in sino_korean(base) if han_kinds is not None else ():
                        _add(index.hanja_bare, reading, posting)
                if (declined := _declined_key(name.text)) is not None:
                    _add(index.declined, declined, posting)
                for declined in _latin_declined_keys(name.text, name.lang):  # a name's own language's endings
                    _add(index.declined, declined, posting)
                if not is_person and (acronym := _acronym(name.text, entry.type == "organisation")) is not None:
                    _add(index.acronyms, acronym, posting)
                if entry.type == "organisation" and (bag := _word_bag(name.text)) is not None:
                    _add(index.word_bags, bag, posting)
                if entry.type == "ethnonym":
                    for stem in _singulars(name.text):
                        for scheme, latin in _forms(stem, name.lang):
                            _add(index.singulars, translit_key(latin), (entry.id, name.text, scheme))
                forms = _forms(name.text, name.lang)
                # a Georgian name is met as written and transliterated, not folded or by its consonants: its
                # countries are a people's name with -eti (ყაზახეთი Qazakheti, უზბეკეთი Uzbeketi), which folds with
                # other languages' forms of the people's name (Bulgarian Киргизите, Hebrew אוזבקית)
                georgian = _GEORGIAN.search(name.text) is not None
                is_town = entry.type == "place" and kind in _TOWN_KINDS
                # written in or read as pinyin: 马仲英, Ma Zhongying, Ма Чжунъин (Palladius)
                chinese_name = is_person and ((name.lang or "").startswith("zh") or _read_as_chinese(name.text, forms))
                # the consonants of the name without its designator (Ulytau Region: Ulytau; ولایت سغد: سغد)
                designated = kinds is not None and bool(bases)
                abjad_names = bases if designated else [name.text]
                abjad_forms = [f for base in bases for f in _forms(base, name.lang)] if designated else forms
                abjad = {text for text in abjad_names if _has_arabic(text)} | {latin for _scheme, latin in abjad_forms}
                abjad = set() if georgian else abjad
                for scheme, latin in forms:
                    scheme_posting: _Posting = (entry.id, name.text, scheme)
                    _add(index.translit, translit_key(latin), scheme_posting)
                    folded = _fold(scheme, latin, french) if not (family_alone or georgian) else frozenset()
                    if is_town:
                        town_forms.setdefault(entry.id, []).append((name.text, scheme, translit_key(latin), folded))
                    for key in folded:
                        _add(index.fold, key, scheme_posting)
                        if is_person:
                            _add(index.skeleton, _skeleton(key), scheme_posting)
                            if (slots := _slots(key, chinese_name)) is not None:
                                _add(index.skeleton, slots, scheme_posting)
                            index.folded_person_words.update(key.split(" "))
                        else:
                            _add(index.joined, joined_key(key), scheme_posting)
                    if not is_person:
                        for slots in _place_slots(scheme, latin, folded):
                            _add(index.place_slots, slots, scheme_posting)
                    if is_person:
                        words = [w for w in translit_key(latin).split(" ") if not _PATRONYMIC.match(w)]
                        # a Chinese name's last word is the given name (Hua Chunying), not a family name
                        if not chinese_name and len(words) >= 2:
                            for word in words:
                                _add(index.person_words, word, scheme_posting)
                            index.surnames.add((entry.id, words[-1]))
                            index.given_names.setdefault(entry.id, set()).add(" ".join(words[:-1]))
                            for key in _fold(scheme, words[-1]):
                                _add(index.folded_surnames, key, scheme_posting)
                                index.surnames.add((entry.id, key))
                        # a long family name by its consonants (熱恩別科夫, ジェーンベコフ: Jeenbekov)
                        written = [w for w in latin.split(" ") if not _PATRONYMIC.match(w)]
                        family = syllabary_key(written[-1]) if not chinese_name and len(written) >= 2 else ""
                        if len(family) >= _ABJAD_MIN_RESOLVE:
                            _add(index.syllabary, family, posting)
                        no_patronymic = _without_patronymic(latin)
                        if no_patronymic is not None:
                            unpatronymic_keys = _fold(scheme, no_patronymic)
                            folded = folded | unpatronymic_keys
                            for key in unpatronymic_keys:
                                _add(index.fold, key, scheme_posting)
                        for key in _sorted_words(folded | _family_stems(folded)):
                            _add(index.fold_sorted, key, scheme_posting)
                for key in sorted({k for text in abjad for k in _abjad_keys(text)}):
                    _add(index.abjad, key, posting)
                vowelled = index.abjad_vowels.setdefault((entry.id, name.text), set())
                for text in abjad:
                    vowelled.add(abjad_vowels(text))
                    if not _has_arabic(text):
                        vowelled.add(abjad_vowels(text, said=True))
                syllabary = index.syllabary_bare if designated else index.syllabary
                for key in sorted({k for _scheme, latin in abjad_forms for k in _syllabary_keys(latin)}):
                    _add(syllabary, key, posting)
                mora = index.mora_bare if designated else index.mora
                # a kana or Hangul name is met as written; its vowels are the syllabary's own (トルコ is no テュルク)
                spoken = not _has_syllabary(name.text)
                mora_forms = [(scheme, latin) for scheme, latin in abjad_forms if spoken and scheme not in _NOT_SPOKEN]
                pinyin = name.lang in _PINYIN_LANGS
                for key in sorted({k for scheme, latin in mora_forms for k in _mora_keys_of(scheme, latin, pinyin)}):
                    _add(mora, key, posting)
        town_keys: dict[str, set[str]] = {}  # transliterated key of a town's name -> the towns
        for town_id, town_names in town_forms.items():
            for _text, _scheme, key, _folded in town_names:
                town_keys.setdefault(key, set()).add(town_id)
        for area_id, keys in area_keys.items():
            area = glossary.entries[area_id]
            towns = sorted({town for key in keys for town in town_keys.get(key, ())})
            for town_id in (t for t in towns if _named_after(glossary, area, glossary.entries[t])):
                index.named_areas.setdefault(town_id, set()).add(area.id)
                for text, scheme, key, folded in town_forms[town_id]:
                    _add(index.named, key, (area.id, text, scheme))
                    for folded_key in folded:
                        _add(index.named_fold, folded_key, (area.id, text, scheme))
        # A declared ambiguity puts all its entries on the name's keys, whichever entry lists it.
        for amb in glossary.ambiguities:
            for ref in amb.ids:
                if ref in glossary.entries:
                    index.exact.add(amb.text)
                    _add(index.normal, normal_key(amb.text), (ref, amb.text, None))
        # A people and its language or country name each other in not_same_as (uyghurs, uyghur-language;
        # kyrgyz, kyrgyzstan); a people with exactly one of either gets it.
        linked: dict[tuple[str, str], set[str]] = {}

        def linkable(entry: Entry) -> str:  # a people, a language or a country
            return "country" if _kind_head(entry.kind) in ("country", "republic") else entry.type

        types = {entry.id: linkable(entry) for entry in glossary}
        for entry in glossary:
            for other in entry.not_same_as:
                pair = {types[entry.id]: entry.id, types.get(other): other}
                for target in ("language", "country"):
                    if pair.keys() == {"ethnonym", target}:
                        linked.setdefault((pair["ethnonym"], target), set()).add(pair[target])
        for (people, target), ids in linked.items():
            if len(ids) == 1:
                (index.language_of if target == "language" else index.country_of)[people] = next(iter(ids))
        for key in sorted(index.fold):  # sorted: rapidfuzz breaks ties by position, so the same in every process
            index.fuzzy_keys.append(key)
            index.fuzzy_postings.append(index.fold[key])
        return index

    def _candidates(self, postings: Iterable[_Posting], score: float) -> list[Candidate]:
        out = []
        for entry_id, _form, _scheme in postings:
            entry = self.glossary.entries[entry_id]
            out.append(Candidate(entry.id, entry.canonical, entry.wikidata, entry.type, score))
        return out

    def _decide(
        self,
        text: str,
        method: str,
        postings: list[_Posting],
        type_: str | None,
        when: str | None,
        kinds: tuple[str, ...] | None = None,
    ) -> Match | None:
        entries = self.glossary.entries
        kept: list[_Posting] = []
        for p in postings:
            entry = entries[p[0]]
            if (
                all(k[0] != p[0] for k in kept)
                and _abbreviation_met(text, p[1], method)
                and (type_ is None or entry.type == type_)
                and _valid_at(entry, when)
                # a designator admits an entry by the head of its kind (county-level city: city) or by
                # the whole kind (_SUCCESSOR_KINDS)
                and (kinds is None or _kind_head(entry.kind) in kinds or entry.kind in kinds)
            ):
                kept.append(p)
        if not kept:
            return None
        score = _SCORES[method]
        if len(kept) == 1:
            entry_id, form, scheme = kept[0]
            entry = entries[entry_id]
            return Match(text, entry.id, entry.canonical, entry.wikidata, entry.type, method, score, form, scheme)
        candidates = tuple(self._candidates(kept, score))
        preferred = self._preferred(frozenset(p[0] for p in kept), normal_key(text), (p[1] for p in kept))
        if preferred is not None:
            entry = entries[preferred]
            form = next(p[1] for p in kept if p[0] == preferred)
            return Match(
                text, entry.id, entry.canonical, entry.wikidata, entry.type, method, score, form, None,
                candidates, ambiguous=True,
            )  # fmt: skip
        return Match(text, None, None, None, None, method, score, None, None, candidates, ambiguous=True)

    def _suggested(self, name: str, entry_id: str, method: str, score: float) -> Match:
        """A match that only suggests ``entry_id`` and resolves to nothing."""
        candidates = tuple(self._candidates([(entry_id, "", None)], score))
        return Match(name, None, None, None, None, method, score, None, None, candidates)

    def _preferred(self, ids: frozenset[str], key: str, forms: Iterable[str] = ()) -> str | None:
        """The declared preferred reading among ``ids``, when a declared ambiguity covers them all: the one
        declared for this very name first (Turkestan and Turkistan may prefer different entries), then the
        one declared for the glossary form the name was found by (Tu'rkistan: Turkistan)."""
        covering = [a for a in self.glossary.ambiguities if a.prefer in ids and ids <= set(a.ids)]
        for keys in ({key}, {normal_key(form) for form in forms}):
            for amb in covering:
                if normal_key(amb.text) in keys:
                    return amb.prefer
        return covering[0].prefer if covering else None

    def _fuzzy(
        self, text: str, folded: set[str], type_: str | None, when: str | None, kinds: tuple[str, ...] | None = None
    ) -> Match | None:
        """The entry a typo of ``folded`` most likely is, among the entries of ``kinds`` when a designator
        names them; resolved only when it is close, long enough and clearly ahead of the next."""
        index = self._index
        best: dict[str, tuple[float, str, str]] = {}
        for key in sorted(folded):  # sets iterate in a per-process order; ties must not depend on it
            for _choice, score, position in process.extract(
                key, index.fuzzy_keys, scorer=fuzz.ratio, limit=8, score_cutoff=_FUZZY_SUGGEST
            ):
                for entry_id, form, _scheme in index.fuzzy_postings[position]:
                    entry = self.glossary.entries[entry_id]
                    if (type_ is not None and entry.type != type_) or not _valid_at(entry, when):
                        continue
                    if kinds is not None and _kind_head(entry.kind) not in kinds:
                        continue
                    if entry_id not in best or score > best[entry_id][0]:
                        best[entry_id] = (score, form, index.fuzzy_keys[position])
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
        candidates = tuple(
            Candidate(
                eid, self.glossary.entries[eid].canonical, self.glossary.entries[eid].wikidata,
                self.glossary.entries[eid].type, round(s / 100 * 0.85, 3),
            )
            for eid, (s, _f, _k) in ranked[:5]
        )  # fmt: skip
        top_id, (top_score, top_form, top_key) = ranked[0]
        runner_up = ranked[1][1][0] if len(ranked) > 1 else 0.0
        probe = max(sorted(folded), key=len)
        resolves = (
            top_score >= _FUZZY_RESOLVE
            and len(probe) >= _FUZZY_MIN_LEN
            and top_score - runner_up >= _FUZZY_MARGIN
            and _words_agree(probe, top_key)
        )
        score = round(top_score / 100 * 0.85, 3)
        if resolves:
            entry = self.glossary.entries[top_id]
            return Match(
                text, entry.id, entry.canonical, entry.wikidata, entry.type, "fuzzy", score, top_form,
                None, candidates,
            )  # fmt: skip
        return Match(text, None, None, None, None, "fuzzy", score, None, None, candidates)

    def canonicalize(
        self, name: str, *, lang: str | None = None, type: str | None = None, when: str | None = None
    ) -> Match | None:
        """Canonicalise one name; see :func:`translit.canonicalize`."""
        memo_key = (name, lang, type, when)
        hit = self._memo.get(memo_key, self)
        if hit is not self:
            return hit  # type: ignore[return-value]
        result = self._canonicalize(name, lang, type, str(when) if when is not None else None)
        with self._lock:
            if len(self._memo) > 1_000_000:
                self._memo.clear()
            self._memo[memo_key] = result
        return result

    def _canonicalize(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        if not name.strip():
            return None
        toneless = _TONE_NUMBER.sub("", name) if len(_TONE_NUMBER.findall(name)) >= 2 else name  # not K2
        plain = _BRACKETED.sub("", toneless).strip()
        plain = _modern_russian(plain) or plain
        if plain != name.strip() and plain:
            # Ha1-mi4, Ho²-tʻien² Ti⁴-chʻü¹: romanisations with tone numbers; Yining [Gulja] County: a name
            # with another in square brackets
            found = self._canonicalize(plain, lang, type_, when)
            return _for_input(found, name, 0.95) if found is not None else None
        letters = _APOSTROPHE_ABBREVIATION.match(name.strip())  # BM'ye, ŞİÖ'ye: BM, ŞİÖ
        found = self._read_as(letters.group(1) if letters else None, name, lang, type_, when, 0.9)
        # в Москву, la Chine: the name after the word
        found = found or self._read_as(_without_leading_word(name), name, lang, type_, when, 0.95)
        found = found or self._read_as(_without_former(name), name, lang, type_, when, 0.95)  # бывший СССР
        if found is not None:
            return found
        # A Russian case form by its nominative before folding, which would meet other names (Киргизии:
        # Киргизия, not Кыргызы); strictly, and only when the name as written is not known strictly.
        stems = _case_stems(name)
        declinable = " " in name.strip() and _CYRILLIC.search(name) is not None  # keyed by stems if plain Russian
        if stems or declinable:
            # a Ukrainian -і is a case ending before it is a Russian -и (Киргизстані is not Kyrgyzstani)
            ukrainian = _UKRAINIAN_I.search(name.strip()[-1:]) is not None
            found = None if ukrainian else self._tiers(name, lang, type_, when, None, strict=True)
            if found is not None:
                return found
            for stem in stems:
                found = self._tiers(stem, lang, type_, when, None, strict=True)
                if found is not None and not _stem_of_abbreviation(found, name):
                    return _for_input(found, name, 0.9)
            # 우루무치의: 우루무치, however it is found, when it resolves (유니클로 is no 유니클 "to")
            for stem in stems if _HANGUL_END.search(name) else ():
                found = self._read_as(stem, name, lang, type_, when, 0.9)
                if found is not None and found.id is not None:
                    return found
            for stem in stems if ukrainian else ():  # Ukrainian spellings fold to the Russian ones
                found = self._tiers(stem, lang, type_, when, None)
                if found is not None:
                    return _for_input(found, name, 0.9)
            found = self._declined(name, _declined_key(name), type_, when, None)  # Восточного Туркестана
            if found is not None:
                return _for_input(found, name, 0.9)
        found = self._hanja(name, type_, when) or self._tiers(name, lang, type_, when, None)
        if found is not None:
            return found
        for key in _latin_declined_keys(name, lang):  # Komunistycznej Partii Chin, Weltkongresses der Uiguren
            found = self._declined(name, key, type_, when, None)
            if found is not None:
                return _for_input(found, name, 0.9)
        found = self._compassed(name, lang, type_, when) or self._hebrew(name, type_, when)
        if found is not None:
            return found
        qualified = _QUALIFIED.match(name.strip())
        if qualified is not None:
            return self._qualified(name, qualified, lang, type_, when)
        slashed = _SLASHED.match(name.strip())
        if slashed is not None:
            return self._slashed(name, slashed, lang, type_, when)
        bases, kinds = _designator_readings(name)
        found = self._designator_tiers(bases, kinds, lang, type_, when)
        if found is not None:
            return _for_input(found, name, 0.95)
        found = self._successor_tiers(bases, kinds, lang, type_, when)
        if found is not None:
            return _for_input(found, name, 0.9)
        found = self._declined_tiers(bases, kinds, lang, type_, when)
        if found is not None:
            return _for_input(found, name, 0.9)
        found = self._named_bases(bases, kinds, lang, type_, when)  # Kustanay Region, Гурьевская область
        if found is not None:
            return _for_input(found, name, 0.85)
        found = self._nested_han(name, lang, type_, when)  # 伊犁州霍城县, 新疆阜康市
        if found is not None:
            return found
        # a Turkish case ending (any type) or an Arabic proclitic, read as the rest of the name would be
        # (Caparov'a: Caparov, a family name; للأمم المتحدة: الأمم المتحدة), short of a typo; then a plural
        # ending (peoples only, one-word names)
        unended = _without(_TURKISH_SUFFIX, name) or _without_proclitic(name) or _without(_INDIC_CASE, name)
        found = self._read_as(unended, name, lang, type_, when, 0.9)
        if found is not None:
            return found
        for stem in _caucasian_stems(name):  # ტიან-შანში, Նազարբաևը
            found = self._read_as(stem, name, lang, type_, when, 0.9)
            if found is not None and found.id is not None:
                return found
        plural = _without(_PLURAL, name) if type_ in (None, "ethnonym") and " " not in name.strip() else None
        found = self._tiers(plural, lang, "ethnonym", when, None) if plural is not None else None
        for nominative in _russian_plurals(name) if found is None and type_ in (None, "ethnonym") else ():
            found = self._tiers(nominative, lang, "ethnonym", when, None, strict=True)  # киргизами: киргизы
            if found is not None:
                break
        if found is not None:
            return _for_input(found, name, 0.9)
        if type_ in (None, "ethnonym") and " " not in name.strip():  # Turkmen, Mongol: the glossary has Turkmens
            # and a plural other than the glossary's: Монголы, Mongolen (the glossary has Mongols)
            decided = self._singular(name, plural, lang, when)
            if decided is not None:
                return _for_input(decided, name, 0.9)
        if type_ in (None, "language"):
            found = self._linked_to_people(_language_stems(name, bases, kinds), self._index.language_of, lang, when)
            if found is not None:
                return _for_input(found, name, 0.9)
        country = _COUNTRY_ENDING.search(name.strip()) if type_ in (None, "place") and " " not in name.strip() else None
        if country is not None:  # Kirgisien, Mongolien: the country of the Kyrgyz, of the Mongols
            found = self._linked_to_people([name.strip()[: country.start()]], self._index.country_of, lang, when)
            if found is not None:
                return _for_input(found, name, 0.9)
        found = self._designated(name, lang, type_, when)
        if found is not None:
            return found
        found = self._acronym_or_words(name, type_, when) or self._translated(name, type_, when)
        if found is not None:
            return found
        found = self._joined(name, lang, type_, when)
        if found is not None:
            return found
        found = self._initialled(name, lang, type_, when) or self._part_given(name, lang, type_, when)
        found = found or self._given_variant(name, lang, type_, when)
        found = found or self._syllables(name, lang, type_, when)
        if found is not None:
            return found
        found = self._inflected_person(name, lang, type_, when) or self._uninflected(name, lang, type_, when)
        if found is not None:
            return found
        found = self._surname(name, lang, type_, when) or self._place_slotted(name, lang, type_, when)
        if found is not None:
            return found
        found = self._slotted_bases(bases, kinds, lang, type_, when)  # Жалолобод вилояти: Jalalabat oblusu
        if found is not None:
            return _for_input(found, name, 0.95)
        found = self._trailing_qualified(name, lang, type_, when) or self._abjad(name, type_, when)
        found = found or self._syllabary(name, type_, when)
        if found is not None:
            return found
        found = self._described_person(name, lang, type_, when)
        if found is not None:
            return found
        found = self._folded_case_form(name, lang, type_, when)
        if found is not None:
            return found
        # ТУРФАНА, ЛОБ-НОРА: a heading's capitals, read as a name is written; a name after "former"
        found = self._read_as(_capitalised(name), name, lang, type_, when, 0.95)
        former = None if found else self._read_as(_without_former_prefix(name), name, lang, type_, when, 0.95)
        if former is not None and former.id is not None and self.glossary.entries[former.id].type == "polity":
            found = former  # 前苏联, 구소련; but 前 is also "fore" (前高加索, Ciscaucasia)
        if found is not None:
            return found
        # Thian Shan mountains, Kuen Lun ranges: an old spelling's typo-like distance, among the entries the
        # designator admits
        lead = name.strip().rpartition(" ")[0]  # Thian Shan mountains: Thian Shan, before Thian
        for base in dict.fromkeys([lead, *bases] if lead else bases) if kinds is not None else ():
            spelled = [form for form in _forms(base, lang) if form[0] not in _READINGS]
            found = self._fuzzy(base, _fold_all(spelled), type_, when, kinds)
            if found is not None and found.id is not None:
                return _for_input(found, name, 0.95)
        # a typo is a typo of what was written: the readings of a spelling (French, German, Uzbek) stay out
        written = [form for form in _forms(name, lang) if form[0] not in _READINGS]
        return self._fuzzy(name, _fold_all(written), type_, when)

    def _nested_han(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A Han name written after the names of the areas it lies in, as Chinese addresses write it: 伊犁州霍城县
        (Huocheng County of Ili Prefecture), 新疆阜康市, 克拉玛依市乌尔禾区. The first part must name an area
        the rest lies in (an ancestor of its entry), so two names that merely follow each other do not."""
        text = name.strip()
        if len(text) < 4 or not all(script_of(char) == "Hani" for char in text):
            return None
        for cut in range(2, len(text) - 1):
            area = self._canonicalize(text[:cut], lang, None, when)
            if area is None or area.method == "fuzzy" or (area.id is None and not area.ambiguous):
                continue
            inner = self._canonicalize(text[cut:], lang, type_, when)
            if inner is None or inner.id is None or inner.method == "fuzzy":
                continue
            # a town's name stands for the areas named after it (喀什疏附县: 喀什, Kashgar, for Kashgar Prefecture)
            areas = {area.id} | {c.id for c in area.candidates} if area.ambiguous else {area.id}
            areas |= {named for town in tuple(areas) for named in self._index.named_areas.get(town or "", ())}
            if areas & set(_ancestors(self.glossary, self.glossary.entries[inner.id])):
                return _for_input(inner, name, 0.95)
        return None

    def _folded_case_form(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A Cyrillic Russian case form of a spelling that only folding finds (Синьцяна, Музтаг-Аты, Кун-луню),
        read late: every nominative the ending allows is folded, without consonant skeletons, and all those
        that resolve must name one entry (Тургае may be Тургай or Турга; the one decides nothing)."""
        if _CYRILLIC.search(name) is None:  # Dsongarei, Tekesse: other languages' endings
            return None
        hits = (self._tiers(stem, lang, type_, when, None, skeletons=False) for stem in _case_stems(name))
        return _agreed(hits, name, 0.85)

    def _read_as(
        self, reading: str | None, name: str, lang: str | None, type_: str | None, when: str | None, factor: float
    ) -> Match | None:
        """``name`` as its ``reading`` (without an ending, a word before it, its capitals) resolves, reported for
        ``name``; None when there is no reading, or it resolves only as a typo."""
        found = self.canonicalize(reading, lang=lang, type=type_, when=when) if reading is not None else None
        return _for_input(found, name, factor) if found is not None and found.method != "fuzzy" else None

    def _named_bases(
        self, bases: list[str], kinds: tuple[str, ...] | None, lang: str | None, type_: str | None, when: str | None
    ) -> Match | None:
        """The first of ``bases`` found among the towns that areas of ``kinds`` are named after (:meth:`_named`)."""
        return next((f for base in bases if (f := self._named(base, lang, type_, when, kinds)) is not None), None)

    def _singular(self, name: str, plural: str | None, lang: str | None, when: str | None) -> Match | None:
        """A people by the singular of one of its one-word plural names (Turkmen: Turkmens), ``name`` or its
        reading without a plural ending ``plural`` (Mongolen: Mongol)."""
        words = [name] if plural is None else [name, plural]
        keys = sorted({translit_key(latin) for word in words for _scheme, latin in _forms(word, lang)})
        found = _collect([], self._index.singulars, keys)
        return self._decide(name, "transliterated", found, "ethnonym", when) if found else None

    def _linked_to_people(
        self, stems: Iterable[str], table: dict[str, str], lang: str | None, when: str | None
    ) -> Match | None:
        """The language or country (``table``: :attr:`_Index.language_of` or ``country_of``) of the people one
        of ``stems`` names, when the glossary links that people to exactly one (Uygur Türkçesi, Uigurisch,
        қазақша: the Uyghur or Kazakh language; Kirgisien: Kyrgyzstan)."""
        for stem in stems:
            people = self._tiers(stem, lang, "ethnonym", when, None)
            if people is None and " " not in stem:
                people = self._singular(stem, _without(_PLURAL, stem), lang, when)
            if people is None or (linked_id := table.get(people.id or "")) is None:
                continue
            if _valid_at(linked := self.glossary.entries[linked_id], when):
                return replace(
                    people, id=linked.id, canonical=linked.canonical, wikidata=linked.wikidata,
                    type=linked.type, candidates=(), ambiguous=False,
                )  # fmt: skip
        return None

    def _acronym_or_words(self, name: str, type_: str | None, when: str | None) -> Match | None:
        """An acronym against the initials of the glossary's names (WUC: World Uyghur Congress), or a name's
        significant words in any order against organisations' names (American Uyghur Association)."""
        acronym = _as_acronym(name)
        if acronym is not None:
            found = self._index.acronyms.get(acronym)
        else:
            bag = _word_bag(name)
            found = self._index.word_bags.get(bag) if bag is not None else None
        decided = self._decide(name, "folded", found, type_, when) if found else None
        return replace(decided, score=0.85) if decided is not None else None

    @staticmethod
    def _linked_groups(index: _Index) -> dict[str, str]:
        """Each people, language and country linked in the index (:attr:`_Index.language_of`, ``country_of``)
        to one representative of them all, which a word naming any of them stands for in a concept bag
        (Uyghur, Chinese, Kazakh)."""
        groups: dict[str, str] = {}

        def root(entry_id: str) -> str:
            while (up := groups.get(entry_id, entry_id)) != entry_id:
                entry_id = up
            return entry_id

        for people, other in [*index.language_of.items(), *index.country_of.items()]:
            first, second = sorted((root(people), root(other)))
            if first != second:
                groups[second] = first
        return {entry_id: root(entry_id) for entry_id in groups}

    def _word_token(self, word: str) -> str | None:
        """A name's word that is no concept word, as the group of the entry it names (Uiguro, Ujgurów,
        уйгурского: the Uyghurs), or None when it names none (or only a person, or by a guess)."""
        found = self.canonicalize(word)
        if found is None or found.method == "fuzzy":
            return None
        ids = {found.id} if found.id is not None else set()
        ids |= {c.id for c in found.candidates} if found.ambiguous else set()
        if not ids or any(self.glossary.entries[i].type == "person" for i in ids):
            return None
        groups = {self._groups.get(i, i) for i in ids}
        return "@" + "|".join(sorted(groups))

    def _concept_bag(self, text: str) -> str | None:
        """A name's concepts and named words, sorted (:mod:`translit.translated`): None unless it has two or
        more and a concept word among them."""
        words = concept_words(text)
        if len(words) < 2 or all(concept is None for _word, concept in words):
            return None
        tokens: list[str] = []
        for word, concept in words:
            tokens += [concept] if concept is not None else self._named_tokens(word)
        # Ministry of Foreign Affairs, Foreign Ministry, Ministerio de Relaciones Exteriores: affairs may go
        tokens = [token for token in tokens if token != "affairs"]
        return " ".join(sorted(tokens)) if len(tokens) >= 2 else None

    def _named_tokens(self, word: str) -> list[str]:
        """A word that is no concept word: the group of the entry it names, or a German compound's name and
        concepts (Uigurenkongress: the Uyghurs, congress), or the word itself."""
        token = self._word_token(word)
        if token is not None:
            return [token]
        compound = named_compound(word) if len(word) >= _NAMED_COMPOUND_MIN else None
        head = self._word_token(compound[0]) if compound is not None else None
        return [head, *compound[1]] if compound is not None and head is not None else [word]

    def _concept_bags(self) -> dict[str, list[_Posting]]:
        """The concept bags of the names of the glossary's named things, each to the entries it names; built
        once, by one thread, whose own lookups meanwhile find none."""
        if self._bags is not None:
            return self._bags
        with self._bags_lock:
            if self._bags is not None:
                return self._bags
            if self._bags_builder == threading.get_ident():
                return {}
            self._bags_builder = threading.get_ident()
            try:
                self._bags = self._built_bags()
            finally:
                self._bags_builder = None
            return self._bags

    def _built_bags(self) -> dict[str, list[_Posting]]:
        bags: dict[str, list[_Posting]] = {}
        for entry in self.glossary:
            if entry.type not in _TRANSLATED_TYPES:
                continue
            for name in entry.names:
                bag = self._concept_bag(name.text) if name.status != "abbreviation" else None
                # a state's name keeps its "republic" (East Turkestan Republic is not East Turkestan)
                for key in _with_reduced(bag)[: 1 if entry.type == "polity" else None]:
                    _add(bags, key, (entry.id, name.text, None))
        return bags

    def _translated(self, name: str, type_: str | None, when: str | None) -> Match | None:
        """An organisation's, event's or polity's name translated word for word (Congresso Mondiale Uiguro,
        Pierwsza Republika Turkiestanu Wschodniego, Всемирного курултая уйгуров): its concepts and named
        words (:meth:`_concept_bag`) against those of the glossary's names, all of them, in any order; the
        bag without "people" and "republic" as well (Außenministerium der Volksrepublik China)."""
        if type_ not in (None, *_TRANSLATED_TYPES) or (len(name.split()) < 2 and "-" not in name):
            return None
        wanted = _with_reduced(self._concept_bag(name))  # before the bags: most names have no concept word
        bags = self._concept_bags() if wanted else {}
        for bag in wanted:
            found = bags.get(bag)
            decided = self._decide(name, "folded", found, type_, when) if found else None
            if decided is not None:
                return replace(decided, score=0.8)
        return None

    def _joined(
        self, name: str, lang: str | None, type_: str | None, when: str | None, kinds: tuple[str, ...] | None = None
    ) -> Match | None:
        """A name's folded keys without word boundaries against those of every name but personal names:
        sources split and join compounds differently (Kyzyl-Orda and Kyzylorda, Чолпоната and Чолпон-Ата,
        Takla Makan). A single word that is a word of a personal name is left alone: Nursultan is a given
        name before it is Nur-Sultan."""
        folded = _fold_all(_forms(name, lang))
        if any(" " not in key and key in self._index.folded_person_words for key in folded):
            return None
        keys = sorted({j for key in folded if len(j := joined_key(key)) >= _JOINED_MIN_LEN})
        found = _collect([], self._index.joined, keys)
        decided = self._decide(name, "folded", found, type_, when, kinds) if found else None
        return replace(decided, score=round(decided.score * 0.9, 3)) if decided is not None else None

    def _initialled(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A personal name with initials: a middle one left out (Adrian N. Zenz, Ilham M. Tohti), or the
        given name as an initial before the family name (N. Nazarbayev, Sh. Mirziyoyev, I. Tohti): the
        people with that family name whose given name begins so."""
        found = _INITIALLED.match(name.strip())
        if type_ not in (None, "person") or found is None:
            return None
        first, last = found.group("first") or found.group("first_word"), found.group("last")
        if not first.endswith("."):  # Adrian N. Zenz: the name without its middle initials
            decided = self._tiers(f"{first} {last}", lang, "person", when, None)
            return _for_input(decided, name, 0.9) if decided is not None else None
        forms = _forms(last, lang)
        keys = sorted({translit_key(latin) for _scheme, latin in forms})
        postings = _collect([], self._index.person_words, keys)
        initials = {translit_key(latin) for _scheme, latin in _forms(first[:-1], lang)}
        kept = [
            p
            for p in postings
            if any((p[0], key) in self._index.surnames for key in keys)
            and any(given.startswith(initial) for given in self._first_given(p[0]) for initial in initials)
        ]
        decided = self._decide(name, "folded", kept, "person", when) if kept else None
        return replace(decided, score=0.75) if decided is not None else None

    def _compassed(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """An Arabic or Persian name with a point of the compass after it (تركستان الشرقية, آسيا الوسطى): the
        entry named in English by that point before the English name of what the rest names (East Turkestan)."""
        kinds: tuple[str, ...] | None = None
        if _has_arabic(name):
            compass = arabic_compass(name.strip())
        else:
            stem, kinds = _split_designator(name) if _has_syllabary(name) else (name, None)
            compass = _syllabary_compass(stem)
        base = self.canonicalize(compass[1], lang=lang, when=when) if compass is not None else None
        if compass is None or base is None:
            return None
        entries = self.glossary.entries
        ids = [base.id] if base.id is not None else [c.id for c in base.candidates if base.ambiguous]
        english = [n.text for i in ids for n in entries[i].names if n.lang == "en"]
        for text in dict.fromkeys(f"{compass[0].capitalize()} {english_name}" for english_name in english):
            found = self.canonicalize(text, lang="en", type=type_, when=when)
            if found is None or found.id is None or found.method == "fuzzy":
                continue
            if kinds is None or _kind_head(entries[found.id].kind) in kinds:
                return _for_input(found, name, 0.9)
        return None

    def _hebrew(self, name: str, type_: str | None, when: str | None) -> Match | None:
        """A name in Hebrew letters read as the Persian spelling it is letter for letter (דושנבה: دوشنبه), as
        written and without the prefixes Hebrew writes onto a word (ה the, ו and, ב in, ל to, מ from, ש, כ:
        בדושנבה, הפמיר); the first reading that resolves, or else what the name as written gives."""
        text = name.strip()
        if hebrew_as_persian(text) is None:
            return None
        first, sep, rest = text.partition(" ")
        stems = [first[i:] for i in (1, 2) if len(first) - i >= 3 and all(c in _HEBREW_PREFIXES for c in first[:i])]
        readings = [text, *(f"{stem}{sep}{rest}" for stem in stems)]
        found = [self._read_as(hebrew_as_persian(reading), name, None, type_, when, 0.9) for reading in readings]
        return next((f for f in found if f is not None and f.id is not None), found[0])

    def _hanja(self, name: str, type_: str | None, when: str | None) -> Match | None:
        """A Hangul name that is the Sino-Korean reading of a Han name (신강성: 新疆省, 습근평: 習近平), with its
        spaces closed up; or one with a Korean designator whose base is one (청나라: 清, the Qing; 구자국: 龜茲)."""
        text = name.strip()
        if _HANGUL_NAME.fullmatch(text) is None:
            return None
        postings = self._index.hanja.get(text.replace(" ", ""))
        if postings:
            return self._decide(name, "transliterated", postings, type_, when)
        base, kinds = _split_generic(text)
        key = base.replace(" ", "")
        postings = [*self._index.hanja.get(key, ()), *self._index.hanja_bare.get(key, ())]
        if kinds is None or not postings:
            return None
        decided = (self._decide(name, "transliterated", postings, type_, when, k) for k in _admitted(kinds))
        return next((found for found in decided if found is not None), None)

    def _first_given(self, entry_id: str) -> set[str]:
        """The first given names of a person's names (Kassym-Jomart, Nursultan)."""
        return {given.split(" ")[0] for given in self._index.given_names.get(entry_id, ())}

    def _given_variant(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A person by the family name and a given name spelt otherwise than the glossary spells it
        (Kassym-Shomart Tokajew, Islão Abduganiyevich Karimov): the family name alone must name one person
        (:meth:`_surname`), and the given names, patronymics left out, must be as close to that person's as
        :data:`_GIVEN_CLOSE` and begin with the same letter (Yalqun Isa is not Dolkun Isa, Akylbek Japarov not
        Sadyr Japarov). The family name may come first, before the given name and a patronymic (Nazarbajev
        Nursultan Abiševič)."""
        words = name.split()
        if type_ not in (None, "person") or not 2 <= len(words) <= 4 or not all(w[:1].isalpha() for w in words):
            return None
        orders = [(words[-1], words[:-1])]
        if len(words) == 3 and _PATRONYMIC.match(normal_key(words[-1])):
            orders.append((words[0], words[1:2]))
        for family, given in orders:
            given = [w for w in given if not (_PATRONYMIC.match(normal_key(w)) or _PATRONYMIC_WORD.match(w))]
            surname = self._surname(family, lang, "person", when) if given else None
            if surname is None or (surname.id is None and len(surname.candidates) != 1):
                continue
            person = surname.id or surname.candidates[0].id
            known = self._index.given_names.get(person, set())
            typed = {translit_key(latin) for _scheme, latin in _forms(" ".join(given), lang)}
            if any(t[:1] == k[:1] and fuzz.ratio(t, k) >= _GIVEN_CLOSE for t in typed for k in known):
                entry = self.glossary.entries[person]
                decided = self._decide(name, "folded", [(person, entry.canonical, None)], "person", when)
                return replace(decided, score=0.75) if decided is not None else None
        return None

    def _part_given(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A person by one part of a double given name and the family name (Kassym Tokayev: Kassym-Jomart
        Tokayev): the people with that family name one of whose given names has that part."""
        words = name.split()
        if type_ not in (None, "person") or len(words) != 2:
            return None
        keys = sorted({translit_key(latin) for _scheme, latin in _forms(words[1], lang)})
        parts = {translit_key(latin) for _scheme, latin in _forms(words[0], lang)}
        kept = [
            p
            for p in _collect([], self._index.person_words, keys)
            if any((p[0], key) in self._index.surnames for key in keys)
            and any(parts & set(given.split("-")) for given in self._first_given(p[0]) if "-" in given)
        ]
        decided = self._decide(name, "folded", kept, "person", when) if kept else None
        return replace(decided, score=0.75) if decided is not None else None

    def _qualified(
        self, name: str, qualified: re.Match[str], lang: str | None, type_: str | None, when: str | None
    ) -> Match | None:
        """A name with a qualifier in brackets or after a comma (:data:`_QUALIFIED`). A designator qualifies
        as one (Aksu (city): Aksu City). A person's name keeps whatever its brackets hold (Abai (Ibrahim)
        Kunanbaev, Садыр Нургожоевич (Нургожо уулу) Жапаров), and a comma may put the family name first
        (Tohti, Ilham). A place is the entry of that name which is, or lies in, what the qualifier names
        (Aksu (Kazakhstan): Aksu District; Kashgar (Kashi): Kashgar); when the qualifier names nothing
        known, the name is only suggested, and when it names something else, nothing is found."""
        if qualified.group("comma"):
            base, qualifier = qualified.group("chead").strip(), qualified.group("comma").strip()
            if type_ in (None, "person") and " " not in base:  # Tohti, Ilham
                inverted = self.canonicalize(f"{qualifier} {base}", lang=lang, type="person", when=when)
                if inverted is not None and inverted.id is not None:
                    return _for_input(inverted, name, 0.95)
        else:
            base = f"{qualified.group('head')} {qualified.group('tail') or ''}".strip()
            qualifier = qualified.group("inner").strip()
        if not base or not qualifier:
            return None
        if _DESIGNATORS.get(normal_key(qualifier)) is not None:
            found = self.canonicalize(f"{base} {qualifier}", lang=lang, type=type_, when=when)
            return _for_input(found, name, 0.95) if found is not None else None
        found = self.canonicalize(base, lang=lang, type=type_, when=when)
        if found is not None and found.type == "person":
            return _for_input(found, name, 0.95)
        if found is not None and found.id is not None and not qualified.group("comma"):
            # another name of the same entry in the brackets: Qaraqash (also: Karakax) county
            alias = f"{_ALIAS_WORDS.sub('', qualifier).strip()} {qualified.group('tail') or ''}".strip()
            other = self.canonicalize(alias, lang=lang, type=type_, when=when) if alias else None
            if other is not None and other.id == found.id and other.method != "fuzzy":
                return _for_input(found, name, 0.95)
        named = self.canonicalize(qualifier, lang=lang, when=when)
        # what the qualifier names: its entry, or each of its candidates (Ili)
        qualifiers: set[str] = set()
        if named is not None and named.method != "fuzzy":
            qualifiers = {named.id} if named.id is not None else {c.id for c in named.candidates}
        if not qualifiers:
            if found is None or found.id is None:
                return None
            return self._suggested(name, found.id, found.method, round(found.score * 0.8, 3))
        return self._within(name, base, found, qualifiers, lang, type_, when)

    def _slashed(
        self, name: str, slashed: re.Match[str], lang: str | None, type_: str | None, when: str | None
    ) -> Match | None:
        """A name with two spellings of a word joined by a slash (Qira/Chira County, Kuldja/Yining), each read
        with the rest of the name: those that resolve must name one entry; otherwise nothing is found."""
        head, tail = slashed.group("head"), slashed.group("tail")
        readings = [f"{head}{slashed.group(part)}{tail}".strip() for part in ("one", "two")]
        hits = (self.canonicalize(reading, lang=lang, type=type_, when=when) for reading in readings)
        return _agreed((hit for hit in hits if hit is None or hit.method != "fuzzy"), name, 0.95)

    def _trailing_qualified(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A place followed, with no comma or bracket, by a place it lies in, which Russian puts in the
        genitive (Иссык-Кульской области Киргизии, Кашкадарьинской области Узбекистана, Согдийской области
        Республики Таджикистан): the last one or two words must name one place, and the rest an entry inside
        it (:meth:`_within`)."""
        words = name.split()
        if type_ not in (None, "place") or len(words) < _MIN_QUALIFIED_WORDS:
            return None
        for size in (1, 2):
            base, qualifier = " ".join(words[:-size]), " ".join(words[-size:])
            named = self.canonicalize(qualifier, lang=lang, type="place", when=when) if base else None
            if named is None or named.id is None or named.method == "fuzzy":
                continue
            found = self.canonicalize(base, lang=lang, type=type_, when=when)
            decided = self._within(name, base, found, {named.id}, lang, type_, when, by_name=False)
            if decided is not None and decided.id is not None:
                return decided
        return None

    def _abjad(self, name: str, type_: str | None, when: str | None) -> Match | None:
        """A name in Persian, Arabic or Urdu script by its consonants (:func:`translit.keys.abjad_key`),
        word by word and then with its words joined: مایک پمپئو, Mike Pompeo; نور سلطان, Nursultan. Short
        keys collide by chance (وانغ جون, Wang Jun, is not Wang Zhen), so only a key of five classes or more
        resolves; a shorter one (دوشنبه, Dushanbe) only suggests. A designator narrows the entries to its kinds,
        and then a key of four classes resolves (ولایت کاشغر: Kashgar Prefecture). Uyghur and Kazakh spellings,
        which write their vowels, are read by their schemes and never come here."""
        if not _has_arabic(name) or _VOWELLED_ARABIC.search(name) is not None:
            return None
        base, kinds = _split_designator(name)  # ولایت فرغانه: فرغانه, a region
        for key in _abjad_keys(base):  # the words first, then the words joined
            found = self._index.abjad.get(key, [])
            decided = self._decide(name, "folded", found, type_, when, kinds) if found else None
            if decided is None:
                continue
            resolving = _ABJAD_MIN_RESOLVE if kinds is None else _ABJAD_RESOLVE_DESIGNATED
            classes = len(key.replace(" ", ""))
            if classes < resolving and (voiced := self._vowels_fit(name, base, found, type_, when, kinds)):
                return voiced
            return self._by_consonants(name, decided, classes, resolving)
        return None

    def _vowels_fit(
        self,
        name: str,
        base: str,
        found: list[_Posting],
        type_: str | None,
        when: str | None,
        kinds: tuple[str, ...] | None,
    ) -> Match | None:
        """The one entry whose names have the consonants of a short abjad key and the vowels the spelling
        writes between them (:func:`translit.keys.abjad_vowels_agree`: دوشانبي, Dushanbe; توربان, Turpan), when
        consonants and vowels written together are enough to tell names apart."""
        spelling = abjad_vowels(base)
        if len(spelling[0]) + written_vowels(spelling) < _ABJAD_VOWELLED_RESOLVE:
            return None
        signs = self._index.abjad_vowels
        fitting = [p for p in found if any(abjad_vowels_agree(spelling, sign) for sign in signs.get(p[:2], ()))]
        decided = self._decide(name, "folded", fitting, type_, when, kinds) if fitting else None
        return replace(decided, score=_ABJAD_SCORE) if decided is not None and decided.id is not None else None

    def _by_consonants(self, name: str, decided: Match, classes: int, resolving: int) -> Match:
        """What a consonant key of ``classes`` classes found (``decided``): only a suggestion below
        ``resolving`` classes, and an ambiguity only from five classes up (وانغ جون, 위구르: a short key that
        fits several entries suggests them)."""
        if decided.id is not None and classes < resolving:
            return self._suggested(name, decided.id, "folded", _ABJAD_SCORE)
        if decided.id is None and decided.ambiguous and classes < _ABJAD_MIN_RESOLVE:
            return replace(decided, ambiguous=False, score=_ABJAD_SCORE)
        return replace(decided, score=_ABJAD_SCORE)

    def _syllabary(self, name: str, type_: str | None, when: str | None) -> Match | None:
        """A name in Japanese kana or Korean Hangul by its consonants and vowels first (:func:`_mora_keys`:
        コルラ, 코를라, Korla), among the entries of its designator's kinds when it has one; an entry that a
        mora key meets resolves, and several are an ambiguity. Otherwise, and for a Chinese transcription, by
        its consonants (:func:`translit.keys.syllabary_key`), word by word and then with its words joined:
        타지키스탄, タジキスタン, Tajikistan. As with an abjad, a
        key of five classes or more resolves on its own; a designator narrows the entries to its kinds, and
        then a key of three classes or more resolves (장쑤성: Jiangsu, a province), among the designated names
        without their designator first. A shorter key only suggests (당나라: T N, the Tang),
        and so does one that fits several entries: the consonants alone cannot tell them apart (サウトバイ:
        Sauytbay or Satbayev)."""
        if not (_has_syllabary(name) or _is_transcription(name)):
            return None
        base, kinds = _split_designator(name)
        found = self._syllabary_base(name, base, kinds, type_, when)
        if found is None and kinds is not None and name.rstrip().endswith(_SYLLABARY_AUTONOMOUS):
            # the people an autonomous division is named for, written before the designator (이리 카자흐족자치주,
            # バヤンゴル・モンゴル自治州): the name is the words before it
            head = re.split("[ ・]", base.rstrip(" ・"))[:-1]
            if head and len("".join(head)) >= _AUTONOMOUS_HEAD_MIN:
                found = self._syllabary_base(name, " ".join(head), kinds, type_, when)
        return found

    def _syllabary_base(
        self, name: str, base: str, kinds: tuple[str, ...] | None, type_: str | None, when: str | None
    ) -> Match | None:
        index = self._index
        if kinds is not None:
            tables: tuple[dict[str, list[_Posting]], ...] = (index.syllabary_bare, index.syllabary)
            least, resolving = _SYLLABARY_MIN_DESIGNATED, _SYLLABARY_RESOLVE_DESIGNATED
        else:
            tables, least, resolving = (index.syllabary,), _ABJAD_MIN_SUGGEST, _ABJAD_MIN_RESOLVE
        if _has_syllabary(base):
            mora_keys = _mora_keys(base)
            mora_tables = (index.mora_bare, index.mora) if kinds is not None else (index.mora,)
            for table in mora_tables:
                met = [p for p in _collect([], table, mora_keys) if _same_numbers(name, p[1])]
                decided = self._decide(name, "folded", met, type_, when, kinds) if met else None
                if decided is not None and (decided.id is not None or decided.ambiguous):
                    return replace(decided, score=_MORA_SCORE)
        readings = _syllabary_readings(base)
        keys = dict.fromkeys(key for latin in readings for key in _syllabary_keys(latin))
        spelt = readings and _has_syllabary(base) and not _HAN_NAME.search(base)  # not 西トルキスタン, xī...
        onset = _vowel_onset(readings[0]) if spelt else None
        for key, table in product(keys, tables):
            classes = len(key.replace(" ", ""))
            found = table.get(key) if classes >= least else None
            if found and onset is not None:  # 로이터통신 (l...) is no Altynschan: both begin with a vowel or neither
                found = [p for p in found if _vowel_onset(p[1]) in (None, onset)]
            if found:  # 第1次 is not 第2次: keys have no digits
                found = [p for p in found if _same_numbers(name, p[1])]
            decided = self._decide(name, "folded", found, type_, when, kinds) if found else None
            if decided is not None:
                return self._by_consonants(name, decided, classes, resolving)
        return None

    def _within(
        self,
        name: str,
        base: str,
        found: Match | None,
        qualifiers: set[str],
        lang: str | None,
        type_: str | None,
        when: str | None,
        by_name: bool = True,
    ) -> Match | None:
        """The entry named ``base`` (``found`` is what it finds alone) that is, or lies in, one of the
        ``qualifiers`` or an area named after one (Kargilik (Kashgar): Kashgar Prefecture); unless
        ``by_name`` is false, also any entry of that name, or of that name with a designator, that fits."""
        qualifiers = qualifiers.union(*(self._index.named_areas.get(q, ()) for q in qualifiers))
        entries = self.glossary.entries

        def inside(entry_id: str) -> bool:
            return entry_id in qualifiers or not qualifiers.isdisjoint(_ancestors(self.glossary, entries[entry_id]))

        if found is not None and found.method == "fuzzy":  # a typo (Kashgr (Xinjiang)): its suggestions that fit
            if found.id is not None and inside(found.id):
                return _for_input(found, name, 0.95)
            fitting = tuple(c for c in found.candidates if inside(c.id))
            return replace(found, input=name, id=None, canonical=None, wikidata=None, type=None, matched=None,
                           candidates=fitting) if fitting else None  # fmt: skip
        if found is not None and found.id is not None and inside(found.id):  # Aksu (Xinjiang): Aksu City
            return _for_input(found, name, 0.95)
        # the name's own candidates that fit (Osh (Kyrgyzstan)), or else any entry of that name or of that
        # name with a designator (Aksu (Kazakhstan): Aksu District)
        postings: list[_Posting] = [(c.id, "", None) for c in found.candidates] if found is not None else []
        if by_name and not any(inside(p[0]) for p in postings):
            keys = sorted({translit_key(latin) for _scheme, latin in _forms(base, lang)})
            postings = _collect(list(self._index.normal.get(normal_key(base), ())), self._index.translit, keys)
            _collect(postings, self._index.bare, keys)
        method = found.method if found is not None else "transliterated"
        decided = self._decide(name, method, [p for p in postings if inside(p[0])], type_, when)
        return replace(decided, score=round(decided.score * 0.95, 3)) if decided is not None else None

    def _syllables(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A Chinese name written syllable by syllable (Ma Zhong Ying, Xi Jin Ping; Wu Lu Mu Qi): as a
        personal name, the family name and the given name in one word; otherwise as one word. Syllables of any
        romanisation joined by hyphens (Tih-hwa, Shen-si, Pi-chan) are read as the one word, as written or
        transliterated only: its folding is too short to tell (shensi, sansi)."""
        parts = name.strip().split("-")
        if len(parts) >= 2 and all(_CHINESE_SYLLABLE.fullmatch(part) for part in parts):
            found = self._tiers("".join(parts), lang, type_, when, None, strict=True)
            if found is not None and found.id is not None:
                return _for_input(found, name, 0.9)
        words = name.split()
        if len(words) < 3 or not all(w.isascii() and w.isalpha() and is_pinyin(w) for w in words):
            return None
        readings: list[tuple[str, str | None]] = []
        if type_ in (None, "person"):
            readings.append((f"{words[0]} {''.join(words[1:])}", "person"))
        readings.append(("".join(words), type_))
        for reading, reading_type in readings:
            found = self._tiers(reading, lang, reading_type, when, None)
            if found is not None:
                return _for_input(found, name, 0.9)
        return None

    def _inflected_person(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A person by the name without its case endings, titles and forms of address (:func:`_person_readings`):
        the whole name, then one with initials, then a family name alone; only an answer that resolves."""
        if type_ not in (None, "person"):
            return None
        for reading in _person_readings(name):
            found = (
                self._tiers(reading, lang, "person", when, None)
                or self._initialled(reading, lang, "person", when)
                or self._surname(reading, lang, "person", when)
                or self._syllabary(reading, "person", when)  # トカエフ大統領
            )
            if found is not None and found.id is not None:
                return _for_input(found, name, 0.9)
        return None

    def _described_person(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A person named with words of description before or after the name, beyond the titles the readings
        know: an office, a country, an epithet (Государственный советник Ерлан Карин, Бывший президент
        Таджикистана Рахмон Набиев, Cumhurbaşkanı Sadır Caparov). Up to
        :data:`_MAX_DESCRIPTION` words come off the front, then off the end, shortest first; what is left, of two
        words or more, must be a person's name; only an answer that resolves."""
        if type_ not in (None, "person"):
            return None
        words = name.split()
        for size in range(1, min(_MAX_DESCRIPTION, len(words) - 2) + 1):
            # words after a name are a description only when not capitalised (Ilham Tohti Initiative is no
            # Ilham Tohti), as are words in scripts without capitals (전 대통령, "former president")
            after = not any(word[:1].isupper() for word in words[-size:])
            # nor words before one that names what is named after it (университет имени Б. Н. Ельцина,
            # Mausoleum of Ablai Khan)
            before = normal_key(words[size - 1]).rstrip(".") not in _EPONYM_WORDS
            for rest in (" ".join(words[size:]) if before else "", " ".join(words[:-size]) if after else ""):
                if not rest:
                    continue
                found = self._tiers(rest, lang, "person", when, None) or self._inflected_person(
                    rest, lang, "person", when
                )
                if found is not None and found.id is not None:
                    return _for_input(found, name, 0.9)
        return None

    def _slotted_bases(
        self, bases: list[str], kinds: tuple[str, ...] | None, lang: str | None, type_: str | None, when: str | None
    ) -> Match | None:
        """The first of a designated name's ``bases`` whose vowels alone differ from a glossary name's, or that
        is one when its words are joined (Kizil Kum sivatag: Kyzylkum), among the kinds its designator admits
        (:meth:`_place_slotted`, :meth:`_joined`)."""
        for base in bases:
            for admitted in _admitted(kinds):
                found = self._place_slotted(base, lang, type_, when, admitted)
                found = found or self._joined(base, lang, type_, when, admitted)
                if found is not None:
                    return found
        return None

    def _designator_tiers(
        self, bases: list[str], kinds: tuple[str, ...] | None, lang: str | None, type_: str | None, when: str | None
    ) -> Match | None:
        """The first of a designated name's ``bases`` found among entries of the ``kinds`` its designator
        admits (the first kind alone first, ``_FIRST_KINDS``), among glossary names and among their bare
        forms."""
        for base in bases:
            found = None
            for admitted in _admitted(kinds):
                found = found or self._tiers(base, lang, type_, when, admitted)
                found = found or self._designated(base, lang, type_, when, admitted)
            if found is not None:
                return found
        return None

    def _successor_tiers(
        self, bases: list[str], kinds: tuple[str, ...] | None, lang: str | None, type_: str | None, when: str | None
    ) -> Match | None:
        """The first of a designated name's ``bases`` found among the kinds made from the designator's kinds
        (``_SUCCESSOR_KINDS``: "Kuqa County" is Kuqa, a county-level city)."""
        successors = _SUCCESSOR_KINDS.get(kinds) if kinds is not None else None
        for base in bases if successors is not None else ():
            found = self._tiers(base, lang, type_, when, successors)
            if found is not None:
                return found
        return None

    def _declined_tiers(
        self, bases: list[str], kinds: tuple[str, ...] | None, lang: str | None, type_: str | None, when: str | None
    ) -> Match | None:
        """A designated name whose base is in a Russian case as well (городе Талдыкоргане, оз. Балхаша, города
        Сарани): the nominatives of the base (:func:`_case_stems`), strictly, among the designator's kinds and
        the kinds made from them."""
        successors = _SUCCESSOR_KINDS.get(kinds) if kinds is not None else None
        admitted = [*_admitted(kinds), *([successors] if successors is not None else [])]
        for base in bases if admitted else ():
            key, stems = _declined_key(base), _case_stems(base, designated=True)
            for admitted_kinds in admitted:
                found = self._declined(base, key, type_, when, admitted_kinds)
                for stem in stems if found is None else ():
                    found = self._tiers(stem, lang, type_, when, admitted_kinds, strict=True)
                    if found is not None:
                        break
                if found is not None:
                    return found
        return None

    def _declined(
        self, name: str, key: str | None, type_: str | None, when: str | None, kinds: tuple[str, ...] | None
    ) -> Match | None:
        """A Russian name of two words or more by its words' stems (:func:`_declined_key`)."""
        found = self._index.declined.get(key) if key is not None else None
        return self._decide(name, "transliterated", found, type_, when, kinds) if found else None

    def _uninflected(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A name by its readings without a case ending (:func:`_case_readings`), found as written or by its
        designator (Жетісу облысындағы: Жетісу облысы; Qarshi shahrining: Qarshi, a city); only an
        answer that resolves."""
        for reading in _case_readings(name):
            # a stem that lost two letters or more meets short names by five folded letters, not four
            # (Ouïghoure is no Ouïghou, 优衣库 Yu-i-k'u; Korlu is Korla)
            cut = len(name.strip()) - len(reading) >= 2 and not reading.isupper()  # ШУАР-дың: ШУАР
            found = self._tiers(reading, lang, type_, when, None, fold_min=_FOLD_MIN_LEN + cut)
            bases, kinds = _designator_readings(reading)
            found = found or self._designator_tiers(bases, kinds, lang, type_, when)
            found = found or self._successor_tiers(bases, kinds, lang, type_, when)  # Kuqa County: Kuqa
            # Almuta wilayitining: the region named after the town
            found = found or self._named_bases(bases, kinds, lang, type_, when)
            # Lopnors: Lopnor, Lop Nur; a word's stem shorter than a name's is not joined to the word before
            # (Azat Tikte is no Azattyk), an abbreviation's is (Қазақ КСР-на)
            last = reading.rpartition(" ")[2]
            short = len(last) < _MIN_CASE_STEM and not last.isupper()
            found = found or (None if short else self._joined(reading, lang, type_, when))
            if found is None and _as_acronym(reading) is not None:  # СССР-дің: СССР, by the initials
                found = self._acronym_or_words(reading, type_, when)
            if found is None and kinds is not None:  # Taklamakon choʻlidan: vowels differ, the designator says
                found = self._slotted_bases(bases, kinds, lang, type_, when)
            plural = _without(_PLURAL, reading) if type_ in (None, "ethnonym") and " " not in reading else None
            if found is None and plural is not None:  # Жоңғарлардың: Жоңғарлар, a plural
                found = self._tiers(plural, lang, "ethnonym", when, None)
            if found is not None and found.id is not None and not _stem_of_abbreviation(found, name):
                return _for_input(found, name, 0.9)
        return None

    def _surname(self, name: str, lang: str | None, type_: str | None, when: str | None) -> Match | None:
        """A one-word name that is the family name (last word) of one person in the glossary: Karimov,
        Atamkulov, and Bakiev for Bakiyev when it ends as family names do (``_FAMILY_NAME``); otherwise (Tohti,
        Kadir, which are given names too) the person is only suggested. A word that is also another person's
        given name is reported with both; a given name alone (Gulbahar) finds no one."""
        if type_ not in (None, "person") or " " in name.strip():
            return None
        forms = _forms(name, lang)
        written = {translit_key(latin) for _scheme, latin in forms}
        keys = sorted(k for k in written if " " not in k and len(k) >= _SURNAME_MIN_LEN)
        folded = sorted(k for k in _fold_all(forms) if " " not in k and len(k) >= _SURNAME_MIN_LEN)
        found = _collect([], self._index.person_words, keys)
        family = any(_FAMILY_NAME.search(key) for key in keys)
        if not found and family:  # Bakiev, Mirziyoev: a family name's spellings fold together
            found = _collect([], self._index.folded_surnames, folded)
            keys = folded
        decided = self._decide(name, "folded", found, type_, when) if found else None
        if decided is None or (
            decided.id is not None and not any((decided.id, key) in self._index.surnames for key in keys)
        ):
            return None
        if decided.id is not None and not family:
            # Tohti, Kadir: a Uyghur's or Arab's second name is a given name too, so it is only suggested
            return self._suggested(name, decided.id, "folded", 0.6)
        return replace(decided, score=0.75)

    def _place_slotted(
        self, name: str, lang: str | None, type_: str | None, when: str | None, kinds: tuple[str, ...] | None = None
    ) -> Match | None:
        """A one-word name whose vowels alone differ from a glossary name's (:func:`_place_slots`), among
        entries of ``kinds`` when given; never a Russian masculine adjective (киргизский is no Kirgizsko,
        Slovak for Kyrgyzstan)."""
        if _RU_ADJECTIVE_END.search(name.strip()) is not None:
            return None
        slots = {k for scheme, latin in _forms(name, lang) for k in _place_slots(scheme, latin, _fold(scheme, latin))}
        found = _collect([], self._index.place_slots, sorted(slots))
        decided = self._decide(name, "folded", found, type_, when, kinds) if found else None
        return replace(decided, score=0.8) if decided is not None else None

    def _designated(
        self, name: str, lang: str | None, type_: str | None, when: str | None, kinds: tuple[str, ...] | None = None
    ) -> Match | None:
        """A name looked up among glossary names stripped of their designator; hits on several entries make
        it ambiguous.

        With ``kinds`` (the input had a designator, now stripped: "Uigur Raion" -> "Uigur", districts), the
        glossary's designated names of those kinds compete ("Uygur District"), on transliterated and then
        folded keys. Without (a bare name that nothing found: "Xinyuan" where the glossary lists only
        "Xinyuan County", "Bosten" where it lists "Bosten Lake"), only counties, cities, China's urban
        districts and physical features (``_BARE_KINDS``) and only transliterated keys."""
        index = self._index
        if kinds is None:
            decided = self._keyed(name, lang, type_, when, _BARE_KINDS, index.bare, None, index.foreign_districts)
        else:
            decided = self._keyed(name, lang, type_, when, kinds, index.bare, index.bare_fold)
        return replace(decided, score=round(decided.score * 0.9, 3)) if decided is not None else None

    def _keyed(
        self,
        name: str,
        lang: str | None,
        type_: str | None,
        when: str | None,
        kinds: tuple[str, ...] | None,
        table: dict[str, list[_Posting]],
        fold_table: dict[str, list[_Posting]] | None,
        excluded: set[str] | frozenset[str] = frozenset(),
    ) -> Match | None:
        """``name`` against a table of transliterated keys and then, if given, one of folded keys (of four
        letters or more), entries of ``kinds`` only and none of ``excluded``."""
        forms = _forms(name, lang)
        keys = [translit_key(latin) for _scheme, latin in forms]
        found = [p for p in _collect([], table, keys) if p[0] not in excluded]
        decided = self._decide(name, "transliterated", found, type_, when, kinds) if found else None
        if decided is None and fold_table is not None:
            folded = {k for k in _fold_all(forms) if len(k.replace(" ", "")) >= _FOLD_MIN_LEN}
            found = _collect([], fold_table, sorted(folded))
            decided = self._decide(name, "folded", found, type_, when, kinds) if found else None
        return decided

    def _named(
        self, name: str, lang: str | None, type_: str | None, when: str | None, kinds: tuple[str, ...] | None
    ) -> Match | None:
        """A name (without the designator the input had) against the names of the towns that areas of those
        kinds are named after (:func:`_named_after`), on transliterated and then folded keys."""
        return self._keyed(name, lang, type_, when, kinds, self._index.named, self._index.named_fold)

    def _tiers(
        self,
        name: str,
        lang: str | None,
        type_: str | None,
        when: str | None,
        kinds: tuple[str, ...] | None,
        strict: bool = False,
        skeletons: bool = True,
        fold_min: int = _FOLD_MIN_LEN,
    ) -> Match | None:
        """The exact, normalized, transliterated and folded tiers: the first tier that decides wins (a tier
        whose entries are all filtered out by ``type``, ``when`` or ``kinds`` passes to the next); the
        folded tiers are left out when ``strict``, and for a kana or Hangul name, whose romanisation folds
        with unrelated names (ホーチョン hōchon, Huocheng: Qo'qon; 히바 hiba, Khiva: Xibe) and which
        :meth:`_syllabary` reads by its syllables instead; the consonant skeletons are left out unless
        ``skeletons``; a folded key needs ``fold_min`` letters."""
        index = self._index
        key = normal_key(name)
        if not key:
            return None
        hit = self._normalized(name, key, type_, when, kinds)
        if hit is not None:
            return hit
        forms = _forms(name, lang)
        # every (entry, form) that fits; _decide keeps one per entry
        found = _collect([], index.translit, [translit_key(latin) for _scheme, latin in forms])
        decided = self._decide(name, "transliterated", found, type_, when, kinds) if found else None
        if decided is not None or strict or _has_syllabary(name):
            return decided
        # Folding is lossy: a short name would meet unrelated short names (Çin, Jin), so it needs four letters.
        unpatronymic = [(s, b) for s, latin in forms if (b := _without_patronymic(latin)) is not None]
        folded = {k for k in _fold_all([*forms, *unpatronymic]) if len(k.replace(" ", "")) >= fold_min}
        read = len(found)  # the postings found by the name's very readings
        _collect(found, index.fold, sorted(folded))  # sorted: the same candidate order in every process
        _collect(found, index.fold_sorted, sorted(_sorted_words(folded | _family_stems(folded))))
        if _has_han(name):
            # Chinese characters meet Chinese characters by their very reading, not a folded one: 俄罗斯
            # (Russia) is not 俄罗斯语 (Russian), whose Wade-Giles forms fold together
            found[read:] = [p for p in found[read:] if not _has_han(p[1])]
        decided = self._decide(name, "folded", found, type_, when, kinds) if found else None
        if decided is not None or not skeletons:
            return decided
        skeleta = {sk for k in folded if len((sk := _skeleton(k)).replace(" ", "")) >= _SKELETON_MIN_LEN}
        chinese = _read_as_chinese(name, forms)
        skeleta.update(slots for k in folded if (slots := _slots(k, chinese)) is not None)
        _collect(found, index.skeleton, sorted(skeleta))
        decided = self._decide(name, "folded", found, type_, when, kinds) if found else None
        return replace(decided, score=0.85) if decided is not None else None

    def normal_keys(self) -> KeysView[str]:
        """The normalised keys (:func:`translit.normalize.normal_key`) of every glossary name."""
        return self._index.normal.keys()

    def lookup_normalized(self, text: str, key: str | None = None, *, type: str | None = None) -> Match | None:
        """``text`` looked up on the exact and normalised tiers only, the ones fit for running text, where
        transliterated and folded keys would find names in ordinary words; ``key`` is ``normal_key(text)``
        when the caller has it already."""
        return self._normalized(text, normal_key(text) if key is None else key, type, None, None)

    def _normalized(
        self, text: str, key: str, type_: str | None, when: str | None, kinds: tuple[str, ...] | None
    ) -> Match | None:
        # Every entry that claims the normalised form competes, so that case or apostrophe style never
        # decides; the tier is "exact" when the input is written as one of the glossary's forms.
        postings = self._index.normal.get(key)
        if not postings:
            return None
        method = "exact" if text in self._index.exact else "normalized"
        return self._decide(text, method, postings, type_, when, kinds)

    def canonicalize_all(
        self, names: Iterable[str], *, lang: str | None = None, type: str | None = None, when: str | None = None
    ) -> Iterator[Match | None]:
        """Canonicalise many names lazily, one result per input, in order."""
        for name in names:
            yield self.canonicalize(name, lang=lang, type=type, when=when)


_MATCHERS: dict[tuple[str, ...], Matcher] = {}
_MATCHERS_LOCK = threading.Lock()


def matcher(glossary: Iterable[str | Path] | str | Path | None = None) -> Matcher:
    """The (cached) matcher for the bundled glossary with the directories ``glossary`` (or one directory)
    layered over it."""
    layers = tuple(str(p.resolve()) for p in layer_paths(glossary or ()))
    with _MATCHERS_LOCK:
        found = _MATCHERS.get(layers)
        if found is None:
            found = Matcher(load(layers))
            _MATCHERS[layers] = found
    return found


def canonicalize(
    name: str,
    *,
    lang: str | None = None,
    type: str | None = None,
    when: str | None = None,
    glossary: Iterable[str | Path] | str | Path | None = None,
) -> Match | None:
    """The glossary entry ``name`` refers to, with the tier that found it, or ``None`` when unknown.

    Args:
        name: a name in any script or romanisation.
        lang: the input's language (BCP 47, e.g. ``kk`` or ``ug-Arab``) when known; it picks the schemes.
        type: keep only entries of this type (``place``, ``person``, ...).
        when: a date (``1975`` or ``2020-05-01``); keep only entries that existed then.
        glossary: directories of extra glossary files layered over the bundled glossary.

    Returns:
        A :class:`Match`; its ``id`` is ``None`` when the name fits several entries (``ambiguous``) or only
        fuzzy suggestions. ``None`` when nothing fits.

    >>> canonicalize("Kuldja").id, canonicalize("Кульджа").id, canonicalize("غۇلجا").id
    ('yining', 'yining', 'yining')
    """
    return matcher(glossary).canonicalize(name, lang=lang, type=type, when=when)


def canonicalize_all(
    names: Iterable[str],
    *,
    lang: str | None = None,
    type: str | None = None,
    when: str | None = None,
    glossary: Iterable[str | Path] | str | Path | None = None,
) -> Iterator[Match | None]:
    """:func:`canonicalize` over many names, lazily, one result per input, in order."""
    return matcher(glossary).canonicalize_all(names, lang=lang, type=type, when=when)
