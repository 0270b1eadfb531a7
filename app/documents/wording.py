"""A document's phrases: (English, 中文) defaults per key, with the user's own wording on top.

The user edits a phrase per document type and language; an edit may use only the placeholders
({name}) of the phrase it replaces, so a saved template can never break a document.
A placeholder without a value prints as a blank to fill in by hand.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from app.core.messages import CodedError

BLANK = "＿＿＿＿"
Words = dict[str, tuple[str, str]]  # key -> (English, 简体中文)


def placeholders(template: str) -> set[str]:
    """The {names} a phrase uses; raises ValueError on unbalanced braces."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def check_edit(default: str, edited: str) -> None:
    """Raise CodedError when `edited` cannot stand in for `default`."""
    try:
        used = placeholders(edited)
    except ValueError:
        raise CodedError("document.template_braces") from None
    unknown = sorted(used - placeholders(default))
    if unknown:
        allowed = ", ".join("{" + name + "}" for name in sorted(placeholders(default))) or "—"
        raise CodedError("document.template_placeholder", name="{" + unknown[0] + "}", allowed=allowed)


class _Blanks(dict):
    def __missing__(self, key: str) -> str:
        return BLANK


class Wording:
    """The phrases of one document in one language; `w("key", name=...)` fills one in."""

    def __init__(self, defaults: Words, lang: str, edits: Mapping[str, str] | None = None) -> None:
        self.defaults = defaults
        self.lang = lang
        self.edits = {key: value for key, value in (edits or {}).items() if key in defaults}

    def default(self, key: str) -> str:
        english, chinese = self.defaults[key]
        return chinese if self.lang == "zh_CN" else english

    def template(self, key: str) -> str:
        return self.edits.get(key) or self.default(key)

    def __call__(self, key: str, **params: object) -> str:
        values = _Blanks({name: BLANK if value in (None, "") else value for name, value in params.items()})
        try:
            return self.template(key).format_map(values)
        except (ValueError, IndexError, KeyError):  # an edit that slipped past check_edit
            return self.default(key).format_map(values)
