"""借款 Loans: the register of loans with their real cost, schedule and payments, and the loan editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QMessageBox,
    QSplitter, QStyle, QTableView, QTabWidget, QToolBar, QWidget,
)

from app.core.messages import CodedError
from app.core.records import Loan, LoanStatus, Payment
from app.services import loans as service
from app.ui import ops
from app.ui.context import AppContext
from app.ui.errors import error_message, show_error
from app.ui.labels import label
from app.ui.loans.editor_dialog import LoanEditorDialog
from app.ui.loans.lpr_dialog import LprDialog
from app.ui.loans.payment_dialog import PaymentDialog
from app.ui.loans.payments_tab import PaymentsTab
from app.ui.loans.real_cost_panel import RealCostPanel
from app.ui.loans.schedule_view import ScheduleTab
from app.ui.loans.table_model import Column, LoanFilterProxy, LoanTableModel, Role
from app.ui.pages.base import Page, page_layout
from app.ui.widgets import UndoBar, confirm, notify, read_only_view

if TYPE_CHECKING:
    from app.services import Deleted

ADD_LOAN_SHORTCUT = "Ctrl+Shift+N"  # Ctrl+N is the new diary entry, from any page (issue 10)

class LoansPage(Page):
    key = "loans"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.register: service.RegisterView | None = None
        self._select_after: int | None = None
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
        self.cost_panel = RealCostPanel(ctx.lang, ctx.today())
        self.schedule_tab = ScheduleTab(ctx.lang)
        self.payments_tab = PaymentsTab(ctx.lang)
        self.tabs.addTab(self.cost_panel, self.tr("Real cost"))
        self.tabs.addTab(self.schedule_tab, self.tr("Schedule"))
        self.tabs.addTab(self.payments_tab, self.tr("Payments"))
        self.payments_tab.record_requested.connect(self.record_payment)
        self.payments_tab.delete_requested.connect(self.delete_payment)
        self.schedule_tab.mark_paid_requested.connect(self.mark_paid)

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
        self.add_action = self._action(self.tr("Add loan"), self.add_loan, ADD_LOAN_SHORTCUT)
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
        self.undo_bar = UndoBar(self.undo_delete)
        self.undo_label, self.undo_button = self.undo_bar.label, self.undo_bar.button
        return self.undo_bar

    # data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the vault thread for the register (every summary and IRR computed there), then show it."""
        today = self.ctx.today()
        ops.query(self.ctx, lambda repo: service.register_view(repo, today), self._show_register, parent=self)

    def _show_register(self, register: service.RegisterView) -> None:
        selected = self.selected_loan()
        self.register = register
        self.model.set_rows([view.summary for view in register.loans])
        if not self._charges_date_set:
            self.cost_panel.set_date(register.on)
            self._charges_date_set = True
        if self._select_after is not None:
            selected_id, self._select_after = self._select_after, None
        else:
            selected_id = selected.id if selected is not None else None
        if selected_id is not None and register.get(selected_id) is not None:
            self.select_loan(selected_id)
        elif self.proxy.rowCount():
            self.view.selectRow(0)
        self._show_selected()

    def clear(self) -> None:
        self.model.clear()
        self.register = None
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

    def selected_view(self) -> service.LoanView | None:
        loan = self.selected_loan()
        return self.register.get(loan.id) if loan is not None and self.register is not None else None

    def select_loan(self, loan_id: int) -> None:
        """Select the loan now, or as soon as the register that holds it arrives."""
        source_row = self.model.row_of(loan_id)
        if source_row is None:
            self._select_after = loan_id
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _show_selected(self) -> None:
        view = self.selected_view()
        self.cost_panel.show_summary(view.summary if view else None, view.payments if view else ())
        self.schedule_tab.set_view(view)
        self.payments_tab.set_payments(view.summary if view else None, view.payments if view else ())
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
        if self.ctx.vault is None:
            return
        dialog = LoanEditorDialog(self.ctx, loan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved))
        dialog.finished.connect(lambda _r: setattr(self, "editor", None))
        self.editor = dialog
        dialog.open()

    def _after_save(self, loan: Loan | None) -> None:
        if loan is not None and loan.id is not None:
            self._select_after = loan.id  # the save's data_changed is reloading the register
            self.select_loan(loan.id)

    def record_payment(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        dialog = PaymentDialog(self.ctx, view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "payment_dialog", None))
        self.payment_dialog = dialog
        dialog.open()

    def mark_paid(self, numbers: list[int]) -> None:
        """Record the chosen instalments of the selected loan as paid on their due dates, in one step."""
        loan = self.selected_loan()
        if loan is None:
            return
        today, lang = self.ctx.today(), self.ctx.lang
        self._select_after = loan.id
        ops.write(self.ctx, lambda repo: service.mark_paid(repo, loan.id, numbers, today, lang), "loans",
                  lambda payments: self._marked(len(payments)), parent=self)

    def _marked(self, count: int) -> None:
        self.last_deleted = None
        self.undo_label.setText(self.tr("Recorded %n payment(s) on the instalments' due dates.", "", count))
        self.undo_button.hide()
        self.undo_bar.show()

    def toggle_archived(self) -> None:
        loan = self.selected_loan()
        if loan is None:
            return
        self._write(lambda repo: service.set_archived(repo, loan.id, not loan.archived))

    def delete_loan(self) -> None:
        loan = self.selected_loan()
        view = self.selected_view()
        if loan is None:
            return
        count = len(view.payments) if view else 0
        question = self.tr("Delete the loan “%1” and its %n payment(s)?", "", count).replace("%1", loan.lender)
        if not confirm(self, self.tr("Delete loan"), question):
            return
        message = self.tr("Deleted “%1”.").replace("%1", loan.lender)
        self._write(lambda repo: service.delete_loan(repo, loan.id), lambda deleted: self._offer_undo(deleted, message))

    def delete_payment(self, payment: Payment) -> None:
        question = self.tr("Delete the payment of %1 made on %2?").replace(
            "%1", payment.amount.format(self.ctx.lang)).replace("%2", payment.paid_on.isoformat())
        if not confirm(self, self.tr("Delete payment"), question):
            return
        message = self.tr("Deleted the payment of %1.").replace("%1", payment.amount.format(self.ctx.lang))
        self._write(lambda repo: service.delete_payment(repo, payment.id), lambda deleted: self._offer_undo(deleted, message))

    def _offer_undo(self, deleted: Deleted, message: str) -> None:
        self.last_deleted = deleted
        self.undo_label.setText(message)
        self.undo_button.show()
        self.undo_bar.show()

    def undo_delete(self) -> None:
        deleted, self.last_deleted = self.last_deleted, None
        self.undo_bar.hide()
        if deleted is None:
            return
        restored = next((r for r in deleted.removed if isinstance(r, Loan)), None)
        if restored is not None:
            self._select_after = restored.id
        self._write(lambda repo: service.undelete(repo, deleted))

    def _write(self, change, on_done=None) -> None:
        """Run one vault change on the vault thread; on failure say so in one line and leave the page as it was."""
        def failed(error: BaseException) -> None:
            if not isinstance(error, (CodedError, KeyError, ValueError, OSError)):
                show_error(self, error, self.ctx.lang)
                return
            self.last_notice = notify(self, self.tr("Not saved"), error_message(error, self.ctx.lang), QMessageBox.Icon.Warning)

        ops.write(self.ctx, change, "loans", on_done, parent=self, on_error=failed)

    def show_lpr_table(self) -> None:
        if self.ctx.vault is None:
            return
        dialog = LprDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lpr_dialog = dialog
        dialog.open()
