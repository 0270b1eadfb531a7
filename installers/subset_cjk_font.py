"""Build resources/fonts/NotoSansSC-RepayDesk.ttf: Noto Sans CJK SC cut down to GB2312 plus every
character the app's sources and translations use, as TrueType outlines (matplotlib embeds those
in PDF). Run by hand after adding text with new characters:

    .venv/bin/python installers/subset_cjk_font.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]

The source font comes from Debian's fonts-noto-cjk (SIL Open Font License 1.1, see
resources/fonts/OFL.txt).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TARGET = ROOT / "resources" / "fonts" / "NotoSansSC-RepayDesk.ttf"
FAMILY = "Noto Sans SC RepayDesk"


def gb2312() -> set[str]:
    found = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def app_characters() -> set[str]:
    found = set()
    for path in [*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("resources", "translations").glob("*.ts")]:
        found |= set(path.read_text(encoding="utf-8"))
    return found


def to_truetype(font) -> None:
    """CFF outlines to quadratic TrueType glyphs (after fontTools' otf2ttf snippet)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    font["head"].glyphDataFormat = 0
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["post"].formatType = 2.0
    font["post"].extraNames, font["post"].mapping = [], {}
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\0\1\0\0"


def rename(font) -> None:
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = f"{FAMILY} Regular"
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "") + "-Regular"


def main(source: Path = SOURCE) -> None:
    collection = TTCollection(str(source))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    characters = gb2312() | app_characters() | {chr(c) for c in range(0x20, 0x7F)} | set("¥￥，。：；！？（）【】“”‘’、…—·％")
    options = subset.Options()
    options.layout_features = []  # horizontal text needs none; 'locl' alone would pull in ~6 000 regional forms
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(ch) for ch in characters if ord(ch) >= 0x20})
    subsetter.subset(font)
    to_truetype(font)
    rename(font)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(TARGET))
    print(f"{TARGET}: {TARGET.stat().st_size // 1024} KiB, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE)
