"""repaydesk/1 export and import: identical round trip, refusals that leave the vault unchanged."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import records as r
from app.core.demo import demo_data
from app.core.money import Money
from app.store.exchange import ImportRefused
from app.store.vault import Vault, VaultError
from tests.conftest import DEMO_TODAY

DEMO_PAYMENTS = len(demo_data(DEMO_TODAY).payments)


@pytest.fixture
def exported(demo_vault):
    c = demo_vault.repo.add(r.ContactEntry(dt.datetime(2025, 3, 1, 9), r.Channel.SMS, "带证据", loan_id=1))
    demo_vault.repo.add_attachment(r.Attachment("短信截图.png", "", 0, mime="image/png", contact_id=c.id), b"\x89PNG fake")
    demo_vault.repo.add(r.DocumentRecord("statement", "财务状况说明", dt.datetime(2025, 3, 2, 10), loan_id=1, saved_to="/tmp/x.docx"))
    figures = (750000, 500000, 400000, 250000, 300000, 9000000, -8000000)
    demo_vault.repo.add(r.BudgetSnapshot(dt.date(2025, 3, 1), *[Money(fen) for fen in figures]))
    demo_vault.repo.set_setting("idle_minutes", "10")
    return json.loads(json.dumps(demo_vault.repo.export_data(), ensure_ascii=False))


def test_export_carries_the_documented_fields(exported):
    assert exported["format"] == "repaydesk/1"
    assert len(exported["loans"]) == 5 and len(exported["contacts"]) == 13
    loan = exported["loans"][0]
    assert loan["lender"] == "闪借花（虚构平台）" and loan["principal"] == "10000.00" and loan["received"] == "8500.00"
    assert loan["rate_percent"] == "18" and loan["fees"][0]["amount"] == "1500.00"
    assert exported["contacts"][-1]["summary"] == "带证据"
    assert exported["attachments"][-1]["data"] == "iVBORyBmYWtl"  # base64 of b"\x89PNG fake"
    assert exported["attachments"][-1]["contact_id"] == 13 and exported["custody"][-1]["action"] == "added"
    assert exported["snapshots"][0]["net_worth"] == "-80000.00"
    assert exported["profile"]["full_name"] == "张小明"
    assert exported["settings"] == {"idle_minutes": "10"}
    assert [p["id"] for p in exported["payments"]] == list(range(1, DEMO_PAYMENTS + 1))


def test_round_trip_into_a_new_vault_is_identical(exported, tmp_path, vault_password):
    with Vault.create(tmp_path / "second", vault_password) as second:
        counts = second.repo.import_data(copy.deepcopy(exported))
        assert counts["loans"] == 5 and counts["attachments"] == len(demo_data(DEMO_TODAY).evidence) + 1 and counts["payments"] == DEMO_PAYMENTS
        assert second.repo.export_data() == exported


def test_import_adds_and_renumbers(demo_vault, exported):
    demo_vault.repo.import_data(exported)
    assert demo_vault.repo.count(r.Loan) == 10
    second_copy = demo_vault.repo.list(r.Payment)[DEMO_PAYMENTS]
    assert second_copy.loan_id == 6  # payment 1 of the imported file points at the imported loan 1
    assert demo_vault.repo.count(r.Payment, loan_id=6) == 5


def _snapshot(vault: Vault) -> dict:
    return vault.repo.export_data()


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["loans"][2].__setitem__("principal", "12.345"), "loans[2].principal"),
        (lambda d: d["loans"][1].__setitem__("received", "99999"), "loans[1].received"),
        (lambda d: d["payments"][0].__setitem__("loan_id", 42), "payments[0].loan_id"),
        (lambda d: d["contacts"][3].__setitem__("summary", ""), "contacts[3].summary"),
        (lambda d: d["contacts"][0].__setitem__("channel", "pigeon"), "contacts[0].channel"),
        (lambda d: d["loans"][0]["fees"][0].__setitem__("amount", 5), "loans[0].fees[0].amount"),
        (lambda d: d["attachments"][0].__setitem__("data", "AAAA"), "attachments[0].sha256"),
        (lambda d: d["expenses"][0].__setitem__("colour", "red"), "expenses[0].colour"),
        (lambda d: d["income"][1].__setitem__("id", 1), "income[1].id"),
    ],
)
def test_malformed_documents_are_refused_by_name_and_change_nothing(demo_vault, exported, mutate, where):
    before = _snapshot(demo_vault)
    mutate(exported)
    with pytest.raises(ImportRefused) as caught:
        demo_vault.repo.import_data(exported)
    assert caught.value.message("en").startswith(where + ": ")
    assert caught.value.message("zh_CN").startswith(where + "：")
    assert _snapshot(demo_vault) == before


def test_wrong_format_is_refused(demo_vault):
    with pytest.raises(VaultError) as caught:
        demo_vault.repo.import_data({"format": "something/2", "loans": []})
    assert caught.value.code == "import.format"


def test_a_late_failure_rolls_back_the_whole_import(demo_vault, exported):
    """Every record passes its own check, but the last insert fails: nothing stays."""
    before = _snapshot(demo_vault)
    exported["documents"][0]["loan_id"] = 1
    original = demo_vault.repo.insert
    calls = []

    def failing_insert(session, record):
        calls.append(record)
        if isinstance(record, r.DocumentRecord):
            raise VaultError("vault.disk_full")
        return original(session, record)

    demo_vault.repo.insert = failing_insert
    with pytest.raises(VaultError):
        demo_vault.repo.import_data(exported)
    del demo_vault.repo.insert
    assert len(calls) > 40
    assert _snapshot(demo_vault) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.sampled_from(["1.00", "2025-01-01", "platform", "-1"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=10,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_documents_never_crash_and_never_half_import(demo_vault, exported, data):
    document = copy.deepcopy(exported)
    section = data.draw(st.sampled_from([k for k, v in document.items() if isinstance(v, list) and v]))
    index = data.draw(st.integers(0, len(document[section]) - 1))
    entry = document[section][index]
    key = data.draw(st.sampled_from(sorted(entry)))
    entry[key] = data.draw(json_values)
    before = demo_vault.repo.count(r.Loan), demo_vault.repo.count(r.ContactEntry)
    try:
        counts = demo_vault.repo.import_data(document)
    except (VaultError, ImportRefused) as refused:
        assert refused.message("en")
        assert (demo_vault.repo.count(r.Loan), demo_vault.repo.count(r.ContactEntry)) == before
    else:
        assert demo_vault.repo.count(r.Loan) == before[0] + counts["loans"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=json_values)
def test_garbage_documents_are_refused(tmp_vault, document):
    with pytest.raises(VaultError):
        tmp_vault.repo.import_data(document)
    assert tmp_vault.repo.count(r.Loan) == 0
