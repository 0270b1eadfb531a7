"""Payment allocation: Civil Code art. 561 by default, a contract's order when given."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.allocation import PARTS, AllocationError, Due, allocate
from app.core.money import Money

DUE = Due(fees=Money(5000), penalty=Money(1200), interest=Money(30000), principal=Money(500000))


def test_default_order_fees_penalty_interest_principal():
    split = allocate(Money(40000), DUE)
    assert (split.fees, split.penalty, split.interest, split.principal, split.surplus) == (
        Money(5000), Money(1200), Money(30000), Money(3800), Money(0),
    )  # fmt: skip


def test_partial_payment_stops_at_interest():
    split = allocate(Money(6000), DUE)
    assert (split.fees, split.penalty, split.interest, split.principal) == (Money(5000), Money(1000), Money(0), Money(0))


def test_contract_order():
    split = allocate(Money(40000), DUE, ("principal", "interest", "penalty", "fees"))
    assert (split.principal, split.interest) == (Money(40000), Money(0))


def test_surplus_after_everything():
    split = allocate(Money(600000), DUE)
    assert split.applied == DUE.total
    assert split.surplus == Money(600000) - DUE.total


@pytest.mark.parametrize("order", [("fees", "interest", "principal"), ("fees", "fees", "interest", "principal"), ("a", "b", "c", "d")])
def test_bad_orders_are_refused(order):
    with pytest.raises(AllocationError) as caught:
        allocate(Money(1), DUE, order)
    assert caught.value.code == "allocation.order"


def test_negative_payment_refused():
    with pytest.raises(AllocationError):
        allocate(Money(-1), DUE)


@given(
    amount=st.integers(0, 10**9),
    parts=st.tuples(*[st.integers(0, 10**8)] * 4),
    order=st.permutations(PARTS),
)
def test_split_never_exceeds_what_is_due_and_adds_up(amount, parts, order):
    due = Due(*(Money(p) for p in parts))
    split = allocate(Money(amount), due, tuple(order))
    assert split.applied + split.surplus == Money(amount)
    for name in PARTS:
        assert 0 <= getattr(split, name).fen <= getattr(due, name).fen
    assert split.surplus.fen == max(0, amount - due.total.fen)
