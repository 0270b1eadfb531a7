"""One budget table with Add / Edit / Delete (confirmed, undoable for the session) and its entry form."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.core.errors import ValidationFailed
from app.ui.budget.forms import RecordForm
from app.ui.budget.table_models import RecordTableModel
from app.ui.context import AppContext
from app.ui.errors import EXPECTED, error_message, show_error
from app.ui.widgets import ErrorLabel, confirm, read_only_view


class BudgetSection(QWidget):
    """`draft_changed` fires as the user types in the form; `written` after every change to the vault."""

    draft_changed = Signal()
    written = Signal()

    def __init__(self, ctx: AppContext, model: RecordTableModel, form: RecordForm, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.form = form
        self.undo_stack: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        note = QLabel(intro)
        note.setWordWrap(True)
        layout.addWidget(note)

        self.table = read_only_view(QTableView())
        self.table.setModel(model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        for button in (self.add_button, self.edit_button, self.delete_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.form.start())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)

        self.message = ErrorLabel()
        layout.addWidget(self.message)
        layout.addWidget(form)
        form.edited.connect(self.draft_changed)
        form.cancelled.connect(self.draft_changed)
        form.save_requested.connect(self.save)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    # selection ----------------------------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_record(self) -> object | None:
        return self.model.record(self.selected_row())

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        editable = self.selected_record() is not None
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.undo_button.setEnabled(bool(self.undo_stack))

    # the live draft -----------------------------------------------------------------------------
    def draft(self) -> object | None:
        """The record being typed (replacing the one with the same id), or None."""
        return self.form.preview() if self.form.isVisibleTo(self) else None

    # writes -------------------------------------------------------------------------------------
    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.form.start(record)
            self.draft_changed.emit()

    def save(self, record: object) -> None:
        repo = self.ctx.repo
        if repo is None:
            return
        try:
            if getattr(record, "id", None) is None:
                repo.add(record)
            else:
                repo.update(record)
        except ValidationFailed as failed:
            for error in failed.errors:
                box = self.form.boxes.get(error.field)
                (box.show_error if box else self.form.general_error.show_message)(error.message(self.ctx.lang))
            return
        except EXPECTED as error:  # the vault refused; say so and keep the form as typed
            self.form.general_error.show_message(error_message(error, self.ctx.lang))
            return
        except Exception as error:  # noqa: BLE001 — a bug: the unexpected-error dialog, the form kept as typed
            show_error(self, error, self.ctx.lang)
            return
        self.form.close_form()
        self.message.show_message("")
        self.written.emit()

    def delete_selected(self) -> None:
        record = self.selected_record()
        repo = self.ctx.repo
        if record is None or repo is None:
            return
        name = getattr(record, "name", None) or getattr(record, "creditor", "")
        question = self.tr("Delete “%1”? You can undo this until the vault is locked.").replace("%1", name)
        if not confirm(self, self.tr("Delete"), question):
            return
        try:
            self.undo_stack.append(repo.delete(type(record), record.id))
        except EXPECTED as error:
            self.message.show_message(error_message(error, self.ctx.lang))
            return
        except Exception as error:  # noqa: BLE001 — a bug: the unexpected-error dialog
            show_error(self, error, self.ctx.lang)
            return
        if self.form.editing_id == record.id:
            self.form.close_form()
        self.written.emit()

    def undo_delete(self) -> None:
        repo = self.ctx.repo
        if not self.undo_stack or repo is None:
            return
        try:
            repo.undelete(self.undo_stack[-1])
        except EXPECTED as error:
            self.message.show_message(error_message(error, self.ctx.lang))
            return
        except Exception as error:  # noqa: BLE001 — a bug: the unexpected-error dialog
            show_error(self, error, self.ctx.lang)
            return
        self.undo_stack.pop()
        self.written.emit()

    def clear(self) -> None:
        self.form.close_form()
        self.undo_stack.clear()
        self.message.show_message("")
        self.model.set_rows([])
