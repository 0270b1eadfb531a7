"""Pieces the negotiation documents share: blanks, amounts in figures and 大写, parties,
the outstanding amount, the schedule table and the closing signature lines."""

from __future__ import annotations

import datetime as dt

from app.core.messages import text
from app.core.money import Money
from app.documents.inputs import Basis, Breakdown, Outstanding, Party, Proposal
from app.documents.labels import long_date
from app.documents.model import Align, Block, Paragraph, SignatureBlock, Table
from app.documents.wording import BLANK, Wording

L, C, R = Align.LEFT, Align.CENTER, Align.RIGHT

def word(key: str, lang: str, **params: object) -> str:
    """A word every document uses the same way (not reworded by the user)."""
    return text(f"doc.parts.{key}", lang, **params)


def text_or_blank(value: str | None) -> str:
    return value.strip() if value and value.strip() else BLANK


def figure(amount: Money | None) -> str:
    """'1,234.50' (no symbol), or a blank."""
    return BLANK if amount is None else amount.format(symbol=False)


def amount_words(amount: Money | None, lang: str) -> str:
    """'人民币1,234.50元（大写：壹仟贰佰叁拾肆元伍角整）', or a blank."""
    if amount is None:
        return BLANK
    return word("upper", lang, figure=figure(amount), upper=amount.upper())


def date_text(day: dt.date | None, lang: str) -> str:
    return BLANK if day is None else long_date(day, lang)


def blank_date(lang: str) -> str:
    return word("blank_date", lang)


def party_lines(role: str, party: Party, lang: str) -> Paragraph:
    """A party's name, ID number, address and phone, one per line, blanks where unknown."""
    lines = [word("field", lang, label=role, value=text_or_blank(party.name))]
    for key in ("id_number", "address", "phone"):
        lines.append(word("field", lang, label=word(key, lang), value=text_or_blank(getattr(party, key))))
    return Paragraph("\n".join(lines))


def outstanding_table(w: Wording, outstanding: Outstanding, waived: Breakdown | None = None) -> list[Block]:
    """The amount owed by component (and what is waived), then which basis it is stated on
    (the document's own "basis_claimed" / "basis_lawful" phrases)."""
    lang = w.lang
    owed = outstanding.stated
    keys = ("principal", "interest", "penalties", "fees")
    header = (word("component", lang), word("owed", lang)) + ((word("waived", lang),) if waived else ())
    rows = tuple(
        (word(key, lang), figure(getattr(owed, key))) + ((figure(getattr(waived, key)),) if waived else ())
        for key in keys
    )
    total = (word("total", lang), figure(owed.total)) + ((figure(waived.total),) if waived else ())
    table = Table(header=header, rows=rows, align=(L, R, R), total=total, widths=(4, 3, 3) if waived else (4, 3))
    basis = "basis_lawful" if outstanding.stated_basis == Basis.LAWFUL else "basis_claimed"
    return [table, Paragraph(w(basis), indent_first_line=True)]


def schedule_table(proposal: Proposal, lang: str) -> Table:
    rows = tuple(
        (word("instalment_n", lang, n=row.period), date_text(row.due_date, lang), figure(row.amount)) for row in proposal.rows
    )
    return Table(
        header=(word("period", lang), word("due_date", lang), word("amount", lang)),
        rows=rows,
        align=(C, C, R),
        total=(word("total", lang), "", figure(proposal.total)),
        widths=(2, 4, 3),
    )


def paragraphs(text: str, fallback: str = BLANK) -> list[Paragraph]:
    """The user's free text, one indented paragraph per non-empty line (or the fallback)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return [Paragraph(line, indent_first_line=True) for line in lines] or [Paragraph(fallback, indent_first_line=True)]


def signed(label: str, name: str, on: dt.date | None, lang: str, date_label: str) -> SignatureBlock:
    """'申请人：张三' and '日期：2026年4月20日' (blank lines where unknown)."""
    return SignatureBlock(((label, name.strip()), (date_label, date_text(on, lang) if on else "")))


def evidence_table(evidence: tuple[str, ...] | list[str], lang: str) -> Block:
    """The evidence as a numbered table, or a note that it is attached separately."""
    if not evidence:
        return Paragraph(word("no_evidence", lang))
    rows = tuple((str(n), item) for n, item in enumerate(evidence, start=1))
    return Table(header=(word("evidence_no", lang), word("evidence_item", lang)), rows=rows, align=(C, L), widths=(1, 8))


def closing(text: str, regards: str = "", lang: str = "zh_CN") -> list[Paragraph]:
    """The closing sentence and the salutation ('此致' indented, '敬礼' at the margin), all kept on
    the page of the signature that follows."""
    blocks = [Paragraph(text, indent_first_line=True, keep_with_next=True)]
    for number, line in enumerate(line for line in regards.splitlines() if line.strip()):
        blocks.append(Paragraph(line.strip(), indent_first_line=number == 0 and lang == "zh_CN", keep_with_next=True))
    return blocks
