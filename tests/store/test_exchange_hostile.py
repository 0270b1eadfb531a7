"""Hostile import files: refused in one line naming the place, the vault unchanged; and what is
accepted can be computed by every later command."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.core import records as r
from app.store.exchange import ImportRefused, export_vault, load_json, parse
from app.store.vault import VaultError


@pytest.fixture
def document(demo_vault) -> dict:
    return export_vault(demo_vault.repo)


def _refusal(document) -> str:
    with pytest.raises(VaultError) as caught:
        parse(document)
    return caught.value.message("en")


def test_deep_nesting_is_refused_not_a_recursion_error():
    with pytest.raises(VaultError) as caught:
        load_json(b"[" * 100_000 + b"]" * 100_000)
    assert caught.value.code == "import.too_deep"
    nested = {"format": "repaydesk/1", "settings": {"a": [[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]}}
    with pytest.raises(VaultError) as caught:
        parse(nested)
    assert caught.value.code == "import.too_deep"


def test_an_integer_of_5000_digits_is_refused():
    with pytest.raises(VaultError) as caught:
        load_json(b'{"format": "repaydesk/1", "loans": [{"id": ' + b"9" * 5000 + b"}]}")
    assert caught.value.code == "import.not_json"
    assert len(caught.value.message("en")) < 300


@pytest.mark.parametrize(
    ("text", "problem"),
    [("\ud800", "not valid Unicode"), ("闪借\x00花", "control character"), ("a\x1bb", "control character")],
)
def test_bad_text_is_refused_naming_the_field(document, text, problem):
    document["loans"][1]["lender"] = text
    message = _refusal(document)
    assert message.startswith("loans[1].lender: ") and problem in message


def test_tabs_and_newlines_are_text(document):
    document["loans"][0]["notes"] = "第一行\n\t第二行\r\n"
    parse(document)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("rate_percent", "1e-999999"),
        ("rate_percent", "1000000000000000"),
        ("rate_percent", "1001"),
        ("first_due_date", "9999-12-31"),
        ("contract_date", "0001-01-01"),
    ],
)
def test_values_no_command_could_compute_are_refused(document, field, value):
    document["loans"][0][field] = value
    message = _refusal(document)
    assert message.startswith(f"loans[0].{field}: ")


def test_a_daily_rate_counts_at_its_yearly_size(document):
    loan = document["loans"][0]
    loan.update(rate_basis="daily", rate_percent="2.73")
    parse(document)
    loan["rate_percent"] = "2.75"
    assert "0 to 2.73" in _refusal(document)


def test_a_nul_in_a_settings_key_is_refused(document):
    document["settings"]["bad\x00key"] = "1"
    assert _refusal(document).startswith("settings.")


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("REPAYDESK_PASSWORD", "cli-pass")
    monkeypatch.setenv("REPAYDESK_LANG", "en")


def test_every_command_computes_a_vault_filled_at_the_edges_of_what_import_accepts(env, document, tmp_path, capsys):
    edge = copy.deepcopy(document)
    extremes = [
        {"rate_basis": "daily", "rate_percent": "2.73", "penalty_rate_percent": "2.73"},
        {"rate_basis": "monthly", "rate_percent": "83.33"},
        {"rate_percent": "1000", "contract_date": "1900-01-01", "first_due_date": "1900-02-01", "instalments": 1200},
        {"rate_percent": "0.0000000001", "contract_date": "2199-10-01", "first_due_date": "2199-11-01"},
    ]
    for loan, changes in zip(edge["loans"], extremes, strict=False):
        loan.update(changes)
    contract = {loan["id"]: loan["contract_date"] for loan in edge["loans"]}
    edge["payments"] = [p for p in edge["payments"] if p["paid_on"] >= contract[p["loan_id"]]]  # refused otherwise
    source = tmp_path / "edge.json"
    source.write_text(json.dumps(edge, ensure_ascii=False), encoding="utf-8")
    vault = tmp_path / "v.repaydesk"
    assert main(["vault", "init", "--allow-weak", "--vault", str(vault)]) == 0
    assert main(["import", "--vault", str(vault), str(source)]) == 0
    for command in (["loans"], ["budget"], ["doc", "statement", "--out", str(tmp_path / "s.docx")], ["vault", "check"]):
        assert main([*command, "--vault", str(vault)]) == 0, capsys.readouterr().err
    assert "Traceback" not in capsys.readouterr().err


FUZZ = {"load_json": 0, "parse": 0}


@settings(max_examples=150, deadline=None)
@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_fuzzed_bytes_only_ever_raise_vault_errors(raw):
    FUZZ["load_json"] += 1
    try:
        parse(load_json(raw))
    except VaultError as refused:
        assert refused.message("en") and refused.message("zh_CN")


hostile_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.floats() | st.text(max_size=20)
    | st.sampled_from(["1e-999999", "9999-12-31", "\ud800", "\x00", "NaN", "-0", "1E+999", "2199-12-31T23:59:59"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_fields_are_refused_or_imported_whole(document, data):
    mutated = copy.deepcopy(document)
    section = data.draw(st.sampled_from(["loans", "payments", "contacts", "income", "expenses"]))
    entry = data.draw(st.sampled_from(mutated[section]))
    entry[data.draw(st.sampled_from(sorted(entry)))] = data.draw(hostile_values)
    FUZZ["parse"] += 1
    try:
        parse(mutated)
    except (VaultError, ImportRefused) as refused:
        assert refused.message("en")


def test_a_refused_import_leaves_the_vault_as_it_was(demo_vault):
    before = export_vault(demo_vault.repo)
    broken = copy.deepcopy(before)
    broken["loans"][2]["lender"] = "\ud800"
    with pytest.raises(VaultError):
        demo_vault.repo.import_data(broken)
    assert export_vault(demo_vault.repo) == before
    assert demo_vault.repo.count(r.Loan) == len(before["loans"])


def test_a_payment_before_its_loans_contract_is_refused_like_the_dialog_refuses_it(document):
    payment = document["payments"][0]
    loan = next(loan for loan in document["loans"] if loan["id"] == payment["loan_id"])
    payment["paid_on"] = "2000-01-01"
    assert loan["contract_date"] > "2000-01-01"
    message = _refusal(document)
    assert message.startswith("payments[0].paid_on: ") and "\n" not in message
    assert "contract" in message
