"""Document services on the demo vault: every type gathers and exports in both languages, the
exact bytes are kept and survive export/import, wording edits are checked, sent status is kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import re

import docx
import pytest

from app.core.messages import CodedError
from app.core.money import Money
from app.core.payoff import Strategy
from app.core.records import DocumentRecord, Loan, LoanStatus, Scenario, WhatIf, WhatIfKind
from app.documents.complaint import build_complaint
from app.documents.inputs import AgreementData, Basis, ComplaintData, InstalmentData, Proposal, RequestData
from app.services import documents, scenarios
from app.services.register import summarise_register
from app.store import migrations
from app.store.vault import Vault
from tests.conftest import DEMO_TODAY

NOW = dt.datetime(2025, 3, 31, 15, 30)


@pytest.mark.parametrize("kind", documents.KINDS)
def test_every_type_builds_from_the_demo_vault_in_both_languages(demo_vault, kind):
    for lang in ("zh_CN", "en"):
        draft = documents.gather(demo_vault.repo, kind, DEMO_TODAY, lang)
        model = documents.build(draft, lang)
        assert model.lang == lang and model.blocks
        text = model.text()
        assert "元元" not in text and "{" not in text and "}" not in text  # amounts carry 元 once; every placeholder filled
        assert bool(re.search(r"[\u4e00-\u9fff]", model.title)) == (lang == "zh_CN")


def test_request_is_filled_from_the_vault(demo_vault):
    draft = documents.gather(demo_vault.repo, "request", DEMO_TODAY)
    data = draft.data
    assert isinstance(data, RequestData)
    # the most overdue loan of the demo is 安信 (its 8th instalment was only partly paid, months ago)
    assert draft.lender == data.loan.lender == "安信小额贷款有限公司（虚构）"
    assert data.borrower.name == "张小明" and data.loan.contract_no == "AX-XD-DEMO-33" and data.loan.rate == "年利率23.9%"
    assert data.loan.overdue_since < DEMO_TODAY - dt.timedelta(days=40)
    owed = data.outstanding.stated
    assert owed.penalties.fen > 0 and data.proposal.waived.penalties == owed.penalties
    assert data.proposal.total == owed.total - owed.penalties and len(data.proposal.rows) == 12
    assert data.proposal.rows[0].due_date == dt.date(2025, 4, 30)
    # the demo's budget: income 5800 + 1200 + 500 = 7500; essential 1500 + 220 + 1200 + 300 + 59 + 600 = 3879
    assert data.monthly_capacity.plain() == "3621.00"
    assert "工资从每月 8000 元降到 5800 元" in data.hardship


def test_the_loan_can_be_chosen_and_a_missing_one_is_refused(demo_vault):
    draft = documents.gather(demo_vault.repo, "agreement", DEMO_TODAY, loan_id=3)
    assert isinstance(draft.data, AgreementData) and draft.data.lender.name == "安信小额贷款有限公司（虚构）"
    with pytest.raises(CodedError) as caught:
        documents.gather(demo_vault.repo, "agreement", DEMO_TODAY, loan_id=99)
    assert caught.value.code == "document.no_loan"


def test_complaint_collects_the_flagged_diary_entries_in_order(demo_vault):
    data = documents.gather(demo_vault.repo, "complaint", DEMO_TODAY).data
    assert isinstance(data, ComplaintData) and data.institution == "闪借花（虚构平台）"
    assert len(data.facts) == 6 and [f.when for f in data.facts] == sorted(f.when for f in data.facts)
    assert data.facts[0].misconduct == ("night-contact", "threat") and "上门走访" in data.facts[0].what
    assert data.request.startswith("立即停止")


def test_complaint_against_a_small_loan_company_cites_the_small_loan_rules(demo_vault):
    data = documents.gather(demo_vault.repo, "complaint", DEMO_TODAY, loan_id=3).data  # 安信小额贷款
    assert data.lender_type == "small_loan"
    text = build_complaint(data).text()
    assert "消费金融公司管理办法》第五十六条" not in text and "《刑法》第二百九十三条之一" in text


def test_card_instalment_picks_the_bank_card_and_36_months(demo_vault):
    data = documents.gather(demo_vault.repo, "instalment", DEMO_TODAY).data
    assert isinstance(data, InstalmentData) and data.bank == "城南银行信用卡（虚构）" and len(data.proposal.rows) == 36


def test_export_saves_the_file_and_keeps_its_exact_bytes(demo_vault, tmp_path):
    draft = documents.gather(demo_vault.repo, "agreement", DEMO_TODAY)
    stored = documents.export(demo_vault.repo, draft, "zh_CN", tmp_path / "协议.docx", NOW)
    written = (tmp_path / "协议.docx").read_bytes()
    assert stored.kind == "agreement" and stored.lender == draft.lender and stored.lang == "zh_CN"
    assert stored.sha256 == hashlib.sha256(written).hexdigest() and stored.size == len(written)
    assert documents.document_file(demo_vault.repo, stored.id) == written
    assert "分期还款（补充）协议" in docx.Document(io.BytesIO(written)).paragraphs[0].text
    html = documents.export(demo_vault.repo, draft, "en", tmp_path / "agreement.html", NOW)
    assert (tmp_path / "agreement.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>") and html.lang == "en"
    assert [d.id for d in documents.generated(demo_vault.repo)] == [html.id, stored.id]


def test_an_unwritable_target_is_a_clear_error_and_nothing_is_recorded(demo_vault, tmp_path):
    draft = documents.gather(demo_vault.repo, "request", DEMO_TODAY)
    with pytest.raises(CodedError) as caught:
        documents.export(demo_vault.repo, draft, "zh_CN", tmp_path / "no-such-folder" / "a.docx", NOW)
    assert caught.value.code == "document.unwritable" and "无法保存" in caught.value.message("zh_CN")
    assert demo_vault.repo.count(DocumentRecord) == 0


def test_an_agreement_without_a_schedule_is_refused_before_anything_is_written(demo_vault, tmp_path):
    draft = documents.gather(demo_vault.repo, "agreement", DEMO_TODAY)
    empty = dataclasses.replace(draft, data=dataclasses.replace(draft.data, proposal=Proposal()))
    with pytest.raises(CodedError) as caught:
        documents.export(demo_vault.repo, empty, "zh_CN", tmp_path / "a.docx", NOW)
    assert caught.value.code == "document.no_schedule"
    assert not (tmp_path / "a.docx").exists() and demo_vault.repo.count(DocumentRecord) == 0


def test_an_empty_vault_still_drafts_with_blanks(tmp_vault):
    for kind in ("request", "extension", "complaint", "objection", "instalment", "statement"):
        documents.build(documents.gather(tmp_vault.repo, kind, DEMO_TODAY), "zh_CN")
    with pytest.raises(CodedError):  # nothing owed: no schedule to agree
        documents.build(documents.gather(tmp_vault.repo, "agreement", DEMO_TODAY), "zh_CN")


def test_sent_status_is_kept(demo_vault, tmp_path):
    stored = documents.export(demo_vault.repo, documents.gather(demo_vault.repo, "request", DEMO_TODAY), "zh_CN", tmp_path / "a.docx", NOW)
    sent = documents.set_sent(demo_vault.repo, stored.id, True, " 闪借花客服邮箱 ", dt.date(2025, 4, 1))
    assert (sent.sent, sent.sent_to, sent.sent_on) == (True, "闪借花客服邮箱", dt.date(2025, 4, 1))
    assert demo_vault.repo.get(DocumentRecord, stored.id).sha256 == stored.sha256
    unsent = documents.set_sent(demo_vault.repo, stored.id, False, "", dt.date(2025, 4, 1))
    assert (unsent.sent, unsent.sent_on) == (False, None)


def test_wording_is_saved_checked_and_reset(demo_vault):
    repo = demo_vault.repo
    default = documents.default_words("request")["closing"][1]
    kept = documents.save_wording(repo, "request", "zh_CN", {"closing": "请尽快答复。", "to": "致：{lender}", "nonsense": "x"})
    assert kept == {"closing": "请尽快答复。"}  # unchanged phrases and unknown keys are not stored
    assert documents.wording(repo, "request", "zh_CN") == {"closing": "请尽快答复。"} and documents.wording(repo, "request", "en") == {}
    model = documents.build(documents.gather(repo, "request", DEMO_TODAY), "zh_CN", documents.wording(repo, "request", "zh_CN"))
    assert "请尽快答复。" in model.text() and default not in model.text()
    for bad, code in (({"capacity": "我能还{money}"}, "document.template_placeholder"), ({"capacity": "我能还{amount"}, "document.template_braces")):
        with pytest.raises(CodedError) as caught:
            documents.save_wording(repo, "request", "zh_CN", bad)
        assert caught.value.code == code
    assert documents.wording(repo, "request", "zh_CN") == {"closing": "请尽快答复。"}  # a refused save changes nothing
    documents.reset_wording(repo, "request", "zh_CN")
    assert documents.wording(repo, "request", "zh_CN") == {}
    repo.set_setting("documents.wording.request.zh_CN", "not json")
    assert documents.wording(repo, "request", "zh_CN") == {}


def test_wording_a_vault_already_holds_is_applied_by_its_short_key(demo_vault):
    repo = demo_vault.repo  # as the first release kept it: JSON of short key -> the user's phrase
    repo.set_setting("documents.wording.complaint.en", json.dumps({"closing": "All of this is true. {date}", "gone": "x"}))
    assert documents.wording(repo, "complaint", "en") == {"closing": "All of this is true. {date}"}
    text = documents.build(documents.gather(repo, "complaint", DEMO_TODAY, "en"), "en", documents.wording(repo, "complaint", "en")).text()
    assert "All of this is true. ＿＿＿＿" in text  # an unknown placeholder prints as a blank, never as braces
    assert set(documents.default_words("complaint")) >= {"title", "closing", "default_request", "fact", "basis"}
    assert set(documents.default_words("statement")) == {"empty", "intro", "capacity", "gap", "overdue_note", "lump_note",
                                                         "no_hardship", "declaration"}  # its sentences, not its labels


def test_generated_documents_and_wording_survive_export_and_import(demo_vault, tmp_path, vault_password):
    repo = demo_vault.repo
    stored = documents.export(repo, documents.gather(repo, "complaint", DEMO_TODAY), "zh_CN", tmp_path / "c.docx", NOW)
    documents.set_sent(repo, stored.id, True, "12378", dt.date(2025, 4, 2))
    documents.save_wording(repo, "complaint", "zh_CN", {"closing": "以上属实。"})
    repo.add(DocumentRecord("statement", "财务状况说明", NOW))  # an older record without bytes
    first = json.loads(json.dumps(repo.export_data(), ensure_ascii=False))
    assert "data" in first["documents"][0] and "data" not in first["documents"][1]
    with Vault.create(tmp_path / "copy.rd", vault_password) as copy:
        copy.repo.import_data(first)
        again = json.loads(json.dumps(copy.repo.export_data(), ensure_ascii=False))
        kept = [d for d in documents.generated(copy.repo) if d.kind == "complaint"][0]
        assert documents.document_file(copy.repo, kept.id) == (tmp_path / "c.docx").read_bytes()
    assert again == first
    tampered = json.loads(json.dumps(first))
    tampered["documents"][0]["data"] = tampered["documents"][1].get("data", "AAAA")
    with Vault.create(tmp_path / "other.rd", vault_password) as other:
        with pytest.raises(CodedError):
            other.repo.import_data(tampered)
        assert other.repo.count(DocumentRecord) == 0


def test_deleting_a_generated_document_can_be_undone_with_its_bytes(demo_vault, tmp_path):
    repo = demo_vault.repo
    stored = documents.export(repo, documents.gather(repo, "objection", DEMO_TODAY), "zh_CN", tmp_path / "o.docx", NOW)
    deleted = repo.delete(DocumentRecord, stored.id)
    assert repo.document_data(stored.id) is None
    repo.undelete(deleted)
    assert repo.document_data(stored.id) == (tmp_path / "o.docx").read_bytes()


def test_an_older_vault_gains_the_document_columns_with_defaults():
    from sqlalchemy import create_engine
    from sqlcipher3 import dbapi2 as sqlcipher

    engine = create_engine("sqlite://", module=sqlcipher)  # the SQLite the app ships
    steps = migrations.discover()
    with engine.begin() as connection:
        migrations.apply(connection, steps[:1])
        connection.exec_driver_sql("INSERT INTO documents (kind, title, created_at, loan_id, saved_to) VALUES ('statement', 't', '2025-01-01 10:00:00', NULL, '/x')")
        migrations.apply(connection, steps[1:])
        row = connection.exec_driver_sql("SELECT lender, lang, sha256, size, sent, sent_to, sent_on FROM documents").fetchone()
        assert tuple(row) == ("", "zh_CN", "", 0, 0, "", None)
        assert tuple(connection.exec_driver_sql("SELECT count(*) FROM document_blobs").fetchone()) == (0,)


def test_a_request_can_state_the_lawful_balance_and_says_so(demo_vault):
    """闪借花: 10 000 on paper, 8 500 received (art. 670); the core's lawful balance by component."""
    draft = documents.gather(demo_vault.repo, "request", DEMO_TODAY, "zh_CN", loan_id=1)
    outstanding = draft.data.outstanding
    [summary] = [s for s in summarise_register(demo_vault.repo, DEMO_TODAY) if s.loan.id == 1]
    lawful = outstanding.lawful
    assert lawful.principal == Money.yuan("8500") - summary.lawful.paid_principal == Money.yuan("4618.03")
    assert lawful.total == summary.lawful.owed == Money.yuan("4833.62")  # below the claim of 6 541.45
    assert (lawful.penalties, lawful.fees) == (Money(0), Money(0))  # the legal line covers them
    stated = dataclasses.replace(outstanding, basis=Basis.LAWFUL)
    html = documents.html_bytes(documents.build(dataclasses.replace(draft, data=dataclasses.replace(draft.data, outstanding=stated)))).decode()
    assert "4,833.62" in html and "以上金额为依法应当偿还的余额" in html
    html = documents.html_bytes(documents.build(draft)).decode()
    assert "6,541.45" in html and "以上金额为贵方按合同主张的金额" in html


