"""Negotiation documents: gather each type's inputs from the vault (with defaults), build, render,
save atomically and keep a record (with the exact file bytes) in the vault; the user's own wording
per type and language; the list of generated documents with sent / to whom / when.

Every function takes the repository and plain values (`today`, `now`); none imports Qt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.budget import BudgetInputs, compute_statement
from app.core.diary import who_text
from app.core.messages import CodedError, text
from app.core.money import Money
from app.core.records import (
    Attachment, ContactEntry, DocumentRecord, LenderType, Loan, Profile, RateBasis, Scenario, WhatIfKind,
)
from app.documents import agreement, complaint, extension, instalment, objection, request
from app.documents.inputs import (
    AgreementData,
    Breakdown,
    ComplaintData,
    ExtensionData,
    Fact,
    InstalmentData,
    LoanFacts,
    ObjectionData,
    Outstanding,
    Party,
    Proposal,
    RequestData,
    ScheduleLine,
)
from app.documents.labels import joined
from app.documents.model import Document
from app.documents.proposal import default_proposal, equal_instalments
from app.documents.wording import Words, Wording, catalogue_words, check_edit

if TYPE_CHECKING:
    from app.core.loan_summary import LoanSummary
    from app.store.repository import Repository

KINDS = ("statement", "request", "extension", "agreement", "complaint", "objection", "instalment")
PROPOSAL_KINDS = ("request", "extension", "agreement", "instalment")  # the types that state a proposal
INSTALMENT_MONTHS = 36
EXTENSION_MONTHS = 3
WORDING_KEY = "documents.wording.{kind}.{lang}"

def _d(key: str, lang: str, **params: object) -> str:
    """A default the services fill in (the payment method, the court, a rate as the contract states it …)."""
    return text(f"doc.defaults.{key}", lang, **params)


@dataclass(frozen=True, slots=True)
class StatementDraft:
    """财务状况说明: the budget as it stands, with the name, date and hardship text editable."""

    name: str
    on: dt.date
    hardship: str
    inputs: BudgetInputs = field(metadata={"form": False})


@dataclass(frozen=True, slots=True)
class Draft:
    """One document's inputs, ready to edit and build."""

    kind: str
    data: object
    loan_id: int | None = None
    lender: str = ""
    proposal_from: Scenario | None = None  # the saved scenario the proposal comes from (None: the default)


def _build_statement(data: StatementDraft, lang: str, edits: Mapping[str, str] | None = None) -> Document:
    from app.documents.statement import build_statement

    profile = Profile(full_name=data.name, hardship=data.hardship)
    return build_statement(compute_statement(data.inputs), profile, data.inputs, data.on, lang, edits)


_BUILDERS: dict[str, Callable[..., Document]] = {
    "statement": _build_statement,
    "request": request.build_request,
    "extension": extension.build_extension,
    "agreement": agreement.build_agreement,
    "complaint": complaint.build_complaint,
    "objection": objection.build_objection,
    "instalment": instalment.build_instalment,
}


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise CodedError("document.unknown_kind", kind=kind)


# --- wording -------------------------------------------------------------------------------
def default_words(kind: str) -> Words:
    """The phrases of a document type that the user may reword (for the statement: its sentences)."""
    _check_kind(kind)
    words = catalogue_words(_prefix(kind))
    if kind == "statement":
        from app.documents.statement import PROSE

        return {key: words[key] for key in PROSE}
    return words


def _prefix(kind: str) -> str:
    """Where a document type's words live in the catalogue."""
    return "statement." if kind == "statement" else f"doc.{kind}."


def wording(repo: Repository, kind: str, lang: str) -> dict[str, str]:
    """The user's saved wording for a type and language (only the phrases they changed)."""
    raw = repo.get_setting(WORDING_KEY.format(kind=kind, lang=lang), "") or ""
    try:
        saved = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    words = default_words(kind)
    return {k: v for k, v in saved.items() if k in words and isinstance(v, str)} if isinstance(saved, dict) else {}


def save_wording(repo: Repository, kind: str, lang: str, edits: Mapping[str, str]) -> dict[str, str]:
    """Keep the phrases that differ from ours; refuses (CodedError) a phrase with unknown placeholders."""
    allowed = default_words(kind)
    phrases = Wording(_prefix(kind), lang)
    kept: dict[str, str] = {}
    for key, phrase in edits.items():
        if key not in allowed:
            continue
        default = phrases.default(key)
        if phrase.strip() and phrase != default:
            check_edit(default, phrase)
            kept[key] = phrase
    repo.set_setting(WORDING_KEY.format(kind=kind, lang=lang), json.dumps(kept, ensure_ascii=False, sort_keys=True))
    return kept


