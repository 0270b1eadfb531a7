"""The zh_CN .ts is complete: no unfinished entries, and no source string missing from it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _i18n():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "installers" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_zh_cn_translations_complete():
    assert _i18n().problems("zh_CN") == []


def test_check_reports_an_unfinished_entry(tmp_path, monkeypatch):
    i18n = _i18n()
    ts = tmp_path / "repaydesk_zh_CN.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        "<context><name>X</name><message><source>Lock</source><translation>锁定</translation></message>"
        '<message><source>Quit</source><translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "ts_path", lambda lang: ts)
    monkeypatch.setattr(i18n, "ROOT", tmp_path)
    assert i18n.problems("zh_CN", rescan=False) == ["zh_CN: unfinished [X] 'Quit'"]
