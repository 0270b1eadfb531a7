"""The strength meter in create-vault and change-password, the password rules on submit, the first screens' language choice."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.core import records as r
from app.ui import password_strength
from app.ui.dialogs.change_password import ChangePasswordDialog
from app.ui.first_run import FirstRunWindow
from app.ui.main_window import MainWindow
from app.ui.unlock import UnlockWindow
from tests.ui.conftest import settle

SHORT = "Xq7#vL2"  # 7 characters


@pytest.fixture
def asked(monkeypatch):
    """Replace the weak-password question; `asked.answer` is what the user clicks, `asked.verdicts` what they saw."""
    class Recorder:
        answer = False
        verdicts: list[str] = []

    recorder = Recorder()
    recorder.verdicts = []

    def confirm_weak(_parent, verdict):
        recorder.verdicts.append(verdict)
        return recorder.answer

    monkeypatch.setattr(password_strength, "confirm_weak", confirm_weak)
    return recorder


def _type_watching(qtbot, window, edit, text, watched):
    """Type `text` one key at a time; the geometry of `watched` widgets and the window's size hint after each key."""
    seen, verdicts = set(), set()
    for key in text:
        qtbot.keyClicks(edit, key)
        QApplication.processEvents()
        seen.add((window.sizeHint().height(), *(widget.geometry().getRect() for widget in watched)))
        verdicts.add(window.meter.verdict.text())
    return seen, verdicts


def _first_run(make_shell, path, lang="en"):
    shell = make_shell(path, lang=lang)
    shell.start()
    assert isinstance(shell.window, FirstRunWindow)
    return shell, shell.window


def test_first_run_meter_does_not_move_the_layout(make_shell, qtbot, tmp_path):
    _shell, window = _first_run(make_shell, tmp_path / "v.repaydesk")
    QApplication.processEvents()
    before = window.create_button.geometry().getRect()
    seen, verdicts = _type_watching(qtbot, window, window.password.edit, "woaini1314 correct horse",
                                    (window.create_button, window.confirm, window.suggest_button))
    assert len(seen) == 1 and next(iter(seen))[1] == before
    assert len(verdicts) >= 4  # from "At least 8 characters." through very weak to strong


def test_change_password_meter_does_not_move_the_layout(ctx, qtbot):
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ctx)
    seen, verdicts = _type_watching(qtbot, dialog, dialog.new.edit, "woaini1314 correct horse",
                                    (dialog.buttons, dialog.confirm, dialog.suggest_button))
    assert len(seen) == 1
    assert len(verdicts) >= 4


def test_first_run_refuses_fewer_than_eight_characters(make_shell, qtbot, tmp_path, asked):
    path = tmp_path / "v.repaydesk"
    _shell, window = _first_run(make_shell, path)
    qtbot.keyClicks(window.password.edit, SHORT)
    qtbot.keyClicks(window.confirm.edit, SHORT)
    window.submit()
    assert window.password.error.text() == "At least 8 characters."
    assert window.password.error.isVisibleTo(window)
    assert not path.exists() and asked.verdicts == []


def test_change_password_refuses_fewer_than_eight_characters(ctx, qtbot, asked, monkeypatch):
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    monkeypatch.setattr(ctx.vault, "change_password", lambda *_: pytest.fail("must not re-key"))
    qtbot.keyClicks(dialog.old.edit, "whatever it is")
    qtbot.keyClicks(dialog.new.edit, SHORT)
    qtbot.keyClicks(dialog.confirm.edit, SHORT)
    dialog.submit()
    assert dialog.new.error.text() == "At least 8 characters."
    assert not dialog.busy.isVisibleTo(dialog) and asked.verdicts == []


def test_a_weak_password_needs_an_explicit_yes(make_shell, qtbot, tmp_path, asked):
    path = tmp_path / "v.repaydesk"
    shell, window = _first_run(make_shell, path)
    qtbot.keyClicks(window.password.edit, "Password1234")
    qtbot.keyClicks(window.confirm.edit, "Password1234")
    window.submit()
    assert asked.verdicts == ["Weak — one gaming graphics card would guess it in under a minute"]
    assert not path.exists() and shell.window is window

    asked.answer = True
    window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    assert path.exists() and len(asked.verdicts) == 2


