"""文书 Documents: pick a type and a loan, edit the pre-filled form, preview, print, save as Word or
PDF; the documents generated so far with whether they were sent; the wording of each type."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.records import DocumentRecord, Loan, Scenario
from app.services import documents as service
from app.ui import ops
from app.ui.documents.form import DataForm
from app.ui.documents.history import HistoryTable, SentDialog
from app.ui.documents.labels import KIND_LABELS, kind_label
from app.ui.documents.printing import a4_layout, a4_printer, print_document, text_document
from app.ui.documents.wording_dialog import WordingDialog
from app.ui.errors import show_error
from app.ui.pages.base import Page, page_layout
from app.ui.widgets import busy_bar, confirm, notify, show_busy

DOC_LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class DocumentsPage(Page):
    key = "documents"
    icon = QStyle.StandardPixmap.SP_FileDialogNewFolder

    def title(self) -> str:
        return self.tr("Documents")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.draft: service.Draft | None = None
        self.form: DataForm | None = None
        self.print_dialog: QDialog | None = None
        self.print_document = self.printer = None
        self.last_notice = self.wording_dialog = self.sent_dialog = None
        layout, _ = page_layout(self, self.title())

        self.kind_combo = QComboBox()
        for kind in KIND_LABELS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.loan_combo = QComboBox()
        self.loan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lang_combo = QComboBox()
        for code, name in DOC_LANGUAGES:
            self.lang_combo.addItem(name, code)
        self.proposal_combo = QComboBox()
        self.proposal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.proposal_combo.setToolTip(self.tr("By default the scenario marked as the proposal for this lender on the Scenarios page, else penalties waived and equal monthly instalments"))
        self.refill_button = QPushButton(self.tr("Fill in again from the vault"))
        picker = QHBoxLayout()
        for caption, widget in ((self.tr("Document"), self.kind_combo), (self.tr("Loan"), self.loan_combo),
                                (self.tr("Proposal"), self.proposal_combo),
                                (self.tr("Language of the document"), self.lang_combo)):  # fmt: skip
            picker.addWidget(QLabel(caption))
            picker.addWidget(widget, 1 if widget is not self.lang_combo else 0)
        picker.addWidget(self.refill_button)
        layout.addLayout(picker)

        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.docx_button = QPushButton(self.tr("Save as Word (.docx)…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.wording_button = QPushButton(self.tr("Edit the wording…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = busy_bar()
        actions = QWidget()
        column = QVBoxLayout(actions)
        for button in (self.preview_button, self.print_button, self.docx_button, self.pdf_button, self.wording_button):
            column.addWidget(button)
        column.addWidget(self.busy)
        column.addWidget(self.status)
        column.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form_area)
        splitter.addWidget(actions)
        splitter.setStretchFactor(0, 1)
        layout.addWidget(splitter, 4)

        self.history = HistoryTable()
        self.sent_button = QPushButton(self.tr("Sent? To whom, when…"))
        self.copy_button = QPushButton(self.tr("Save a copy…"))
        self.delete_button = QPushButton(self.tr("Delete the record"))
        history_box = QGroupBox(self.tr("Documents made so far (each file is kept in the vault)"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        row = QHBoxLayout()
        for button in (self.sent_button, self.copy_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        history_layout.addLayout(row)
        layout.addWidget(history_box, 1)

        for signal, slot in (
            (self.kind_combo.currentIndexChanged, self.load_draft), (self.loan_combo.activated, self.load_draft),
            (self.proposal_combo.activated, self.load_draft),
            (self.lang_combo.currentIndexChanged, self.load_draft), (self.refill_button.clicked, self.load_draft),
            (self.preview_button.clicked, self.preview), (self.print_button.clicked, self.print_document_now),
            (self.docx_button.clicked, self.save_docx), (self.pdf_button.clicked, self.save_pdf),
            (self.wording_button.clicked, self.edit_wording), (self.sent_button.clicked, self.mark_sent),
            (self.copy_button.clicked, self.save_copy), (self.delete_button.clicked, self.delete_record),
        ):  # fmt: skip
            signal.connect(lambda *_args, slot=slot: slot())

    # state ------------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    @property
    def doc_lang(self) -> str:
        return self.lang_combo.currentData()

    def refresh(self) -> None:
        """Reload the loans and the list of documents; the form keeps what is being edited."""

        def read(repo) -> tuple[list[Loan], list[DocumentRecord], list[Scenario]]:
            return repo.list(Loan), service.generated(repo), service.saved_proposals(repo)

        ops.query(self.ctx, read, self._show, parent=self)

    def _show(self, result: tuple[list[Loan], list[DocumentRecord], list[Scenario]]) -> None:
        loans, records, proposals = result
        chosen = self.loan_combo.currentData()
        self.loan_combo.blockSignals(True)
        self.loan_combo.clear()
        self.loan_combo.addItem(self.tr("(the most relevant loan)"), None)
        for loan in loans:
            self.loan_combo.addItem(f"{loan.lender} {loan.contract_no}".strip(), loan.id)
        self.loan_combo.setCurrentIndex(max(self.loan_combo.findData(chosen), 0))
        self.loan_combo.blockSignals(False)
        self._fill_proposals(proposals, {loan.id: loan.lender for loan in loans})
        self.history.show_records(records)
        if self.draft is None:
            self.load_draft()

    def _fill_proposals(self, proposals: list[Scenario], lenders: dict[int | None, str]) -> None:
        """The proposals a document can state: the one marked for the loan's lender (else the default),
        the default, and every saved scenario."""
        chosen = self.proposal_combo.currentData()
        self.proposal_combo.blockSignals(True)
        self.proposal_combo.clear()
        self.proposal_combo.addItem(self.tr("(the marked scenario, else the default)"), None)
        self.proposal_combo.addItem(self.tr("Default: penalties waived, equal monthly instalments"), service.DEFAULT_PROPOSAL)
        for scenario in proposals:
            caption = self.tr("Scenario “%1”").replace("%1", scenario.name)
            if scenario.loan_id is not None:
                caption += " — " + self.tr("marked for %1").replace("%1", lenders.get(scenario.loan_id, ""))
            self.proposal_combo.addItem(caption, scenario.id)
        self.proposal_combo.setCurrentIndex(max(self.proposal_combo.findData(chosen), 0))
        self.proposal_combo.blockSignals(False)

    def load_draft(self) -> None:
        """Fill the form from the vault for the chosen type, loan, proposal and language."""
        kind, lang, loan_id, today = self.kind, self.doc_lang, self.loan_combo.currentData(), self.ctx.today()
        scenario_id = self.proposal_combo.currentData()
        self.loan_combo.setEnabled(kind != "statement")
        self.proposal_combo.setEnabled(kind in service.PROPOSAL_KINDS)
        ops.query(self.ctx, lambda repo: service.gather(repo, kind, today, lang, loan_id, scenario_id), self._show_draft,
                  parent=self)  # fmt: skip

    def _show_draft(self, draft: service.Draft) -> None:
        if draft.kind != self.kind:
            return  # the type changed while the vault was read; its own answer follows
        self.draft = draft
        self.form = DataForm(draft.data, self.ctx.lang)
        self.form_area.setWidget(self.form)
        lines = [self.tr("Every field is filled from your vault; change anything before you print or save.")]
        if draft.proposal_from is not None:
            lines.append(self.tr("The proposal is the saved scenario “%1”.").replace("%1", draft.proposal_from.name))
            if not draft.data.proposal.rows:
                lines.append(self.tr("It pays nothing to this lender, so it has no schedule: an agreement cannot be drafted "
                                     "from it."))
        elif draft.kind in service.PROPOSAL_KINDS:
            lines.append(self.tr("No saved scenario is used: the default proposal (penalties waived, equal monthly "
                                 "instalments)."))
        self.status.setText("\n".join(lines))

    def current_draft(self) -> service.Draft | None:
        """The draft as edited, or None (with the problem shown) when a field does not parse."""
        if self.draft is None or self.form is None:
            return None
        try:
            data = self.form.value()
        except Exception as error:  # noqa: BLE001 — a typing mistake in the form, shown in the user's language
            show_error(self, error, self.ctx.lang)
            return None
        return dataclasses.replace(self.draft, data=data)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        show_busy(self.busy, (self.preview_button, self.print_button, self.docx_button, self.pdf_button), busy)
        self.status.setText(text)

    # building, previewing, printing -------------------------------------------------------------
    def _with_model(self, then) -> None:
        """Build the document (the user's wording included) on the vault thread, then `then(draft, model)`."""
        draft, lang = self.current_draft(), self.doc_lang
        if draft is None:
            return

        def build(repo):
            return service.build(draft, lang, service.wording(repo, draft.kind, lang))

        ops.query(self.ctx, build, lambda model: then(draft, model), parent=self)

    def text_document(self, model):
        return text_document(model, self)

    def _printer(self):
        return a4_printer()

    def _keep_dialog(self, dialog: QDialog, document, printer) -> None:
        if self.print_dialog is not None:
            self.print_dialog.deleteLater()
        self.print_document, self.printer, self.print_dialog = document, printer, dialog  # the dialog only borrows them

    def preview(self) -> None:
        self._with_model(self._open_preview)

    def _open_preview(self, _draft, model) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        document, printer = self.text_document(model), self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(model.title)
        dialog.paintRequested.connect(lambda device: print_document(document, model.kept_ending(), device))
        self._keep_dialog(dialog, document, printer)
        dialog.open()

    def print_document_now(self) -> None:
        self._with_model(self._open_print_dialog)

    def _open_print_dialog(self, _draft, model) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        document, printer = self.text_document(model), self._printer()
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: print_document(document, model.kept_ending(), printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._keep_dialog(dialog, document, printer)
        dialog.show()  # PySide's QPrintDialog.open() wants a receiver slot; show() as a window-modal sheet is the same

    # saving -----------------------------------------------------------------------------------
    def choose_file(self, suffix: str, filter_text: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggestion = str(Path(folder) / (service.file_stem(self.kind, self.doc_lang, self.ctx.today()) + suffix))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document"), suggestion, filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def save_docx(self) -> None:
        draft, lang, now = self.current_draft(), self.doc_lang, self.ctx.now()
        if draft is None:
            return
        path = self.choose_file(".docx", self.tr("Word document (*.docx)"))
        if path is None:
            return
        self._set_busy(True, self.tr("Writing the document…"))
        ops.write(self.ctx, lambda repo: service.export(repo, draft, lang, path, now), "documents", self._saved,
                  parent=self, on_error=self._failed)  # fmt: skip

    def save_pdf(self) -> None:
        self._with_model(self._write_pdf)

    def pdf_bytes(self, model) -> bytes:
        """The document printed to PDF in memory (A4, the same margins as the .docx)."""
        from PySide6.QtGui import QPdfWriter

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageLayout(a4_layout())
        writer.setTitle(model.title)
        print_document(self.text_document(model), model.kept_ending(), writer)
        del writer  # finishes the file
        return bytes(buffer.data())

    def _write_pdf(self, draft, model) -> None:
        path = self.choose_file(".pdf", self.tr("PDF document (*.pdf)"))
        if path is None:
            return
        data, lang, now = self.pdf_bytes(model), self.doc_lang, self.ctx.now()
        self._set_busy(True, self.tr("Writing the document…"))
        ops.write(self.ctx, lambda repo: service.save_file(repo, draft, model.title, lang, data, path, now), "documents",
                  self._saved, parent=self, on_error=self._failed)  # fmt: skip

    def _saved(self, record: DocumentRecord) -> None:
        self._set_busy(False)
        self.last_notice = notify(self, self.tr("Document saved"),
                                  self.tr("Saved to:\n%1\n\nA copy is kept in the vault.").replace("%1", record.saved_to))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.last_notice = show_error(self, error, self.ctx.lang)

    # wording ----------------------------------------------------------------------------------
    def edit_wording(self) -> None:
        kind, lang = self.kind, self.doc_lang
        words = service.default_words(kind)
        if not words:
            self.last_notice = notify(self, self.tr("Wording"), self.tr("The wording of this document cannot be changed yet."))
            return
        ops.query(self.ctx, lambda repo: service.wording(repo, kind, lang), lambda edits: self._open_wording(kind, lang, edits),
                  parent=self)  # fmt: skip

    def _open_wording(self, kind: str, lang: str, edits: dict[str, str]) -> None:
        index = 1 if lang == "zh_CN" else 0
        phrases = [(key, pair[index], edits.get(key, "")) for key, pair in service.default_words(kind).items()]
        dialog = WordingDialog(f"{kind_label(kind)} — {dict(DOC_LANGUAGES)[lang]}", phrases, self)
        dialog.finished.connect(lambda code: self._wording_done(dialog, kind, lang, code))
        self.wording_dialog = dialog
        dialog.open()

    def _wording_done(self, dialog: WordingDialog, kind: str, lang: str, code: int) -> None:
        if code == WordingDialog.RESET:
            ops.write(self.ctx, lambda repo: service.reset_wording(repo, kind, lang), "documents", parent=self)
            self.status.setText(self.tr("Our wording is back."))
        elif code == QDialog.DialogCode.Accepted:
            edits = dialog.edits()
            ops.write(self.ctx, lambda repo: service.save_wording(repo, kind, lang, edits), "documents",
                      lambda _kept: self.status.setText(self.tr("Your wording is saved.")), parent=self)  # fmt: skip

    # generated documents ----------------------------------------------------------------------
    def mark_sent(self) -> None:
        record = self.history.selected()
        if record is None:
            return
        dialog = SentDialog(record, self.ctx.today(), self)
        dialog.accepted.connect(lambda: self._sent(record, dialog.values()))
        self.sent_dialog = dialog
        dialog.open()

    def _sent(self, record: DocumentRecord, values) -> None:
        sent, to, on = values
        ops.write(self.ctx, lambda repo: service.set_sent(repo, record.id, sent, to, on), "documents", parent=self)

    def save_copy(self) -> None:
        record = self.history.selected()
        if record is None:
            return
        suffix = Path(record.saved_to).suffix or ".docx"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), Path(record.saved_to).name or f"document{suffix}")
        if chosen:
            ops.query(self.ctx, lambda repo: service.save_copy(repo, record.id, chosen),
                      lambda path: self.status.setText(self.tr("Copy saved to %1").replace("%1", str(path))), parent=self)  # fmt: skip

    def delete_record(self) -> None:
        record = self.history.selected()
        if record is None or not confirm(self, self.tr("Delete"), self.tr(
                "Delete the record of “%1” and the copy kept in the vault? The file you saved stays where it is.").replace(
                "%1", record.title)):  # fmt: skip
            return
        ops.write(self.ctx, lambda repo: repo.delete(DocumentRecord, record.id), "documents", parent=self)

    # locking ----------------------------------------------------------------------------------
    def clear(self) -> None:
        self.draft = None
        self.form = None
        old = self.form_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.history.clear_records()
        self.loan_combo.clear()
        self.proposal_combo.clear()
        self.status.clear()
        for dialog in (self.print_dialog, self.wording_dialog, self.sent_dialog):
            if dialog is not None:
                dialog.close()
        self.print_document = self.printer = None
