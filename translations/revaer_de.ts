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
    <message>
        <source>it is not text</source>
        <translation>es ist kein Text</translation>
    </message>
    <message>
        <source>it is not in INI format (line %1)</source>
        <translation>es ist nicht im INI-Format (Zeile %1)</translation>
    </message>
    <message>
        <source>Settings file “%1” cannot be read (%2) and cannot be moved aside (%3). Revaer runs on its defaults; remove or fix the file.</source>
        <translation>Die Einstellungsdatei „%1“ ist nicht lesbar (%2) und lässt sich nicht beiseitelegen (%3). Revaer läuft mit seinen Voreinstellungen; entfernen oder reparieren Sie die Datei.</translation>
    </message>
    <message>
        <source>Settings file “%1” could not be read (%2); it was kept as “%3” and a new one was started</source>
        <translation>Die Einstellungsdatei „%1“ war nicht lesbar (%2); sie wurde als „%3“ aufbewahrt und eine neue angelegt</translation>
    </message>
    <message numerus="yes">
        <source> with the %n setting(s) that could be read</source>
        <translation>
            <numerusform> mit der %n lesbaren Einstellung</numerusform>
            <numerusform> mit den %n lesbaren Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>So as not to turn on what you may have turned off, these are off until you turn them on in Settings: %1.</source>
        <translation>Damit nichts eingeschaltet wird, was Sie ausgeschaltet hatten, bleibt dies aus, bis Sie es in den Einstellungen einschalten: %1.</translation>
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
        <source>Print timing figures: restore, stalls, shutdown.</source>
        <translation>Zeitmessungen ausgeben: Wiederherstellen, Hänger, Beenden.</translation>
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
    <message>
        <source>Headless mode: accept peers on port N (0 picks a free port).</source>
        <translation>Ohne Fenster: Gegenstellen auf Port N annehmen (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Headless mode: exit once every torrent is complete.</source>
        <translation>Ohne Fenster: beenden, sobald jeder Torrent vollständig ist.</translation>
    </message>
    <message>
        <source>Headless mode: cap downloads at KIB KiB/s (0 for none).</source>
        <translation>Ohne Fenster: Downloads auf KIB KiB/s begrenzen (0 für keine Grenze).</translation>
    </message>
    <message>
        <source>Headless mode: cap uploads at KIB KiB/s (0 for none).</source>
        <translation>Ohne Fenster: Uploads auf KIB KiB/s begrenzen (0 für keine Grenze).</translation>
    </message>
    <message>
        <source>--peer “%1”: %2</source>
        <translation>--peer „%1“: %2</translation>
    </message>
    <message>
        <source>give HOST:PORT, such as 192.0.2.7:6881, peer.example:6881 or [2001:db8::7]:6881</source>
        <translation>geben Sie HOST:PORT an, etwa 192.0.2.7:6881, peer.example:6881 oder [2001:db8::7]:6881</translation>
    </message>
    <message>
        <source>cannot find the address of “%1”: %2</source>
        <translation>die Adresse von „%1“ ist nicht zu finden: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a peer</source>
        <translation>%1 ist nicht die Adresse einer Gegenstelle</translation>
    </message>
    <message>
        <source>Headless mode: connect to the peer at HOST:PORT for every torrent (restored and remotely added ones too).</source>
        <translation>Ohne Fenster: jeden Torrent mit der Gegenstelle HOST:PORT verbinden (auch wiederhergestellte und fernhinzugefügte).</translation>
    </message>
    <message>
        <source>Answer Transmission remote-control clients on port N (0 picks a free port).</source>
        <translation>Transmission-Fernsteuerungsprogrammen auf Port N antworten (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Remote control on address ADDR (default 127.0.0.1; any other needs --rpc-user and a password).</source>
        <translation>Fernsteuerung auf Adresse ADDR (Vorgabe 127.0.0.1; jede andere verlangt --rpc-user und ein Passwort).</translation>
    </message>
    <message>
        <source>Remote control: the user name clients must give.</source>
        <translation>Fernsteuerung: der Benutzername, den Programme angeben müssen.</translation>
    </message>
    <message>
        <source>Remote control: the password (other local accounts can read a command line: prefer the REVAER_RPC_PASSWORD environment variable or Remote/passwordHash in revaer.ini).</source>
        <translation>Fernsteuerung: das Passwort (andere lokale Konten können eine Befehlszeile lesen: besser die Umgebungsvariable REVAER_RPC_PASSWORD oder Remote/passwordHash in revaer.ini).</translation>
    </message>
    <message>
        <source>Remote control: serve the web client in DIR at /transmission/web/ (for example /usr/share/transmission/web).</source>
        <translation>Fernsteuerung: den Web-Client aus DIR unter /transmission/web/ anbieten (etwa /usr/share/transmission/web).</translation>
    </message>
    <message>
        <source>Remote control over HTTPS with the PEM certificate in FILE.</source>
        <translation>Fernsteuerung über HTTPS mit dem PEM-Zertifikat in DATEI.</translation>
    </message>
    <message>
        <source>The PEM private key of --rpc-certificate.</source>
        <translation>Der private PEM-Schlüssel zu --rpc-certificate.</translation>
    </message>
    <message>
        <source>Remote control: also answer requests addressed to host name NAME (IP addresses and localhost always are).</source>
        <translation>Fernsteuerung: auch Anfragen an den Hostnamen NAME beantworten (IP-Adressen und localhost immer).</translation>
    </message>
    <message>
        <source>Read a password from standard input and print its hash for Remote/passwordHash in revaer.ini.</source>
        <translation>Ein Passwort von der Standardeingabe lesen und seinen Hash für Remote/passwordHash in revaer.ini ausgeben.</translation>
    </message>
    <message>
        <source>Show and control the Revaer or transmission-daemon at URL (http://host:9091) instead of this computer&apos;s torrents; --rpc-user and its password log in.</source>
        <translation>Den Revaer oder transmission-daemon unter URL (http://host:9091) statt der Torrents dieses Computers zeigen und steuern; --rpc-user und sein Passwort melden an.</translation>
    </message>
    <message>
        <source>--connect takes the address of a server, such as http://192.168.1.5:9091, not “%1”.</source>
        <translation>--connect erwartet die Adresse eines Servers, etwa http://192.168.1.5:9091, nicht „%1“.</translation>
    </message>
    <message>
        <source>Headless mode: file the SOURCEs under category NAME (nested with /, as Movies/4K), saved where the category says.</source>
        <translation>Ohne Fenster: die QUELLEN unter der Kategorie NAME ablegen (verschachtelt mit /, etwa Filme/4K), gespeichert, wo die Kategorie es sagt.</translation>
    </message>
    <message>
        <source>Headless mode: tag the SOURCEs with NAME (repeat for more tags).</source>
        <translation>Ohne Fenster: die QUELLEN mit dem Schlagwort NAME versehen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Make a .torrent of the file or folder PATH (with --output) and exit.</source>
        <translation>Eine .torrent-Datei aus der Datei oder dem Ordner PFAD erstellen (mit --output) und beenden.</translation>
    </message>
    <message>
        <source>--create-torrent: write the .torrent to FILE (never over an existing one).</source>
        <translation>--create-torrent: die .torrent-Datei nach DATEI schreiben (nie über eine vorhandene).</translation>
    </message>
    <message>
        <source>--create-torrent: announce to URL; each --tracker is a tier, URLs joined by commas share one.</source>
        <translation>--create-torrent: an URL melden; jedes --tracker ist eine Stufe, durch Kommas verbundene URLs teilen sich eine.</translation>
    </message>
    <message>
        <source>--create-torrent: a web seed (HTTP) holding the same files.</source>
        <translation>--create-torrent: ein Web-Seed (HTTP) mit denselben Dateien.</translation>
    </message>
    <message>
        <source>--create-torrent: private (no DHT, peer exchange or local discovery).</source>
        <translation>--create-torrent: privat (kein DHT, kein Peer-Austausch, keine lokale Suche).</translation>
    </message>
    <message>
        <source>--create-torrent: BitTorrent v1, read by every client (the default).</source>
        <translation>--create-torrent: BitTorrent v1, von jedem Client gelesen (Standard).</translation>
    </message>
    <message>
        <source>--create-torrent: BitTorrent v2 only.</source>
        <translation>--create-torrent: nur BitTorrent v2.</translation>
    </message>
    <message>
        <source>--create-torrent: v1 and v2 in one torrent.</source>
        <translation>--create-torrent: v1 und v2 in einem Torrent.</translation>
    </message>
    <message>
        <source>--create-torrent: pieces of KIB KiB, a power of two from 16 (default: from the size).</source>
        <translation>--create-torrent: Stücke von KIB KiB, eine Zweierpotenz ab 16 (Standard: nach der Größe).</translation>
    </message>
    <message>
        <source>--create-torrent: a comment.</source>
        <translation>--create-torrent: ein Kommentar.</translation>
    </message>
    <message>
        <source>--create-torrent: the source field some private trackers ask for.</source>
        <translation>--create-torrent: das Feld „source“, das manche privaten Tracker verlangen.</translation>
    </message>
    <message>
        <source>--piece-size takes a power of two of KiB (16, 32, ... 262144), not %1.</source>
        <translation>--piece-size erwartet eine Zweierpotenz in KiB (16, 32, … 262144), nicht %1.</translation>
    </message>
    <message>
        <source>Give one of --v1, --v2 and --hybrid.</source>
        <translation>Geben Sie eines von --v1, --v2 und --hybrid an.</translation>
    </message>
    <message>
        <source>--create-torrent needs --output FILE: where to write the .torrent.</source>
        <translation>--create-torrent braucht --output DATEI: wohin die .torrent-Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>Headless mode: keep unfinished downloads in DIR and move each to its save folder once complete.</source>
        <translation>Ohne Fenster: unfertige Downloads in DIR aufbewahren und jeden nach Abschluss in seinen Speicherordner verschieben.</translation>
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
    <message>
        <source>Not reachable from this address</source>
        <translation>Von dieser Adresse nicht erreichbar</translation>
    </message>
    <message>
        <source>DHT</source>
        <translation>DHT</translation>
    </message>
    <message>
        <source>PeX (peer exchange)</source>
        <translation>PeX (Peer-Austausch)</translation>
    </message>
    <message>
        <source>LSD (local discovery)</source>
        <translation>LSD (lokale Suche)</translation>
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
    <name>PeerPrompt</name>
    <message>
        <source>Add Peers</source>
        <translation>Gegenstellen hinzufügen</translation>
    </message>
    <message>
        <source>Peers to connect to, as address:port (192.0.2.7:6881, [2001:db8::7]:6881), one per line:</source>
        <translation>Gegenstellen, mit denen verbunden werden soll, als Adresse:Port (192.0.2.7:6881, [2001:db8::7]:6881), eine pro Zeile:</translation>
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
    <message>
        <source>Filter files by name…</source>
        <translation>Dateien nach Namen filtern …</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Category and Tags</source>
        <translation>Kategorie und Schlagwörter</translation>
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
        <source>“%1” stopped downloading: the disk holding “%2” is full. Free some space: Revaer resumes it when there is room, or press Resume.</source>
        <translation>„%1“ lädt nicht mehr herunter: der Datenträger mit „%2“ ist voll. Schaffen Sie Platz: Revaer setzt fort, sobald wieder Platz ist, oder drücken Sie Fortsetzen.</translation>
    </message>
    <message>
        <source>Cannot rename file %1 of “%2”: %3. It keeps its name.</source>
        <translation>Datei %1 von „%2“ lässt sich nicht umbenennen: %3. Sie behält ihren Namen.</translation>
    </message>
    <message>
        <source>waiting for its turn: torrents are checked one or a few at a time</source>
        <translation>wartet, bis er an der Reihe ist: Torrents werden einzeln oder zu wenigen geprüft</translation>
    </message>
    <message>
        <source>waiting in the queue for a free slot (Settings &gt; BitTorrent sets how many run at once)</source>
        <translation>wartet in der Warteschlange auf einen freien Platz (wie viele gleichzeitig laufen, legt Einstellungen &gt; BitTorrent fest)</translation>
    </message>
    <message>
        <source>nobody to serve: no peer that still downloads is connected</source>
        <translation>niemand zu bedienen: keine Gegenstelle verbunden, die noch herunterlädt</translation>
    </message>
    <message numerus="yes">
        <source>connected to %n peer(s), none of which has the pieces it wants</source>
        <translation>
            <numerusform>mit %n Gegenstelle verbunden, die keines der gewünschten Stücke hat</numerusform>
            <numerusform>mit %n Gegenstellen verbunden, von denen keine die gewünschten Stücke hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>connected to %n peer(s), none of which sends data (they are busy or choke it)</source>
        <translation>
            <numerusform>mit %n Gegenstelle verbunden, die keine Daten sendet (sie ist ausgelastet oder drosselt)</numerusform>
            <numerusform>mit %n Gegenstellen verbunden, von denen keine Daten sendet (sie sind ausgelastet oder drosseln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) known, none of which accepts a connection (refused, unreachable or banned)</source>
        <translation>
            <numerusform>%n Gegenstelle bekannt, die keine Verbindung annimmt (abgelehnt, unerreichbar oder gesperrt)</numerusform>
            <numerusform>%n Gegenstellen bekannt, von denen keine eine Verbindung annimmt (abgelehnt, unerreichbar oder gesperrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>no peers found yet: the trackers answer, but know no other peer for it</source>
        <translation>noch keine Gegenstellen gefunden: die Tracker antworten, kennen aber keine andere Gegenstelle dafür</translation>
    </message>
    <message>
        <source>no peers found: no tracker answers: %1</source>
        <translation>keine Gegenstellen gefunden: kein Tracker antwortet: %1</translation>
    </message>
    <message>
        <source>no peers found yet (no tracker has answered; DHT, peer exchange and local discovery find peers slowly)</source>
        <translation>noch keine Gegenstellen gefunden (kein Tracker hat geantwortet; DHT, Peer-Austausch und lokale Suche finden Gegenstellen langsam)</translation>
    </message>
    <message>
        <source>the metadata (the list of files) has not arrived: %1</source>
        <translation>die Metadaten (die Dateiliste) sind noch nicht da: %1</translation>
    </message>
</context>
<context>
    <name>Revaer::CompletionRunner</name>
    <message>
        <source>The program to run on completion, %1, could not be started for “%2”: check that it exists and may be run (Settings &gt; Downloads).</source>
        <translation>Das nach Abschluss auszuführende Programm %1 ließ sich für „%2“ nicht starten: Prüfen Sie, ob es existiert und ausgeführt werden darf (Einstellungen &gt; Downloads).</translation>
    </message>
</context>
<context>
    <name>Revaer::CreateTorrentDialog</name>
    <message>
        <source>&amp;Private (no DHT, peer exchange or local discovery: only the trackers)</source>
        <translation>&amp;Privat (kein DHT, kein Peer-Austausch, keine lokale Suche: nur die Tracker)</translation>
    </message>
    <message>
        <source>&amp;Start seeding it</source>
        <translation>&amp;Gleich verteilen</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen …</translation>
    </message>
    <message>
        <source>Torrent files (*.torrent)</source>
        <translation>Torrent-Dateien (*.torrent)</translation>
    </message>
    <message>
        <source>Create Torrent</source>
        <translation>Torrent erstellen</translation>
    </message>
    <message>
        <source>a file or a folder</source>
        <translation>eine Datei oder ein Ordner</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei …</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner …</translation>
    </message>
    <message>
        <source>File to Share</source>
        <translation>Zu teilende Datei</translation>
    </message>
    <message>
        <source>Folder to Share</source>
        <translation>Zu teilender Ordner</translation>
    </message>
    <message>
        <source>v1 (every client)</source>
        <translation>v1 (jeder Client)</translation>
    </message>
    <message>
        <source>Hybrid v1 + v2</source>
        <translation>Hybrid v1 + v2</translation>
    </message>
    <message>
        <source>v2 only</source>
        <translation>nur v2</translation>
    </message>
    <message>
        <source>Transmission 3 and older clients read v1 only; hybrid torrents serve v1 and v2 clients in one swarm.</source>
        <translation>Transmission 3 und ältere Clients lesen nur v1; hybride Torrents bedienen v1- und v2-Clients in einem Schwarm.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>One address per line; an empty line starts the next tier.</source>
        <translation>Eine Adresse pro Zeile; eine Leerzeile beginnt die nächste Stufe.</translation>
    </message>
    <message>
        <source>Web seeds: one HTTP address per line.</source>
        <translation>Web-Seeds: eine HTTP-Adresse pro Zeile.</translation>
    </message>
    <message>
        <source>Some private trackers ask for it.</source>
        <translation>Manche privaten Tracker verlangen es.</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>Teilen:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Piece size:</source>
        <translation>Stückgröße:</translation>
    </message>
    <message>
        <source>Trackers:</source>
        <translation>Tracker:</translation>
    </message>
    <message>
        <source>Web seeds:</source>
        <translation>Web-Seeds:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Choose a file or a folder to share: “%1” does not exist.</source>
        <translation>Wählen Sie eine Datei oder einen Ordner zum Teilen: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Save the Torrent As</source>
        <translation>Torrent speichern unter</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or remove it first.</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>Hashing %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Revaer::CredentialStore</name>
    <message>
        <source>the keychain refused: %1</source>
        <translation>der Schlüsselbund lehnte ab: %1</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain.</source>
        <translation>Das Passwort liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>This computer has no keychain Revaer can use: the password is kept in %1, in plain text that only your account can read.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, den Revaer nutzen kann: Das Passwort liegt in %1, im Klartext, den nur Ihr Konto lesen kann.</translation>
    </message>
    <message>
        <source>The password could not be kept (%1): give it again next time.</source>
        <translation>Das Passwort ließ sich nicht aufbewahren (%1): Geben Sie es beim nächsten Mal erneut ein.</translation>
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
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Speed limits:</source>
        <translation>Geschwindigkeitsgrenzen:</translation>
    </message>
    <message>
        <source>Not reachable from this address</source>
        <translation>Von dieser Adresse nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none of its own (the global caps apply)</source>
        <translation>keine eigenen (es gelten die globalen Grenzen)</translation>
    </message>
    <message>
        <source>All torrents</source>
        <translation>Alle Torrents</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Ban Peer for This Session…</source>
        <translation>Gegenstelle für diese Sitzung &amp;sperren …</translation>
    </message>
    <message>
        <source>&amp;Add Peers…</source>
        <translation>Gegenstellen &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Ban Peers</source>
        <translation>Gegenstellen sperren</translation>
    </message>
    <message numerus="yes">
        <source>Refuse %n peer(s) until Revaer quits? Their connections are dropped, for every torrent.</source>
        <translation>
            <numerusform>%n Gegenstelle abweisen, bis Revaer beendet wird? Ihre Verbindungen werden getrennt, für jeden Torrent.</numerusform>
            <numerusform>%n Gegenstellen abweisen, bis Revaer beendet wird? Ihre Verbindungen werden getrennt, für jeden Torrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not on disk yet (not downloaded, skipped, or moved).</source>
        <translation>„%1“ lässt sich nicht öffnen: es liegt noch nicht auf der Platte (nicht heruntergeladen, übersprungen oder verschoben).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: no program answered for it.</source>
        <translation>„%1“ lässt sich nicht öffnen: kein Programm hat sich dafür gemeldet.</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &amp;Containing Folder</source>
        <translation>Enthaltenden &amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”: a name cannot hold / or \, nor be . or ..</source>
        <translation>„%1“ lässt sich nicht in „%2“ umbenennen: ein Name darf weder / noch \ enthalten und nicht . oder .. sein</translation>
    </message>
    <message>
        <source>announcing…</source>
        <translation>meldet sich …</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Off: the torrent is private</source>
        <translation>Aus: der Torrent ist privat</translation>
    </message>
    <message>
        <source>Off in Settings</source>
        <translation>In den Einstellungen aus</translation>
    </message>
    <message>
        <source>IPv6 (%1)</source>
        <translation>IPv6 (%1)</translation>
    </message>
    <message>
        <source>IPv4 (%1)</source>
        <translation>IPv4 (%1)</translation>
    </message>
</context>
<context>
    <name>Revaer::DiskGuard</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The disk holding “%1” is full: %n torrent(s) stopped downloading (%2). Free some space; Revaer resumes them when there is room again.</source>
        <translation>
            <numerusform>Der Datenträger mit „%1“ ist voll: %n Torrent lädt nicht mehr herunter (%2). Schaffen Sie Platz; Revaer setzt fort, sobald wieder Platz ist.</numerusform>
            <numerusform>Der Datenträger mit „%1“ ist voll: %n Torrents laden nicht mehr herunter (%2). Schaffen Sie Platz; Revaer setzt sie fort, sobald wieder Platz ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revaer::FastResumeStore</name>
    <message>
        <source>Cannot write to the resume folder “%1”: %2. Torrents keep downloading, but progress will not survive a restart until the folder is writable.</source>
        <translation>In den Fortsetzungsordner „%1“ kann nicht geschrieben werden: %2. Die Torrents laden weiter, aber ihr Fortschritt übersteht keinen Neustart, bis der Ordner beschreibbar ist.</translation>
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
    <message>
        <source>Cannot create the resume folder “%1”: %2. Check that its parent exists and that Revaer may write there.</source>
        <translation>Der Fortsetzungsordner „%1“ lässt sich nicht anlegen: %2. Prüfen Sie, ob der übergeordnete Ordner existiert und Revaer dort schreiben darf.</translation>
    </message>
    <message>
        <source>Refused to replace “%1” with an empty file.</source>
        <translation>„%1“ wurde nicht durch eine leere Datei ersetzt.</translation>
    </message>
    <message>
        <source>cannot move “%1” to “%2”: %3</source>
        <translation>„%1“ lässt sich nicht nach „%2“ verschieben: %3</translation>
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
    <name>Revaer::FolderWatcher</name>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Added %1 from a watched folder, but could not rename it (%2): it is not added again while Revaer runs; move it away before the next start.</source>
        <translation>%1 aus einem überwachten Ordner hinzugefügt, aber nicht umbenannt (%2): Sie wird nicht erneut hinzugefügt, solange Revaer läuft; verschieben Sie sie vor dem nächsten Start.</translation>
    </message>
    <message>
        <source>%1 in a watched folder is not a torrent (%2), and could not be renamed (%3). Remove it.</source>
        <translation>%1 in einem überwachten Ordner ist kein Torrent (%2) und ließ sich nicht umbenennen (%3). Entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 in a watched folder is not a torrent (%2). It was renamed %3; fix or remove it.</source>
        <translation>%1 in einem überwachten Ordner ist kein Torrent (%2). Sie wurde in %3 umbenannt; reparieren oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>Revaer::LabelOrganizer</name>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;New Category…</source>
        <translation>&amp;Neue Kategorie …</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>Schlagwörter &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove All Tags</source>
        <translation>Alle Schlagwörter &amp;entfernen</translation>
    </message>
    <message>
        <source>“%1” keeps its downloads in “%2”. Move this torrent&apos;s data there?</source>
        <translation>„%1“ legt seine Downloads in „%2“ ab. Die Daten dieses Torrents dorthin verschieben?</translation>
    </message>
    <message>
        <source>“%1” keeps its downloads in “%2”. Move the data of these %3 torrents there?</source>
        <translation>„%1“ legt seine Downloads in „%2“ ab. Die Daten dieser %3 Torrents dorthin verschieben?</translation>
    </message>
    <message>
        <source>Move to the Category&apos;s Folder?</source>
        <translation>In den Ordner der Kategorie verschieben?</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Keep Where It Is</source>
        <translation>&amp;Lassen, wo es ist</translation>
    </message>
    <message>
        <source>Do the same every time (Settings can change it)</source>
        <translation>Jedes Mal so verfahren (in den Einstellungen änderbar)</translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Movies, or Movies/4K inside Movies</source>
        <translation>Filme, oder Filme/4K innerhalb von Filme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
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
        <source>Give the category a name.</source>
        <translation>Geben Sie der Kategorie einen Namen.</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Schlagwörter, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Edit Category</source>
        <translation>Kategorie bearbeiten</translation>
    </message>
    <message>
        <source>empty: the parent category&apos;s folder, else the usual one</source>
        <translation>leer: der Ordner der übergeordneten Kategorie, sonst der übliche</translation>
    </message>
    <message>
        <source>Unfinished downloads in:</source>
        <translation>Unfertige Downloads in:</translation>
    </message>
    <message>
        <source>empty: the parent&apos;s, else as in Settings &gt; Downloads</source>
        <translation>leer: der der übergeordneten, sonst wie unter Einstellungen &gt; Downloads</translation>
    </message>
    <message>
        <source>Torrents already in the category keep their data where it is.</source>
        <translation>Torrents, die schon in der Kategorie sind, behalten ihre Daten, wo sie sind.</translation>
    </message>
    <message>
        <source>A category “%1” exists already: choose another name.</source>
        <translation>Eine Kategorie „%1“ gibt es schon: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” cannot go inside itself.</source>
        <translation>„%1“ kann nicht in sich selbst liegen.</translation>
    </message>
    <message>
        <source>Remove the category “%1” and those inside it?</source>
        <translation>Die Kategorie „%1“ und die darin enthaltenen entfernen?</translation>
    </message>
    <message>
        <source>Its one torrent becomes uncategorized; the data stays where it is.</source>
        <translation>Ihr Torrent ist dann ohne Kategorie; die Daten bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Their %1 torrents become uncategorized; the data stays where it is.</source>
        <translation>Ihre %1 Torrents sind dann ohne Kategorie; die Daten bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Remove the Category?</source>
        <translation>Kategorie entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Edit Category…</source>
        <translation>Kategorie &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove Category…</source>
        <translation>Kategorie &amp;entfernen …</translation>
    </message>
    <message>
        <source>&amp;Remove Tag from All Torrents</source>
        <translation>Schlagwort von allen Torrents &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>Revaer::LabelSidebar</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Ohne Schlagwort</translation>
    </message>
</context>
<context>
    <name>Revaer::Labels</name>
    <message>
        <source>The category “%1” has a control character: use letters, digits, spaces and punctuation.</source>
        <translation>Die Kategorie „%1“ enthält ein Steuerzeichen: Verwenden Sie Buchstaben, Ziffern, Leerzeichen und Satzzeichen.</translation>
    </message>
    <message>
        <source>The category “%1” is longer than %2 characters.</source>
        <translation>Die Kategorie „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The tag “%1” has a comma or a control character: a tag is one word or phrase without them.</source>
        <translation>Das Schlagwort „%1“ enthält ein Komma oder ein Steuerzeichen: Ein Schlagwort ist ein Wort oder eine Wendung ohne diese.</translation>
    </message>
    <message>
        <source>The tag “%1” is longer than %2 characters.</source>
        <translation>Das Schlagwort „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>A torrent takes at most %1 tags; %2 were given.</source>
        <translation>Ein Torrent nimmt höchstens %1 Schlagwörter; %2 wurden angegeben.</translation>
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
        <source>The session&apos;s global caps were %1 instead of %2; they were applied again.</source>
        <translation>Die globalen Grenzen der Sitzung waren %1 statt %2; sie wurden erneut gesetzt.</translation>
    </message>
    <message>
        <source>The caps of torrent %1 were %2 instead of %3; they were applied again.</source>
        <translation>Die Grenzen des Torrents %1 waren %2 statt %3; sie wurden erneut gesetzt.</translation>
    </message>
</context>
<context>
    <name>Revaer::LogWindow</name>
    <message>
        <source>Revaer Log</source>
        <translation>Revaer-Protokoll</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Filter messages…</source>
        <translation>Meldungen filtern …</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Also written to %1</source>
        <translation>Auch gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>Revaer::MagnetLinksDialog</name>
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
        <source>&amp;Show Revaer</source>
        <translation>Revaer &amp;zeigen</translation>
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
        <source>Move To</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Revaer
↓ %1  ↑ %2</source>
        <translation>Revaer
↓ %1  ↑ %2</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Download abgeschlossen</translation>
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
    <message>
        <source>Force Re&amp;announce</source>
        <translation>Erneut &amp;melden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add P&amp;eers…</source>
        <translation>&amp;Gegenstellen hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;About Revaer</source>
        <translation>&amp;Über Revaer</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>When Something Goes &amp;Wrong</source>
        <translation>Wenn etwas &amp;schiefgeht</translation>
    </message>
    <message>
        <source>Revaer: a torrent stopped</source>
        <translation>Revaer: ein Torrent wurde angehalten</translation>
    </message>
    <message>
        <source>Added, saving to “%1”.</source>
        <translation>Hinzugefügt, speichert nach „%1“.</translation>
    </message>
    <message>
        <source>Cannot open the folder of “%1”: “%2” does not exist (moved, deleted, or on a drive that is not connected). Reconnect it, or use Move To… to say where the files are.</source>
        <translation>Der Ordner von „%1“ lässt sich nicht öffnen: „%2“ existiert nicht (verschoben, gelöscht oder auf einem nicht verbundenen Laufwerk). Verbinden Sie es wieder, oder sagen Sie mit Verschieben nach …, wo die Dateien liegen.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: no file manager answered. Install one, or open the folder yourself.</source>
        <translation>„%1“ lässt sich nicht öffnen: kein Dateimanager hat sich gemeldet. Installieren Sie einen oder öffnen Sie den Ordner selbst.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Revaer %1&lt;/h3&gt;&lt;p&gt;A BitTorrent client that never loses a torrent.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3), libtorrent %4&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Profile: %5&lt;br&gt;Log: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Revaer %1&lt;/h3&gt;&lt;p&gt;Ein BitTorrent-Client, der nie einen Torrent verliert.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit %3), libtorrent %4&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Profil: %5&lt;br&gt;Protokoll: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>About Revaer</source>
        <translation>Über Revaer</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not installed with this Revaer.</source>
        <translation>%1 lässt sich nicht öffnen: es ist mit diesem Revaer nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: no program answered for it. Open it yourself.</source>
        <translation>„%1“ lässt sich nicht öffnen: kein Programm hat sich dafür gemeldet. Öffnen Sie es selbst.</translation>
    </message>
    <message>
        <source>Download complete in “%1”.</source>
        <translation>Download abgeschlossen in „%1“.</translation>
    </message>
    <message>
        <source>Co&amp;nnect to Server…</source>
        <translation>Mit Server &amp;verbinden …</translation>
    </message>
    <message>
        <source>Revaer — %1</source>
        <translation>Revaer — %1</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>A Revaer or transmission-daemon elsewhere opens in a window of its own.</source>
        <translation>Ein Revaer oder transmission-daemon anderswo öffnet sich in einem eigenen Fenster.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>“%1” is not the address of a server: give one such as http://192.168.1.5:9091.</source>
        <translation>„%1“ ist nicht die Adresse eines Servers: geben Sie eine wie http://192.168.1.5:9091 an.</translation>
    </message>
    <message>
        <source>Cannot open a window for %1: %2</source>
        <translation>Für %1 lässt sich kein Fenster öffnen: %2</translation>
    </message>
    <message>
        <source>empty: the one remembered for this user</source>
        <translation>leer: das für diesen Benutzer gemerkte</translation>
    </message>
    <message>
        <source>Remember the password (in this computer&apos;s keychain)</source>
        <translation>Passwort merken (im Schlüsselbund dieses Computers)</translation>
    </message>
    <message>
        <source>Kept once the server accepts it. Where there is no keychain, in a file of your profile that only your account can read; Revaer says which.</source>
        <translation>Aufbewahrt, sobald der Server es annimmt. Wo es keinen Schlüsselbund gibt, in einer Datei Ihres Profils, die nur Ihr Konto lesen kann; Revaer sagt, wo.</translation>
    </message>
    <message>
        <source>&amp;Create Torrent…</source>
        <translation>Torrent &amp;erstellen …</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Showing the torrents of %1. Settings change the server&apos;s own settings.</source>
        <translation>Die Torrents von %1 werden gezeigt. Die Einstellungen ändern die des Servers selbst.</translation>
    </message>
</context>
<context>
    <name>Revaer::MessageLog</name>
    <message>
        <source>Cannot write the log file “%1”: %2.</source>
        <translation>Die Protokolldatei „%1“ lässt sich nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Torrent</source>
        <translation>Torrent</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Revaer::MetadataProbes</name>
    <message>
        <source>Cannot fetch the metadata of “%1”: %2</source>
        <translation>Die Metadaten von „%1“ können nicht geholt werden: %2</translation>
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
        <source>The BitTorrent session stopped before the metadata arrived.</source>
        <translation>Die BitTorrent-Sitzung endete, bevor die Metadaten eintrafen.</translation>
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
    <message numerus="yes">
        <source>%n older not shown</source>
        <translation>
            <numerusform>%n ältere nicht gezeigt</numerusform>
            <numerusform>%n ältere nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;Log…</source>
        <translation>&amp;Protokoll zeigen …</translation>
    </message>
</context>
<context>
    <name>Revaer::Profile</name>
    <message>
        <source>the standard profile (“%1”, “%2”)</source>
        <translation>das Standardprofil („%1“, „%2“)</translation>
    </message>
    <message>
        <source>the profile “%1”</source>
        <translation>das Profil „%1“</translation>
    </message>
    <message>
        <source>Cannot use %1: %2. Choose another folder with --profile, or fix this one.</source>
        <translation>%1 ist nicht verwendbar: %2. Wählen Sie mit --profile einen anderen Ordner oder reparieren Sie diesen.</translation>
    </message>
    <message>
        <source>Cannot use %1: Revaer cannot write in “%2” (%3). Choose another folder with --profile, or free some space or fix the folder&apos;s permissions.</source>
        <translation>%1 ist nicht verwendbar: Revaer kann nicht in „%2“ schreiben (%3). Wählen Sie mit --profile einen anderen Ordner, oder schaffen Sie Platz oder korrigieren Sie die Rechte des Ordners.</translation>
    </message>
    <message>
        <source>cannot create “%1”: %2</source>
        <translation>„%1“ lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>“%1” cannot hold Revaer&apos;s socket: %2. Remove it, or set XDG_RUNTIME_DIR.</source>
        <translation>„%1“ kann Revaers Socket nicht aufnehmen: %2. Entfernen Sie es oder setzen Sie XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>es ist kein Ordner</translation>
    </message>
    <message>
        <source>it belongs to another user (uid %1)</source>
        <translation>es gehört einem anderen Benutzer (UID %1)</translation>
    </message>
    <message>
        <source>other users may use it (mode %1)</source>
        <translation>andere Benutzer dürfen es verwenden (Modus %1)</translation>
    </message>
</context>
<context>
    <name>Revaer::RemoteEngine</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2. Check the address, the user and the password.</source>
        <translation>Der Server %1 ist nicht erreichbar: %2. Prüfen Sie Adresse, Benutzer und Passwort.</translation>
    </message>
    <message>
        <source>the server refused the user name or password (401)</source>
        <translation>der Server lehnte Benutzername oder Passwort ab (401)</translation>
    </message>
    <message>
        <source>the server refused this computer (403); check its allowed addresses</source>
        <translation>der Server lehnte diesen Computer ab (403); prüfen Sie seine erlaubten Adressen</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not Transmission&apos;s protocol</source>
        <translation>die Antwort des Servers ist nicht das Protokoll von Transmission</translation>
    </message>
    <message>
        <source>The server %1 refused: %2</source>
        <translation>Der Server %1 lehnte ab: %2</translation>
    </message>
    <message>
        <source>The server %1 refused %2: %3</source>
        <translation>Der Server %1 lehnte %2 ab: %3</translation>
    </message>
    <message>
        <source>%1 is not possible on a remote server (%2): Transmission&apos;s protocol has no such command.</source>
        <translation>%1 ist auf einem entfernten Server (%2) nicht möglich: das Protokoll von Transmission hat keinen solchen Befehl.</translation>
    </message>
    <message>
        <source>Adding resume data</source>
        <translation>Das Hinzufügen von Fortsetzungsdaten</translation>
    </message>
    <message>
        <source>Cannot add “%1” on %2: %3</source>
        <translation>„%1“ lässt sich auf %2 nicht hinzufügen: %3</translation>
    </message>
    <message>
        <source>“%1” is already in the list as “%2”.</source>
        <translation>„%1“ ist bereits als „%2“ in der Liste.</translation>
    </message>
    <message>
        <source>Sequential download</source>
        <translation>Der sequenzielle Download</translation>
    </message>
    <message>
        <source>Adding peers</source>
        <translation>Das Hinzufügen von Gegenstellen</translation>
    </message>
    <message>
        <source>Banning peers</source>
        <translation>Das Sperren von Gegenstellen</translation>
    </message>
    <message>
        <source>A remote server cannot fetch a magnet&apos;s files before adding it: the torrent is added, and its files can be chosen in the Files tab once they are known.</source>
        <translation>Ein entfernter Server kann die Dateien eines Magnet-Links nicht vor dem Hinzufügen holen: der Torrent wird hinzugefügt, und seine Dateien lassen sich im Reiter Dateien wählen, sobald sie bekannt sind.</translation>
    </message>
    <message>
        <source>The server %1 shows another certificate than the one trusted before (SHA-256 %2, now %3). Revaer does not connect: someone may be in between. If the server&apos;s certificate was renewed, remove its line in remote.ini under [Certificates].</source>
        <translation>Der Server %1 zeigt ein anderes Zertifikat als das zuvor vertraute (SHA-256 %2, jetzt %3). Revaer verbindet sich nicht: jemand könnte dazwischen sein. Wurde das Zertifikat des Servers erneuert, entfernen Sie seine Zeile in remote.ini unter [Certificates].</translation>
    </message>
    <message>
        <source>Filing under a category</source>
        <translation>Das Ablegen unter einer Kategorie</translation>
    </message>
</context>
<context>
    <name>Revaer::ResumeKeeper</name>
    <message>
        <source>Resume data cannot be saved: %1. Torrents keep downloading, but what changed will not survive a restart until this is fixed.</source>
        <translation>Fortsetzungsdaten können nicht gespeichert werden: %1. Die Torrents laden weiter, aber Änderungen überstehen keinen Neustart, bis das behoben ist.</translation>
    </message>
    <message>
        <source>Revaer did not shut down cleanly last time; every torrent is restored from its last saved state.</source>
        <translation>Revaer wurde zuletzt nicht sauber beendet; jeder Torrent wird aus seinem zuletzt gespeicherten Zustand wiederhergestellt.</translation>
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
        <source>The download folder of “%1” cannot be created (%2). The torrent is paused: choose another folder with Move, then resume it.</source>
        <translation>Der Download-Ordner von „%1“ lässt sich nicht anlegen (%2). Der Torrent ist pausiert: wählen Sie mit Verschieben einen anderen Ordner und setzen Sie ihn dann fort.</translation>
    </message>
    <message>
        <source>Setting its damaged files aside failed (%1): remove them from the resume folder by hand.</source>
        <translation>Das Beiseitelegen seiner beschädigten Dateien ist fehlgeschlagen (%1): entfernen Sie sie von Hand aus dem Fortsetzungsordner.</translation>
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
        <source>The download folder of “%1”, “%2”, no longer exists. The torrent is paused: reconnect the drive or restore the folder and resume it, or move it to another folder.</source>
        <translation>Der Download-Ordner von „%1“, „%2“, existiert nicht mehr. Der Torrent ist angehalten: Schließen Sie das Laufwerk wieder an oder stellen Sie den Ordner wieder her und setzen Sie ihn fort, oder verschieben Sie ihn in einen anderen Ordner.</translation>
    </message>
    <message>
        <source>“%1” changed on disk since Revaer last saved it (for example “%2”); its data is being checked again.</source>
        <translation>„%1“ wurde seit der letzten Sicherung durch Revaer auf dem Datenträger geändert (zum Beispiel „%2“); seine Daten werden erneut geprüft.</translation>
    </message>
    <message>
        <source>The saved settings of “%1” were unusable (%2); they were moved to quarantine and rebuilt from its resume data (its folder, file selection, trackers and dates).</source>
        <translation>Die gespeicherten Einstellungen von „%1“ waren unbrauchbar (%2); sie wurden in die Quarantäne verschoben und aus den Fortsetzungsdaten neu aufgebaut (Ordner, Dateiauswahl, Tracker und Daten).</translation>
    </message>
    <message>
        <source>from “%1”</source>
        <translation>aus „%1“</translation>
    </message>
    <message>
        <source>from its magnet link</source>
        <translation>aus seinem Magnet-Link</translation>
    </message>
    <message>
        <source>from its info-hash and trackers</source>
        <translation>aus seinem Info-Hash und seinen Trackern</translation>
    </message>
    <message>
        <source>The resume data of “%1” was unusable (%2); it was moved to quarantine and the torrent was added again %3, with its saved folder, file selection and trackers. It will check the data already downloaded.</source>
        <translation>Die Fortsetzungsdaten von „%1“ waren unbrauchbar (%2); sie wurden in die Quarantäne verschoben und der Torrent wurde %3 neu hinzugefügt, mit gespeichertem Ordner, Dateiauswahl und Trackern. Die bereits heruntergeladenen Daten werden geprüft.</translation>
    </message>
</context>
<context>
    <name>Revaer::RpcServer</name>
    <message>
        <source>HTTPS is not available: Qt found no TLS library on this system.</source>
        <translation>HTTPS ist nicht verfügbar: Qt fand auf diesem System keine TLS-Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot read the HTTPS certificate “%1” or key “%2”. Give PEM files Revaer may read.</source>
        <translation>Das HTTPS-Zertifikat „%1“ oder der Schlüssel „%2“ ist nicht lesbar. Geben Sie PEM-Dateien an, die Revaer lesen darf.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate, or “%2” no PEM private key (RSA or EC, without a passphrase).</source>
        <translation>„%1“ enthält kein PEM-Zertifikat oder „%2“ keinen privaten PEM-Schlüssel (RSA oder EC, ohne Passphrase).</translation>
    </message>
    <message>
        <source>Remote control cannot listen on %1 port %2: %3. Choose another port (--rpc-port) or stop the program using it.</source>
        <translation>Die Fernsteuerung kann auf %1 Port %2 nicht lauschen: %3. Wählen Sie einen anderen Port (--rpc-port) oder beenden Sie das Programm, das ihn belegt.</translation>
    </message>
</context>
<context>
    <name>Revaer::SafeFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a regular file</source>
        <translation>es ist eine Pipe (FIFO), keine normale Datei</translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation>es ist ein Gerät, keine normale Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine normale Datei</translation>
    </message>
    <message>
        <source>at %1 bytes it is larger than the %2 bytes allowed</source>
        <translation>mit %1 Bytes ist es größer als die erlaubten %2 Bytes</translation>
    </message>
    <message>
        <source>it grew past the %1 bytes allowed while it was read</source>
        <translation>es ist beim Lesen über die erlaubten %1 Bytes gewachsen</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder</source>
        <translation>„%1“ ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”: %2</source>
        <translation>der Ordner „%1“ lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>not supported here</source>
        <translation>hier nicht unterstützt</translation>
    </message>
    <message>
        <source>Cannot sync the disk holding “%1”: %2</source>
        <translation>Der Datenträger mit „%1“ kann nicht synchronisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Revaer::ServerSettingsDialog</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Queue and Seeding</source>
        <translation>Warteschlange und Seeden</translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation> kB/s</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Werktags</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Am Wochenende</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>Montags</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Dienstags</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Mittwochs</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Donnerstags</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Freitags</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Samstags</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Sonntags</translation>
    </message>
    <message>
        <source>Save downloads in:</source>
        <translation>Downloads speichern in:</translation>
    </message>
    <message>
        <source>Keep unfinished downloads in:</source>
        <translation>Unfertige Downloads aufbewahren in:</translation>
    </message>
    <message>
        <source>Start torrents as soon as they are added</source>
        <translation>Torrents starten, sobald sie hinzugefügt sind</translation>
    </message>
    <message>
        <source>Limit downloads to:</source>
        <translation>Downloads begrenzen auf:</translation>
    </message>
    <message>
        <source>Limit uploads to:</source>
        <translation>Uploads begrenzen auf:</translation>
    </message>
    <message>
        <source>Alternative download limit:</source>
        <translation>Alternative Download-Grenze:</translation>
    </message>
    <message>
        <source>Alternative upload limit:</source>
        <translation>Alternative Upload-Grenze:</translation>
    </message>
    <message>
        <source>Use the alternative limits now</source>
        <translation>Die alternativen Grenzen jetzt verwenden</translation>
    </message>
    <message>
        <source>Use the alternative limits on a schedule</source>
        <translation>Die alternativen Grenzen nach Zeitplan verwenden</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Listening port:</source>
        <translation>Port für eingehende Verbindungen:</translation>
    </message>
    <message>
        <source>Forward the port on the router (UPnP, NAT-PMP)</source>
        <translation>Den Port am Router weiterleiten (UPnP, NAT-PMP)</translation>
    </message>
    <message>
        <source>Connections at most:</source>
        <translation>Verbindungen höchstens:</translation>
    </message>
    <message>
        <source>Connections per torrent at most:</source>
        <translation>Verbindungen je Torrent höchstens:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Allowed, not preferred</source>
        <translation>Erlaubt, nicht bevorzugt</translation>
    </message>
    <message>
        <source>Find peers on the DHT</source>
        <translation>Gegenstellen im DHT finden</translation>
    </message>
    <message>
        <source>Exchange peers with peers (PeX)</source>
        <translation>Gegenstellen mit Gegenstellen austauschen (PeX)</translation>
    </message>
    <message>
        <source>Find peers on the local network (LSD)</source>
        <translation>Gegenstellen im lokalen Netz finden (LSD)</translation>
    </message>
    <message>
        <source>Use µTP</source>
        <translation>µTP verwenden</translation>
    </message>
    <message>
        <source>Active downloads at most:</source>
        <translation>Aktive Downloads höchstens:</translation>
    </message>
    <message>
        <source>Active seeds at most:</source>
        <translation>Aktive Seeds höchstens:</translation>
    </message>
    <message>
        <source>Stop seeding at ratio:</source>
        <translation>Seeden beenden bei Verhältnis:</translation>
    </message>
    <message>
        <source>Stop seeding when idle for:</source>
        <translation>Seeden beenden nach Untätigkeit von:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>These are the server&apos;s own settings: they change how %1 downloads, for every window and client connected to it.</source>
        <translation>Dies sind die Einstellungen des Servers selbst: Sie ändern, wie %1 herunterlädt, für jedes Fenster und jedes Programm, das mit ihm verbunden ist.</translation>
    </message>
    <message>
        <source>Asking %1 for its settings…</source>
        <translation>%1 wird nach seinen Einstellungen gefragt …</translation>
    </message>
    <message>
        <source>%1 did not send its settings: %2. Close this window and try again once it answers.</source>
        <translation>%1 hat seine Einstellungen nicht geschickt: %2. Schließen Sie dieses Fenster und versuchen Sie es erneut, sobald er antwortet.</translation>
    </message>
    <message>
        <source>%1 free on the server</source>
        <translation>%1 frei auf dem Server</translation>
    </message>
    <message>
        <source>%1 has none of the settings Revaer knows how to change.</source>
        <translation>%1 hat keine der Einstellungen, die Revaer ändern kann.</translation>
    </message>
    <message>
        <source>As set on the server (%1)</source>
        <translation>Wie auf dem Server eingestellt (%1)</translation>
    </message>
    <message>
        <source>Sending the changes to %1…</source>
        <translation>Die Änderungen werden an %1 geschickt …</translation>
    </message>
    <message>
        <source>%1 kept its own value for: %2. The others were changed; the dialog shows what is in force now.</source>
        <translation>%1 behielt seinen eigenen Wert für: %2. Die übrigen wurden geändert; der Dialog zeigt, was jetzt gilt.</translation>
    </message>
    <message>
        <source>%1 did not take the changes: %2</source>
        <translation>%1 hat die Änderungen nicht übernommen: %2</translation>
    </message>
</context>
<context>
    <name>Revaer::SessionSupervisor</name>
    <message>
        <source>The BitTorrent session failed: %1</source>
        <translation>Die BitTorrent-Sitzung ist ausgefallen: %1</translation>
    </message>
    <message>
        <source>The BitTorrent session could not be restarted after %1 tries: %2. Restart Revaer; if this keeps happening, check the settings and the log (QT_LOGGING_RULES=&quot;revaer.*=true&quot;).</source>
        <translation>Die BitTorrent-Sitzung konnte nach %1 Versuchen nicht neu gestartet werden: %2. Starten Sie Revaer neu; passiert das wieder, prüfen Sie die Einstellungen und das Protokoll (QT_LOGGING_RULES=&quot;revaer.*=true&quot;).</translation>
    </message>
    <message>
        <source>The BitTorrent session failed and could not be restarted yet (try %1 of %2): %3</source>
        <translation>Die BitTorrent-Sitzung ist ausgefallen und konnte noch nicht neu gestartet werden (Versuch %1 von %2): %3</translation>
    </message>
    <message>
        <source>Port %1 is used by another program, so Revaer accepts peers on port %2 for now. Choose another port in Settings &gt; Connection (one your router forwards), or stop that program.</source>
        <translation>Port %1 wird von einem anderen Programm belegt, daher nimmt Revaer Gegenstellen vorerst auf Port %2 an. Wählen Sie unter Einstellungen &gt; Verbindung einen anderen Port (einen, den Ihr Router weiterleitet), oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <source>Cannot accept incoming connections: “%1” cannot be listened on, on any port (%2: %3). Check the listen addresses in the settings. Revaer keeps trying.</source>
        <translation>Eingehende Verbindungen sind nicht möglich: auf „%1“ lässt sich auf keinem Port lauschen (%2: %3). Prüfen Sie die Lauschadressen in den Einstellungen. Revaer versucht es weiter.</translation>
    </message>
</context>
<context>
    <name>Revaer::SessionWorker</name>
    <message>
        <source>The BitTorrent session could not start: %1</source>
        <translation>Die BitTorrent-Sitzung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Cannot connect “%1” to %2: not an address and port such as 192.0.2.7:6881.</source>
        <translation>„%1“ kann nicht mit %2 verbunden werden: keine Adresse mit Port wie 192.0.2.7:6881.</translation>
    </message>
    <message>
        <source>Cannot add “%1”: %2. Choose a download folder Revaer may write to.</source>
        <translation>„%1“ lässt sich nicht hinzufügen: %2. Wählen Sie einen Download-Ordner, in den Revaer schreiben darf.</translation>
    </message>
    <message>
        <source>Cannot ban “%1”: not an IP address.</source>
        <translation>„%1“ lässt sich nicht sperren: keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Cannot rename a file of “%1” to “%2”: a name must stay inside the torrent&apos;s folder.</source>
        <translation>Eine Datei von „%1“ lässt sich nicht in „%2“ umbenennen: ein Name muss im Ordner des Torrents bleiben.</translation>
    </message>
    <message>
        <source>“%1” reached its seeding goal (%2) and was paused. Resume it to seed on.</source>
        <translation>„%1“ hat sein Verteilziel erreicht (%2) und wurde angehalten. Setzen Sie ihn fort, um weiter zu verteilen.</translation>
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
    <message>
        <source>Start new torrents paused</source>
        <translation>Neue Torrents pausiert starten</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Revaer. The setting applies once a tray appears.</source>
        <translation>Dieser Desktop hat keinen Systemabschnitt der Kontrollleiste: Schließen des Fensters beendet Revaer. Die Einstellung gilt, sobald einer erscheint.</translation>
    </message>
    <message>
        <source>Closing the window keeps Revaer running in the system tray (no tray on this desktop)</source>
        <translation>Beim Schließen des Fensters läuft Revaer im Systemabschnitt der Kontrollleiste weiter (auf diesem Desktop gibt es keinen)</translation>
    </message>
    <message>
        <source>Remote Control</source>
        <translation>Fernsteuerung</translation>
    </message>
    <message>
        <source>Let other programs and devices control Revaer</source>
        <translation>Anderen Programmen und Geräten die Steuerung von Revaer erlauben</translation>
    </message>
    <message>
        <source>Revaer speaks Transmission&apos;s remote protocol: transmission-remote, Transmission&apos;s web client, Tremotesf, Transdroid, Sonarr and Radarr can add and control torrents.</source>
        <translation>Revaer spricht das Fernsteuerungsprotokoll von Transmission: transmission-remote, der Web-Client von Transmission, Tremotesf, Transdroid, Sonarr und Radarr können Torrents hinzufügen und steuern.</translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only. 0.0.0.0: every network it is on (then a user and password are required).</source>
        <translation>127.0.0.1: nur dieser Computer. 0.0.0.0: jedes Netz, in dem er ist (dann sind Benutzer und Passwort Pflicht).</translation>
    </message>
    <message>
        <source>Listen on address:</source>
        <translation>Auf Adresse lauschen:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Only a salted hash of the password is kept, in revaer.ini.</source>
        <translation>Gespeichert wird nur ein gesalzener Hash des Passworts, in revaer.ini.</translation>
    </message>
    <message>
        <source>none (for example /usr/share/transmission/web)</source>
        <translation>keiner (etwa /usr/share/transmission/web)</translation>
    </message>
    <message>
        <source>Web client folder:</source>
        <translation>Ordner des Web-Clients:</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Move its data there</source>
        <translation>Seine Daten dorthin verschieben</translation>
    </message>
    <message>
        <source>Leave its data where it is</source>
        <translation>Seine Daten lassen, wo sie sind</translation>
    </message>
    <message>
        <source>Filed under a category with its own folder:</source>
        <translation>Unter einer Kategorie mit eigenem Ordner abgelegt:</translation>
    </message>
    <message>
        <source>Watched Folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>%N name, %L category, %G tags, %F content path, %D save folder, %I info-hash, %C number of files, %Z size in bytes, %% a percent sign. Each argument is passed as it is, never through a shell.</source>
        <translation>%N Name, %L Kategorie, %G Schlagwörter, %F Pfad des Inhalts, %D Speicherordner, %I Info-Hash, %C Anzahl der Dateien, %Z Größe in Bytes, %% ein Prozentzeichen. Jedes Argument wird unverändert übergeben, nie über eine Shell.</translation>
    </message>
    <message>
        <source>Run when a torrent completes:</source>
        <translation>Ausführen, wenn ein Torrent fertig ist:</translation>
    </message>
    <message>
        <source>With the arguments:</source>
        <translation>Mit den Argumenten:</translation>
    </message>
    <message>
        <source>none: torrents download where they are saved</source>
        <translation>keiner: Torrents laden dorthin, wo sie gespeichert werden</translation>
    </message>
    <message>
        <source>Unfinished downloads wait here and move to their save folder once complete. A category may have a folder of its own for them.</source>
        <translation>Unfertige Downloads warten hier und ziehen in ihren Speicherordner um, sobald sie fertig sind. Eine Kategorie kann dafür einen eigenen Ordner haben.</translation>
    </message>
    <message>
        <source>Keep unfinished downloads in:</source>
        <translation>Unfertige Downloads aufbewahren in:</translation>
    </message>
</context>
<context>
    <name>Revaer::SettingsStore</name>
    <message>
        <source>Settings file “%1”: %2</source>
        <translation>Einstellungsdatei „%1“: %2</translation>
    </message>
    <message>
        <source>Settings file “%1” cannot be read (%2); the settings in force stay until it can.</source>
        <translation>Die Einstellungsdatei „%1“ ist nicht lesbar (%2); die geltenden Einstellungen bleiben, bis sie es wieder ist.</translation>
    </message>
    <message>
        <source>Cannot save the settings to “%1” (%2). The change holds until Revaer quits; remove or fix that file and Revaer writes a new one.</source>
        <translation>Die Einstellungen lassen sich nicht in „%1“ speichern (%2). Die Änderung gilt, bis Revaer beendet wird; entfernen oder reparieren Sie die Datei, dann schreibt Revaer eine neue.</translation>
    </message>
</context>
<context>
    <name>Revaer::SourceIntake</name>
    <message numerus="yes">
        <source>%n torrents added to “%1” without the add dialog; choose their files in the Files tab.</source>
        <translation>
            <numerusform>%n Torrent ohne Hinzufügen-Dialog zu „%1“ hinzugefügt; seine Dateien wählen Sie im Reiter Dateien.</numerusform>
            <numerusform>%n Torrents ohne Hinzufügen-Dialog zu „%1“ hinzugefügt; ihre Dateien wählen Sie im Reiter Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is already in the list as “%2”.</source>
        <translation>„%1“ ist bereits als „%2“ in der Liste.</translation>
    </message>
    <message>
        <source>Already Added</source>
        <translation>Bereits hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Add its %n tracker(s) to the torrent in the list? Trackers it already has are kept once.</source>
        <translation>
            <numerusform>Seinen %n Tracker zum Torrent in der Liste hinzufügen? Tracker, die er schon hat, bleiben einmal erhalten.</numerusform>
            <numerusform>Seine %n Tracker zum Torrent in der Liste hinzufügen? Tracker, die er schon hat, bleiben einmal erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge Trackers</source>
        <translation>Tracker &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Leave It</source>
        <translation>&amp;So lassen</translation>
    </message>
    <message>
        <source>Open Torrent Files</source>
        <translation>Torrent-Dateien öffnen</translation>
    </message>
    <message>
        <source>Torrent files (*.torrent);;All files (*)</source>
        <translation>Torrent-Dateien (*.torrent);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Revaer::SpeedGraph</name>
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
    <message>
        <source>−%1 min</source>
        <translation>−%1 min</translation>
    </message>
</context>
<context>
    <name>Revaer::SpeedLimitDialog</name>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Speed Limits</source>
        <translation>Geschwindigkeitsgrenzen</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Revaer::TransferStatusBar</name>
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
        <source>DHT: %1</source>
        <translation>DHT: %1</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>Frei: %1</translation>
    </message>
    <message>
        <source>Caps ↓ %1 ↑ %2</source>
        <translation>Grenzen ↓ %1 ↑ %2</translation>
    </message>
    <message>
        <source>Restoring %L1 of %L2 torrents…</source>
        <translation>%L1 von %L2 Torrents werden wiederhergestellt …</translation>
    </message>
</context>
<context>
    <name>Revaer::TransmissionRpc</name>
    <message>
        <source>The request is not JSON: %1 at byte %2.</source>
        <translation>Die Anfrage ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The request must be a JSON object with a “method”.</source>
        <translation>Die Anfrage muss ein JSON-Objekt mit einer „method“ sein.</translation>
    </message>
    <message>
        <source>The request has no “method” string.</source>
        <translation>Die Anfrage hat keine Zeichenkette „method“.</translation>
    </message>
    <message>
        <source>“arguments” must be a JSON object.</source>
        <translation>„arguments“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Revaer does not offer “%1”.</source>
        <translation>Revaer bietet „%1“ nicht an.</translation>
    </message>
    <message>
        <source>Unknown method “%1”.</source>
        <translation>Unbekannte Methode „%1“.</translation>
    </message>
    <message>
        <source>A torrent id must be a whole number or an info-hash.</source>
        <translation>Eine Torrent-ID muss eine ganze Zahl oder ein Info-Hash sein.</translation>
    </message>
    <message>
        <source>“%1” is not a torrent id or an info-hash.</source>
        <translation>„%1“ ist weder eine Torrent-ID noch ein Info-Hash.</translation>
    </message>
    <message>
        <source>torrent-get needs “fields”, a list of field names.</source>
        <translation>torrent-get braucht „fields“, eine Liste von Feldnamen.</translation>
    </message>
    <message>
        <source>Every entry of “fields” must be a field name.</source>
        <translation>Jeder Eintrag von „fields“ muss ein Feldname sein.</translation>
    </message>
    <message>
        <source>torrent-add needs “filename” (a magnet link or a .torrent file on the server) or “metainfo” (a .torrent, base64).</source>
        <translation>torrent-add braucht „filename“ (einen Magnet-Link oder eine .torrent-Datei auf dem Server) oder „metainfo“ (eine .torrent-Datei, Base64).</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>“metainfo” is not base64: send the .torrent file&apos;s bytes encoded as base64.</source>
        <translation>„metainfo“ ist kein Base64: senden Sie die Bytes der .torrent-Datei Base64-kodiert.</translation>
    </message>
    <message>
        <source>a .torrent sent by %1</source>
        <translation>eine von %1 gesendete .torrent-Datei</translation>
    </message>
    <message>
        <source>“%1” is being added already.</source>
        <translation>„%1“ wird bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>A magnet link&apos;s files are not known before its metadata arrives: add it, then choose its files with torrent-set.</source>
        <translation>Die Dateien eines Magnet-Links sind erst mit seinen Metadaten bekannt: fügen Sie ihn hinzu und wählen Sie die Dateien dann mit torrent-set.</translation>
    </message>
    <message>
        <source>The engine did not add the torrent within %1 seconds; it may still appear.</source>
        <translation>Die Engine hat den Torrent nicht binnen %1 Sekunden hinzugefügt; er kann noch erscheinen.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number of kB/s from 0 to 2000000.</source>
        <translation>„%1“ muss eine ganze Zahl von kB/s zwischen 0 und 2000000 sein.</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>“location” must be a folder on the server.</source>
        <translation>„location“ muss ein Ordner auf dem Server sein.</translation>
    </message>
    <message>
        <source>“trackerAdd” must be a list of tracker addresses and “trackerList” a text of them.</source>
        <translation>„trackerAdd“ muss eine Liste von Tracker-Adressen sein und „trackerList“ ein Text aus ihnen.</translation>
    </message>
    <message>
        <source>Use “trackerList” to change a torrent&apos;s trackers: Revaer does not number them.</source>
        <translation>Ändern Sie die Tracker eines Torrents mit „trackerList“: Revaer nummeriert sie nicht.</translation>
    </message>
    <message>
        <source>The files of “%1” are not known yet: its metadata has not arrived.</source>
        <translation>Die Dateien von „%1“ sind noch nicht bekannt: seine Metadaten sind nicht angekommen.</translation>
    </message>
    <message>
        <source>torrent-set-location needs “location”, a folder on the server.</source>
        <translation>torrent-set-location braucht „location“, einen Ordner auf dem Server.</translation>
    </message>
    <message>
        <source>torrent-rename-path renames in one torrent: give exactly one id.</source>
        <translation>torrent-rename-path benennt in einem Torrent um: geben Sie genau eine ID an.</translation>
    </message>
    <message>
        <source>torrent-rename-path needs “path” (a file or folder in the torrent) and “name”, a new name without slashes.</source>
        <translation>torrent-rename-path braucht „path“ (eine Datei oder einen Ordner im Torrent) und „name“, einen neuen Namen ohne Schrägstriche.</translation>
    </message>
    <message>
        <source>“%1” is not a file or folder of “%2”.</source>
        <translation>„%1“ ist keine Datei und kein Ordner von „%2“.</translation>
    </message>
    <message>
        <source>“%1” is not a folder on the server.</source>
        <translation>„%1“ ist kein Ordner auf dem Server.</translation>
    </message>
    <message>
        <source>This server cannot change settings.</source>
        <translation>Dieser Server kann keine Einstellungen ändern.</translation>
    </message>
    <message>
        <source>“%1” must be a number from %2 to %3.</source>
        <translation>„%1“ muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>“encryption” must be “required”, “preferred” or “tolerated”.</source>
        <translation>„encryption“ muss „required“, „preferred“ oder „tolerated“ sein.</translation>
    </message>
    <message>
        <source>“download-dir” must be a folder on the server.</source>
        <translation>„download-dir“ muss ein Ordner auf dem Server sein.</translation>
    </message>
    <message>
        <source>“%1” must be a list of file numbers.</source>
        <translation>„%1“ muss eine Liste von Dateinummern sein.</translation>
    </message>
    <message>
        <source>“%1” names a file that is not in the torrent (it has %2 files, numbered from 0).</source>
        <translation>„%1“ nennt eine Datei, die der Torrent nicht hat (er hat %2 Dateien, ab 0 nummeriert).</translation>
    </message>
    <message>
        <source>“%1” is not a web address to download a .torrent from.</source>
        <translation>„%1“ ist keine Webadresse, von der sich eine .torrent-Datei laden lässt.</translation>
    </message>
    <message>
        <source>Cannot add “%1”: it is larger than any .torrent file (10 MB).</source>
        <translation>„%1“ lässt sich nicht hinzufügen: es ist größer als jede .torrent-Datei (10 MB).</translation>
    </message>
    <message>
        <source>Cannot download “%1”: %2.</source>
        <translation>„%1“ lässt sich nicht herunterladen: %2.</translation>
    </message>
    <message>
        <source>“labels” must be a list of texts.</source>
        <translation>„labels“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>“incomplete-dir” must be a folder on the server, given in full.</source>
        <translation>„incomplete-dir“ muss ein Ordner auf dem Server sein, vollständig angegeben.</translation>
    </message>
    <message>
        <source>“incomplete-dir-enabled” needs “incomplete-dir”: the folder to use.</source>
        <translation>„incomplete-dir-enabled“ braucht „incomplete-dir“: den zu verwendenden Ordner.</translation>
    </message>
    <message>
        <source>The program run on completion is set on the server (Settings &gt; Downloads, or revaer.ini), not through remote control.</source>
        <translation>Das Programm, das nach Abschluss läuft, wird auf dem Server festgelegt (Einstellungen &gt; Downloads oder revaer.ini), nicht über die Fernsteuerung.</translation>
    </message>
</context>
<context>
    <name>Revaer::WatchedFoldersEditor</name>
    <message>
        <source>A .torrent file that appears in one of these folders is added once it is complete, then renamed “.added” or moved into “added”; one that is not a torrent is renamed “.invalid”. A folder that is missing (a drive not plugged in) is watched for.</source>
        <translation>Eine .torrent-Datei, die in einem dieser Ordner erscheint, wird hinzugefügt, sobald sie vollständig ist, dann in „.added“ umbenannt oder nach „added“ verschoben; eine, die kein Torrent ist, wird in „.invalid“ umbenannt. Auf einen fehlenden Ordner (ein nicht angeschlossenes Laufwerk) wird gewartet.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>After adding</source>
        <translation>Nach dem Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Ordner überwachen</translation>
    </message>
    <message>
        <source>Empty: the category&apos;s folder, else the default download folder.</source>
        <translation>Leer: der Ordner der Kategorie, sonst der Standard-Downloadordner.</translation>
    </message>
    <message>
        <source>Rename “.added”</source>
        <translation>In „.added“ umbenennen</translation>
    </message>
    <message>
        <source>Move into “added”</source>
        <translation>Nach „added“ verschieben</translation>
    </message>
    <message>
        <source>Watched folder %1 has no folder: choose one or remove the row.</source>
        <translation>Überwachter Ordner %1 hat keinen Ordner: Wählen Sie einen oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The watched folder “%1” is not a full path: choose it with Add Folder.</source>
        <translation>Der überwachte Ordner „%1“ ist kein vollständiger Pfad: Wählen Sie ihn mit „Ordner hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>RpcConfig</name>
    <message>
        <source>The remote-control port %1 is not a port from 1 to 65535 (or 0 for any free one).</source>
        <translation>Der Fernsteuerungs-Port %1 ist kein Port von 1 bis 65535 (oder 0 für einen freien).</translation>
    </message>
    <message>
        <source>The remote-control address “%1” is not an IP address. Give one such as 127.0.0.1, 192.168.1.5 or 0.0.0.0.</source>
        <translation>Die Fernsteuerungsadresse „%1“ ist keine IP-Adresse. Geben Sie eine wie 127.0.0.1, 192.168.1.5 oder 0.0.0.0 an.</translation>
    </message>
    <message>
        <source>Remote control on %1 would be reachable from the network without a password. Set a user and a password (--rpc-user and --rpc-password), or listen on 127.0.0.1 only.</source>
        <translation>Die Fernsteuerung auf %1 wäre ohne Passwort aus dem Netz erreichbar. Legen Sie Benutzer und Passwort fest (--rpc-user und --rpc-password) oder lauschen Sie nur auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its private key (--rpc-certificate and --rpc-key).</source>
        <translation>HTTPS braucht ein Zertifikat und seinen privaten Schlüssel (--rpc-certificate und --rpc-key).</translation>
    </message>
</context>
<context>
    <name>SeedingGoals</name>
    <message>
        <source>ratio %1</source>
        <translation>Verhältnis %1</translation>
    </message>
    <message>
        <source>%1 of seeding</source>
        <translation>%1 Verteilen</translation>
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
    <message>
        <source>Stalled</source>
        <translation>Stockt</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Wird verschoben</translation>
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
    <message>
        <source>Cannot create a torrent with pieces of %1 bytes: a piece is a power of two of at least 16 KiB.</source>
        <translation>Ein Torrent mit Stücken von %1 Bytes lässt sich nicht erstellen: Ein Stück ist eine Zweierpotenz von mindestens 16 KiB.</translation>
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
    <message>
        <source>Cannot add “%1”: the file does not exist. Check the path, or download the .torrent file again.</source>
        <translation>„%1“ kann nicht hinzugefügt werden: die Datei existiert nicht. Prüfen Sie den Pfad oder laden Sie die .torrent-Datei erneut herunter.</translation>
    </message>
    <message>
        <source>Cannot add %1. Choose the .torrent file itself.</source>
        <translation>%1 lässt sich nicht hinzufügen. Wählen Sie die .torrent-Datei selbst.</translation>
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
    <message>
        <source>Stalled</source>
        <translation>Stockt</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Wird verschoben</translation>
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
        <source>Magnet links and .torrent files do not open in Revaer yet: Settings &gt; Interface makes it the default.</source>
        <translation>Magnet-Links und .torrent-Dateien öffnen sich noch nicht in Revaer: Einstellungen &gt; Oberfläche macht es zum Standard.</translation>
    </message>
    <message>
        <source>Revaer is already running on %1 (PID %2), but it did not take the torrents: %3. Add them from its window (File &gt; Open).</source>
        <translation>Revaer läuft bereits mit %1 (PID %2), hat die Torrents aber nicht angenommen: %3. Fügen Sie sie in seinem Fenster hinzu (Datei &gt; Öffnen).</translation>
    </message>
    <message>
        <source>%1 apply to headless mode only (revaer --headless) and were ignored: the window takes them from Settings and the status bar.</source>
        <translation>%1 gelten nur ohne Fenster (revaer --headless) und wurden nicht beachtet: das Fenster nimmt diese Werte aus den Einstellungen und der Statusleiste.</translation>
    </message>
    <message>
        <source>Magnet links and .torrent files opened from the desktop cannot reach this window (%1); open them with File &gt; Open or drop them here.</source>
        <translation>Vom Desktop geöffnete Magnet-Links und .torrent-Dateien erreichen dieses Fenster nicht (%1); öffnen Sie sie mit Datei &gt; Öffnen oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>Remote control is off: %1</source>
        <translation>Die Fernsteuerung ist aus: %1</translation>
    </message>
    <message>
        <source>Unknown Certificate</source>
        <translation>Unbekanntes Zertifikat</translation>
    </message>
    <message>
        <source>%1 shows a certificate no authority vouches for (“%2”). Its SHA-256 fingerprint:

%3

Trust it if the server&apos;s owner confirms this fingerprint. Revaer then accepts this certificate only, and refuses any other from this server.</source>
        <translation>%1 zeigt ein Zertifikat, für das keine Zertifizierungsstelle bürgt („%2“). Sein SHA-256-Fingerabdruck:

%3

Vertrauen Sie ihm, wenn der Betreiber des Servers diesen Fingerabdruck bestätigt. Revaer nimmt dann nur dieses Zertifikat an und lehnt jedes andere dieses Servers ab.</translation>
    </message>
</context>
</TS>
