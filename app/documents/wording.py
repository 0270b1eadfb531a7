"""A document's phrases: the catalogue's (English, 中文) defaults under a prefix such as
"doc.request.", by short key ("closing"), with the user's own wording on top.

The user edits a phrase per document type and language; an edit may use only the placeholders
({name}) of the phrase it replaces, so a saved template can never break a document.
A placeholder without a value prints as a blank to fill in by hand.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from app.core.messages import CATALOGUE, CodedError

BLANK = "＿＿＿＿"
Words = dict[str, tuple[str, str]]  # short key -> (English, 简体中文)


def catalogue_words(prefix: str) -> Words:
    """The catalogue's phrases under `prefix` ("doc.request."), by short key ("closing")."""
    return {code[len(prefix):]: pair for code, pair in CATALOGUE.items() if code.startswith(prefix)}


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
    """The phrases of one document in one language; `w("key", name=...)` fills one in.

    `edits` are keyed by the short key, as vaults keep them."""

    def __init__(self, prefix: str, lang: str, edits: Mapping[str, str] | None = None) -> None:
        self.defaults = catalogue_words(prefix)
        self.lang = lang
        self.edits = {key: value for key, value in (edits or {}).items() if key in self.defaults}

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
