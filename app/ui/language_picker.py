"""The language choice on the first screens (first run, unlock), for users whose system locale is not theirs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class LanguagePicker(QWidget):
    """A small combo box; emits `chosen(lang)` when the user picks the other language.

    Its caption is in both languages on purpose: it is for someone who cannot read the current one.
    """

    chosen = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        for code, name in LANGUAGES:
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(lang)))
        caption = QLabel("语言 / Language:")
        caption.setBuddy(self.combo)
        layout.addStretch(1)
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._activated)

    def _activated(self, index: int) -> None:
        if self.combo.itemData(index) != self.lang:
            self.chosen.emit(self.combo.itemData(index))
