"""Coverage statistics of a glossary: what ``translit glossary stats`` prints."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .glossary import Glossary

__all__ = ["stats"]


def stats(glossary: Glossary) -> dict[str, Any]:
    """Entries by type, names by language tag, entries without QID, and source kinds.

    Sources are counted as ``corpus`` (``corpus:`` references), ``url`` or ``publication``.
    """
    entries = list(glossary)
    names = [n for e in entries for n in e.names]
    sources: Counter[str] = Counter()
    for name in names:
        if name.source.startswith("corpus:"):
            sources["corpus"] += 1
        elif name.source.startswith(("http://", "https://")):
            sources["url"] += 1
        else:
            sources["publication"] += 1
    return {
        "entries": len(entries),
        "names": len(names),
        "ambiguities": len(glossary.ambiguities),
        "entries by type": dict(sorted(Counter(e.type for e in entries).items())),
        "names by language": dict(sorted(Counter(n.lang for n in names).items())),
        "names by status": dict(sorted(Counter(n.status for n in names).items())),
        "name sources": dict(sorted(sources.items())),
        "entries with QID": sum(1 for e in entries if e.wikidata),
        "entries without QID": sum(1 for e in entries if not e.wikidata),
        "names without source": sum(1 for n in names if not n.source),
        "derived names": sum(1 for n in names if n.derived),
    }
