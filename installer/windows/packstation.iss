; Inno Setup 6 script of the Windows station installer. Build it on Windows after PyInstaller
; (installer\README.md has the commands, run from the repository root):
;
;     iscc installer\windows\packstation.iss
;
; It packs dist\packstation\ (the one-folder build: packstation.exe for the window,
; packstation-cli.exe for --selftest and scheduled commands) into
; dist\packstation-VERSION-windows-setup.exe.
;
; - Per machine: installs under Program Files for every user (administrator rights).
; - Start menu: "Packstation" and "Packstation demo".
; - The station's configuration lives in the machine-wide config folder,
;   %ProgramData%\Packstation\station.toml: a machine-wide PACKSTATION_CONFIG variable points
;   the program there, so every user of the bench PC and every upgrade sees the same settings.
;   The folder is never removed by an upgrade or by the uninstaller.
; - The journal is where station.toml's data_dir says (default: the station user's own data
;   folder). Neither the uninstaller nor an upgrade deletes it; only {app} is removed.
; - An upgrade is the newer setup run over the older one (same AppId): the program folder's
;   _internal\ is cleared first so no library of the older version is left behind.

#define AppName "Packstation"
#define Repo AddBackslash(SourcePath) + "..\.."
#define BuildDir Repo + "\dist\packstation"
#ifndef AppVersion
  ; The version resource PyInstaller wrote from packstation.__version__.
  #define AppVersion GetVersionNumbersString(BuildDir + "\packstation.exe")
#endif

[Setup]
AppId={{6B1F3C2E-5A47-4D0B-9C61-2E8F4B7A9D35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesEnvironment=yes
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\packstation.exe
SetupIconFile={#Repo}\build\icons\packstation.ico
OutputDir={#Repo}\dist
OutputBaseFilename=packstation-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; Libraries of the version being replaced; the station's own files are not in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
; Machine-wide configuration: kept across upgrades and after uninstalling. Station users may
; edit it (Settings screen, `packstation-cli config set-key` for the credentials file).
Name: "{commonappdata}\{#AppName}"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Registry]
; Where the program finds station.toml, for every user and for scheduled tasks.
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
  ValueType: expandsz; ValueName: "PACKSTATION_CONFIG"; \
  ValueData: "{commonappdata}\{#AppName}\station.toml"; Flags: uninsdeletevalue

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\packstation.exe"; \
  WorkingDir: "{commonappdata}\{#AppName}"
Name: "{autoprograms}\{#AppName} demo"; Filename: "{app}\packstation.exe"; \
  Parameters: "demo"; WorkingDir: "{commonappdata}\{#AppName}"

[Run]
Filename: "{app}\packstation.exe"; Description: "Start {#AppName}"; \
  Flags: nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Only the program folder; %ProgramData%\Packstation and the journal stay.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
{ The self-test proves the installed copy works before anyone relies on it; a failure is shown
  (and in silent installs written to the setup log) with the way to see which step failed. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    if not Exec(ExpandConstant('{app}\packstation-cli.exe'), '--selftest', '', SW_HIDE,
                ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    begin
      Log(Format('Packstation self-test failed with exit code %d', [ResultCode]));
      SuppressibleMsgBox('The Packstation self-test failed. Run "packstation-cli --selftest" ' +
        'in a command prompt to see which step failed.', mbError, MB_OK, IDOK);
    end;
  end;
end;
