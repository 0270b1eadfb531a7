"""Shared fixtures: fast key derivation for test vaults, a fresh vault, the demo vault."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from app.core.messages import STRICT_ENV
from app.store.engine import FAST_KDF_ENV
from app.store.vault import Vault

DEMO_TODAY = dt.date(2025, 3, 31)

os.environ[STRICT_ENV] = "1"  # in tests an unknown message code or a missing parameter raises (subprocesses too)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test vaults use 4 000 PBKDF2 iterations; one test checks real vaults keep the standard."""
    monkeypatch.setenv(FAST_KDF_ENV, "1")


@pytest.fixture
def vault_password() -> str:
    return "correct horse 电池 'staple'"


@pytest.fixture
def tmp_vault(tmp_path, vault_password):
    vault = Vault.create(tmp_path / "test.repaydesk", vault_password)
    yield vault
    vault.close()


@pytest.fixture
def demo_vault(tmp_vault):
    from app.store.demo import fill_demo

    fill_demo(tmp_vault.repo, DEMO_TODAY)
    return tmp_vault


# Property tests draw the same examples on every run (CI must not fail on a case a local run never saw);
# HYPOTHESIS_PROFILE=explore draws new ones.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True)
_hypothesis_settings.register_profile("explore", derandomize=False)
_hypothesis_settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "ci"))
