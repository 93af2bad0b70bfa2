"""translit: one identity for every spelling of a name from Xinjiang and Central Asia.

>>> import translit
>>> translit.canonicalize("Sintszian").id
'xinjiang'
>>> translit.transliterate("غۇلجا", "ug-Arab-ULY")
'ghulja'
"""

from __future__ import annotations

from .errors import GlossaryError, InputError, TranslitError, UnknownEntryError, UnknownSchemeError
from .glossary import Entry, Glossary, Name
from .match import Candidate, Match, Matcher, canonicalize, canonicalize_all
from .scan import Mention, scan
from .scripts import Detection, detect
from .transliteration import ICU_VERSION, Scheme, schemes, transliterate

__version__ = "0.1.0"

__all__ = [
    "ICU_VERSION",
    "Candidate",
    "Detection",
    "Entry",
    "Glossary",
    "GlossaryError",
    "InputError",
    "Match",
    "Matcher",
    "Mention",
    "Name",
    "Scheme",
    "TranslitError",
    "UnknownEntryError",
    "UnknownSchemeError",
    "__version__",
    "canonicalize",
    "canonicalize_all",
    "detect",
    "scan",
    "schemes",
    "transliterate",
]
