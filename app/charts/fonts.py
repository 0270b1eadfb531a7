"""Pick an installed CJK font for matplotlib, so Chinese labels render (no empty boxes).

Looks in matplotlib's font list first, then once among the system's font files (a font
installed after matplotlib built its cache), then the subset of Noto Sans SC shipped in
resources/fonts (so Chinese renders on a machine with no Chinese font); falls back quietly
to matplotlib's default.
"""

from __future__ import annotations

import functools
import logging
import re

PREFERRED = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Heiti SC",
    "Noto Sans SC",
    # other regional cuts still cover the Chinese characters
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Sans CJK KR",
    "Source Han Sans",
    "Arial Unicode MS",
    "Noto Sans SC RepayDesk",  # the bundled subset (resources/fonts)
)
BUNDLED = "NotoSansSC-RepayDesk.ttf"
_FILE_HINT = re.compile(r"(notosanscjk|notosanssc|sourcehansans|msyh|pingfang|simhei|wqy|heiti|arialuni)", re.I)
FALLBACK = "DejaVu Sans"
log = logging.getLogger("repaydesk")


def _installed_names() -> set[str]:
    from matplotlib import font_manager

    return {entry.name for entry in font_manager.fontManager.ttflist}


def bundled_font_path():
    """The shipped CJK subset (resources/fonts), or None when it is missing."""
    from app.core.paths import resource_dir

    path = resource_dir() / "fonts" / BUNDLED
    return path if path.is_file() else None


def _add_bundled_font() -> None:
    from matplotlib import font_manager

    path = bundled_font_path()
    if path is not None and str(path) not in {entry.fname for entry in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(path))


def _add_system_cjk_files() -> None:
    """Register CJK font files matplotlib's cache does not know yet."""
    from matplotlib import font_manager

    known = {entry.fname for entry in font_manager.fontManager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known and _FILE_HINT.search(path.replace("-", "").replace("_", "")):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue


@functools.cache
def cjk_font() -> str | None:
    """The family name of the best installed CJK font, or None when there is none."""
    try:
        names = _installed_names()
        choice = next((name for name in PREFERRED if name in names), None)
        if choice is None:
            _add_system_cjk_files()
            _add_bundled_font()
            names = _installed_names()
            choice = next((name for name in PREFERRED if name in names), None)
        return choice
    except (OSError, RuntimeError) as error:  # unreadable font folders or cache must not stop a chart from drawing
        log.warning("no CJK font found for charts: %s", type(error).__name__)
        return None


def font_families() -> list[str]:
    """Families for text: the CJK font first (if any), then a Latin fallback per glyph."""
    choice = cjk_font()
    return [choice, FALLBACK] if choice else [FALLBACK]
