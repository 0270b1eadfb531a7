"""The main window: sidebar of pages, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QPushButton, QStackedWidget, QWidget,
)

from app.ui import ops
from app.ui.context import AppContext
from app.ui.dialogs.change_password import ChangePasswordDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.statements import about_text, privacy_text
from app.ui.errors import error_message
from app.ui.widgets import vault_filter
from app.ui.pages import PAGE_CLASSES
from app.ui.pages.base import Page
from app.ui.pages.dashboard import DashboardPage
from app.ui.widgets import notify

GEOMETRY_KEY = "window/main_geometry"
FIRST_RUN_SCREEN_SHARE = 0.92  # of the available screen, before the user has sized the window


class LazyPages(Sequence[Page]):
    """The main window's pages by sidebar index; a page is built the first time it is asked for."""

    def __init__(self, build: Callable[[int], Page], count: int) -> None:
        self._build = build
        self._pages: list[Page | None] = [None] * count

    def __len__(self) -> int:
        return len(self._pages)

    def __getitem__(self, index: int) -> Page:  # type: ignore[override]
        page = self._pages[index]
        if page is None:
            page = self._pages[index] = self._build(index)
        return page

    def built(self) -> list[tuple[int, Page]]:
        """The pages that exist, with their index."""
        return [(index, page) for index, page in enumerate(self._pages) if page is not None]


