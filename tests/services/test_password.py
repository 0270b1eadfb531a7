"""The user's own data for the password-strength check comes from the profile and the loans."""

from __future__ import annotations

from app.core import records as r
from app.services.password import personal_data, personal_forms


def test_profile_and_lenders_become_pinyin_and_digits(demo_vault):
    demo_vault.repo.set_profile(r.Profile(full_name="张小明", phone="138 0000 0000", id_number="11010119900307123X"))
    data = personal_data(demo_vault.repo)
    assert data[:3] == ("张小明", "138 0000 0000", "11010119900307123X")
    assert set(data[3:]) == {loan.lender for loan in demo_vault.repo.list(r.Loan)} and len(data) > 3
    forms = set(personal_forms(demo_vault.repo))
    assert {"zhangxiaoming", "xiaoming", "zxm", "13800000000", "19900307", "0307"} <= forms
