<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>New pilot {0}</source>
        <translation>Neues Pilotprogramm {0}</translation>
    </message>
    <message>
        <source>Rename skill {0} to {1}</source>
        <translation>Kompetenz {0} in {1} umbenennen</translation>
    </message>
    <message>
        <source>Set category of {0}</source>
        <translation>Kategorie von {0} festlegen</translation>
    </message>
    <message>
        <source>Change format {0}</source>
        <translation>Format {0} ändern</translation>
    </message>
    <message>
        <source>Export Skills Matrix</source>
        <translation>Kompetenzmatrix exportieren</translation>
    </message>
    <message>
        <source> (.xlsx, .csv or .pdf)</source>
        <translation> (.xlsx, .csv oder .pdf)</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>{0} wurde nicht geschrieben: {1}</translation>
    </message>
    <message>
        <source>Wrote the skills matrix to {0}</source>
        <translation>Kompetenzmatrix in {0} gespeichert</translation>
    </message>
    <message>
        <source>Print Skills Matrix</source>
        <translation>Kompetenzmatrix drucken</translation>
    </message>
    <message>
        <source>New Pilot: shadow {0} in {1}</source>
        <translation>Neues Pilotprogramm: Mitlaufen bei {0} ({1})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared from the skills matrix.&lt;/b&gt; Only {0} holds {1} at level 3 or more: {0} leads every session and {2} shadow. Check the day, time and members, then Create Pilot.</source>
        <translation>&lt;b&gt;Aus der Kompetenzmatrix vorbereitet.&lt;/b&gt; Nur {0} beherrscht {1} auf Stufe 3 oder höher: {0} moderiert jede Sitzung, mitlaufend dabei: {2}. Prüfen Sie Tag, Uhrzeit und Mitglieder und klicken Sie dann auf „Pilotprogramm erstellen“.</translation>
    </message>
    <message>
        <source>the members you pick</source>
        <translation>die von Ihnen gewählten Mitglieder</translation>
    </message>
    <message>
        <source>{0} leads every session of {1}</source>
        <translation>{0} moderiert jede Sitzung von {1}</translation>
    </message>
    <message>
        <source>New Pilot: micro-lessons on {0}</source>
        <translation>Neues Pilotprogramm: Mikro-Lektionen zu {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared from the skills matrix.&lt;/b&gt; Nobody teaches {0} yet and {1} want it: in a micro-lesson series they take turns to teach what they found out. Check the day, time and members, then Create Pilot.</source>
        <translation>&lt;b&gt;Aus der Kompetenzmatrix vorbereitet.&lt;/b&gt; Noch vermittelt niemand {0}, und {1} möchten es lernen: In einer Reihe von Mikro-Lektionen vermitteln sie abwechselnd, was sie herausgefunden haben. Prüfen Sie Tag, Uhrzeit und Mitglieder und klicken Sie dann auf „Pilotprogramm erstellen“.</translation>
    </message>
    <message>
        <source>level {0}</source>
        <translation>Stufe {0}</translation>
    </message>
    <message>
        <source>wants to learn it, aiming for {0}</source>
        <translation>möchte sie lernen, Ziel: {0}</translation>
    </message>
    <message>
        <source>wants to learn it</source>
        <translation>möchte sie lernen</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>No {0}</source>
        <translation>Ohne {0}</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0} (inaktiv)</translation>
    </message>
    <message>
        <source>{0} (to {1})</source>
        <translation>{0} (Ziel: {1})</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <source>Teaches: {0}
(as typed: {1})</source>
        <translation>Vermittelt: {0}
(wie eingegeben: {1})</translation>
    </message>
    <message>
        <source>Wants to learn: {0}
(as typed: {1})</source>
        <translation>Möchte lernen: {0}
(wie eingegeben: {1})</translation>
    </message>
    <message>
        <source>Participation per week</source>
        <translation>Teilnahme pro Woche</translation>
    </message>
    <message>
        <source>No participation to show yet: record a held session on the Record page.</source>
        <translation>Noch keine Teilnahme zu zeigen: Erfassen Sie eine abgehaltene Sitzung auf der Seite „Sitzung erfassen“.</translation>
    </message>
    <message>
        <source>W{0}</source>
        <translation>W{0}</translation>
    </message>
    <message>
        <source>Present / invited</source>
        <translation>Anwesend / eingeladen</translation>
    </message>
    <message>
        <source>% of invited</source>
        <translation>% der Eingeladenen</translation>
    </message>
    <message>
        <source>Target {0}%</source>
        <translation>Ziel {0} %</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>No ratings yet: type them in on the Record page (1-5).</source>
        <translation>Noch keine Bewertungen: Tragen Sie sie auf der Seite „Sitzung erfassen“ ein (1-5).</translation>
    </message>
    <message>
        <source>{0} ({1} given, mean {2})</source>
        <translation>{0} ({1} abgegeben, Mittelwert {2})</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Held per calendar month</source>
        <translation>Abgehalten pro Kalendermonat</translation>
    </message>
    <message>
        <source>No session or peer meeting has been held yet.</source>
        <translation>Noch keine Sitzung und kein Peer-Treffen abgehalten.</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Gruppensitzungen</translation>
    </message>
    <message>
        <source>Peer meetings</source>
        <translation>Peer-Treffen</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Abgehalten</translation>
    </message>
    <message>
        <source>Learners at their target level</source>
        <translation>Lernende auf ihrer Zielstufe</translation>
    </message>
    <message>
        <source>No learner with a target level yet: add learning goals and check-ins.</source>
        <translation>Noch keine Lernenden mit Zielstufe: Fügen Sie Lernziele und Check-ins hinzu.</translation>
    </message>
    <message>
        <source>Days since the start</source>
        <translation>Tage seit dem Start</translation>
    </message>
    <message>
        <source>% of learners</source>
        <translation>% der Lernenden</translation>
    </message>
    <message>
        <source>Pilot: {0} of {1}</source>
        <translation>Pilotprogramm: {0} von {1}</translation>
    </message>
    <message>
        <source>Before: {0} days (entered)</source>
        <translation>Vorher: {0} Tage (eingegeben)</translation>
    </message>
    <message>
        <source>Before: {0} of {1}</source>
        <translation>Vorher: {0} von {1}</translation>
    </message>
    <message>
        <source>Median (half)</source>
        <translation>Median (Hälfte)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Evaluation level: {0}</source>
        <translation>Evaluationsebene: {0}</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Will practise</source>
        <translation>Wird üben</translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation>Berichtet</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
</context>
<context>
    <name>ChartSlot</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>{0} (table)</source>
        <translation>{0} (Tabelle)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Pilots</source>
        <translation>Pilotprogramme vergleichen</translation>
    </message>
    <message>
        <source>Before the pilot (its baseline)</source>
        <translation>Vor dem Pilotprogramm (Ausgangswert)</translation>
    </message>
    <message>
        <source>The two pilots side by side</source>
        <translation>Die beiden Pilotprogramme nebeneinander</translation>
    </message>
    <message>
        <source>First pilot</source>
        <translation>Erstes Pilotprogramm</translation>
    </message>
    <message>
        <source>Second pilot</source>
        <translation>Zweites Pilotprogramm</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>beside</source>
        <translation>verglichen mit</translation>
    </message>
    <message>
        <source>Hover a measure for how it is counted (the same words as the report).</source>
        <translation>Zeigen Sie auf eine Kennzahl, um zu sehen, wie sie gezählt wird (mit denselben Worten wie im Bericht).</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
