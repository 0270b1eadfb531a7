"""Schema migrations: numbered modules `mNNNN_name.py`, each with `upgrade(connection)`.

The schema version lives in `PRAGMA user_version`; step N brings a vault from N-1 to N.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection

_NAME = re.compile(r"^m(\d{4})_\w+$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[Connection], None]


def discover(package: str = __name__) -> tuple[Migration, ...]:
    """The package's migrations in order; numbers must run 1, 2, 3 … without gaps."""
    module = importlib.import_module(package)
    found = []
    for info in pkgutil.iter_modules(module.__path__):
        match = _NAME.match(info.name)
        if match:
            step = importlib.import_module(f"{package}.{info.name}")
            found.append(Migration(int(match.group(1)), info.name, step.upgrade))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations in {package} are not numbered 1..N: {[m.name for m in found]}")
    return tuple(found)


def pending(current: int, migrations: tuple[Migration, ...]) -> tuple[Migration, ...]:
    return tuple(m for m in migrations if m.version > current)


def apply(connection: Connection, steps: tuple[Migration, ...]) -> None:
    """Run the steps inside the caller's transaction and record the new version."""
    for step in steps:
        step.upgrade(connection)
        connection.exec_driver_sql(f"PRAGMA user_version = {int(step.version)}")
