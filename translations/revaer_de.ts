<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AppSettings</name>
        <message>
            <source>%1 = “%2” is not true or false; keeping %3.</source>
            <translation>%1 = „%2“ ist weder true noch false; %3 bleibt.</translation>
        </message>
        <message>
            <source>%1 = “%2” is not a number; keeping %3.</source>
            <translation>%1 = „%2“ ist keine Zahl; %3 bleibt.</translation>
        </message>
        <message>
            <source>%1 = %2 is outside %3 to %4; keeping %5.</source>
            <translation>%1 = %2 liegt nicht zwischen %3 und %4; %5 bleibt.</translation>
        </message>
        <message>
            <source>%1 = “%2” is not a time such as 22:30; keeping %3.</source>
            <translation>%1 = „%2“ ist keine Uhrzeit wie 22:30; %3 bleibt.</translation>
        </message>
        <message>
            <source>Connection/encryption = “%1” is not prefer, require or disable; keeping %2.</source>
            <translation>Connection/encryption = „%1“ ist weder prefer, require noch disable; %2 bleibt.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Run without a window: download SOURCEs and print progress.</source>
            <translation>Ohne Fenster laufen: QUELLEN herunterladen und den Fortschritt ausgeben.</translation>
        </message>
        <message>
            <source>Keep settings and resume data under DIR.</source>
            <translation>Einstellungen und Fortsetzungsdaten unter DIR ablegen.</translation>
        </message>
        <message>
            <source>Download into DIR.</source>
            <translation>Nach DIR herunterladen.</translation>
        </message>
        <message>
            <source>Accept peers on port N (0 picks a free port).</source>
            <translation>Gegenstellen auf Port N annehmen (0 wählt einen freien Port).</translation>
        </message>
        <message>
            <source>Exit once every torrent is complete.</source>
            <translation>Beenden, sobald jeder Torrent vollständig ist.</translation>
        </message>
        <message>
            <source>Print timing figures: restore, stalls, shutdown.</source>
            <translation>Zeitmessungen ausgeben: Wiederherstellen, Hänger, Beenden.</translation>
        </message>
        <message>
            <source>Connect to the peer at HOST:PORT for every torrent.</source>
            <translation>Jeden Torrent mit der Gegenstelle HOST:PORT verbinden.</translation>
        </message>
        <message>
            <source>Cap downloads at KIB KiB/s (0 for none).</source>
            <translation>Downloads auf KIB KiB/s begrenzen (0 für keine Grenze).</translation>
        </message>
        <message>
            <source>Cap uploads at KIB KiB/s (0 for none).</source>
            <translation>Uploads auf KIB KiB/s begrenzen (0 für keine Grenze).</translation>
        </message>
        <message>
            <source>Revaer, a BitTorrent client.</source>
            <translation>Revaer, ein BitTorrent-Client.</translation>
        </message>
        <message>
            <source>A .torrent file or a magnet link.</source>
            <translation>Eine .torrent-Datei oder ein Magnet-Link.</translation>
        </message>
        <message>
            <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
            <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
        </message>
    </context>
    <context>
        <name>DesktopIntegration</name>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>„%1“ kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot write to the registry (%1).</source>
            <translation>In die Registrierung kann nicht geschrieben werden (%1).</translation>
        </message>
        <message>
            <source>Launch Services refused it (error %1).</source>
            <translation>Launch Services hat es abgelehnt (Fehler %1).</translation>
        </message>
        <message>
            <source>This system has no way to choose the default application.</source>
            <translation>Auf diesem System lässt sich keine Standardanwendung wählen.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Not contacted yet</source>
            <translation>Noch nicht kontaktiert</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Wird aktualisiert …</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Funktioniert</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Funktioniert nicht</translation>
        </message>
    </context>
    <context>
        <name>HealthState</name>
        <message>
            <source>Healthy</source>
            <translation>Gesund</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Eingeschränkt</translation>
        </message>
        <message>
            <source>Unhealthy</source>
            <translation>Gestört</translation>
        </message>
    </context>
    <context>
        <name>LibtorrentSession</name>
        <message>
            <source>the torrent</source>
            <translation>der Torrent</translation>
        </message>
        <message>
            <source>Cannot restore “%1”: its resume data is unreadable (%2).</source>
            <translation>„%1“ kann nicht wiederhergestellt werden: seine Fortsetzungsdaten sind unlesbar (%2).</translation>
        </message>
        <message>
            <source>Cannot add “%1”: it belongs to another torrent (%2), not %3.</source>
            <translation>„%1“ kann nicht hinzugefügt werden: es gehört zu einem anderen Torrent (%2), nicht zu %3.</translation>
        </message>
        <message>
            <source>Cannot add “%1”: it carries no info-hash.</source>
            <translation>„%1“ kann nicht hinzugefügt werden: es enthält keinen Info-Hash.</translation>
        </message>
    </context>
    <context>
        <name>Revaer::AddTorrentDialog</name>
        <message>
            <source>Start &amp;paused</source>
            <translation>&amp;Angehalten starten</translation>
        </message>
        <message>
            <source>Download in &amp;sequential order</source>
            <translation>In &amp;Reihenfolge herunterladen</translation>
        </message>
        <message>
            <source>Add &amp;Without Waiting</source>
            <translation>&amp;Ohne Warten hinzufügen</translation>
        </message>
        <message>
            <source>Add Torrent</source>
            <translation>Torrent hinzufügen</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Alle auswählen</translation>
        </message>
        <message>
            <source>Select &amp;None</source>
            <translation>&amp;Keine auswählen</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen …</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Speichern in:</translation>
        </message>
        <message>
            <source>Cannot add “%1”: the file does not exist.</source>
            <translation>„%1“ kann nicht hinzugefügt werden: die Datei existiert nicht.</translation>
        </message>
        <message>
            <source>Cannot read “%1”: %2.</source>
            <translation>„%1“ kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>Info-hash: %1</source>
            <translation>Info-Hash: %1</translation>
        </message>
        <message>
            <source>Magnet link</source>
            <translation>Magnet-Link</translation>
        </message>
        <message>
            <source>Fetching the list of files from peers…

