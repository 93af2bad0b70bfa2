"""Shared fixtures. The corpus (../shared/corpus beside the repository) is optional: tests that read it skip
cleanly when it is absent, as it is in a user's clone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("TRANSLIT_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.txt")):
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS
