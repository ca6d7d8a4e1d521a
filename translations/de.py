#!/usr/bin/env python3
"""German texts for Revaer, kept as source -> translation.

translations/fill.py writes them into revaer_de.ts after `lupdate` has added new
source texts; a text missing here stays "unfinished" and the translation test
names it.
"""

TEXTS = {
    # AppSettings
    "%1 = “%2” is not true or false; keeping %3.": "%1 = „%2“ ist weder true noch false; %3 bleibt.",
    "%1 = “%2” is not a number; keeping %3.": "%1 = „%2“ ist keine Zahl; %3 bleibt.",
    "%1 = %2 is outside %3 to %4; keeping %5.": "%1 = %2 liegt nicht zwischen %3 und %4; %5 bleibt.",
    "%1 = “%2” is not a time such as 22:30; keeping %3.": "%1 = „%2“ ist keine Uhrzeit wie 22:30; %3 bleibt.",
    "Connection/encryption = “%1” is not prefer, require or disable; keeping %2.":
        "Connection/encryption = „%1“ ist weder prefer, require noch disable; %2 bleibt.",
    # CommandLine
    "Run without a window: download SOURCEs and print progress.":
        "Ohne Fenster laufen: QUELLEN herunterladen und den Fortschritt ausgeben.",
    "Keep settings and resume data under DIR.": "Einstellungen und Fortsetzungsdaten unter DIR ablegen.",
    "Download into DIR.": "Nach DIR herunterladen.",
    "Accept peers on port N (0 picks a free port).": "Gegenstellen auf Port N annehmen (0 wählt einen freien Port).",
    "Exit once every torrent is complete.": "Beenden, sobald jeder Torrent vollständig ist.",
    "Print timing figures: restore, stalls, shutdown.": "Zeitmessungen ausgeben: Wiederherstellen, Hänger, Beenden.",
    "Connect to the peer at HOST:PORT for every torrent.": "Jeden Torrent mit der Gegenstelle HOST:PORT verbinden.",
    "Cap downloads at KIB KiB/s (0 for none).": "Downloads auf KIB KiB/s begrenzen (0 für keine Grenze).",
    "Cap uploads at KIB KiB/s (0 for none).": "Uploads auf KIB KiB/s begrenzen (0 für keine Grenze).",
    "Revaer, a BitTorrent client.": "Revaer, ein BitTorrent-Client.",
    "A .torrent file or a magnet link.": "Eine .torrent-Datei oder ein Magnet-Link.",
    "--%1 takes a whole number from %2 to %3, not “%4”.": "--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.",
    # DetailsPanel
    "—": "—",
    "Not contacted yet": "Noch nicht kontaktiert",
    "Updating…": "Wird aktualisiert …",
    "Working": "Funktioniert",
    "Not working": "Funktioniert nicht",
    "&General": "&Allgemein",
    "&Files": "&Dateien",
    "&Trackers": "&Tracker",
    "Address": "Adresse",
    "Client": "Client",
    "Flags": "Merkmale",
    "Down Speed": "Download",
    "Up Speed": "Upload",
    "Progress": "Fortschritt",
    "Downloaded": "Heruntergeladen",
    "Uploaded": "Hochgeladen",
    "&Peers": "&Gegenstellen",
    "&Speed": "&Geschwindigkeit",
    "Name:": "Name:",
    "Info-hash:": "Info-Hash:",
    "Save path:": "Speicherort:",
    "Size:": "Größe:",
    "Pieces:": "Teile:",
    "Availability:": "Verfügbarkeit:",
    "Share ratio:": "Verhältnis:",
    "Comment:": "Kommentar:",
    "Created by:": "Erstellt mit:",
    "Added on:": "Hinzugefügt am:",
    "Completed on:": "Fertig am:",
    "Select a torrent to see its details.": "Wählen Sie einen Torrent, um seine Details zu sehen.",
    "URL": "URL",
    "Tier": "Stufe",
    "Status": "Status",
    "Seeds": "Seeds",
    "Peers": "Peers",
    "Message": "Meldung",
    "Next Announce": "Nächste Meldung",
    "&Add…": "&Hinzufügen …",
    "&Edit…": "&Bearbeiten …",
    "&Remove": "&Entfernen",
    "v2: %1": "v2: %1",
    "%1 (%2 selected, %3 done)": "%1 (%2 ausgewählt, %3 fertig)",
    "unknown until the metadata arrives": "unbekannt, bis die Metadaten eintreffen",
    "%1 × %2 (have %3)": "%1 × %2 (%3 vorhanden)",
    "%1 (%2 uploaded, %3 downloaded)": "%1 (%2 hochgeladen, %3 heruntergeladen)",
    ", %1": ", %1",
    "Add Trackers": "Tracker hinzufügen",
    "Tracker URLs, one per line:": "Tracker-URLs, eine pro Zeile:",
    "Edit Tracker": "Tracker bearbeiten",
    "Tracker URL:": "Tracker-URL:",
    # HealthState
    "Healthy": "Gesund",
    "Degraded": "Eingeschränkt",
    "Unhealthy": "Gestört",
    # LibtorrentSession
    "the torrent": "der Torrent",
    "Cannot restore “%1”: its resume data is unreadable (%2).":
        "„%1“ kann nicht wiederhergestellt werden: seine Fortsetzungsdaten sind unlesbar (%2).",
    "Cannot add “%1”: it belongs to another torrent (%2), not %3.":
        "„%1“ kann nicht hinzugefügt werden: es gehört zu einem anderen Torrent (%2), nicht zu %3.",
    "Cannot add “%1”: it carries no info-hash.": "„%1“ kann nicht hinzugefügt werden: es enthält keinen Info-Hash.",
    # AddTorrentDialog
    "Start &paused": "&Angehalten starten",
    "Download in &sequential order": "In &Reihenfolge herunterladen",
    "Add &Without Waiting": "&Ohne Warten hinzufügen",
    "Add Torrent": "Torrent hinzufügen",
    "Select &All": "&Alle auswählen",
    "Select &None": "&Keine auswählen",
    "&Browse…": "&Durchsuchen …",
    "Save to:": "Speichern in:",
    "Cannot add “%1”: the file does not exist.": "„%1“ kann nicht hinzugefügt werden: die Datei existiert nicht.",
    "Cannot read “%1”: %2.": "„%1“ kann nicht gelesen werden: %2.",
    "Info-hash: %1": "Info-Hash: %1",
    "Magnet link": "Magnet-Link",
    "Fetching the list of files from peers…\n\nYou can wait, or add the torrent now and choose its files later.":
        "Die Dateiliste wird von Gegenstellen geholt …\n\n"
        "Sie können warten oder den Torrent jetzt hinzufügen und die Dateien später wählen.",
    "Save To": "Speichern in",
    "Free space: %1": "Freier Speicher: %1",
    "Selected: %1 of %2": "Ausgewählt: %1 von %2",
    " — free space: %1": " – freier Speicher: %1",
    "The selected files do not fit on this disk.": "Die ausgewählten Dateien passen nicht auf diesen Datenträger.",
    # AlertTranslator
    "Removed “%1”, but could not delete its files: %2. Delete them yourself from its folder.":
        "„%1“ wurde entfernt, seine Dateien aber nicht gelöscht: %2. Löschen Sie sie selbst aus dem Ordner.",
    "Cannot use the metadata received for “%1”: %2. Remove the torrent and add it again.":
        "Die für „%1“ empfangenen Metadaten sind unbrauchbar: %2. Entfernen Sie den Torrent und fügen Sie ihn erneut hinzu.",
    "“%1” stopped: %2. Fix the cause, then resume it.": "„%1“ wurde angehalten: %2. Beheben Sie die Ursache und setzen Sie ihn fort.",
    "“%1” stopped: cannot use “%2”: %3. Check that the folder exists, that Revaer may write to it and that the disk has space, "
    "then resume the torrent.":
        "„%1“ wurde angehalten: „%2“ ist nicht nutzbar: %3. Prüfen Sie, dass der Ordner existiert, Revaer hineinschreiben darf "
        "und der Datenträger Platz hat, und setzen Sie den Torrent dann fort.",
    "Cannot move “%1” to the new folder: %2 (%3). It stays in “%4”.":
        "„%1“ kann nicht in den neuen Ordner verschoben werden: %2 (%3). Er bleibt in „%4“.",
    "The tracker %1 of “%2” has not answered %3 times in a row: %4. The torrent goes on with its other trackers and peers.":
        "Der Tracker %1 von „%2“ hat %3-mal nacheinander nicht geantwortet: %4. Der Torrent läuft mit seinen anderen "
        "Trackern und Gegenstellen weiter.",
    "“%1” is already in the list as “%2”.": "„%1“ ist bereits als „%2“ in der Liste.",
    "Cannot add “%1”: %2.": "„%1“ kann nicht hinzugefügt werden: %2.",
    # FastResumeStore
    "Cannot create the resume folder “%1”. Check that its parent exists and that Revaer may write there.":
        "Der Fortsetzungsordner „%1“ kann nicht angelegt werden. Prüfen Sie, dass der übergeordnete Ordner existiert und "
        "Revaer dort schreiben darf.",
    "The resume folder “%1” is not a folder.": "Der Fortsetzungsordner „%1“ ist kein Ordner.",
    "Cannot write to the resume folder “%1”: %2. Torrents keep downloading, but progress will not survive a restart until the "
    "folder is writable.":
        "In den Fortsetzungsordner „%1“ kann nicht geschrieben werden: %2. Die Torrents laden weiter, aber ihr Fortschritt "
        "übersteht keinen Neustart, bis der Ordner beschreibbar ist.",
    "Cannot write “%1”: %2": "„%1“ kann nicht geschrieben werden: %2",
    "Cannot remove “%1”: %2": "„%1“ kann nicht entfernt werden: %2",
    "Cannot sync the resume folder “%1”: %2": "Der Fortsetzungsordner „%1“ kann nicht synchronisiert werden: %2",
    "Cannot sync “%1”: %2": "„%1“ kann nicht synchronisiert werden: %2",
    "Cannot sync the disk holding “%1”: %2": "Der Datenträger mit „%1“ kann nicht synchronisiert werden: %2",
    # FileTreeModel
    "Do not download": "Nicht herunterladen",
    "High": "Hoch",
    "Low": "Niedrig",
    "Normal": "Normal",
    "Mixed": "Gemischt",
    "Name": "Name",
    "Size": "Größe",
    "Priority": "Priorität",
    # LimitsWatchdog
    "unlimited": "unbegrenzt",
    "down %1, up %2": "herunter %1, hoch %2",
    "The session's global caps were %1 instead of %2; they were applied again.":
        "Die globalen Grenzen der Sitzung waren %1 statt %2; sie wurden erneut gesetzt.",
    "The caps of torrent %1 were %2 instead of %3; they were applied again.":
        "Die Grenzen des Torrents %1 waren %2 statt %3; sie wurden erneut gesetzt.",
    # MainWindow
    "Filter by name": "Nach Namen filtern",
    "&Open Torrent File…": "Torrent-Datei ö&ffnen …",
    "Add &Magnet Link…": "&Magnet-Link hinzufügen …",
    "&Paste Magnet Link or Path": "Magnet-Link oder Pfad &einfügen",
    "&Resume": "&Fortsetzen",
    "&Pause": "&Anhalten",
    "Resume &All": "&Alle fortsetzen",
    "Pause A&ll": "A&lle anhalten",
    "Re&move": "Ent&fernen",
    "Remove With &Data…": "Mit &Daten entfernen …",
    "Force Re&check": "Erneut &prüfen",
    "Open Containing &Folder": "Enthaltenden &Ordner öffnen",
    "&Copy Magnet Link": "Magnet-Link &kopieren",
    "&Sequential Download": "In &Reihenfolge herunterladen",
    "Torrent Speed &Limits…": "&Geschwindigkeitsgrenzen des Torrents …",
    "Mo&ve To…": "&Verschieben nach …",
    "&Alternative Speed Limits": "&Alternative Geschwindigkeitsgrenzen",
    "&Settings…": "&Einstellungen …",
    "Show &Details": "&Details zeigen",
    "&Quit": "&Beenden",
    "&Find": "&Suchen",
    "&File": "&Datei",
    "&Torrent": "&Torrent",
    "&View": "&Ansicht",
    "T&ools": "E&xtras",
    "Main": "Haupt",
    "Download rate": "Download-Rate",
    "Upload rate": "Upload-Rate",
    "Speed caps: click to change": "Geschwindigkeitsgrenzen: zum Ändern klicken",
    "No caps": "Keine Grenzen",
    "Cap downloads at %1": "Downloads auf %1 begrenzen",
    "Set Caps…": "Grenzen festlegen …",
    "Nodes in the DHT routing table": "Knoten in der DHT-Routingtabelle",
    "Free space on the disk of the default save path": "Freier Speicher auf dem Datenträger des Standard-Speicherorts",
    "&Show Revaer": "Revaer &zeigen",
    "Open Torrent Files": "Torrent-Dateien öffnen",
    "Torrent files (*.torrent);;All files (*)": "Torrent-Dateien (*.torrent);;Alle Dateien (*)",
    "Add Magnet Links": "Magnet-Links hinzufügen",
    "One magnet link per line": "Ein Magnet-Link pro Zeile",
    "Magnet links:": "Magnet-Links:",
    "Remove %1 and delete the downloaded files from the disk?": "%1 entfernen und die heruntergeladenen Dateien löschen?",
    "Remove %1 from the list? The downloaded files stay on the disk.":
        "%1 aus der Liste entfernen? Die heruntergeladenen Dateien bleiben erhalten.",
    "Remove With Data": "Mit Daten entfernen",
    "Remove": "Entfernen",
    "Remove and Delete Files": "Entfernen und Dateien löschen",
    "Torrent Speed Limits": "Geschwindigkeitsgrenzen des Torrents",
    " KiB/s": " KiB/s",
    "Unlimited": "Unbegrenzt",
    "Download:": "Download:",
    "Upload:": "Upload:",
    "Move To": "Verschieben nach",
    "DHT: %1": "DHT: %1",
    "Free: %1": "Frei: %1",
    "Revaer\n↓ %1  ↑ %2": "Revaer\n↓ %1  ↑ %2",
    "Caps ↓ %1 ↑ %2": "Grenzen ↓ %1 ↑ %2",
    "Restoring %L1 of %L2 torrents…": "%L1 von %L2 Torrents werden wiederhergestellt …",
    "Download complete": "Download abgeschlossen",
    # NotificationBanner
    "Dismiss": "Schließen",
    # ResumeLoader
    "it names another torrent (%1)": "sie nennt einen anderen Torrent (%1)",
    "it belongs to another torrent (%1)": "sie gehört zu einem anderen Torrent (%1)",
    "%1.json: %2": "%1.json: %2",
    "The saved settings of “%1” were unusable (%2); they were moved to quarantine and rebuilt from its resume data.":
        "Die gespeicherten Einstellungen von „%1“ waren unbrauchbar (%2); sie wurden in die Quarantäne verschoben und aus den "
        "Fortsetzungsdaten neu erstellt.",
    "%1.fastresume has no .json beside it: the torrent was being removed when Revaer stopped, or its .json was deleted. Move both "
    "files back to restore it.":
        "Neben %1.fastresume liegt keine .json: Der Torrent wurde gerade entfernt, als Revaer endete, oder seine .json wurde "
        "gelöscht. Legen Sie beide Dateien zurück, um ihn wiederherzustellen.",
    "“%1” was being removed when Revaer stopped; its resume data was moved to quarantine.":
        "„%1“ wurde gerade entfernt, als Revaer endete; seine Fortsetzungsdaten wurden in die Quarantäne verschoben.",
    "%1.fastresume: %2": "%1.fastresume: %2",
    "%1.fastresume is missing": "%1.fastresume fehlt",
    "Torrent %1 could not be restored: %2. Its files were moved to quarantine.":
        "Torrent %1 konnte nicht wiederhergestellt werden: %2. Seine Dateien wurden in die Quarantäne verschoben.",
    "The resume data of “%1” was unusable (%2); it was moved to quarantine and the torrent was added again from its saved "
    "settings. It will check the data already downloaded.":
        "Die Fortsetzungsdaten von „%1“ waren unbrauchbar (%2); sie wurden in die Quarantäne verschoben und der Torrent aus "
        "seinen gespeicherten Einstellungen neu hinzugefügt. Er prüft die bereits heruntergeladenen Daten.",
    "The download folder of “%1”, “%2”, no longer exists. The torrent is paused: reconnect the drive or restore the folder and "
    "resume it, or move it to another folder.":
        "Der Download-Ordner von „%1“, „%2“, existiert nicht mehr. Der Torrent ist angehalten: Schließen Sie das Laufwerk wieder "
        "an oder stellen Sie den Ordner wieder her und setzen Sie ihn fort, oder verschieben Sie ihn in einen anderen Ordner.",
    "“%1” changed on disk since Revaer last saved it (for example “%2”); its data is being checked again.":
        "„%1“ wurde seit der letzten Sicherung durch Revaer auf dem Datenträger geändert (zum Beispiel „%2“); seine Daten "
        "werden erneut geprüft.",
    # SessionWorker
    "Cannot fetch the metadata of “%1”: %2": "Die Metadaten von „%1“ können nicht geholt werden: %2",
    "The BitTorrent session could not start: %1": "Die BitTorrent-Sitzung konnte nicht starten: %1",
    "The BitTorrent session stopped before the metadata arrived.": "Die BitTorrent-Sitzung endete, bevor die Metadaten eintrafen.",
    "The BitTorrent session failed: %1": "Die BitTorrent-Sitzung ist ausgefallen: %1",
    "The BitTorrent session could not be restarted after %1 tries: %2. Restart Revaer; if this keeps happening, check the "
    "settings and the log (QT_LOGGING_RULES=\"revaer.*=true\").":
        "Die BitTorrent-Sitzung konnte nach %1 Versuchen nicht neu gestartet werden: %2. Starten Sie Revaer neu; passiert das "
        "wieder, prüfen Sie die Einstellungen und das Protokoll (QT_LOGGING_RULES=\"revaer.*=true\").",
    "The BitTorrent session failed and could not be restarted yet (try %1 of %2): %3":
        "Die BitTorrent-Sitzung ist ausgefallen und konnte noch nicht neu gestartet werden (Versuch %1 von %2): %3",
    "Cannot accept incoming connections on %1 port %2: %3. Another program may be using the port: choose another port in the "
    "settings, or stop that program. Revaer keeps trying.":
        "Auf %1 Port %2 können keine eingehenden Verbindungen angenommen werden: %3. Vielleicht nutzt ein anderes Programm den "
        "Port: Wählen Sie in den Einstellungen einen anderen Port oder beenden Sie das Programm. Revaer versucht es weiter.",
    "The disk holding “%1” is full: “%2” stopped. Free some space; Revaer resumes it when there is room again.":
        "Der Datenträger mit „%1“ ist voll: „%2“ wurde angehalten. Geben Sie Speicher frei; Revaer setzt ihn fort, sobald "
        "wieder Platz ist.",
    "Settings file “%1”: %2": "Einstellungsdatei „%1“: %2",
    "Cannot add “%1”: the file does not exist. Check the path, or download the .torrent file again.":
        "„%1“ kann nicht hinzugefügt werden: die Datei existiert nicht. Prüfen Sie den Pfad oder laden Sie die .torrent-Datei "
        "erneut herunter.",
    "Cannot add “%1”: it is a folder, not a .torrent file.": "„%1“ kann nicht hinzugefügt werden: es ist ein Ordner, keine .torrent-Datei.",
    "Cannot add “%1”: at %2 bytes it is too large to be a .torrent file.":
        "„%1“ kann nicht hinzugefügt werden: mit %2 Bytes ist es zu groß für eine .torrent-Datei.",
    "Cannot read “%1”: %2. Check that Revaer may read it.": "„%1“ kann nicht gelesen werden: %2. Prüfen Sie, dass Revaer es lesen darf.",
    "“%1” had sequential download %2 in its resume data but %3 in its saved settings; the saved setting was applied.":
        "„%1“ hatte den Download in Reihenfolge in den Fortsetzungsdaten %2, in den gespeicherten Einstellungen aber %3; die "
        "gespeicherte Einstellung gilt.",
    "on": "an",
    "off": "aus",
    "libtorrent refused it: %1": "libtorrent hat es abgelehnt: %1",
    "The file selection of “%1” in its resume data differed from its saved settings; the saved selection was applied.":
        "Die Dateiauswahl von „%1“ in den Fortsetzungsdaten wich von den gespeicherten Einstellungen ab; die gespeicherte "
        "Auswahl gilt.",
    "Cannot connect “%1” to %2: not an address and port such as 192.0.2.7:6881.":
        "„%1“ kann nicht mit %2 verbunden werden: keine Adresse mit Port wie 192.0.2.7:6881.",
    "The BitTorrent session is not running.": "Die BitTorrent-Sitzung läuft nicht.",
    "Cannot use the metadata received for “%1”.": "Die für „%1“ empfangenen Metadaten sind unbrauchbar.",
    "Resume data cannot be saved: %1. Torrents keep downloading, but what changed will not survive a restart until this is fixed.":
        "Fortsetzungsdaten können nicht gespeichert werden: %1. Die Torrents laden weiter, aber Änderungen überstehen keinen "
        "Neustart, bis das behoben ist.",
    "Revaer did not shut down cleanly last time; every torrent is restored from its last saved state.":
        "Revaer wurde zuletzt nicht sauber beendet; jeder Torrent wird aus seinem zuletzt gespeicherten Zustand wiederhergestellt.",
    "the session refused it": "die Sitzung hat es abgelehnt",
    "“%1” could not be restored: %2. Its files were moved to quarantine.":
        "„%1“ konnte nicht wiederhergestellt werden: %2. Seine Dateien wurden in die Quarantäne verschoben.",
    # SettingsDialog
    "Settings": "Einstellungen",
    "Downloads": "Downloads",
    "Connection": "Verbindung",
    "Speed": "Geschwindigkeit",
    "BitTorrent": "BitTorrent",
    "Interface": "Oberfläche",
    "Browse…": "Durchsuchen …",
    "Default Save Path": "Standard-Speicherort",
    "Save new torrents to:": "Neue Torrents speichern in:",
    "Show the add dialog to choose files and folder": "Beim Hinzufügen Dateien und Ordner wählen lassen",
    "0 lets the system pick a free port at each start.": "Bei 0 wählt das System bei jedem Start einen freien Port.",
    "Listen on port:": "Port für eingehende Verbindungen:",
    "Forward the port with UPnP": "Port per UPnP weiterleiten",
    "Forward the port with NAT-PMP": "Port per NAT-PMP weiterleiten",
    "Prefer encryption": "Verschlüsselung bevorzugen",
    "Require encryption": "Verschlüsselung verlangen",
    "Disable encryption": "Verschlüsselung abschalten",
    "Encryption:": "Verschlüsselung:",
    "Connect over TCP first (uTP is still accepted)": "Zuerst über TCP verbinden (uTP wird weiter angenommen)",
    "Global caps": "Globale Grenzen",
    "Alternative caps": "Alternative Grenzen",
    "Use the alternative caps now": "Die alternativen Grenzen jetzt nutzen",
    "Switch them on by schedule:": "Nach Zeitplan einschalten:",
    "to": "bis",
    "Apply the caps to peers on the local network too": "Die Grenzen auch für Gegenstellen im lokalen Netz anwenden",
    "Find peers on the DHT network": "Gegenstellen über das DHT-Netz finden",
    "Exchange peers with peers (takes effect at the next start)": "Gegenstellen mit Gegenstellen austauschen (ab dem nächsten Start)",
    "Find peers on the local network": "Gegenstellen im lokalen Netz finden",
    "Active downloads at most:": "Höchstens aktive Downloads:",
    "Active uploads at most:": "Höchstens aktive Uploads:",
    "Active torrents at most:": "Höchstens aktive Torrents:",
    "Connections at most:": "Höchstens Verbindungen:",
    "System language": "Sprache des Systems",
    "Language (after a restart):": "Sprache (nach einem Neustart):",
    "Ask before removing torrents": "Vor dem Entfernen von Torrents nachfragen",
    "Closing the window keeps Revaer running in the system tray": "Nach dem Schließen des Fensters läuft Revaer im Systembereich weiter",
    "No limit": "Keine Grenze",
    # SpeedGraph
    "5 minutes ago": "vor 5 Minuten",
    "now": "jetzt",
    "Download %1": "Download %1",
    "Upload %1": "Upload %1",
    # TorrentListModel
    "ETA": "Restzeit",
    "Ratio": "Verhältnis",
    "Added On": "Hinzugefügt am",
    "Save Path": "Speicherort",
    # StatusFilter
    "All": "Alle",
    "Downloading": "Lädt herunter",
    "Seeding": "Verteilt",
    "Completed": "Fertig",
    "Paused": "Angehalten",
    "Active": "Aktiv",
    "Errored": "Fehlerhaft",
    # TorrentCreator
    "Cannot create a torrent from “%1”: it does not exist.": "Aus „%1“ kann kein Torrent erstellt werden: es existiert nicht.",
    "Cannot create a torrent from “%1”: it holds no files.": "Aus „%1“ kann kein Torrent erstellt werden: es enthält keine Dateien.",
    "Cannot create a torrent from “%1”: %2.": "Aus „%1“ kann kein Torrent erstellt werden: %2.",
    # TorrentDetails
    "D: downloading from the peer, d: interested but choked, U: uploading to the peer, u: the peer is interested but choked, "
    "S: snubbed, O: optimistic unchoke, I: incoming, E: encrypted, P: uTP, X: found through peer exchange, H: through DHT, "
    "L: on the local network, T: through a tracker":
        "D: lädt von der Gegenstelle, d: interessiert, aber gedrosselt, U: lädt zur Gegenstelle hoch, u: Gegenstelle "
        "interessiert, aber gedrosselt, S: abgewiesen, O: optimistisch freigegeben, I: eingehend, E: verschlüsselt, P: uTP, "
        "X: über Peer-Austausch gefunden, H: über DHT, L: im lokalen Netz, T: über einen Tracker",
    # TorrentFileParser
    "Cannot add “%1”: the file is empty. Download the .torrent file again.":
        "„%1“ kann nicht hinzugefügt werden: die Datei ist leer. Laden Sie die .torrent-Datei erneut herunter.",
    "Cannot add “%1”: it is not a valid torrent file (%2). Download the .torrent file again, or check that it is a torrent file.":
        "„%1“ kann nicht hinzugefügt werden: es ist keine gültige Torrent-Datei (%2). Laden Sie die .torrent-Datei erneut "
        "herunter oder prüfen Sie, ob es eine Torrent-Datei ist.",
    "Cannot add magnet link “%1”: %2. Copy the whole link again from where you found it.":
        "Der Magnet-Link „%1“ kann nicht hinzugefügt werden: %2. Kopieren Sie den ganzen Link erneut von seiner Quelle.",
    # TorrentState
    "Loading": "Wird geladen",
    "Checking": "Wird geprüft",
    "Fetching metadata": "Holt Metadaten",
    "Queued": "Wartet",
    "Error": "Fehler",
    # Units
    "%1/s": "%1/s",
    "%1d %2h": "%1 T %2 h",
    "%1h %2m": "%1 h %2 min",
    "%1m %2s": "%1 min %2 s",
    "%1s": "%1 s",
    "Choose the folder to save to (a full path).": "Wählen Sie den Ordner zum Speichern (ein vollständiger Pfad).",
    "Cannot save to “%1”: “%2” is a file, not a folder. Choose another folder.":
        "In „%1“ kann nicht gespeichert werden: „%2“ ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner.",
    "Cannot save to “%1”: Revaer may not write to “%2”. Choose another folder.":
        "In „%1“ kann nicht gespeichert werden: Revaer darf nicht in „%2“ schreiben. Wählen Sie einen anderen Ordner.",
    # Queue
    "Move to &Top of Queue": "An den &Anfang der Warteschlange",
    "Move &Up in Queue": "In der Warteschlange nach &oben",
    "Move &Down in Queue": "In der Warteschlange nach &unten",
    "Move to &Bottom of Queue": "An das &Ende der Warteschlange",
    "&Queue": "&Warteschlange",
    "#": "#",
    # Seeding goals
    "ratio %1": "Verhältnis %1",
    "%1 of seeding": "%1 Verteilen",
    "“%1” reached its seeding goal (%2) and was paused. Resume it to seed on.":
        "„%1“ hat sein Verteilziel erreicht (%2) und wurde angehalten. Setzen Sie ihn fort, um weiter zu verteilen.",
    "Never": "Nie",
    " min": " min",
    "Stop seeding at ratio:": "Verteilen beenden bei Verhältnis:",
    "Stop seeding after:": "Verteilen beenden nach:",
    # DesktopIntegration
    "Cannot write to the registry (%1).": "In die Registrierung kann nicht geschrieben werden (%1).",
    "Launch Services refused it (error %1).": "Launch Services hat es abgelehnt (Fehler %1).",
    "This system has no way to choose the default application.": "Auf diesem System lässt sich keine Standardanwendung wählen.",
    "Make Revaer the &Default": "Revaer als &Standard festlegen",
    "Magnet links and .torrent files open in Revaer.": "Magnet-Links und .torrent-Dateien öffnen sich in Revaer.",
    "Magnet links and .torrent files open in another application, or in none.":
        "Magnet-Links und .torrent-Dateien öffnen sich in einer anderen Anwendung oder in keiner.",
    "Opening torrents:": "Torrents öffnen:",
    # main
    "Magnet links and .torrent files do not open in Revaer yet: Settings > Interface makes it the default.":
        "Magnet-Links und .torrent-Dateien öffnen sich noch nicht in Revaer: Einstellungen > Oberfläche macht es zum Standard.",
    "Other launches of Revaer cannot hand torrents to this one: %1":
        "Weitere Starts von Revaer können diesem keine Torrents übergeben: %1",
    # Issue 8 and 9: full disks, hostile files, stalled torrents, trackers, the log
    # AppSettings: an unreadable settings file
    "it is not text": "es ist kein Text",
    "it is not in INI format (line %1)": "es ist nicht im INI-Format (Zeile %1)",
    "Settings file “%1” cannot be read (%2) and cannot be moved aside (%3). Revaer runs on its defaults; remove or fix the file.":
        "Die Einstellungsdatei „%1“ ist nicht lesbar (%2) und lässt sich nicht beiseitelegen (%3). Revaer läuft mit seinen Voreinstellungen; entfernen oder reparieren Sie die Datei.",
    "Settings file “%1” could not be read (%2); it was kept as “%3” and a new one was started":
        "Die Einstellungsdatei „%1“ war nicht lesbar (%2); sie wurde als „%3“ aufbewahrt und eine neue angelegt",
    "So as not to turn on what you may have turned off, these are off until you turn them on in Settings: %1.":
        "Damit nichts eingeschaltet wird, was Sie ausgeschaltet hatten, bleibt dies aus, bis Sie es in den Einstellungen einschalten: %1.",
    # CommandLine
    "Headless mode: accept peers on port N (0 picks a free port).": "Ohne Fenster: Gegenstellen auf Port N annehmen (0 wählt einen freien Port).",
    "Headless mode: exit once every torrent is complete.": "Ohne Fenster: beenden, sobald jeder Torrent vollständig ist.",
    "Headless mode: connect to the peer at HOST:PORT for every torrent.": "Ohne Fenster: jeden Torrent mit der Gegenstelle HOST:PORT verbinden.",
    "Headless mode: cap downloads at KIB KiB/s (0 for none).": "Ohne Fenster: Downloads auf KIB KiB/s begrenzen (0 für keine Grenze).",
    "Headless mode: cap uploads at KIB KiB/s (0 for none).": "Ohne Fenster: Uploads auf KIB KiB/s begrenzen (0 für keine Grenze).",
    "--peer “%1”: %2": "--peer „%1“: %2",
    "give HOST:PORT, such as 192.0.2.7:6881, peer.example:6881 or [2001:db8::7]:6881":
        "geben Sie HOST:PORT an, etwa 192.0.2.7:6881, peer.example:6881 oder [2001:db8::7]:6881",
    "cannot find the address of “%1”: %2": "die Adresse von „%1“ ist nicht zu finden: %2",
    "%1 is not the address of a peer": "%1 ist nicht die Adresse einer Gegenstelle",
    # Details panel
    "Not reachable from this address": "Von dieser Adresse nicht erreichbar",
    "DHT": "DHT",
    "PeX (peer exchange)": "PeX (Peer-Austausch)",
    "LSD (local discovery)": "LSD (lokale Suche)",
    "Status:": "Status:",
    "Speed limits:": "Geschwindigkeitsgrenzen:",
    "%1: %2": "%1: %2",
    "none of its own (the global caps apply)": "keine eigenen (es gelten die globalen Grenzen)",
    "All torrents": "Alle Torrents",
    "&Copy Address": "Adresse &kopieren",
    "&Ban Peer for This Session…": "Gegenstelle für diese Sitzung &sperren …",
    "&Add Peers…": "Gegenstellen &hinzufügen …",
    "Ban Peers": "Gegenstellen sperren",
    "Cannot open “%1”: it is not on disk yet (not downloaded, skipped, or moved).":
        "„%1“ lässt sich nicht öffnen: es liegt noch nicht auf der Platte (nicht heruntergeladen, übersprungen oder verschoben).",
    "Cannot open “%1”: no program answered for it.": "„%1“ lässt sich nicht öffnen: kein Programm hat sich dafür gemeldet.",
    "&Priority": "&Priorität",
    "&Open": "Ö&ffnen",
    "&Open Folder": "Ordner ö&ffnen",
    "Open &Containing Folder": "Enthaltenden &Ordner öffnen",
    "&Rename…": "&Umbenennen …",
    "Rename": "Umbenennen",
    "New name:": "Neuer Name:",
    "Cannot rename “%1” to “%2”: a name cannot hold / or \\, nor be . or ..":
        "„%1“ lässt sich nicht in „%2“ umbenennen: ein Name darf weder / noch \\ enthalten und nicht . oder .. sein",
    "announcing…": "meldet sich …",
    "Off: the torrent is private": "Aus: der Torrent ist privat",
    "Off in Settings": "In den Einstellungen aus",
    "IPv6 (%1)": "IPv6 (%1)",
    "IPv4 (%1)": "IPv4 (%1)",
    # Peer prompt
    "Add Peers": "Gegenstellen hinzufügen",
    "Peers to connect to, as address:port (192.0.2.7:6881, [2001:db8::7]:6881), one per line:":
        "Gegenstellen, mit denen verbunden werden soll, als Adresse:Port (192.0.2.7:6881, [2001:db8::7]:6881), eine pro Zeile:",
    # Profile and instance
    "it is not a folder": "es ist kein Ordner",
    "it belongs to another user (uid %1)": "es gehört einem anderen Benutzer (UID %1)",
    "other users may use it (mode %1)": "andere Benutzer dürfen es verwenden (Modus %1)",
    "the standard profile (“%1”, “%2”)": "das Standardprofil („%1“, „%2“)",
    "the profile “%1”": "das Profil „%1“",
    "Cannot use %1: %2. Choose another folder with --profile, or fix this one.":
        "%1 ist nicht verwendbar: %2. Wählen Sie mit --profile einen anderen Ordner oder reparieren Sie diesen.",
    "Cannot use %1: Revaer cannot write in “%2” (%3). Choose another folder with --profile, or free some space or fix the folder's permissions.":
        "%1 ist nicht verwendbar: Revaer kann nicht in „%2“ schreiben (%3). Wählen Sie mit --profile einen anderen Ordner, oder schaffen Sie Platz oder korrigieren Sie die Rechte des Ordners.",
    "cannot create “%1”: %2": "„%1“ lässt sich nicht anlegen: %2",
    "“%1” cannot hold Revaer's socket: %2. Remove it, or set XDG_RUNTIME_DIR.":
        "„%1“ kann Revaers Socket nicht aufnehmen: %2. Entfernen Sie es oder setzen Sie XDG_RUNTIME_DIR.",
    "Revaer is already running on %1 (PID %2), but it did not take the torrents: %3. Add them from its window (File > Open).":
        "Revaer läuft bereits mit %1 (PID %2), hat die Torrents aber nicht angenommen: %3. Fügen Sie sie in seinem Fenster hinzu (Datei > Öffnen).",
    # Add dialog
    "Filter files by name…": "Dateien nach Namen filtern …",
    # Engine messages
    "“%1” stopped downloading: the disk holding “%2” is full. Free some space: Revaer resumes it when there is room, or press Resume.":
        "„%1“ lädt nicht mehr herunter: der Datenträger mit „%2“ ist voll. Schaffen Sie Platz: Revaer setzt fort, sobald wieder Platz ist, oder drücken Sie Fortsetzen.",
    "Cannot rename file %1 of “%2”: %3. It keeps its name.": "Datei %1 von „%2“ lässt sich nicht umbenennen: %3. Sie behält ihren Namen.",
    "waiting for its turn: torrents are checked one or a few at a time": "wartet, bis er an der Reihe ist: Torrents werden einzeln oder zu wenigen geprüft",
    "waiting in the queue for a free slot (Settings > BitTorrent sets how many run at once)":
        "wartet in der Warteschlange auf einen freien Platz (wie viele gleichzeitig laufen, legt Einstellungen > BitTorrent fest)",
    "nobody to serve: no peer that still downloads is connected": "niemand zu bedienen: keine Gegenstelle verbunden, die noch herunterlädt",
    "no peers found yet: the trackers answer, but know no other peer for it": "noch keine Gegenstellen gefunden: die Tracker antworten, kennen aber keine andere Gegenstelle dafür",
    "no peers found: no tracker answers: %1": "keine Gegenstellen gefunden: kein Tracker antwortet: %1",
    "no peers found yet (no tracker has answered; DHT, peer exchange and local discovery find peers slowly)":
        "noch keine Gegenstellen gefunden (kein Tracker hat geantwortet; DHT, Peer-Austausch und lokale Suche finden Gegenstellen langsam)",
    "the metadata (the list of files) has not arrived: %1": "die Metadaten (die Dateiliste) sind noch nicht da: %1",
    "Cannot create the resume folder “%1”: %2. Check that its parent exists and that Revaer may write there.":
        "Der Fortsetzungsordner „%1“ lässt sich nicht anlegen: %2. Prüfen Sie, ob der übergeordnete Ordner existiert und Revaer dort schreiben darf.",
    "Refused to replace “%1” with an empty file.": "„%1“ wurde nicht durch eine leere Datei ersetzt.",
    "cannot move “%1” to “%2”: %3": "„%1“ lässt sich nicht nach „%2“ verschieben: %3",
    "not supported here": "hier nicht unterstützt",
    "cannot replace the old file": "die alte Datei lässt sich nicht ersetzen",
    "cannot rename": "Umbenennen nicht möglich",
    "cannot remove": "Entfernen nicht möglich",
    "The saved settings of “%1” were unusable (%2); they were moved to quarantine and rebuilt from its resume data (its folder, file selection, trackers and dates).":
        "Die gespeicherten Einstellungen von „%1“ waren unbrauchbar (%2); sie wurden in die Quarantäne verschoben und aus den Fortsetzungsdaten neu aufgebaut (Ordner, Dateiauswahl, Tracker und Daten).",
    "from “%1”": "aus „%1“",
    "from its magnet link": "aus seinem Magnet-Link",
    "from its info-hash and trackers": "aus seinem Info-Hash und seinen Trackern",
    "The resume data of “%1” was unusable (%2); it was moved to quarantine and the torrent was added again %3, with its saved folder, file selection and trackers. It will check the data already downloaded.":
        "Die Fortsetzungsdaten von „%1“ waren unbrauchbar (%2); sie wurden in die Quarantäne verschoben und der Torrent wurde %3 neu hinzugefügt, mit gespeichertem Ordner, Dateiauswahl und Trackern. Die bereits heruntergeladenen Daten werden geprüft.",
    "it is a folder, not a file": "es ist ein Ordner, keine Datei",
    "it is a pipe (FIFO), not a regular file": "es ist eine Pipe (FIFO), keine normale Datei",
    "it is a device, not a regular file": "es ist ein Gerät, keine normale Datei",
    "it is not a regular file": "es ist keine normale Datei",
    "at %1 bytes it is larger than the %2 bytes allowed": "mit %1 Bytes ist es größer als die erlaubten %2 Bytes",
    "it grew past the %1 bytes allowed while it was read": "es ist beim Lesen über die erlaubten %1 Bytes gewachsen",
    "it is larger than the %1 bytes allowed": "es ist größer als die erlaubten %1 Bytes",
    "“%1” is a file, not a folder": "„%1“ ist eine Datei, kein Ordner",
    "cannot create the folder “%1”: %2": "der Ordner „%1“ lässt sich nicht anlegen: %2",
    "cannot create the folder “%1”": "der Ordner „%1“ lässt sich nicht anlegen",
    "Port %1 is used by another program, so Revaer accepts peers on port %2 for now. Choose another port in Settings > Connection (one your router forwards), or stop that program.":
        "Port %1 wird von einem anderen Programm belegt, daher nimmt Revaer Gegenstellen vorerst auf Port %2 an. Wählen Sie unter Einstellungen > Verbindung einen anderen Port (einen, den Ihr Router weiterleitet), oder beenden Sie das Programm.",
    "Cannot accept incoming connections: “%1” cannot be listened on, on any port (%2: %3). Check the listen addresses in the settings. Revaer keeps trying.":
        "Eingehende Verbindungen sind nicht möglich: auf „%1“ lässt sich auf keinem Port lauschen (%2: %3). Prüfen Sie die Lauschadressen in den Einstellungen. Revaer versucht es weiter.",
    "Settings file “%1” cannot be read (%2); the settings in force stay until it can.":
        "Die Einstellungsdatei „%1“ ist nicht lesbar (%2); die geltenden Einstellungen bleiben, bis sie es wieder ist.",
    "Cannot add %1. Choose the .torrent file itself.": "%1 lässt sich nicht hinzufügen. Wählen Sie die .torrent-Datei selbst.",
    "Cannot add “%1”: %2. Choose a download folder Revaer may write to.":
        "„%1“ lässt sich nicht hinzufügen: %2. Wählen Sie einen Download-Ordner, in den Revaer schreiben darf.",
    "Cannot ban “%1”: not an IP address.": "„%1“ lässt sich nicht sperren: keine IP-Adresse.",
    "Cannot rename a file of “%1” to “%2”: a name must stay inside the torrent's folder.":
        "Eine Datei von „%1“ lässt sich nicht in „%2“ umbenennen: ein Name muss im Ordner des Torrents bleiben.",
    "The download folder of “%1” cannot be created (%2). The torrent is paused: choose another folder with Move, then resume it.":
        "Der Download-Ordner von „%1“ lässt sich nicht anlegen (%2). Der Torrent ist pausiert: wählen Sie mit Verschieben einen anderen Ordner und setzen Sie ihn dann fort.",
    "Setting its damaged files aside failed (%1): remove them from the resume folder by hand.":
        "Das Beiseitelegen seiner beschädigten Dateien ist fehlgeschlagen (%1): entfernen Sie sie von Hand aus dem Fortsetzungsordner.",
    # Log window and log
    "Revaer Log": "Revaer-Protokoll",
    "Everything": "Alles",
    "Warnings and errors": "Warnungen und Fehler",
    "Errors only": "Nur Fehler",
    "Filter messages…": "Meldungen filtern …",
    "Show:": "Zeigen:",
    "&Copy": "&Kopieren",
    "Copy &All": "&Alles kopieren",
    "Open Log &Folder": "Protokoll&ordner öffnen",
    "Also written to %1": "Auch gespeichert in %1",
    "Cannot write the log file “%1”: %2.": "Die Protokolldatei „%1“ lässt sich nicht schreiben: %2.",
    "Note": "Hinweis",
    "Warning": "Warnung",
    "Time": "Zeit",
    "Severity": "Schwere",
    "Torrent": "Torrent",
    "Show the &Log…": "&Protokoll zeigen …",
    # Main window
    "Force Re&announce": "Erneut &melden",
    "Add P&eers…": "&Gegenstellen hinzufügen …",
    "&About Revaer": "&Über Revaer",
    "&Log": "&Protokoll",
    "&Help": "&Hilfe",
    "&User Guide": "&Handbuch",
    "When Something Goes &Wrong": "Wenn etwas &schiefgeht",
    "Revaer: a torrent stopped": "Revaer: ein Torrent wurde angehalten",
    "Added, saving to “%1”.": "Hinzugefügt, speichert nach „%1“.",
    "Already Added": "Bereits hinzugefügt",
    "&Merge Trackers": "Tracker &zusammenführen",
    "&Leave It": "&So lassen",
    "Cannot add “%1”: %2": "„%1“ lässt sich nicht hinzufügen: %2",
    "Cannot open the folder of “%1”: “%2” does not exist (moved, deleted, or on a drive that is not connected). Reconnect it, or use Move To… to say where the files are.":
        "Der Ordner von „%1“ lässt sich nicht öffnen: „%2“ existiert nicht (verschoben, gelöscht oder auf einem nicht verbundenen Laufwerk). Verbinden Sie es wieder, oder sagen Sie mit Verschieben nach …, wo die Dateien liegen.",
    "Cannot open “%1”: no file manager answered. Install one, or open the folder yourself.":
        "„%1“ lässt sich nicht öffnen: kein Dateimanager hat sich gemeldet. Installieren Sie einen oder öffnen Sie den Ordner selbst.",
    "<h3>Revaer %1</h3><p>A BitTorrent client that never loses a torrent.</p><p>Qt %2 (built with %3), libtorrent %4</p><p>Licence: GNU General Public License, version 3 or later.</p><p>Profile: %5<br>Log: %6</p>":
        "<h3>Revaer %1</h3><p>Ein BitTorrent-Client, der nie einen Torrent verliert.</p><p>Qt %2 (gebaut mit %3), libtorrent %4</p><p>Lizenz: GNU General Public License, Version 3 oder später.</p><p>Profil: %5<br>Protokoll: %6</p>",
    "not written": "nicht gespeichert",
    "About Revaer": "Über Revaer",
    "Cannot open %1: it is not installed with this Revaer.": "%1 lässt sich nicht öffnen: es ist mit diesem Revaer nicht installiert.",
    "Cannot open “%1”: no program answered for it. Open it yourself.": "„%1“ lässt sich nicht öffnen: kein Programm hat sich dafür gemeldet. Öffnen Sie es selbst.",
    "Download complete in “%1”.": "Download abgeschlossen in „%1“.",
    "%1 apply to headless mode only (revaer --headless) and were ignored: the window takes them from Settings and the status bar.":
        "%1 gelten nur ohne Fenster (revaer --headless) und wurden nicht beachtet: das Fenster nimmt diese Werte aus den Einstellungen und der Statusleiste.",
    "Magnet links and .torrent files opened from the desktop cannot reach this window (%1); open them with File > Open or drop them here.":
        "Vom Desktop geöffnete Magnet-Links und .torrent-Dateien erreichen dieses Fenster nicht (%1); öffnen Sie sie mit Datei > Öffnen oder ziehen Sie sie hierher.",
    # Settings
    "Start new torrents paused": "Neue Torrents pausiert starten",
    "This desktop has no system tray: closing the window quits Revaer. The setting applies once a tray appears.":
        "Dieser Desktop hat keinen Systemabschnitt der Kontrollleiste: Schließen des Fensters beendet Revaer. Die Einstellung gilt, sobald einer erscheint.",
    "Closing the window keeps Revaer running in the system tray (no tray on this desktop)":
        "Beim Schließen des Fensters läuft Revaer im Systemabschnitt der Kontrollleiste weiter (auf diesem Desktop gibt es keinen)",
    # Speed graph, list
    "−%1 min": "−%1 min",
    "Speed Limits": "Geschwindigkeitsgrenzen",
    "↓ %1": "↓ %1",
    "↑ %1": "↑ %1",
    "Stalled": "Stockt",
    "Moving": "Wird verschoben",
}