class MainWindow(QMainWindow):
    """Emits requests the shell acts on; pages are refreshed lazily when shown after a change."""

    lock_requested = Signal()
    new_vault_requested = Signal(Path)
    open_vault_requested = Signal(Path)
    settings_applied = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.skip_quit_confirmation = False
        self.setWindowTitle(self.tr("RepayDesk"))
        self.setMinimumSize(QSize(820, 560))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.pages = LazyPages(self._build_page, len(PAGE_CLASSES))
        for index, page_class in enumerate(PAGE_CLASSES):
            self.stack.addWidget(QWidget())  # stands in for the page until it is first shown
            item = QListWidgetItem(self.style().standardIcon(page_class.icon), page_class.title())
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", page_class.title()).replace("%2", str(index + 1)))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.show_page)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)

    # pages ----------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
            return
        self.pages[index]  # built on first use
        self.stack.setCurrentIndex(index)

    def show_loan(self, loan_id: int) -> None:
        """Switch to the Loans page with this loan selected."""
        index = next(i for i, page_class in enumerate(PAGE_CLASSES) if page_class.key == "loans")
        self.show_page(index)
        self.pages[index].select_loan(loan_id)

    def new_diary_entry(self) -> None:
        """Ctrl+N from any page: the Contact diary with a new entry dialog."""
        index = next(i for i, page_class in enumerate(PAGE_CLASSES) if page_class.key == "diary")
        self.show_page(index)
        self.pages[index].new_entry()

    def check_follow_ups(self) -> None:
        """After unlocking: one quiet notice in the status bar when follow-ups are due today or overdue."""
        from app.services.diary import follow_ups_due

        today = self.ctx.today()
        ops.query(self.ctx, lambda repo: len(follow_ups_due(repo, today)), self._show_follow_up_notice, parent=self)

    def _show_follow_up_notice(self, count: int) -> None:
        self.follow_up_button.setText(self.tr("Follow-ups due today or overdue: %1 — open the diary").replace("%1", str(count)))
        self.follow_up_button.setVisible(count > 0)

    def show_follow_ups(self) -> None:
        """The Contact diary filtered to the open follow-ups."""
        self.follow_up_button.hide()
        index = next(i for i, page_class in enumerate(PAGE_CLASSES) if page_class.key == "diary")
        self.show_page(index)
        self.pages[index].pending_check.setChecked(True)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def _build_page(self, index: int) -> Page:
        """Build a page in place of its stand-in and fill it from the vault."""
        page = PAGE_CLASSES[index](self.ctx)
        if isinstance(page, DashboardPage):
            page.loan_chosen.connect(self.show_loan)
        current = self.stack.currentIndex()
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        page.refresh()
        return page

    def clear_pages(self) -> None:
        for _index, page in self.pages.built():
            page.clear()
            page.stale = True

    # menus ----------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self._action(self.tr("&New vault…"), self.choose_new_vault,
                                              tip=self.tr("Create another vault file")))
        self.file_menu.addAction(self._action(self.tr("&Open vault…"), self.choose_vault_to_open,
                                              tip=self.tr("Lock this vault and open another file")))
        self.new_entry_action = self._action(self.tr("New &diary entry…"), self.new_diary_entry, "Ctrl+N",
                                             tip=self.tr("Record a contact with a lender or collector"))
        self.file_menu.addAction(self.new_entry_action)
        self.file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up now…"), self.back_up,
                                          tip=self.tr("Write an encrypted copy of the vault"))
        self.file_menu.addAction(self.backup_action)
        self.password_action = self._action(self.tr("&Change password…"), self.change_password)
        self.file_menu.addAction(self.password_action)
        self.lock_action = self._action(self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L",
                                        tip=self.tr("Close the vault and hide everything until the password is entered"))
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(quit_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for index, page_class in enumerate(PAGE_CLASSES):
            action = self._action(page_class.title(), lambda _checked=False, i=index: self.show_page(i), f"Ctrl+{index + 1}")
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.view_menu.addSeparator()
        self.full_screen_action = self._action(self.tr("&Full screen"), self.toggle_full_screen,
                                               QKeySequence.StandardKey.FullScreen)
        self.full_screen_action.setCheckable(True)
        self.view_menu.addAction(self.full_screen_action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self._action(self.tr("&About RepayDesk"), self.show_about))
        self.help_menu.addAction(self._action(self.tr("&Offline && privacy"), self.show_privacy))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        path = self.ctx.vault_path
        self.file_label = QLabel(path.name if path else "")
        self.file_label.setToolTip(str(path) if path else "")
        self.encrypted_label = QLabel(self.tr("Encrypted"))
        self.encrypted_label.setToolTip(self.tr("The vault file is encrypted with your password (SQLCipher)."))
        self.idle_label = QLabel()
        self.follow_up_button = QPushButton()
        self.follow_up_button.setObjectName("followUpNotice")
        self.follow_up_button.setFlat(True)
        self.follow_up_button.setStyleSheet("color: #8a6100; text-decoration: underline;")
        self.follow_up_button.clicked.connect(lambda _checked=False: self.show_follow_ups())
        self.follow_up_button.hide()
        status.addWidget(self.file_label)
        status.addWidget(self.encrypted_label)
        status.addWidget(self.follow_up_button)
        if self.ctx.demo:
            self.demo_label = QLabel(self.tr("Demo vault — nothing is kept"))
            self.demo_label.setStyleSheet("color: #8a6100; font-weight: bold;")
            status.addPermanentWidget(self.demo_label)
        status.addPermanentWidget(self.idle_label)

    def show_idle_remaining(self, seconds: int) -> None:
        minutes, secs = divmod(max(0, seconds), 60)
        self.idle_label.setText(self.tr("Locks in %1 when idle").replace("%1", f"{minutes}:{secs:02d}"))

    # actions --------------------------------------------------------------------------------
    def choose_new_vault(self) -> None:
        folder = str(self.ctx.vault_path.parent) if self.ctx.vault_path else ""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("New vault file"), folder, vault_filter())
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".repaydesk")
            self.new_vault_requested.emit(path)

    def choose_vault_to_open(self) -> None:
        folder = str(self.ctx.vault_path.parent) if self.ctx.vault_path else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault file"), folder, vault_filter())
        if chosen:
            self.open_vault_requested.emit(Path(chosen))

    def back_up(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        source = Path(vault.path)
        suggestion = source.with_name(f"{source.stem}-backup{source.suffix or '.repaydesk'}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the vault to"), str(suggestion), vault_filter())
        if not chosen:
            return
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Writing the backup…"))
        self.ctx.vault_worker.run(lambda: vault.backup(Path(chosen)), self._backed_up, self._backup_failed)

    def _backed_up(self, written: object) -> None:
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        self.last_notice = notify(self, self.tr("Backup written"), self.tr(
            "An encrypted backup was written to:\n%1\nIt opens with the same password.").replace("%1", str(written)))

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        self.last_notice = notify(self, self.tr("Backup failed"), error_message(error, self.ctx.lang),
                                  QMessageBox.Icon.Warning)

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("The password was changed."), 8000))
        self.password_dialog = dialog
        dialog.open()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.settings_applied)
        self.settings_dialog = dialog
        dialog.open()

    def toggle_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def show_about(self) -> None:
        self.last_notice = notify(self, self.tr("About RepayDesk"), about_text())

    def show_privacy(self) -> None:
        path = str(self.ctx.vault_path) if self.ctx.vault_path else ""
        self.last_notice = notify(self, self.tr("Offline & privacy"), privacy_text(path))

    # lifetime -------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.ctx.qsettings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        screen = self.screen() or QApplication.primaryScreen()
        available = screen.availableGeometry()
        size = QSize(int(available.width() * FIRST_RUN_SCREEN_SHARE), int(available.height() * FIRST_RUN_SCREEN_SHARE))
        self.resize(size.expandedTo(self.minimumSize()))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def save_geometry(self) -> None:
        self.ctx.qsettings.setValue(GEOMETRY_KEY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 — Qt's name
        if not self.skip_quit_confirmation and self.ctx.setting("confirm_quit"):
            answer = QMessageBox.question(self, self.tr("Quit RepayDesk"), self.tr("Close the vault and quit?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_geometry()
        event.accept()
        if not self.skip_quit_confirmation:
            QApplication.instance().quit()