def reset_wording(repo: Repository, kind: str, lang: str) -> None:
    """Back to our wording for this type and language."""
    repo.set_setting(WORDING_KEY.format(kind=kind, lang=lang), "{}")


# --- gathering the inputs ------------------------------------------------------------------
def lawful_breakdown(summary: LoanSummary) -> Breakdown | None:
    """The lawful balance (app/core/lawful_balance.py) by component: the principal as received less what
    payments repaid of it, and the interest allowed on it; the legal line covers fees and penalties, so
    none are added. None when the core has none (a closed loan, or one it cannot compute)."""
    lawful = summary.lawful
    if lawful is None:
        return None
    principal = min(lawful.principal - lawful.paid_principal, lawful.owed)
    return Breakdown(principal=principal, interest=lawful.owed - principal)


DEFAULT_PROPOSAL = 0  # a scenario id that asks for the default proposal even when a scenario is marked


def proposal_for(
    repo: Repository, loan_id: int | None, outstanding: Outstanding, today: dt.date, count: int,
    scenario_id: int | None = None,
) -> tuple[Proposal, Scenario | None]:
    """The proposal a request or agreement is drafted from, and the saved scenario it comes from: the
    scenario `scenario_id`, or else the one marked as the proposal for this loan's lender; without one
    (or with DEFAULT_PROPOSAL) the default: penalties waived, `count` equal monthly instalments."""
    found = _scenario_schedule(repo, loan_id, today, scenario_id)
    if found is None:
        return default_proposal(outstanding, today, count), None
    scenario, rows = found
    asked = {w.kind: w for w in scenario.what_ifs if w.loan_id == loan_id}  # the terms negotiated with this lender
    lower, grace = asked.get(WhatIfKind.LOWER_RATE), asked.get(WhatIfKind.GRACE)
    waived = Breakdown(penalties=outstanding.stated.penalties) if WhatIfKind.WAIVE_PENALTIES in asked else Breakdown()
    lines = tuple(ScheduleLine(row.period, row.due_date, row.amount) for row in rows)
    return Proposal(rows=lines, waived=waived, grace_months=grace.months if grace else 0,
                    rate_reduction_percent=lower.rate_percent if lower else None), scenario


def _scenario_schedule(repo: Repository, loan_id: int | None, today: dt.date, scenario_id: int | None):
    """(scenario, the payments it makes to this loan's lender) or None for the default proposal."""
    from app.core.payoff import proposal_schedule
    from app.services import scenarios

    if loan_id is None or scenario_id == DEFAULT_PROPOSAL:
        return None
    if scenario_id is None:
        marked = repo.list(Scenario, loan_id=loan_id)
        if not marked:
            return None
        scenario = marked[0]
    else:
        scenario = scenarios.load_scenario(repo, scenario_id)
    try:
        outcome = scenarios.run_scenario(repo, scenario, today)
    except CodedError as error:  # e.g. no open loan left to plan: the scenario pays this lender nothing
        if error.code != "scenario.no_loans":
            raise
        return scenario, ()
    position = next((i for i, terms in enumerate(outcome.inputs.loans) if terms.loan_id == loan_id), None)
    if position is None:
        return scenario, ()
    return scenario, proposal_schedule(outcome.result, position, outcome.inputs.due_days[position])


def saved_proposals(repo: Repository) -> list[Scenario]:
    """The saved scenarios a document's proposal can come from, the ones marked for a lender first."""
    return sorted(repo.list(Scenario), key=lambda s: (s.loan_id is None, s.name, s.id or 0))


def spread(rows: tuple[ScheduleLine, ...], count: int) -> tuple[ScheduleLine, ...]:
    """The same total over `count` equal monthly instalments from the same first due date."""
    if not rows or rows[0].due_date is None:
        raise CodedError("document.no_schedule_rows")
    return equal_instalments(Money(sum(row.amount.fen for row in rows)), count, rows[0].due_date)


def _rate(loan: Loan, lang: str) -> str:
    return _d(f"rate_{RateBasis(loan.rate_basis).value}", lang, rate=f"{loan.rate_percent.normalize():f}")


def loan_facts(summary: LoanSummary | None, lang: str) -> LoanFacts:
    if summary is None:
        return LoanFacts()
    loan = summary.loan
    since = summary.on - dt.timedelta(days=summary.days_overdue) if summary.days_overdue else None
    return LoanFacts(
        lender=loan.lender,
        contract_no=loan.contract_no,
        contract_date=loan.contract_date,
        principal=loan.principal,
        received=loan.received,
        instalments=loan.instalments,
        rate=_rate(loan, lang),
        overdue_since=since,
        overdue_amount=summary.overdue_amount if since else None,
    )