</context>
<context>
    <name>CompetencyPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Add chec&amp;k-in</source>
        <translation>Check-&amp;in hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>work it out from earlier check-ins</source>
        <translation>aus früheren Check-ins ermitteln</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Onboarding pilot: count from each person&apos;s joined date</source>
        <translation>Onboarding-Pilot: ab dem Eintrittsdatum jeder Person zählen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Before vs after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Da&amp;ys to reach a target before the pilot</source>
        <translation>Tage bis zur Zielst&amp;ufe vor dem Pilotprogramm</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins&lt;/b&gt;: a level 0-4 per person and skill. Record a baseline at the start of the pilot and a check-in when someone reaches their target.</source>
        <translation>&lt;b&gt;Check-ins&lt;/b&gt;: eine Stufe von 0 bis 4 je Person und Kompetenz. Erfassen Sie zu Beginn des Pilotprogramms einen Ausgangswert und einen Check-in, sobald jemand die Zielstufe erreicht.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Leadership Re&amp;port...</source>
        <translation>Bericht für die &amp;Führung...</translation>
    </message>
    <message>
        <source>Charts as tables</source>
        <translation>Diagramme als Tabellen</translation>
    </message>
    <message>
        <source>Show each chart&apos;s numbers as a table, to read with the keyboard or a screen reader</source>
        <translation>Die Zahlen jedes Diagramms als Tabelle zeigen, zum Lesen mit der Tastatur oder einem Bildschirmleser</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis heute</translation>
    </message>
    <message>
        <source>Through week {0}</source>
        <translation>Bis Woche {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No pilot yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plan one with &lt;b&gt;Schedule &amp;gt; New Pilot&lt;/b&gt; (Ctrl+Shift+P). Once a session is held, record who came on the &lt;b&gt;Record a session&lt;/b&gt; page and the participation, ratings and time-to-competency appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch kein Pilotprogramm.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Planen Sie eines mit &lt;b&gt;Zeitplan &amp;gt; Neues Pilotprogramm&lt;/b&gt; (Ctrl+Shift+P). Sobald eine Sitzung stattgefunden hat, erfassen Sie auf der Seite &lt;b&gt;Sitzung erfassen&lt;/b&gt;, wer da war; Teilnahme, Bewertungen und Zeit bis zum Kompetenzstand erscheinen dann hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing held yet in this pilot. After the first session, open Record a session, pick it and tick who was there (Space) and their rating (1-5); the tiles and charts fill in from there.</source>
        <translation>In diesem Pilotprogramm hat noch keine Sitzung stattgefunden. Öffnen Sie nach der ersten Sitzung „Sitzung erfassen“, wählen Sie sie aus und markieren Sie, wer da war (Leertaste), und die Bewertung (1-5); Kacheln und Diagramme füllen sich dann.</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>Ziel {0}</translation>
    </message>
    <message>
        <source>{0}: {1}, target {2}, {3}</source>
        <translation>{0}: {1}, Ziel {2}, {3}</translation>
    </message>
    <message>
        <source>{0} group sessions and {9} peer meetings held · {1} present of {2} invited (+{10} walk-ins) · average {3} min (planned {4}) · response rate {5} · skill gaps covered {6} of {7} · commitments reported back {11} · used on the job {12} · led by: {8}</source>
        <translation>{0} Gruppensitzungen und {9} Peer-Treffen abgehalten · {1} anwesend von {2} eingeladen (+{10} spontan dabei) · Durchschnitt {3} Min. (geplant {4}) · Antwortquote {5} · Kompetenzlücken abgedeckt: {6} von {7} · Vorsätze berichtet: {11} · im Arbeitsalltag angewendet: {12} · moderiert von: {8}</translation>
    </message>
</context>
<context>
    <name>EndOfPilotDialog</name>
    <message>
        <source>End-of-Pilot Report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <source>Your own words for leadership (optional)</source>
        <translation>Ihre eigenen Worte für die Führung (optional)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Empfehlung</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>PeerDesk suggests: {0}. Change it if you know better.</source>
        <translation>PeerDesk schlägt vor: {0}. Ändern Sie es, wenn Sie es besser wissen.</translation>
    </message>
</context>
<context>
    <name>FeedbackController</name>
    <message>
        <source>Add check-in</source>
        <translation>Check-in hinzufügen</translation>
    </message>
    <message>
        <source>Delete check-ins</source>
        <translation>Check-ins löschen</translation>
    </message>
    <message>
        <source>Add shout-out</source>
        <translation>Anerkennung hinzufügen</translation>
    </message>
    <message>
        <source>Remove shout-out</source>
        <translation>Anerkennung entfernen</translation>
    </message>
    <message>
        <source>Change baseline of {0}</source>
        <translation>Ausgangswert von {0} ändern</translation>
    </message>
    <message>
        <source>Import Feedback</source>
        <translation>Feedback importieren</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Es gibt noch kein Programm.</translation>
    </message>
    <message>
        <source>Import Feedback CSV</source>
        <translation>Feedback importieren (CSV)</translation>
    </message>
    <message>
        <source>{0}: {1}; nothing was imported.</source>
        <translation>{0}: {1}; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {0} into {1}: {2}</source>
        <translation>{0} in {1} importiert: {2}</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback pages</source>
        <translation>Feedback-Seiten</translation>
    </message>
    <message>
        <source>Re&amp;cord a session</source>
        <translation>Sitzung e&amp;rfassen</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>Da&amp;shboard</translation>
    </message>
    <message>
        <source>Co&amp;mpetency</source>
        <translation>Kompete&amp;nzstand</translation>
    </message>
    <message>
        <source>Reco&amp;gnition</source>
        <translation>Wertschätzun&amp;g</translation>
    </message>
</context>
<context>
    <name>FormatsDialog</name>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>A short name for files and the command line (e.g. book-club): lower-case letters, digits and dashes.</source>
        <translation>Ein Kurzname für Dateien und die Befehlszeile (z. B. book-club): Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>Short name (&amp;ID)</source>
        <translation>Kurzname (&amp;ID)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Länge</translation>
    </message>
    <message>
        <source>&amp;Maximum</source>
        <translation>&amp;Maximum</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>New Format</source>
        <translation>Neues Format</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Reset to Built-in</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>{0} ({1} min)</source>
        <translation>{0} ({1} Min.)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>PeerDesk User Guide</source>
        <translation>PeerDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Find in the guide (Enter for the next match)</source>
        <translation>Im Handbuch suchen (Enter für den nächsten Treffer)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>ImpactTab</name>
    <message>
        <source>How many days people took to reach a skill target before the pilot, to compare the pilot with. Type the number if you know it; at 0 PeerDesk works it out from the check-ins recorded in the 12 months before the pilot started.</source>
        <translation>Wie viele Tage Personen vor dem Pilotprogramm brauchten, um eine Zielstufe in einer Kompetenz zu erreichen, als Vergleichswert für das Pilotprogramm. Geben Sie die Zahl ein, wenn Sie sie kennen; bei 0 ermittelt PeerDesk sie aus den Check-ins der 12 Monate vor Beginn des Pilotprogramms.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} importieren</translation>
    </message>
    <message>
        <source>Columns: which column of the file holds each field</source>
        <translation>Spalten: welche Spalte der Datei welches Feld enthält</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>(column {0})</source>
        <translation>(Spalte {0})</translation>
    </message>
    <message>
        <source>What the import would do, row by row</source>
        <translation>Was der Import tun würde, Zeile für Zeile</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Read {0} again, after you fixed it, and check it again</source>
        <translation>{0} erneut lesen, nachdem Sie sie korrigiert haben, und erneut prüfen</translation>
    </message>
    <message>
        <source>{0}: {1:n} of {2:n}</source>
        <translation>{0}: {1:n} von {2:n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checking was cancelled;&lt;/b&gt; nothing will be imported.</source>
        <translation>&lt;b&gt;Die Prüfung wurde abgebrochen;&lt;/b&gt; es wird nichts importiert.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{1}&apos;&gt;{0}: nothing will be imported until they are fixed in the file. Fix it, save it, then press Check Again.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:{1}&apos;&gt;{0}: Es wird nichts importiert, bis sie in der Datei behoben sind. Korrigieren und speichern Sie die Datei und klicken Sie dann auf „Erneut prüfen“.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready:&lt;/b&gt; {0}.</source>
        <translation>&lt;b&gt;Bereit:&lt;/b&gt; {0}.</translation>
    </message>
    <message>
        <source>new: {0} &lt;{1}&gt;</source>
        <translation>neu: {0} &lt;{1}&gt;</translation>
    </message>
    <message>
        <source>update: {0} &lt;{1}&gt;</source>
        <translation>aktualisieren: {0} &lt;{1}&gt;</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <source>Export Invites</source>
        <translation>Einladungen exportieren</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Also write ready-to-send email drafts (.eml) with Accept/Decline</source>
        <translation>Auch versandfertige E-Mail-Entwürfe (.eml) mit Zusage/Absage schreiben</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>Only this &amp;session: {0}, {1}</source>
        <translation>Nur diese &amp;Sitzung: {0}, {1}</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Invitations open in Outlook, Google Calendar, Apple Calendar and Thunderbird. Export again after changes: calendars update the same events, and the folder keeps only the current files.</source>
        <translation>Einladungen lassen sich in Outlook, Google Kalender, Apple Kalender und Thunderbird öffnen. Exportieren Sie nach Änderungen erneut: Die Kalender aktualisieren dieselben Termine, und der Ordner behält nur die aktuellen Dateien.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Everyone: invitations (.ics) for the organizer to send</source>
        <translation>Alle: Einladungen (.ics), die der Organisator versendet</translation>
    </message>
    <message>
        <source>{0}: &apos;all my sessions&apos; calendar file</source>
        <translation>{0}: Kalenderdatei „alle meine Sitzungen“</translation>
    </message>
    <message>
        <source>{0} has no organizer: the invites go out without a sender.</source>
        <translation>{0} hat keinen Organisator: Die Einladungen gehen ohne Absender hinaus.</translation>
    </message>
    <message>
        <source>⚠ These invites go out in the name of {0} &lt;{1}&gt;, not yours ({2}): replies go to them. Schedule &gt; Edit Program changes the organizer.</source>
        <translation>⚠ Diese Einladungen gehen im Namen von {0} &lt;{1}&gt; hinaus, nicht in Ihrem ({2}): Antworten gehen an diese Person. Zeitplan &gt; Programm bearbeiten ändert den Organisator.</translation>
    </message>
    <message>
        <source>{0} in the sessions you are sending; they go out as planned:</source>
        <translation>{0} in den Sitzungen, die Sie senden; sie gehen wie geplant hinaus:</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {0} more (see the Warnings column)</source>
        <translation>... und {0} weitere (siehe Spalte „Warnungen“)</translation>
    </message>
    <message>
        <source>Export in Their Name</source>
        <translation>In deren Namen exportieren</translation>
    </message>
    <message>
        <source>Folder for invites</source>
        <translation>Ordner für Einladungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PeerDesk tabs</source>
        <translation>PeerDesk-Registerkarten</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>Sched&amp;ule</source>
        <translation>Zeit&amp;plan</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>Feedbac&amp;k</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>{0} ({1} active) · {2} · {3}</source>
        <translation>{0} ({1} aktiv) · {2} · {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n Programm</numerusform>
            <numerusform>%n Programme</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace file: every change is saved to it as you make it</source>
        <translation>Die Arbeitsbereich-Datei: Jede Änderung wird sofort darin gespeichert</translation>
    </message>
    <message>
        <source>Upgraded this workspace; the previous version is kept at {0}</source>
        <translation>Dieser Arbeitsbereich wurde aktualisiert; die vorherige Version liegt unter {0}</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>{0} already exists. Use File &gt; Open to open it, or choose a new name.</source>
        <translation>{0} existiert bereits. Öffnen Sie die Datei mit Datei &gt; Öffnen oder wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>The copy was not written: {0}</source>
        <translation>Die Kopie wurde nicht geschrieben: {0}</translation>
    </message>
    <message>
        <source>Saved a copy to {0}</source>
        <translation>Kopie gespeichert unter {0}</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>Über PeerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Plan, run and measure peer-to-peer learning at work. Everything stays in one file on this computer.&lt;/p&gt;&lt;p&gt;Open workspace:&lt;br&gt;{2}&lt;/p&gt;&lt;p&gt;&lt;small&gt;{3}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Peer-Learning am Arbeitsplatz planen, durchführen und messen. Alles bleibt in einer Datei auf diesem Computer.&lt;/p&gt;&lt;p&gt;Geöffneter Arbeitsbereich:&lt;br&gt;{2}&lt;/p&gt;&lt;p&gt;&lt;small&gt;{3}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add people with Roster &gt; Add Person, or File &gt; Import Roster CSV</source>
        <translation>Personen hinzufügen: Team &gt; Person hinzufügen oder Datei &gt; Teamliste importieren (CSV)</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>The demo could not be built: {0}</source>
        <translation>Die Demo konnte nicht erstellt werden: {0}</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <source>Match Peers</source>
        <translation>Kollegen zuordnen</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>Lerngruppen</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>same role</source>
        <translation>gleiche Rolle</translation>
    </message>
    <message>
        <source>same learning goal</source>
        <translation>gleiches Lernziel</translation>
    </message>
    <message>
        <source>one group of three</source>
        <translation>eine Dreiergruppe</translation>
    </message>
    <message>
        <source>one person sits out</source>
        <translation>eine Person setzt aus</translation>
    </message>
    <message>
        <source>penalise pairs that met</source>
        <translation>bisherige Paare abwerten</translation>
    </message>
    <message>
        <source>forbid pairs that met</source>
        <translation>bisherige Paare ausschließen</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>Pod si&amp;ze</source>
        <translation>Lern&amp;gruppengröße</translation>
    </message>
    <message>
        <source>Pods &amp;by</source>
        <translation>Lerngruppen &amp;nach</translation>
    </message>
    <message>
        <source>Ro&amp;unds</source>
        <translation>&amp;Runden</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <source>With an &amp;odd number</source>
        <translation>&amp;Bei ungerader Anzahl</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Shuffl&amp;e</source>
        <translation>Mi&amp;schen</translation>
    </message>
    <message>
        <source>S&amp;kips this round...</source>
        <translation>Setzen &amp;diese Runde aus...</translation>
    </message>
    <message>
        <source>Tick who sits this round out (they answered SKIP): the run leaves them out</source>
        <translation>Haken Sie an, wer diese Runde aussetzt (mit SKIP geantwortet): Der Lauf lässt diese Personen aus</translation>
    </message>
    <message>
        <source>What makes a good pair (points)</source>
        <translation>Was ein gutes Paar ausmacht (Punkte)</translation>
    </message>
    <message>
        <source>Points for: {0}</source>
        <translation>Punkte für: {0}</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Vorgeschlagene Gruppen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Lock / Unlock</source>
        <translation>&amp;Fixieren / Lösen</translation>
    </message>
    <message>
        <source>S&amp;wap two people</source>
        <translation>Zwei Personen tausc&amp;hen</translation>
    </message>
    <message>
        <source>E&amp;xclude person</source>
        <translation>Person aus&amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Never pair these two</source>
        <translation>Ni&amp;e als Paar</translation>
    </message>
    <message>
        <source>Add the two selected people to the do-not-pair list (or take them off it)</source>
        <translation>Die beiden ausgewählten Personen auf die Liste „nie als Paar“ setzen (oder davon streichen)</translation>
    </message>
    <message>
        <source>Wh&amp;y Not These Two?</source>
        <translation>&amp;Warum nicht diese zwei?</translation>
    </message>
    <message>
        <source>The best pairing that puts the two selected people together, and what stands in the way</source>
        <translation>Die beste Paarung, die die beiden ausgewählten Personen zusammenbringt, und was ihr im Weg steht</translation>
    </message>
    <message>
        <source>&amp;Apply to Schedule</source>
        <translation>In den &amp;Zeitplan übernehmen</translation>
    </message>
    <message>
        <source>Each group meets at a time all its members are free (in their own timezones) and none is booked, spread over the program&apos;s week</source>
        <translation>Jede Gruppe trifft sich zu einer Zeit, zu der alle Mitglieder frei sind (in ihrer eigenen Zeitzone) und niemand gebucht ist, verteilt über die Woche des Programms</translation>
    </message>
    <message>
        <source>&amp;Pick a Time...</source>
        <translation>&amp;Uhrzeit wählen...</translation>
    </message>
    <message>
        <source>Open the next meeting Apply could not place, to choose its time</source>
        <translation>Das nächste Treffen öffnen, das beim Übernehmen nicht platziert werden konnte, um seine Zeit zu wählen</translation>
    </message>
    <message>
        <source>Add &amp;Free Time</source>
        <translation>Fre&amp;ie Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected suggestion to that person&apos;s weekly free time (Edit &gt; Undo takes it back)</source>
        <translation>Den ausgewählten Vorschlag zur wöchentlichen freien Zeit der Person hinzufügen (Bearbeiten &gt; Rückgängig nimmt ihn zurück)</translation>
    </message>
    <message>
        <source>Allow Meeting A&amp;gain</source>
        <translation>Wiederh&amp;olung erlauben</translation>
    </message>
    <message>
        <source>Let the two people of the selected suggestion meet again in this program&apos;s runs, although they met before (the no-repeat rule still holds for everyone else)</source>
        <translation>Die beiden Personen des gewählten Vorschlags dürfen sich in den Läufen dieses Programms erneut treffen, obwohl sie sich schon getroffen haben (für alle anderen gilt die Regel gegen Wiederholungen weiter)</translation>
    </message>
    <message>
        <source>Pairs that have met so far: {0}.</source>
        <translation>Paare, die sich bisher getroffen haben: {0}.</translation>
    </message>
    <message>
        <source>no teams yet</source>
        <translation>noch keine Teams</translation>
    </message>
    <message>
        <source>Never paired: {0}.</source>
        <translation>Nie als Paar: {0}.</translation>
    </message>
    <message>
        <source>Choose a mode and press Run. Nothing is scheduled until you Apply.</source>
        <translation>Wählen Sie einen Modus und klicken Sie auf „Ausführen“. Eingeplant wird erst, wenn Sie in den Zeitplan übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kips this round (%n)...</source>
        <translation>
            <numerusform>Setzen &amp;diese Runde aus (%n)...</numerusform>
            <numerusform>Setzen &amp;diese Runde aus (%n)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview with these points: {0} of {1} would change; {2:g} points in all (now {3:g}). Press Run to use them.</source>
        <translation>Vorschau mit diesen Punkten: {0} von {1} würden sich ändern; insgesamt {2:g} Punkte (jetzt {3:g}). Klicken Sie auf „Ausführen“, um sie zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Runde {0}</translation>
    </message>
    <message>
        <source>Allowed to meet again: {0}</source>
        <translation>Dürfen sich erneut treffen: {0}</translation>
    </message>
    <message>
        <source>How these pairs were chosen</source>
        <translation>Wie diese Paare gewählt wurden</translation>
    </message>
    <message>
        <source>How these groups were chosen</source>
        <translation>Wie diese Gruppen gewählt wurden</translation>
    </message>
    <message>
        <source> {0} from the previous run.</source>
        <translation> Unterschied zum vorigen Durchlauf: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) differ(s)</source>
        <translation>
            <numerusform>%n abweichende Gruppe</numerusform>
            <numerusform>%n abweichende Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {0}&lt;/b&gt;: {1}, {2:g} points in all, shuffle {3}.{4} {5}</source>
        <translation>&lt;b&gt;Durchlauf {0}&lt;/b&gt;: {1}, insgesamt {2:g} Punkte, Mischung {3}.{4} {5}</translation>
    </message>
    <message>
        <source>Why not {0} with {1}?</source>
        <translation>Warum nicht {0} mit {1}?</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}&apos;s added time would run past midnight: add it in Edit Person.</source>
        <translation>Die zusätzliche Zeit für {0} ginge über Mitternacht hinaus: Tragen Sie sie unter „Person bearbeiten“ ein.</translation>
    </message>
    <message>
        <source>Applied run {0}: its sessions are in the Schedule.</source>
        <translation>Durchlauf {0} übernommen: Seine Sitzungen stehen im Zeitplan.</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>Ausgesetzt: {0}</translation>
    </message>
    <message>
        <source>Unpaired ({0})</source>
        <translation>Ohne Paar ({0})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Applied run {0}: {1} placed where every member is free. No free shared time for {2}:
{3}</source>
        <translation>Durchlauf {0} übernommen: {1} dort eingeplant, wo alle Mitglieder frei sind. Keine gemeinsame freie Zeit für {2}:
{3}</translation>
    </message>
    <message>
        <source>Teaching, per level gained</source>
        <translation>Vermitteln, je gewonnene Stufe</translation>
    </message>
    <message>
        <source>Both learn (swap)</source>
        <translation>Beide lernen (Tausch)</translation>
    </message>
    <message>
        <source>Shared free time</source>
        <translation>Gemeinsame freie Zeit</translation>
    </message>
    <message>
        <source>No shared free time</source>
        <translation>Keine gemeinsame freie Zeit</translation>
    </message>
    <message>
        <source>Other team (negative: same team)</source>
        <translation>Anderes Team (negativ: gleiches Team)</translation>
    </message>
    <message>
        <source>Met before</source>
        <translation>Schon getroffen</translation>
    </message>
    <message>
        <source>Added for each level the learner gains from the teacher (up to 3 levels)</source>
        <translation>Punkte für jede Stufe, die die lernende Person durch die vermittelnde gewinnt (bis zu 3 Stufen)</translation>
    </message>
    <message>
        <source>Added when each of the two can teach the other something</source>
        <translation>Punkte, wenn jede der beiden Personen der anderen etwas vermitteln kann</translation>
    </message>
    <message>
        <source>Added when both are free at the same time in the week for a session</source>
        <translation>Punkte, wenn beide in der Woche zur selben Zeit für eine Sitzung frei sind</translation>
    </message>
    <message>
        <source>Added (a minus takes points off) when both gave free times but none overlap</source>
        <translation>Punkte (ein Minus zieht welche ab), wenn beide freie Zeiten angegeben haben, sich aber keine überschneiden</translation>
    </message>
    <message>
        <source>Added for two people from different teams; a minus number prefers the same team</source>
        <translation>Punkte für zwei Personen aus verschiedenen Teams; eine negative Zahl bevorzugt dasselbe Team</translation>
    </message>
    <message>
        <source>Added (a minus takes points off) for two people who already met in this program</source>
        <translation>Punkte (ein Minus zieht welche ab) für zwei Personen, die sich schon getroffen haben (in irgendeinem Programm)</translation>
    </message>
    <message>
        <source>Every pair gets a score: the sum of the points below that apply to it. PeerDesk picks the groupings with the highest total, so more points make a reason count more, and a minus number counts against a pair. Example: a teacher two levels above the learner, both free at the same time, earns 2 × 10 + 10 = 30 points.</source>
        <translation>Jedes Paar erhält eine Punktzahl: die Summe der Punkte unten, die auf es zutreffen. PeerDesk wählt die Einteilung mit der höchsten Gesamtpunktzahl; mehr Punkte lassen einen Grund also stärker zählen, und eine negative Zahl zählt gegen ein Paar. Beispiel: Eine vermittelnde Person zwei Stufen über der lernenden, beide zur selben Zeit frei, ergibt 2 × 10 + 10 = 30 Punkte.</translation>
    </message>
    <message>
        <source>When the number of people is odd, someone is left over: either three people meet as one group, or one person sits out this round</source>
        <translation>Bei einer ungeraden Anzahl von Personen bleibt jemand übrig: Entweder treffen sich drei Personen als eine Gruppe, oder eine Person setzt in dieser Runde aus</translation>
    </message>
    <message>
        <source>Several groupings are often equally good. Another number here picks another of them; the same number always gives the same groups</source>
        <translation>Oft sind mehrere Einteilungen gleich gut. Eine andere Zahl hier wählt eine andere davon; dieselbe Zahl ergibt immer dieselben Gruppen</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Vermittelt</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Möchte lernen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(keine Führungskraft)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
        <source>Active (takes part in matching and programs)</source>
        <translation>Aktiv (nimmt an Zuordnung und Programmen teil)</translation>
    </message>
    <message>
        <source>e.g. Tue 10:00-12:00; Thu 14:00-16:00</source>
        <translation>z. B. Tue 10:00-12:00; Thu 14:00-16:00</translation>
    </message>
    <message>
        <source>e.g. 2026-03-10..2026-03-21 parental leave (reason private)</source>
        <translation>z. B. 2026-03-10..2026-03-21 Elternzeit (Grund privat)</translation>
    </message>
    <message>
        <source>First..last day away, then an optional reason only you see; separate several with &apos;;&apos;. Matching and the sessions of those days leave them out, and they come back after.</source>
        <translation>Erster..letzter Abwesenheitstag, dann optional ein Grund, den nur Sie sehen; mehrere mit „;“ trennen. Zuordnung und Sitzungen dieser Tage lassen die Person aus; danach ist sie wieder dabei.</translation>
    </message>
    <message>
        <source>Level 0-4</source>
        <translation>Stufe 0-4</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Teaches: skills and levels</source>
        <translation>Vermittelt: Kompetenzen und Stufen</translation>
    </message>
    <message>
        <source>Wants to learn: skills and target levels</source>
        <translation>Möchte lernen: Kompetenzen und Zielstufen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Mana&amp;ger</source>
        <translation>Führungs&amp;kraft</translation>
    </message>
    <message>
        <source>Time&amp;zone</source>
        <translation>Zeit&amp;zone</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>&amp;Eintritt</translation>
    </message>
    <message>
        <source>&amp;Free weekly</source>
        <translation>&amp;Frei (wöchentlich)</translation>
    </message>
    <message>
        <source>Time &amp;away</source>
        <translation>&amp;Abwesend</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Kann vermitteln</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Möchte lernen</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>did you mean {0}? Pick it from the list</source>
        <translation>meinten Sie {0}? Wählen Sie es aus der Liste</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date like 2024-03-01</source>
        <translation>„{0}“ ist kein Datum wie 2024-03-01</translation>
    </message>
