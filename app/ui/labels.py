"""The user's words for enum values and verdict levels on screen, in the interface language.

The words themselves live in the catalogue (app.core.labels), shared with the documents and the CLI.
"""

from __future__ import annotations

from enum import Enum

from app.core import labels
from app.core.legal_lines import AMBER, GREEN, RED
from app.ui.i18n import current_language

LEVEL_COLOURS = {RED: "#c62828", AMBER: "#e09b00", GREEN: "#2e7d32", None: "#9e9e9e"}


def label(value: object) -> str:
    """The user's words for an enum value or a verdict level; unknown values are shown as they are."""
    if isinstance(value, Enum):
        return labels.label(value, current_language())
    if value in LEVEL_COLOURS:
        return labels.level_label(value, current_language())
    return str(value)


def level_colour(level: str | None) -> str:
    return LEVEL_COLOURS.get(level, LEVEL_COLOURS[None])
