"""Qt's own strings, the vault-file filter and the catalogue's labels follow the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.core.records import FeeKind, LoanStatus
from app.ui.widgets import vault_filter
from app.ui.i18n import current_language, install_translators
from app.ui.labels import label


@pytest.fixture
def chinese(qapp):
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def _standard_buttons() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    return sorted(button.text().replace("&", "") for button in box.buttons())


def test_qt_standard_buttons_are_translated(chinese):
    assert current_language() == "zh_CN"
    assert _standard_buttons() == sorted(["确定", "取消"])
    install_translators("en")
    assert _standard_buttons() == sorted(["OK", "Cancel"])


def test_the_vault_file_filter_is_translated(chinese):
    assert vault_filter() == "还款协商助手保险库 (*.repaydesk);;所有文件 (*)"
    install_translators("en")
    assert vault_filter() == "RepayDesk vault (*.repaydesk);;All files (*)"


def test_screen_labels_come_from_the_catalogue_in_the_interface_language(chinese):
    assert (label(LoanStatus.OVERDUE), label(FeeKind.AGENCY), label("red"), label(None)) == ("逾期", "中介费", "超出红线", "无结论")
    install_translators("en")
    assert (label(LoanStatus.OVERDUE), label(FeeKind.AGENCY), label("red"), label(None)) == (
        "Overdue", "Agency fee (中介费)", "Above the line", "No verdict")
    assert label("not a level") == "not a level"


def test_the_budget_export_button_speaks_the_interface_language(ctx, qtbot):
    from app.ui.pages.budget import BudgetPage

    english = BudgetPage(ctx)
    qtbot.addWidget(english)
    assert english.docx_button.text() == "Export financial statement (.docx)…"
    install_translators("zh_CN")
    try:
        chinese = BudgetPage(ctx)
        qtbot.addWidget(chinese)
        assert chinese.docx_button.text() == "导出财务状况说明（.docx）…"
    finally:
        install_translators("en")
