; Windows installer for Briefing (Inno Setup 6).
;
; NOT BUILT OR TESTED by this project's own CI, which runs on Linux; the hosted
; workflow .github/workflows/build.yml builds it on a Windows runner.
;
; 1. Build the one-folder app:   python packaging\build.py
;    (gives dist\briefing-app\ with briefing-app.exe, the windowed app, and
;    briefing-app-cli.exe, the same program for the headless commands)
; 2. Make the installer, passing the version from pyproject.toml:
;    iscc /DAppVersion=X.Y.Z packaging\windows\briefing-app.iss
;    -> dist\briefing-app-X.Y.Z-setup.exe
;
; Paths below are relative to this file's folder.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\windows\briefing-app.iss
#endif
#define AppName "Briefing"
#define AppExe "briefing-app.exe"
#define BuildDir "..\..\dist\briefing-app"

[Setup]
; A fixed id: upgrades replace the installed version instead of installing beside it.
AppId={{E8C8F4ED-3582-4C62-9C95-B4366181DBA6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Briefing team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=briefing-app-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\briefing-app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user or all-users install, the user chooses; no administrator rights needed per user.
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
