"""投诉信: a complaint about collection misconduct, in the order the 2020 complaint rules ask
(银行业保险业消费投诉处理管理办法 art. 13): who complains and how to reach them, which institution
and staff, the request, the facts and their basis, the evidence, the signature."""

from __future__ import annotations

from collections.abc import Mapping

from app.core.messages import CATALOGUE, text
from app.core.misconduct import BY_CODE
from app.documents import parts
from app.documents.inputs import ComplaintData, Fact
from app.documents.labels import joined
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.request import numbered
from app.documents.wording import Wording

KIND = "complaint"
PHRASES = f"doc.{KIND}."  # its phrases in the catalogue


def _when(fact: Fact, lang: str) -> str:
    return f"{parts.date_text(fact.when.date(), lang)} {fact.when:%H:%M}"


def _channel(code: str, lang: str) -> str:
    """How the contact came, as the fact sentence says it ('by phone' / '电话'); an unknown code as it is."""
    return text(f"doc.channel.{code}", lang) if f"doc.channel.{code}" in CATALOGUE else code


def _fact(w: Wording, fact: Fact) -> str:
    lang = w.lang
    sentence = w("fact", when=_when(fact, lang), who=fact.counterparty, channel=_channel(fact.channel, lang), what=fact.what)
    flags = [BY_CODE[code].label(lang) if code in BY_CODE else code for code in fact.misconduct]
    if flags:  # between phrases: the checklist's labels hold 、 themselves
        sentence += w("fact_flags", flags=joined(flags, lang))
    if fact.evidence:
        sentence += w("fact_evidence", items=joined(fact.evidence, lang, "names"))
    return sentence


def _bases(w: Wording, facts: tuple[Fact, ...], lender_type: str | None) -> list[str]:
    """What each flagged kind of misconduct is and where the rule it touches is written for this kind of
    lender: the diary's checklist, so that the letter and the diary agree."""
    codes = list(dict.fromkeys(code for fact in facts for code in fact.misconduct if code in BY_CODE))
    return [w("basis", what=BY_CODE[c].label(w.lang), rule=BY_CODE[c].source(w.lang, lender_type))
            for c in codes] or [w("no_basis")]


def build_complaint(data: ComplaintData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(PHRASES, lang, edits)
    facts = tuple(sorted(data.facts, key=lambda fact: fact.when))
    evidence = list(dict.fromkeys([*data.evidence, *(item for fact in facts for item in fact.evidence)]))
    blocks: list[Block] = [
        Title(w("title")),
        Paragraph(w(f"to_{data.recipient.value}", institution=data.institution)),
        Heading(w("h_who")),
        parts.party_lines(w("complainant"), data.complainant, lang),
        Heading(w("h_against")),
        Paragraph(w("institution", institution=data.institution)),
        Paragraph(w("staff", staff=data.staff)),
    ]
    if data.loan.contract_no or data.loan.contract_date:
        loan = data.loan
        blocks.append(Paragraph(w("loan", contract_no=loan.contract_no, contract_date=parts.date_text(loan.contract_date, lang))))
    blocks += [Heading(w("h_request")), *parts.paragraphs(data.request, w("default_request"))]
    blocks.append(Heading(w("h_facts")))
    blocks += numbered([_fact(w, fact) for fact in facts], lang) if facts else [Paragraph(w("no_facts"))]
    blocks += [Heading(w("h_basis")), *numbered(_bases(w, facts, data.lender_type), lang), Heading(w("h_evidence"))]
    blocks.append(parts.evidence_table(evidence, lang))
    blocks += [
        *parts.closing(w("closing")),
        parts.signed(w("signature"), data.complainant.name, data.on, lang, w("date")),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)

