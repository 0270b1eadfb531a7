"""Search tokens for Chinese, English and numbers; what the user types never becomes FTS syntax."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.diary import FollowUp, follow_up_state, in_future, parse_tags, size_text
from app.core.diary_search import highlight_spans, index_text, match_expression, pairs, runs


def _hex(text: str) -> str:
    return text.encode().hex()


def test_chinese_runs_become_overlapping_pairs_and_words_stay_whole():
    assert runs("催收员GH0321说：138 0000 0000") == [
        ("c", "催收员"), ("l", "gh"), ("d", "0321"), ("c", "说:"), ("d", "138"), ("d", "0000"), ("d", "0000"),
    ]  # NFKC turns the full-width colon into ':'
    assert pairs("催收员") == ["催收", "收员"] and pairs("催") == ["催"]
    tokens = index_text("催收员 GH0321", "138 0000 0000")
    assert tokens.grams.split() == [_hex(t) for t in ("催收", "收员", "gh", "0321", "138", "0000", "0000", "13800000000")]
    assert set(tokens.chars.split()) == {_hex("催"), _hex("收"), _hex("员")}


def test_one_character_queries_use_the_single_characters_and_longer_ones_a_phrase():
    assert match_expression("催") == f'chars : "{_hex("催")}"'
    assert match_expression("催收员") == f'grams : "{_hex("催收")} {_hex("收员")}"'
    assert match_expression("GH03") == f'grams : "{_hex("gh")}" * AND grams : "{_hex("03")}" *'
    assert match_expression("   ") is None


def test_full_width_and_case_fold_to_the_same_tokens():
    assert index_text("ＡＢＣ１２３") == index_text("abc123")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_whatever_is_typed_the_expression_holds_only_hex_tokens(query):
    expression = match_expression(query)
    if expression is not None:
        piece = r'(chars : "[0-9a-f]+"|grams : "[0-9a-f]+( [0-9a-f]+)*"( \*)?)'
        assert re.fullmatch(rf"{piece}( AND {piece})*", expression), expression


def test_highlight_spans_are_case_insensitive_and_merged():
    assert highlight_spans("Call ABC about abc公司", "abc 公司") == [(5, 8), (15, 20)]
    assert highlight_spans("公司公司", "公司") == [(0, 4)]
    assert highlight_spans("nothing", "") == []


def test_follow_up_states():
    from app.core.records import Channel, ContactEntry

    day = dt.date(2026, 3, 10)
    entry = ContactEntry(dt.datetime(2026, 3, 1, 9), Channel.PHONE, "x", follow_up=day)
    assert follow_up_state(entry, day) is FollowUp.TODAY
    assert follow_up_state(entry, day + dt.timedelta(days=1)) is FollowUp.OVERDUE
    assert follow_up_state(entry, day - dt.timedelta(days=1)) is FollowUp.LATER
    done = dataclasses.replace(entry, follow_up_done_at=dt.datetime(2026, 3, 9))
    assert follow_up_state(done, day + dt.timedelta(days=5)) is FollowUp.DONE
    assert in_future(dt.datetime(2026, 3, 1, 12, 10), dt.datetime(2026, 3, 1, 12)) is True
    assert in_future(dt.datetime(2026, 3, 1, 12, 4), dt.datetime(2026, 3, 1, 12)) is False


def test_tags_and_sizes():
    assert parse_tags("催收，家人、 投诉 催收,x") == ("催收", "家人", "投诉", "x")
    assert [size_text(n) for n in (0, 1023, 1024, 1536, 200 * 1024 * 1024)] == ["0 B", "1023 B", "1.0 KB", "1.5 KB", "200.0 MB"]