# Plural forms (German has two): source -> (one, many).
PLURALS = {
    "%n torrents": ("%n Torrent", "%n Torrents"),
    "%n more": ("%n weitere", "%n weitere"),
    "%n torrents added to “%1” without the add dialog; choose their files in the Files tab.": (
        "%n Torrent ohne Hinzufügen-Dialog zu „%1“ hinzugefügt; seine Dateien wählen Sie im Reiter Dateien.",
        "%n Torrents ohne Hinzufügen-Dialog zu „%1“ hinzugefügt; ihre Dateien wählen Sie im Reiter Dateien."),
    " with the %n setting(s) that could be read": (" mit der %n lesbaren Einstellung", " mit den %n lesbaren Einstellungen"),
    "connected to %n peer(s), none of which has the pieces it wants": (
        "mit %n Gegenstelle verbunden, die keines der gewünschten Stücke hat",
        "mit %n Gegenstellen verbunden, von denen keine die gewünschten Stücke hat"),
    "connected to %n peer(s), none of which sends data (they are busy or choke it)": (
        "mit %n Gegenstelle verbunden, die keine Daten sendet (sie ist ausgelastet oder drosselt)",
        "mit %n Gegenstellen verbunden, von denen keine Daten sendet (sie sind ausgelastet oder drosseln)"),
    "%n peer(s) known, none of which accepts a connection (refused, unreachable or banned)": (
        "%n Gegenstelle bekannt, die keine Verbindung annimmt (abgelehnt, unerreichbar oder gesperrt)",
        "%n Gegenstellen bekannt, von denen keine eine Verbindung annimmt (abgelehnt, unerreichbar oder gesperrt)"),
    "Refuse %n peer(s) until Revaer quits? Their connections are dropped, for every torrent.": (
        "%n Gegenstelle abweisen, bis Revaer beendet wird? Ihre Verbindungen werden getrennt, für jeden Torrent.",
        "%n Gegenstellen abweisen, bis Revaer beendet wird? Ihre Verbindungen werden getrennt, für jeden Torrent."),
    "The disk holding “%1” is full: %n torrent(s) stopped downloading (%2). Free some space; Revaer resumes them when there is room again.": (
        "Der Datenträger mit „%1“ ist voll: %n Torrent lädt nicht mehr herunter (%2). Schaffen Sie Platz; Revaer setzt fort, sobald wieder Platz ist.",
        "Der Datenträger mit „%1“ ist voll: %n Torrents laden nicht mehr herunter (%2). Schaffen Sie Platz; Revaer setzt sie fort, sobald wieder Platz ist."),
    "Add its %n tracker(s) to the torrent in the list? Trackers it already has are kept once.": (
        "Seinen %n Tracker zum Torrent in der Liste hinzufügen? Tracker, die er schon hat, bleiben einmal erhalten.",
        "Seine %n Tracker zum Torrent in der Liste hinzufügen? Tracker, die er schon hat, bleiben einmal erhalten."),
    "%n older not shown": ("%n ältere nicht gezeigt", "%n ältere nicht gezeigt"),
}
