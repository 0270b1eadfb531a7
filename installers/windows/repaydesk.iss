; Inno Setup 6.3+ script: a double-click installer for the PyInstaller folder dist\RepayDesk.
; installers\windows\build.ps1 passes AppVersion and SourceDir. Installs per user (no admin rights);
; the vault lives in the user-data folder, so uninstalling never touches it.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\RepayDesk"
#endif

[Setup]
AppId={{6EC27F50-A8DF-4DF2-9627-DD4741DE3082}
AppName=RepayDesk
AppVersion={#AppVersion}
AppVerName=RepayDesk {#AppVersion}
AppPublisher=RepayDesk
DefaultDirName={autopf}\RepayDesk
DefaultGroupName=RepayDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=RepayDesk-{#AppVersion}-setup
UninstallDisplayIcon={app}\RepayDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\RepayDesk"; Filename: "{app}\RepayDesk.exe"
Name: "{autodesktop}\RepayDesk"; Filename: "{app}\RepayDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\RepayDesk.exe"; Description: "{cm:LaunchProgram,RepayDesk}"; Flags: nowait postinstall skipifsilent
