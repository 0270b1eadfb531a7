"""Money on a chart axis, the way each language shortens it."""

from __future__ import annotations


def axis_label(value: float, lang: str) -> str:
    """A money tick: 2万 in Chinese, 20k in English."""
    if lang == "zh_CN" and abs(value) >= 10_000:
        return f"{value / 10_000:g}万"
    if lang != "zh_CN" and abs(value) >= 1_000:
        return f"{value / 1_000:g}k"
    return f"{value:g}"
