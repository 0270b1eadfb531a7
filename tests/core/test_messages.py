import re
import string

import pytest

from app.core import language, messages
from app.core.labels import LABELLED_ENUMS, label, label_code, level_label
from app.core.legal_lines import AMBER, GREEN, RED
from app.core.messages import CATALOGUE, STRICT_ENV, CodedError, text
from app.core.records import ExpenseCategory, LoanStatus


def placeholders(template: str) -> set[str]:
    """The {names} str.format fills in ('{{' and '}}' are literal braces, not placeholders)."""
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


def test_every_message_exists_in_both_languages_with_the_same_placeholders():
    for code, (en, zh) in CATALOGUE.items():
        assert en.strip() and zh.strip(), code
        if re.search(r"[A-Za-z]{2,}", re.sub(r"{\w+}", "", en)):
            assert re.search(r"[\u4e00-\u9fff]", zh), f"{code}: the Chinese text has no Chinese"
        assert placeholders(en) == placeholders(zh), code
        assert all(name.isidentifier() for name in placeholders(en)), f"{code}: placeholders are plain names"


def test_every_message_formats_in_both_languages_when_given_its_parameters():
    for code, (en, _zh) in CATALOGUE.items():
        params = {name: "X" for name in placeholders(en)}
        for lang in language.SUPPORTED:
            assert "{" not in text(code, lang, **params).replace("{…}", ""), code


def test_the_placeholder_parser_sees_escaped_braces_as_text():
    assert placeholders("Expected an object {{…}} at {path}.") == {"path"}
    assert placeholders(CATALOGUE["import.expected_object"][0]) == set()


def test_text_fills_parameters_in_either_language():
    assert text("vault.not_found", "en", path="/x") == "There is no vault at /x."
    assert text("vault.not_found", "zh_CN", path="/x") == "/x 处没有保险库。"


def test_a_missing_parameter_or_unknown_code_is_an_error_in_strict_mode():
    assert messages.strict(), "tests/conftest.py turns strict mode on"
    with pytest.raises(KeyError, match="path"):
        text("vault.not_found", "zh_CN")
    with pytest.raises(KeyError, match="no.such.code"):
        text("no.such.code", "en")
    with pytest.raises(KeyError):
        CodedError("vault.not_found")


def test_outside_strict_mode_the_user_still_sees_the_message_and_it_is_logged(monkeypatch, caplog):
    monkeypatch.delenv(STRICT_ENV)
    assert text("vault.not_found", "zh_CN") == "{path} 处没有保险库。"
    assert text("no.such.code", "en") == "no.such.code"
    assert "vault.not_found" in caplog.text and "no.such.code" in caplog.text


def test_coded_error_speaks_either_language():
    error = CodedError("vault.wrong_password")
    assert error.message("zh_CN") != error.message("en")
    assert "Wrong password" in str(error)


def test_every_value_of_every_labelled_enum_has_words_in_the_catalogue():
    for enum in LABELLED_ENUMS:
        for value in enum:
            assert label_code(value) in CATALOGUE, label_code(value)
    labelled = {code.split(".")[1] for code in CATALOGUE if code.startswith("enum.")}
    assert labelled == {enum.__name__ for enum in LABELLED_ENUMS}, "an enum.* entry names an enum that is not labelled"


def test_labels_in_both_languages():
    assert label(LoanStatus.WRITTEN_OFF, "en") == "Written off"
    assert label(LoanStatus.WRITTEN_OFF, "zh_CN") == "已核销"
    assert label(ExpenseCategory.PARENTS, "zh_CN") == "赡养父母"
    assert label("free text", "zh_CN") == "free text"
    assert [level_label(level, "zh_CN") for level in (RED, AMBER, GREEN, None)] == ["超出红线", "接近红线 / 请核实", "在红线以内", "无结论"]
    assert level_label(RED, "en") == "Above the line"


def test_language_from_environment(monkeypatch):
    for var in ("REPAYDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert language.from_environment() == "en"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert language.from_environment() == "zh_CN"
    monkeypatch.setenv("REPAYDESK_LANG", "en")
    assert language.from_environment() == "en"
    assert language.normalise("zh-Hans") == "zh_CN"
