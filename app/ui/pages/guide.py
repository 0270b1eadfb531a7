"""指南 Guide: the workflow, the scam warning, where to complain — and that this is not legal advice."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QStyle, QTextBrowser, QWidget

from app.ui.context import AppContext
from app.ui.pages.base import Page, page_layout


class GuidePage(Page):
    key = "guide"
    icon = QStyle.StandardPixmap.SP_DialogHelpButton

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout, _ = page_layout(self, self.title())
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.html())
        layout.addWidget(self.browser)

    def title(self) -> str:
        return self.tr("Guide")

    def sections(self) -> list[tuple[str, list[str]]]:
        return [
            (self.tr("The way through, step by step"), [
                self.tr("1. Take stock: enter every loan with its real terms — the amount you actually received, "
                        "the rate, every fee (agency, service, membership, guarantee, insurance…) and what is overdue."),
                self.tr("2. Know what you can pay: income, essential spending, assets and other debts give the "
                        "monthly amount that can honestly go to repayment."),
                self.tr("3. Plan: compare payoff orders and negotiated what-ifs within that amount."),
                self.tr("4. Negotiate: contact each lender yourself, keep a diary of every contact and keep the evidence."),
                self.tr("5. Put it in writing: ask for any agreement in writing, with the amounts and the schedule."),
                self.tr("6. Follow through: pay as agreed and record each payment."),
            ]),
            (self.tr("Beware of paid “agents”"), [
                self.tr("Do not pay “debt optimisation” or “negotiation agents”, “anti-collection” services or "
                        "anyone promising to “clean” your credit record (征信洗白). Regulators warn that these are scams: "
                        "accurate negative records cannot be deleted, and an objection to a wrong record is free."),
                self.tr("You can negotiate with a lender yourself; it costs nothing."),
            ]),
            (self.tr("Where to complain"), [
                self.tr("First complain to the lender itself, in writing; it should answer within 15 days (30 if complex)."),
                self.tr("12378 — the financial regulator’s consumer hotline (banks, consumer finance companies)."),
                self.tr("12363 — the People’s Bank of China, including credit-report questions and objections."),
                self.tr("12348 — public legal aid."),
                self.tr("110 — the police, if you are threatened or your safety is at risk."),
            ]),
            (self.tr("Not legal advice"), [
                self.tr("This app helps you organise facts and draft letters. It is not legal advice; for a decision "
                        "that matters, ask a lawyer or legal aid (12348)."),
            ]),
        ]

    def html(self) -> str:
        parts = []
        for heading, paragraphs in self.sections():
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts.extend(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
        return "\n".join(parts)