You can wait, or add the torrent now and choose its files later.</source>
            <translation>Die Dateiliste wird von Gegenstellen geholt …

Sie können warten oder den Torrent jetzt hinzufügen und die Dateien später wählen.</translation>
        </message>
        <message>
            <source>Save To</source>
            <translation>Speichern in</translation>
        </message>
        <message>
            <source>Free space: %1</source>
            <translation>Freier Speicher: %1</translation>
        </message>
        <message>
            <source>Selected: %1 of %2</source>
            <translation>Ausgewählt: %1 von %2</translation>
        </message>
        <message>
            <source> — free space: %1</source>
            <translation> – freier Speicher: %1</translation>
        </message>
        <message>
            <source>The selected files do not fit on this disk.</source>
            <translation>Die ausgewählten Dateien passen nicht auf diesen Datenträger.</translation>
        </message>
        <message>
            <source>Choose the folder to save to (a full path).</source>
            <translation>Wählen Sie den Ordner zum Speichern (ein vollständiger Pfad).</translation>
        </message>
        <message>
            <source>Cannot save to “%1”: “%2” is a file, not a folder. Choose another folder.</source>
            <translation>In „%1“ kann nicht gespeichert werden: „%2“ ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>Cannot save to “%1”: Revaer may not write to “%2”. Choose another folder.</source>
            <translation>In „%1“ kann nicht gespeichert werden: Revaer darf nicht in „%2“ schreiben. Wählen Sie einen anderen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>Revaer::AlertTranslator</name>
        <message>
            <source>Removed “%1”, but could not delete its files: %2. Delete them yourself from its folder.</source>
            <translation>„%1“ wurde entfernt, seine Dateien aber nicht gelöscht: %2. Löschen Sie sie selbst aus dem Ordner.</translation>
        </message>
        <message>
            <source>Cannot use the metadata received for “%1”: %2. Remove the torrent and add it again.</source>
            <translation>Die für „%1“ empfangenen Metadaten sind unbrauchbar: %2. Entfernen Sie den Torrent und fügen Sie ihn erneut hinzu.</translation>
        </message>
        <message>
            <source>“%1” stopped: %2. Fix the cause, then resume it.</source>
            <translation>„%1“ wurde angehalten: %2. Beheben Sie die Ursache und setzen Sie ihn fort.</translation>
        </message>
        <message>
            <source>“%1” stopped: cannot use “%2”: %3. Check that the folder exists, that Revaer may write to it and that the disk has space, then resume the torrent.</source>
            <translation>„%1“ wurde angehalten: „%2“ ist nicht nutzbar: %3. Prüfen Sie, dass der Ordner existiert, Revaer hineinschreiben darf und der Datenträger Platz hat, und setzen Sie den Torrent dann fort.</translation>
        </message>
        <message>
            <source>Cannot move “%1” to the new folder: %2 (%3). It stays in “%4”.</source>
            <translation>„%1“ kann nicht in den neuen Ordner verschoben werden: %2 (%3). Er bleibt in „%4“.</translation>
        </message>
        <message>
            <source>The tracker %1 of “%2” has not answered %3 times in a row: %4. The torrent goes on with its other trackers and peers.</source>
            <translation>Der Tracker %1 von „%2“ hat %3-mal nacheinander nicht geantwortet: %4. Der Torrent läuft mit seinen anderen Trackern und Gegenstellen weiter.</translation>
        </message>
        <message>
            <source>“%1” is already in the list as “%2”.</source>
            <translation>„%1“ ist bereits als „%2“ in der Liste.</translation>
        </message>
        <message>
            <source>Cannot add “%1”: %2.</source>
            <translation>„%1“ kann nicht hinzugefügt werden: %2.</translation>
        </message>
        <message>
            <source>ratio %1</source>
            <translation>Verhältnis %1</translation>
        </message>
        <message>
            <source>%1 of seeding</source>
            <translation>%1 Verteilen</translation>
        </message>
        <message>
            <source>“%1” reached its seeding goal (%2) and was paused. Resume it to seed on.</source>
            <translation>„%1“ hat sein Verteilziel erreicht (%2) und wurde angehalten. Setzen Sie ihn fort, um weiter zu verteilen.</translation>
        </message>
    </context>
    <context>
        <name>Revaer::DetailsPanel</name>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Allgemein</translation>
        </message>
        <message>
            <source>&amp;Files</source>
            <translation>&amp;Dateien</translation>
        </message>
        <message>
            <source>&amp;Trackers</source>
            <translation>&amp;Tracker</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Merkmale</translation>
        </message>
        <message>
            <source>Down Speed</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Up Speed</source>
            <translation>Upload</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Heruntergeladen</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>Hochgeladen</translation>
        </message>
        <message>
            <source>&amp;Peers</source>
            <translation>&amp;Gegenstellen</translation>
        </message>
        <message>
            <source>&amp;Speed</source>
            <translation>&amp;Geschwindigkeit</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Info-hash:</source>
            <translation>Info-Hash:</translation>
        </message>
        <message>
            <source>Save path:</source>
            <translation>Speicherort:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Größe:</translation>
        </message>
        <message>
            <source>Pieces:</source>
            <translation>Teile:</translation>
        </message>
        <message>
            <source>Availability:</source>
            <translation>Verfügbarkeit:</translation>
        </message>
        <message>
            <source>Share ratio:</source>
            <translation>Verhältnis:</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Kommentar:</translation>
        </message>
        <message>
            <source>Created by:</source>
            <translation>Erstellt mit:</translation>
        </message>
        <message>
            <source>Added on:</source>
            <translation>Hinzugefügt am:</translation>
        </message>
        <message>
            <source>Completed on:</source>
            <translation>Fertig am:</translation>
        </message>
        <message>
            <source>Select a torrent to see its details.</source>
            <translation>Wählen Sie einen Torrent, um seine Details zu sehen.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Seeds</source>
            <translation>Seeds</translation>
        </message>
        <message>
            <source>Peers</source>
            <translation>Peers</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Next Announce</source>
            <translation>Nächste Meldung</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen …</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>v2: %1</source>
            <translation>v2: %1</translation>
        </message>
        <message>
            <source>%1 (%2 selected, %3 done)</source>
            <translation>%1 (%2 ausgewählt, %3 fertig)</translation>
        </message>
        <message>
            <source>unknown until the metadata arrives</source>
            <translation>unbekannt, bis die Metadaten eintreffen</translation>
        </message>
        <message>
            <source>%1 × %2 (have %3)</source>
            <translation>%1 × %2 (%3 vorhanden)</translation>
        </message>
        <message>
            <source>%1 (%2 uploaded, %3 downloaded)</source>
            <translation>%1 (%2 hochgeladen, %3 heruntergeladen)</translation>
        </message>
        <message>
            <source>, %1</source>
            <translation>, %1</translation>
        </message>
        <message>
            <source>Add Trackers</source>
            <translation>Tracker hinzufügen</translation>
        </message>
        <message>
            <source>Tracker URLs, one per line:</source>
            <translation>Tracker-URLs, eine pro Zeile:</translation>
        </message>
        <message>
            <source>Edit Tracker</source>
            <translation>Tracker bearbeiten</translation>
        </message>
        <message>
            <source>Tracker URL:</source>
            <translation>Tracker-URL:</translation>
        </message>
    </context>
    <context>
        <name>Revaer::FastResumeStore</name>
        <message>
            <source>Cannot create the resume folder “%1”. Check that its parent exists and that Revaer may write there.</source>
            <translation>Der Fortsetzungsordner „%1“ kann nicht angelegt werden. Prüfen Sie, dass der übergeordnete Ordner existiert und Revaer dort schreiben darf.</translation>
        </message>
        <message>
            <source>The resume folder “%1” is not a folder.</source>
            <translation>Der Fortsetzungsordner „%1“ ist kein Ordner.</translation>
        </message>
        <message>
            <source>Cannot write to the resume folder “%1”: %2. Torrents keep downloading, but progress will not survive a restart until the folder is writable.</source>
            <translation>In den Fortsetzungsordner „%1“ kann nicht geschrieben werden: %2. Die Torrents laden weiter, aber ihr Fortschritt übersteht keinen Neustart, bis der Ordner beschreibbar ist.</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>„%1“ kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot remove “%1”: %2</source>
            <translation>„%1“ kann nicht entfernt werden: %2</translation>
        </message>
        <message>
            <source>Cannot sync the resume folder “%1”: %2</source>
            <translation>Der Fortsetzungsordner „%1“ kann nicht synchronisiert werden: %2</translation>
        </message>
        <message>
            <source>Cannot sync “%1”: %2</source>
            <translation>„%1“ kann nicht synchronisiert werden: %2</translation>
        </message>
        <message>
            <source>Cannot sync the disk holding “%1”: %2</source>
            <translation>Der Datenträger mit „%1“ kann nicht synchronisiert werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Revaer::FileTreeModel</name>
        <message>
            <source>Do not download</source>
            <translation>Nicht herunterladen</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Mixed</source>
            <translation>Gemischt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
    </context>
    <context>
        <name>Revaer::LimitsWatchdog</name>
        <message>
            <source>unlimited</source>
            <translation>unbegrenzt</translation>
        </message>
        <message>
            <source>down %1, up %2</source>
            <translation>herunter %1, hoch %2</translation>
        </message>
        <message>
            <source>The session's global caps were %1 instead of %2; they were applied again.</source>
            <translation>Die globalen Grenzen der Sitzung waren %1 statt %2; sie wurden erneut gesetzt.</translation>
        </message>
        <message>
            <source>The caps of torrent %1 were %2 instead of %3; they were applied again.</source>
            <translation>Die Grenzen des Torrents %1 waren %2 statt %3; sie wurden erneut gesetzt.</translation>
        </message>
    </context>
    <context>
        <name>Revaer::MainWindow</name>
        <message>
            <source>Filter by name</source>
            <translation>Nach Namen filtern</translation>
        </message>
        <message>
            <source>&amp;Open Torrent File…</source>
            <translation>Torrent-Datei ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Add &amp;Magnet Link…</source>
            <translation>&amp;Magnet-Link hinzufügen …</translation>
        </message>
        <message>
            <source>Ctrl+U</source>
            <translation>Ctrl+U</translation>
        </message>
        <message>
            <source>&amp;Paste Magnet Link or Path</source>
            <translation>Magnet-Link oder Pfad &amp;einfügen</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Anhalten</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>Resume &amp;All</source>
            <translation>&amp;Alle fortsetzen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>Pause A&amp;ll</source>
            <translation>A&amp;lle anhalten</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <source>Remove With &amp;Data…</source>
            <translation>Mit &amp;Daten entfernen …</translation>
        </message>
        <message>
            <source>Shift+Del</source>
            <translation>Shift+Del</translation>
        </message>
        <message>
            <source>Force Re&amp;check</source>
            <translation>Erneut &amp;prüfen</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Open Containing &amp;Folder</source>
            <translation>Enthaltenden &amp;Ordner öffnen</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Copy Magnet Link</source>
            <translation>Magnet-Link &amp;kopieren</translation>
        </message>
        <message>
            <source>Ctrl+Shift+C</source>
            <translation>Ctrl+Shift+C</translation>
        </message>
        <message>
            <source>&amp;Sequential Download</source>
            <translation>In &amp;Reihenfolge herunterladen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Q</source>
            <translation>Ctrl+Shift+Q</translation>
        </message>
        <message>
            <source>Torrent Speed &amp;Limits…</source>
            <translation>&amp;Geschwindigkeitsgrenzen des Torrents …</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>Mo&amp;ve To…</source>
            <translation>&amp;Verschieben nach …</translation>
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <source>&amp;Alternative Speed Limits</source>
            <translation>&amp;Alternative Geschwindigkeitsgrenzen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <source>Show &amp;Details</source>
            <translation>&amp;Details zeigen</translation>
        </message>
        <message>
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Torrent</source>
            <translation>&amp;Torrent</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>T&amp;ools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <source>Download rate</source>
            <translation>Download-Rate</translation>
        </message>
        <message>
            <source>Upload rate</source>
            <translation>Upload-Rate</translation>
        </message>
        <message>
            <source>Speed caps: click to change</source>
            <translation>Geschwindigkeitsgrenzen: zum Ändern klicken</translation>
        </message>
        <message>
            <source>No caps</source>
            <translation>Keine Grenzen</translation>
        </message>
        <message>
            <source>Cap downloads at %1</source>
            <translation>Downloads auf %1 begrenzen</translation>
        </message>
        <message>
            <source>Set Caps…</source>
            <translation>Grenzen festlegen …</translation>
        </message>
        <message>
            <source>Nodes in the DHT routing table</source>
            <translation>Knoten in der DHT-Routingtabelle</translation>
        </message>
        <message>
            <source>Free space on the disk of the default save path</source>
            <translation>Freier Speicher auf dem Datenträger des Standard-Speicherorts</translation>
        </message>
        <message>
            <source>&amp;Show Revaer</source>
            <translation>Revaer &amp;zeigen</translation>
        </message>
        <message>
            <source>Open Torrent Files</source>
            <translation>Torrent-Dateien öffnen</translation>
        </message>
        <message>
            <source>Torrent files (*.torrent);;All files (*)</source>
            <translation>Torrent-Dateien (*.torrent);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Add Magnet Links</source>
            <translation>Magnet-Links hinzufügen</translation>
        </message>
        <message>
            <source>One magnet link per line</source>
            <translation>Ein Magnet-Link pro Zeile</translation>
        </message>
        <message>
            <source>Magnet links:</source>
            <translation>Magnet-Links:</translation>
        </message>
        <message numerus="yes">
            <source>%n torrents</source>
            <translation>
                <numerusform>%n Torrent</numerusform>
                <numerusform>%n Torrents</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove %1 and delete the downloaded files from the disk?</source>
            <translation>%1 entfernen und die heruntergeladenen Dateien löschen?</translation>
        </message>
        <message>
            <source>Remove %1 from the list? The downloaded files stay on the disk.</source>
            <translation>%1 aus der Liste entfernen? Die heruntergeladenen Dateien bleiben erhalten.</translation>
        </message>
        <message>
            <source>Remove With Data</source>
            <translation>Mit Daten entfernen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove and Delete Files</source>
            <translation>Entfernen und Dateien löschen</translation>
        </message>
        <message>
            <source>Torrent Speed Limits</source>
            <translation>Geschwindigkeitsgrenzen des Torrents</translation>
        </message>
        <message>
            <source> KiB/s</source>
            <translation> KiB/s</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source>Download:</source>
            <translation>Download:</translation>
        </message>
        <message>
            <source>Upload:</source>
            <translation>Upload:</translation>
        </message>
        <message>
            <source>Move To</source>
            <translation>Verschieben nach</translation>
        </message>
        <message>
            <source>DHT: %1</source>
            <translation>DHT: %1</translation>
        </message>
        <message>
            <source>Free: %1</source>
            <translation>Frei: %1</translation>
        </message>
        <message>
            <source>Revaer
