"""The Contact diary page: add an entry with suggested flags, attach a file, find it, open it, undo a delete."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.clock import Clock
from app.core.records import Attachment, Channel, ContactEntry, CustodyAction
from app.services.diary import attachments
from app.ui.diary.entry_dialog import CODE_ROLE
from app.ui.diary.table_model import Column
from app.ui.pages.diary import DiaryPage
from tests.ui.conftest import settle

NIGHT = dt.datetime(2026, 3, 2, 23, 15)


@pytest.fixture
def page(qtbot, ctx):
    ctx.clock = Clock(NIGHT)
    widget = DiaryPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    settle(qtbot, ctx)
    return widget


def _checked(dialog) -> set[str]:
    rows = [dialog.flags_list.item(i) for i in range(dialog.flags_list.count())]
    return {row.data(CODE_ROLE) for row in rows if row.checkState() == Qt.CheckState.Checked}


def _add_entry(qtbot, ctx, page, summary: str, **fields) -> None:
    page.new_entry()
    settle(qtbot, ctx)
    dialog = page.dialog
    dialog.lender_combo.setEditText(fields.get("lender", "某外包催收"))
    dialog.summary_edit.setText(summary)
    dialog.third_party_edit.setText(fields.get("third_party", ""))
    qtbot.waitUntil(lambda: not dialog._suggest_timer.isActive())
    settle(qtbot, ctx)
    dialog.submit()
    settle(qtbot, ctx)


def test_add_an_entry_with_suggested_flags_attach_a_file_search_and_open_it(qtbot, ctx, page, tmp_path):
    page.new_entry()
    settle(qtbot, ctx)
    dialog = page.dialog
    assert dialog.when() == NIGHT  # now, from the app's one clock
    dialog.lender_combo.setEditText("某外包催收")
    dialog.summary_edit.setText("半夜打电话给我妈 😀 𠮷")
    dialog.staff_edit.setText("GH0321")
    dialog.third_party_edit.setText("我母亲")
    qtbot.waitUntil(lambda: _checked(dialog) == {"night-contact", "contact-third-party"})
    assert dialog.suggest_label.text()
    dialog.submit()
    settle(qtbot, ctx)
    assert page.dialog is None or not page.dialog.isVisible()
    [entry] = ctx.repo.list(ContactEntry)
    assert (entry.lender_name, entry.third_party, entry.staff_id) == ("某外包催收", "我母亲", "GH0321")
    assert set(entry.misconduct) == {"night-contact", "contact-third-party"}
    assert page.model.rowCount() == 1 and page.selected_line().entry.id == entry.id
    assert "110" not in page.details.text.toPlainText() and "12378" in page.details.text.toPlainText()

    evidence = tmp_path / "录音.m4a"
    evidence.write_bytes(b"voice" * 50_000)
    page.details.attach(evidence)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.details.files_table.rowCount() == 1)
    assert page.details.files_table.item(0, 0).text() == "录音.m4a" and page.details.progress.isHidden()

    page.search_edit.setText("0321")
    qtbot.waitUntil(lambda: not page._search_timer.isActive())
    settle(qtbot, ctx)
    assert page.model.rowCount() == 1 and page.highlighter.query == "0321"
    page.search_edit.setText("没有这个")
    qtbot.waitUntil(lambda: not page._search_timer.isActive())
    settle(qtbot, ctx)
    assert page.model.rowCount() == 0
    page.search_edit.setText("𠮷")
    qtbot.waitUntil(lambda: not page._search_timer.isActive())
    settle(qtbot, ctx)
    assert page.model.rowCount() == 1
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.details.files_table.rowCount() == 1)

    opened = []
    page.opener = opened.append
    page.details.open_selected()
    settle(qtbot, ctx)
    [copy] = opened
    assert copy.read_bytes() == evidence.read_bytes() and stat.S_IMODE(copy.stat().st_mode) == 0o600
    [info] = attachments(ctx.repo)
    assert info.attachment.filename == "录音.m4a" and [e.action for e in info.custody] == [CustodyAction.ADDED, CustodyAction.OPENED]
    page.clear()  # the vault locks: the private copies go
    assert not copy.exists() and not copy.parent.parent.exists()


def test_a_too_large_file_is_refused_with_a_message(qtbot, ctx, page, tmp_path):
    _add_entry(qtbot, ctx, page, "来电")
    ctx.settings.set("attachment_limit_mb", 1)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (1024 * 1024 + 10))
    page.details.attach(big)
    settle(qtbot, ctx)
    assert isinstance(page.details.last_notice, QMessageBox) and "1 MB" in page.details.last_notice.text()
    assert ctx.repo.list(Attachment) == [] and page.details.attach_button.isEnabled()


def test_a_future_time_warns(qtbot, ctx, page):
    page.new_entry()
    settle(qtbot, ctx)
    dialog = page.dialog
    assert dialog.future_label.isHidden()
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(2))
    assert not dialog.future_label.isHidden()
    dialog.reject()


def test_delete_undo_and_mark_follow_up_done(qtbot, ctx, page, monkeypatch):
    ctx.repo.add(ContactEntry(dt.datetime(2026, 3, 1, 10), Channel.PHONE, "答应三天内回电", follow_up=dt.date(2026, 3, 2)))
    page.refresh()
    settle(qtbot, ctx)
    assert not page.due_bar.isHidden() and "1" in page.due_label.text()
    assert page.details.done_button.isVisibleTo(page)
    page.details.done_button.click()
    settle(qtbot, ctx)
    assert ctx.repo.list(ContactEntry)[0].follow_up_done_at == NIGHT and page.due_bar.isHidden()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_entry()
    settle(qtbot, ctx)
    assert ctx.repo.count(ContactEntry) == 0 and not page.undo_bar.isHidden()
    page.undo_delete()
    settle(qtbot, ctx)
    assert ctx.repo.count(ContactEntry) == 1 and page.model.rowCount() == 1


def test_the_table_fetches_more_rows_as_it_scrolls(qtbot, ctx, page):
    with ctx.repo.session(write=True) as s:
        for n in range(450):
            ctx.repo.insert(s, ContactEntry(dt.datetime(2026, 1, 1) + dt.timedelta(hours=n), Channel.SMS, f"第{n}条"))
    page.refresh()
    settle(qtbot, ctx)
    assert page.model.rowCount() == 200 and page.model.total == 450
    assert page.proxy.index(0, Column.SUMMARY).data() == "第449条"
    while page.model.canFetchMore():
        page.model.fetchMore()
        settle(qtbot, ctx)
    assert page.model.rowCount() == 450 and page.proxy.index(449, Column.SUMMARY).data() == "第0条"
    assert page.count_label.text() == "450 entries"
    page.channel_filter.setCurrentIndex(page.channel_filter.findData(Channel.SMS))  # a filter: no count up front
    settle(qtbot, ctx)
    assert page.model.total is None and page.count_label.text() == "200+ entries"
    while page.model.canFetchMore():
        page.model.fetchMore()
        settle(qtbot, ctx)
    assert page.model.rowCount() == 450 and page.count_label.text() == "450 entries"
    page.view_group.button(1).click()
    assert page.views.currentWidget() is page.timeline


def test_ctrl_n_from_any_page_opens_a_new_diary_entry(qtbot, ctx):
    from app.ui.main_window import MainWindow

    ctx.clock = Clock(NIGHT)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, ctx)
    window.new_entry_action.trigger()
    settle(qtbot, ctx)
    diary = window.current_page()
    assert isinstance(diary, DiaryPage) and diary.dialog is not None and diary.dialog.isVisible()
    assert window.new_entry_action.shortcut().toString() == "Ctrl+N"
    diary.dialog.reject()


def test_details_cite_the_rules_for_the_entrys_kind_of_lender(qtbot, ctx, page):
    """QA: a small-loan company's collector was held to the consumer-finance companies' art. 56."""
    from app.core.records import LenderType
    from tests.core.loans import make_loan

    loan = ctx.repo.add(make_loan(lender="安信小贷", lender_type=LenderType.SMALL_LOAN))
    entry = ctx.repo.add(ContactEntry(NIGHT, Channel.PHONE, "威胁上门", loan_id=loan.id, misconduct=("threat",)))
    page.refresh()
    settle(qtbot, ctx)
    assert page.select_entry(entry.id)
    settle(qtbot, ctx)
    shown = page.details.text.toPlainText()
    assert "(Criminal Law art. 293-1)" in shown and "art. 56" not in shown
