#!/usr/bin/env bash
# macOS build: PyInstaller -> dist/RepayDesk.app -> dist/RepayDesk-<version>-macos-<arch>.dmg (hdiutil).
# Needs a Python with the project and PyInstaller installed:  pip install -e ".[build]"
# Usage: installers/macos/build.sh [python]   (default: python3)
# Set CODESIGN_IDENTITY to sign with a Developer ID; otherwise the app keeps PyInstaller's ad-hoc signature.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON="${1:-python3}"

"$PYTHON" installers/i18n.py compile
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/pyinstaller/repaydesk.spec

app="dist/RepayDesk.app"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/RepayDesk-${version}-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname "RepayDesk" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "built $dmg ($(du -h "$dmg" | cut -f1))"
