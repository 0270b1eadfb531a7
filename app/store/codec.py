"""Records to JSON-able values and back, driven by the records' type hints.

Money travels as "1234.50", rates as Decimal strings, dates and times in ISO form, enums as
their codes, nested records as objects. Decoding checks every value and reports the path
of the first problem as a `DecodeError` (a catalogue code and params for that field).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache

from app.core.messages import CodedError
from app.core.money import MAX_FEN, Money, MoneyError


class DecodeError(CodedError):
    """A value that does not fit its field; `path` names it, e.g. "fees[0].amount"."""

    def __init__(self, path: str, code: str, **params: object) -> None:
        super().__init__(code, **params)
        self.path = path


@cache
def hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def encode_value(value: object) -> object:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Money):
        return value.plain()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [encode_value(item) for item in value]
    if dataclasses.is_dataclass(value):
        return encode_record(value)
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode_record(record: object) -> dict[str, object]:
    """A record as a dict of JSON values, in field order."""
    return {name: encode_value(getattr(record, name)) for name in field_names(type(record))}


def decode_record(cls: type, data: object, path: str = "") -> object:
    """Build `cls` from a dict made by encode_record; unknown keys are refused, missing ones take defaults."""
    if not isinstance(data, dict):
        raise DecodeError(path or "$", "import.expected_object")
    known = set(field_names(cls))
    for key in data:
        if key not in known:
            raise DecodeError(_join(path, str(key)), "import.unknown_field")
    values: dict[str, object] = {}
    for field in dataclasses.fields(cls):
        if field.name not in data:
            if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                raise DecodeError(_join(path, field.name), "field.required")
            continue
        values[field.name] = decode_value(hints(cls)[field.name], data[field.name], _join(path, field.name))
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise DecodeError(path or "$", "import.invalid", reason=str(exc)) from None


def decode_value(hint: object, value: object, path: str) -> object:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [h for h in typing.get_args(hint) if h is not type(None)]
        if value is None:
            return None
        return decode_value(options[0], value, path)
    if origin is tuple:
        item_hint = typing.get_args(hint)[0]
        if not isinstance(value, list):
            raise DecodeError(path, "import.expected_list")
        return tuple(decode_value(item_hint, item, f"{path}[{i}]") for i, item in enumerate(value))
    if hint is Money:
        return _money(value, path)
    if hint is Decimal:
        return _decimal(value, path)
    if hint is bool:
        return _typed(value, bool, path)
    if hint is int:
        if isinstance(value, bool):
            raise DecodeError(path, "number.invalid", text=str(value))
        return _typed(value, int, path)
    if hint is str:
        return _typed(value, str, path)
    if hint is dt.datetime:
        moment = _iso(value, path, dt.datetime.fromisoformat)
        if moment.tzinfo is not None:
            raise DecodeError(path, "date.invalid", text=value[:50])
        return moment
    if hint is dt.date:
        return _iso(value, path, dt.date.fromisoformat)
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(value)
        except (ValueError, TypeError):
            raise DecodeError(path, "field.choice", value=str(value)[:50]) from None
    if dataclasses.is_dataclass(hint):
        return decode_record(hint, value, path)
    raise TypeError(f"no decoder for {hint!r}")  # pragma: no cover - a new field type needs one


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _typed(value: object, kind: type, path: str) -> object:
    if not isinstance(value, kind):
        raise DecodeError(path, "import.wrong_type", expected=kind.__name__)
    return value


def _money(value: object, path: str) -> Money:
    if not isinstance(value, str):
        raise DecodeError(path, "import.wrong_type", expected="string")
    try:
        return Money.parse(value, allow_negative=True)
    except MoneyError as exc:
        raise DecodeError(path, exc.code, **exc.params) from None


def _decimal(value: object, path: str) -> Decimal:
    if not isinstance(value, str):
        raise DecodeError(path, "import.wrong_type", expected="string")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise DecodeError(path, "rate.invalid", text=value[:50]) from None
    if not number.is_finite() or abs(number) > MAX_FEN:
        raise DecodeError(path, "rate.invalid", text=value[:50])
    return number


def _iso(value: object, path: str, parse: typing.Callable[[str], object]) -> object:
    if not isinstance(value, str):
        raise DecodeError(path, "import.wrong_type", expected="string")
    try:
        return parse(value)
    except ValueError:
        raise DecodeError(path, "date.invalid", text=value[:50]) from None
