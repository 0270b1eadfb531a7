"""The Real cost tab: advertised vs real rates, the plain explanation, legal lines, the lawful
balance beside the lender's claim, overdue charges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from app.core.legal_lines import NOT_LEGAL_ADVICE, Verdict
from app.core.loan_summary import LoanSummary
from app.core.messages import text
from app.core.overdue import overdue_status
from app.core.real_cost import percent_text
from app.core.records import Payment
from app.ui.loans.inputs import date_edit, from_qdate, to_qdate
from app.ui.labels import label, level_colour
from app.ui.widgets import large_label


def _wrapping(text_: str = "", rich: bool = False) -> QLabel:
    widget = QLabel(text_)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class VerdictRow(QFrame):
    """One legal line: a coloured badge with the level, the plain sentence, its source and date."""

    def __init__(self, verdict: Verdict, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = verdict
        colour = level_colour(verdict.level)
        self.setObjectName("verdictRow")
        self.setStyleSheet(f"#verdictRow {{ border-left: 5px solid {colour}; padding-left: 6px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.setSpacing(2)
        self.badge = QLabel(label(verdict.level))
        self.badge.setStyleSheet(f"color: white; background: {colour}; border-radius: 3px; padding: 1px 6px; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addStretch(1)
        layout.addLayout(top)
        self.sentence = _wrapping(verdict.explanation.message(lang))
        layout.addWidget(self.sentence)
        details = self.tr("Source: %1 · applies from %2").replace("%1", verdict.source).replace("%2", verdict.valid_from.isoformat())
        if verdict.lpr is not None:
            details += "\n" + self.tr("One-year LPR used: %1 % (published %2)").replace(
                "%1", percent_text(verdict.lpr.rate_percent)).replace("%2", verdict.lpr.date.isoformat())
        if verdict.restated_principal is not None:
            details += "\n" + self.tr("Restated principal: %1").replace("%1", verdict.restated_principal.format(lang))
        self.details = _wrapping(details)
        self.details.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.details)


class RealCostPanel(QScrollArea):
    def __init__(self, lang: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.summary: LoanSummary | None = None
        self.payments: list[Payment] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)

        figures = QGridLayout()
        self.advertised = self._figure(figures, 0, self.tr("Advertised (a year)"))
        self.simple = self._figure(figures, 1, self.tr("Real APR, simple"))
        self.compound = self._figure(figures, 2, self.tr("Real APR, compound (IRR)"))
        layout.addLayout(figures)
        self.basis = _wrapping()
        self.basis.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.basis)
        self.explanation = _wrapping()
        self.explanation.setObjectName("costExplanation")
        layout.addWidget(self.explanation)
        self.restated = _wrapping()
        layout.addWidget(self.restated)

        self.lines_box = QGroupBox(self.tr("Legal lines"))
        self.lines_layout = QVBoxLayout(self.lines_box)
        layout.addWidget(self.lines_box)

        self.lawful_box = QGroupBox(self.tr("Lawful balance"))
        lawful = QGridLayout(self.lawful_box)
        self.lawful_owed = self._figure(lawful, 0, self.tr("The law would count"))
        self.lender_claims = self._figure(lawful, 1, self.tr("The lender claims"))
        self.lawful_difference = self._figure(lawful, 2, self.tr("Difference"))
        self.lawful_text = _wrapping()
        self.lawful_text.setObjectName("lawfulText")
        lawful.addWidget(self.lawful_text, 2, 0, 1, 3)
        layout.addWidget(self.lawful_box)

        self.overdue_box = QGroupBox(self.tr("Overdue charges"))
        overdue = QVBoxLayout(self.overdue_box)
        row = QHBoxLayout()
        self.on_date = date_edit(today)
        caption = QLabel(self.tr("Accrued up to:"))
        caption.setBuddy(self.on_date)
        row.addWidget(caption)
        row.addWidget(self.on_date)
        row.addStretch(1)
        overdue.addLayout(row)
        self.overdue_text = _wrapping()
        self.overdue_text.setObjectName("overdueText")
        overdue.addWidget(self.overdue_text)
        layout.addWidget(self.overdue_box)
        self.on_date.dateChanged.connect(lambda _d: self._update_overdue())

        self.disclaimer = _wrapping(text(NOT_LEGAL_ADVICE, lang))
        self.disclaimer.setStyleSheet("font-style: italic;")
        layout.addWidget(self.disclaimer)
        layout.addStretch(1)
        self.setWidget(content)
        self.show_summary(None, ())

    @staticmethod
    def _figure(grid: QGridLayout, column: int, caption: str) -> QLabel:
        value = large_label()
        grid.addWidget(value, 0, column)
        grid.addWidget(QLabel(caption), 1, column)
        return value

    def show_summary(self, summary: LoanSummary | None, payments: Sequence[Payment]) -> None:
        self.summary, self.payments = summary, list(payments)
        while self.lines_layout.count():
            item = self.lines_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        self.verdict_rows: list[VerdictRow] = []
        cost = summary.real_cost if summary else None
        lang = self.lang
        self.advertised.setText(f"{percent_text(cost.advertised_annual)} %" if cost else "—")
        self.simple.setText(f"{cost.apr_simple_text} %" if cost else "—")
        self.compound.setText(f"{cost.apr_compound_text} %" if cost else "—")
        if cost is not None:
            method = self.tr("IRR of the dated cash flows (XIRR)") if not cost.regular else self.tr("IRR per period")
            self.basis.setText(self.tr(
                "PBOC announcement 〔2021〕 No. 3: simple = period rate × %1, compound = (1 + period rate)^%1 − 1; %2. "
                "Starts from the %3 actually received; total repaid %4.").replace("%1", str(cost.periods_per_year))
                .replace("%2", method).replace("%3", cost.net_received.format(lang)).replace("%4", cost.total_repaid.format(lang)))
            self.explanation.setText("\n".join(e.message(lang) for e in cost.explanations))
        elif summary is not None and summary.problem:
            self.basis.setText("")
            self.explanation.setText(text(summary.problem, lang))
        else:
            self.basis.setText("")
            self.explanation.setText("")
        loan = summary.loan if summary else None
        if loan is not None and loan.received < loan.principal:
            self.restated.setText(self.tr("Restated principal (the amount actually received): %1 instead of %2 on the contract.")
                                  .replace("%1", loan.received.format(lang)).replace("%2", loan.principal.format(lang)))
        else:
            self.restated.setText("")
        for verdict in summary.verdicts if summary else ():
            row = VerdictRow(verdict, lang)
            self.verdict_rows.append(row)
            self.lines_layout.addWidget(row)
        if summary is not None and not summary.verdicts:
            self.lines_layout.addWidget(_wrapping(self.tr("No legal line could be checked for this loan.")))
        self._show_lawful(summary)
        self.lines_box.setVisible(summary is not None)
        self.overdue_box.setVisible(summary is not None and summary.schedule is not None)
        self.disclaimer.setVisible(summary is not None)
        self._update_overdue()

    def _show_lawful(self, summary: LoanSummary | None) -> None:
        lawful = summary.lawful if summary else None
        self.lawful_box.setVisible(lawful is not None)
        if lawful is None:
            for figure in (self.lawful_owed, self.lender_claims, self.lawful_difference):
                figure.setText("—")
            self.lawful_text.setText("")
            return
        lang = self.lang
        self.lawful_owed.setText(lawful.owed.format(lang))
        self.lender_claims.setText(lawful.claimed.format(lang))
        self.lawful_difference.setText(lawful.difference.format(lang))
        spans = "\n".join(
            self.tr("From %1: at most %2 % a year (%3)").replace("%1", span.start.isoformat())
            .replace("%2", percent_text(span.rate_percent)).replace("%3", span.source or self.tr("the loan's own rate"))
            for span in lawful.spans
        )
        self.lawful_text.setText(lawful.explanation.message(lang) + "\n" + spans)

    def _update_overdue(self) -> None:
        summary = self.summary
        if summary is None or summary.schedule is None:
            self.overdue_text.setText("")
            return
        lang = self.lang
        on = from_qdate(self.on_date)
        status = overdue_status(summary.loan, summary.schedule, self.payments, on)
        lines = [
            self.tr("Days overdue: %1 · instalments overdue: %2 · amount overdue: %3").replace(
                "%1", str(status.days_overdue)).replace("%2", str(status.overdue_instalments)).replace(
                "%3", status.overdue_amount.format(lang)),
            self.tr("Penalty interest (罚息): %1 · late fees (滞纳金): %2").replace(
                "%1", status.penalty_interest.format(lang)).replace("%2", status.late_fees.format(lang)),
        ]
        if status.charges_paid:
            lines.append(self.tr("Of these charges, %1 was paid out of your payments (they come first, Civil Code art. 561); %2 is unpaid.")
                         .replace("%1", status.charges_paid.format(lang)).replace("%2", status.charges_outstanding.format(lang)))
        if status.all_in_apr is None:
            lines.append(self.tr("No overdue charges have accrued by this date."))
        elif status.above_line:
            lines.append(self.tr("With these charges the all-in cost is %1 % a year (simple, comparable with the simple real APR above): above the %2 % line.").replace(
                "%1", percent_text(status.all_in_apr)).replace("%2", percent_text(status.line_percent)))
        else:
            lines.append(self.tr("With these charges the all-in cost is %1 % a year (simple, comparable with the simple real APR above): within the %2 % line.").replace(
                "%1", percent_text(status.all_in_apr)).replace("%2", percent_text(status.line_percent)))
        self.overdue_status = status
        self.overdue_text.setText("\n".join(lines))

    def set_date(self, day: dt.date) -> None:
        self.on_date.setDate(to_qdate(day))
