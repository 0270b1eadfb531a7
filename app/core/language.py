"""The user's language for text produced outside Qt (core messages, CLI output)."""

from __future__ import annotations

import os

SUPPORTED = ("zh_CN", "en")


def normalise(code: str | None) -> str:
    """Map a locale name such as 'zh_CN.UTF-8', 'zh-Hans' or 'en_US' to one of SUPPORTED."""
    if code and code.lower().startswith("zh"):
        return "zh_CN"
    return "en"


def from_environment() -> str:
    """The language the environment asks for (REPAYDESK_LANG, then LC_ALL, LC_MESSAGES, LANG)."""
    for var in ("REPAYDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise(value)
    return "en"
