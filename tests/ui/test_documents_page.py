"""The Documents page on the demo vault: the form is filled from the vault and editable, the preview
shows what will print, .docx and PDF are saved and recorded, bad input and unwritable files are
refused with a clear message, the sent status and the wording are kept in the vault."""

from __future__ import annotations

import io

import docx
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.core.clock import Clock
from app.core.records import DocumentRecord
from app.services import documents as service
from app.store.demo import fill_demo
from app.ui.pages.documents import DocumentsPage
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import settle


@pytest.fixture
def page(qtbot, ctx):
    fill_demo(ctx.vault.repo, DEMO_TODAY)
    ctx.clock = Clock.at(DEMO_TODAY)
    documents_page = DocumentsPage(ctx)
    qtbot.addWidget(documents_page)
    documents_page.resize(1200, 800)
    documents_page.show()
    documents_page.refresh()
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    return documents_page


def choose_kind(qtbot, page, kind: str) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))
    settle(qtbot, page.ctx)


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def test_the_form_is_filled_from_the_vault(qtbot, page):
    assert page.kind == "request" and page.doc_lang == "zh_CN"  # Chinese documents whatever the interface language
    editors = page.form.editors
    assert editors["borrower.name"].text() == "张小明"
    assert editors["loan.contract_no"].text() == "AX-XD-DEMO-33"
    assert "工资从每月 8000 元降到 5800 元" in editors["hardship"].toPlainText()
    assert editors["proposal.rows"].table.rowCount() == 12
    assert page.loan_combo.count() == 6 and page.history.rowCount() == 0


def test_edited_fields_reach_the_saved_word_file(qtbot, page, tmp_path, monkeypatch):
    page.form.editors["borrower.id_number"].setText("110101199001011234")
    page.form.editors["hardship"].setPlainText("我在住院。")
    page.form.editors["monthly_capacity"].setText("1,500")
    save_to(monkeypatch, tmp_path / "申请书")
    page.docx_button.click()
    settle(qtbot, page.ctx)
    written = tmp_path / "申请书.docx"
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(written.read_bytes())).paragraphs)
    assert "110101199001011234" in text and "我在住院。" in text and "人民币1,500.00元（大写：壹仟伍佰元整）" in text
    records = page.ctx.vault.repo.list(DocumentRecord)
    assert [(r.kind, r.lender, r.saved_to) for r in records] == [("request", "安信小额贷款有限公司（虚构）", str(written))]
    assert page.ctx.vault.repo.document_data(records[0].id) == written.read_bytes()
    settle(qtbot, page.ctx)
    assert page.history.rowCount() == 1 and page.history.item(0, 2).text() == "安信小额贷款有限公司（虚构）"


def test_a_typing_mistake_is_named_and_nothing_is_saved(qtbot, page, tmp_path, monkeypatch):
    page.form.editors["monthly_capacity"].setText("abc")
    save_to(monkeypatch, tmp_path / "x.docx")
    page.docx_button.click()
    settle(qtbot, page.ctx)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "You can pay each month" in box.text() and "abc" in box.text()
    box.close()
    assert not (tmp_path / "x.docx").exists() and page.ctx.vault.repo.count(DocumentRecord) == 0


def test_an_agreement_without_rows_and_an_unwritable_file_get_clear_messages(qtbot, page, tmp_path, monkeypatch):
    choose_kind(qtbot, page, "agreement")
    page.form.editors["proposal.rows"].table.setRowCount(0)
    save_to(monkeypatch, tmp_path / "a.docx")
    page.docx_button.click()
    settle(qtbot, page.ctx)
    assert "no repayment schedule" in page.last_notice.text()
    page.last_notice.close()
    choose_kind(qtbot, page, "objection")
    save_to(monkeypatch, tmp_path / "missing" / "o.docx")
    page.docx_button.click()
    settle(qtbot, page.ctx)
    assert "Could not save" in page.last_notice.text() and "missing" in page.last_notice.text()
    assert page.docx_button.isEnabled() and page.ctx.vault.repo.count(DocumentRecord) == 0


