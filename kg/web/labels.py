"""The labels pages show, in Vietnamese and English (labels.yaml: key → [vi, en]),
loaded and checked when the application starts, so that a missing translation fails
at start rather than on a page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from loaders.text import parse_yaml

LANGUAGES = ("vi", "en")
LABELS = Path(__file__).parent / "labels.yaml"


class LabelsError(ValueError):
    """labels.yaml is malformed: the message names the key."""


def load(path: Path = LABELS) -> dict[str, tuple[str, ...]]:
    """Every label, each a non-empty text in every language."""
    data = parse_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise LabelsError(f"{path}: expected a mapping of key → [vi, en]")
    for key, texts in data.items():
        if not (
            isinstance(texts, list)
            and len(texts) == len(LANGUAGES)
            and all(isinstance(t, str) and t.strip() for t in texts)
        ):
            raise LabelsError(
                f"{path}: {key}: expected [{', '.join(LANGUAGES)}] texts, not {texts!r}"
            )
    return {str(k): tuple(v) for k, v in data.items()}


def translator(labels: dict[str, tuple[str, ...]], language: str) -> Callable[..., str]:
    """`t(key)` in one language; `t(key, default)` gives the default for a key it lacks
    (a value from the graph without a translation is shown as it is)."""
    at = LANGUAGES.index(language)

    def t(key: str, default: str | None = None) -> str:
        if key in labels:
            return labels[key][at]
        if default is not None:
            return default
        raise LabelsError(f"no label {key!r} in {LABELS.name}")

    return t
