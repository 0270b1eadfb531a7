"""The Budget page: entering a budget moves the capacity figure as the user types, bad amounts are
refused field by field, the protected minimum, delete + undo, snapshots and the chart, exports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.clock import Clock
from app.core.money import Money
from app.core.records import BudgetSnapshot, Expense, ExpenseCategory, IncomeCategory, IncomeSource, Liability, Profile
from app.ui.context import AppContext
from app.ui.pages.budget import BudgetPage

pytestmark = pytest.mark.usefixtures("ops_wait")

Y = Money.yuan
TODAY = dt.date(2026, 3, 20)  # the pages' clock: no test depends on the wall clock


@pytest.fixture
def make_page(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    def build(vault, lang: str = "en") -> BudgetPage:
        ctx = AppContext(lang, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        ctx.attach_vault(vault)
        ctx.clock = Clock.at(TODAY)
        page = BudgetPage(ctx)
        qtbot.addWidget(page)
        page.resize(1100, 720)
        page.show()
        page.refresh()
        contexts.append(ctx)
        return page

    contexts: list[AppContext] = []
    yield build
    for ctx in contexts:
        ctx.worker.wait()
        stop = getattr(ctx.vault_worker, "stop", None)
        if stop is not None:
            stop()


def _type(qtbot, field, text: str) -> None:
    """Type like a person, key by key (QTest.keyClicks cannot send Chinese characters)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    field.edit.clear()
    for char in text:
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(field.edit, event)
    assert field.edit.text() == text


def _choose(field, value) -> None:
    field.combo.setCurrentIndex(field.combo.findData(value))
    field.combo.activated.emit(field.combo.currentIndex())


def test_capacity_follows_what_is_typed_then_what_is_saved(make_page, qtbot, tmp_vault):
    page = make_page(tmp_vault)
    assert page.summary.available.text() == "¥0.00"

    page.income.add_button.click()
    form = page.income.form
    _type(qtbot, form.boxes["name"], "Salary")
    _type(qtbot, form.boxes["amount"], "1.2万")
    assert page.summary.available.text() == "¥12,000.00"  # before saving
    assert page.summary.preview_note.isVisible()
    assert tmp_vault.repo.count(IncomeSource) == 0
    form.submit()
    assert [s.amount for s in tmp_vault.repo.list(IncomeSource)] == [Y(12000)]
    assert page.summary.available.text() == "¥12,000.00"
    assert not page.summary.preview_note.isVisible()

    page.expenses.add_button.click()
    form = page.expenses.form
    _type(qtbot, form.boxes["name"], "Rent")
    _type(qtbot, form.boxes["monthly"], "¥3,000")
    assert page.summary.available.text() == "¥9,000.00"  # 12 000 − 3 000 essential
    form.submit()

    page.expenses.add_button.click()
    _type(qtbot, form.boxes["name"], "Takeaway")
    _type(qtbot, form.boxes["monthly"], "500")
    form.boxes["essential"].check.setChecked(False)
    form.submit()
    assert page.summary.essential.text() == "¥3,000.00"
    assert page.summary.spending.text() == "¥3,500.00"
    assert page.summary.available.text() == "¥9,000.00"  # cuttable spending is not protected

    page.income.add_button.click()
    form = page.income.form
    _type(qtbot, form.boxes["name"], "Weekend driving")
    _choose(form.boxes["category"], IncomeCategory.SIDE_JOB)
    _type(qtbot, form.boxes["amount"], "1000")
    _choose(form.boxes["frequency"], "weekly")
    # 1 000 a week = 1 000 × 52 ÷ 12 = 4 333.33 a month
    assert page.summary.income.text() == "¥16,333.33"
    assert page.summary.available.text() == "¥13,333.33"
    form.submit()
    assert page.summary.available.text() == "¥13,333.33"
    assert page.summary.gap_caption.text() == "Surplus each month"


