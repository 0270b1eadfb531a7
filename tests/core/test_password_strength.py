"""Vault password strength: zxcvbn with Chinese habits, the user's own data, attack time in words."""

from __future__ import annotations

import ast
import random
from decimal import Decimal
from pathlib import Path

import pytest
import zxcvbn
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import password_strength as ps
from app.core.messages import CATALOGUE

LISTS = ps.shipped_word_lists()

WEAK = [
    "Password1234",  # the three the hand-written formula called strong, fair and very strong (issue 13)
    "qwer1234!",
    "zhangwei19900101",
    "woaini1314",  # 我爱你一生一世
    "5201314",
    "woaini520!",
    "147258369",  # keypad walk
    "1qaz2wsx3edc",  # keyboard columns
    "88888888",
    "13812345678",  # a mobile number
    "110101199003071234",  # an ID number shape
    "wangfang0101",  # pinyin name + month-day birthday
    "lixiuying520",
    "zhangsan900101",
    "p@ssw0rd!",
]


@pytest.mark.parametrize("password", WEAK)
def test_common_and_chinese_habits_are_weak(password):
    result = ps.estimate(password, LISTS)
    assert result.score < ps.DEFAULT_MIN_SCORE, (password, result.guesses)
    assert not result.acceptable(ps.DEFAULT_MIN_SCORE)


@pytest.mark.parametrize(("password", "warning"), [
    ("woaini1314", "password.fb.cn_habit"),
    ("13812345678", "password.fb.mobile"),
    ("110101199003071234", "password.fb.id_number"),
    ("zhangwei19900101", "password.fb.cn_name"),
    ("Password1234", "password.fb.similar_common"),
])
def test_the_warning_names_the_habit(password, warning):
    assert ps.estimate(password, LISTS).warning == warning


@pytest.mark.parametrize("seed", range(5))
def test_a_five_word_random_passphrase_is_strong(seed):
    words = random.Random(seed).sample(LISTS.passphrase_words(), 5)
    result = ps.estimate("-".join(words), LISTS)
    assert result.score == 4
    assert ps.crack_time_text(result.seconds, "en") == "longer than a lifetime to guess, even with a gaming graphics card"


def test_suggested_passphrase_is_five_listed_words_and_strong():
    phrase = ps.suggest_passphrase(LISTS)
    words = phrase.split("-")
    assert len(words) == 5 and set(words) <= set(LISTS.passphrase_words())
    assert ps.estimate(phrase, LISTS).score == 4
    assert ps.suggest_passphrase(LISTS) != phrase  # 12+ bits a word: a repeat would be a broken generator


def test_passphrase_words_mix_english_and_pinyin_without_duplicates():
    words = LISTS.passphrase_words()
    assert len(words) == len(set(words)) > 4000
    assert "pengyou" in words and "taiyang" in words


def test_the_users_own_data_makes_a_password_weak():
    personal = ps.personal_words(["赵思远", "139 1234 5678", "110101199003071234", "安信小贷（虚构）", "Anxin Credit"], LISTS)
    assert {"zhaosiyuan", "siyuan", "zsy", "13912345678", "19900307", "0307", "anxinxiaodai", "anxincredit"} <= set(personal)
    for password in ("zhaosiyuan0307", "anxincredit!2024", "Anxinxiaodai5678"):
        alone = ps.estimate(password, LISTS)
        known = ps.estimate(password, LISTS, personal)
        assert alone.score >= ps.DEFAULT_MIN_SCORE > known.score, password
        assert known.warning == "password.fb.personal"


def test_a_surname_keeps_its_surname_reading():
    assert "zengxiaodan" in ps.personal_words(["曾小单"], LISTS)  # 曾 is ceng elsewhere


def test_minimum_length_is_eight():
    assert ps.estimate("Xq7#vL2", LISTS).too_short
    assert not ps.estimate("Xq7#vL2!", LISTS).too_short
    assert ps.verdict_text(ps.estimate("abc", LISTS), "zh_CN") == "至少 8 个字符。"


def test_attack_time_uses_the_stated_rate():
    result = ps.estimate("zhangwei19900101", LISTS)
    assert result.seconds == Decimal(result.guesses) / 10_000 == Decimal(result.guesses) / ps.GUESSES_PER_SECOND


@pytest.mark.parametrize(("seconds", "en", "zh"), [
    (59, "one gaming graphics card would guess it in under a minute", "一块游戏显卡不到一分钟就能猜中"),
    (60, "one gaming graphics card would guess it in about 1 minute", "一块游戏显卡大约 1 分钟就能猜中"),
    (3 * 3600, "one gaming graphics card would guess it in about 3 hours", "一块游戏显卡大约 3 小时就能猜中"),
    (86_400 * 45, "one gaming graphics card would guess it in about 2 months", "一块游戏显卡大约 2 个月就能猜中"),
    (86_400 * 365 * 99, "one gaming graphics card would guess it in about 99 years", "一块游戏显卡大约 99 年就能猜中"),
    (86_400 * 365 * 100, "longer than a lifetime to guess, even with a gaming graphics card", "即使用游戏显卡，猜中也要超过一辈子"),
])
def test_crack_time_in_words(seconds, en, zh):
    assert ps.crack_time_text(Decimal(seconds), "en") == en
    assert ps.crack_time_text(Decimal(seconds), "zh_CN") == zh


def test_every_zxcvbn_feedback_sentence_has_a_translation():
    """The sentences zxcvbn can return are its `_("…")` calls; each must map to a catalogue code."""
    tree = ast.parse((Path(zxcvbn.__file__).parent / "feedback.py").read_text(encoding="utf-8"))
    sentences = {node.args[0].value for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_"}
    assert sentences == set(ps.FEEDBACK_CODES)
    for code in [*ps.FEEDBACK_CODES.values(), *ps.OUR_WARNINGS.values()]:
        assert code in CATALOGUE


def test_feedback_reads_in_both_languages():
    result = ps.estimate("Password1234", LISTS)
    assert ps.advice_text(result, "en") == "This is similar to a commonly used password. Add another word or two. Uncommon words are better."
    assert ps.advice_text(result, "zh_CN") == "这和一个常用密码很相似。再加一两个词，越不常见越好。"
    assert ps.verdict_text(result, "zh_CN") == "弱：一块游戏显卡不到一分钟就能猜中"


def test_a_very_long_password_is_estimated_on_its_first_hundred_characters():
    result = ps.estimate("x" * 5000 + "!", LISTS)
    assert result.guesses == ps.estimate("x" * 100, LISTS).guesses < 10_000  # a repeat, however long


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=40), st.lists(st.text(max_size=20), max_size=3))
def test_any_text_gets_an_estimate(password, personal):
    result = ps.estimate(password, LISTS, ps.personal_words(personal, LISTS))
    assert 0 <= result.score <= 4 and result.guesses >= 1
    assert result.too_short == (len(password) < 8)
    assert ps.verdict_text(result, "en") and ps.verdict_text(result, "zh_CN")
