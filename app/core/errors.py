"""Errors as data: validation returns field-level problems that a dialog or the CLI can show."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.messages import text


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field: `field` is the record attribute, `code` a catalogue key."""

    field: str
    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def message(self, lang: str = "zh_CN") -> str:
        return text(self.code, lang, **self.params)


class ValidationFailed(ValueError):
    """Raised by the store when asked to save a record that does not validate."""

    def __init__(self, errors: tuple[FieldError, ...] | list[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.message('en')}" for e in self.errors))

    def message(self, lang: str = "zh_CN") -> str:
        return "\n".join(e.message(lang) for e in self.errors)