def test_editing_a_row_previews_the_change_and_cancel_restores(make_page, qtbot, tmp_vault):
    tmp_vault.repo.add(IncomeSource("Salary", IncomeCategory.SALARY, Y(6000)))
    tmp_vault.repo.add(Expense("Rent", ExpenseCategory.RENT, Y(1500)))
    page = make_page(tmp_vault)
    assert page.summary.available.text() == "¥4,500.00"
    page.expenses.select_row(0)
    page.expenses.edit_button.click()
    _type(qtbot, page.expenses.form.boxes["monthly"], "2000")
    assert page.summary.available.text() == "¥4,000.00"
    page.expenses.form.cancel()
    assert page.summary.available.text() == "¥4,500.00"
    assert [e.monthly for e in tmp_vault.repo.list(Expense)] == [Y(1500)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "“abc” is not an amount of money."),
        ("-5", "The amount cannot be negative."),
        ("12.345", "Amounts are in yuan with at most two decimals (fen)."),
        ("2亿", "More than ¥100,000,000.00 a month is almost certainly a typing mistake."),
    ],
)
def test_bad_amounts_show_the_field_message_and_save_nothing(make_page, qtbot, tmp_vault, typed, message):
    page = make_page(tmp_vault)
    page.income.add_button.click()
    form = page.income.form
    _type(qtbot, form.boxes["name"], "Salary")
    _type(qtbot, form.boxes["amount"], typed)
    assert form.submit() is None
    assert form.boxes["amount"].error.text() == message
    assert form.boxes["amount"].error.isVisible()
    assert tmp_vault.repo.count(IncomeSource) == 0
    assert page.income.model.rowCount() == 0
    form.cancel()
    assert page.summary.available.text() == "¥0.00"


def test_missing_name_and_messages_in_chinese(make_page, qtbot, tmp_vault):
    page = make_page(tmp_vault, lang="zh_CN")
    page.assets.add_button.click()
    form = page.assets.form
    _type(qtbot, form.boxes["value"], "-1")
    assert form.boxes["value"].error.text() == "金额不能为负数。"  # shown while typing
    form.submit()
    assert form.boxes["name"].error.text() == "此项必填。"
    assert tmp_vault.repo.count(IncomeSource) == 0


def test_protected_minimum_override_changes_the_available_amount(make_page, qtbot, tmp_vault):
    tmp_vault.repo.add(IncomeSource("Salary", IncomeCategory.SALARY, Y(12000)))
    tmp_vault.repo.add(Expense("Rent", ExpenseCategory.RENT, Y(3000)))
    page = make_page(tmp_vault)
    assert page.summary.available.text() == "¥9,000.00"
    assert page.summary.protected.text() == "¥3,000.00 (default)"

    _type(qtbot, page.details.minimum, "5000")
    assert page.summary.available.text() == "¥7,000.00"  # as typed: 12 000 − 5 000
    _type(qtbot, page.details.minimum, "5000x")
    assert page.details.minimum.error.text() == "“5000x” is not an amount of money."
    assert page.details.submit() is None
    assert tmp_vault.repo.get_profile().protected_minimum is None

    _type(qtbot, page.details.minimum, "5000")
    _type(qtbot, page.details.full_name, "张三")
    page.details.hardship.setPlainText("2024年起工时减少。")
    page.details.save_button.click()
    assert tmp_vault.repo.get_profile() == Profile(full_name="张三", hardship="2024年起工时减少。", protected_minimum=Y(5000))
    assert page.summary.available.text() == "¥7,000.00"
    assert page.summary.protected.text() == "¥5,000.00"

    page.details.minimum.edit.clear()
    page.details.save_button.click()
    assert tmp_vault.repo.get_profile().protected_minimum is None
    assert page.summary.available.text() == "¥9,000.00"


