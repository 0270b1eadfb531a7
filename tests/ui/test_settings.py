"""The settings registry validates; bad stored values read as defaults; the dialog stores valid input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.ui.context import AppContext
from app.ui.settings import BY_KEY, SettingInvalid

pytestmark = pytest.mark.usefixtures("ops_wait")


@pytest.fixture
def ctx(tmp_path, qapp):
    context = AppContext("en", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield context
    context.vault_worker.stop()


def test_idle_minutes_range(ctx):
    assert ctx.setting("idle_lock_minutes") == 10
    assert ctx.settings.set("idle_lock_minutes", " 45 ") == 45
    assert ctx.setting("idle_lock_minutes") == 45
    for bad, code in (("0", "field.range"), ("121", "field.range"), ("ten", "number.invalid")):
        with pytest.raises(SettingInvalid) as caught:
            ctx.settings.set("idle_lock_minutes", bad)
        assert caught.value.error.code == code
    assert ctx.setting("idle_lock_minutes") == 45
    assert caught.value.error.message("zh_CN") == "“ten”不是整数。"


def test_corrupt_stored_values_read_as_default(ctx):
    ctx.qsettings.setValue("settings/idle_lock_minutes", "9999")
    ctx.qsettings.setValue("settings/language", "klingon")
    ctx.qsettings.setValue("settings/confirm_quit", "maybe")
    assert ctx.setting("idle_lock_minutes") == 10
    assert ctx.setting("language") == ""
    assert ctx.setting("confirm_quit") is True


def test_vault_scoped_setting_needs_a_vault(ctx):
    assert not ctx.settings.available(BY_KEY["follow_up_days"])
    assert ctx.setting("follow_up_days") == 14
    with pytest.raises(RuntimeError):
        ctx.settings.set("follow_up_days", 7)


def test_dialog_stores_valid_values_and_shows_field_errors(ctx, qtbot):
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

    from app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {"language", "document_language", "idle_lock_minutes", "confirm_quit", "min_password_score",
                                   "backups_keep", "clipboard_clear_seconds"}
    dialog.editors["idle_lock_minutes"].setValue(25)
    combo: QComboBox = dialog.editors["language"]
    combo.setCurrentIndex(combo.findData("zh_CN"))
    box: QCheckBox = dialog.editors["confirm_quit"]
    box.setChecked(False)
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.submit()
    assert sorted(applied.args[0]) == ["confirm_quit", "idle_lock_minutes", "language"]
    assert (ctx.setting("idle_lock_minutes"), ctx.setting("language"), ctx.setting("confirm_quit")) == (25, "zh_CN", False)

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    swapped = QLineEdit("500")  # a free-text editor, as a plug-in setting might use
    dialog.editors["idle_lock_minutes"] = swapped
    dialog.submit()
    assert dialog.errors["idle_lock_minutes"].text() == "Must be between 1 and 120."
    assert ctx.setting("idle_lock_minutes") == 25
