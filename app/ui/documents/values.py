"""Document input values as the text a person types, and back (raising CodedError on bad text)."""

from __future__ import annotations

import datetime as dt
import types
import typing
from decimal import Decimal

from app.core.messages import CodedError
from app.core.money import Money, parse_rate

LIST_SEPARATOR = "；"


class InputProblem(CodedError):
    """A typed value that does not parse, named by where it was typed (already translated)."""

    def __init__(self, where: str, inner: CodedError) -> None:
        super().__init__("document.field", field=where, problem=inner.message("en"))
        self.where, self.inner = where, inner

    def message(self, lang: str = "zh_CN") -> str:
        return f"{self.where}{'：' if lang == 'zh_CN' else ': '}{self.inner.message(lang)}"


def optional(hint: object) -> tuple[object, bool]:
    """(the type inside `X | None`, True) or (hint, False)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [h for h in typing.get_args(hint) if h is not type(None)]
        return inner[0], True
    return hint, False


def to_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Money):
        return value.plain()
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(to_text(item) for item in value)
    return str(value)


def from_text(text: str, hint: object) -> object:
    """The value of type `hint` that `text` stands for; empty text is None for optional types."""
    kind, nullable = optional(hint)
    text = text.strip()
    if not text and nullable:
        return None
    if kind is str:
        return text
    if typing.get_origin(kind) is tuple:
        parts = text.replace(";", LIST_SEPARATOR).split(LIST_SEPARATOR)
        return tuple(part.strip() for part in parts if part.strip())
    if kind is Money:
        return Money.parse(text)
    if kind is Decimal:
        return parse_rate(text)
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise CodedError("number.invalid", text=text) from None
    if kind is dt.datetime:
        try:
            return dt.datetime.fromisoformat(text).replace(second=0, microsecond=0)
        except ValueError:
            raise CodedError("date.invalid", text=text) from None
    if kind is dt.date:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise CodedError("date.invalid", text=text) from None
    raise TypeError(f"no text form for {kind!r}")