def test_delete_asks_first_and_undo_puts_it_back(make_page, monkeypatch, tmp_vault):
    kept = tmp_vault.repo.add(Expense("Rent", ExpenseCategory.RENT, Y(1500)))
    tmp_vault.repo.add(IncomeSource("Salary", IncomeCategory.SALARY, Y(6000)))
    page = make_page(tmp_vault)
    page.expenses.select_row(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    page.expenses.delete_button.click()
    assert tmp_vault.repo.count(Expense) == 1

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.expenses.delete_button.click()
    assert tmp_vault.repo.count(Expense) == 0
    assert page.expenses.model.rowCount() == 0
    assert page.summary.available.text() == "¥6,000.00"
    assert page.expenses.undo_button.isEnabled()

    page.expenses.undo_button.click()
    assert tmp_vault.repo.list(Expense) == [kept]
    assert page.summary.available.text() == "¥4,500.00"
    assert not page.expenses.undo_button.isEnabled()


def test_writes_announce_budget_changes(make_page, qtbot, tmp_vault):
    page = make_page(tmp_vault)
    kinds: list[str] = []
    page.ctx.data_changed.connect(kinds.append)
    page.assets.add_button.click()
    _type(qtbot, page.assets.form.boxes["name"], "Deposit")
    _type(qtbot, page.assets.form.boxes["value"], "2300")
    page.assets.form.submit()
    assert kinds == ["budget"]
    assert page.summary.assets.text() == "¥2,300.00"


def test_snapshot_then_the_history_chart_has_data(make_page, qtbot, tmp_vault):
    tmp_vault.repo.add(IncomeSource("Salary", IncomeCategory.SALARY, Y(12000)))
    tmp_vault.repo.add(Expense("Rent", ExpenseCategory.RENT, Y(3000)))
    tmp_vault.repo.add(Liability("Cousin", "family", Y(20000), Y(1000)))
    tmp_vault.repo.add(BudgetSnapshot(dt.date(2025, 1, 31), Y(10000), Y(3000), Y(3000), Y(7000), Y(0), Y(25000), Y(-25000)))
    page = make_page(tmp_vault)
    page.snapshot_button.click()
    page.snapshot_button.click()  # the same day again replaces, not duplicates
    snaps = sorted(tmp_vault.repo.list(BudgetSnapshot), key=lambda s: s.taken_on)
    assert len(snaps) == 2
    today = snaps[-1]
    assert today.taken_on == TODAY
    assert (today.income, today.spending, today.available, today.total_debt) == (Y(12000), Y(3000), Y(8000), Y(20000))

    assert page.history.chart.figure is None  # not drawn until the tab is shown
    page.tabs.setCurrentWidget(page.history)
    assert page.history.chart.figure is None  # built on a worker, shown when ready
    qtbot.waitUntil(lambda: page.history.chart.figure is not None, timeout=15_000)
    figure = page.history.chart.figure
    flows = figure.axes[0]
    income_line = flows.get_lines()[0]
    assert [Decimal(str(y)) for y in income_line.get_ydata()] == [Decimal("10000.0"), Decimal("12000.0")]
    assert page.history.model.rowCount() == 2
    assert page.history.model.index(0, 0).data() == TODAY.isoformat()


def _docx_text(path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def test_export_docx_writes_the_totals(make_page, qtbot, tmp_vault, tmp_path, monkeypatch):
    tmp_vault.repo.add(IncomeSource("工资", IncomeCategory.SALARY, Y(12000)))
    tmp_vault.repo.add(Expense("房租", ExpenseCategory.RENT, Y(3000)))
    tmp_vault.repo.set_profile(Profile(full_name="张三", hardship="工时减少。"))
    page = make_page(tmp_vault, lang="zh_CN")
    target = tmp_path / "out" / "statement"
    target.parent.mkdir()
    seen = {}

    def fake_dialog(parent, caption, suggestion, filters):
        seen["suggestion"] = suggestion
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    page.docx_button.click()
    qtbot.waitUntil(lambda: page.last_notice is not None, timeout=15_000)
    assert seen["suggestion"].endswith(f"财务状况说明-{TODAY.isoformat()}.docx")
    written = target.with_name("statement.docx")
    text = _docx_text(written)
    assert "财务状况说明" in text and "张三" in text and "工时减少。" in text
    assert "每月收入 | 12,000.00" in text
    assert "每月可用于偿还借款的金额 | 9,000.00" in text
    assert "玖仟元整" in text
    assert "为空" not in page.last_notice.text()
    assert page.busy.isHidden() and page.docx_button.isEnabled()
    from app.core.records import DocumentRecord

    assert [d.saved_to for d in tmp_vault.repo.list(DocumentRecord)] == [str(written)]


def test_export_of_an_empty_budget_says_so(make_page, qtbot, tmp_vault, tmp_path, monkeypatch):
    page = make_page(tmp_vault)
    target = tmp_path / "empty.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.docx_button.click()
    qtbot.waitUntil(lambda: page.last_notice is not None, timeout=15_000)
    assert "the statement is empty" in page.last_notice.text()
    assert "本说明为空" in _docx_text(target)  # documents are Chinese whatever the interface language


def test_export_failure_is_one_clear_message(make_page, qtbot, tmp_vault, tmp_path, monkeypatch):
    page = make_page(tmp_vault)
    target = tmp_path / "missing-folder" / "x.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.docx_button.click()
    qtbot.waitUntil(lambda: page.last_notice is not None, timeout=15_000)
    assert page.last_notice.windowTitle() == "The statement was not saved"
    assert page.last_notice.text().startswith(f"Could not save {target}")
    assert page.docx_button.isEnabled()


def test_export_csv_and_print_preview(make_page, tmp_vault, tmp_path, monkeypatch):
    tmp_vault.repo.add(IncomeSource("Salary", IncomeCategory.SALARY, Y(12000)))
    page = make_page(tmp_vault)
    target = tmp_path / "budget.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.csv_button.click()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Salary" in data.decode("utf-8-sig") and "12000.00" in data.decode("utf-8-sig")

    page.print_button.click()
    assert page.print_dialog is not None
    assert "12,000.00" in page.print_document.toPlainText()
    page.print_dialog.close()


def test_the_statement_prints_through_the_documents_printing(make_page, tmp_vault, monkeypatch):
    """Paragraphs kept with the signature and indents scaled, as on the Documents page (not QTextDocument.print_ as is)."""
    import app.ui.pages.budget as budget_page

    printed = []
    monkeypatch.setattr(budget_page, "print_document", lambda document, ending, device: printed.append((document, ending)))
    page = make_page(tmp_vault)
    page.print_button.click()
    assert page.print_dialog is not None
    printed.clear()  # the preview paints once on opening
    page.print_dialog.paintRequested.emit(page.printer)
    [(document, ending)] = printed
    assert document is page.print_document and (ending is None or ending in document.toPlainText())
    assert page.printer.pageLayout().margins().left() > 0
    page.print_dialog.close()


def test_debts_list_the_loans_outstanding_read_only(make_page, demo_vault):
    from app.core.loan_summary import summarise
    from app.core.lpr import LprTable
    from app.core.records import Loan, Payment

    page = make_page(demo_vault)
    today = TODAY
    table = LprTable.load()
    expected = {}
    for loan in demo_vault.repo.list(Loan):
        summary = summarise(loan, demo_vault.repo.list(Payment, loan_id=loan.id), today, table)
        if summary.outstanding_principal or summary.monthly_demand or summary.overdue_amount:
            expected[loan.lender] = summary.outstanding_principal.format("en")
    model = page.debts.model
    shown = {model.index(row, 0).data(): model.index(row, 2).data() for row in range(model.rowCount()) if model.is_loan(row)}
    assert shown == expected and len(shown) >= 1
    assert model.index(model.rowCount() - 1, 0).data() == "表哥（家人借款）"
    assert model.index(model.rowCount() - 1, 2).data() == "¥20,000.00"

    page.debts.select_row(0)
    assert model.record(0) is None
    assert not page.debts.edit_button.isEnabled() and not page.debts.delete_button.isEnabled()
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_lock_clears_every_figure(make_page, tmp_vault):
    tmp_vault.repo.add(IncomeSource("Salary", IncomeCategory.SALARY, Y(12000)))
    tmp_vault.repo.set_profile(Profile(full_name="张三"))
    page = make_page(tmp_vault)
    page.clear()
    assert page.income.model.rowCount() == 0
    assert page.summary.available.text() == "—"
    assert page.details.full_name.value() == ""


def test_a_new_expense_is_filed_under_other_until_the_user_chooses(make_page, qtbot, tmp_vault):
    """QA: an untouched category used to be 房租/房贷, so takeaway food was listed as rent."""
    page = make_page(tmp_vault)
    page.expenses.add_button.click()
    form = page.expenses.form
    assert form.boxes["category"].value() is ExpenseCategory.OTHER
    _type(qtbot, form.boxes["name"], "Takeaway")
    _type(qtbot, form.boxes["monthly"], "500")
    form.submit()
    assert [e.category for e in tmp_vault.repo.list(Expense)] == [ExpenseCategory.OTHER]
