"""Money as an integer number of fen (分), with parsing of what people type and formatting.

Never a float: amounts are built from text, int or Decimal and rounded half-up to the fen.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.core.messages import CodedError

FEN_PER_YUAN = 100
MAX_FEN = 10**15  # ¥10 trillion: far above any personal debt, well inside SQLite's int64

_UNITS = {"万": Decimal(10_000), "w": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000), "k": Decimal(1_000)}
_NUMBER = re.compile(r"^([+-]?)(\d+(?:\.\d*)?|\.\d+)(万|亿|千|w|k)?$")
_STRIP = str.maketrans("", "", " ,_'\u00a0¥￥$元圆")


class MoneyError(CodedError, ValueError):
    """Text that is not an amount of money; `code` says why."""


def to_fen(yuan: Decimal) -> int:
    """Round a Decimal number of yuan half-up to whole fen."""
    return int((yuan * FEN_PER_YUAN).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount in fen. Arithmetic with Money, multiplication by int or Decimal (rounded half-up)."""

    fen: int = 0

    def __post_init__(self) -> None:
        if isinstance(self.fen, bool) or not isinstance(self.fen, int):
            raise TypeError(f"Money needs an int number of fen, not {type(self.fen).__name__}")

    # construction ---------------------------------------------------------------------------
    @classmethod
    def yuan(cls, amount: Decimal | int | str) -> Money:
        """Money from an amount in yuan; str goes through Decimal, never float."""
        if isinstance(amount, float):
            raise TypeError("Money.yuan() does not take floats")
        return cls(to_fen(Decimal(amount)))

    @classmethod
    def parse(cls, text: str, *, allow_negative: bool = False) -> Money:
        """Parse what people type: '1,234.5', '¥1234.50', '1.2万', '３００元', '-50' (if allowed).

        Raises MoneyError with code money.empty / money.invalid / money.too_precise /
        money.too_large / money.negative.
        """
        if text is None or not str(text).strip():
            raise MoneyError("money.empty")
        raw = str(text)
        cleaned = unicodedata.normalize("NFKC", raw).strip().lower().translate(_STRIP)
        cleaned = cleaned.replace("rmb", "").replace("cny", "")
        match = _NUMBER.match(cleaned)
        if not match:
            raise MoneyError("money.invalid", text=raw.strip())
        sign, digits, unit = match.groups()
        try:
            value = Decimal(digits)
        except InvalidOperation:  # pragma: no cover - the regex admits only valid decimals
            raise MoneyError("money.invalid", text=raw.strip()) from None
        if unit:
            value *= _UNITS[unit]
        fen_exact = value * FEN_PER_YUAN
        if fen_exact != fen_exact.to_integral_value():
            raise MoneyError("money.too_precise")
        fen = int(fen_exact)
        if fen > MAX_FEN:
            raise MoneyError("money.too_large")
        if sign == "-":
            if not allow_negative and fen:
                raise MoneyError("money.negative")
            fen = -fen
        return cls(fen)

    # views ----------------------------------------------------------------------------------
    @property
    def as_yuan(self) -> Decimal:
        """The amount in yuan as a Decimal with two places."""
        return (Decimal(self.fen) / FEN_PER_YUAN).quantize(Decimal("0.01"))

    def plain(self) -> str:
        """Two-decimal text with no symbol or grouping: '1234.50' (what JSON and CSV carry)."""
        return f"{self.as_yuan:.2f}"

    def format(self, lang: str = "zh_CN", *, symbol: bool = True, in_text: bool = False) -> str:
        """The amount grouped by thousands, as `lang` writes it.

        On screens and in tables both languages write '¥1,234.50' (symbol=False: '1,234.50').
        Inside a sentence (in_text=True) Chinese writes the unit after the figure,
        '1,234.50元', and English keeps the sign in front, '¥1,234.50'.
        """
        body = f"{abs(self.as_yuan):,.2f}"
        sign = "-" if self.fen < 0 else ""
        if in_text and lang == "zh_CN":
            return f"{sign}{body}元"
        return f"{sign}¥{body}" if symbol else f"{sign}{body}"

    def format_compact(self, lang: str = "zh_CN") -> str:
        """Short form for charts and badges: '1.23万' in Chinese, '12.3k' in English."""
        yuan = self.as_yuan
        if lang == "zh_CN" and abs(yuan) >= 10_000:
            return f"{(yuan / 10_000).quantize(Decimal('0.01')).normalize():f}万"
        if lang != "zh_CN" and abs(yuan) >= 1_000:
            return f"{(yuan / 1_000).quantize(Decimal('0.1')).normalize():f}k"
        return f"{yuan.normalize():f}" if yuan == yuan.to_integral_value() else f"{yuan:.2f}"

    def upper(self) -> str:
        """人民币大写, e.g. 壹仟贰佰叁拾肆元伍角整 (via cn2an, imported when first needed)."""
        import cn2an

        return cn2an.an2cn(self.plain(), "rmb")

    def __str__(self) -> str:
        return self.format()

    # arithmetic -----------------------------------------------------------------------------
    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.fen + other.fen)

    def __radd__(self, other: object) -> Money:
        if other == 0:  # lets sum() start from 0
            return self
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.fen - other.fen)

    def __neg__(self) -> Money:
        return Money(-self.fen)

    def __abs__(self) -> Money:
        return Money(abs(self.fen))

    def __mul__(self, factor: int | Decimal) -> Money:
        if isinstance(factor, bool) or isinstance(factor, float) or not isinstance(factor, (int, Decimal)):
            return NotImplemented
        return Money(int((Decimal(self.fen) * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP)))

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.fen != 0

    def is_negative(self) -> bool:
        return self.fen < 0


def parse_rate(text: str) -> Decimal:
    """Parse a percentage as typed ('12', '12.5%', '０.０５％') into a Decimal percent."""
    raw = "" if text is None else str(text)
    cleaned = unicodedata.normalize("NFKC", raw).strip().rstrip("%").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise MoneyError("rate.invalid", text=raw.strip()) from None
    if not value.is_finite():
        raise MoneyError("rate.invalid", text=raw.strip())
    if value < 0:
        raise MoneyError("rate.negative")
    return value
