<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tour Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline viewer for virtual field tours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes and progress are kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere: no data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokenTourPage</name>
    <message>
        <source>Tour problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the tour is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your place in the tour and your notes are kept. Double-click a line to copy where it is (file:line:column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has 1 error — fix it and save; the tour comes back by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has %n errors — fix them and save; the tour comes back by itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <source>package {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be opened: %n problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n stop(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} visited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes could not all be saved: copy them elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are also in the log, {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour Viewer met an unexpected error. {0}

You can go on working; if something looks wrong, restart Tour Viewer. To report the problem, copy the details and send them with what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndOfTourBar</name>
    <message>
        <source>This is the last stop: the end of the tour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Tour Viewer — User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using Tour Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing tours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Only for a broker with a certificate authority of its own: its .pem file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the broker&apos;s certificate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put tours in {0} to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tour, or open a tour folder or .tour file (Ctrl+O, or drop it here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue {0} at stop {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tour Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tour first: Export notes writes the notes of the tour on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — Tour Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes database was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour Viewer could not read its notes database, so it started a new one. The old one is kept, untouched, at:

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join guided session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour &amp;problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tours (tour.toml *.tour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour (reloaded at {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting notes to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: {0} was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be written to {0}:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your notes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageBar</name>
    <message>
        <source>Package problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0}. Its pictures and recordings cannot be read until it is back; your notes are kept. Put the file back, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>In the picture and its thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture (on the first or last: the previous or next stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture full-window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-window picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ / − / wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom in or out; drag to move around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit the picture to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the note for the next or previous part of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the tour (the keys move through stops again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, PageDown, Space, Enter, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, PageUp, Backspace, Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>] / [</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop&apos;s next or previous picture, for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B or .  /  W or ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black or white screen (again to come back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze the audience window while you look ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, then Enter or G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go to that stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape, twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end presenting and return here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narration text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <source>◀  Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
