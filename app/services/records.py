"""Adding, changing and deleting one record of any kind, with undo of a delete."""

from __future__ import annotations

from typing import TypeVar

R = TypeVar("R")


def save(repo, record: R) -> R:
    """Add the record when it has no id yet, else replace the stored one; returns it with its id."""
    return repo.add(record) if record.id is None else repo.update(record)


def delete(repo, kind: type, record_id: int):
    """Remove a record and what depends on it; the returned `Deleted` undoes it."""
    return repo.delete(kind, record_id)


def undelete(repo, deleted) -> None:
    repo.undelete(deleted)
