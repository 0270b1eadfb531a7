"""Cheap checks of the packaging: entry points, the PyInstaller spec, the desktop file, the build scripts, the set-up.

The spec's lists live in installers/pyinstaller/bundle_contents.py; the tests under "bundle contents" hold
them against the code and the installed dependencies, so a new resource folder or a dependency with data
files cannot be forgotten silently (checked without building)."""

from __future__ import annotations

import ast
import configparser
import importlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution, packages_distributions
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from app.core.language import SUPPORTED

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
SPEC = INSTALLERS / "pyinstaller" / "repaydesk.spec"
SPEC_LISTS = INSTALLERS / "pyinstaller" / "bundle_contents.py"
DESKTOP = ROOT / "resources" / "linux" / "repaydesk.desktop"
README_TEST_COMMAND = "python3 installers/bootstrap.py test"


def load_bootstrap():
    spec = importlib.util.spec_from_file_location("bootstrap_under_test", INSTALLERS / "bootstrap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entry_points() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {**project.get("scripts", {}), **project.get("gui-scripts", {})}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def spec_strings() -> set[str]:
    return {
        node.value for path in (SPEC, SPEC_LISTS)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Constant)
    }


# --- entry points ------------------------------------------------------------


def test_both_entry_points_are_declared():
    assert entry_points() == {"repaydesk-cli": "app.cli:main", "repaydesk": "app.ui.launch:main"}


@pytest.mark.parametrize("name", ["repaydesk-cli", "repaydesk"])
def test_entry_points_resolve_to_callables(name):
    module_name, attr = entry_points()[name].split(":")
    assert callable(getattr(importlib.import_module(module_name), attr))


def test_the_cli_entry_point_runs_and_reports_its_version():
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"repaydesk-cli {importlib.import_module('app').__version__}"


# --- PyInstaller spec --------------------------------------------------------


def test_the_spec_is_valid_python_and_names_the_app():
    strings = spec_strings()
    assert {"RepayDesk", "RepayDesk.app", "repaydesk_gui.py"} <= strings


