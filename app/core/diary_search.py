"""Full-text search for the diary that works for Chinese: tokens for an FTS5 index and its queries.

SQLite's `trigram` tokenizer misses queries shorter than 3 characters, so text is cut here:
runs of Chinese (and other wide) characters, punctuation and symbols become overlapping
character pairs, plus each single character for 1-character queries; runs of letters and runs
of digits become words (so "GH0321" is found by "0321"), and a phone number written with spaces
or dashes is also indexed with its digits joined. Every token is written in hex, so the index's
own tokenizer sees plain [0-9a-f] words and nothing a user types (`"`, `*`, `AND`, `(`) can ever
be read as FTS syntax. Pure functions; the store keeps the index.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

MAX_WORD = 64  # longer words are cut: tokens are for finding, not for storing
_JOINED_NUMBER = re.compile(r"\d+(?:[ \-]\d+)+")


@dataclass(frozen=True, slots=True)
class IndexText:
    """What the FTS table stores for one entry: the pair/word stream and the single characters."""

    grams: str
    chars: str


def normalise(text: str) -> str:
    """NFKC (full-width letters and digits become ASCII), case folded, marks and joiners dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if _kind(ch) != "")


@cache
def _kind(ch: str) -> str:
    """'l' letters, 'd' digits, 'c' wide characters, punctuation and symbols, ' ' separators, '' dropped marks."""
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf"):
        return ""
    if ch.isdigit():
        return "d"
    if ch.isalpha():
        return "c" if ord(ch) >= 0x2E80 else "l"
    if category[0] in "PS" or (ch.isalnum() and ord(ch) >= 0x2E80):
        return "c"
    return " "


def runs(text: str) -> list[tuple[str, str]]:
    """(kind, run) pairs of the normalised text, separators left out."""
    found: list[tuple[str, str]] = []
    current_kind, start = " ", 0
    text = normalise(text)
    for i, ch in enumerate(text + " "):
        kind = _kind(ch)
        if kind != current_kind:
            if current_kind != " ":
                found.append((current_kind, text[start:i]))
            current_kind, start = kind, i
    return found


def pairs(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


def _hex(token: str) -> str:
    return token.encode("utf-8").hex()


def index_text(*fields: str) -> IndexText:
    """The tokens of an entry's text fields, ready for the FTS table's two columns."""
    grams: list[str] = []
    chars: set[str] = set()
    for field in fields:
        for kind, run in runs(field):
            if kind == "c":
                grams += pairs(run)
                chars.update(run)
            else:
                grams.append(run[:MAX_WORD])
        grams += [re.sub(r"[ \-]", "", m.group())[:MAX_WORD] for m in _JOINED_NUMBER.finditer(normalise(field))]
    return IndexText(" ".join(_hex(token) for token in grams), " ".join(sorted(_hex(ch) for ch in chars)))


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when it holds nothing to search.

    Every piece must be found (AND): a run of wide characters as its consecutive pairs (a
    phrase), a single wide character in the characters column, a word or number as a prefix.
    """
    parts: list[str] = []
    for kind, run in runs(query):
        if kind == "c" and len(run) == 1:
            parts.append(f'chars : "{_hex(run)}"')
        elif kind == "c":
            parts.append('grams : "' + " ".join(_hex(p) for p in pairs(run)) + '"')
        else:
            parts.append(f'grams : "{_hex(run[:MAX_WORD])}" *')
    return " AND ".join(parts) if parts else None


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) spans of `text` to highlight for `query`: each searched piece, case-insensitively, merged."""
    pieces = {run for _kind, run in runs(query)}
    spans: list[tuple[int, int]] = []
    folded = text.casefold()
    if len(folded) != len(text):  # a rare character whose case folding changes the length
        folded = text
    for piece in pieces:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(piece), folded)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
