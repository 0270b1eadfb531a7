"""The misconduct checklist and the flags the app suggests from the diary."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import misconduct as mc
from app.core.records import Channel, ContactEntry, Direction

DAY = dt.date(2026, 3, 2)


def _entry(hour: int, minute: int = 0, direction: Direction = Direction.INCOMING, id: int | None = None, **changes) -> ContactEntry:
    return ContactEntry(dt.datetime.combine(DAY, dt.time(hour, minute)), Channel.PHONE, "来电", direction, id=id, **changes)


def test_the_checklist_has_the_thirteen_items_each_with_both_languages_and_a_source():
    assert len(mc.CHECKLIST) == 13 and len(mc.BY_CODE) == 13
    for item in mc.CHECKLIST:
        for words in (item.label, item.rule, item.source):
            en, zh = words("en"), words("zh_CN")
            assert en.strip() and zh.strip() and en != zh, item.code
    assert "293" in mc.BY_CODE["violence"].source("en") and "第五十六条" in mc.BY_CODE["contact-third-party"].source("zh_CN")
    assert "37(1)" in mc.BY_CODE["impersonation"].source("en")
    assert "GB/T 45251-2025" in mc.BY_CODE["night-contact"].source("en")
    assert {item.code for item in mc.CHECKLIST if item.safety} == {"violence", "stalking", "home-entry"}


# DESIGN.md "Collection misconduct": the rules each item touches (extra fees: the contract itself)
CITED = {
    "impersonation": ["第三十七条第（一）项"],
    "violence": ["《刑法》第二百九十三条之一", "《消费金融公司管理办法》第五十六条"],
    "threat": ["《刑法》第二百九十三条之一", "《消费金融公司管理办法》第五十六条"],
    "stalking": ["《刑法》第二百九十三条之一"],
    "flooding": ["GB/T 45251-2025", "银行业协会"],
    "night-contact": ["GB/T 45251-2025", "银行业协会"],
    "contact-third-party": ["《消费金融公司管理办法》第五十六条", "第三十七条第（五）项"],
    "disclosure": ["第三十七条第（四）项", "《个人信息保护法》第六条、第十条"],
    "address-book": ["《小额贷款公司监督管理暂行办法》第三十八条", "《个人信息保护法》第六条、第十条"],
    "fake-documents": ["第三十七条第（二）项"],
    "extra-fees": ["《民法典》第五百零九条"],
    "home-entry": ["《刑法》第二百九十三条之一"],
    "unidentified": ["《消费金融公司管理办法》第五十七条"],
}


@pytest.mark.parametrize("code", sorted(CITED))
def test_each_item_cites_what_the_design_names_in_both_languages(code):
    zh, en = mc.BY_CODE[code].source("zh_CN"), mc.BY_CODE[code].source("en")
    for citation in CITED[code]:
        assert citation in zh
    assert zh.count("；") == en.count(";")  # as many rules named in English as in Chinese
    if "《刑法》" in zh:
        assert "Criminal Law art. 293-1" in en
    if "《个人信息保护法》" in zh:
        assert "Personal Information Protection Law arts. 6, 10" in en


@pytest.mark.parametrize(("hour", "minute", "night"), [
    (21, 59, False), (22, 0, True), (23, 30, True), (0, 0, True), (7, 59, True), (8, 0, False), (12, 0, False),
])
def test_night_is_22_to_8(hour, minute, night):
    assert mc.is_night(dt.datetime.combine(DAY, dt.time(hour, minute))) is night
    assert ("night-contact" in mc.suggest(_entry(hour, minute), [])) is night


def test_a_call_i_made_at_night_is_not_their_misconduct():
    assert mc.suggest(_entry(23, direction=Direction.OUTGOING), []) == ()


def test_more_than_n_contacts_from_one_lender_that_day_suggest_flooding():
    earlier = [_entry(9 + n, id=n + 1, loan_id=1) for n in range(3)]
    other_lender = [_entry(9, id=10, loan_id=2), _entry(10, id=11, lender_name="某催收公司")]
    fourth = _entry(15, loan_id=1)
    assert mc.contacts_that_day(fourth, earlier + other_lender) == 4
    assert "flooding" in mc.suggest(fourth, earlier + other_lender, daily_limit=3)
    assert "flooding" not in mc.suggest(fourth, earlier + other_lender, daily_limit=4)
    # the stored entry itself is counted once, not twice
    assert mc.contacts_that_day(earlier[2], earlier) == 3
    assert "flooding" not in mc.suggest(earlier[2], earlier, daily_limit=3)
    # the same free name counts together, whatever its case
    names = [_entry(9 + n, id=n + 1, lender_name="Agency X") for n in range(3)]
    assert "flooding" in mc.suggest(_entry(16, lender_name="agency x "), names, daily_limit=3)


def test_someone_else_contacted_suggests_the_third_party_flag():
    assert mc.suggest(_entry(10, third_party="我母亲"), []) == ("contact-third-party",)
    assert mc.suggest(_entry(10, third_party="  "), []) == ()


def test_advice_puts_110_first_only_for_threats_to_safety():
    zh = mc.advice(["violence"], "zh_CN")
    assert "110" in zh[0] and "12378" in zh[1] and "12363" in zh[1]
    en = mc.advice(["night-contact"], "en")
    assert "110" not in " ".join(en) and en[0].startswith("Keep the evidence") and "lender first" in en[0]
    assert mc.advice(["unknown-code"], "en") == []


def test_daily_counts_count_only_their_contacts():
    diary = [_entry(9, loan_id=1), _entry(10, loan_id=1), _entry(11, direction=Direction.OUTGOING, loan_id=1)]
    assert mc.daily_counts(diary) == {(("loan", 1), DAY): 2}


def test_institution_rules_are_cited_for_their_kind_of_lender_only():
    """消金 rules bind consumer-finance companies, 小贷 rules small-loan companies; 刑法/个保法 everyone."""
    threat, third_party, impersonation = (mc.BY_CODE[c] for c in ("threat", "contact-third-party", "impersonation"))
    assert threat.source("zh_CN", "small_loan") == "《刑法》第二百九十三条之一"
    assert threat.source("zh_CN", "consumer_finance") == "《消费金融公司管理办法》第五十六条；《刑法》第二百九十三条之一"
    assert third_party.source("en", "small_loan") == "Small-Loan Measures art. 37(5)"
    assert third_party.source("en", "consumer_finance") == "Consumer Finance Company Measures art. 56"
    # another kind of lender, or none known: every rule, each one-kind rule saying whom it binds
    assert threat.source("zh_CN", "platform") == "《消费金融公司管理办法》第五十六条（适用于消费金融公司）；《刑法》第二百九十三条之一"
    assert third_party.source("en") == ("Consumer Finance Company Measures art. 56 (for consumer-finance companies); "
                                        "Small-Loan Measures art. 37(5) (for small-loan companies)")
    # only the other kind's rule exists: kept, but labelled, rather than citing nothing
    assert impersonation.source("zh_CN", "consumer_finance") == "《小额贷款公司监督管理暂行办法》第三十七条第（一）项（适用于小额贷款公司）"
    assert impersonation.source("zh_CN", "small_loan") == "《小额贷款公司监督管理暂行办法》第三十七条第（一）项"


@pytest.mark.parametrize("lender_type", [None, "platform", "consumer_finance", "bank", "small_loan", "private"])
def test_every_item_cites_something_in_both_languages_for_every_kind_of_lender(lender_type):
    for item in mc.CHECKLIST:
        zh, en = item.source("zh_CN", lender_type), item.source("en", lender_type)
        assert zh and en and zh.count("；") == en.count(";") and zh.count("适用于") == en.count("(for "), item.code