def test_the_spec_entry_script_starts_the_gui_main():
    script = SPEC.parent / "repaydesk_gui.py"
    tree = ast.parse(script.read_text(encoding="utf-8"))
    imports = [(node.module, alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names]
    assert imports == [("app.ui.launch", "main")]


def test_the_spec_keeps_the_network_and_web_engine_out():
    strings = spec_strings()
    assert {"PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets"} <= strings
    assert {"qt6network", "qvnc"} <= strings


def test_the_resources_the_bundle_ships_exist():
    resources = ROOT / "resources"
    assert resources.is_dir()
    assert (resources / "translations").is_dir()
    assert (resources / "icons").is_dir()


def test_the_gui_icon_exists_where_the_launcher_looks():
    launch = ROOT / "app" / "ui" / "launch.py"
    assert "repaydesk.svg" in launch.read_text(encoding="utf-8")
    assert (ROOT / "resources" / "icons" / "repaydesk.svg").is_file()


# --- desktop file ------------------------------------------------------------


def test_the_desktop_file_launches_the_bundled_executable():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "RepayDesk"
    assert entry["Terminal"] == "false"
    assert entry["Name[zh_CN]"] == "还款协商助手"
    assert entry["Categories"].endswith(";") and "Finance" in entry["Categories"].split(";")


def test_the_desktop_file_icon_and_name_match_what_the_app_uses():
    entry = desktop_entry()
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    launch = ROOT / "app" / "ui" / "launch.py"
    assert f'setDesktopFileName("{DESKTOP.stem}")' in launch.read_text(encoding="utf-8")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_the_desktop_file_passes_the_freedesktop_validator():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


# --- build scripts and CI ----------------------------------------------------


@pytest.mark.parametrize("script", ["linux/build.sh", "macos/build.sh"])
def test_shell_build_scripts_parse_and_use_the_spec(script):
    path = INSTALLERS / script
    assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0
    text = path.read_text(encoding="utf-8")
    assert "set -euo pipefail" in text
    assert "installers/pyinstaller/repaydesk.spec" in text


def test_the_windows_build_feeds_the_spec_output_to_inno_setup():
    build = (INSTALLERS / "windows" / "build.ps1").read_text(encoding="utf-8")
    iss = (INSTALLERS / "windows" / "repaydesk.iss").read_text(encoding="utf-8")
    assert "installers\\pyinstaller\\repaydesk.spec" in build
    assert "installers\\windows\\repaydesk.iss" in build
    assert "dist\\RepayDesk" in build
    assert 'Source: "{#SourceDir}\\*"' in iss
    assert "Filename: \"{app}\\RepayDesk.exe\"" in iss


def test_ci_runs_exactly_the_readme_test_command():
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert "set -euo pipefail" in ci_lines
    assert README_TEST_COMMAND in ci_lines
    assert README_TEST_COMMAND in (ROOT / "README.md").read_text(encoding="utf-8")


# --- bootstrap ---------------------------------------------------------------


def test_bootstrap_without_a_command_prints_usage_and_exits_2():
    result = subprocess.run([sys.executable, str(INSTALLERS / "bootstrap.py")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "bootstrap.py run" in result.stderr and "bootstrap.py test" in result.stderr


def test_bootstrap_finds_translations_to_compile(tmp_path, monkeypatch):
    bootstrap = load_bootstrap()
    monkeypatch.setattr(bootstrap, "TRANSLATIONS", tmp_path)
    fresh, stale, uncompiled = (tmp_path / f"{name}.ts" for name in ("fresh", "stale", "uncompiled"))
    for source in (fresh, stale, uncompiled):
        source.write_text("<TS/>", encoding="utf-8")
    fresh.with_suffix(".qm").write_bytes(b"qm")
    stale.with_suffix(".qm").write_bytes(b"qm")
    os.utime(fresh, (1_000, 1_000))
    os.utime(fresh.with_suffix(".qm"), (2_000, 2_000))
    os.utime(stale, (3_000, 3_000))
    os.utime(stale.with_suffix(".qm"), (2_000, 2_000))
    assert bootstrap.stale_translations() == [stale, uncompiled]


def test_bootstrap_reinstalls_when_pyproject_changes(tmp_path, monkeypatch):
    bootstrap = load_bootstrap()
    monkeypatch.setattr(bootstrap, "ROOT", tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "a"\n', encoding="utf-8")
    first = bootstrap.setup_fingerprint()
    assert bootstrap.setup_fingerprint() == first
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "b"\n', encoding="utf-8")
    assert bootstrap.setup_fingerprint() != first


def test_bootstrap_reads_dpkg_status(monkeypatch):
    bootstrap = load_bootstrap()
    output = "libegl1 ii \nlibxcb-icccm4 un \nfonts-noto-cjk ii \nlibglib2.0-0t64 ii \n"
    monkeypatch.setattr(
        bootstrap.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 1, stdout=output, stderr="")
    )
    wanted = ["libegl1", "libxcb-icccm4", "fonts-noto-cjk", "libxcb-keysyms1", "libglib2.0-0"]
    assert bootstrap.missing_debian_packages(wanted) == ["libxcb-icccm4", "libxcb-keysyms1"]


def test_bootstrap_tells_a_non_root_user_the_apt_line(monkeypatch, capsys):
    bootstrap = load_bootstrap()
    monkeypatch.setattr(bootstrap.sys, "platform", "linux")
    monkeypatch.setattr(bootstrap.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(bootstrap, "missing_debian_packages", lambda wanted: ["libxcb-icccm4", "fonts-noto-cjk"])
    monkeypatch.setattr(bootstrap.os, "geteuid", lambda: 1000, raising=False)
    monkeypatch.setattr(bootstrap, "run_quietly", lambda command: pytest.fail(f"ran {command} without root"))
    bootstrap.ensure_system_packages()
    assert "sudo apt-get install -y --no-install-recommends libxcb-icccm4 fonts-noto-cjk" in capsys.readouterr().out


# --- bundle contents ---------------------------------------------------------

CODE_SUFFIXES = (".py", ".pyc", ".pyi", ".typed", ".so", ".pyd", ".dll", ".dylib", ".pxd", ".pyx", ".c", ".h")


def _load_bundle_contents():
    spec = importlib.util.spec_from_file_location("bundle_contents", SPEC_LISTS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUNDLE = _load_bundle_contents()


def _bundled_files() -> set[str]:
    """Paths under resources/ (posix, relative to it) that the spec ships."""
    return {Path(source).relative_to(BUNDLE.RESOURCES).as_posix() for source, _dest in BUNDLE.bundled_resources()}


def _folders_read_by_the_app() -> set[str]:
    """Every `resource_dir() / "name"` in app/ (the one way the app finds shipped files)."""
    pattern = re.compile(r"resource_dir\(\)\s*/\s*\"([^\"]+)\"")
    return {name for path in (ROOT / "app").rglob("*.py") for name in pattern.findall(path.read_text(encoding="utf-8"))}


def test_the_app_reads_the_folders_we_expect():
    assert {"data", "fonts", "passwords", "translations", "icons"} <= _folders_read_by_the_app()


def test_every_file_of_every_folder_the_app_reads_is_bundled():
    bundled = _bundled_files()
    for folder in _folders_read_by_the_app():
        files = [path for path in (BUNDLE.RESOURCES / folder).rglob("*") if path.is_file()]
        shipped = [path for path in files if path.suffix not in BUNDLE.NOT_BUNDLED_SUFFIXES]
        assert shipped, f"resources/{folder} has nothing the bundle would ship"
        for path in shipped:
            assert path.relative_to(BUNDLE.RESOURCES).as_posix() in bundled


def test_every_resource_folder_is_bundled_or_said_why_not():
    bundled_folders = {name.split("/")[0] for name in _bundled_files()}
    for folder in (path.name for path in BUNDLE.RESOURCES.iterdir() if path.is_dir()):
        assert folder in bundled_folders or folder in BUNDLE.NOT_BUNDLED_FOLDERS, folder
    assert not BUNDLE.NOT_BUNDLED_FOLDERS.keys() & _folders_read_by_the_app()


def test_compiled_translations_ship_and_sources_do_not():
    bundled = _bundled_files()
    for source in (BUNDLE.RESOURCES / "translations").glob("*.ts"):
        assert f"translations/{source.stem}.qm" in bundled  # compiled by bootstrap and by every build script
        assert f"translations/{source.name}" not in bundled


def test_qt_own_translation_ships_for_every_language():
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for lang in SUPPORTED:
        name = f"qtbase_{lang}.qm"
        entry = (f"PySide6/Qt/translations/{name}", "", "DATA")
        assert BUNDLE.kept_data(entry)
        assert lang == "en" or (qt_translations / name).exists()
    assert not BUNDLE.kept_data(("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"))


def _requirement_names(requirements: list[str]) -> list[str]:
    names = []
    for requirement in requirements:
        spec, _, marker = requirement.partition(";")
        if "extra ==" not in marker:
            names.append(re.split(r"[\s<>=!~\[(]", spec.strip(), maxsplit=1)[0])
    return names


def _runtime_distributions() -> dict:
    """The project's dependencies and theirs, as installed here."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    todo, found = _requirement_names(project["dependencies"]), {}
    while todo:
        try:
            dist = distribution(todo.pop())
        except PackageNotFoundError:  # a backport this Python does not need
            continue
        key = dist.metadata["Name"].lower()
        if key not in found:
            found[key] = dist
            todo += _requirement_names(dist.requires or [])
    return found


def _packages_with_data(dist) -> set[str]:
    """Top-level folders of `dist` that hold files other than code."""
    packages = set()
    for file in dist.files or []:
        parts = file.parts
        if len(parts) < 2 or parts[0] == ".." or parts[0].endswith((".dist-info", ".libs")) or "__pycache__" in parts:
            continue
        if not file.name.endswith(CODE_SUFFIXES) and ".so." not in file.name:
            packages.add(parts[0])
    return packages


def test_every_runtime_dependency_with_data_files_is_collected_or_explained():
    distributions = _runtime_distributions()
    assert {"python-docx", "pypinyin", "cn2an", "matplotlib"} <= distributions.keys()
    accounted = set(BUNDLE.RUNTIME_DATA_PACKAGES) | BUNDLE.DATA_LEFT_TO_HOOKS.keys()
    for name, dist in distributions.items():
        unaccounted = _packages_with_data(dist) - accounted
        assert not unaccounted, f"{name}: collect_data_files({unaccounted}) in bundle_contents, or say why not"
    with_data = set().union(*(_packages_with_data(dist) for dist in distributions.values()))
    assert set(BUNDLE.RUNTIME_DATA_PACKAGES) <= with_data  # no stale entries


def test_test_only_packages_are_excluded():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    test_dists = {name.lower() for name in _requirement_names(extras["test"])}
    modules = {module for module, dists in packages_distributions().items() if {d.lower() for d in dists} & test_dists}
    assert {"pytest", "hypothesis", "numpy_financial", "pytestqt"} <= modules
    assert modules <= set(BUNDLE.UNUSED)
    assert "tests" in BUNDLE.UNUSED


def test_gtk_theme_and_its_host_libraries_are_dropped_but_printing_stays():
    dropped = ["PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libcairo-gobject.so.2", "libpango-1.0.so.0"]
    kept = ["PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "libQt6PrintSupport.so.6", "libcups.so.2",
            "libfreetype.so.6", "libfontconfig.so.1", "numpy.libs/libscipy_openblas64_.so"]
    assert not any(BUNDLE.kept_binary((name, "", "BINARY")) for name in dropped)
    assert all(BUNDLE.kept_binary((name, "", "BINARY")) for name in kept)


def test_every_build_script_compiles_translations_then_runs_the_one_spec():
    for script in ("linux/build.sh", "macos/build.sh", "windows/build.ps1"):
        text = (INSTALLERS / script).read_text(encoding="utf-8").replace("\\", "/")
        compile_at = text.index("installers/i18n.py compile")
        assert compile_at < text.index("-m PyInstaller") < text.index("installers/pyinstaller/repaydesk.spec"), script


def test_packages_that_climb_out_of_their_module_folders_ship_their_sources():
    """A path like docx/parts/../templates needs docx/parts to exist in the bundle (the .docx export failed without)."""
    climbing = re.compile(r"__file__.*[\"']\.\.[\"']")
    for package in BUNDLE.RUNTIME_DATA_PACKAGES:
        folder = Path(importlib.util.find_spec(package).origin).parent
        if any(climbing.search(path.read_text(encoding="utf-8")) for path in folder.rglob("*.py")):
            assert package in BUNDLE.SOURCE_BESIDE, package
    assert "docx" in BUNDLE.SOURCE_BESIDE


def test_i18n_finds_lrelease_beside_a_windows_venv_python(tmp_path, monkeypatch):
    """build.ps1 runs .venv\\Scripts\\python.exe without activating the venv, so PATH does not help."""
    spec = importlib.util.spec_from_file_location("i18n_under_test", INSTALLERS / "i18n.py")
    i18n = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(i18n)
    (tmp_path / "pyside6-lrelease.exe").write_bytes(b"")
    monkeypatch.setattr(i18n.sys, "executable", str(tmp_path / "python.exe"))
    monkeypatch.setattr(i18n.shutil, "which", lambda name: None)
    assert i18n.tool("lrelease") == str(tmp_path / "pyside6-lrelease.exe")
