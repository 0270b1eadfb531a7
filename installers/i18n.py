"""Qt translations: `update` (lupdate app/ui → .ts), `compile` (lrelease → .qm), `check` (exit 1 when unfinished).

    python installers/i18n.py update|compile|check
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"repaydesk_{lang}.ts"


def tool(name: str) -> str:
    """pyside6-<name> beside this Python (pyside6-<name>.exe in a Windows venv's Scripts), else on PATH."""
    for suffix in ("", ".exe"):
        candidate = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it ships with PySide6)")
    return found


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([tool("lupdate"), "-locations", "none", "-no-obsolete", *source_files(), "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def update() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        lupdate(ts_path(lang))
        print(ts_path(lang).relative_to(ROOT))
    return 0


def compile_all() -> int:
    for lang in LANGUAGES:
        ts = ts_path(lang)
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(ts.with_suffix(".qm").relative_to(ROOT))
    return 0


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every current message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append((name, message.findtext("source", ""), message.find("translation")))
    return found


def _translated(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((translation.text or "").strip())


def problems(lang: str, rescan: bool = True) -> list[str]:
    """Unfinished entries in the .ts, and (with rescan) source strings the .ts does not have yet."""
    ts = ts_path(lang)
    if not ts.exists():
        return [f"{ts.relative_to(ROOT)} is missing (run: python installers/i18n.py update)"]
    found: list[str] = []
    current = messages(ts)
    for context, source, translation in current:
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        if not _translated(translation):
            found.append(f"{lang}: unfinished [{context}] {source!r}")
    if rescan:
        known = {(context, source) for context, source, _ in current}
        with tempfile.TemporaryDirectory() as scratch:
            fresh = Path(scratch) / "fresh.ts"
            lupdate(fresh)
            found += [f"{lang}: missing [{context}] {source!r}" for context, source, _ in messages(fresh)
                      if (context, source) not in known]
    return found


def check() -> int:
    found = [line for lang in LANGUAGES for line in problems(lang)]
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} translation problem(s); edit the .ts (or run: python installers/i18n.py update)")
        return 1
    print("translations complete")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    commands = {"update": update, "compile": compile_all, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__.strip())
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    raise SystemExit(main())
