"""借款 Loans: the register of loans with their real cost, schedule and payments, and the loan editor."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSplitter, QStyle, QTableView, QTabWidget, QToolBar, QWidget,
)

from app.core.loan_summary import LoanSummary, summarise
from app.services.register import lpr_table
from app.core.messages import CodedError
from app.core.records import Loan, LoanStatus, Payment
from app.ui.context import AppContext
from app.ui.errors import error_message
from app.ui.labels import label
from app.ui.loans.editor_dialog import LoanEditorDialog
from app.ui.loans.lpr_dialog import LprDialog
from app.ui.loans.payment_dialog import PaymentDialog
from app.ui.loans.payments_tab import PaymentsTab
from app.ui.loans.real_cost_panel import RealCostPanel
from app.ui.loans.schedule_view import ScheduleTab
from app.ui.loans.table_model import Column, LoanFilterProxy, LoanTableModel, Role
from app.ui.pages.base import Page, page_layout
from app.ui.widgets import confirm, notify, read_only_view

if TYPE_CHECKING:
    from app.store.repository import Deleted


class LoansPage(Page):
    key = "loans"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today  # replaceable in tests
        self.summaries: dict[int, LoanSummary] = {}
        self.payments: dict[int, list[Payment]] = {}
        self.last_deleted: Deleted | None = None
        self._charges_date_set = False
        self.editor: LoanEditorDialog | None = None
        self.payment_dialog: PaymentDialog | None = None
        self.model = LoanTableModel(ctx.lang, self)
        self.proxy = LoanFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        layout, _ = page_layout(self, self.title())
        layout.addWidget(self._build_toolbar())
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_undo_bar())

        self.view = read_only_view(QTableView())
        self.view.setObjectName("loansTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.LENDER, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.activated.connect(lambda _index: self.edit_loan())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())

        self.tabs = QTabWidget()
        self.cost_panel = RealCostPanel(ctx.lang)
        self.schedule_tab = ScheduleTab(ctx.lang)
        self.payments_tab = PaymentsTab(ctx.lang)
        self.tabs.addTab(self.cost_panel, self.tr("Real cost"))
        self.tabs.addTab(self.schedule_tab, self.tr("Schedule"))
        self.tabs.addTab(self.payments_tab, self.tr("Payments"))
        self.payments_tab.record_requested.connect(self.record_payment)
        self.payments_tab.delete_requested.connect(self.delete_payment)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.splitter, 1)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Loans")

    # building -----------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action(self.tr("Add loan"), self.add_loan, QKeySequence.StandardKey.New)
        self.edit_action = self._action(self.tr("Edit"), self.edit_loan)
        self.pay_action = self._action(self.tr("Record payment"), self.record_payment, "Ctrl+P")
        self.archive_action = self._action(self.tr("Archive"), self.toggle_archived)
        self.delete_action = self._action(self.tr("Delete"), self.delete_loan, QKeySequence.StandardKey.Delete)
        self.lpr_action = self._action(self.tr("LPR table…"), self.show_lpr_table)
        for action in (self.add_action, self.edit_action, self.pay_action, self.archive_action, self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.lpr_action)
        return bar

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by lender, contract no. or phone"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), LoanFilterProxy.ALL)
        for status in LoanStatus:
            self.status_filter.addItem(label(status), str(status))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData()))
        self.archived_check = QCheckBox(self.tr("Show archived"))
        self.archived_check.toggled.connect(self.proxy.set_show_archived)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.status_filter)
        row.addWidget(self.archived_check)
        return row

    def _build_undo_bar(self) -> QWidget:
        self.undo_bar = QWidget()
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.clicked.connect(self.undo_delete)
        row.addWidget(self.undo_label, 1)
        row.addWidget(self.undo_button)
        self.undo_bar.hide()
        return self.undo_bar

    # data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        repo = self.ctx.repo
        if repo is None:
            return
        selected = self.selected_loan()
        today = self.today()
        table = lpr_table(repo)
        self.payments = defaultdict(list)
        for payment in repo.list(Payment):
            self.payments[payment.loan_id].append(payment)
        rows = [summarise(loan, self.payments[loan.id], today, table) for loan in repo.list(Loan)]
        self.summaries = {s.loan.id: s for s in rows}
        self.model.set_rows(rows)
        if not self._charges_date_set:
            self.cost_panel.set_date(today)
            self._charges_date_set = True
        if selected is not None and selected.id in self.summaries:
            self.select_loan(selected.id)
        elif self.proxy.rowCount():
            self.view.selectRow(0)
        self._show_selected()

    def clear(self) -> None:
        self.model.clear()
        self.summaries, self.payments = {}, {}
        self.last_deleted = None
        self.undo_bar.hide()
        self.filter_edit.clear()
        self.cost_panel.show_summary(None, ())
        self.schedule_tab.clear()
        self.payments_tab.clear()
        for dialog in (self.editor, self.payment_dialog):
            if dialog is not None:
                dialog.reject()

    def selected_loan(self) -> Loan | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.data(rows[0], Role.LOAN) if rows else None

    def select_loan(self, loan_id: int) -> None:
        source_row = self.model.row_of(loan_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _show_selected(self) -> None:
        loan = self.selected_loan()
        summary = self.summaries.get(loan.id) if loan else None
        payments = self.payments.get(loan.id, []) if loan else []
        self.cost_panel.show_summary(summary, payments)
        self.schedule_tab.set_loan(loan, summary.schedule if summary else None, payments, self.today())
        self.payments_tab.set_payments(summary, payments)
        self._update_actions()

    def _update_actions(self) -> None:
        loan = self.selected_loan()
        for action in (self.edit_action, self.pay_action, self.archive_action, self.delete_action):
            action.setEnabled(loan is not None)
        self.archive_action.setText(self.tr("Unarchive") if loan is not None and loan.archived else self.tr("Archive"))

    # actions ------------------------------------------------------------------------------
    def add_loan(self) -> None:
        self._open_editor(None)

    def edit_loan(self) -> None:
        loan = self.selected_loan()
        if loan is not None:
            self._open_editor(loan)

    def _open_editor(self, loan: Loan | None) -> None:
        if self.ctx.repo is None:
            return
        dialog = LoanEditorDialog(self.ctx, loan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved))
        dialog.finished.connect(lambda _r: setattr(self, "editor", None))
        self.editor = dialog
        dialog.open()

    def _after_save(self, loan: Loan | None) -> None:
        if loan is not None and loan.id is not None:  # the editor's data_changed has refreshed the table
            self.select_loan(loan.id)

    def record_payment(self) -> None:
        loan = self.selected_loan()
        if loan is None or self.ctx.repo is None:
            return
        dialog = PaymentDialog(self.ctx, loan, self.payments.get(loan.id, []), lpr_table(self.ctx.repo), self, self.today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "payment_dialog", None))
        self.payment_dialog = dialog
        dialog.open()

    def toggle_archived(self) -> None:
        loan = self.selected_loan()
        if loan is None:
            return
        self._write(lambda repo: repo.update(dataclasses.replace(loan, archived=not loan.archived)))

    def delete_loan(self) -> None:
        loan = self.selected_loan()
        if loan is None:
            return
        count = len(self.payments.get(loan.id, []))
        question = self.tr("Delete the loan “%1” and its %n payment(s)?", "", count).replace("%1", loan.lender)
        if not confirm(self, self.tr("Delete loan"), question):
            return
        deleted = self._write(lambda repo: repo.delete(Loan, loan.id))
        if deleted is not None:
            self._offer_undo(deleted, self.tr("Deleted “%1”.").replace("%1", loan.lender))

    def delete_payment(self, payment: Payment) -> None:
        question = self.tr("Delete the payment of %1 made on %2?").replace(
            "%1", payment.amount.format(self.ctx.lang)).replace("%2", payment.paid_on.isoformat())
        if not confirm(self, self.tr("Delete payment"), question):
            return
        deleted = self._write(lambda repo: repo.delete(Payment, payment.id))
        if deleted is not None:
            self._offer_undo(deleted, self.tr("Deleted the payment of %1.").replace("%1", payment.amount.format(self.ctx.lang)))

    def _offer_undo(self, deleted: Deleted, message: str) -> None:
        self.last_deleted = deleted
        self.undo_label.setText(message)
        self.undo_bar.show()

    def undo_delete(self) -> None:
        deleted, self.last_deleted = self.last_deleted, None
        self.undo_bar.hide()
        if deleted is None:
            return
        self._write(lambda repo: repo.undelete(deleted))
        restored = next((r for r in deleted.removed if isinstance(r, Loan)), None)
        if restored is not None:
            self.select_loan(restored.id)

    def _write(self, change):
        """Run one vault change; on failure say so in one line and leave the page as it was."""
        repo = self.ctx.repo
        if repo is None:
            return None
        try:
            result = change(repo)
        except (CodedError, KeyError, ValueError, OSError) as exc:
            self.last_notice = notify(self, self.tr("Not saved"), error_message(exc, self.ctx.lang), QMessageBox.Icon.Warning)
            return None
        self.ctx.data_changed.emit("loans")
        return result

    def show_lpr_table(self) -> None:
        if self.ctx.repo is None:
            return
        dialog = LprDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lpr_dialog = dialog
        dialog.open()
