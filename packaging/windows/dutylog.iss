; Inno Setup script for DutyLog on Windows 10/11 (x64). Build the bundle first
; (`packaging/build`, leaving dist\dutylog\), then:
;     iscc /DAppVersion=0.1.0 packaging\windows\dutylog.iss
; The installer lands in dist\installer\DutyLog-<version>-setup.exe.
;
; Per-user install without administrator rights (%LOCALAPPDATA%\Programs\DutyLog); an
; administrator may choose "all users" in the first dialog. Upgrades install in place over the
; same AppId (a running DutyLog is asked to close first). The database, backups, evidence,
; logs and settings live in %LOCALAPPDATA%\DutyLog, outside the program folder: neither an
; upgrade nor the uninstaller touches them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "DutyLog"
#define Bundle "..\..\dist\dutylog"

[Setup]
; Never change the AppId: upgrades and the uninstaller find the installation by it.
AppId={{6F1C2A4E-8B7D-4E39-9A0C-2D5B7E1F3A64}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=DutyLog
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\dutylog.ico
UninstallDisplayIcon={app}\dutylogw.exe
UninstallDisplayName={#AppName} 值班管理
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
UsePreviousAppDir=yes
UsePreviousTasks=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle: libraries of the old version must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\dutylogw.exe"; Comment: "值班管理"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\dutylogw.exe"; Comment: "值班管理"; Tasks: desktopicon

[Run]
Filename: "{app}\dutylogw.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote into its folder; the user's data stays.
Type: filesandordirs; Name: "{app}\_internal"
