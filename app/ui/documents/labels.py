"""The Documents page's words for document types, input fields and choices (translated with tr)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DocumentFields"

KIND_LABELS = {
    "request": QT_TRANSLATE_NOOP("DocumentFields", "Request to negotiate repayment (协商还款申请书)"),
    "extension": QT_TRANSLATE_NOOP("DocumentFields", "Request for an extension (延期/展期还款申请)"),
    "agreement": QT_TRANSLATE_NOOP("DocumentFields", "Instalment agreement (分期还款协议)"),
    "statement": QT_TRANSLATE_NOOP("DocumentFields", "Statement of financial circumstances (财务状况说明)"),
    "complaint": QT_TRANSLATE_NOOP("DocumentFields", "Complaint about collection (投诉信)"),
    "objection": QT_TRANSLATE_NOOP("DocumentFields", "Credit report objection (征信异议申请)"),
    "instalment": QT_TRANSLATE_NOOP("DocumentFields", "Credit card instalment plan (个性化分期申请)"),
}

FIELD_LABELS = {
    "borrower": QT_TRANSLATE_NOOP("DocumentFields", "You (borrower)"),
    "applicant": QT_TRANSLATE_NOOP("DocumentFields", "You (applicant)"),
    "complainant": QT_TRANSLATE_NOOP("DocumentFields", "You (complainant)"),
    "cardholder": QT_TRANSLATE_NOOP("DocumentFields", "You (cardholder)"),
    "lender": QT_TRANSLATE_NOOP("DocumentFields", "Lender"),
    "name": QT_TRANSLATE_NOOP("DocumentFields", "Name"),
    "id_number": QT_TRANSLATE_NOOP("DocumentFields", "ID number"),
    "address": QT_TRANSLATE_NOOP("DocumentFields", "Address"),
    "phone": QT_TRANSLATE_NOOP("DocumentFields", "Phone"),
    "loan": QT_TRANSLATE_NOOP("DocumentFields", "Original contract"),
    "contract_no": QT_TRANSLATE_NOOP("DocumentFields", "Contract number"),
    "contract_date": QT_TRANSLATE_NOOP("DocumentFields", "Contract date"),
    "principal": QT_TRANSLATE_NOOP("DocumentFields", "Principal"),
    "received": QT_TRANSLATE_NOOP("DocumentFields", "Amount received"),
    "instalments": QT_TRANSLATE_NOOP("DocumentFields", "Instalments"),
    "rate": QT_TRANSLATE_NOOP("DocumentFields", "Rate as the contract states it"),
    "overdue_since": QT_TRANSLATE_NOOP("DocumentFields", "Overdue since"),
    "overdue_amount": QT_TRANSLATE_NOOP("DocumentFields", "Amount overdue"),
    "outstanding": QT_TRANSLATE_NOOP("DocumentFields", "What is owed"),
    "claimed": QT_TRANSLATE_NOOP("DocumentFields", "As the lender claims it"),
    "lawful": QT_TRANSLATE_NOOP("DocumentFields", "The lawful balance (when known)"),
    "basis": QT_TRANSLATE_NOOP("DocumentFields", "The document states"),
    "interest": QT_TRANSLATE_NOOP("DocumentFields", "Interest"),
    "penalties": QT_TRANSLATE_NOOP("DocumentFields", "Penalty interest and late fees"),
    "fees": QT_TRANSLATE_NOOP("DocumentFields", "Fees"),
    "proposal": QT_TRANSLATE_NOOP("DocumentFields", "What you propose"),
    "rows": QT_TRANSLATE_NOOP("DocumentFields", "New schedule"),
    "period": QT_TRANSLATE_NOOP("DocumentFields", "No."),
    "due_date": QT_TRANSLATE_NOOP("DocumentFields", "Due date"),
    "amount": QT_TRANSLATE_NOOP("DocumentFields", "Amount"),
    "extension_months": QT_TRANSLATE_NOOP("DocumentFields", "Extension (months)"),
    "grace_months": QT_TRANSLATE_NOOP("DocumentFields", "Grace period (months)"),
    "waived": QT_TRANSLATE_NOOP("DocumentFields", "Waiver asked"),
    "rate_reduction_percent": QT_TRANSLATE_NOOP("DocumentFields", "New annual rate asked (%)"),
    "settlement_amount": QT_TRANSLATE_NOOP("DocumentFields", "One-off settlement offered"),
    "on": QT_TRANSLATE_NOOP("DocumentFields", "Date of the document"),
    "hardship": QT_TRANSLATE_NOOP("DocumentFields", "Your circumstances"),
    "monthly_capacity": QT_TRANSLATE_NOOP("DocumentFields", "You can pay each month"),
    "waive_penalties": QT_TRANSLATE_NOOP("DocumentFields", "Ask to waive the penalties"),
    "reason": QT_TRANSLATE_NOOP("DocumentFields", "Reason"),
    "resume_on": QT_TRANSLATE_NOOP("DocumentFields", "Payments resume on"),
    "payment_method": QT_TRANSLATE_NOOP("DocumentFields", "Payment method"),
    "account": QT_TRANSLATE_NOOP("DocumentFields", "Lender's account"),
    "default_days": QT_TRANSLATE_NOOP("DocumentFields", "Default after (days late)"),
    "dispute_court": QT_TRANSLATE_NOOP("DocumentFields", "Court for disputes"),
    "institution": QT_TRANSLATE_NOOP("DocumentFields", "Institution"),
    "staff": QT_TRANSLATE_NOOP("DocumentFields", "Staff or collectors"),
    "recipient": QT_TRANSLATE_NOOP("DocumentFields", "Send to"),
    "facts": QT_TRANSLATE_NOOP("DocumentFields", "Facts (flagged diary entries)"),
    "when": QT_TRANSLATE_NOOP("DocumentFields", "When"),
    "channel": QT_TRANSLATE_NOOP("DocumentFields", "Channel"),
    "counterparty": QT_TRANSLATE_NOOP("DocumentFields", "Who"),
    "what": QT_TRANSLATE_NOOP("DocumentFields", "What happened"),
    "misconduct": QT_TRANSLATE_NOOP("DocumentFields", "Misconduct"),
    "request": QT_TRANSLATE_NOOP("DocumentFields", "Your request"),
    "evidence": QT_TRANSLATE_NOOP("DocumentFields", "Evidence (one per line)"),
    "entry": QT_TRANSLATE_NOOP("DocumentFields", "The entry in the report"),
    "correction": QT_TRANSLATE_NOOP("DocumentFields", "What it should say"),
    "bank": QT_TRANSLATE_NOOP("DocumentFields", "Bank"),
    "card_no": QT_TRANSLATE_NOOP("DocumentFields", "Card number"),
    "fees_continue": QT_TRANSLATE_NOOP("DocumentFields", "Interest and fees continue during the plan"),
}

CHOICE_LABELS = {
    "claimed": QT_TRANSLATE_NOOP("DocumentFields", "the amount the lender claims"),
    "lawful": QT_TRANSLATE_NOOP("DocumentFields", "the lawful balance"),
    "institution": QT_TRANSLATE_NOOP("DocumentFields", "the lender's complaints department"),
    "regulator": QT_TRANSLATE_NOOP("DocumentFields", "the financial regulator (12378)"),
    "pboc": QT_TRANSLATE_NOOP("DocumentFields", "the People's Bank (12363)"),
    "local-regulator": QT_TRANSLATE_NOOP("DocumentFields", "the local financial regulator"),
    "consumer-association": QT_TRANSLATE_NOOP("DocumentFields", "the consumers' association"),
}

LONG_TEXT = frozenset({"hardship", "reason", "request", "entry", "correction", "evidence"})


def _translated(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def kind_label(kind: str) -> str:
    return _translated(KIND_LABELS, kind)


def field_label(name: str) -> str:
    return _translated(FIELD_LABELS, name)


def choice_label(value: str) -> str:
    return _translated(CHOICE_LABELS, value)
