"""`repaydesk-cli vault init|passwd` refuse a weak password unless --allow-weak (issue 13)."""

from __future__ import annotations

import io
import sys

import pytest

from app.cli import main
from app.core import records as r
from app.store.vault import Vault

STRONG = "correct horse battery staple"


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("REPAYDESK_LANG", "en")


@pytest.mark.parametrize("password", ["Password1234", "qwer1234!", "zhangwei19900101"])
def test_init_refuses_a_weak_password_in_one_line(env, monkeypatch, tmp_path, capsys, password):
    vault = tmp_path / "v.repaydesk"
    monkeypatch.setenv("REPAYDESK_PASSWORD", password)
    assert main(["vault", "init", "--vault", str(vault)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("repaydesk-cli: This password is too easy to guess: ")
    assert error.endswith("add --allow-weak to use it anyway.\n") and error.count("\n") == 1
    assert not vault.exists()
    assert main(["vault", "init", "--allow-weak", "--vault", str(vault)]) == 0
    with Vault.open(vault, password) as opened:
        assert opened.repo.count(r.Loan) == 0


def test_init_message_in_chinese_and_a_strong_password_needs_no_flag(env, monkeypatch, tmp_path, capsys):
    vault = tmp_path / "v.repaydesk"
    monkeypatch.setenv("REPAYDESK_PASSWORD", "woaini1314")
    assert main(["--lang", "zh_CN", "vault", "init", "--vault", str(vault)]) == 1
    assert capsys.readouterr().err == ("repaydesk-cli: 这个密码太容易被猜中（非常弱：一块游戏显卡不到一分钟就能猜中）。"
                                       "请换一个更强的密码，或加上 --allow-weak 坚持使用。\n")
    monkeypatch.setenv("REPAYDESK_PASSWORD", STRONG)
    assert main(["vault", "init", "--vault", str(vault)]) == 0


def test_too_short_is_refused_even_with_allow_weak(env, monkeypatch, tmp_path, capsys):
    vault = tmp_path / "v.repaydesk"
    monkeypatch.setenv("REPAYDESK_PASSWORD", "Xq7#vL2")
    assert main(["vault", "init", "--allow-weak", "--vault", str(vault)]) == 1
    assert capsys.readouterr().err == "repaydesk-cli: At least 8 characters.\n"
    assert not vault.exists()


def test_passwd_refuses_a_new_password_built_from_the_vaults_own_data(env, monkeypatch, tmp_path, capsys):
    vault = tmp_path / "v.repaydesk"
    with Vault.create(vault, STRONG) as created:
        created.repo.set_profile(r.Profile(full_name="赵思远", phone="139 1234 5678"))
    new = "zhaosiyuan5678"  # strong for a stranger, weak for anyone who knows the owner
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{STRONG}\n{new}\n"))
    assert main(["vault", "passwd", "--vault", str(vault), "--password-stdin"]) == 1
    assert "too easy to guess" in capsys.readouterr().err
    with Vault.open(vault, STRONG):
        pass  # unchanged
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{STRONG}\n{new}\n"))
    assert main(["vault", "passwd", "--allow-weak", "--vault", str(vault), "--password-stdin"]) == 0
    with Vault.open(vault, new) as reopened:
        assert reopened.repo.get_profile().full_name == "赵思远"
