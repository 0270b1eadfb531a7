#!/usr/bin/env bash
# Linux build: PyInstaller one-folder app (RepayDesk and repaydesk-cli) -> dist/RepayDesk-<version>-linux-<arch>.tar.gz
# Needs a Python with the project and PyInstaller installed:  pip install -e ".[build]"
# Usage: installers/linux/build.sh [python]   (default: python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON="${1:-python3}"

"$PYTHON" installers/i18n.py compile
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/pyinstaller/repaydesk.spec

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)"
bundle="dist/RepayDesk"
find "$bundle" -xtype l -delete  # links to the Qt libraries the spec leaves out
# Debug symbols only (most of libpython and sqlcipher3). The libraries auditwheel grafted into *.libs
# folders stay as built: stripping numpy.libs breaks OpenBLAS, so the spec strips nothing itself.
find "$bundle" -name "*.so*" -type f -not -path "*.libs/*" -exec strip --strip-debug {} +
cp resources/linux/repaydesk.desktop "$bundle/repaydesk.desktop"
if [ -f resources/icons/repaydesk.svg ]; then
    cp resources/icons/repaydesk.svg "$bundle/repaydesk.svg"
fi
cat > "$bundle/install-desktop-entry.sh" <<'SH'
#!/bin/sh
# Adds RepayDesk to this user's application menu (no root needed).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/scalable/apps"
sed "s|^Exec=RepayDesk|Exec=\"$here/RepayDesk\"|" "$here/repaydesk.desktop" > "$HOME/.local/share/applications/repaydesk.desktop"
[ -f "$here/repaydesk.svg" ] && cp "$here/repaydesk.svg" "$HOME/.local/share/icons/hicolor/scalable/apps/repaydesk.svg"
echo "RepayDesk added to the application menu."
SH
chmod +x "$bundle/install-desktop-entry.sh"

archive="dist/RepayDesk-${version}-linux-$(uname -m).tar.gz"
tar -czf "$archive" -C dist RepayDesk
echo "built $archive ($(du -h "$archive" | cut -f1); unpacked $(du -sh "$bundle" | cut -f1))"
