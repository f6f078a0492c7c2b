<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
    <name>AllNotesDialog</name>
    <message>
        <source>Whole tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes by stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a stop&apos;s title to go to that stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes need the notes database, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tour is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>{0}x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narration position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play narration</source>
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
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the stops I wrote a note on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the stops&apos; pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handout of the tour with your notes, as PDF, web page or Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowingBar</name>
    <message>
        <source>Guided session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the guided session; the tour stays open where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ended the guided session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined {0} — getting the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploring — {0} lets everyone explore ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploring on your own — {0} is at {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Pictures of this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the broker at {0} port {1} does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tours are not handed over through a broker: ask the facilitator for the .tour file of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the connection ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the broker lost: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator cannot hand this tour over: ask for the .tour file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost during the hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say hello with the code first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guided session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation is for another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong join code: check the code the facilitator shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &apos;{0}&apos; is not in your copy of the tour: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour is {0} MB, more than the {1} MB accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator announced an empty tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the tour here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator sent more than the tour&apos;s announced size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour received does not match the invitation&apos;s content hash: it was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a guided-session invitation: it starts with tourviewer://join?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation is cut short or garbled: copy the whole line again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation is for another version of Tour Viewer (protocol {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation is missing {0}: copy the whole line again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s session id is not 128 bits of hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s join code is not six letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s tour id or content hash is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s facilitator key is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s broker is not an mqtt://, mqtts://, ws:// or wss:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s address is not a host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s port is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator ended the guided session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate {0} is too large to be a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate {0} cannot be read ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted ({0}). If the broker uses a certificate authority of its own, give that authority&apos;s certificate: --ca-file, or &quot;Broker&apos;s CA certificate&quot; in the join dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the broker failed ({0}): is it a TLS port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy of the tour is another version: stops it lacks are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the tour from the facilitator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the tour: {0} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Start guided session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&apos; own viewers follow this presentation: they join with an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUIDED SESSION — join with this address and code, or the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring everyone here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorers come back to the stop the audience sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End guided session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tour first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guided session cannot start: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow me again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let everyone explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n participant(s) connected, {0} following</source>
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
    <name>Handout</name>
    <message>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutPdf</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotLayer</name>
    <message>
        <source>Goes to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows another picture of this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a note about this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label on the picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture, full window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕  Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join guided session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the line the facilitator shared. Your notes stay on this computer.</source>
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
    <name>MapPanel</name>
    <message>
        <source>Tour map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour&apos;s overview map and the current stop&apos;s detail map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current stop&apos;s detail map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop has no map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all stops (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the map in a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the map in a window of its own, as large as you like (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tour open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tour has no map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map for this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map image {0} cannot be decoded: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map image not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n stop(s) shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current stop {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen: stop {0}, Enter goes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys choose a stop, plus and minus zoom, 0 shows all stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview map of the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail map of the current stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapWindow</name>
    <message>
        <source>Map window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour map — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop map — {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>the {0} is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0}&apos;s picture data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an image Pillow can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an animated PNG that declares no frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs more memory than this computer has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a kind of picture data Pillow cannot decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording {0} is missing from the tour folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording {0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its package changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no sound stream that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no MPEG audio in it, only tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not audio of a supported kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds Theora video and no sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is Speex in Ogg; the tour format allows Opus or Vorbis in Ogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {0} audio; use {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no audio track (M4A/M4B without sound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no sound in it: its stream is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a damaged FLAC: no audio frame follows its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio cannot play here: Qt Multimedia is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio cannot play here: no sound device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording cannot play: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has no decoder for the kind of sound in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording cannot play: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio cannot play here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt cannot read it ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be decoded: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrationBrowser</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>No recording for this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud needs a speech engine, and none is installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud is not available: the speech service does not start (on Debian or Ubuntu it is the packages libspeechd2, speech-dispatcher and speech-dispatcher-espeak-ng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narration panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop has no narration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording for this stop. {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>there is no data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no notes database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes cannot be saved in {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>This stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the note as formatted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this stop: what strikes you, an idea for home, a question for the facilitator… (Markdown works: *italic*, **bold**, - lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note, formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}. What you typed stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
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
    <name>PanoramaView</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole 360° picture flat, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around in the panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole picture flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}° right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}° left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}° up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}° down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>which way the view turns, then how it tilts</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanoramaWindow</name>
    <message>
        <source>Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panorama, full window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PausedCover</name>
    <message>
        <source>The facilitator paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your viewer follows again when the facilitator goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore on my own meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Picture {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>S swaps screens: there is only one screen, so nothing was swapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>→/Space next · ← previous · ] [ pictures · B black · W white · F freeze · number+Enter go · S swap · Esc end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Esc again to end presenting (any other key carries on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker notes for this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the notes, the narration and the audience window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stop picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stop picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures of this stop: ] and [ choose what the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stop place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stop panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller notes (Ctrl + mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger notes (Ctrl + mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time at this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned time at this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace against the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops: click one to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start both timers again from zero, e.g. once everyone is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narration for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded narration for this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter console — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {0} of {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture {0} of {1}
] next · [ previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {0} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time planned for this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {0} by the end of this stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {0} by the end of stop {1}, the furthest reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} for the whole tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time plan in this tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience frozen on stop {0}: {1}  (F to follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience screen is black  (B to show the tour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience screen is white  (W to show the tour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen on stop {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to stop {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to stop {0}… (there are {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience sees stop {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s) and cannot be shown. Double-click a line to copy where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s); parts of it may be missing. Double-click a line to copy where it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>Tour text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed stop ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search needs the notes database, which is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this tour and your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
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
    <name>StopList</name>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopListModel</name>
    <message>
        <source>not visited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visited yet, has a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visited, has a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextBubble</name>
    <message>
        <source>Hotspot text</source>
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
<context>
    <name>TranscriptModel</name>
    <message>
        <source>now playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play from {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <source>Tour warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ This tour has {0} and {1} for its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ This tour has %n error(s) for its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This tour has %n warning(s) for its author.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