def test_the_proposal_comes_from_the_scenario_marked_for_that_lender(demo_vault):
    repo = demo_vault.repo
    default = documents.gather(repo, "agreement", DEMO_TODAY, loan_id=3)
    assert default.proposal_from is None and len(default.data.proposal.rows) == 12
    plan = scenarios.save_scenario(repo, Scenario("按余额分摊", strategy=Strategy.PRO_RATA, what_ifs=(
        WhatIf(WhatIfKind.WAIVE_PENALTIES, loan_id=3),)), NOW)
    scenarios.mark_proposal(repo, plan.id, 3)
    draft = documents.gather(repo, "agreement", DEMO_TODAY, loan_id=3)
    _, rows = scenarios.proposal_for_loan(repo, 3, DEMO_TODAY)
    proposal = draft.data.proposal
    assert draft.proposal_from.id == plan.id and rows
    assert [(r.period, r.due_date, r.amount) for r in proposal.rows] == [(r.period, r.due_date, r.amount) for r in rows]
    assert proposal.waived.penalties == draft.data.outstanding.stated.penalties > Money(0)
    assert documents.build(draft).blocks
    # the default can still be asked for, and any saved scenario chosen by id
    asked = documents.gather(repo, "agreement", DEMO_TODAY, loan_id=3, scenario_id=documents.DEFAULT_PROPOSAL)
    assert asked.proposal_from is None and asked.data.proposal == default.data.proposal
    other = scenarios.save_scenario(repo, Scenario("雪球", strategy=Strategy.SNOWBALL), NOW)
    assert documents.gather(repo, "request", DEMO_TODAY, loan_id=3, scenario_id=other.id).proposal_from.id == other.id
    assert [s.id for s in documents.saved_proposals(repo)] == [plan.id, other.id]


def test_a_marked_scenario_that_pays_the_lender_nothing_cannot_make_an_agreement(demo_vault):
    repo = demo_vault.repo
    plan = scenarios.save_scenario(repo, Scenario("按余额分摊", strategy=Strategy.PRO_RATA), NOW)
    scenarios.mark_proposal(repo, plan.id, 3)
    repo.update(dataclasses.replace(repo.get(Loan, 3), status=LoanStatus.SETTLED))  # no longer in any plan
    draft = documents.gather(repo, "agreement", DEMO_TODAY, loan_id=3)
    assert draft.proposal_from.id == plan.id and draft.data.proposal.rows == ()
    with pytest.raises(CodedError) as caught:
        documents.build(draft)
    assert caught.value.code == "document.no_schedule"
