"""A rough password-strength estimate for the live hint (no Qt: the UI translates the verdict)."""

from __future__ import annotations

import math
import string
from enum import IntEnum


class Strength(IntEnum):
    EMPTY = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


COMMON = frozenset(
    {"123456", "12345678", "123456789", "1234567890", "password", "qwerty", "111111", "000000",
     "888888", "666666", "abc123", "a123456", "iloveyou", "password1", "woaini", "woaini1314", "qwertyuiop"}
)


def estimate_bits(password: str) -> float:
    """Entropy estimate: length × log2(size of the character classes used)."""
    pool = 0
    if any(c in string.ascii_lowercase for c in password):
        pool += 26
    if any(c in string.ascii_uppercase for c in password):
        pool += 26
    if any(c in string.digits for c in password):
        pool += 10
    if any(c in string.punctuation or c == " " for c in password):
        pool += 33
    if any(ord(c) > 127 for c in password):
        pool += 1000
    if pool == 0:
        return 0.0
    distinct = len(set(password))
    effective_length = min(len(password), distinct * 2)
    return effective_length * math.log2(pool)


def strength(password: str) -> Strength:
    if not password:
        return Strength.EMPTY
    if password.lower() in COMMON or len(password) < 8:
        return Strength.WEAK
    bits = estimate_bits(password)
    if bits < 45:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.STRONG
    return Strength.VERY_STRONG
