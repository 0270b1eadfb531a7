"""What goes into the PyInstaller bundle, as plain data (no PyInstaller import), so that
tests/test_packaging.py can check it without building. repaydesk.spec imports this."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"

# resources/ folders that are not read by the app at run time (the build scripts or the README use them).
NOT_BUNDLED_FOLDERS = {
    "linux": "the desktop entry; installers/linux/build.sh copies it beside the bundle",
    "screenshots": "pictures for the README",
}
NOT_BUNDLED_SUFFIXES = {".ts", ".pro", ".md"}  # translation sources (the .qm ship) and notes

# Python packages whose data files the app reads at run time: collect_data_files() for each.
RUNTIME_DATA_PACKAGES = ("docx", "cn2an", "pypinyin")
# Packages that reach their data through their own module folders (python-docx opens
# docx/parts/../templates/default-styles.xml), so those folders must exist: sources ship beside the archive.
SOURCE_BESIDE = {"docx": "pyz+py"}
# Packages of runtime dependencies that hold non-code files the spec does not collect itself, and why.
DATA_LEFT_TO_HOOKS = {
    "PySide6": "PyInstaller's PySide6 hooks collect the Qt plugins and translations",
    "matplotlib": "PyInstaller's matplotlib hook collects mpl-data",
    "numpy": "headers and licences only; the hook collects numpy.libs",
    "tzdata": "zone files; the app never imports zoneinfo (PyInstaller's tzdata hook would collect them)",
    "shiboken6": "CMake files for building against it",
    "lxml": "Cython sources (.pxi)",
    "fontTools": "a readme",
    "pyparsing": "notes for AI assistants",
    "sqlalchemy": "a migration guide",
    "src": "pictures cn2an's wheel puts at the top level",
}

# Qt and Python modules the app never uses; QtNetwork stays out because the app is offline by design.
# The test extras (pytest, pytest-qt, hypothesis, numpy-financial) never ship.
UNUSED = [
    "PySide6.QtNetwork", "PySide6.QtNetworkAuth", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtHttpServer",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtPositioning", "PySide6.QtLocation",
    "PySide6.QtSerialPort", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtPdf",
    "PySide6.QtPdfWidgets", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtRemoteObjects",
    "PySide6.QtScxml", "PySide6.QtSensors", "PySide6.QtSpatialAudio", "PySide6.QtTextToSpeech",
    "tkinter", "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_wxagg", "IPython",
    "pytest", "_pytest", "py", "pytestqt", "hypothesis", "_hypothesis_pytestplugin", "_hypothesis_globals",
    "_hypothesis_ftz_detector", "numpy_financial", "tests",
]

# Qt plugins and libraries that would only add weight or a network surface (VNC server, TUIO over UDP).
# The GTK platform theme goes with the libraries only it needs (cairo, pango, atk ...): bundled copies of
# those would meet the user's own GTK at run time. Qt draws its own widgets without it.
DROPPED_BINARIES = (
    "qt6network", "qvnc", "qtuiotouchplugin", "eglfs", "egldeviceintegrations", "qlinuxfb", "qvkkhrdisplay",
    "qminimalegl", "libqgtk3", "libatk-1.0", "libcairo", "libgdk_pixbuf", "libpango", "libharfbuzz", "libthai",
    "libdatrie", "libfribidi", "libgraphite2", "libpixman",
)
QT_TRANSLATIONS_KEPT = ("qtbase_zh_CN.qm", "qtbase_en.qm")  # app/ui/i18n.py loads qtbase_<lang> only


def kept_binary(entry: tuple) -> bool:
    return not any(part in entry[0].lower() for part in DROPPED_BINARIES)


def kept_data(entry: tuple) -> bool:
    dest = entry[0].replace("\\", "/")
    if "PySide6/Qt/translations/" in dest:
        return dest.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT
    return True


def bundled_resources() -> Iterator[tuple[str, str]]:
    """(source, folder-in-bundle) for everything under resources/ the app reads at run time."""
    for path in sorted(RESOURCES.rglob("*")):
        parts = path.relative_to(RESOURCES).parts
        if path.is_file() and path.suffix not in NOT_BUNDLED_SUFFIXES and not NOT_BUNDLED_FOLDERS.keys() & set(parts):
            yield str(path), str(path.parent.relative_to(ROOT))
