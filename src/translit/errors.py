"""Errors raised by translit.

Every error derives from :class:`TranslitError` and also from the builtin that describes it best, so callers
can catch either. Messages quote the offending value and, for data, name the file and line.
"""

from __future__ import annotations

__all__ = [
    "GlossaryError",
    "InputError",
    "TranslitError",
    "UnknownEntryError",
    "UnknownSchemeError",
]


class TranslitError(Exception):
    """Root of every error translit raises on purpose."""


class GlossaryError(TranslitError, ValueError):
    """A glossary file is malformed or inconsistent."""


class UnknownSchemeError(TranslitError, LookupError):
    """A transliteration scheme id is not in the registry."""


class UnknownEntryError(TranslitError, LookupError):
    """A glossary id is not known."""


class InputError(TranslitError, ValueError):
    """User input (a file, a row, an option value) cannot be processed."""
