"""A form field with one message line underneath, reserved so that a message never moves the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui.loans.inputs import DateInput

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a6100;"
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 3px;"


class MessageLine(QLabel):
    """`lines` lines of text (wrapped) that keep their height when empty; longer text is elided, the whole
    of it in the tooltip."""

    def __init__(self, parent: QWidget | None = None, lines: int = 1) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTextFormat(Qt.TextFormat.PlainText)
        if lines > 1:
            self.setWordWrap(True)
            self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        metrics = self.fontMetrics()
        self.setFixedHeight(metrics.height() + 2 if lines == 1 else metrics.lineSpacing() * lines + 4)
        self.full_text = ""

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        self.full_text = text
        self.setStyleSheet(style)
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.width(), 40) * self.lines
        if self.lines > 1:
            room -= self.fontMetrics().averageCharWidth() * 8 * (self.lines - 1)  # what word breaks leave unused
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))


class FieldBox(QWidget):
    """Input widgets side by side over one message line: the error if any, else the warning.

    A hint goes to the first input's tooltip. An error outlines only plain inputs (a line edit);
    composite inputs (the fee table) outline the offending cell themselves.
    """

    def __init__(self, *inputs: QWidget, hint: str = "", stretch_first: bool = True, message_lines: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs = inputs
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        for position, widget in enumerate(inputs):
            self.row.addWidget(widget, 1 if position == 0 and stretch_first else 0)
        if not stretch_first:
            self.row.addStretch(1)
        outer.addLayout(self.row)
        if hint:
            inputs[0].setToolTip(hint)
        target = self._outlined()
        if target is not None:
            target.setFixedHeight(target.sizeHint().height())  # the red outline must not change the row's height
        self.message = MessageLine(lines=message_lines)
        outer.addWidget(self.message)
        self._error = self._warning = ""
        self.setFocusProxy(inputs[0])

    @property
    def error_text(self) -> str:
        return self._error

    @property
    def warning_text(self) -> str:
        return self._warning

    def set_error(self, text: str) -> None:
        self._error = text
        target = self._outlined()
        if target is not None:
            target.setStyleSheet(INVALID_STYLE if text else "")
        self._show()

    def _outlined(self) -> QLineEdit | None:
        """The line edit an error outlines: the first input, or the text part of a date input."""
        target = self.inputs[0].edit if isinstance(self.inputs[0], DateInput) else self.inputs[0]
        return target if isinstance(target, QLineEdit) else None

    def set_warning(self, text: str) -> None:
        self._warning = text
        self._show()

    def _show(self) -> None:
        if self._error:
            self.message.show_message(self._error, ERROR_STYLE)
        else:
            self.message.show_message(self._warning, WARNING_STYLE)
