"""The layering rules of DESIGN.md, checked on the source with `ast` so they cannot silently rot."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"

QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "sqlcipher3")
UPPER_LAYERS_OF_CORE = ("app.store", "app.ui", "app.documents", "app.charts", "app.services", "app.cli")
# DESIGN.md's order: core < store, documents, charts < services < cli, ui. A package may import its
# own layer's package and lower layers only (peers such as store and documents stay apart).
LAYERS = {
    "app.core": 0,
    "app.store": 1, "app.documents": 1, "app.charts": 1,
    "app.services": 2,
    "app.cli": 3, "app.ui": 3,
}  # fmt: skip


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module a source file imports, relative imports resolved, `importlib.import_module("x")` included."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            prefix = ".".join([*base, node.module] if node.module else base)
            found.add(prefix)
            found.update(f"{prefix}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and _dynamic_import_target(node):
            found.add(_dynamic_import_target(node))
    return found


def _dynamic_import_target(call: ast.Call) -> str | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name in ("import_module", "__import__") and call.args and isinstance(call.args[0], ast.Constant):
        value = call.args[0].value
        return value if isinstance(value, str) else None
    return None


def float_calls(source: str) -> list[int]:
    """Line numbers of `float(...)` calls."""
    return sorted(
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "float"
    )


def matches(name: str, roots: tuple[str, ...]) -> bool:
    return any(name == root or name.startswith(root + ".") for root in roots)


def sources(*layers: str) -> list[Path]:
    folders = [APP / layer for layer in layers] if layers else [APP]
    return sorted(path for folder in folders if folder.exists() for path in folder.rglob("*.py"))


def violations(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in files:
        imports = imported_modules(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")
        found += [f"{path.relative_to(ROOT)} imports {name}" for name in sorted(imports) if matches(name, forbidden)]
    return found


def test_the_checker_sees_every_kind_of_import():
    source = (
        "import PySide6.QtCore\n"
        "from sqlalchemy.orm import Session\n"
        "from ..ui import window\n"
        "from . import money\n"
        "def late():\n"
        "    import importlib\n"
        "    importlib.import_module('app.charts.payoff')\n"
    )
    found = imported_modules(source, "app.core.budget")
    assert {"PySide6.QtCore", "sqlalchemy.orm", "app.ui", "app.ui.window", "app.core.money", "app.charts.payoff"} <= found
    assert imported_modules("from .vault import Vault", "app.store", is_package=True) >= {"app.store.vault"}
    assert matches("PySide6.QtWidgets", QT) and not matches("PySide6x", QT)


def test_the_checker_finds_float_calls_but_not_other_names():
    assert float_calls("x = 1\ny = float(x)\nz = floaty(x)\nw = Decimal(str(float(y)))\n") == [2, 4]


def test_the_app_package_is_there():
    assert len(sources("core")) >= 3


def test_core_imports_neither_qt_nor_sqlalchemy_nor_upper_layers():
    assert violations(sources("core"), QT + SQL + UPPER_LAYERS_OF_CORE) == []


def test_only_the_ui_imports_qt():
    outside_ui = [path for path in sources() if not path.is_relative_to(APP / "ui")]
    assert violations(outside_ui, QT) == []


def test_only_the_store_uses_sqlalchemy():
    outside_store = [path for path in sources() if not path.is_relative_to(APP / "store")]
    assert violations(outside_store, SQL) == []


def test_each_layer_imports_only_itself_and_lower_layers():
    found = []
    for package, level in LAYERS.items():
        allowed_above = {other for other, other_level in LAYERS.items() if other_level < level} | {package}
        forbidden = tuple(other for other in LAYERS if other not in allowed_above)
        found += violations(sources(package.removeprefix("app.")), forbidden)
    assert found == []


def test_the_core_never_takes_a_repository():
    """Core functions take plain data: no parameter named repo (the services read the vault)."""
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"
        for path in sources("core")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and any(arg.arg in ("repo", "repository") for arg in node.args.args + node.args.kwonlyargs)
    ]
    assert found == []


def test_lower_layers_do_not_import_the_ui():
    assert violations(sources("cli", "store", "documents", "charts"), ("app.ui",)) == []


@pytest.mark.parametrize("layer", ["core", "store", "documents", "services"])
def test_no_float_where_money_is_handled(layer):
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sources(layer)
        for line in float_calls(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "money is Money / int fen / Decimal, never float"


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_importing_the_cli_and_money_loads_no_qt():
    result = _python("import app.cli, app.core.money; import sys; assert 'PySide6' not in sys.modules")
    assert result.returncode == 0, result.stderr


def test_building_the_cli_parser_loads_no_qt():
    result = _python("import app.cli, sys; app.cli.build_parser(); assert 'PySide6' not in sys.modules, 'Qt loaded'")
    assert result.returncode == 0, result.stderr


def test_importing_all_of_core_loads_neither_qt_nor_sqlalchemy():
    code = (
        "import importlib, pkgutil, sys, app.core\n"
        "for info in pkgutil.walk_packages(app.core.__path__, 'app.core.'):\n"
        "    importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in ('PySide6', 'sqlalchemy') if m in sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr


# app/private_files.py: the one writer of files with personal data, a base module beside the layers.
BASE_MODULES = ("app.private_files",)


def test_private_files_is_a_standard_library_module_that_imports_nothing_from_app():
    path = APP / "private_files.py"
    imports = imported_modules(path.read_text(encoding="utf-8"), module_name(path))
    assert [name for name in imports if matches(name, ("app",))] == []
    assert sorted(name for name in imports if name.split(".")[0] not in sys.stdlib_module_names | {"__future__"}) == []


def test_private_files_is_used_by_the_layers_that_write_files_and_not_by_core():
    assert violations(sources("core"), BASE_MODULES) == []
    users = {path.relative_to(APP).parts[0] for path in sources("store", "documents", "services", "cli", "ui")
             if violations([path], BASE_MODULES)}
    assert {"store", "documents", "cli"} <= users
