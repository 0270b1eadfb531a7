"""Every vault access from the GUI, in the manner of Anki's QueryOp/CollectionOp.

`query(ctx, fn, on_done)` runs `fn(repo)` on the one thread that owns the vault connection and
hands its result to `on_done` on the UI thread. `write(ctx, fn, changes, on_done)` does the same
for a change, then (after `on_done`) emits `ctx.data_changed(kind)` once for each kind in `changes`, so pages that
show that kind reload. `fn` must return plain (frozen) records and never touch a widget.

A failure reaches `on_error` on the UI thread when given, else a warning box in the user's
language (the app's own errors and OSError) or the unexpected-error dialog (anything else).
If the vault was locked in the meantime, results are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.services import Repository
    from app.ui.context import AppContext

T = TypeVar("T")


def query(
    ctx: AppContext,
    fn: Callable[[Repository], T],
    on_done: Callable[[T], None] | None = None,
    *,
    parent: QWidget | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Read from the vault on the vault thread; `on_done(result)` runs on the UI thread."""
    _submit(ctx, fn, on_done, on_error, parent, changes=())


def write(
    ctx: AppContext,
    fn: Callable[[Repository], T],
    changes: str | Iterable[str],
    on_done: Callable[[T], None] | None = None,
    *,
    parent: QWidget | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Change the vault on the vault thread, then announce `changes` and call `on_done(result)`."""
    kinds = (changes,) if isinstance(changes, str) else tuple(changes)
    _submit(ctx, fn, on_done, on_error, parent, changes=kinds)


def _submit(ctx, fn, on_done, on_error, parent, changes: tuple[str, ...]) -> None:
    vault = ctx.vault
    if vault is None:
        return

    def run() -> Any:
        return fn(vault.repo)

    def done(result: Any) -> None:
        if ctx.vault is not vault:
            return
        if on_done is not None:  # the caller settles its own widgets first (e.g. closes the saved form) …
            on_done(result)
        for kind in changes:  # … then every page showing that kind reloads
            ctx.data_changed.emit(kind)

    def failed(error: BaseException) -> None:
        if ctx.vault is not vault and not changes:
            return
        if on_error is not None:
            on_error(error)
        else:
            from app.ui.errors import show_error

            show_error(parent, error, ctx.lang)

    ctx.vault_worker.run(run, done, failed)
