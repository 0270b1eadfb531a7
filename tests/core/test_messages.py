import re

from app.core import language
from app.core.messages import CATALOGUE, CodedError, text


def test_every_message_exists_in_both_languages_with_the_same_placeholders():
    for code, (en, zh) in CATALOGUE.items():
        assert en.strip() and zh.strip(), code
        if re.search(r"[A-Za-z]{2,}", re.sub(r"{\w+}", "", en)):
            assert re.search(r"[\u4e00-\u9fff]", zh), f"{code}: the Chinese text has no Chinese"
        assert set(re.findall(r"{(\w+)}", en)) == set(re.findall(r"{(\w+)}", zh)), code


def test_text_fills_parameters_and_survives_missing_ones():
    assert text("vault.not_found", "en", path="/x") == "There is no vault at /x."
    assert text("vault.not_found", "zh_CN") == "{path} 处没有保险库。"


def test_coded_error_speaks_either_language():
    error = CodedError("vault.wrong_password")
    assert error.message("zh_CN") != error.message("en")
    assert "Wrong password" in str(error)


def test_language_from_environment(monkeypatch):
    for var in ("REPAYDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert language.from_environment() == "en"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert language.from_environment() == "zh_CN"
    monkeypatch.setenv("REPAYDESK_LANG", "en")
    assert language.from_environment() == "en"
    assert language.normalise("zh-Hans") == "zh_CN"