def test_the_minimum_score_is_a_setting(make_shell, qtbot, tmp_path, asked):
    path = tmp_path / "v.repaydesk"
    shell, window = _first_run(make_shell, path)
    shell.ctx.settings.set("min_password_score", 1)
    qtbot.keyClicks(window.password.edit, "Password1234")  # score 1
    qtbot.keyClicks(window.confirm.edit, "Password1234")
    window.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=15_000)
    assert asked.verdicts == []


def test_change_password_knows_the_users_own_data(ctx, qtbot, tmp_vault):
    tmp_vault.repo.set_profile(r.Profile(full_name="赵思远", phone="139 1234 5678"))
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new.edit, "zhaosiyuan5678")
    settle(qtbot, ctx)  # the meter re-estimates when the vault's data arrives
    assert dialog.meter.result.score < 3
    assert dialog.meter.advice.text().startswith("It contains your own data")


def test_suggest_fills_both_fields_in_clear_with_a_strong_passphrase(ctx, qtbot):
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    dialog.suggest_button.click()
    phrase = dialog.new.text()
    assert phrase == dialog.confirm.text() and len(phrase.split("-")) == 5
    assert dialog.new.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.meter.result.score == 4
    assert dialog.meter.verdict.text() == "Strong — longer than a lifetime to guess, even with a gaming graphics card"


def _choose(window, lang):
    combo = window.language.combo
    index = combo.findData(lang)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_first_run_offers_the_language_before_a_vault_exists(make_shell, qtbot, tmp_path):
    shell, window = _first_run(make_shell, tmp_path / "v.repaydesk", lang="en")
    assert window.create_button.text() == "Create vault"
    _choose(window, "zh_CN")
    chinese = shell.window
    assert isinstance(chinese, FirstRunWindow) and chinese is not window
    assert chinese.create_button.text() == "创建保险库"
    assert (shell.ctx.lang, shell.ctx.setting("language")) == ("zh_CN", "zh_CN")
    qtbot.keyClicks(chinese.password.edit, "woaini1314")
    assert chinese.meter.verdict.text() == "非常弱：一块游戏显卡不到一分钟就能猜中"
    _choose(chinese, "en")
    assert shell.window.create_button.text() == "Create vault"


def test_unlock_offers_the_language(make_shell, vault_file):
    shell = make_shell(vault_file, lang="en")
    shell.start()
    assert isinstance(shell.window, UnlockWindow)
    _choose(shell.window, "zh_CN")
    assert shell.window.unlock_button.text() == "解锁"
    assert shell.ctx.setting("language") == "zh_CN"


def test_the_settings_default_is_the_clis_minimum():
    from app.core.password_strength import DEFAULT_MIN_SCORE
    from app.ui.settings import BY_KEY

    assert BY_KEY["min_password_score"].default == DEFAULT_MIN_SCORE == 3


def test_the_question_defaults_to_choosing_another_password(qtbot):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def answer(click_use: bool) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText().splitlines()[0], box.defaultButton().text()))
        if click_use:
            next(b for b in box.buttons() if b.text().startswith("Use it anyway")).click()
        else:
            qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, lambda: answer(False))
    assert password_strength.confirm_weak(parent, "Weak — …") is False
    QTimer.singleShot(0, lambda: answer(True))
    assert password_strength.confirm_weak(parent, "Weak — …") is True
    assert seen[0] == ("This password is easy to guess", "Weak — …", "Choose another password")


def test_the_system_language_choice_reads_in_the_interface_language(make_shell, tmp_path):
    from app.ui.dialogs.settings_dialog import SettingsDialog

    for lang, label in (("zh_CN", "跟随系统"), ("en", "Same as the system")):
        shell = make_shell(tmp_path / f"{lang}.repaydesk", lang=lang)
        dialog = SettingsDialog(shell.ctx)
        combo = dialog.editors["language"]
        assert [combo.itemText(i) for i in range(combo.count())] == [label, "简体中文", "English"]
        dialog.deleteLater()
