"""A tiny neutral document model: each document is built once as data, then rendered
to .docx (render_docx) and to printable HTML (render_html)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Title:
    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1  # 1 or 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    bold: bool = False
    align: Align = Align.LEFT
    indent_first_line: bool = False  # Chinese body text indents the first line by two characters
    keep_with_next: bool = False  # on the same page as what follows (a letter's closing and its signature)


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row; `align` per column (default left); `total` is shown bold last;
    `widths` are relative column weights (default: equal)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[Align, ...] = ()
    total: tuple[str, ...] | None = None
    widths: tuple[int, ...] = ()

    def shares(self) -> tuple[float, ...]:
        """Each column's share of the table width (layout only, never money)."""
        weights = self.widths if len(self.widths) == len(self.header) else (1,) * len(self.header)
        return tuple(w / sum(weights) for w in weights)

    def alignment(self, column: int) -> Align:
        return self.align[column] if column < len(self.align) else Align.LEFT


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """Lines such as ('签名：', '') or ('日期：', '2026年4月20日'), set to the right of the page
    (`indent`) or from the left margin; kept on one page with the paragraph before them."""

    lines: tuple[tuple[str, str], ...]
    indent: bool = True


Block = Title | Heading | Paragraph | Table | SignatureBlock


@dataclass(frozen=True, slots=True)
class Document:
    """A whole document: its title, its blocks in order and its language ('zh_CN' or 'en')."""

    title: str
    blocks: tuple[Block, ...]
    lang: str = "zh_CN"

    def kept_ending(self) -> str | None:
        """The first line of the closing paragraphs kept on the page of the final signature
        (the trailing run of keep_with_next paragraphs), for renderers that paginate on their own."""
        if not self.blocks or not isinstance(self.blocks[-1], SignatureBlock):
            return None
        first = None
        for block in reversed(self.blocks[:-1]):
            if not (isinstance(block, Paragraph) and block.keep_with_next):
                break
            first = block
        return first.text.split("\n")[0] if first is not None else None

    def text(self) -> str:
        """All the words, one block or row per line (for search, tests and previews)."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Table):
                lines.append("\t".join(block.header))
                lines.extend("\t".join(row) for row in block.rows)
                if block.total:
                    lines.append("\t".join(block.total))
            elif isinstance(block, SignatureBlock):
                lines.extend(f"{label}{value}" for label, value in block.lines)
            else:
                lines.append(block.text)
        return "\n".join(lines)
