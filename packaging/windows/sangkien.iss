; Inno Setup script: per-user installer of Sáng kiến Desktop (no administrator rights).
;
; Build on Windows after `pyinstaller packaging\sangkien.spec` (see docs\building-windows.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\sangkien.iss
; Output: dist\SangKienDesktop-<version>-setup.exe
;
; What it does
; - installs dist\SangKienDesktop\ into %LOCALAPPDATA%\Programs\SangKienDesktop, for the
;   current user only (PrivilegesRequired=lowest: no UAC prompt, works on a locked-down PC);
; - a Start-menu entry (and, if ticked, a desktop shortcut);
; - opens exchange packages (*.skpkg) with the program, registered per user under
;   HKCU\Software\Classes, removed again by the uninstaller;
; - the uninstaller removes the program's files only. The user's data lives elsewhere
;   (%APPDATA%\sangkien_desktop: database, attachments, backups) and is left alone, and so is
;   a "data" folder beside the program when someone turned on portable mode there.
; The file is UTF-8 with a byte-order mark, which Inno Setup 6 needs for Vietnamese text.

#define AppName "Sáng kiến Desktop"
#define AppExe "SangKienDesktop.exe"
#define AppFolder "SangKienDesktop"
#define PackageExt ".skpkg"
#define PackageProgId "SangKienDesktop.Package"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root SourcePath + "..\.."
; Vietnamese messages for the wizard, when the Inno Setup installation has them (they are an
; unofficial translation: copy Vietnamese.isl into Inno Setup's Languages folder or beside
; this script). Without them the wizard is in English.
#if FileExists(CompilerPath + "Languages\Vietnamese.isl")
  #define VietnameseIsl "compiler:Languages\Vietnamese.isl"
#elif FileExists(SourcePath + "Vietnamese.isl")
  #define VietnameseIsl SourcePath + "Vietnamese.isl"
#endif

[Setup]
AppId={{DC5261E7-B8F6-4188-982C-61B4DAEFC611}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppFolder}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsedUserAreasWarning=no
ChangesAssociations=yes
CloseApplications=yes
; Qt 6 and Python 3.11 need 64-bit Windows 10 or later.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename={#AppFolder}-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\sangkien.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
#ifdef VietnameseIsl
Name: "vietnamese"; MessagesFile: "{#VietnameseIsl}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.AssociateTask=Open exchange packages ({#PackageExt}) with {#AppName}
english.PackageType={#AppName} exchange package
#ifdef VietnameseIsl
vietnamese.AssociateTask=Mở gói trao đổi ({#PackageExt}) bằng {#AppName}
vietnamese.PackageType=Gói trao đổi {#AppName}
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateTask}"

[InstallDelete]
; An upgrade replaces the runtime whole: no library of the previous version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\{#AppFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; Per-user file association (HKCU\Software\Classes needs no administrator rights).
Root: HKCU; Subkey: "Software\Classes\{#PackageExt}"; ValueType: string; ValueName: ""; ValueData: "{#PackageProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#PackageExt}\OpenWithProgids"; ValueType: string; ValueName: "{#PackageProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry on purpose: the uninstaller removes only what it installed, so the
; user's data (and a portable "data" folder beside the program) survives an uninstall.
