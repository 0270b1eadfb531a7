"""The selected entry in full: what was said, the flags with their rules and what to do, the
follow-up, and the evidence files with their custody log (attach with progress, open, export)."""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableWidget,
    QTableWidgetItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from app.core.diary import AttachmentInfo, DiaryLine, FollowUp, direction_text, follow_up_state, size_text, who_text
from app.core.misconduct import advice, known
from app.core.records import CustodyAction
from app.ui import ops
from app.ui.context import AppContext
from app.ui.diary.open_copies import OpenCopies
from app.ui.errors import error_message
from app.ui.labels import label
from app.ui.widgets import notify, read_only_view


class _ProgressRelay(QObject):
    """Lives on the UI thread; the copy on the vault thread emits, Qt queues it here."""

    progressed = Signal(object)


class DetailsPanel(QWidget):
    """Shows one DiaryLine; `mark_done_requested(entry_id)` asks the page to mark its follow-up done."""

    mark_done_requested = Signal(int)

    def __init__(self, ctx: AppContext, copies: OpenCopies, opener: Callable[[Path], None], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.copies = copies
        self.opener = opener
        self.line: DiaryLine | None = None
        self.files: list[AttachmentInfo] = []
        self.lender_types: dict[int, str] = {}  # loan id -> LenderType value: which rules a flag cites
        self._cancel: threading.Event | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._progress)

        self.text = QTextBrowser()
        self.text.setObjectName("diaryDetails")
        self.text.setOpenExternalLinks(False)
        self.done_button = QPushButton(self.tr("Mark follow-up done"))
        self.done_button.clicked.connect(lambda: self.line and self.mark_done_requested.emit(self.line.entry.id))

        self.files_table = read_only_view(QTableWidget(0, 4))
        self.files_table.setObjectName("attachmentsTable")
        self.files_table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("SHA-256")])
        self.files_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_table.itemSelectionChanged.connect(self._update_buttons)
        self.files_table.doubleClicked.connect(lambda _i: self.open_selected())
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.choose_export_folder)
        self.delete_original_check = QCheckBox(self.tr("Delete the original from disk after storing it"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_attach)
        self.custody_label = QLabel()
        self.custody_label.setWordWrap(True)
        self.custody_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.text, 1)
        details_layout.addWidget(self.done_button)
        files = QWidget()
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(QLabel(self.tr("Kept encrypted in the vault; the originals are never changed.")))
        files_layout.addWidget(self.files_table, 1)
        files_layout.addLayout(buttons)
        files_layout.addWidget(self.delete_original_check)
        files_layout.addLayout(progress_row)
        files_layout.addWidget(self.custody_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(files, self.tr("Evidence files"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.show_line(None)

    # showing ------------------------------------------------------------------------------
    def show_line(self, line: DiaryLine | None) -> None:
        self.line = line
        self.text.setHtml(self._html(line) if line else "")
        state = follow_up_state(line.entry, self.ctx.today()) if line else FollowUp.NONE
        self.done_button.setVisible(state in (FollowUp.OVERDUE, FollowUp.TODAY, FollowUp.LATER))
        self.show_files([])
        if line is not None:
            entry_id = line.entry.id
            ops.query(self.ctx, lambda repo: _attachments(repo, entry_id), self._files_loaded, parent=self)

    def _files_loaded(self, files: list[AttachmentInfo]) -> None:
        if self.line is not None and all(f.attachment.contact_id == self.line.entry.id for f in files):
            self.show_files(files)

    def show_files(self, files: list[AttachmentInfo]) -> None:
        self.files = list(files)
        self.tabs.setTabText(1, self.tr("Evidence files (%1)").replace("%1", str(len(files))) if files
                             else self.tr("Evidence files"))
        self.files_table.setRowCount(len(files))
        for row, info in enumerate(files):
            a = info.attachment
            cells = (a.filename, size_text(a.size), a.added_at.strftime("%Y-%m-%d %H:%M"), a.sha256)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.files_table.setItem(row, column, item)
        if files:
            self.files_table.selectRow(0)
        self._update_buttons()

    def selected_file(self) -> AttachmentInfo | None:
        rows = self.files_table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows and rows[0].row() < len(self.files) else None

    def _update_buttons(self) -> None:
        busy = self._cancel is not None
        chosen = self.selected_file()
        self.attach_button.setEnabled(self.line is not None and not busy)
        self.open_button.setEnabled(chosen is not None)
        self.export_button.setEnabled(chosen is not None)
        self.custody_label.setText(self._custody_text(chosen) if chosen else "")

    def _custody_text(self, info: AttachmentInfo) -> str:
        words = {CustodyAction.ADDED: self.tr("added"), CustodyAction.OPENED: self.tr("opened"),
                 CustodyAction.EXPORTED: self.tr("exported")}
        events = "; ".join(f"{e.at:%Y-%m-%d %H:%M} {words[e.action]}" for e in info.custody)
        return self.tr("Custody log: %1").replace("%1", events)

    def _html(self, line: DiaryLine) -> str:
        e, lang = line.entry, self.ctx.lang
        esc = html.escape
        rows = [
            (self.tr("When"), e.happened_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("Lender"), line.lender),
            (self.tr("Channel"), f"{label(e.channel)} · {direction_text(e.direction, lang)}"),
            (self.tr("Who"), who_text(e, lang)),
            (self.tr("Someone else contacted"), e.third_party),
            (self.tr("What I asked"), e.asked),
            (self.tr("What they said or offered"), e.answer),
            (self.tr("Promises and deadlines"), e.promised),
            (self.tr("Follow-up"), self._follow_up_text(line)),
            (self.tr("Tags"), " ".join(e.tags)),
        ]
        body = "".join(f"<tr><td style='color:#555;padding-right:8px'>{esc(k)}</td><td>{esc(v)}</td></tr>"
                       for k, v in rows if v)
        parts = [f"<h3>{esc(e.summary)}</h3><table>{body}</table>"]
        flags = known(e.misconduct)
        if flags:
            heading, todo = self.tr("Flagged: what the rules say"), self.tr("What you can do")
            parts.append(f"<h4 style='color:#c62828'>{esc(heading)}</h4><ul>")
            parts += [f"<li><b>{esc(f.label(lang))}</b>: {esc(f.rule(lang))} "
                      f"<span style='color:#555'>({esc(f.source(lang, self.lender_types.get(e.loan_id)))})</span></li>"
                      for f in flags]
            parts.append(f"</ul><h4>{esc(todo)}</h4>")
            parts += [f"<p>{esc(text)}</p>" for text in advice(e.misconduct, lang)]
        return "".join(parts)

    def _follow_up_text(self, line: DiaryLine) -> str:
        e = line.entry
        if e.follow_up is None:
            return ""
        if e.follow_up_done_at is not None:
            return self.tr("%1, done on %2").replace("%1", e.follow_up.isoformat()).replace(
                "%2", e.follow_up_done_at.strftime("%Y-%m-%d %H:%M"))
        return e.follow_up.isoformat()

    # attaching ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file as evidence"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Copy `path` into the vault on the vault thread; progress and cancel stay live here."""
        if self.line is None or self._cancel is not None:
            return
        entry_id, now = self.line.entry.id, self.ctx.now()
        cancel, relay = threading.Event(), self._relay
        self._cancel = cancel
        size = max(path.stat().st_size, 1) if path.is_file() else 1
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Storing %1 … %p%").replace("%1", path.name))
        self._size = size
        self.progress.show()
        self.cancel_button.show()
        self._update_buttons()
        delete_after = self.delete_original_check.isChecked()

        def run(repo):
            from app.services import diary

            limit = diary.attachment_limit_mb(repo)
            return diary.attach(repo, entry_id, path, now, limit, progress=relay.progressed.emit, cancelled=cancel.is_set)

        ops.write(self.ctx, run, "diary", lambda stored: self._attached(path, stored, delete_after), parent=self,
                  on_error=self._attach_failed)

    def _progress(self, done: int) -> None:
        self.progress.setValue(min(1000, done * 1000 // self._size))

    def cancel_attach(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _finish_attach(self) -> None:
        self._cancel = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _attached(self, path: Path, stored, delete_after: bool) -> None:
        self._finish_attach()
        if delete_after:
            from app.services.diary import delete_original

            self.ctx.worker.run(lambda: delete_original(path, stored.sha256), self._original_deleted,
                                lambda error: self._notice(error_message(error, self.ctx.lang)))

    def _original_deleted(self, deleted: bool) -> None:
        if not deleted:
            self._notice(self.tr("The original file changed after it was stored, so it was not deleted."))

    def _attach_failed(self, error: BaseException) -> None:
        self._finish_attach()
        self._notice(error_message(error, self.ctx.lang))

    def _notice(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.last_notice = notify(self, self.tr("Evidence files"), message, QMessageBox.Icon.Warning)

    # opening and exporting ----------------------------------------------------------------
    def open_selected(self) -> None:
        chosen = self.selected_file()
        if chosen is None:
            return
        attachment_id, folder, now = chosen.attachment.id, self.copies.folder(), self.ctx.now()

        def run(repo):
            from app.services import diary

            return diary.open_copy(repo, attachment_id, folder, now)

        ops.write(self.ctx, run, "diary", self.opener, parent=self)

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the file to"))
        if folder:
            self.export_selected(Path(folder))

    def export_selected(self, folder: Path) -> None:
        chosen = self.selected_file()
        if chosen is None:
            return
        attachment_id, now = chosen.attachment.id, self.ctx.now()

        def run(repo):
            from app.services import diary

            return diary.export_attachment(repo, attachment_id, folder, now)

        ops.write(self.ctx, run, "diary", self._exported, parent=self)

    def _exported(self, path: Path) -> None:
        self.last_notice = notify(self, self.tr("Evidence files"), self.tr("Exported to %1").replace("%1", str(path)))

    def clear(self) -> None:
        self.cancel_attach()
        self.show_line(None)


def _attachments(repo, entry_id: int) -> list[AttachmentInfo]:
    from app.services import diary

    return diary.attachments(repo, entry_id)
