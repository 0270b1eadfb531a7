# Windows build: PyInstaller one-folder app (dist\RepayDesk), then a double-click installer
# dist\RepayDesk-<version>-setup.exe made by Inno Setup 6.3+ from installers\windows\repaydesk.iss.
# Needs a Python with the project and PyInstaller installed (pip install -e ".[build]") and Inno Setup.
# Usage: powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-Python py] [-Iscc path\to\ISCC.exe]
param(
    [string]$Python = "python",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

& $Python installers\i18n.py compile
if ($LASTEXITCODE -ne 0) { throw "compiling the translations failed" }
& $Python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller installers\pyinstaller\repaydesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$Version = (Select-String -Path "app\__init__.py" -Pattern '^__version__ = "([^"]+)"').Matches[0].Groups[1].Value

if (-not $Iscc) {
    $candidates = @(
        (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source),
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) }
    if (-not $candidates) { throw "Inno Setup 6 (ISCC.exe) not found; install it or pass -Iscc" }
    $Iscc = @($candidates)[0]
}
& $Iscc "/DAppVersion=$Version" "/DSourceDir=$Root\dist\RepayDesk" "/O$Root\dist" "installers\windows\repaydesk.iss"
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "built dist\RepayDesk-$Version-setup.exe"
