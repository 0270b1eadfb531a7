"""收支 Budget: income, expenses, assets and debts with a live summary of what can honestly go to
repayment each month; snapshots over time; the 财务状况说明 exported, printed or saved as CSV."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QSplitter, QStyle, QTabWidget, QWidget,
)

from app.core.budget import BudgetInputs, compute_statement
from app.core.records import Profile
from app.services import budget as budget_service
from app.services import statement as statement_service
from app.services.statement import Exported, default_file_name
from app.ui import ops
from app.ui.budget.details_form import INVALID, StatementDetails
from app.ui.budget.forms import AssetForm, ExpenseForm, IncomeForm, LiabilityForm
from app.ui.budget.history import HistoryView
from app.ui.budget.section import BudgetSection
from app.ui.budget.summary_panel import SummaryPanel
from app.ui.budget.table_models import AssetModel, ExpenseModel, IncomeModel, LiabilityModel
from app.ui.context import AppContext
from app.ui.documents.printing import a4_printer, print_document, text_document
from app.ui.errors import EXPECTED, error_message, show_error
from app.ui.pages.base import Page, page_layout
from app.ui.widgets import busy_bar, notify, show_busy


class BudgetPage(Page):
    key = "budget"
    icon = QStyle.StandardPixmap.SP_DriveHDIcon

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = ctx.lang
        self.inputs = BudgetInputs()
        self.profile = Profile()
        self.on = ctx.today()
        self.last_notice: QMessageBox | None = None
        self.print_dialog = None
        self.print_document = self.printer = None
        layout, _ = page_layout(self, self.title())

        actions = QHBoxLayout()
        self.snapshot_button = QPushButton(self.tr("Take snapshot"))
        self.snapshot_button.setToolTip(self.tr("Keep today's figures to see the trend in the History tab"))
        self.docx_button = QPushButton(self.tr("Export financial statement (.docx)…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        for button in (self.snapshot_button, self.docx_button, self.print_button, self.csv_button):
            actions.addWidget(button)
        self.busy = busy_bar()
        self.busy.setMaximumWidth(120)
        self.status = QLabel()
        actions.addWidget(self.busy)
        actions.addWidget(self.status)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.snapshot_button.clicked.connect(self.take_snapshot)
        self.docx_button.clicked.connect(self.export_docx)
        self.print_button.clicked.connect(self.print_statement)
        self.csv_button.clicked.connect(self.export_csv)

        self.income = BudgetSection(ctx, IncomeModel(lang, self), IncomeForm(lang), self.tr(
            "Salary, side jobs, benefits, family support. Weekly and yearly amounts are turned into monthly ones."))
        self.expenses = BudgetSection(ctx, ExpenseModel(lang, self), ExpenseForm(lang), self.tr(
            "What you spend each month. Mark what is essential; what can be cut is not protected."))
        self.assets = BudgetSection(ctx, AssetModel(lang, self), AssetForm(lang), self.tr(
            "Cash and deposits, a car, property, anything of value."))
        self.debts = BudgetSection(ctx, LiabilityModel(lang, self), LiabilityForm(lang), self.tr(
            "Loans from the Loans page appear here by themselves (grey, read-only). Add other debts here: "
            "money owed to family, a credit-card balance as one line."))
        self.sections = (self.income, self.expenses, self.assets, self.debts)
        self.details = StatementDetails(lang)
        self.history = HistoryView(lang, ctx.worker)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.income, self.tr("Income"))
        self.tabs.addTab(self.expenses, self.tr("Expenses"))
        self.tabs.addTab(self.assets, self.tr("Assets"))
        self.tabs.addTab(self.debts, self.tr("Debts"))
        self.tabs.addTab(self.details, self.tr("Statement details"))
        self.tabs.addTab(self.history, self.tr("History"))

        self.summary = SummaryPanel(lang)
        scroll = QScrollArea()
        scroll.setWidget(self.summary)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(270)
        scroll.setMaximumWidth(380)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([800, 280])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        for section in self.sections:
            section.draft_changed.connect(self.recompute)
        self.details.edited.connect(self.recompute)
        self.details.save_requested.connect(self.save_details)

    def title(self) -> str:
        return self.tr("Budget")

    # loading and the live summary -------------------------------------------------------------
    def refresh(self) -> None:
        on = self.ctx.today()
        ops.query(self.ctx, lambda repo: budget_service.budget_view(repo, on), self.show_view, parent=self)

    def show_view(self, view: budget_service.BudgetView) -> None:
        self.on, self.inputs, self.profile = view.on, view.inputs, view.profile
        self.income.model.set_rows(self.inputs.incomes)
        self.expenses.model.set_rows(self.inputs.expenses)
        self.assets.model.set_rows(self.inputs.assets)
        self.debts.model.set_debts(self.inputs.loans, self.inputs.liabilities)
        self.details.load(self.profile)
        self.history.set_snapshots(view.snapshots)
        self.recompute()

    def current_inputs(self) -> tuple[BudgetInputs, bool]:
        """The saved inputs with whatever is being typed put in; True when that differs from the saved."""
        inputs, preview = self.inputs, False
        for section, name in zip(self.sections, ("incomes", "expenses", "assets", "liabilities")):
            draft = section.draft()
            if draft is None:
                continue
            saved = getattr(inputs, name)
            if draft.id is None:
                records = (*saved, draft)
            else:
                records = tuple(draft if record.id == draft.id else record for record in saved)
            preview = preview or records != saved
            inputs = dataclasses.replace(inputs, **{name: records})
        minimum = self.details.preview_minimum()
        if minimum is not INVALID and minimum != inputs.protected_minimum:
            inputs = dataclasses.replace(inputs, protected_minimum=minimum)
            preview = True
        return inputs, preview

    def recompute(self) -> None:
        inputs, preview = self.current_inputs()
        self.statement = compute_statement(inputs)
        self.summary.show_statement(self.statement, preview)

    def save_details(self, profile: Profile) -> None:
        ops.write(self.ctx, lambda repo: budget_service.save_profile(repo, profile), "budget",
                  lambda _saved: self.details.mark_saved(), on_error=self._details_failed)

    def _details_failed(self, error: BaseException) -> None:
        """The vault refused; keep what was typed and say why under the details."""
        if isinstance(error, EXPECTED):
            self.details.hardship_error.show_message(error_message(error, self.ctx.lang))
        else:
            show_error(self, error, self.ctx.lang)

    # snapshots --------------------------------------------------------------------------------
    def take_snapshot(self) -> None:
        """Keep today's saved figures; a second snapshot on the same day replaces the first."""
        today = self.ctx.today()
        ops.write(self.ctx, lambda repo: budget_service.take_snapshot(repo, today), "budget",
                  lambda kept: self.status.setText(
                      self.tr("Snapshot of %1 kept.").replace("%1", kept.taken_on.isoformat())),
                  on_error=lambda error: self.status.setText(error_message(error, self.ctx.lang)))

    # exports ----------------------------------------------------------------------------------
    def typed_profile(self) -> Profile | None:
        """The details as typed on the Statement details tab, or None (and the tab shown) when not valid."""
        profile, errors = self.details.profile()
        if errors:
            self.tabs.setCurrentWidget(self.details)
            self.details.submit()
            return None
        return profile

    def doc_lang(self) -> str:
        return self.ctx.setting("document_language")

    def _choose_file(self, caption: str, suffix: str, filter_text: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggestion = str(Path(folder) / default_file_name(self.doc_lang(), self.ctx.today(), suffix))
        chosen, _ = QFileDialog.getSaveFileName(self, caption, suggestion, filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        show_busy(self.busy, (self.docx_button, self.print_button, self.csv_button), busy)
        self.status.setText(text)

    def export_docx(self) -> None:
        profile = self.typed_profile()
        if profile is None:
            return
        path = self._choose_file(self.tr("Export the financial statement"), ".docx", self.tr("Word document (*.docx)"))
        if path is None:
            return
        on, now, lang = self.ctx.today(), self.ctx.now(), self.doc_lang()
        self._set_busy(True, self.tr("Writing the statement…"))
        ops.write(self.ctx, lambda repo: statement_service.export_statement(
            repo, statement_service.statement_data(repo, on, lang, profile), path, now),
            "documents", self._exported, on_error=self._export_failed)

    def _exported(self, exported: Exported) -> None:
        self._set_busy(False)
        text = self.tr("The financial statement was saved to:\n%1").replace("%1", str(exported.path))
        if exported.empty:
            text += "\n\n" + self.tr("Note: nothing has been entered yet, so the statement is empty.")
        self.last_notice = notify(self, self.tr("Statement saved"), text)

    def _export_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, EXPECTED):
            show_error(self, error, self.ctx.lang)
            return
        self.last_notice = notify(self, self.tr("The statement was not saved"), error_message(error, self.ctx.lang),
                                  QMessageBox.Icon.Warning)

    def export_csv(self) -> None:
        profile = self.typed_profile()
        if profile is None:
            return
        path = self._choose_file(self.tr("Export the budget as CSV"), ".csv", self.tr("CSV file (*.csv)"))
        if path is None:
            return
        on, lang = self.ctx.today(), self.doc_lang()
        self._set_busy(True)
        ops.query(self.ctx, lambda repo: statement_service.write_statement(
            statement_service.statement_data(repo, on, lang, profile), path), self._csv_saved, on_error=self._export_failed)

    def _csv_saved(self, exported: Exported) -> None:
        self._set_busy(False)
        self.last_notice = notify(self, self.tr("CSV saved"), self.tr("The budget was saved to:\n%1").replace("%1", str(exported.path)))

    def print_statement(self) -> None:
        profile = self.typed_profile()
        if profile is None:
            return
        on, lang = self.ctx.today(), self.doc_lang()
        ops.query(self.ctx, lambda repo: statement_service.build(statement_service.statement_data(repo, on, lang, profile)),
                  self._preview, parent=self)

    def _preview(self, model) -> None:
        """The Documents page's printing: paragraphs kept with the signature, indents scaled, A4 margins of the .docx."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        document, printer = text_document(model, self), a4_printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the financial statement"))
        dialog.paintRequested.connect(lambda device: print_document(document, model.kept_ending(), device))
        if self.print_dialog is not None:
            self.print_dialog.deleteLater()
        self.print_document, self.printer, self.print_dialog = document, printer, dialog  # the dialog only borrows them
        dialog.open()

    # locking ----------------------------------------------------------------------------------
    def clear(self) -> None:
        self.inputs = BudgetInputs()
        self.profile = Profile()
        for section in self.sections:
            section.clear()
        self.details.clear()
        self.history.clear()
        self.summary.clear()
        self.status.clear()
        if self.print_dialog is not None:
            self.print_dialog.close()
        self.print_document = self.printer = None
