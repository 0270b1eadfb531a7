"""The generic document form gives back exactly what it was filled with, for every document type."""

from __future__ import annotations

import pytest

from app.core.messages import CodedError
from app.services import documents as service
from app.ui.documents.form import DataForm
from tests.conftest import DEMO_TODAY


@pytest.mark.parametrize("kind", service.KINDS)
def test_every_type_round_trips_through_the_form(qtbot, demo_vault, kind):
    draft = service.gather(demo_vault.repo, kind, DEMO_TODAY, "zh_CN")
    form = DataForm(draft.data)
    qtbot.addWidget(form)
    assert form.value() == draft.data


def test_rows_and_optional_groups_are_edited(qtbot, demo_vault):
    data = service.gather(demo_vault.repo, "request", DEMO_TODAY).data
    form = DataForm(data)
    qtbot.addWidget(form)
    table = form.editors["proposal.rows"].table
    table.item(0, 2).setText("1000")
    form.editors["proposal.rows"].remove_row()
    lawful = form.editors["outstanding.lawful"]
    lawful.setChecked(True)
    form.editors["outstanding.lawful.principal"].setText("5000")
    edited = form.value()
    assert edited.proposal.rows[0].amount.plain() == "1000.00" and len(edited.proposal.rows) == 11
    assert edited.outstanding.lawful.principal.plain() == "5000.00"
    table.item(1, 1).setText("2025-02-30")
    with pytest.raises(CodedError) as caught:
        form.value()
    assert "Row 2" in caught.value.message("en") and "2025-02-30" in caught.value.message("en")


def test_the_schedule_total_can_be_spread_over_another_count(qtbot, demo_vault):
    data = service.gather(demo_vault.repo, "agreement", DEMO_TODAY).data
    form = DataForm(data, "en")
    qtbot.addWidget(form)
    rows = form.editors["proposal.rows"]
    rows.spread_count.setValue(24)
    rows.spread_button.click()
    spread = form.value().proposal.rows
    assert len(spread) == 24 and sum(r.amount.fen for r in spread) == data.proposal.total.fen
    assert spread[0].due_date == data.proposal.rows[0].due_date and spread[-1].period == 24
