"""Splitting a payment over what is due: by default fees → penalty → interest → principal.

The default follows Civil Code art. 561 (expenses of enforcing the debt, then interest, then
the principal), with penalty interest (罚息) counted as interest ahead of the contractual
interest; a contract may agree another order, passed as `order`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.messages import CodedError
from app.core.money import Money

PARTS = ("fees", "penalty", "interest", "principal")
DEFAULT_ORDER = PARTS


class AllocationError(CodedError, ValueError):
    """An order that does not name every part exactly once."""


@dataclass(frozen=True, slots=True)
class Due:
    """What is owed, by part."""

    fees: Money = Money(0)
    penalty: Money = Money(0)
    interest: Money = Money(0)
    principal: Money = Money(0)

    @property
    def total(self) -> Money:
        return self.fees + self.penalty + self.interest + self.principal


@dataclass(frozen=True, slots=True)
class Allocation:
    """How a payment was split; `surplus` is what was left after everything due was covered."""

    fees: Money = Money(0)
    penalty: Money = Money(0)
    interest: Money = Money(0)
    principal: Money = Money(0)
    surplus: Money = Money(0)

    @property
    def applied(self) -> Money:
        return self.fees + self.penalty + self.interest + self.principal


def allocate(amount: Money, due: Due, order: tuple[str, ...] = DEFAULT_ORDER) -> Allocation:
    """Apply `amount` to each part of `due` in `order` until it runs out."""
    if sorted(order) != sorted(PARTS):
        raise AllocationError("allocation.order")
    if amount.fen < 0:
        raise AllocationError("money.negative")
    left = amount.fen
    split: dict[str, Money] = {}
    for part in order:
        take = min(left, max(getattr(due, part).fen, 0))
        split[part] = Money(take)
        left -= take
    return Allocation(surplus=Money(left), **split)
