"""The evidence report (证据材料清单): flagged incidents in time order, contacts per lender per day,
and every file kept in the vault with its SHA-256. Built once as a model Document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.core import misconduct
from app.core.diary import AttachmentInfo, DiaryLine, size_text
from app.core.labels import label
from app.core.messages import text
from app.core.misconduct import daily_counts, known, labels
from app.documents.labels import joined, long_date
from app.documents.model import Align, Block, Document, Heading, Paragraph, Table, Title

def _w(key: str, lang: str, **params: object) -> str:
    return text(f"doc.evidence.{key}", lang, **params)


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _who(line: DiaryLine, lang: str) -> str:
    e = line.entry
    person = " ".join(part for part in (e.person_name, e.staff_id, e.phone) if part)
    parts = [line.lender, e.counterparty if e.counterparty != line.lender else "", person]
    if e.third_party:
        parts.append(f"→ {e.third_party}")
    return joined(parts, lang, "parts")


def _said(line: DiaryLine, lang: str) -> str:
    e = line.entry
    return joined((e.summary, e.answer, e.promised), lang)


def build_evidence_report(
    lines: Sequence[DiaryLine],
    files: Sequence[AttachmentInfo],
    now: dt.datetime,
    lang: str = "zh_CN",
    lender: str = "",
    daily_limit: int = misconduct.DEFAULT_DAILY_LIMIT,
) -> Document:
    """The report for the diary `lines` (any order) and their `files`; `lender` names a narrowed scope."""
    ordered = sorted(lines, key=lambda line: (line.entry.happened_at, line.entry.id or 0))
    scope = _w("scope", lang, lender=lender) if lender else ""
    blocks: list[Block] = [
        Title(_w("title", lang)),
        Paragraph(_w("made", lang, date=long_date(now.date(), lang), scope=scope), indent_first_line=True),
        Paragraph(_w("time_notice", lang), bold=True),
        Heading(_w("h_incidents", lang)),
        *_incidents(ordered, lang),
        Heading(_w("h_daily", lang)),
        Paragraph(_w("daily_note", lang, limit=daily_limit)),
        *_daily(ordered, lang, daily_limit),
        Heading(_w("h_files", lang)),
        *_files(files, {line.entry.id: line for line in ordered}, lang),
        Heading(_w("h_rules", lang)),
        *_rules(ordered, lang),
    ]
    return Document(_w("title", lang), tuple(blocks), lang)


def _incidents(lines: Sequence[DiaryLine], lang: str) -> list[Block]:
    rows = tuple(
        (_when(line.entry.happened_at), _who(line, lang), label(line.entry.channel, lang),
         _said(line, lang), joined(labels(line.entry.misconduct, lang), lang))
        for line in lines if known(line.entry.misconduct)
    )
    if not rows:
        return [Paragraph(_w("none", lang))]
    header = tuple(_w(key, lang) for key in ("when", "who", "channel", "said", "rule"))
    return [Table(header, rows, widths=(3, 4, 2, 6, 4))]


def _daily(lines: Sequence[DiaryLine], lang: str, limit: int) -> list[Block]:
    names = {}
    for line in lines:
        names.setdefault(misconduct.lender_key(line.entry), line.lender)
    counts = daily_counts(line.entry for line in lines)
    rows = tuple(
        (day.isoformat(), names[key], _w("over", lang, count=n, limit=limit) if n > limit else str(n))
        for (key, day), n in sorted(counts.items(), key=lambda item: (item[0][1], names[item[0][0]]))
    )
    if not rows:
        return [Paragraph(_w("none", lang))]
    header = (_w("day", lang), _w("lender", lang), _w("count", lang))
    return [Table(header, rows, align=(Align.LEFT, Align.LEFT, Align.RIGHT), widths=(2, 5, 2))]


def _files(files: Sequence[AttachmentInfo], by_entry: dict, lang: str) -> list[Block]:
    rows = []
    for info in files:
        a = info.attachment
        entry = by_entry.get(a.contact_id)
        about = f"{_when(entry.entry.happened_at)} {entry.entry.summary}" if entry else ""
        rows.append((a.filename, size_text(a.size), _when(a.added_at), a.sha256, about))
    if not rows:
        return [Paragraph(_w("none", lang))]
    header = tuple(_w(key, lang) for key in ("file", "size", "added", "entry"))
    header = (header[0], header[1], header[2], "SHA-256", header[3])
    return [Table(header, tuple(rows), align=(Align.LEFT, Align.RIGHT), widths=(4, 2, 3, 6, 4))]


def _rules(lines: Sequence[DiaryLine], lang: str) -> list[Block]:
    codes = {code for line in lines for code in line.entry.misconduct}
    items = known(codes)
    if not items:
        return [Paragraph(_w("none", lang))]
    rows = tuple((item.label(lang), item.rule(lang), item.source(lang)) for item in items)
    header = (_w("item", lang), _w("rule", lang), _w("source", lang))
    blocks: list[Block] = [Table(header, rows, widths=(3, 5, 4)), Paragraph(_w("what_to_do", lang), bold=True)]
    blocks += [Paragraph(line) for line in misconduct.advice(codes, lang)]
    return blocks
