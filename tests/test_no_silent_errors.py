"""No bare or silent catch-all in app/: a handler for Exception or BaseException (or a bare
`except:`) must re-raise or hand the caught error on (to show_error, a failure callback …)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
BROAD = {"Exception", "BaseException"}


def _broad(handler: ast.ExceptHandler) -> bool:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(kind, ast.Name) and kind.id in BROAD for kind in kinds)


def _uses_or_reraises(handler: ast.ExceptHandler) -> bool:
    for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
        if isinstance(node, ast.Raise):
            return True
        if handler.name and isinstance(node, ast.Name) and node.id == handler.name:
            return True
    return False


def silent_handlers(source: str) -> list[int]:
    """Line numbers of bare `except:` and of catch-alls that neither use the error nor re-raise."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ExceptHandler) and (node.type is None or (_broad(node) and not _uses_or_reraises(node)))
    ]


def test_the_check_sees_silent_handlers():
    assert silent_handlers("try:\n    f()\nexcept Exception:\n    pass\n") == [3]
    assert silent_handlers("try:\n    f()\nexcept:\n    raise\n") == [3]
    assert silent_handlers("try:\n    f()\nexcept (OSError, Exception) as e:\n    return None\n") == [3]
    assert silent_handlers("try:\n    f()\nexcept Exception as e:\n    show_error(None, e, 'en')\n") == []
    assert silent_handlers("try:\n    f()\nexcept BaseException:\n    cleanup()\n    raise\n") == []
    assert silent_handlers("try:\n    f()\nexcept ValueError:\n    pass\n") == []


def test_no_silent_catch_all_in_app():
    found = {
        str(path.relative_to(APP.parent)): lines
        for path in sorted(APP.rglob("*.py"))
        if (lines := silent_handlers(path.read_text(encoding="utf-8")))
    }
    assert found == {}