def outstanding_of(summary: LoanSummary | None) -> Outstanding:
    if summary is None:
        return Outstanding()
    claimed = Breakdown(
        principal=summary.outstanding_principal,
        interest=summary.outstanding_interest,
        penalties=summary.penalties,
        fees=summary.outstanding_fees,
    )
    lawful = lawful_breakdown(summary)
    return Outstanding(claimed=claimed, lawful=lawful)


def _pick_loan(summaries: list[LoanSummary], kind: str, repo: Repository, loan_id: int | None) -> LoanSummary | None:
    if loan_id is not None:
        for summary in summaries:
            if summary.loan.id == loan_id:
                return summary
        raise CodedError("document.no_loan", id=loan_id)
    open_ = [s for s in summaries if not s.loan.archived and s.outstanding_total.fen > 0] or summaries
    if not open_:
        return None
    if kind == "instalment":
        return next((s for s in open_ if s.loan.lender_type == LenderType.BANK), open_[0])
    if kind == "complaint":
        flagged: dict[int | None, int] = {}
        for contact in repo.list(ContactEntry):
            if contact.misconduct:
                flagged[contact.loan_id] = flagged.get(contact.loan_id, 0) + 1
        return max(open_, key=lambda s: flagged.get(s.loan.id, 0))
    return max(open_, key=lambda s: s.days_overdue)


def _borrower(profile: Profile) -> Party:
    return Party(name=profile.full_name, id_number=profile.id_number, address=profile.address, phone=profile.phone)


def _capacity(repo: Repository, today: dt.date, summaries: list[LoanSummary]) -> Money:
    from app.services.budget import load_budget

    inputs, _profile = load_budget(repo, today, summaries)
    return compute_statement(inputs).available


def _evidence_label(attachment: Attachment, lang: str) -> str:
    return _d("sha", lang, name=attachment.filename, digest=attachment.sha256[:12])


def _facts(repo: Repository, loan_id: int | None, lang: str) -> tuple[Fact, ...]:
    attachments = repo.list(Attachment)
    facts = []
    for contact in repo.list(ContactEntry):
        if not contact.misconduct or (loan_id is not None and contact.loan_id not in (loan_id, None)):
            continue
        what = joined((contact.summary, contact.answer), lang)
        evidence = tuple(_evidence_label(a, lang) for a in attachments if a.contact_id == contact.id)
        facts.append(Fact(contact.happened_at, contact.channel.value, who_text(contact, lang), what, contact.misconduct, evidence))
    return tuple(sorted(facts, key=lambda fact: fact.when))


def gather(
    repo: Repository, kind: str, today: dt.date, lang: str = "zh_CN", loan_id: int | None = None,
    scenario_id: int | None = None,
) -> Draft:
    """The inputs of a `kind` document filled from the vault, with defaults for what it does not hold;
    the proposal from `scenario_id` (see `proposal_for`)."""
    from app.services.register import summarise_register

    _check_kind(kind)
    summaries = summarise_register(repo, today)
    profile = repo.get_profile()
    borrower = _borrower(profile)
    if kind == "statement":
        from app.services.budget import load_budget

        inputs, _ = load_budget(repo, today, summaries)
        return Draft(kind, StatementDraft(profile.full_name, today, profile.hardship, inputs))
    summary = _pick_loan(summaries, kind, repo, loan_id)
    loan_id = summary.loan.id if summary else None
    lender = summary.loan.lender if summary else ""
    facts = loan_facts(summary, lang)
    outstanding = outstanding_of(summary)
    count = INSTALMENT_MONTHS if kind == "instalment" else 12
    proposal, scenario = proposal_for(repo, loan_id, outstanding, today, count, scenario_id) if kind in PROPOSAL_KINDS else (
        Proposal(), None)
    if kind == "request":
        data: object = RequestData(borrower, facts, outstanding, proposal, today, profile.hardship, _capacity(repo, today, summaries))
    elif kind == "extension":
        from app.core.schedule import add_months

        proposal = dataclasses.replace(proposal, extension_months=EXTENSION_MONTHS)
        data = ExtensionData(borrower, facts, outstanding, proposal, today, profile.hardship, add_months(today, EXTENSION_MONTHS))
    elif kind == "agreement":
        data = AgreementData(
            Party(name=lender), borrower, facts, outstanding, proposal, today,
            payment_method=_d("payment_method", lang), dispute_court=_d("court", lang),
        )  # fmt: skip
    elif kind == "complaint":
        found = _facts(repo, loan_id, lang)
        staff = "、".join(dict.fromkeys(f.counterparty for f in found if f.counterparty))
        default_request = Wording(complaint.PHRASES, lang, wording(repo, kind, lang))("default_request")
        data = ComplaintData(borrower, lender, today, staff=staff, loan=facts, facts=found, request=default_request,
                             lender_type=summary.loan.lender_type.value if summary else None)
    elif kind == "objection":
        evidence = tuple(_evidence_label(a, lang) for a in repo.list(Attachment) if loan_id is not None and a.loan_id == loan_id)
        entry = _d("entry", lang, lender=lender) if lender else ""
        data = ObjectionData(borrower, lender, today, loan=facts, entry=entry, evidence=evidence)
    else:
        evidence = (_d("statement_evidence", lang), _d("income_evidence", lang))
        data = InstalmentData(
            borrower, lender, outstanding, proposal, today, card_no=summary.loan.contract_no if summary else "",
            hardship=profile.hardship, monthly_capacity=_capacity(repo, today, summaries), evidence=evidence,
        )  # fmt: skip
    return Draft(kind, data, loan_id, lender, scenario)


