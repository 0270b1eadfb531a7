#!/usr/bin/env python3
"""One command to run or test RepayDesk from a checkout, on Linux, macOS and Windows.

    python3 installers/bootstrap.py run [app args...]      # e.g. run --demo
    python3 installers/bootstrap.py test [pytest args...]

On first use it sets up what is missing, then hands over to the app or to pytest:
Qt's system libraries and CJK fonts on Debian-like Linux (apt-get, as root), a `.venv`
in the checkout with the project installed (`pip install -e ".[test]"`), and the
compiled translations. Later runs skip every step that is already current.
Standard library only, so it runs on a bare Python 3.11.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

MIN_PYTHON = (3, 11)
ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / ".repaydesk-setup"
TRANSLATIONS = ROOT / "resources" / "translations"
I18N_SCRIPT = ROOT / "installers" / "i18n.py"

# Debian package -> a library it provides (loaded to check where dpkg is not available).
QT_SYSTEM_PACKAGES = {
    "libegl1": "libEGL.so.1",
    "libgl1": "libGL.so.1",
    "libglib2.0-0": "libglib-2.0.so.0",
    "libdbus-1-3": "libdbus-1.so.3",
    "libfontconfig1": "libfontconfig.so.1",
    "libfreetype6": "libfreetype.so.6",
    "libxkbcommon0": "libxkbcommon.so.0",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
    "libx11-6": "libX11.so.6",
    "libx11-xcb1": "libX11-xcb.so.1",
    "libxrender1": "libXrender.so.1",
    "libxcb1": "libxcb.so.1",
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-randr0": "libxcb-randr.so.0",
    "libxcb-render0": "libxcb-render.so.0",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxcb-shm0": "libxcb-shm.so.0",
    "libxcb-sync1": "libxcb-sync.so.1",
    "libxcb-xfixes0": "libxcb-xfixes.so.0",
    "libxcb-xkb1": "libxcb-xkb.so.1",
}
FONT_PACKAGES = ("fonts-noto-cjk",)
# Only for `test`: the document tests convert .docx to PDF and read its text back.
TEST_PACKAGES = ("libreoffice-writer-nogui", "poppler-utils")

USAGE = """usage: python3 installers/bootstrap.py run [app args...]    set up on first use, start RepayDesk
       python3 installers/bootstrap.py test [pytest args...]  set up on first use, run the test suite"""


def progress(message: str) -> None:
    print(f"[setup] {message}", flush=True)


class SetupFailed(Exception):
    """A set-up step failed; the message says what to do."""


# --- system libraries (Linux) -------------------------------------------------


def missing_debian_packages(packages: list[str]) -> list[str]:
    """The packages dpkg does not list as installed (Ubuntu's renamed `<name>t64` counts as installed)."""
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Abbrev}\n", *packages, *(name + "t64" for name in packages)],
        capture_output=True,
        text=True,
    )
    installed = {
        line.split()[0]
        for line in result.stdout.splitlines()
        if len(line.split()) >= 2 and line.split()[1].startswith("ii")
    }
    return [name for name in packages if name not in installed and name + "t64" not in installed]


def unloadable_libraries(sonames: list[str]) -> list[str]:
    import ctypes

    missing = []
    for soname in sonames:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def run_quietly(command: list[str]) -> None:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
        raise SetupFailed(f"`{' '.join(command)}` failed (exit {result.returncode}):\n{tail}")


def ensure_system_packages(extra: tuple[str, ...] = ()) -> None:
    """Install Qt's shared libraries and CJK fonts (and `extra` packages) with apt-get when they are missing."""
    if not sys.platform.startswith("linux"):
        return
    wanted = [*QT_SYSTEM_PACKAGES, *FONT_PACKAGES, *extra]
    if not shutil.which("dpkg-query"):
        missing_libs = unloadable_libraries(list(QT_SYSTEM_PACKAGES.values()))
        if missing_libs:
            progress("Qt may not start: these system libraries are missing: " + " ".join(missing_libs))
            progress("install them (and a CJK font such as Noto Sans CJK) with your package manager")
        return
    missing = missing_debian_packages(wanted)
    if not missing:
        return
    apt_line = "apt-get install -y --no-install-recommends " + " ".join(missing)
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        progress("Qt's system libraries or CJK fonts are missing; install them with:")
        print(f"    sudo apt-get update && sudo {apt_line}", flush=True)
        progress("continuing without them (the app or its tests may fail to start)")
        return
    progress(f"installing Qt system libraries and CJK fonts ({len(missing)} Debian packages)…")
    try:
        run_quietly(["apt-get", "update", "-qq"])
        run_quietly(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing])
    except SetupFailed as exc:
        progress(f"could not install system packages: {exc}")
        progress(f"continuing; to retry by hand: apt-get update && {apt_line}")


