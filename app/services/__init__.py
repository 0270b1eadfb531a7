"""Use cases shared by the GUI and the CLI: one function per user action or query (no Qt).

Every service takes the vault's `Repository` first; a delete returns a `Deleted` that undoes it.
The GUI names these types from here, never from the store (imported for type checking only,
so importing a service stays light).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store.repository import Deleted, Repository  # noqa: F401 — names for the GUI's type hints
    from app.store.vault import Vault  # noqa: F401
