; Revaer's Windows installer (NSIS 3, Unicode).
;
; Built by .github/workflows/windows.yml from a folder that `cmake --install`
; and windeployqt filled (docs/building.md):
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=C:\stage /DOUTFILE=revaer-0.1.0-win64.exe installer\windows\revaer.nsi
;
; tests/installer compiles it on Linux with Debian's makensis against a
; dummy payload, so every line here is checked by the same compiler.
;
; - For the current user (no administrator needed; %LOCALAPPDATA%\Programs)
;   or for all users (Program Files), chosen on a page or with /CurrentUser
;   or /AllUsers; an administrator is asked, a plain user gets the first.
; - Registers magnet: links and .torrent files for Revaer in the matching
;   registry hive, and as a registered application, so Windows' Default apps
;   settings offer Revaer.
; - The uninstaller removes the program and those registrations. It keeps
;   the user's settings and list of torrents unless the user ticks "Remove
;   my settings and list of torrents", and it never touches downloaded files.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Give the version: /DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !error "Give the folder to install: /DPAYLOAD=DIR (revaer.exe and what windeployqt put beside it)"
!endif
!ifndef OUTFILE
  !define OUTFILE "revaer-${VERSION}-win64.exe"
!endif

!define APPNAME "Revaer"
!define EXE "revaer.exe"
!define PROGID "Revaer.Torrent"
!define APPKEY "Software\Revaer"
!define CAPABILITIES "Software\Revaer\Capabilities"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Revaer"

Name "${APPNAME}"
OutFile "${OUTFILE}"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APPNAME} installer"
VIAddVersionKey "CompanyName" "The Revaer developers"
VIAddVersionKey "LegalCopyright" "The Revaer developers"

; Current user or all users (MultiUser.nsh sets $INSTDIR, SHCTX and the
; shell folders for the mode chosen).
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APPNAME}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APPKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APPKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh

!define MUI_ICON "${__FILEDIR__}\revaer.ico"
!define MUI_UNICON "${__FILEDIR__}\revaer.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start Revaer"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "Revaer needs a 64-bit Windows."
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; magnet: and .torrent, in SHCTX: HKCU for the current user, HKLM for all.
!macro RegisterHandlers
  WriteRegStr SHCTX "Software\Classes\magnet" "" "URL:Magnet link"
  WriteRegStr SHCTX "Software\Classes\magnet" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\magnet\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "Software\Classes\magnet\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'

  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "BitTorrent file"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr SHCTX "Software\Classes\.torrent" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\.torrent" "Content Type" "application/x-bittorrent"
  WriteRegStr SHCTX "Software\Classes\.torrent\OpenWithProgids" "${PROGID}" ""

  ; Default apps (Windows 8 and later decide the default with the user; this
  ; puts Revaer in the list they choose from).
  WriteRegStr SHCTX "${CAPABILITIES}" "ApplicationName" "${APPNAME}"
  WriteRegStr SHCTX "${CAPABILITIES}" "ApplicationDescription" "BitTorrent client"
  WriteRegStr SHCTX "${CAPABILITIES}" "ApplicationIcon" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "${CAPABILITIES}\FileAssociations" ".torrent" "${PROGID}"
  WriteRegStr SHCTX "${CAPABILITIES}\URLAssociations" "magnet" "magnet"
  WriteRegStr SHCTX "Software\RegisteredApplications" "${APPNAME}" "${CAPABILITIES}"

  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro UnregisterHandlers
  ; Only what points at this Revaer: another program may own .torrent now.
  ReadRegStr $0 SHCTX "Software\Classes\.torrent" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue SHCTX "Software\Classes\.torrent" ""
  ${EndIf}
  DeleteRegValue SHCTX "Software\Classes\.torrent\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.torrent\OpenWithProgids"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  ReadRegStr $0 SHCTX "Software\Classes\magnet\shell\open\command" ""
  ${If} $0 == '"$INSTDIR\${EXE}" "%1"'
    DeleteRegKey SHCTX "Software\Classes\magnet"
  ${EndIf}
  DeleteRegValue SHCTX "Software\RegisteredApplications" "${APPNAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

Section "Revaer" SecRevaer
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An older Revaer still running would keep its files locked.
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  !insertmacro RegisterHandlers

  WriteRegStr SHCTX "${APPKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${APPKEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "The Revaer developers"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "un.Revaer" UnSecRevaer
  SectionIn RO
  !insertmacro UnregisterHandlers
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  ; The folder holds only what the installer put there (windeployqt's
  ; files, the translations): removed whole, but only if it is ours.
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    RMDir /r "$INSTDIR"
  ${EndIf}
  DeleteRegKey SHCTX "${UNINSTKEY}"
  DeleteRegKey SHCTX "${APPKEY}"
SectionEnd

; Off unless ticked: the settings and the list of torrents (resume data) of
; the user who uninstalls. Downloaded files are never removed.
Section /o "un.Remove my settings and list of torrents" UnSecProfile
  SetShellVarContext current
  RMDir /r "$APPDATA\revaer"
  RMDir /r "$LOCALAPPDATA\revaer"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecRevaer} "The program, its Start menu entry and its magnet: and .torrent registrations."
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProfile} "Your Revaer settings and the list of torrents (%APPDATA%\revaer, %LOCALAPPDATA%\revaer). Downloaded files stay where they are either way."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
