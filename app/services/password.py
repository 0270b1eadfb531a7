"""The user's own data that a vault password must not be built from (for the strength estimate)."""

from __future__ import annotations

from app.core import records as r


def personal_data(repo) -> tuple[str, ...]:
    """Name, phone and ID number from the profile, and every lender's name."""
    profile = repo.get_profile()
    lenders = [loan.lender for loan in repo.list(r.Loan)]
    return tuple(value for value in (profile.full_name, profile.phone, profile.id_number, *lenders) if value)


def personal_forms(repo) -> tuple[str, ...]:
    """The forms of that data an attacker who knows the user tries first (pinyin, digits, birthday).

    zxcvbn and pypinyin are imported here, on first use, so that loading the main window does not pay for them.
    """
    from app.core import password_strength as ps

    return ps.personal_words(personal_data(repo), ps.shipped_word_lists())
