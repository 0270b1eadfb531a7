"""联系日志 Contact diary: every contact with lenders and collectors, misconduct flags, evidence files.

The table and the timeline share one lazy model (pages of entries fetched from the vault as the
view scrolls); filters and the search run in the vault, sorting of the loaded rows in a proxy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPushButton, QSplitter, QStackedWidget, QStyle, QTableView, QToolBar, QWidget,
)

from app.core.diary import ANY_FLAG, PAGE_SIZE, DiaryFilter, DiaryLine
from app.core.misconduct import CHECKLIST
from app.core.records import Channel, ContactEntry
from app.ui import ops
from app.ui.context import AppContext
from app.ui.diary.delegates import HighlightDelegate, TimelineDelegate
from app.ui.diary.details_panel import DetailsPanel
from app.ui.diary.entry_dialog import DiaryEntryDialog
from app.ui.diary.open_copies import OpenCopies
from app.ui.diary.table_model import Column, DiaryProxy, DiaryTableModel, Role
from app.ui.labels import label
from app.ui.loans.inputs import date_edit, from_qdate
from app.ui.pages.base import Page, page_layout
from app.ui.widgets import UndoBar, confirm, notify, read_only_view

if TYPE_CHECKING:
    from app.services import Deleted


COLUMN_SAMPLES = {Column.WHEN: "2026-12-31 23:59", Column.LENDER: "安信小额贷款有限公司", Column.SUMMARY: "催" * 22,
                  Column.FLAGS: "恐吓、侮辱或诽谤", Column.FOLLOW_UP: "2026-12-31 (overdue)", Column.CHANNEL: "In person",
                  Column.DIRECTION: "They contacted me", Column.WHO: "催收员 138 0000 0000"}  # starting column widths


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class DiaryPage(Page):
    key = "diary"
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.copies = OpenCopies()
        self.opener = open_with_system  # replaceable in tests
        self.last_deleted: Deleted | None = None
        self.dialog: DiaryEntryDialog | None = None
        self.choices: tuple[list, list[str]] = ([], [])
        self._select_after: int | None = None
        self.model = DiaryTableModel(ctx.lang, self._load_page, PAGE_SIZE, self)
        self.proxy = DiaryProxy(self)
        self.proxy.setSourceModel(self.model)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)

        layout, _ = page_layout(self, self.title())
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self._build_due_bar())
        for row in self._build_filters():
            layout.addLayout(row)
        layout.addWidget(self._build_undo_bar())

        self.table = read_only_view(QTableView())
        self.table.setObjectName("diaryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the vault's order: newest first
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitting every column to its text reads every row
        for column, sample in COLUMN_SAMPLES.items():
            self.table.setColumnWidth(column, self.fontMetrics().horizontalAdvance(sample) + 24)
        self.highlighter = HighlightDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.SUMMARY, self.highlighter)
        self.table.activated.connect(lambda _i: self.edit_entry())
        self.timeline = QListView()
        self.timeline.setObjectName("diaryTimeline")
        self.timeline.setModel(self.proxy)
        self.timeline.setModelColumn(Column.SUMMARY)
        self.timeline.setSelectionModel(self.table.selectionModel())
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        self.timeline_delegate = TimelineDelegate(ctx.lang, self.timeline)
        self.timeline.setItemDelegate(self.timeline_delegate)
        self.timeline.activated.connect(lambda _i: self.edit_entry())
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.timeline)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())

        self.details = DetailsPanel(ctx, self.copies, lambda path: self.opener(path), self)
        self.details.mark_done_requested.connect(self.mark_done)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.views)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Contact diary")

    # building -----------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("New entry (Ctrl+N)"), self.new_entry)
        self.edit_action = self._action(self.tr("Edit"), self.edit_entry)
        self.delete_action = self._action(self.tr("Delete"), self.delete_entry, QKeySequence.StandardKey.Delete)
        self.addAction(self.delete_action)
        for action in (self.new_action, self.edit_action, self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        self.view_group = QButtonGroup(self)
        for index, text in enumerate((self.tr("Table"), self.tr("Timeline"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(index == 0)
            self.view_group.addButton(button, index)
            bar.addWidget(button)
        self.view_group.idClicked.connect(lambda index: self.views.setCurrentIndex(index))
        bar.addSeparator()
        self.report_lang = QComboBox()
        self.report_lang.addItem("中文", "zh_CN")
        self.report_lang.addItem("English", "en")
        self.report_action = self._action(self.tr("Evidence report…"), self.save_report)
        self.package_action = self._action(self.tr("Evidence package…"), self.save_package)
        bar.addAction(self.report_action)
        bar.addAction(self.package_action)
        bar.addWidget(self.report_lang)
        return bar

    def _build_due_bar(self) -> QWidget:
        self.due_bar = QWidget()
        self.due_bar.setStyleSheet("background: #fff4ce;")
        row = QHBoxLayout(self.due_bar)
        row.setContentsMargins(8, 4, 8, 4)
        self.due_label = QLabel()
        show = QPushButton(self.tr("Show them"))
        show.clicked.connect(lambda: self.pending_check.setChecked(True))
        row.addWidget(self.due_label, 1)
        row.addWidget(show)
        self.due_bar.hide()
        return self.due_bar

    def _build_filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("diarySearch")
        self.search_edit.setPlaceholderText(self.tr("Search everything: words, names, staff IDs, phone numbers"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.lender_filter = QComboBox()
        self.lender_filter.setMinimumContentsLength(10)
        self.channel_filter = QComboBox()
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel_filter.addItem(label(channel), channel)
        self.flag_filter = QComboBox()
        self.flag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.flag_filter.setMinimumContentsLength(14)
        self.flag_filter.addItem(self.tr("Flagged or not"), "")
        self.flag_filter.addItem(self.tr("Any misconduct flag"), ANY_FLAG)
        for item in CHECKLIST:
            self.flag_filter.addItem(item.label(self.ctx.lang), item.code)
        self.dates_check = QCheckBox(self.tr("From"))
        self.start_edit = date_edit(self.ctx.today() - dt.timedelta(days=30))
        self.end_edit = date_edit(self.ctx.today())
        self.pending_check = QCheckBox(self.tr("Open follow-ups"))
        for combo in (self.lender_filter, self.channel_filter, self.flag_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for check in (self.dates_check, self.pending_check):
            check.toggled.connect(lambda _on: self.refresh())
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _d: self.dates_check.isChecked() and self.refresh())
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.pending_check)
        filters = QHBoxLayout()
        filters.addWidget(self.lender_filter, 2)
        filters.addWidget(self.channel_filter, 1)
        filters.addWidget(self.flag_filter, 2)
        filters.addWidget(self.dates_check)
        filters.addWidget(self.start_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.end_edit)
        return search, filters

    def _build_undo_bar(self) -> QWidget:
        self.undo_bar = UndoBar(self.undo_delete)
        self.undo_label, self.undo_button = self.undo_bar.label, self.undo_bar.button
        return self.undo_bar

    # data ---------------------------------------------------------------------------------
    def current_filter(self) -> DiaryFilter:
        lender = self.lender_filter.currentData()
        return DiaryFilter(
            query=self.search_edit.text().strip(),
            loan_id=lender if isinstance(lender, int) else None,
            lender_name=lender if isinstance(lender, str) else "",
            start=from_qdate(self.start_edit) if self.dates_check.isChecked() else None,
            end=from_qdate(self.end_edit) if self.dates_check.isChecked() else None,
            channel=Channel(self.channel_filter.currentData()) if self.channel_filter.currentData() else None,
            flag=self.flag_filter.currentData() or "",
            pending_follow_ups=self.pending_check.isChecked(),
        )

    def refresh(self) -> None:
        if self.ctx.vault is None:
            return
        f, today = self.current_filter(), self.ctx.today()
        ops.query(self.ctx, lambda repo: _load(repo, f, today), self._loaded, parent=self)

    def _loaded(self, loaded) -> None:
        total, first, due, choices = loaded
        selected = self.selected_line()
        keep = self._select_after or (selected.entry.id if selected else None)
        self._select_after = None
        self.highlighter.query = self.timeline_delegate.query = self.search_edit.text()
        self.model.reset(total, first, self.ctx.today())
        self._fill_lenders(*choices)
        self.due_label.setText(self.tr("%n follow-up(s) due today or overdue.", "", len(due)))
        self.due_bar.setVisible(bool(due))
        self.count_label.setText(self.tr("%1 entries").replace("%1", self.model.count_text()))
        if keep is not None and self.select_entry(keep):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_selected()

    def _load_page(self, offset: int, deliver) -> None:
        f = self.current_filter()
        ops.query(self.ctx, lambda repo: _page(repo, f, offset), lambda lines: self._page_loaded(deliver, lines), parent=self)

    def _page_loaded(self, deliver, lines: list[DiaryLine]) -> None:
        deliver(lines)
        self.count_label.setText(self.tr("%1 entries").replace("%1", self.model.count_text()))

    def _fill_lenders(self, loans, names: list[str]) -> None:
        self.choices = (loans, names)
        self.details.lender_types = {loan.id: loan.lender_type.value for loan in loans}
        current = self.lender_filter.currentData()
        self.lender_filter.blockSignals(True)
        self.lender_filter.clear()
        self.lender_filter.addItem(self.tr("All lenders"), None)
        for loan in loans:
            self.lender_filter.addItem(loan.lender, loan.id)
        for name in names:
            self.lender_filter.addItem(name, name)
        index = self.lender_filter.findData(current)
        self.lender_filter.setCurrentIndex(max(index, 0))
        self.lender_filter.blockSignals(False)

    def clear(self) -> None:
        self.model.clear()
        self.copies.remove()
        self.details.clear()
        self.last_deleted = None
        self.undo_bar.hide()
        self.due_bar.hide()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.lender_filter.clear()
        self.count_label.clear()
        if self.dialog is not None:
            self.dialog.reject()

    def selected_line(self) -> DiaryLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], Role.LINE) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        source_row = self.model.row_of(entry_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._show_selected()
        return True

    def _show_selected(self) -> None:
        self.details.show_line(self.selected_line())
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected_line() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    # actions ------------------------------------------------------------------------------
    def new_entry(self) -> None:
        self._open_dialog(None)

    def edit_entry(self) -> None:
        line = self.selected_line()
        if line is not None:
            self._open_dialog(line.entry)

    def _open_dialog(self, entry: ContactEntry | None) -> None:
        if self.ctx.vault is None:
            return
        ops.query(self.ctx, _choices, lambda choices: self._show_dialog(entry, choices), parent=self)

    def _show_dialog(self, entry: ContactEntry | None, choices) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = DiaryEntryDialog(self.ctx, choices[0], choices[1], entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved: setattr(self, "_select_after", saved.id))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def delete_entry(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        question = self.tr("Delete the entry “%1” and its %n file(s)?", "", line.attachments).replace("%1", line.entry.summary)
        if not confirm(self, self.tr("Delete entry"), question):
            return
        entry_id, summary = line.entry.id, line.entry.summary
        ops.write(self.ctx, lambda repo: _delete(repo, entry_id), "diary",
                  lambda deleted: self._offer_undo(deleted, summary), parent=self)

    def _offer_undo(self, deleted: Deleted, summary: str) -> None:
        self.last_deleted = deleted
        self.undo_label.setText(self.tr("Deleted “%1”.").replace("%1", summary))
        self.undo_bar.show()

    def undo_delete(self) -> None:
        deleted, self.last_deleted = self.last_deleted, None
        self.undo_bar.hide()
        if deleted is None:
            return
        restored = next((r for r in deleted.removed if isinstance(r, ContactEntry)), None)
        self._select_after = restored.id if restored else None
        ops.write(self.ctx, lambda repo: _undelete(repo, deleted), "diary", parent=self)

    def mark_done(self, entry_id: int) -> None:
        now = self.ctx.now()
        self._select_after = entry_id
        ops.write(self.ctx, lambda repo: _mark_done(repo, entry_id, now), "diary", parent=self)

    def _report_scope(self) -> dict:
        f = self.current_filter()
        return {"loan_id": f.loan_id, "lender_name": f.lender_name}

    def save_report(self) -> None:
        lang = self.report_lang.currentData()
        name = "证据材料清单.docx" if lang == "zh_CN" else "evidence-report.docx"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the evidence report"), name, self.tr("Word document (*.docx)"))
        if chosen:
            self.write_report(Path(chosen), lang)

    def write_report(self, path: Path, lang: str) -> None:
        now, scope = self.ctx.now(), self._report_scope()
        ops.query(self.ctx, lambda repo: _write_report(repo, path, now, lang, scope), self._written, parent=self)

    def save_package(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to put the evidence package"))
        if folder:
            stamp = self.ctx.now().strftime("%Y%m%d-%H%M")
            self.write_package(Path(folder) / f"证据材料-{stamp}", self.report_lang.currentData())

    def write_package(self, out: Path, lang: str, as_zip: bool = False) -> None:
        now, scope = self.ctx.now(), self._report_scope()
        ops.write(self.ctx, lambda repo: _write_package(repo, out, now, lang, scope, as_zip), "diary", self._written,
                  parent=self)

    def _written(self, path: Path) -> None:
        self.last_notice = notify(self, self.tr("Evidence"), self.tr(
            "Written to:\n%1\n\nThe app cannot certify time: for court use, take the SHA256SUMS manifest and the "
            "files to a notary or a trusted timestamp service.").replace("%1", str(path)))


# --- vault operations (run on the vault thread) ------------------------------------------------
def _load(repo, f: DiaryFilter, today: dt.date):
    from app.services import diary

    total, first = diary.first_page(repo, f, PAGE_SIZE)
    return total, first, diary.follow_ups_due(repo, today), diary.entry_choices(repo)


def _page(repo, f: DiaryFilter, offset: int) -> list[DiaryLine]:
    from app.services import diary

    return diary.list_page(repo, f, offset, PAGE_SIZE)


def _choices(repo):
    from app.services import diary

    return diary.entry_choices(repo)


def _delete(repo, entry_id: int):
    from app.services import diary

    return diary.delete_entry(repo, entry_id)


def _undelete(repo, deleted) -> None:
    from app.services import diary

    diary.undo_delete(repo, deleted)


def _mark_done(repo, entry_id: int, now: dt.datetime):
    from app.services import diary

    return diary.mark_follow_up_done(repo, entry_id, now)


def _write_report(repo, path: Path, now: dt.datetime, lang: str, scope: dict) -> Path:
    from app.documents.render_docx import render_docx
    from app.documents.save import save_docx
    from app.services import diary

    return save_docx(render_docx(diary.evidence_report(repo, now, lang, **scope)), path)


def _write_package(repo, out: Path, now: dt.datetime, lang: str, scope: dict, as_zip: bool) -> Path:
    from app.services import diary

    return diary.evidence_package(repo, out, now, lang, as_zip=as_zip, **scope)
