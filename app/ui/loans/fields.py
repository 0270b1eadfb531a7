"""A form field with its message underneath: red text and a red frame when the value is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.widgets import ErrorLabel

WARNING_STYLE = "color: #8a6100;"
HINT_STYLE = "color: palette(mid);"
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 3px;"


class FieldBox(QWidget):
    """Holds one or more input widgets side by side, an optional hint, a warning and an error line."""

    def __init__(self, *inputs: QWidget, hint: str = "", stretch_first: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs = inputs
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for position, widget in enumerate(inputs):
            row.addWidget(widget, 1 if position == 0 and stretch_first else 0)
        outer.addLayout(row)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setVisible(bool(hint))
        outer.addWidget(self.hint)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.hide()
        outer.addWidget(self.warning)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        self.setFocusProxy(inputs[0])

    def set_error(self, text: str) -> None:
        self.error.show_message(text)
        self.inputs[0].setStyleSheet(INVALID_STYLE if text else "")

    def set_warning(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
