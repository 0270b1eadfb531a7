"""Entry point of the desktop app: `repaydesk` and `python -m app`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.core.paths import APP_NAME, default_vault_path, resource_dir


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="repaydesk", description="RepayDesk 还款协商助手")
    parser.add_argument("--demo", action="store_true", help="open a throwaway vault with sample data")
    parser.add_argument("--vault", type=Path, help="the vault file (default: $REPAYDESK_VAULT or the user-data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language (default: settings, then the system locale)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def vault_path(args: argparse.Namespace) -> Path:
    if args.vault is not None:
        return args.vault.expanduser()
    return default_vault_path()  # honours REPAYDESK_VAULT


def app_icon_path() -> Path:
    return resource_dir() / "icons" / "repaydesk.svg"


def create_application(argv: list[str]):
    """The QApplication with name, organisation, High-DPI policy and icon."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv)
        from app.ui import main_thread_gc

        main_thread_gc.install(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("RepayDesk")
    app.setDesktopFileName("repaydesk")
    app.setWindowIcon(QIcon(str(app_icon_path())))
    return app


def quit_on_sigterm(app) -> None:
    """SIGTERM ends the app as closing it does (the vault closes, the demo folder is removed)."""
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGTERM, lambda *_: app.exit(0))
    timer = QTimer(app)  # lets Python run its signal handler while Qt's loop waits
    timer.timeout.connect(lambda: None)
    timer.start(250)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    app = create_application([sys.argv[0], *argv])

    from app.ui.context import AppContext
    from app.ui.i18n import choose_language, install_translators, register_bundled_fonts
    from app.ui.shell import Shell

    register_bundled_fonts()
    ctx = AppContext(lang="en")
    ctx.lang = choose_language(args.lang, ctx.setting("language"))
    install_translators(ctx.lang)
    shell = Shell(ctx, vault_path(args))
    app.aboutToQuit.connect(shell.shutdown)
    quit_on_sigterm(app)
    shell.start(demo=args.demo)
    if os.environ.get("REPAYDESK_EXIT_AFTER_SHOW") == "1":  # used by the start-up benchmark
        app.processEvents()
        shell.shutdown()
        return 0
    return app.exec()