↓ %1  ↑ %2</source>
            <translation>Revaer
↓ %1  ↑ %2</translation>
        </message>
        <message>
            <source>Caps ↓ %1 ↑ %2</source>
            <translation>Grenzen ↓ %1 ↑ %2</translation>
        </message>
        <message>
            <source>Restoring %L1 of %L2 torrents…</source>
            <translation>%L1 von %L2 Torrents werden wiederhergestellt …</translation>
        </message>
        <message>
            <source>Download complete</source>
            <translation>Download abgeschlossen</translation>
        </message>
        <message numerus="yes">
            <source>%n torrents added to “%1” without the add dialog; choose their files in the Files tab.</source>
            <translation>
                <numerusform>%n Torrent ohne Hinzufügen-Dialog zu „%1“ hinzugefügt; seine Dateien wählen Sie im Reiter Dateien.</numerusform>
                <numerusform>%n Torrents ohne Hinzufügen-Dialog zu „%1“ hinzugefügt; ihre Dateien wählen Sie im Reiter Dateien.</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to &amp;Top of Queue</source>
            <translation>An den &amp;Anfang der Warteschlange</translation>
        </message>
        <message>
            <source>Alt+Home</source>
            <translation>Alt+Home</translation>
        </message>
        <message>
            <source>Move &amp;Up in Queue</source>
            <translation>In der Warteschlange nach &amp;oben</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Move &amp;Down in Queue</source>
            <translation>In der Warteschlange nach &amp;unten</translation>
        </message>
        <message>
            <source>Alt+Down</source>
            <translation>Alt+Down</translation>
        </message>
        <message>
            <source>Move to &amp;Bottom of Queue</source>
            <translation>An das &amp;Ende der Warteschlange</translation>
        </message>
        <message>
            <source>Alt+End</source>
            <translation>Alt+End</translation>
        </message>
        <message>
            <source>&amp;Queue</source>
            <translation>&amp;Warteschlange</translation>
        </message>
    </context>
    <context>
        <name>Revaer::NotificationBanner</name>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n weitere</numerusform>
                <numerusform>%n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Revaer::ResumeLoader</name>
        <message>
            <source>it names another torrent (%1)</source>
            <translation>sie nennt einen anderen Torrent (%1)</translation>
        </message>
        <message>
            <source>it belongs to another torrent (%1)</source>
            <translation>sie gehört zu einem anderen Torrent (%1)</translation>
        </message>
        <message>
            <source>%1.json: %2</source>
            <translation>%1.json: %2</translation>
        </message>
        <message>
            <source>The saved settings of “%1” were unusable (%2); they were moved to quarantine and rebuilt from its resume data.</source>
            <translation>Die gespeicherten Einstellungen von „%1“ waren unbrauchbar (%2); sie wurden in die Quarantäne verschoben und aus den Fortsetzungsdaten neu erstellt.</translation>
        </message>
        <message>
            <source>%1.fastresume has no .json beside it: the torrent was being removed when Revaer stopped, or its .json was deleted. Move both files back to restore it.</source>
            <translation>Neben %1.fastresume liegt keine .json: Der Torrent wurde gerade entfernt, als Revaer endete, oder seine .json wurde gelöscht. Legen Sie beide Dateien zurück, um ihn wiederherzustellen.</translation>
        </message>
        <message>
            <source>“%1” was being removed when Revaer stopped; its resume data was moved to quarantine.</source>
            <translation>„%1“ wurde gerade entfernt, als Revaer endete; seine Fortsetzungsdaten wurden in die Quarantäne verschoben.</translation>
        </message>
        <message>
            <source>%1.fastresume: %2</source>
            <translation>%1.fastresume: %2</translation>
        </message>
        <message>
            <source>%1.fastresume is missing</source>
            <translation>%1.fastresume fehlt</translation>
        </message>
        <message>
            <source>Torrent %1 could not be restored: %2. Its files were moved to quarantine.</source>
            <translation>Torrent %1 konnte nicht wiederhergestellt werden: %2. Seine Dateien wurden in die Quarantäne verschoben.</translation>
        </message>
        <message>
            <source>The resume data of “%1” was unusable (%2); it was moved to quarantine and the torrent was added again from its saved settings. It will check the data already downloaded.</source>
            <translation>Die Fortsetzungsdaten von „%1“ waren unbrauchbar (%2); sie wurden in die Quarantäne verschoben und der Torrent aus seinen gespeicherten Einstellungen neu hinzugefügt. Er prüft die bereits heruntergeladenen Daten.</translation>
        </message>
        <message>
            <source>The download folder of “%1”, “%2”, no longer exists. The torrent is paused: reconnect the drive or restore the folder and resume it, or move it to another folder.</source>
            <translation>Der Download-Ordner von „%1“, „%2“, existiert nicht mehr. Der Torrent ist angehalten: Schließen Sie das Laufwerk wieder an oder stellen Sie den Ordner wieder her und setzen Sie ihn fort, oder verschieben Sie ihn in einen anderen Ordner.</translation>
        </message>
        <message>
            <source>“%1” changed on disk since Revaer last saved it (for example “%2”); its data is being checked again.</source>
            <translation>„%1“ wurde seit der letzten Sicherung durch Revaer auf dem Datenträger geändert (zum Beispiel „%2“); seine Daten werden erneut geprüft.</translation>
        </message>
    </context>
    <context>
        <name>Revaer::SessionWorker</name>
        <message>
            <source>Cannot fetch the metadata of “%1”: %2</source>
            <translation>Die Metadaten von „%1“ können nicht geholt werden: %2</translation>
        </message>
        <message>
            <source>The BitTorrent session could not start: %1</source>
            <translation>Die BitTorrent-Sitzung konnte nicht starten: %1</translation>
        </message>
        <message>
            <source>The BitTorrent session stopped before the metadata arrived.</source>
            <translation>Die BitTorrent-Sitzung endete, bevor die Metadaten eintrafen.</translation>
        </message>
        <message>
            <source>The BitTorrent session failed: %1</source>
            <translation>Die BitTorrent-Sitzung ist ausgefallen: %1</translation>
        </message>
        <message>
            <source>The BitTorrent session could not be restarted after %1 tries: %2. Restart Revaer; if this keeps happening, check the settings and the log (QT_LOGGING_RULES="revaer.*=true").</source>
            <translation>Die BitTorrent-Sitzung konnte nach %1 Versuchen nicht neu gestartet werden: %2. Starten Sie Revaer neu; passiert das wieder, prüfen Sie die Einstellungen und das Protokoll (QT_LOGGING_RULES="revaer.*=true").</translation>
        </message>
        <message>
            <source>The BitTorrent session failed and could not be restarted yet (try %1 of %2): %3</source>
            <translation>Die BitTorrent-Sitzung ist ausgefallen und konnte noch nicht neu gestartet werden (Versuch %1 von %2): %3</translation>
        </message>
        <message>
            <source>Cannot accept incoming connections on %1 port %2: %3. Another program may be using the port: choose another port in the settings, or stop that program. Revaer keeps trying.</source>
            <translation>Auf %1 Port %2 können keine eingehenden Verbindungen angenommen werden: %3. Vielleicht nutzt ein anderes Programm den Port: Wählen Sie in den Einstellungen einen anderen Port oder beenden Sie das Programm. Revaer versucht es weiter.</translation>
        </message>
        <message>
            <source>The disk holding “%1” is full: “%2” stopped. Free some space; Revaer resumes it when there is room again.</source>
            <translation>Der Datenträger mit „%1“ ist voll: „%2“ wurde angehalten. Geben Sie Speicher frei; Revaer setzt ihn fort, sobald wieder Platz ist.</translation>
        </message>
        <message>
            <source>Settings file “%1”: %2</source>
            <translation>Einstellungsdatei „%1“: %2</translation>
        </message>
        <message>
            <source>Cannot add “%1”: the file does not exist. Check the path, or download the .torrent file again.</source>
            <translation>„%1“ kann nicht hinzugefügt werden: die Datei existiert nicht. Prüfen Sie den Pfad oder laden Sie die .torrent-Datei erneut herunter.</translation>
        </message>
        <message>
            <source>Cannot add “%1”: it is a folder, not a .torrent file.</source>
            <translation>„%1“ kann nicht hinzugefügt werden: es ist ein Ordner, keine .torrent-Datei.</translation>
        </message>
        <message>
            <source>Cannot add “%1”: at %2 bytes it is too large to be a .torrent file.</source>
            <translation>„%1“ kann nicht hinzugefügt werden: mit %2 Bytes ist es zu groß für eine .torrent-Datei.</translation>
        </message>
        <message>
            <source>Cannot read “%1”: %2. Check that Revaer may read it.</source>
            <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie, dass Revaer es lesen darf.</translation>
        </message>
        <message>
            <source>“%1” had sequential download %2 in its resume data but %3 in its saved settings; the saved setting was applied.</source>
            <translation>„%1“ hatte den Download in Reihenfolge in den Fortsetzungsdaten %2, in den gespeicherten Einstellungen aber %3; die gespeicherte Einstellung gilt.</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>libtorrent refused it: %1</source>
            <translation>libtorrent hat es abgelehnt: %1</translation>
        </message>
        <message>
            <source>The file selection of “%1” in its resume data differed from its saved settings; the saved selection was applied.</source>
            <translation>Die Dateiauswahl von „%1“ in den Fortsetzungsdaten wich von den gespeicherten Einstellungen ab; die gespeicherte Auswahl gilt.</translation>
        </message>
        <message>
            <source>Cannot connect “%1” to %2: not an address and port such as 192.0.2.7:6881.</source>
            <translation>„%1“ kann nicht mit %2 verbunden werden: keine Adresse mit Port wie 192.0.2.7:6881.</translation>
        </message>
        <message>
            <source>The BitTorrent session is not running.</source>
            <translation>Die BitTorrent-Sitzung läuft nicht.</translation>
        </message>
        <message>
            <source>“%1” is already in the list as “%2”.</source>
            <translation>„%1“ ist bereits als „%2“ in der Liste.</translation>
        </message>
        <message>
            <source>Cannot use the metadata received for “%1”.</source>
            <translation>Die für „%1“ empfangenen Metadaten sind unbrauchbar.</translation>
        </message>
        <message>
            <source>Resume data cannot be saved: %1. Torrents keep downloading, but what changed will not survive a restart until this is fixed.</source>
            <translation>Fortsetzungsdaten können nicht gespeichert werden: %1. Die Torrents laden weiter, aber Änderungen überstehen keinen Neustart, bis das behoben ist.</translation>
        </message>
        <message>
            <source>Revaer did not shut down cleanly last time; every torrent is restored from its last saved state.</source>
            <translation>Revaer wurde zuletzt nicht sauber beendet; jeder Torrent wird aus seinem zuletzt gespeicherten Zustand wiederhergestellt.</translation>
        </message>
        <message>
            <source>the session refused it</source>
            <translation>die Sitzung hat es abgelehnt</translation>
        </message>
        <message>
            <source>“%1” could not be restored: %2. Its files were moved to quarantine.</source>
            <translation>„%1“ konnte nicht wiederhergestellt werden: %2. Seine Dateien wurden in die Quarantäne verschoben.</translation>
        </message>
    </context>
    <context>
        <name>Revaer::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Geschwindigkeit</translation>
        </message>
        <message>
            <source>BitTorrent</source>
            <translation>BitTorrent</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Oberfläche</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen …</translation>
        </message>
        <message>
            <source>Default Save Path</source>
            <translation>Standard-Speicherort</translation>
        </message>
        <message>
            <source>Save new torrents to:</source>
            <translation>Neue Torrents speichern in:</translation>
        </message>
        <message>
            <source>Show the add dialog to choose files and folder</source>
            <translation>Beim Hinzufügen Dateien und Ordner wählen lassen</translation>
        </message>
        <message>
            <source>0 lets the system pick a free port at each start.</source>
            <translation>Bei 0 wählt das System bei jedem Start einen freien Port.</translation>
        </message>
        <message>
            <source>Listen on port:</source>
            <translation>Port für eingehende Verbindungen:</translation>
        </message>
        <message>
            <source>Forward the port with UPnP</source>
            <translation>Port per UPnP weiterleiten</translation>
        </message>
        <message>
            <source>Forward the port with NAT-PMP</source>
            <translation>Port per NAT-PMP weiterleiten</translation>
        </message>
        <message>
            <source>Prefer encryption</source>
            <translation>Verschlüsselung bevorzugen</translation>
        </message>
        <message>
            <source>Require encryption</source>
            <translation>Verschlüsselung verlangen</translation>
        </message>
        <message>
            <source>Disable encryption</source>
            <translation>Verschlüsselung abschalten</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Verschlüsselung:</translation>
        </message>
        <message>
            <source>Connect over TCP first (uTP is still accepted)</source>
            <translation>Zuerst über TCP verbinden (uTP wird weiter angenommen)</translation>
        </message>
        <message>
            <source>Global caps</source>
            <translation>Globale Grenzen</translation>
        </message>
        <message>
            <source>Download:</source>
            <translation>Download:</translation>
        </message>
        <message>
            <source>Upload:</source>
            <translation>Upload:</translation>
        </message>
        <message>
            <source>Alternative caps</source>
            <translation>Alternative Grenzen</translation>
        </message>
        <message>
            <source>Use the alternative caps now</source>
            <translation>Die alternativen Grenzen jetzt nutzen</translation>
        </message>
        <message>
            <source>Switch them on by schedule:</source>
            <translation>Nach Zeitplan einschalten:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Apply the caps to peers on the local network too</source>
            <translation>Die Grenzen auch für Gegenstellen im lokalen Netz anwenden</translation>
        </message>
        <message>
            <source>Find peers on the DHT network</source>
            <translation>Gegenstellen über das DHT-Netz finden</translation>
        </message>
        <message>
            <source>Exchange peers with peers (takes effect at the next start)</source>
            <translation>Gegenstellen mit Gegenstellen austauschen (ab dem nächsten Start)</translation>
        </message>
        <message>
            <source>Find peers on the local network</source>
            <translation>Gegenstellen im lokalen Netz finden</translation>
        </message>
        <message>
            <source>Active downloads at most:</source>
            <translation>Höchstens aktive Downloads:</translation>
        </message>
        <message>
            <source>Active uploads at most:</source>
            <translation>Höchstens aktive Uploads:</translation>
        </message>
        <message>
            <source>Active torrents at most:</source>
            <translation>Höchstens aktive Torrents:</translation>
        </message>
        <message>
            <source>Connections at most:</source>
            <translation>Höchstens Verbindungen:</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Sprache des Systems</translation>
        </message>
        <message>
            <source>Language (after a restart):</source>
            <translation>Sprache (nach einem Neustart):</translation>
        </message>
        <message>
            <source>Ask before removing torrents</source>
            <translation>Vor dem Entfernen von Torrents nachfragen</translation>
        </message>
        <message>
            <source>Closing the window keeps Revaer running in the system tray</source>
            <translation>Nach dem Schließen des Fensters läuft Revaer im Systembereich weiter</translation>
        </message>
        <message>
            <source>Make Revaer the &amp;Default</source>
            <translation>Revaer als &amp;Standard festlegen</translation>
        </message>
        <message>
            <source>Magnet links and .torrent files open in Revaer.</source>
            <translation>Magnet-Links und .torrent-Dateien öffnen sich in Revaer.</translation>
        </message>
        <message>
            <source>Magnet links and .torrent files open in another application, or in none.</source>
            <translation>Magnet-Links und .torrent-Dateien öffnen sich in einer anderen Anwendung oder in keiner.</translation>
        </message>
        <message>
            <source>Opening torrents:</source>
            <translation>Torrents öffnen:</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Stop seeding at ratio:</source>
            <translation>Verteilen beenden bei Verhältnis:</translation>
        </message>
        <message>
            <source>Stop seeding after:</source>
            <translation>Verteilen beenden nach:</translation>
        </message>
    </context>
    <context>
        <name>Revaer::SpeedGraph</name>
        <message>
            <source>5 minutes ago</source>
            <translation>vor 5 Minuten</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>Download %1</source>
            <translation>Download %1</translation>
        </message>
        <message>
            <source>Upload %1</source>
            <translation>Upload %1</translation>
        </message>
    </context>
    <context>
        <name>Revaer::TorrentListModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Down Speed</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Up Speed</source>
            <translation>Upload</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Restzeit</translation>
        </message>
        <message>
            <source>Seeds</source>
            <translation>Seeds</translation>
        </message>
        <message>
            <source>Peers</source>
            <translation>Peers</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Verhältnis</translation>
        </message>
        <message>
            <source>Added On</source>
            <translation>Hinzugefügt am</translation>
        </message>
        <message>
            <source>Save Path</source>
            <translation>Speicherort</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> KiB/s</source>
            <translation> KiB/s</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Keine Grenze</translation>
        </message>
    </context>
    <context>
        <name>StatusFilter</name>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Lädt herunter</translation>
        </message>
        <message>
            <source>Seeding</source>
            <translation>Verteilt</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Errored</source>
            <translation>Fehlerhaft</translation>
        </message>
    </context>
    <context>
        <name>TorrentCreator</name>
        <message>
            <source>Cannot create a torrent from “%1”: it does not exist.</source>
            <translation>Aus „%1“ kann kein Torrent erstellt werden: es existiert nicht.</translation>
        </message>
        <message>
            <source>Cannot create a torrent from “%1”: it holds no files.</source>
            <translation>Aus „%1“ kann kein Torrent erstellt werden: es enthält keine Dateien.</translation>
        </message>
        <message>
            <source>Cannot create a torrent from “%1”: %2.</source>
            <translation>Aus „%1“ kann kein Torrent erstellt werden: %2.</translation>
        </message>
    </context>
    <context>
        <name>TorrentDetails</name>
        <message>
            <source>D: downloading from the peer, d: interested but choked, U: uploading to the peer, u: the peer is interested but choked, S: snubbed, O: optimistic unchoke, I: incoming, E: encrypted, P: uTP, X: found through peer exchange, H: through DHT, L: on the local network, T: through a tracker</source>
            <translation>D: lädt von der Gegenstelle, d: interessiert, aber gedrosselt, U: lädt zur Gegenstelle hoch, u: Gegenstelle interessiert, aber gedrosselt, S: abgewiesen, O: optimistisch freigegeben, I: eingehend, E: verschlüsselt, P: uTP, X: über Peer-Austausch gefunden, H: über DHT, L: im lokalen Netz, T: über einen Tracker</translation>
        </message>
    </context>
    <context>
        <name>TorrentFileParser</name>
        <message>
            <source>Cannot add “%1”: the file is empty. Download the .torrent file again.</source>
            <translation>„%1“ kann nicht hinzugefügt werden: die Datei ist leer. Laden Sie die .torrent-Datei erneut herunter.</translation>
        </message>
        <message>
            <source>Cannot add “%1”: it is not a valid torrent file (%2). Download the .torrent file again, or check that it is a torrent file.</source>
            <translation>„%1“ kann nicht hinzugefügt werden: es ist keine gültige Torrent-Datei (%2). Laden Sie die .torrent-Datei erneut herunter oder prüfen Sie, ob es eine Torrent-Datei ist.</translation>
        </message>
        <message>
            <source>Cannot add magnet link “%1”: %2. Copy the whole link again from where you found it.</source>
            <translation>Der Magnet-Link „%1“ kann nicht hinzugefügt werden: %2. Kopieren Sie den ganzen Link erneut von seiner Quelle.</translation>
        </message>
    </context>
    <context>
        <name>TorrentState</name>
        <message>
            <source>Loading</source>
            <translation>Wird geladen</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Wird geprüft</translation>
        </message>
        <message>
            <source>Fetching metadata</source>
            <translation>Holt Metadaten</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Lädt herunter</translation>
        </message>
        <message>
            <source>Seeding</source>
            <translation>Verteilt</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>%1d %2h</source>
            <translation>%1 T %2 h</translation>
        </message>
        <message>
            <source>%1h %2m</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1m %2s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1s</source>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Settings file “%1”: %2</source>
            <translation>Einstellungsdatei „%1“: %2</translation>
        </message>
        <message>
            <source>Other launches of Revaer cannot hand torrents to this one: %1</source>
            <translation>Weitere Starts von Revaer können diesem keine Torrents übergeben: %1</translation>
        </message>
        <message>
            <source>Magnet links and .torrent files do not open in Revaer yet: Settings &gt; Interface makes it the default.</source>
            <translation>Magnet-Links und .torrent-Dateien öffnen sich noch nicht in Revaer: Einstellungen &gt; Oberfläche macht es zum Standard.</translation>
        </message>
    </context>
</TS>