def test_preview_renders_what_will_print_and_pdf_is_saved(qtbot, page, tmp_path, monkeypatch):
    choose_kind(qtbot, page, "complaint")
    page.preview()
    settle(qtbot, page.ctx)
    assert page.print_dialog is not None and page.print_dialog.isVisible()
    printed = page.print_document.toPlainText()
    assert "投诉信" in printed and "冒充公检法" in printed and "投诉人（签字）：张小明" in printed
    page.print_dialog.close()
    save_to(monkeypatch, tmp_path / "complaint.pdf")
    page.pdf_button.click()
    settle(qtbot, page.ctx)
    settle(qtbot, page.ctx)
    data = (tmp_path / "complaint.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    (record,) = page.ctx.vault.repo.list(DocumentRecord)
    assert record.kind == "complaint" and page.ctx.vault.repo.document_data(record.id) == data


def test_print_goes_through_the_print_dialog(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    a4_printer = page._printer

    def file_printer():  # there is no printer here: the dialog prints to the file it is given
        printer = a4_printer()
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return printer

    monkeypatch.setattr(page, "_printer", file_printer)
    choose_kind(qtbot, page, "objection")
    page.print_document_now()
    settle(qtbot, page.ctx)
    assert isinstance(page.print_dialog, QPrintDialog) and page.print_dialog.isVisible()
    page.print_dialog.accept()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF-")
    assert "征信异议申请" in page.print_document.toPlainText()


def test_english_on_request_and_the_wording_is_saved_and_reset(qtbot, page):
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("en"))
    settle(qtbot, page.ctx)
    assert page.form.editors["loan.rate"].text() == "annual rate 23.9%"
    page.edit_wording()
    settle(qtbot, page.ctx)
    dialog = page.wording_dialog
    row = dialog.keys.index("closing")
    dialog.table.item(row, 1).setText("Please reply within 15 days.")
    dialog.accept()
    settle(qtbot, page.ctx)
    assert service.wording(page.ctx.vault.repo, "request", "en") == {"closing": "Please reply within 15 days."}
    page.preview()
    settle(qtbot, page.ctx)
    assert "Please reply within 15 days." in page.print_document.toPlainText()
    page.print_dialog.close()
    page.edit_wording()
    settle(qtbot, page.ctx)
    assert page.wording_dialog.table.item(row, 1).text() == "Please reply within 15 days."
    page.wording_dialog.done(page.wording_dialog.RESET)
    settle(qtbot, page.ctx)
    assert service.wording(page.ctx.vault.repo, "request", "en") == {}


def test_sent_status_is_recorded_from_the_list(qtbot, page, tmp_path, monkeypatch):
    save_to(monkeypatch, tmp_path / "r.docx")
    page.docx_button.click()
    settle(qtbot, page.ctx)
    settle(qtbot, page.ctx)
    page.history.selectRow(0)
    page.mark_sent()
    page.sent_dialog.to.setText("安信小贷 贷后部")
    page.sent_dialog.accept()
    settle(qtbot, page.ctx)
    settle(qtbot, page.ctx)
    (record,) = page.ctx.vault.repo.list(DocumentRecord)
    assert (record.sent, record.sent_to, record.sent_on) == (True, "安信小贷 贷后部", DEMO_TODAY)
    assert page.history.item(0, 5).text() == "安信小贷 贷后部"


def test_lock_clears_the_form_and_the_list(qtbot, page):
    page.clear()
    assert page.form is None and page.form_area.widget() is None and page.history.rowCount() == 0


def test_the_proposal_picker_offers_the_saved_proposals_and_says_which_one_is_used(qtbot, page):
    import datetime as dt

    from app.core.payoff import Strategy
    from app.core.records import Scenario
    from app.services import scenarios

    repo = page.ctx.vault.repo
    assert "the default proposal" in page.status.text()
    plan = scenarios.save_scenario(repo, Scenario("按余额分摊", strategy=Strategy.PRO_RATA), dt.datetime(2025, 3, 31, 9))
    scenarios.mark_proposal(repo, plan.id, 3)
    page.ctx.data_changed.emit("scenarios")
    settle(qtbot, page.ctx)
    captions = [page.proposal_combo.itemText(i) for i in range(page.proposal_combo.count())]
    assert captions[2] == "Scenario “按余额分摊” — marked for 安信小额贷款有限公司（虚构）"
    page.refill_button.click()  # the most relevant loan is 安信, whose lender the scenario is marked for
    settle(qtbot, page.ctx)
    _, rows = scenarios.proposal_for_loan(repo, 3, DEMO_TODAY)
    assert page.form.editors["proposal.rows"].table.rowCount() == len(rows) != 12
    assert "The proposal is the saved scenario “按余额分摊”." in page.status.text()
    page.proposal_combo.setCurrentIndex(page.proposal_combo.findData(service.DEFAULT_PROPOSAL))
    page.proposal_combo.activated.emit(page.proposal_combo.currentIndex())
    settle(qtbot, page.ctx)
    assert page.form.editors["proposal.rows"].table.rowCount() == 12 and "the default proposal" in page.status.text()
    choose_kind(qtbot, page, "complaint")
    assert not page.proposal_combo.isEnabled()