</context>
<context>
    <name>PilotDialog</name>
    <message>
        <source>Edit Program</source>
        <translation>Programm bearbeiten</translation>
    </message>
    <message>
        <source>New Pilot</source>
        <translation>Neues Pilotprogramm</translation>
    </message>
    <message>
        <source>country[-region], e.g. DE-BY, US-CA, GB</source>
        <translation>Land[-Region], z. B. DE-BY, US-CA, GB</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>keep the session</source>
        <translation>Sitzung beibehalten</translation>
    </message>
    <message>
        <source>skip that week</source>
        <translation>Woche auslassen</translation>
    </message>
    <message>
        <source>move to the next working day</source>
        <translation>auf den nächsten Arbeitstag verschieben</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>Pick a whole team...</source>
        <translation>Ganzes Team wählen...</translation>
    </message>
    <message>
        <source>The session format: micro-lesson (10-20 min, one person teaches one thing), peer coaching, skill-swap, problem clinic, shadow shift (watch a peer do the real work), lunch-and-learn, learning pod or demo-and-discuss. Schedule &gt; Formats edits their lengths and agendas.</source>
        <translation>Das Sitzungsformat: Mikro-Lektion (10-20 Min., eine Person vermittelt eine Sache), Peer-Coaching, Skill-Tausch, Problem-Sprechstunde, Mitlaufschicht (einer Kollegin oder einem Kollegen bei der echten Arbeit zusehen), Lunch-and-Learn, Lerngruppe oder Demo-und-Diskussion. Zeitplan &gt; Formate bearbeitet Länge und Ablauf der Formate.</translation>
    </message>
    <message>
        <source>Targets the Feedback tab measures the pilot against: the share of members at each session, sessions per month, and how much faster people reach their target level than before the pilot.</source>
        <translation>Ziele, an denen die Registerkarte „Feedback“ das Pilotprogramm misst: der Anteil der Mitglieder je Sitzung, Sitzungen pro Monat und wie viel schneller Personen ihre Zielstufe erreichen als vor dem Pilotprogramm.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Länge in Minuten</translation>
    </message>
    <message>
        <source>On a public holiday</source>
        <translation>An einem Feiertag</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Target participation</source>
        <translation>Zielwert Teilnahme</translation>
    </message>
    <message>
        <source>Target sessions per month</source>
        <translation>Zielwert Sitzungen pro Monat</translation>
    </message>
    <message>
        <source>Target: how much faster to competency</source>
        <translation>Zielwert: wie viel schneller zum Kompetenzstand</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>sessions/month</source>
        <translation>Sitzungen/Monat</translation>
    </message>
    <message>
        <source>faster onboarding</source>
        <translation>schnelleres Onboarding</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Or&amp;ganizer</source>
        <translation>Or&amp;ganisator</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Wochen</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Jeden</translation>
    </message>
    <message>
        <source>Language of its printouts, reports and invites</source>
        <translation>Sprache der Ausdrucke, Berichte und Einladungen</translation>
    </message>
    <message>
        <source>Agendas, sign-in sheets, reports, invites and email drafts of this pilot use this language</source>
        <translation>Abläufe, Anwesenheitslisten, Berichte, Einladungen und E-Mail-Entwürfe dieses Pilotprogramms verwenden diese Sprache</translation>
    </message>
    <message>
        <source>as PeerDesk ({0})</source>
        <translation>wie PeerDesk ({0})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Time&amp;zone</source>
        <translation>Zeitz&amp;one</translation>
    </message>
    <message>
        <source>on a holiday:</source>
        <translation>an Feiertagen:</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>Feier&amp;tage</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>Erinne&amp;rung</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Sessions this pilot would create</source>
        <translation>Sitzungen, die dieses Pilotprogramm erstellen würde</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create Pilot</source>
        <translation>Pilotprogramm erstellen</translation>
    </message>
    <message>
        <source>Suggested times, best first</source>
        <translation>Vorgeschlagene Zeiten, beste zuerst</translation>
    </message>
    <message>
        <source>Click a time to use it for the pilot</source>
        <translation>Klicken Sie auf eine Zeit, um sie für das Pilotprogramm zu verwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested &amp;times&lt;/b&gt; (best first; click one to use it)</source>
        <translation>&lt;b&gt;Vorgeschlagene &amp;Zeiten&lt;/b&gt; (beste zuerst; zum Übernehmen anklicken)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Future sessions after this change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Künftige Sitzungen nach dieser Änderung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions this creates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sitzungen, die hierdurch entstehen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Choose, or type a name and address: Name &lt;name@example.com&gt;</source>
        <translation>Wählen Sie aus oder geben Sie Name und Adresse ein: Name &lt;name@example.com&gt;</translation>
    </message>
    <message>
        <source>The invites go out in this person&apos;s name; they need not be on the roster</source>
        <translation>Die Einladungen gehen im Namen dieser Person hinaus; sie muss nicht in der Teamliste stehen</translation>
    </message>
    <message>
        <source>{0} &lt;{1}&gt; (you)</source>
        <translation>{0} &lt;{1}&gt; (Sie)</translation>
    </message>
    <message>
        <source>Tick the members to see the times that suit them best.</source>
        <translation>Markieren Sie die Mitglieder, um die Zeiten zu sehen, die ihnen am besten passen.</translation>
    </message>
    <message>
        <source>No weekly time is free of the members&apos; other sessions in these weeks.</source>
        <translation>In diesen Wochen ist keine wöchentliche Zeit frei von anderen Sitzungen der Mitglieder.</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>Woche {0}</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Einzelsitzung</translation>
    </message>
    <message>
        <source>{0}: {1}, led by {2}</source>
        <translation>{0}: {1}, moderiert von {2}</translation>
    </message>
    <message>
        <source>week {0} ({1}, {2})</source>
        <translation>Woche {0} ({1}, {2})</translation>
    </message>
    <message>
        <source> - moved from {0} ({1})</source>
        <translation> - verschoben von {0} ({1})</translation>
    </message>
    <message>
        <source>... and {0} more</source>
        <translation>... und {0} weitere</translation>
    </message>
    <message>
        <source>On a public holiday: {0}</source>
        <translation>An einem Feiertag: {0}</translation>
    </message>
    <message>
        <source>Save Changes still keeps every session</source>
        <translation>„Änderungen speichern“ behält trotzdem jede Sitzung</translation>
    </message>
    <message>
        <source>Create Pilot still creates every session</source>
        <translation>„Pilotprogramm erstellen“ erstellt trotzdem jede Sitzung</translation>
    </message>
    <message>
        <source>⚠ {0} would have conflicts (see the list). They are warnings: {1}, and you can move them later.</source>
        <translation>⚠ Konflikte bei {0} (siehe Liste). Es sind nur Warnungen: {1}, und Sie können die Sitzungen später verschieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <source>Did you mean {0}? Pick it from the list.</source>
        <translation>Meinten Sie {0}? Wählen Sie es aus der Liste.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&apos;{0}&apos; is not a valid email address</source>
        <translation>„{0}“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>pick at least one working day</source>
        <translation>wählen Sie mindestens einen Arbeitstag</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mein Name</translation>
    </message>
    <message>
        <source>My email</source>
        <translation>Meine E-Mail</translation>
    </message>
    <message>
        <source>the organizer of my pilots&apos; invites</source>
        <translation>Organisator der Einladungen meiner Pilotprogramme</translation>
    </message>
    <message>
        <source>My timezone</source>
        <translation>Meine Zeitzone</translation>
    </message>
    <message>
        <source>My country for public holidays</source>
        <translation>Mein Land für Feiertage</translation>
    </message>
    <message>
        <source>country[-region], e.g. DE-BY, US-CA, GB</source>
        <translation>Land[-Region], z. B. DE-BY, US-CA, GB</translation>
    </message>
    <message>
        <source>program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As this computer ({0})</source>
        <translation>Wie dieser Computer ({0})</translation>
    </message>
    <message>
        <source>Pseudo-locale (to check translations)</source>
        <translation>Pseudo-Sprache (zum Prüfen von Übersetzungen)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>My &amp;name</source>
        <translation>Mein &amp;Name</translation>
    </message>
    <message>
        <source>My &amp;email</source>
        <translation>Meine &amp;E-Mail</translation>
    </message>
    <message>
        <source>My &amp;timezone</source>
        <translation>Meine &amp;Zeitzone</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>&amp;Feiertage</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Week view &amp;colours by</source>
        <translation>Farben der Wochen&amp;ansicht nach</translation>
    </message>
    <message>
        <source>https://cloud.example.com/remote.php/dav/</source>
        <translation>https://cloud.example.com/remote.php/dav/</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain, never in the workspace</source>
        <translation>im Schlüsselbund dieses Computers gespeichert, nie im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Calendar server (for Schedule &gt; Publish to Calendar)</source>
        <translation>Kalenderserver (für Zeitplan &gt; Im Kalender veröffentlichen)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word or app password</source>
        <translation>Pass&amp;wort oder App-Passwort</translation>
    </message>
    <message>
        <source>PeerDesk speaks {0} from its next start.</source>
        <translation>Ab dem nächsten Start verwendet PeerDesk: {0}.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Geben Sie den Benutzernamen zum Passwort ein.</translation>
    </message>
    <message>
        <source>The password could not be kept in this computer&apos;s keychain ({0}); type it when you publish.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund dieses Computers gespeichert werden ({0}); geben Sie es beim Veröffentlichen ein.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Templates folder: {0}</source>
        <translation>Vorlagenordner: {0}</translation>
    </message>
    <message>
        <source>Built-in templates restored; yours are kept in {0}</source>
        <translation>Standardvorlagen wiederhergestellt; Ihre eigenen liegen in {0}</translation>
    </message>
    <message>
        <source>You have no templates of your own; the built-in ones are in use.</source>
        <translation>Sie haben keine eigenen Vorlagen; die Standardvorlagen sind in Gebrauch.</translation>
    </message>
    <message>
        <source>Reset templates</source>
        <translation>Vorlagen zurücksetzen</translation>
    </message>
    <message>
        <source>Use PeerDesk&apos;s built-in templates again? Your own templates are moved to a backup folder beside them, not deleted.</source>
        <translation>Wieder die Standardvorlagen von PeerDesk verwenden? Ihre eigenen Vorlagen werden in einen Sicherungsordner daneben verschoben, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source> (skipped)</source>
        <translation> (ausgelassen)</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgesagt)</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>P&amp;rogram</source>
        <translation>P&amp;rogramm</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>P&amp;erson</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Dr&amp;ucken...</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>Druck&amp;vorschau...</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>&amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;HTML...</source>
        <translation>&amp;HTML exportieren...</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Wrote {0} ({1}).</source>
        <translation>{0} gespeichert ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>{0} wurde nicht geschrieben: {1}</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Session agenda</source>
        <translation>Ablauf der Sitzung</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <source>Feedback slips (anonymous, to cut)</source>
        <translation>Feedback-Zettel (anonym, zum Ausschneiden)</translation>
    </message>
    <message>
        <source>Follow-up note (Markdown)</source>
        <translation>Nachfass-Notiz (Markdown)</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Leitfaden für Moderierende</translation>
    </message>
    <message>
        <source>Program handout</source>
        <translation>Programm-Handout</translation>
    </message>
    <message>
        <source>Kickoff one-pager for leadership</source>
        <translation>Auftakt-Übersicht für die Führung</translation>
    </message>
    <message>
        <source>Pilot calendar (month grid)</source>
        <translation>Kalender des Pilotprogramms (Monatsraster)</translation>
    </message>
    <message>
        <source>Skip slip (before a matching round)</source>
        <translation>Aussetz-Zettel (vor einer Zuordnungsrunde)</translation>
    </message>
    <message>
        <source>How these pairs were chosen (latest pairs or mentor run)</source>
        <translation>Wie diese Paare gewählt wurden (letzter Paar- oder Mentoren-Lauf)</translation>
    </message>
    <message>
        <source>Learning record (one person)</source>
        <translation>Lernnachweis (eine Person)</translation>
    </message>
    <message>
        <source>Certificate of participation (one person)</source>
        <translation>Teilnahmeurkunde (eine Person)</translation>
    </message>
    <message>
        <source>Thank-you card for a facilitator</source>
        <translation>Dankeschön-Karte für Moderierende</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to Calendar</source>
        <translation>Im Kalender veröffentlichen</translation>
    </message>
    <message>
        <source>Server or calendar address</source>
        <translation>Server- oder Kalenderadresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keychain</source>
        <translation>Passwort im Schlüsselbund dieses Computers speichern</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick one of your calendars, or type a new name to create it</source>
        <translation>Wählen Sie einen Ihrer Kalender oder geben Sie einen neuen Namen ein, um ihn anzulegen</translation>
    </message>
    <message>
        <source>&amp;Find Calendars</source>
        <translation>&amp;Kalender suchen</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Server or calendar address</source>
        <translation>&amp;Server- oder Kalenderadresse</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Kalen&amp;der</translation>
    </message>
    <message>
        <source>Paste a calendar&apos;s own address (from Nextcloud or Radicale) to publish into it, or the server&apos;s address and pick or name a calendar. Nextcloud, Fastmail and iCloud need an app password. Publishing again updates only what changed; events others added are never touched.</source>
        <translation>Fügen Sie die eigene Adresse eines Kalenders ein (aus Nextcloud oder Radicale), um darin zu veröffentlichen, oder die Adresse des Servers, und wählen oder benennen Sie dann einen Kalender. Nextcloud, Fastmail und iCloud benötigen ein App-Passwort. Erneutes Veröffentlichen aktualisiert nur, was sich geändert hat; Termine, die andere hinzugefügt haben, bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem &amp;Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Keep &amp;Mine (overwrite their change)</source>
        <translation>&amp;Meine behalten (deren Änderung überschreiben)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs (leave their version)</source>
        <translation>&amp;Andere behalten (deren Version belassen)</translation>
    </message>
    <message>
        <source>&amp;Skip Them (publish the rest)</source>
        <translation>&amp;Überspringen (den Rest veröffentlichen)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>kept in your keychain</source>
        <translation>in Ihrem Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not be read ({0}).</source>
        <translation>Der Schlüsselbund dieses Computers konnte nicht gelesen werden ({0}).</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Publishing {0}...</source>
        <translation>{0} wird veröffentlicht...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Wird angehalten...</translation>
    </message>
    <message>
        <source>Enter your user name on the calendar server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Kalenderserver ein.</translation>
    </message>
    <message>
        <source>Enter the password (or app password) for {0}.</source>
        <translation>Geben Sie das Passwort (oder App-Passwort) für {0} ein.</translation>
    </message>
    <message>
        <source>Looking for your calendars...</source>
        <translation>Ihre Kalender werden gesucht...</translation>
    </message>
    <message>
        <source>Found {0}. Pick one, or type a new name to create it.</source>
        <translation>Gefunden: {0}. Wählen Sie einen aus oder geben Sie einen neuen Namen ein, um ihn anzulegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n Kalender</numerusform>
            <numerusform>%n Kalender</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {0}...</source>
        <translation>Verbindung zu {0} wird hergestellt...</translation>
    </message>
    <message>
        <source>These events in the calendar are not what this workspace last published there:
{0}
Whose version to keep?</source>
        <translation>Diese Termine im Kalender entsprechen nicht dem, was dieser Arbeitsbereich zuletzt dort veröffentlicht hat:
{0}
Welche Version soll bleiben?</translation>
    </message>
    <message>
        <source>Nothing was published yet.</source>
        <translation>Es wurde noch nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>stopped on request; publish again to finish</source>
        <translation>auf Wunsch angehalten; veröffentlichen Sie erneut, um abzuschließen</translation>
    </message>
    <message>
        <source>Published {0} to &apos;{1}&apos;, but:
{2}</source>
        <translation>{0} in „{1}“ veröffentlicht, aber:
{2}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {0} to &apos;{1}&apos;: {2}.</source>
        <translation>{0} in „{1}“ veröffentlicht: {2}.</translation>
    </message>
    <message numerus="yes">
        <source> %n answer(s) from attendees read from the calendar.</source>
        <translation>
            <numerusform> %n Antwort von Teilnehmenden aus dem Kalender gelesen.</numerusform>
            <numerusform> %n Antworten von Teilnehmenden aus dem Kalender gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} reached the calendar before this and are recorded; publish again to finish.</source>
        <translation>Bereits im Kalender angekommen und erfasst: {0}; veröffentlichen Sie erneut, um abzuschließen.</translation>
    </message>
    <message>
        <source>Nothing in your workspace was changed.</source>
        <translation>In Ihrem Arbeitsbereich wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer knows. Trust it only if your administrator confirms this fingerprint (SHA-256):
{0}</source>
        <translation>Das Zertifikat dieses Servers ist nicht von einer Stelle signiert, die dieser Computer kennt. Vertrauen Sie ihm nur, wenn Ihre IT-Administration diesen Fingerabdruck (SHA-256) bestätigt:
{0}</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <source>Top contributors</source>
        <translation>Top-Beitragende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sessions led</source>
        <translation>Moderierte Sitzungen</translation>
    </message>
    <message>
        <source>Colleagues taught</source>
        <translation>Kollegen unterrichtet</translation>
    </message>
    <message>
        <source>Teach/learn balance</source>
        <translation>Balance Vermitteln/Lernen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Led</source>
        <translation>Moderiert</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Gelernt</translation>
    </message>
    <message>
        <source>Teach/learn balance: held sessions each member led, and attended as a learner</source>
        <translation>Balance Vermitteln/Lernen: abgehaltene Sitzungen, die jedes Mitglied moderiert bzw. als Lernende/r besucht hat</translation>
    </message>
    <message>
        <source>Shout-outs</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>Shout-out for</source>
        <translation>Anerkennung für</translation>
    </message>
    <message>
        <source>Shout-out</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>What did they do that others should know about?</source>
        <translation>Was hat die Person getan, das andere wissen sollten?</translation>
    </message>
    <message>
        <source>Add shou&amp;t-out</source>
        <translation>Anerkennung hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Print &amp;learning record...</source>
        <translation>&amp;Lernnachweis drucken...</translation>
    </message>
    <message>
        <source>Learning record for</source>
        <translation>Lernnachweis für</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top contributors&lt;/b&gt; (held sessions)</source>
        <translation>&lt;b&gt;Top-Beitragende&lt;/b&gt; (abgehaltene Sitzungen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teach/learn balance&lt;/b&gt; (members)</source>
        <translation>&lt;b&gt;Balance Vermitteln/Lernen&lt;/b&gt; (Mitglieder)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shout-outs&lt;/b&gt;: they go in the leadership report</source>
        <translation>&lt;b&gt;Anerkennungen&lt;/b&gt;: Sie erscheinen im Bericht für die Führung</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Session to record</source>
        <translation>Zu erfassende Sitzung</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>One row per invitee: Space marks present, 1 to 5 rates, 0 clears the rating</source>
        <translation>Eine Zeile je eingeladener Person: Leertaste markiert als anwesend, 1 bis 5 bewertet, 0 löscht die Bewertung</translation>
    </message>
    <message>
        <source>Who was invited and who came. Space marks a person present or absent; typing 1 to 5 rates the session for them (and marks them present) and moves down; 0 clears the rating. Type in the answer and commitment columns to edit them. Walk-ins are added below the table.</source>
        <translation>Wer eingeladen war und wer kam. Die Leertaste markiert eine Person als anwesend oder abwesend; eine Eingabe von 1 bis 5 bewertet die Sitzung für sie (und markiert sie als anwesend) und springt eine Zeile weiter; 0 löscht die Bewertung. Tippen Sie in die Spalten für Antwort und Vorsatz, um sie zu bearbeiten. Wer spontan dabei war, wird unter der Tabelle hinzugefügt.</translation>
    </message>
    <message>
        <source>Walk-in to add</source>
        <translation>Hinzuzufügende Person (spontan dabei)</translation>
    </message>
    <message>
        <source>Choose someone who came uninvited</source>
        <translation>Wählen Sie jemanden, der ohne Einladung kam</translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation>Spontan dabei hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes and key points</source>
        <translation>Notizen und Kernpunkte der Moderation</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>wie geplant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Session was hel&amp;d</source>
        <translation>Sitz&amp;ung fand statt</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>S&amp;itzung:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Recording lin&amp;k</source>
        <translation>Aufzeichnungs&amp;link</translation>
    </message>
    <message>
        <source>Ac&amp;tual length</source>
        <translation>Tatsä&amp;chliche Länge</translation>
    </message>
    <message>
        <source>Keyboard: type a rating 1-5 on each row (it marks the person present and moves down), Space toggles present, 0 clears the rating, type in the answer and commitment columns to edit them.</source>
        <translation>Tastatur: Geben Sie in jeder Zeile eine Bewertung von 1-5 ein (das markiert die Person als anwesend und springt weiter), die Leertaste schaltet „anwesend“ um, 0 löscht die Bewertung; tippen Sie in die Spalten für Antwort und Vorsatz, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>led by {0}</source>
        <translation>moderiert von {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report back&lt;/b&gt; on last time&apos;s commitments: </source>
        <translation>&lt;b&gt;Berichten&lt;/b&gt; Sie über die Vorsätze vom letzten Mal: </translation>
    </message>
    <message>
        <source>No sessions to record yet: plan a pilot with Schedule &gt; New Pilot (Ctrl+Shift+P), then come back here after its first session.</source>
        <translation>Noch keine Sitzungen zu erfassen: Planen Sie ein Pilotprogramm mit Zeitplan &gt; Neues Pilotprogramm (Ctrl+Shift+P) und kommen Sie nach dessen erster Sitzung hierher zurück.</translation>
    </message>
    <message>
        <source>{0} of {1} present, {2} rated</source>
        <translation>{0} von {1} anwesend, {2} bewertet</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Leadership Report</source>
        <translation>Bericht für die Führung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Text to paste</source>
        <translation>Text zum Einfügen</translation>
    </message>
    <message>
        <source>Preview or text</source>
        <translation>Vorschau oder Text</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>Woche {0}</translation>
    </message>
    <message>
        <source>Week {0} (running: a draft)</source>
        <translation>Woche {0} (läuft: Entwurf)</translation>
    </message>
    <message>
        <source>No week of this program has begun yet: there is nothing to report.</source>
        <translation>Noch keine Woche dieses Programms hat begonnen: Es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <source>Week {0} is not over yet: the report is marked DRAFT on every page.</source>
        <translation>Woche {0} ist noch nicht vorbei: Der Bericht ist auf jeder Seite als ENTWURF markiert.</translation>
    </message>
    <message>
        <source>Week {0} is complete.</source>
        <translation>Woche {0} ist abgeschlossen.</translation>
    </message>
    <message>
        <source>PDF (to print or attach)</source>
        <translation>PDF (zum Drucken oder Anhängen)</translation>
    </message>
    <message>
        <source>HTML (a web page)</source>
        <translation>HTML (eine Webseite)</translation>
    </message>
    <message>
        <source>Markdown (Confluence, Notion, Teams)</source>
        <translation>Markdown (Confluence, Notion, Teams)</translation>
    </message>
    <message>
        <source>Slack (no tables)</source>
        <translation>Slack (ohne Tabellen)</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Knowledge at risk: a skill only one active person holds at level 3 (advanced) or more - if they leave, it leaves with them - and a skill several people want that nobody teaches.</source>
        <translation>Wissen in Gefahr: eine Kompetenz, die nur eine aktive Person auf Stufe 3 (fortgeschritten) oder höher beherrscht - geht diese Person, geht das Wissen mit -, und eine Kompetenz, die mehrere lernen möchten, die aber niemand vermittelt.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Knowledge at risk</source>
        <translation>Wissen in Gefahr</translation>
    </message>
    <message>
        <source>The truck factor (Avelino et al.): how many of the people holding the most skills could leave before more than half the skills held at level 3+ have nobody left. The arrows show how many skills stay covered as each one leaves.</source>
        <translation>Der Truck-Faktor (Avelino et al.): wie viele der Personen mit den meisten Kompetenzen gehen könnten, bevor für mehr als die Hälfte der auf Stufe 3+ vorhandenen Kompetenzen niemand mehr übrig ist. Die Pfeile zeigen, wie viele Kompetenzen abgedeckt bleiben, während eine Person nach der anderen geht.</translation>
    </message>
    <message>
        <source>What if this person leaves?</source>
        <translation>Was, wenn diese Person geht?</translation>
    </message>
    <message>
        <source>When skills held by one person get a second holder</source>
        <translation>Wann Kompetenzen, die nur eine Person beherrscht, eine zweite Person bekommen</translation>
    </message>
    <message>
        <source>For each skill only one active person holds at level 3 or more: who shadows them on it (their first planned or held shadow shift on the skill) and when a second holder is expected, that day plus the time-to-competency your newest pilot measured.</source>
        <translation>Für jede Kompetenz, die nur eine aktive Person auf Stufe 3 oder höher beherrscht: wer sie dabei begleitet (die erste geplante oder abgehaltene Mitlaufschicht zu dieser Kompetenz) und wann eine zweite Person sie voraussichtlich beherrscht, nämlich an diesem Tag plus die Zeit bis zum Kompetenzstand, die Ihr neuestes Pilotprogramm gemessen hat.</translation>
    </message>
    <message>
        <source>&amp;What if this person leaves?</source>
        <translation>&amp;Was, wenn diese Person geht?</translation>
    </message>
    <message>
        <source>(choose someone)</source>
        <translation>(jemanden wählen)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Knowledge at risk&lt;/b&gt; ({0}, among %n active person(s) shown)</source>
        <translation>
            <numerusform>&lt;b&gt;Wissen in Gefahr&lt;/b&gt; ({0} bei %n angezeigten aktiven Person)</numerusform>
            <numerusform>&lt;b&gt;Wissen in Gefahr&lt;/b&gt; ({0} bei %n angezeigten aktiven Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing at risk: every skill held at level {0} or more has at least two holders, and every skill several people want has a teacher.</source>
        <translation>Nichts in Gefahr: Jede Kompetenz, die auf Stufe {0} oder höher vorhanden ist, haben mindestens zwei Personen, und für jede Kompetenz, die mehrere lernen möchten, gibt es jemanden, der sie vermittelt.</translation>
    </message>
    <message>
        <source>No active people shown: clear the search or filters to see the risks.</source>
        <translation>Keine aktiven Personen angezeigt: Leeren Sie die Suche oder die Filter, um die Risiken zu sehen.</translation>
    </message>
    <message>
        <source>only {0} holds it at level {1}+</source>
        <translation>nur {0} beherrscht sie auf Stufe {1}+</translation>
    </message>
    <message>
        <source>nobody teaches it</source>
        <translation>niemand vermittelt sie</translation>
    </message>
    <message>
        <source>; wanted by {0}</source>
        <translation>; gewünscht von {0}</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <source>Opens New Pilot with this prepared; nothing is saved until you create it</source>
        <translation>Öffnet „Neues Pilotprogramm“ entsprechend vorbereitet; gespeichert wird erst, wenn Sie es erstellen</translation>
    </message>
</context>
<context>
    <name>RosterController</name>
    <message>
        <source>Delete {0} from the roster?</source>
        <translation>{0} aus der Teamliste löschen?</translation>
    </message>
    <message>
        <source>Delete these {0} people from the roster?
{1}</source>
        <translation>Diese {0} Personen aus der Teamliste löschen?
{1}</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back. Deactivate keeps them but leaves them out of matching.</source>
        <translation>Bearbeiten &gt; Rückgängig holt sie zurück. „Deaktivieren“ behält sie, lässt sie aber bei der Zuordnung aus.</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Personen löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import Roster CSV</source>
        <translation>Teamliste importieren (CSV)</translation>
    </message>
    <message>
        <source>The import of {0}</source>
        <translation>Der Import von {0}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>{0} importiert: {1}</translation>
    </message>
    <message>
        <source>Export Roster CSV</source>
        <translation>Teamliste exportieren (CSV)</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>{0} wurde nicht geschrieben: {1}</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}</source>
        <translation>{0} in {1} gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Search name, email, role, team or skill</source>
        <translation>Name, E-Mail, Rolle, Team oder Kompetenz suchen</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Teamliste durchsuchen</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Nach Team filtern</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Skill gaps compare what active people teach with what they want to learn: skills wanted that nobody teaches, who could teach each wanted skill (best first), and skills taught that nobody wants.</source>
        <translation>Kompetenzlücken vergleichen, was aktive Personen vermitteln, mit dem, was sie lernen möchten: gewünschte Kompetenzen, die niemand vermittelt, wer jede gewünschte Kompetenz vermitteln könnte (beste zuerst), und vermittelte Kompetenzen, die niemand lernen möchte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skill gaps&lt;/b&gt; (active people)</source>
        <translation>&lt;b&gt;Kompetenzlücken&lt;/b&gt; (aktive Personen)</translation>
    </message>
    <message>
        <source>Roster view</source>
        <translation>Teamansicht</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Pe&amp;rsonen</translation>
    </message>
    <message>
        <source>Skills &amp;matrix</source>
        <translation>Kompetenz&amp;matrix</translation>
    </message>
    <message>
        <source>The people table: contact, role, team and skills</source>
        <translation>Die Personentabelle: Kontakt, Rolle, Team und Kompetenzen</translation>
    </message>
    <message>
        <source>People as rows, skills as columns, coloured by level; knowledge at risk above</source>
        <translation>Personen als Zeilen, Kompetenzen als Spalten, nach Stufe eingefärbt; darüber das Wissen in Gefahr</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No one on the roster yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bring in your team with &lt;b&gt;File &amp;gt; Import Roster CSV&lt;/b&gt; (Ctrl+I; File &amp;gt; Open Templates Folder has a template), or add people one by one with &lt;b&gt;Roster &amp;gt; Add Person&lt;/b&gt; (Ctrl+Shift+A). To look around first, open the demo with &lt;b&gt;Help &amp;gt; Open Demo&lt;/b&gt;: a made-up team in a copy of its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch niemand in der Teamliste.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Holen Sie Ihr Team mit &lt;b&gt;Datei &amp;gt; Teamliste importieren (CSV)&lt;/b&gt; herein (Ctrl+I; unter Datei &amp;gt; Vorlagenordner öffnen finden Sie eine Vorlage) oder fügen Sie Personen einzeln mit &lt;b&gt;Team &amp;gt; Person hinzufügen&lt;/b&gt; hinzu (Ctrl+Shift+A). Um sich erst einmal umzusehen, öffnen Sie die Demo mit &lt;b&gt;Hilfe &amp;gt; Demo öffnen&lt;/b&gt;: ein erfundenes Team in einer eigenen Kopie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <source>the search “{0}”</source>
        <translation>die Suche „{0}“</translation>
    </message>
    <message>
        <source>team {0}</source>
        <translation>Team {0}</translation>
    </message>
    <message>
        <source>role {0}</source>
        <translation>Rolle {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No one matches {0}.&lt;/b&gt; Clear the search box or choose All teams and All roles to see everyone; search looks at names, emails, roles, teams and skills, and every word must match.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Treffer für {0}.&lt;/b&gt; Leeren Sie das Suchfeld oder wählen Sie „Alle Teams“ und „Alle Rollen“, um alle zu sehen; die Suche berücksichtigt Namen, E-Mails, Rollen, Teams und Kompetenzen, und jedes Wort muss passen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Edit Program</source>
        <translation>Programm bearbeiten</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Es gibt noch kein Programm.</translation>
    </message>
    <message>
        <source>Match Peers</source>
        <translation>Kollegen zuordnen</translation>
    </message>
    <message>
        <source>Matching works on a program&apos;s members: create a pilot first.</source>
        <translation>Die Zuordnung arbeitet mit den Mitgliedern eines Programms: Erstellen Sie zuerst ein Pilotprogramm.</translation>
    </message>
    <message>
        <source>Added {0} to {1}</source>
        <translation>{0} zu {1} hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session first (click a block or a row).</source>
        <translation>Wählen Sie zuerst eine Sitzung aus (klicken Sie auf einen Block oder eine Zeile).</translation>
    </message>
    <message>
        <source>Add Session</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Create a pilot first (Schedule &gt; New Pilot).</source>
        <translation>Erstellen Sie zuerst ein Pilotprogramm (Zeitplan &gt; Neues Pilotprogramm).</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Move Session</source>
        <translation>Sitzung verschieben</translation>
    </message>
    <message>
        <source>No planned weekly sessions from here on.</source>
        <translation>Ab hier keine geplanten wöchentlichen Sitzungen.</translation>
    </message>
    <message>
        <source>Cancel the rest of the series</source>
        <translation>Rest der Serie absagen</translation>
    </message>
    <message>
        <source>Cancel sessions</source>
        <translation>Sitzungen absagen</translation>
    </message>
    <message>
        <source>Cancel {0} from {1} on? Export invites afterwards so attendees&apos; calendars remove them.</source>
        <translation>{0} ab {1} absagen? Exportieren Sie danach die Einladungen, damit die Kalender der Teilnehmer/innen sie entfernen.</translation>
    </message>
    <message>
        <source>Added free time to {0}: {1}</source>
        <translation>Freie Zeit für {0} ergänzt: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s)</source>
        <translation>
            <numerusform>%n geplante Sitzung</numerusform>
            <numerusform>%n geplante Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {0} ({1})? This removes {2}.</source>
        <translation>{0} ({1}) löschen? Entfernt wird: {2}.</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>There is no program to delete.</source>
        <translation>Es gibt kein Programm zum Löschen.</translation>
    </message>
    <message>
        <source>Choose the program in the Schedule tab&apos;s Program filter (or select one of its sessions) first.</source>
        <translation>Wählen Sie zuerst das Programm im Programmfilter der Registerkarte „Zeitplan“ (oder markieren Sie eine seiner Sitzungen).</translation>
    </message>
    <message>
        <source>Delete Program</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <source>Delete the program “{0}”? This removes {1}.</source>
        <translation>Das Programm „{0}“ löschen? Entfernt wird: {1}.</translation>
    </message>
    <message>
        <source>Write cancellations for the {0} still to come</source>
        <translation>Absagen für noch ausstehende Sitzungen schreiben ({0})</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Bearbeiten &gt; Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <source>Invites were sent for {0}: cancellations written into {1} make attendees&apos; calendars drop them.</source>
        <translation>Für {0} wurden Einladungen verschickt: Absagen in {1} sorgen dafür, dass die Kalender der Teilnehmer/innen sie entfernen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not write the cancellations, so nothing was deleted: {0}</source>
        <translation>Die Absagen konnten nicht geschrieben werden, daher wurde nichts gelöscht: {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>program {0}</source>
        <translation>Programm {0}</translation>
    </message>
    <message>
        <source>Deleted {0}: {1}</source>
        <translation>{0} gelöscht: {1}</translation>
    </message>
    <message>
        <source>; wrote {0} to {1}</source>
        <translation>; {0} in {1} geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation file(s)</source>
        <translation>
            <numerusform>%n Absagedatei</numerusform>
            <numerusform>%n Absagedateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Replies</source>
        <translation>Antworten importieren</translation>
    </message>
    <message>
        <source>{0}. Left out:</source>
        <translation>{0}. Ausgelassen:</translation>
    </message>
    <message>
        <source>Export Invites</source>
        <translation>Einladungen exportieren</translation>
    </message>
    <message>
        <source>There is no program to export yet.</source>
        <translation>Es gibt noch kein Programm zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Filter by program</source>
        <translation>Nach Programm filtern</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <source>Filter by format</source>
        <translation>Nach Format filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Week or list of sessions</source>
        <translation>Woche oder Liste der Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&lt;b&gt;No sessions yet.&lt;/b&gt; Plan a pilot with &lt;b&gt;New Pilot&lt;/b&gt; (Ctrl+Shift+P): weekly sessions of one format for 6-8 weeks. &lt;b&gt;Match Peers&lt;/b&gt; (Ctrl+M) then pairs its members; &lt;b&gt;Add One-off Session&lt;/b&gt; (Ctrl+Shift+O) adds a single meeting.</source>
        <translation>&lt;b&gt;Noch keine Sitzungen.&lt;/b&gt; Planen Sie ein Pilotprogramm mit &lt;b&gt;Neues Pilotprogramm&lt;/b&gt; (Ctrl+Shift+P): wöchentliche Sitzungen eines Formats über 6-8 Wochen. &lt;b&gt;Kollegen zuordnen&lt;/b&gt; (Ctrl+M) bildet dann Paare aus den Mitgliedern; &lt;b&gt;Einzelsitzung hinzufügen&lt;/b&gt; (Ctrl+Shift+O) fügt ein einzelnes Treffen hinzu.</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>times in {0}</source>
        <translation>Uhrzeiten in {0}</translation>
    </message>
    <message>
        <source>⚠ {0} with warnings; hover a block or see the Warnings column.</source>
        <translation>⚠ {0} mit Warnungen; zeigen Sie auf einen Block oder sehen Sie in der Spalte „Warnungen“ nach.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>{0} ({1} min)</source>
        <translation>{0} ({1} Min.)</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Länge in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gramm</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Video link</source>
        <translation>&amp;Videolink</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Recording</source>
        <translation>&amp;Aufzeichnung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>Agenda, sign-in sheet, feedback form or follow-up for this session</source>
        <translation>Ablauf, Anwesenheitsliste, Feedbackbogen oder Nachfassen für diese Sitzung</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt; (ticked people are invited; the program&apos;s members first)</source>
        <translation>&lt;b&gt;Personen&lt;/b&gt; (markierte Personen werden eingeladen; die Mitglieder des Programms zuerst)</translation>
    </message>
    <message>
        <source>Le&amp;d by</source>
        <translation>&amp;Moderiert von</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt; (facilitators lead; observers shadow)</source>
        <translation>&lt;b&gt;Personen&lt;/b&gt; (Moderierende leiten; Beobachtende laufen mit)</translation>
    </message>
    <message>
        <source>&lt;b&gt;S&amp;uggested times&lt;/b&gt; (best first; click one to use it)</source>
        <translation>&lt;b&gt;Vorgeschlagene &amp;Zeiten&lt;/b&gt; (beste zuerst; zum Übernehmen anklicken)</translation>
    </message>
    <message>
        <source>Suggested times, best first</source>
        <translation>Vorgeschlagene Zeiten, beste zuerst</translation>
    </message>
    <message>
        <source>People in this session</source>
        <translation>Personen in dieser Sitzung</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Eine Sitzung braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Moderiert von</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>SkillGapPanel</name>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Skill gaps</source>
        <translation>Kompetenzlücken</translation>
    </message>
    <message>
        <source>Wanted, nobody teaches ({0})</source>
        <translation>Gewünscht, niemand vermittelt ({0})</translation>
    </message>
    <message>
        <source>wanted by {0}</source>
        <translation>gewünscht von {0}</translation>
    </message>
    <message>
        <source>Who could teach what is wanted ({0})</source>
        <translation>Wer vermitteln könnte, was gewünscht ist ({0})</translation>
    </message>
    <message>
        <source>Taught, nobody wants ({0})</source>
        <translation>Vermittelt, niemand möchte es lernen ({0})</translation>
    </message>
</context>
<context>
    <name>SkillListEditor</name>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Skill name</source>
        <translation>Name der Kompetenz</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Vermittelnde</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Double-click a name to rename it. Renaming a skill to the name of another merges the two. Edit &gt; Undo reverses either.</source>
        <translation>Doppelklicken Sie auf einen Namen, um ihn umzubenennen. Wenn Sie eine Kompetenz in den Namen einer anderen umbenennen, werden beide zusammengeführt. Bearbeiten &gt; Rückgängig macht beides rückgängig.</translation>
    </message>
</context>
<context>
    <name>SkillsMatrixView</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Group people by:</source>
        <translation>Personen &amp;gruppieren nach:</translation>
    </message>
    <message>
        <source>Order s&amp;kills by:</source>
        <translation>Kompetenzen &amp;sortieren nach:</translation>
    </message>
    <message>
        <source>E&amp;xport Matrix...</source>
        <translation>Matrix e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save the matrix as .xlsx (Excel), .csv or .pdf</source>
        <translation>Matrix als .xlsx (Excel), .csv oder .pdf speichern</translation>
    </message>
    <message>
        <source>Pri&amp;nt Matrix...</source>
        <translation>Matrix dr&amp;ucken...</translation>
    </message>
    <message>
        <source>Landscape pages with the names and skills repeated, and a legend</source>
        <translation>Seiten im Querformat mit wiederholten Namen und Kompetenzen und einer Legende</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>Kompetenzmatrix</translation>
    </message>
    <message>
        <source>Each cell is a person&apos;s level in a skill: 0 aware, 1 beginner, 2 practitioner, 3 advanced, 4 expert (darker is higher). An amber ◆ marks a skill the person wants to learn, with the level they aim for. Hover a cell for its words.</source>
        <translation>Jede Zelle ist die Stufe einer Person in einer Kompetenz: 0 Grundkenntnis, 1 Einsteiger, 2 Anwender, 3 Fortgeschritten, 4 Experte (dunkler ist höher). Eine bernsteinfarbene ◆ markiert eine Kompetenz, die die Person lernen möchte, mit der angestrebten Stufe. Zeigen Sie auf eine Zelle, um ihre Beschreibung zu sehen.</translation>
    </message>
    <message>
        <source>Click a skill to order people by their level in it; click again for names</source>
        <translation>Klicken Sie auf eine Kompetenz, um die Personen nach ihrer Stufe darin zu sortieren; erneut klicken sortiert nach Namen</translation>
    </message>
    <message>
        <source>wants to learn, target N</source>
        <translation>möchte lernen, Ziel N</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No one to show.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Clear the search or choose All teams and All roles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Niemand anzuzeigen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Leeren Sie die Suche oder wählen Sie „Alle Teams“ und „Alle Rollen“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No skills yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a person (F2) and add what they teach and want to learn, or import a roster CSV with &lt;i&gt;teaches&lt;/i&gt; and &lt;i&gt;wants&lt;/i&gt; columns (File &amp;gt; Import Roster CSV).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Kompetenzen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Öffnen Sie eine Person (F2) und tragen Sie ein, was sie vermittelt und lernen möchte, oder importieren Sie eine Teamliste als CSV mit den Spalten &lt;i&gt;teaches&lt;/i&gt; und &lt;i&gt;wants&lt;/i&gt; (Datei &amp;gt; Teamliste importieren (CSV)).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skips This Round</source>
        <translation>Setzen diese Runde aus</translation>
    </message>
    <message>
        <source>Members who skip this round</source>
        <translation>Mitglieder, die diese Runde aussetzen</translation>
    </message>
    <message>
        <source>Tick who sits this round out. The run leaves them out.</source>
        <translation>Haken Sie an, wer diese Runde aussetzt. Der Lauf lässt diese Personen aus.</translation>
    </message>
</context>
<context>
    <name>TimezoneField</name>
    <message>
        <source>City, country or abbreviation, e.g. Berlin, Japan, PST</source>
        <translation>Stadt, Land oder Abkürzung, z. B. Berlin, Japan, PST</translation>
    </message>
    <message>
        <source>The timezone, as region and city, e.g. Europe/Berlin. Type a city, a country or an abbreviation (CET, PST) and pick from the list.</source>
        <translation>Die Zeitzone als Region und Stadt, z. B. Europe/Berlin. Geben Sie eine Stadt, ein Land oder eine Abkürzung (CET, PST) ein und wählen Sie aus der Liste.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Sessions of the week. Arrow keys move between sessions, Enter opens one.</source>
        <translation>Sitzungen der Woche. Die Pfeiltasten wechseln zwischen Sitzungen, Enter öffnet eine.</translation>
    </message>
    <message>
        <source>The week&apos;s sessions by day and time, in your timezone. A red edge and a warning mark show a conflict. Drag a block to move it, or Tab here, move between sessions with the arrow keys (Home and End: first and last) and press Enter to open one.</source>
        <translation>Die Sitzungen der Woche nach Tag und Uhrzeit, in Ihrer Zeitzone. Ein roter Rand und ein Warnzeichen zeigen einen Konflikt. Ziehen Sie einen Block, um ihn zu verschieben, oder wechseln Sie mit Tab hierher, bewegen Sie sich mit den Pfeiltasten zwischen den Sitzungen (Pos1 und Ende: erste und letzte) und drücken Sie Enter, um eine zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <source>led by {0}</source>
        <translation>moderiert von {0}</translation>
    </message>
    <message>
        <source>no one leads yet</source>
        <translation>noch keine Moderation</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>um {0}</translation>
    </message>
    <message>
        <source>conflict: {0}</source>
        <translation>Konflikt: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Week of {0}: %n session(s)</source>
        <translation>
            <numerusform>Woche vom {0}: %n Sitzung</numerusform>
            <numerusform>Woche vom {0}: %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Led by {0}</source>
        <translation>Moderation: {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to PeerDesk</source>
        <translation>Willkommen bei PeerDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PeerDesk plans peer-to-peer learning for your team&lt;/b&gt;: who can teach what, matched pairs, a 6-8 week pilot of short weekly sessions, invites, printouts and a report for leadership. Everything stays in one file on this computer.&lt;/p&gt;&lt;p&gt;First, who are you? Invites go out in your name, and your timezone and country decide what “today” and public holidays are. You can change this later in &lt;b&gt;Edit &amp;gt; Preferences&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PeerDesk plant Peer-Learning für Ihr Team&lt;/b&gt;: wer was vermitteln kann, passende Paare, ein Pilotprogramm von 6-8 Wochen mit kurzen wöchentlichen Sitzungen, Einladungen, Ausdrucke und ein Bericht für die Führung. Alles bleibt in einer Datei auf diesem Computer.&lt;/p&gt;&lt;p&gt;Zuerst: Wer sind Sie? Einladungen gehen in Ihrem Namen hinaus, und Ihre Zeitzone und Ihr Land bestimmen, was „heute“ ist und welche Tage Feiertage sind. Sie können das später unter &lt;b&gt;Bearbeiten &amp;gt; Einstellungen&lt;/b&gt; ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the organizer of your pilots&apos; invites</source>
        <translation>Organisator der Einladungen Ihrer Pilotprogramme</translation>
    </message>
    <message>
        <source>country[-region], e.g. DE-BY, US-CA, GB</source>
        <translation>Land[-Region], z. B. DE-BY, US-CA, GB</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Your &amp;email</source>
        <translation>Ihre &amp;E-Mail</translation>
    </message>
    <message>
        <source>Your &amp;timezone</source>
        <translation>Ihre &amp;Zeitzone</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>&amp;Feiertage</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>A made-up team three weeks into a pilot, in a copy of its own</source>
        <translation>Ein erfundenes Team, drei Wochen nach Beginn eines Pilotprogramms, in einer eigenen Kopie</translation>
    </message>
    <message>
        <source>&amp;Import My Roster...</source>
        <translation>Meine Teamliste &amp;importieren...</translation>
    </message>
    <message>
        <source>A CSV file with a name and an email per row (File &gt; Open Templates Folder has a template)</source>
        <translation>Eine CSV-Datei mit einem Namen und einer E-Mail-Adresse pro Zeile (unter Datei &gt; Vorlagenordner öffnen finden Sie eine Vorlage)</translation>
    </message>
    <message>
        <source>&amp;Start Empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>Add people one by one with Roster &gt; Add Person</source>
        <translation>Personen einzeln hinzufügen mit Team &gt; Person hinzufügen</translation>
    </message>
</context>
<context>
    <name>WindowContext</name>
    <message>
        <source>{0} was not saved: {1}. It is not on the undo list; everything before it is safe.</source>
        <translation>{0} wurde nicht gespeichert: {1}. Es steht nicht in der Rückgängig-Liste; alles davor ist sicher.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} und %n weitere</numerusform>
            <numerusform>{0} und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypedDates</name>
    <message>
        <source>“{text}” is not a date PeerDesk can read: type it as {example} (the day name may be left out).</source>
        <translation>„{text}“ ist kein Datum, das PeerDesk lesen kann: Geben Sie es als {example} ein (der Wochentag kann entfallen).</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Neuer Arbeitsbereich...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereich-Datei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open another workspace file</source>
        <translation>Eine andere Arbeitsbereich-Datei öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>&amp;Kopie speichern...</translation>
    </message>
    <message>
        <source>Write a consistent backup copy of this workspace</source>
        <translation>Eine konsistente Sicherungskopie dieses Arbeitsbereichs schreiben</translation>
    </message>
    <message>
        <source>&amp;Import Roster CSV...</source>
        <translation>Teamliste &amp;importieren (CSV)...</translation>
    </message>
    <message>
        <source>Add or update people from a CSV file</source>
        <translation>Personen aus einer CSV-Datei hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export Roster CSV...</source>
        <translation>Teamliste e&amp;xportieren (CSV)...</translation>
    </message>
    <message>
        <source>Write the roster as a CSV file</source>
        <translation>Die Teamliste als CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>Agendas, facilitator guides, sign-in sheets, feedback forms, handouts</source>
        <translation>Abläufe, Leitfäden für Moderierende, Anwesenheitslisten, Feedbackbögen, Handouts</translation>
    </message>
    <message>
        <source>Open &amp;Templates Folder</source>
        <translation>&amp;Vorlagenordner öffnen</translation>
    </message>
    <message>
        <source>Your own templates: a file here replaces the built-in one of the same name</source>
        <translation>Ihre eigenen Vorlagen: Eine Datei hier ersetzt die gleichnamige Standardvorlage</translation>
    </message>
    <message>
        <source>Reset Templates to &amp;Built-in</source>
        <translation>Vorlagen auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Move your own templates aside (kept in a backup folder)</source>
        <translation>Ihre eigenen Vorlagen beiseitelegen (sie bleiben in einem Sicherungsordner erhalten)</translation>
    </message>
    <message>
        <source>Import &amp;Feedback CSV...</source>
        <translation>F&amp;eedback importieren (CSV)...</translation>
    </message>
    <message>
        <source>Attendance and ratings from a CSV: date,email,attended,rating,answer</source>
        <translation>Anwesenheit und Bewertungen aus einer CSV-Datei: date,email,attended,rating,answer</translation>
    </message>
    <message>
        <source>Import Replie&amp;s...</source>
        <translation>&amp;Antworten importieren...</translation>
    </message>
    <message>
        <source>Invitees&apos; answers (accepted, declined, tentative) from saved mails, .ics files or a mailbox; you can also drop them on the window</source>
        <translation>Antworten der Eingeladenen (zugesagt, abgesagt, vorläufig) aus gespeicherten Mails, .ics-Dateien oder einem Postfach; Sie können sie auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>Import Chec&amp;k-ins CSV...</source>
        <translation>&amp;Check-ins importieren (CSV)...</translation>
    </message>
    <message>
        <source>Competency check-ins from a spreadsheet: date,email,skill,level,assessor</source>
        <translation>Check-ins zum Kompetenzstand aus einer Tabelle: date,email,skill,level,assessor</translation>
    </message>
    <message>
        <source>&amp;Leadership Report...</source>
        <translation>Be&amp;richt für die Führung...</translation>
    </message>
    <message>
        <source>The weekly report for leadership: choose program and week, preview, save or copy</source>
        <translation>Der wöchentliche Bericht für die Führung: Programm und Woche wählen, Vorschau ansehen, speichern oder kopieren</translation>
    </message>
    <message>
        <source>En&amp;d-of-Pilot Report...</source>
        <translation>Abschl&amp;ussbericht...</translation>
    </message>
    <message>
        <source>One page after the last session: outcomes, what worked, and your recommendation</source>
        <translation>Eine Seite nach der letzten Sitzung: Ergebnisse, was funktioniert hat, und Ihre Empfehlung</translation>
    </message>
    <message>
        <source>Co&amp;mpare Pilots...</source>
        <translation>&amp;Pilotprogramme vergleichen...</translation>
    </message>
    <message>
        <source>Two programs, or a pilot and the time before it, side by side</source>
        <translation>Zwei Programme oder ein Pilotprogramm und die Zeit davor nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close PeerDesk</source>
        <translation>PeerDesk schließen</translation>
    </message>
    <message>
        <source>&amp;Add Person...</source>
        <translation>Person &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Add someone to the roster</source>
        <translation>Jemanden zur Teamliste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Person...</source>
        <translation>Person &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Die markierte Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Mark the selected people inactive (kept, but left out of matching)</source>
        <translation>Die markierten Personen als inaktiv kennzeichnen (sie bleiben erhalten, werden aber bei der Zuordnung ausgelassen)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Mark the selected people active again</source>
        <translation>Die markierten Personen wieder als aktiv kennzeichnen</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>Remove the selected people from the roster</source>
        <translation>Die markierten Personen aus der Teamliste entfernen</translation>
    </message>
    <message>
        <source>&amp;Skills...</source>
        <translation>&amp;Kompetenzen...</translation>
    </message>
    <message>
        <source>Rename, merge and categorise skills</source>
        <translation>Kompetenzen umbenennen, zusammenführen und Kategorien zuordnen</translation>
    </message>
    <message>
        <source>&amp;New Pilot...</source>
        <translation>&amp;Neues Pilotprogramm...</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>Plan a program of weekly sessions</source>
        <translation>Ein Programm mit wöchentlichen Sitzungen planen</translation>
    </message>
    <message>
        <source>Edit &amp;Program...</source>
        <translation>&amp;Programm bearbeiten...</translation>
    </message>
    <message>
        <source>Change a program&apos;s cadence, members or targets; future sessions follow</source>
        <translation>Rhythmus, Mitglieder oder Ziele eines Programms ändern; künftige Sitzungen folgen</translation>
    </message>
    <message>
        <source>&amp;Formats...</source>
        <translation>&amp;Formate...</translation>
    </message>
    <message>
        <source>Session formats: lengths, descriptions, agendas</source>
        <translation>Sitzungsformate: Längen, Beschreibungen, Abläufe</translation>
    </message>
    <message>
        <source>&amp;Add One-off Session...</source>
        <translation>&amp;Einzelsitzung hinzufügen...</translation>
    </message>
    <message>
        <source>Add a session outside the weekly series</source>
        <translation>Eine Sitzung außerhalb der wöchentlichen Serie hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Session...</source>
        <translation>Sitzung &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Edit the selected session (or double-click it)</source>
        <translation>Die markierte Sitzung bearbeiten (oder doppelklicken Sie darauf)</translation>
    </message>
    <message>
        <source>S&amp;kip This Week</source>
        <translation>Diese Woche &amp;auslassen</translation>
    </message>
    <message>
        <source>Skip the selected session (a holiday): removed from the series</source>
        <translation>Die markierte Sitzung auslassen (ein Feiertag): Sie wird aus der Serie genommen</translation>
    </message>
    <message>
        <source>&amp;Cancel Session</source>
        <translation>Sitzung ab&amp;sagen</translation>
    </message>
    <message>
        <source>Cancel the selected session; attendees get a cancellation</source>
        <translation>Die markierte Sitzung absagen; die Teilnehmer/innen erhalten eine Absage</translation>
    </message>
    <message>
        <source>Cancel the &amp;Rest of the Series</source>
        <translation>&amp;Rest der Serie absagen</translation>
    </message>
    <message>
        <source>Cancel the selected session and every later planned one</source>
        <translation>Die markierte Sitzung und alle später geplanten absagen</translation>
    </message>
    <message>
        <source>Restore &amp;Session</source>
        <translation>Sitzung wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Plan a skipped or cancelled session again</source>
        <translation>Eine ausgelassene oder abgesagte Sitzung wieder einplanen</translation>
    </message>
    <message>
        <source>&amp;Delete Session...</source>
        <translation>Sitzung &amp;löschen...</translation>
    </message>
    <message>
        <source>Delete the selected session with its attendance (undoable); cancellations offered</source>
        <translation>Die markierte Sitzung mit ihrer Anwesenheit löschen (rückgängig zu machen); Absagen werden angeboten</translation>
    </message>
    <message>
        <source>Delete Pr&amp;ogram...</source>
        <translation>Pr&amp;ogramm löschen...</translation>
    </message>
    <message>
        <source>Delete a program with its sessions and attendance (undoable); cancellations offered</source>
        <translation>Ein Programm mit seinen Sitzungen und der Anwesenheit löschen (rückgängig zu machen); Absagen werden angeboten</translation>
    </message>
    <message>
        <source>E&amp;xport Invites...</source>
        <translation>Einladungen e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Write calendar invites (.ics) and email drafts</source>
        <translation>Kalendereinladungen (.ics) und E-Mail-Entwürfe schreiben</translation>
    </message>
    <message>
        <source>Export Session &amp;Invite...</source>
        <translation>Sitzungse&amp;inladung exportieren...</translation>
    </message>
    <message>
        <source>Write the invitation (or cancellation) of the selected session only</source>
        <translation>Nur die Einladung (oder Absage) der markierten Sitzung schreiben</translation>
    </message>
    <message>
        <source>Publish to Ca&amp;lendar...</source>
        <translation>Im &amp;Kalender veröffentlichen...</translation>
    </message>
    <message>
        <source>Publish a program to a shared calendar server (CalDAV) and keep it in step with every change</source>
        <translation>Ein Programm auf einem gemeinsamen Kalenderserver (CalDAV) veröffentlichen und bei jeder Änderung auf dem neuesten Stand halten</translation>
    </message>
    <message>
        <source>Pre&amp;vious Week</source>
        <translation>&amp;Vorherige Woche</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Die Woche davor anzeigen</translation>
    </message>
    <message>
        <source>Next &amp;Week</source>
        <translation>Nächste &amp;Woche</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Die Woche danach anzeigen</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>Show this week</source>
        <translation>Die aktuelle Woche anzeigen</translation>
    </message>
    <message>
        <source>&amp;Match Peers...</source>
        <translation>Kollegen &amp;zuordnen...</translation>
    </message>
    <message>
        <source>Pair people, group pods or pick mentors, with reasons; review before applying</source>
        <translation>Paare bilden, Lerngruppen zusammenstellen oder Mentor/innen wählen, mit Begründung; vor dem Übernehmen prüfen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Teamliste durchsuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show the Roster tab</source>
        <translation>Registerkarte „Team“ anzeigen</translation>
    </message>
    <message>
        <source>S&amp;kills Matrix</source>
        <translation>&amp;Kompetenzmatrix</translation>
    </message>
    <message>
        <source>People as rows, skills as columns, with the knowledge at risk</source>
        <translation>Personen als Zeilen, Kompetenzen als Spalten, mit dem Wissen in Gefahr</translation>
    </message>
    <message>
        <source>Show the Schedule tab</source>
        <translation>Registerkarte „Zeitplan“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>Show the Feedback tab</source>
        <translation>Registerkarte „Feedback“ anzeigen</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The guide for team leads, offline</source>
        <translation>Das Handbuch für Teamleitungen, offline</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, from the menus</source>
        <translation>Alle Tastenkürzel aus den Menüs</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>Click on any part of the window to hear what it is for</source>
        <translation>Klicken Sie auf einen beliebigen Teil des Fensters, um zu erfahren, wofür er da ist</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>De&amp;mo öffnen</translation>
    </message>
    <message>
        <source>A made-up team three weeks into a pilot, in a copy of its own: nothing of yours changes</source>
        <translation>Ein erfundenes Team, drei Wochen nach Beginn eines Pilotprogramms, in einer eigenen Kopie: An Ihren Daten ändert sich nichts</translation>
    </message>
    <message>
        <source>Welcome Agai&amp;n...</source>
        <translation>Begrüßung &amp;wiederholen...</translation>
    </message>
    <message>
        <source>The first-start questions again: who you are, then the demo, an import or an empty start</source>
        <translation>Noch einmal die Fragen vom ersten Start: wer Sie sind, dann die Demo, ein Import oder ein leerer Beginn</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>Ü&amp;ber PeerDesk</translation>
    </message>
    <message>
        <source>Version and where your data lives</source>
        <translation>Version und wo Ihre Daten gespeichert sind</translation>
    </message>
    <message>
        <source>Pr&amp;eferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Who I am, my timezone, paper size, working days, week view colours</source>
        <translation>Wer ich bin, meine Zeitzone, Papierformat, Arbeitstage, Farben der Wochenansicht</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong: {0}. The last change was not saved; everything before it is safe.</source>
        <translation>Etwas ist schiefgegangen: {0}. Die letzte Änderung wurde nicht gespeichert; alles davor ist sicher.</translation>
    </message>
</context>
<context>
    <name>level</name>
    <message>
        <source>aware</source>
        <translation>Grundkenntnis</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Enter opens the session.</source>
        <translation>Enter öffnet die Sitzung.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Some settings could not be read ({0}); they are back to their defaults.</source>
        <translation>Einige Einstellungen konnten nicht gelesen werden ({0}); sie wurden auf ihre Standardwerte zurückgesetzt.</translation>
    </message>
    <message>
        <source>The old settings were kept in {0}.</source>
        <translation>Die alten Einstellungen wurden in {0} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation>abgehalten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>There is no program yet.</source>
        <translation>Es gibt noch kein Programm.</translation>
    </message>
    <message>
        <source>Leadership Report</source>
        <translation>Bericht für die Führung</translation>
    </message>
    <message>
        <source>Wrote the week {0} report to {1}</source>
        <translation>Bericht für Woche {0} in {1} gespeichert</translation>
    </message>
    <message>
        <source>End-of-Pilot Report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <source>Compare Pilots</source>
        <translation>Pilotprogramme vergleichen</translation>
    </message>
    <message>
        <source>Import Check-ins</source>
        <translation>Check-ins importieren</translation>
    </message>
    <message>
        <source>Import Check-ins CSV</source>
        <translation>Check-ins importieren (CSV)</translation>
    </message>
    <message>
        <source>{0}: {1}; nothing was imported.</source>
        <translation>{0}: {1}; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Import check-ins {0}</source>
        <translation>Check-ins importieren: {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>{0} importiert: {1}</translation>
    </message>
    <message>
        <source>Publish to Calendar</source>
        <translation>Im Kalender veröffentlichen</translation>
    </message>
    <message>
        <source>There is no program to publish yet.</source>
        <translation>Es gibt noch kein Programm zum Veröffentlichen.</translation>
    </message>
</context>
</TS>