# --- virtual environment -----------------------------------------------------


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_is_healthy() -> bool:
    python = venv_python()
    if not python.exists():
        return False
    probe = subprocess.run(
        [str(python), "-c", "import sys, pip; print('%d.%d' % sys.version_info[:2])"],
        capture_output=True,
        text=True,
    )
    return probe.returncode == 0 and probe.stdout.strip() == "%d.%d" % sys.version_info[:2]


def setup_fingerprint() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_venv() -> Path:
    """Create `.venv` (again, if broken) and install the project into it unless the stamp is current."""
    if not venv_is_healthy():
        if VENV.exists():
            progress("the virtual environment .venv is broken or from another Python; re-creating it…")
            shutil.rmtree(VENV)
        else:
            progress(f"creating the virtual environment .venv (Python {sys.version.split()[0]})…")
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
        if result.returncode != 0:
            raise SetupFailed(
                "could not create .venv; on Debian/Ubuntu install the venv module: apt-get install python3-venv"
            )
    fingerprint = setup_fingerprint()
    if STAMP.exists() and STAMP.read_text(encoding="utf-8").strip() == fingerprint:
        return venv_python()
    progress("installing RepayDesk and its Python packages into .venv (the first time takes a few minutes)…")
    STAMP.unlink(missing_ok=True)
    command = [str(venv_python()), "-m", "pip", "install", "-qq", "--progress-bar", "off", "-e", ".[test]"]
    if subprocess.run(command, cwd=ROOT, stdin=subprocess.DEVNULL).returncode != 0:
        raise SetupFailed("pip could not install the project into .venv (see pip's message above)")
    STAMP.write_text(fingerprint + "\n", encoding="utf-8")
    return venv_python()


# --- translations ------------------------------------------------------------


def stale_translations() -> list[Path]:
    stale = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            stale.append(source)
    return stale


def ensure_translations(python: Path) -> None:
    """Compile `.ts` to `.qm` with installers/i18n.py when any `.qm` is missing or older."""
    stale = stale_translations()
    if not stale:
        return
    progress(f"compiling translations ({', '.join(path.name for path in stale)})…")
    if subprocess.run([str(python), str(I18N_SCRIPT), "compile"], cwd=ROOT).returncode != 0:
        raise SetupFailed("compiling the translations failed (see the message above)")


# --- hand-over ---------------------------------------------------------------


def has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def hand_over(command: list[str], env: dict[str, str]) -> int:
    """Replace this process with `command` (POSIX); on Windows run it and pass on its exit code."""
    os.chdir(ROOT)
    sys.stdout.flush()
    if os.name == "nt":
        return subprocess.run(command, env=env).returncode
    os.execve(command[0], command, env)
    return 1  # not reached


def run_app(python: Path, app_args: list[str]) -> int:
    env = dict(os.environ)
    if not has_display() and "QT_QPA_PLATFORM" not in env:
        progress("no display found (DISPLAY/WAYLAND_DISPLAY unset): the window cannot open here;")
        progress("set QT_QPA_PLATFORM=offscreen for a headless run")
    return hand_over([str(python), "-m", "app", *app_args], env)


def run_tests(python: Path, pytest_args: list[str]) -> int:
    env = dict(os.environ, REPAYDESK_TEST_FAST_KDF="1")
    if not has_display():
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return hand_over([str(python), "-m", "pytest", "-q", *pytest_args], env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(USAGE, file=sys.stderr)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    if sys.version_info < MIN_PYTHON:
        print(f"RepayDesk needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; this is {sys.version.split()[0]}.",
              file=sys.stderr)
        return 1
    command, rest = argv[0], argv[1:]
    try:
        ensure_system_packages(TEST_PACKAGES if command == "test" else ())
        python = ensure_venv()
        ensure_translations(python)
    except SetupFailed as exc:
        print(f"[setup] failed: {exc}", file=sys.stderr)
        return 1
    if command == "run":
        return run_app(python, rest)
    return run_tests(python, rest)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
