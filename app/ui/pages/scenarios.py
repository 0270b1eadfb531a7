"""还款方案 Scenarios: a payoff plan across the open loans within the monthly amount, negotiated
what-ifs per loan compared with the contract, the month-by-month table, per-lender proposals and
charts; named scenarios kept in the vault, one marked as the proposal for a lender.

Every edit restarts a 150 ms timer; the plan is then computed and its figures built on a worker
(`ctx.worker`), so typing never waits. Only the newest computation is shown.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSplitter, QStyle, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from app.core.messages import CodedError, text
from app.core.money import Money, MoneyError
from app.core.payoff import PlanInvalid
from app.core.records import IncomeChange, LumpSum, PayoffStrategy, ProRataBasis, Scenario
from app.services import scenarios as service
from app.ui import ops
from app.ui.context import AppContext
from app.ui.pages.base import Page, clear_table, fill_table, page_layout, read_only_table
from app.ui.scenarios.charts_panel import ChartsPanel
from app.ui.scenarios.editors import MonthAmounts, OrderList, WhatIfEditor
from app.ui.scenarios.table_model import MonthTableModel
from app.ui.widgets import ErrorLabel, confirm, read_only_view

DEBOUNCE_MS = 150


class ScenariosPage(Page):
    key = "scenarios"
    icon = QStyle.StandardPixmap.SP_BrowserReload

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.inputs: service.ScenarioInputs | None = None
        self.saved: list[Scenario] = []
        self.current_id: int | None = None
        self.outcome: service.ScenarioOutcome | None = None
        self.generation = 0
        self.print_dialog = self.print_document = self.printer = None
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.recompute)
        layout, _ = page_layout(self, self.title())
        layout.addLayout(self._saved_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._editor())
        splitter.addWidget(self._results())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 800])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Scenarios")

    # building the widgets ---------------------------------------------------------------------
    def _saved_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.saved_combo = QComboBox()
        self.saved_combo.setMinimumWidth(180)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Scenario name"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.proposal_combo = QComboBox()
        self.proposal_combo.setMinimumWidth(170)
        self.proposal_button = QPushButton(self.tr("Mark as proposal for this lender"))
        self.proposal_label = QLabel()
        for widget in (QLabel(self.tr("Saved:")), self.saved_combo, self.name_edit, self.save_button, self.delete_button,
                       self.proposal_combo, self.proposal_button, self.proposal_label):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        self.saved_combo.activated.connect(self._pick_saved)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.proposal_button.clicked.connect(self.mark_proposal)
        return bar

    def _editor(self) -> QWidget:
        self.strategy = QComboBox()
        for label, value in ((self.tr("Avalanche: highest real rate first"), PayoffStrategy.AVALANCHE),
                             (self.tr("Snowball: smallest balance first"), PayoffStrategy.SNOWBALL),
                             (self.tr("My own order (drag below)"), PayoffStrategy.CUSTOM),
                             (self.tr("Pro-rata: share among all lenders"), PayoffStrategy.PRO_RATA)):  # fmt: skip
            self.strategy.addItem(label, value)
        self.basis = QComboBox()
        self.basis.addItem(self.tr("by balance"), ProRataBasis.BALANCE)
        self.basis.addItem(self.tr("by minimum payment"), ProRataBasis.MINIMUM)
        self.budget = QLineEdit()
        self.budget_error = ErrorLabel()
        self.start = QDateEdit()
        self.start.setDisplayFormat("yyyy-MM")
        self.start.setCalendarPopup(True)
        self.lumps = MonthAmounts(self.tr("Lump sum"))
        self.income = MonthAmounts(self.tr("Change per month (±)"), signed=True)
        self.order = OrderList()
        self.what_ifs = WhatIfEditor()

        plan = QGroupBox(self.tr("Plan"))
        form = QFormLayout(plan)
        form.addRow(self.tr("Strategy"), self.strategy)
        form.addRow(self.tr("Share"), self.basis)
        form.addRow(self.tr("Monthly amount"), self.budget)
        form.addRow("", self.budget_error)
        form.addRow(self.tr("First month"), self.start)
        form.addRow(self.tr("Lump sums"), self.lumps)
        form.addRow(self.tr("Income change"), self.income)
        order = QGroupBox(self.tr("Custom order"))
        QVBoxLayout(order).addWidget(self.order)
        what = QGroupBox(self.tr("Negotiated what-ifs"))
        QVBoxLayout(what).addWidget(self.what_ifs)
        holder = QWidget()
        column = QVBoxLayout(holder)
        for group in (plan, order, what):
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.strategy.currentIndexChanged.connect(self._edited)
        self.basis.currentIndexChanged.connect(self._edited)
        self.budget.textEdited.connect(self._edited)
        self.start.dateChanged.connect(self._edited)
        for editor in (self.lumps, self.income, self.order, self.what_ifs):
            editor.changed.connect(self._edited)
        return scroll

    def _results(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setObjectName("scenarioSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #b3261e;")
        self.error = ErrorLabel()
        self.lenders = read_only_table(self._lender_headers())
        self.month_model = MonthTableModel(self)
        self.months = read_only_view(QTableView())
        self.months.setModel(self.month_model)
        self.charts = ChartsPanel(self.ctx.worker)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.lenders, self.tr("By lender"))
        self.tabs.addTab(self.months, self.tr("Month by month"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.print_button = QPushButton(self.tr("Print table…"))
        self.chart_button = QPushButton(self.tr("Save chart (PNG/PDF)…"))
        buttons = QHBoxLayout()
        for button in (self.csv_button, self.print_button, self.chart_button):
            buttons.addWidget(button)
            button.setEnabled(False)
        buttons.addStretch(1)
        self.csv_button.clicked.connect(self.export_csv)
        self.print_button.clicked.connect(self.print_table)
        self.chart_button.clicked.connect(self.export_chart)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.summary, self.notes, self.error):
            column.addWidget(widget)
        column.addWidget(self.tabs, 1)
        column.addLayout(buttons)
        return holder

    def _lender_headers(self) -> list[str]:
        return [self.tr("Lender"), self.tr("Repaid"), self.tr("Paid"), self.tr("Interest and fees"),
                self.tr("Most behind"), self.tr("First months"), self.tr("Ask for monthly"), self.tr("Term at that amount")]  # fmt: skip

    # loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.ctx.today()
        ops.query(self.ctx, lambda repo: (service.scenario_inputs(repo, today), service.list_scenarios(repo)),
                  self._loaded, parent=self)  # fmt: skip

    def _loaded(self, loaded: tuple[service.ScenarioInputs, list[Scenario]]) -> None:
        first_time = self.inputs is None
        self.inputs, self.saved = loaded
        self.budget.setPlaceholderText(self.tr("from the budget: %1").replace("%1", self.inputs.available.format()))
        loans = [(terms.loan_id, terms.name) for terms in self.inputs.loans]
        self._fill_saved()
        if first_time:
            self._fill_form(Scenario(self.tr("My plan"), start_month=self.inputs.default_start()))
        else:
            self.order.set_loans(loans, self.order.order())
            self.what_ifs.set_loans(loans, self.what_ifs.what_ifs())
        self.proposal_combo.clear()
        for loan_id, name in loans:
            self.proposal_combo.addItem(name, loan_id)
        self._show_proposal()
        self.recompute()

    def _fill_saved(self) -> None:
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(new scenario)"), None)
        for scenario in self.saved:
            marker = " ★" if scenario.loan_id is not None else ""
            self.saved_combo.addItem(scenario.name + marker, scenario.id)
        index = self.saved_combo.findData(self.current_id)
        self.saved_combo.setCurrentIndex(max(0, index))
        self.saved_combo.blockSignals(False)

    def _fill_form(self, scenario: Scenario) -> None:
        widgets = (self.strategy, self.basis, self.budget, self.start, self.lumps, self.income, self.order, self.what_ifs)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.name_edit.setText(scenario.name)
            self.strategy.setCurrentIndex(max(0, self.strategy.findData(scenario.strategy)))
            self.basis.setCurrentIndex(max(0, self.basis.findData(scenario.basis)))
            self.budget.setText("" if scenario.budget is None else scenario.budget.plain())
            start = scenario.start_month or self.inputs.default_start()
            self.start.setDate(QDate(start.year, start.month, 1))
            self.lumps.set_rows([(lump.month, lump.amount) for lump in scenario.lump_sums])
            self.income.set_rows([(change.month, change.change) for change in scenario.income_changes])
            loans = [(terms.loan_id, terms.name) for terms in self.inputs.loans]
            self.order.set_loans(loans, scenario.custom_order)
            self.what_ifs.set_loans(loans, scenario.what_ifs)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _pick_saved(self, index: int) -> None:
        self.current_id = self.saved_combo.itemData(index)
        chosen = next((s for s in self.saved if s.id == self.current_id), None)
        self._fill_form(chosen or Scenario(self.tr("My plan"), start_month=self.inputs.default_start()))
        self._show_proposal()
        self.recompute()

    # the scenario being edited and its computation ----------------------------------------------
    def current_scenario(self) -> Scenario | None:
        """The scenario the widgets describe; None (messages shown) while an amount is not valid."""
        budget = None
        if self.budget.text().strip():
            try:
                budget = Money.parse(self.budget.text())
            except MoneyError as exc:
                self.budget_error.show_message(exc.message(self.ctx.lang))
                return None
        self.budget_error.show_message("")
        lumps, changes = self.lumps.rows(), self.income.rows()
        if lumps is None or changes is None:
            return None
        start = self.start.date()
        return Scenario(
            name=self.name_edit.text().strip() or self.tr("My plan"),
            strategy=self.strategy.currentData(),
            budget=budget,
            start_month=dt.date(start.year(), start.month(), 1),
            basis=self.basis.currentData(),
            lump_sums=tuple(LumpSum(month, amount) for month, amount in lumps),
            income_changes=tuple(IncomeChange(month, change) for month, change in changes),
            custom_order=self.order.order(),
            what_ifs=self.what_ifs.what_ifs(),
            loan_id=next((s.loan_id for s in self.saved if s.id == self.current_id), None),
            created_at=next((s.created_at for s in self.saved if s.id == self.current_id), None),
            id=self.current_id,
        )

    def _edited(self, *_args) -> None:
        self.order.setEnabled(self.strategy.currentData() == PayoffStrategy.CUSTOM)
        self.debounce.start()

    def _strategy_names(self) -> dict[PayoffStrategy, str]:
        return {
            PayoffStrategy.AVALANCHE: self.tr("Avalanche"),
            PayoffStrategy.SNOWBALL: self.tr("Snowball"),
            PayoffStrategy.CUSTOM: self.tr("My order"),
            PayoffStrategy.PRO_RATA: self.tr("Pro-rata"),
        }

    def recompute(self) -> None:
        self.debounce.stop()
        scenario = self.current_scenario()
        if scenario is None or self.inputs is None:
            return
        self.generation += 1
        generation, inputs = self.generation, self.inputs
        names, contracted = self._strategy_names(), self.tr("As contracted")

        def compute():
            outcome = service.evaluate(inputs, scenario)
            compared = [(names[result.plan.strategy], result) for result in outcome.strategies]
            compared.append((contracted, outcome.comparison.contracted))
            return outcome, compared

        self.ctx.worker.run(
            compute,
            lambda done: self._computed(generation, *done),
            lambda error: self._failed(generation, error),
        )

    def _computed(self, generation: int, outcome, compared) -> None:
        if generation != self.generation or self.inputs is None:
            return
        self.outcome = outcome
        self.error.show_message("")
        result = outcome.result
        self.summary.setText(self.summary_text(outcome))
        self.notes.setText("\n".join(text(code, self.ctx.lang) for code in result.messages))
        self.month_model.set_result(result)
        self.months.resizeColumnsToContents()
        fill_table(self.lenders, self._lender_rows(result), right_aligned=range(1, 8))
        self.lenders.resizeColumnsToContents()
        self.charts.set_result(result, compared, self.ctx.lang)
        for button in (self.csv_button, self.print_button, self.chart_button):
            button.setEnabled(True)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self.generation:
            return
        if isinstance(error, PlanInvalid):
            self.error.show_message("\n".join(self._problem(e) for e in error.errors))
            return
        if isinstance(error, CodedError):
            self.error.show_message(error.message(self.ctx.lang))
            return
        from app.ui.errors import show_error

        show_error(self, error, self.ctx.lang)

    def _problem(self, error) -> str:
        """A what-if problem named by its lender ('loans[2].what_ifs[0].months' → the third loan's name)."""
        match = re.match(r"loans\[(\d+)\]", error.field)
        if match is None or self.inputs is None or int(match.group(1)) >= len(self.inputs.loans):
            return f"{error.field}: {error.message(self.ctx.lang)}"
        return f"{self.inputs.loans[int(match.group(1))].name}: {error.message(self.ctx.lang)}"

    def summary_text(self, outcome: service.ScenarioOutcome) -> str:
        result = outcome.result
        if result.repaid:
            when = self.tr("Everything repaid by %1 (%2 months).").replace("%1", result.payoff_date().strftime("%Y-%m"))
            when = when.replace("%2", str(result.months))
        else:
            when = self.tr("Not everything is repaid at this amount.")
        if result.arrears:
            figures = self.tr("Paid %1, of which interest and fees %2. Due in the first month %3, of which already overdue %5; shortfall %4.")
        else:
            figures = self.tr("Paid %1, of which interest and fees %2. Minimums %3 a month, shortfall %4.")
        amounts = (result.total_paid, result.total_cost, result.minimums_total, result.shortfall, result.arrears)
        for index, amount in enumerate(amounts, start=1):
            figures = figures.replace(f"%{index}", amount.format())
        change = outcome.comparison.cost_change
        versus = self.tr("Compared with the contract: interest and fees %1.").replace(
            "%1", ("+" if change.fen > 0 else "") + change.format()
        )
        return "\n".join((when, figures, versus))

    def _lender_rows(self, result) -> list[list[str]]:
        rows = []
        for debt in result.debts:
            repaid = result.payoff_date(debt.payoff_month).strftime("%Y-%m") if debt.payoff_month else self.tr("not repaid")
            term = self.tr("%1 months").replace("%1", str(debt.proposal_term)) if debt.proposal_term else self.tr("never")
            rows.append([
                debt.debt.name, repaid, debt.paid.format(), debt.cost.format(), debt.most_behind.format(),
                " · ".join(p.format() for p in debt.first_payments), debt.proposal.format(), term,
            ])  # fmt: skip
        return rows

    # keeping scenarios --------------------------------------------------------------------------
    def save(self) -> None:
        scenario = self.current_scenario()
        if scenario is None:
            return
        now = self.ctx.now()
        ops.write(self.ctx, lambda repo: service.save_scenario(repo, scenario, now), "scenarios", self._saved, parent=self)

    def _saved(self, scenario: Scenario) -> None:
        self.current_id = scenario.id

    def delete(self) -> None:
        if self.current_id is None or not confirm(self, self.tr("Delete scenario"), self.tr("Delete this saved scenario?")):
            return
        scenario_id, self.current_id = self.current_id, None
        ops.write(self.ctx, lambda repo: service.delete_scenario(repo, scenario_id), "scenarios", parent=self)

    def mark_proposal(self) -> None:
        loan_id = self.proposal_combo.currentData()
        scenario = self.current_scenario()
        if scenario is None or loan_id is None:
            return
        now = self.ctx.now()

        def mark(repo):
            saved = service.save_scenario(repo, scenario, now)
            return service.mark_proposal(repo, saved.id, loan_id)

        ops.write(self.ctx, mark, "scenarios", self._saved, parent=self)

    def _show_proposal(self) -> None:
        chosen = next((s for s in self.saved if s.id == self.current_id), None)
        lender = next((t.name for t in (self.inputs.loans if self.inputs else ()) if chosen and t.loan_id == chosen.loan_id), "")
        self.proposal_label.setText(self.tr("★ proposal for %1").replace("%1", lender) if lender else "")

    # exports ------------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, filters: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filters)
        return Path(path) if path else None

    def _write(self, data: bytes, path: Path) -> None:
        from app.documents.save import save_bytes

        try:
            save_bytes(data, path)
        except CodedError as exc:
            self.error.show_message(exc.message(self.ctx.lang))

    def export_csv(self) -> None:
        if self.outcome is None:
            return
        path = self._ask_path(self.tr("Export the month-by-month table"), f"{self.outcome.scenario.name}.csv", "CSV (*.csv)")
        if path is not None:
            self._write(service.scenario_csv(self.outcome.result, self.ctx.lang), path)

    def export_chart(self) -> None:
        figure = self.charts.ensure_figures().get(self.charts.current_key())
        if figure is None:
            return
        path = self._ask_path(self.tr("Save the chart"), f"{self.charts.current_key()}.png", "PNG (*.png);;PDF (*.pdf)")
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".pdf"):
            path = path.with_suffix(".png")
        buffer = io.BytesIO()
        figure.savefig(buffer, format=path.suffix.lower().lstrip("."), dpi=150)
        self._write(buffer.getvalue(), path)

    def print_table(self) -> None:
        from PySide6.QtGui import QPageSize, QTextDocument
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        if self.outcome is None:
            return
        document = QTextDocument(self)
        document.setHtml(self.month_model.html(self.outcome.scenario.name))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the month-by-month table"))
        dialog.paintRequested.connect(document.print_)
        if self.print_dialog is not None:
            self.print_dialog.deleteLater()
        self.print_document, self.printer, self.print_dialog = document, printer, dialog
        dialog.open()

    # locking ------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.generation += 1
        self.debounce.stop()
        self.inputs, self.saved, self.outcome, self.current_id = None, [], None, None
        self.summary.clear()
        self.notes.clear()
        self.error.show_message("")
        self.name_edit.clear()
        self.budget.clear()
        self.budget.setPlaceholderText("")
        self.lumps.set_rows([])
        self.income.set_rows([])
        self.order.clear()
        self.what_ifs.set_loans([])
        self.saved_combo.clear()
        self.proposal_combo.clear()
        self.proposal_label.clear()
        clear_table(self.lenders)
        self.month_model.set_result(None)
        self.charts.clear()
        if self.print_dialog is not None:
            self.print_dialog.close()
        for button in (self.csv_button, self.print_button, self.chart_button):
            button.setEnabled(False)