# --- building and exporting ----------------------------------------------------------------
def build(draft: Draft, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    """The neutral document (raises CodedError, e.g. document.no_schedule for an agreement without rows)."""
    _check_kind(draft.kind)
    return _BUILDERS[draft.kind](draft.data, lang, edits)


def docx_bytes(model: Document) -> bytes:
    from app.documents.render_docx import render_docx

    buffer = io.BytesIO()
    render_docx(model).save(buffer)
    return buffer.getvalue()


def file_stem(kind: str, lang: str, on: dt.date) -> str:
    """A file name (without suffix) for a new document: its title and date, safe on every system."""
    title = text("doc.file.statement" if kind == "statement" else f"doc.{kind}.title", lang)
    return f"{title}-{on.isoformat()}".replace("/", "-").replace(" ", "-")


def export(repo: Repository, draft: Draft, lang: str, path: Path | str, now: dt.datetime, model: Document | None = None) -> DocumentRecord:
    """Save the document (.docx, or printable .html by the suffix) atomically at `path` and record it,
    bytes included, in the vault; `model` when already built with the user's wording. Nothing is
    recorded when the file cannot be written."""
    model = model or build(draft, lang, wording(repo, draft.kind, lang))
    data = html_bytes(model) if Path(path).suffix.lower() == ".html" else docx_bytes(model)
    return save_file(repo, draft, model.title, lang, data, path, now)


def save_file(repo: Repository, draft: Draft, title: str, lang: str, data: bytes, path: Path | str, now: dt.datetime) -> DocumentRecord:
    """Write `data` (a rendered document in any format, e.g. the GUI's PDF) atomically and record it."""
    return keep(repo, draft.kind, title, lang, data, path, now, loan_id=draft.loan_id, lender=draft.lender)


def keep(repo: Repository, kind: str, title: str, lang: str, data: bytes, path: Path | str, now: dt.datetime,
         *, loan_id: int | None = None, lender: str = "") -> DocumentRecord:
    """The one way a generated file is saved (atomically, owner-only) and kept in the vault, bytes included."""
    from app.documents.save import save_bytes

    saved = save_bytes(data, path)
    entry = DocumentRecord(
        kind=kind, title=title, created_at=now.replace(microsecond=0), loan_id=loan_id,
        saved_to=str(Path(saved).resolve()), lender=lender, lang=lang,
    )  # fmt: skip
    return repo.add_document(entry, data)


def html_bytes(model: Document) -> bytes:
    from app.documents.render_html import render_html

    return render_html(model).encode("utf-8")


def generated(repo: Repository) -> list[DocumentRecord]:
    """Every generated document, newest first."""
    return sorted(repo.list(DocumentRecord), key=lambda d: (d.created_at, d.id or 0), reverse=True)


def set_sent(repo: Repository, document_id: int, sent: bool, sent_to: str, sent_on: dt.date | None) -> DocumentRecord:
    current = repo.get(DocumentRecord, document_id)
    changed = dataclasses.replace(current, sent=sent, sent_to=sent_to.strip(), sent_on=sent_on if sent else None)
    return repo.update(changed)


def save_copy(repo: Repository, document_id: int, path: Path | str) -> Path:
    """Write the kept bytes of a generated document to `path` (atomically)."""
    from app.documents.save import save_bytes

    return save_bytes(document_file(repo, document_id), path)


def document_file(repo: Repository, document_id: int) -> bytes:
    """The exact bytes kept for a generated document."""
    data = repo.document_data(document_id)
    if data is None:
        raise CodedError("document.not_kept")
    return data
