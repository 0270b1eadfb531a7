"""Small widgets shared by the windows and dialogs."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

ERROR_STYLE = "color: #b3261e;"
VAULT_FILTER = QT_TRANSLATE_NOOP("VaultFile", "RepayDesk vault (*.repaydesk);;All files (*)")


def vault_filter() -> str:
    """The file dialogs' filter for vault files, in the interface language."""
    return QCoreApplication.translate("VaultFile", VAULT_FILTER)


class ErrorLabel(QLabel):
    """A one-line message under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class PasswordField(QWidget):
    """A password line edit with its field-level error message underneath."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(260)
        self.error = ErrorLabel()
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.textEdited.connect(lambda _text: self.error.show_message(""))
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_error(self, text: str) -> None:
        self.error.show_message(text)
        if text:
            self.edit.setFocus()
            self.edit.selectAll()

    def wipe(self) -> None:
        self.edit.clear()
        self.error.show_message("")


def busy_bar() -> QProgressBar:
    """An indeterminate progress bar for slow work such as key derivation; hidden until shown."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


def read_only_view(view: QTableView) -> QTableView:
    """A table for looking at: whole rows selected, no editing, columns fitted to their text, the last stretched."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def show_busy(bar: QProgressBar, controls: Iterable[QWidget], busy: bool) -> None:
    """While slow work runs, show the bar and disable the controls that would start more."""
    bar.setVisible(busy)
    for control in controls:
        control.setEnabled(not busy)


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask before a deletion; No is the default button, so a stray Enter deletes nothing."""
    answer = QMessageBox.question(parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def notify(parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """A window-modal message box that does not block the caller (so tests and workers can go on)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("notice")
    box.open()
    return box


def large_label(text: str = "—", scale: float = 1.5) -> QLabel:
    """A bold label `scale` times the normal size: headings and headline figures."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class UndoBar(QWidget):
    """"Deleted …" with an Undo button (Ctrl+Z), hidden until a page offers an undo."""

    def __init__(self, on_undo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.button = QPushButton(self.tr("Undo"))
        self.button.setShortcut(QKeySequence.StandardKey.Undo)
        self.button.clicked.connect(on_undo)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()
