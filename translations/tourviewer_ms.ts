<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tour Viewer</source>
        <translation>Perihal Tour Viewer</translation>
    </message>
    <message>
        <source>An offline viewer for virtual field tours.</source>
        <translation>Pemapar luar talian untuk lawatan lapangan maya.</translation>
    </message>
    <message>
        <source>Your notes and progress are kept in:</source>
        <translation>Nota dan kemajuan anda disimpan di:</translation>
    </message>
    <message>
        <source>nowhere: no data folder</source>
        <translation>tiada: tiada folder data</translation>
    </message>
    <message>
        <source>The log is:</source>
        <translation>Log terletak di:</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>tidak ditulis</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lesen</translation>
    </message>
</context>
<context>
    <name>AllNotesDialog</name>
    <message>
        <source>Whole tour</source>
        <translation>Seluruh lawatan</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>Belum ada nota</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>Nota pada hentian yang dialih keluar</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Semua nota</translation>
    </message>
    <message>
        <source>Your notes by stop</source>
        <translation>Nota anda mengikut hentian</translation>
    </message>
    <message>
        <source>Follow a stop&apos;s title to go to that stop</source>
        <translation>Klik tajuk hentian untuk pergi ke hentian itu</translation>
    </message>
    <message>
        <source>All notes — {0}</source>
        <translation>Semua nota — {0}</translation>
    </message>
    <message>
        <source>Notes need the notes database, which is not available.</source>
        <translation>Nota memerlukan pangkalan data nota, yang tidak tersedia.</translation>
    </message>
    <message>
        <source>No tour is open.</source>
        <translation>Tiada lawatan yang dibuka.</translation>
    </message>
    <message>
        <source>Stop “{0}”</source>
        <translation>Hentian “{0}”</translation>
    </message>
    <message>
        <source>Go to this stop</source>
        <translation>Pergi ke hentian ini</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience view</source>
        <translation>Paparan penonton</translation>
    </message>
    <message>
        <source>Stop picture</source>
        <translation>Gambar hentian</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>Tajuk hentian</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Kapsyen</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Tour Viewer</source>
        <translation>Tour Viewer</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>{0}x</source>
        <translation>{0}x</translation>
    </message>
    <message>
        <source>Narration position</source>
        <translation>Kedudukan penceritaan</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Masa berlalu dan jumlah masa</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Kelajuan main balik</translation>
    </message>
    <message>
        <source>Audio status</source>
        <translation>Status audio</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  Jeda</translation>
    </message>
    <message>
        <source>Pause narration</source>
        <translation>Jeda penceritaan</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  Main</translation>
    </message>
    <message>
        <source>Play narration</source>
        <translation>Main penceritaan</translation>
    </message>
</context>
<context>
    <name>BrokenTourPage</name>
    <message>
        <source>Tour problems</source>
        <translation>Masalah lawatan</translation>
    </message>
    <message>
        <source>Why the tour is not shown</source>
        <translation>Mengapa lawatan tidak dipaparkan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Your place in the tour and your notes are kept. Double-click a line to copy where it is (file:line:column).</source>
        <translation>Kedudukan anda dalam lawatan dan nota anda disimpan. Klik dua kali pada baris untuk menyalin lokasinya (fail:baris:lajur).</translation>
    </message>
    <message>
        <source>{0} has 1 error — fix it and save; the tour comes back by itself</source>
        <translation>{0} mempunyai 1 ralat — betulkan dan simpan; lawatan akan kembali dengan sendirinya</translation>
    </message>
    <message>
        <source>{0} has %n errors — fix them and save; the tour comes back by itself</source>
        <translation>{0} mempunyai %n ralat — betulkan dan simpan; lawatan akan kembali dengan sendirinya</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <source>package {0}</source>
        <translation>pakej {0}</translation>
    </message>
    <message>
        <source>folder {0}</source>
        <translation>folder {0}</translation>
    </message>
    <message>
        <source>Stops visited</source>
        <translation>Hentian yang dilawati</translation>
    </message>
    <message>
        <source>Cannot be opened: %n problem(s)</source>
        <translation>Tidak dapat dibuka: %n masalah</translation>
    </message>
    <message>
        <source>%n stop(s)</source>
        <translation>%n hentian</translation>
    </message>
    <message>
        <source>%n problem(s)</source>
        <translation>%n masalah</translation>
    </message>
    <message>
        <source>Remove from Recent</source>
        <translation>Alih keluar daripada Terkini</translation>
    </message>
    <message>
        <source>{0} of {1} visited</source>
        <translation>{0} daripada {1} dilawati</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Sesuatu tidak kena</translation>
    </message>
    <message>
        <source>Your notes were saved.</source>
        <translation>Nota anda telah disimpan.</translation>
    </message>
    <message>
        <source>Your notes could not all be saved: copy them elsewhere.</source>
        <translation>Tidak semua nota anda dapat disimpan: salin ke tempat lain.</translation>
    </message>
    <message>
        <source>The details are also in the log, {0}.</source>
        <translation>Butirannya juga ada dalam log, {0}.</translation>
    </message>
    <message>
        <source>Tour Viewer met an unexpected error. {0}

You can go on working; if something looks wrong, restart Tour Viewer. To report the problem, copy the details and send them with what you were doing.</source>
        <translation>Tour Viewer menemui ralat yang tidak dijangka. {0}

Anda boleh terus bekerja; jika ada yang kelihatan tidak betul, mulakan semula Tour Viewer. Untuk melaporkan masalah ini, salin butirannya dan hantarkan bersama apa yang sedang anda lakukan.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Butiran ralat</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin butiran</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
</context>
<context>
    <name>EndOfTourBar</name>
    <message>
        <source>This is the last stop: the end of the tour.</source>
        <translation>Ini hentian terakhir: lawatan tamat.</translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation>Semua nota saya</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Eksport nota…</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Kembali ke pustaka</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Mula semula</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Akhir lawatan</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Eksport nota</translation>
    </message>
    <message>
        <source>Only the stops I wrote a note on</source>
        <translation>Hanya hentian yang saya tulis nota</translation>
    </message>
    <message>
        <source>With the stops&apos; pictures</source>
        <translation>Dengan gambar hentian</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Pilih fail…</translation>
    </message>
    <message>
        <source>A handout of the tour with your notes, as PDF, web page or Markdown.</source>
        <translation>Edaran lawatan bersama nota anda, sebagai PDF, halaman web atau Markdown.</translation>
    </message>
</context>
<context>
    <name>FollowingBar</name>
    <message>
        <source>Guided session</source>
        <translation>Sesi berpandu</translation>
    </message>
    <message>
        <source>Explore on my own</source>
        <translation>Teroka sendiri</translation>
    </message>
    <message>
        <source>Back to the facilitator</source>
        <translation>Kembali kepada fasilitator</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Leave the guided session; the tour stays open where you are</source>
        <translation>Keluar daripada sesi berpandu; lawatan kekal dibuka di tempat anda berada</translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation>fasilitator</translation>
    </message>
    <message>
        <source>stop {0} of {1}</source>
        <translation>hentian {0} daripada {1}</translation>
    </message>
    <message>
        <source>waiting for the session</source>
        <translation>menunggu sesi</translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation>Menyertai {0}…</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Belum menyertai</translation>
    </message>
    <message>
        <source>{0} ended the guided session</source>
        <translation>{0} menamatkan sesi berpandu</translation>
    </message>
    <message>
        <source>Joined {0} — getting the tour</source>
        <translation>Menyertai {0} — mendapatkan lawatan</translation>
    </message>
    <message>
        <source>Exploring — {0} lets everyone explore ({1})</source>
        <translation>Meneroka — {0} membenarkan semua orang meneroka ({1})</translation>
    </message>
    <message>
        <source>Following {0} — {1}</source>
        <translation>Mengikut {0} — {1}</translation>
    </message>
    <message>
        <source>Exploring on your own — {0} is at {1}</source>
        <translation>Meneroka sendiri — {0} berada di {1}</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Pictures of this stop</source>
        <translation>Gambar hentian ini</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Kapsyen</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Picture {0}: {1}</source>
        <translation>Gambar {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the broker at {0} port {1} does not answer</source>
        <translation>broker di {0} port {1} tidak menjawab</translation>
    </message>
    <message>
        <source>Tours are not handed over through a broker: ask the facilitator for the .tour file of {0}</source>
        <translation>Lawatan tidak diserahkan melalui broker: minta fail .tour bagi {0} daripada fasilitator</translation>
    </message>
    <message>
        <source>The broker refused the connection ({0})</source>
        <translation>Broker menolak sambungan ({0})</translation>
    </message>
    <message>
        <source>Connection to the broker lost: reconnecting…</source>
        <translation>Sambungan ke broker terputus: menyambung semula…</translation>
    </message>
    <message>
        <source>The facilitator cannot hand this tour over: ask for the .tour file</source>
        <translation>Fasilitator tidak dapat menyerahkan lawatan ini: minta fail .tour</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting…</source>
        <translation>Sambungan terputus: menyambung semula…</translation>
    </message>
    <message>
        <source>the connection was lost during the hand-over</source>
        <translation>sambungan terputus semasa penyerahan</translation>
    </message>
    <message>
        <source>Say hello with the code first</source>
        <translation>Tegur dahulu dengan kod</translation>
    </message>
    <message>
        <source>The guided session has ended</source>
        <translation>Sesi berpandu telah tamat</translation>
    </message>
    <message>
        <source>This invitation is for another session</source>
        <translation>Jemputan ini untuk sesi lain</translation>
    </message>
    <message>
        <source>Wrong join code: check the code the facilitator shows</source>
        <translation>Kod sertai salah: semak kod yang ditunjukkan oleh fasilitator</translation>
    </message>
    <message>
        <source>Stop &apos;{0}&apos; is not in your copy of the tour: skipped</source>
        <translation>Hentian &apos;{0}&apos; tiada dalam salinan lawatan anda: dilangkau</translation>
    </message>
    <message>
        <source>The tour is {0} MB, more than the {1} MB accepted</source>
        <translation>Lawatan bersaiz {0} MB, melebihi {1} MB yang diterima</translation>
    </message>
    <message>
        <source>The facilitator announced an empty tour</source>
        <translation>Fasilitator mengumumkan lawatan kosong</translation>
    </message>
    <message>
        <source>Cannot write the tour here: {0}</source>
        <translation>Tidak dapat menulis lawatan di sini: {0}</translation>
    </message>
    <message>
        <source>The facilitator sent more than the tour&apos;s announced size</source>
        <translation>Fasilitator menghantar lebih daripada saiz lawatan yang diumumkan</translation>
    </message>
    <message>
        <source>The hand-over stopped: {0}</source>
        <translation>Penyerahan terhenti: {0}</translation>
    </message>
    <message>
        <source>The tour received does not match the invitation&apos;s content hash: it was not kept</source>
        <translation>Lawatan yang diterima tidak sepadan dengan cincangan kandungan jemputan: ia tidak disimpan</translation>
    </message>
    <message>
        <source>This is not a guided-session invitation: it starts with tourviewer://join?</source>
        <translation>Ini bukan jemputan sesi berpandu: jemputan bermula dengan tourviewer://join?</translation>
    </message>
    <message>
        <source>The invitation is cut short or garbled: copy the whole line again</source>
        <translation>Jemputan terpotong atau rosak: salin semula seluruh baris</translation>
    </message>
    <message>
        <source>The invitation is for another version of Tour Viewer (protocol {0})</source>
        <translation>Jemputan ini untuk versi lain Tour Viewer (protokol {0})</translation>
    </message>
    <message>
        <source>The invitation is missing {0}: copy the whole line again</source>
        <translation>Jemputan tiada {0}: salin semula seluruh baris</translation>
    </message>
    <message>
        <source>The invitation&apos;s session id is not 128 bits of hexadecimal</source>
        <translation>ID sesi jemputan bukan 128 bit heksadesimal</translation>
    </message>
    <message>
        <source>The invitation&apos;s join code is not six letters and digits</source>
        <translation>Kod sertai jemputan bukan enam huruf dan digit</translation>
    </message>
    <message>
        <source>The invitation&apos;s tour id or content hash is not valid</source>
        <translation>ID lawatan atau cincangan kandungan jemputan tidak sah</translation>
    </message>
    <message>
        <source>The invitation&apos;s facilitator key is not valid</source>
        <translation>Kunci fasilitator jemputan tidak sah</translation>
    </message>
    <message>
        <source>The invitation&apos;s broker is not an mqtt://, mqtts://, ws:// or wss:// address</source>
        <translation>Broker jemputan bukan alamat mqtt://, mqtts://, ws:// atau wss://</translation>
    </message>
    <message>
        <source>The invitation&apos;s address is not a host name or IP address</source>
        <translation>Alamat jemputan bukan nama hos atau alamat IP</translation>
    </message>
    <message>
        <source>The invitation&apos;s port is not a number from 1 to 65535</source>
        <translation>Port jemputan bukan nombor dari 1 hingga 65535</translation>
    </message>
    <message>
        <source>The facilitator ended the guided session</source>
        <translation>Fasilitator menamatkan sesi berpandu</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a file</source>
        <translation>Sijil CA {0} bukan fail</translation>
    </message>
    <message>
        <source>The CA certificate {0} is too large to be a certificate</source>
        <translation>Sijil CA {0} terlalu besar untuk menjadi sijil</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a PEM certificate</source>
        <translation>Sijil CA {0} bukan sijil PEM</translation>
    </message>
    <message>
        <source>The CA certificate {0} cannot be read ({1})</source>
        <translation>Sijil CA {0} tidak dapat dibaca ({1})</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted ({0}). If the broker uses a certificate authority of its own, give that authority&apos;s certificate: --ca-file, or &quot;Broker&apos;s CA certificate&quot; in the join dialog</source>
        <translation>Sijil broker tidak dipercayai ({0}). Jika broker menggunakan pihak berkuasa sijil sendiri, berikan sijil pihak berkuasa itu: --ca-file, atau &quot;Sijil CA broker&quot; dalam dialog sertai</translation>
    </message>
    <message>
        <source>A secure connection to the broker failed ({0}): is it a TLS port?</source>
        <translation>Sambungan selamat ke broker gagal ({0}): adakah ini port TLS?</translation>
    </message>
    <message>
        <source>Your copy of the tour is another version: stops it lacks are skipped</source>
        <translation>Salinan lawatan anda versi lain: hentian yang tiada akan dilangkau</translation>
    </message>
    <message>
        <source>Getting the tour from the facilitator…</source>
        <translation>Mendapatkan lawatan daripada fasilitator…</translation>
    </message>
    <message>
        <source>Getting the tour: {0} %</source>
        <translation>Mendapatkan lawatan: {0}%</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Start guided session</source>
        <translation>Mulakan sesi berpandu</translation>
    </message>
    <message>
        <source>Participants&apos; own viewers follow this presentation: they join with an invitation</source>
        <translation>Paparan peserta sendiri mengikut pembentangan ini: mereka menyertai dengan jemputan</translation>
    </message>
    <message>
        <source>Address to join</source>
        <translation>Alamat untuk menyertai</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Kod sertai</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Jemputan</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>Salin jemputan</translation>
    </message>
    <message>
        <source>GUIDED SESSION — join with this address and code, or the invitation</source>
        <translation>SESI BERPANDU — sertai dengan alamat dan kod ini, atau dengan jemputan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Mengikut</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <source>Bring everyone here</source>
        <translation>Bawa semua ke sini</translation>
    </message>
    <message>
        <source>Explorers come back to the stop the audience sees</source>
        <translation>Peserta yang meneroka kembali ke hentian yang dilihat oleh penonton</translation>
    </message>
    <message>
        <source>End guided session</source>
        <translation>Tamatkan sesi berpandu</translation>
    </message>
    <message>
        <source>Open a tour first</source>
        <translation>Buka lawatan dahulu</translation>
    </message>
    <message>
        <source>The guided session cannot start: {0}</source>
        <translation>Sesi berpandu tidak dapat dimulakan: {0}</translation>
    </message>
    <message>
        <source>Code {0} {1}</source>
        <translation>Kod {0} {1}</translation>
    </message>
    <message>
        <source>Follow me again</source>
        <translation>Ikut saya semula</translation>
    </message>
    <message>
        <source>Let everyone explore</source>
        <translation>Biarkan semua meneroka</translation>
    </message>
    <message>
        <source>following</source>
        <translation>mengikut</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>meneroka</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>bersambung</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>sambungan terputus</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Belum ada peserta</translation>
    </message>
    <message>
        <source>%n participant(s) connected, {0} following</source>
        <translation>%n peserta bersambung, {0} mengikut</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Tour Viewer — User guide</source>
        <translation>Tour Viewer — Panduan pengguna</translation>
    </message>
    <message>
        <source>Using Tour Viewer</source>
        <translation>Menggunakan Tour Viewer</translation>
    </message>
    <message>
        <source>Writing tours</source>
        <translation>Menulis lawatan</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>No note</source>
        <translation>Tiada nota</translation>
    </message>
    <message>
        <source>Notes on the tour</source>
        <translation>Nota tentang lawatan</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>Nota pada hentian yang dialih keluar</translation>
    </message>
    <message>
        <source>My notes as of {0}</source>
        <translation>Nota saya setakat {0}</translation>
    </message>
</context>
<context>
    <name>HandoutPdf</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Halaman {0} daripada {1}</translation>
    </message>
</context>
<context>
    <name>HotspotLayer</name>
    <message>
        <source>Goes to {0}</source>
        <translation>Pergi ke {0}</translation>
    </message>
    <message>
        <source>Shows another picture of this stop</source>
        <translation>Memaparkan gambar lain bagi hentian ini</translation>
    </message>
    <message>
        <source>Opens a note about this place</source>
        <translation>Membuka keterangan tentang tempat ini</translation>
    </message>
    <message>
        <source>A label on the picture</source>
        <translation>Label pada gambar</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture, full window</source>
        <translation>Gambar, tetingkap penuh</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Kapsyen</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>Nombor gambar</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Skrin penuh (F11)</translation>
    </message>
    <message>
        <source>✕  Close</source>
        <translation>✕  Tutup</translation>
    </message>
    <message>
        <source>Close the picture</source>
        <translation>Tutup gambar</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Tutup (Escape)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} daripada {1}</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Keluar daripada skrin penuh</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Skrin penuh</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join guided session</source>
        <translation>Sertai sesi berpandu</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Jemputan</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama anda</translation>
    </message>
    <message>
        <source>Only for a broker with a certificate authority of its own: its .pem file</source>
        <translation>Hanya untuk broker dengan pihak berkuasa sijil sendiri: fail .pem-nya</translation>
    </message>
    <message>
        <source>Broker&apos;s CA certificate</source>
        <translation>Sijil CA broker</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Sertai</translation>
    </message>
    <message>
        <source>Paste the line the facilitator shared. Your notes stay on this computer.</source>
        <translation>Tampal baris yang dikongsi oleh fasilitator. Nota anda kekal dalam komputer ini.</translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate</source>
        <translation>Sijil CA broker</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sijil (*.pem *.crt);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Checking the broker&apos;s certificate…</source>
        <translation>Menyemak sijil broker…</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Recent</source>
        <translation>Terkini</translation>
    </message>
    <message>
        <source>Sample tours</source>
        <translation>Lawatan contoh</translation>
    </message>
    <message>
        <source>Your tours</source>
        <translation>Lawatan anda</translation>
    </message>
    <message>
        <source>Tour library</source>
        <translation>Pustaka lawatan</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>Buka lawatan</translation>
    </message>
    <message>
        <source>Put tours in {0} to see them here.</source>
        <translation>Letakkan lawatan dalam {0} untuk melihatnya di sini.</translation>
    </message>
    <message>
        <source>Choose a tour, or open a tour folder or .tour file (Ctrl+O, or drop it here).</source>
        <translation>Pilih lawatan, atau buka folder lawatan atau fail .tour (Ctrl+O, atau seret ke sini).</translation>
    </message>
    <message>
        <source>Open a tour…</source>
        <translation>Buka lawatan…</translation>
    </message>
    <message>
        <source>Continue {0} at stop {1}</source>
        <translation>Teruskan {0} di hentian {1}</translation>
    </message>
    <message>
        <source>Continue {0}</source>
        <translation>Teruskan {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User &amp;guide</source>
        <translation>Pan&amp;duan pengguna</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Salin &amp;diagnostik</translation>
    </message>
    <message>
        <source>&amp;About Tour Viewer</source>
        <translation>Perih&amp;al Tour Viewer</translation>
    </message>
    <message>
        <source>Open a tour first: Export notes writes the notes of the tour on screen.</source>
        <translation>Buka lawatan dahulu: Eksport nota menulis nota bagi lawatan yang sedang dipaparkan.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Lalai sistem</translation>
    </message>
    <message>
        <source>{0} — Tour Viewer</source>
        <translation>{0} — Tour Viewer</translation>
    </message>
    <message>
        <source>Your notes database was damaged</source>
        <translation>Pangkalan data nota anda rosak</translation>
    </message>
    <message>
        <source>Tour Viewer could not read its notes database, so it started a new one. The old one is kept, untouched, at:

{0}</source>
        <translation>Tour Viewer tidak dapat membaca pangkalan data notanya, jadi ia memulakan yang baharu. Pangkalan data lama disimpan tanpa diusik di:

{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terkini</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>&amp;Eksport nota…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Pustaka</translation>
    </message>
    <message>
        <source>&amp;Join guided session…</source>
        <translation>&amp;Sertai sesi berpandu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <source>&amp;Next stop</source>
        <translation>Hentian &amp;seterusnya</translation>
    </message>
    <message>
        <source>&amp;Previous stop</source>
        <translation>Hentian se&amp;belumnya</translation>
    </message>
    <message>
        <source>&amp;First stop</source>
        <translation>Hentian &amp;pertama</translation>
    </message>
    <message>
        <source>&amp;Last stop</source>
        <translation>Hentian t&amp;erakhir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Skrin &amp;penuh</translation>
    </message>
    <message>
        <source>&amp;Present…</source>
        <translation>&amp;Bentangkan…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>Tulis &amp;nota</translation>
    </message>
    <message>
        <source>&amp;All notes…</source>
        <translation>Semu&amp;a nota…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Ca&amp;ri…</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>Teks lebih be&amp;sar</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Teks lebih &amp;kecil</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Sa&amp;iz teks biasa</translation>
    </message>
    <message>
        <source>Tour &amp;problems…</source>
        <translation>&amp;Masalah lawatan…</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Bahasa an&amp;tara muka</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>B&amp;ahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan &amp;papan kekunci</translation>
    </message>
    <message>
        <source>Tours (tour.toml *.tour)</source>
        <translation>Lawatan (tour.toml *.tour)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua fail (*)</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>Buka lawatan</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Pratonton langsung</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour (reloaded at {1})</source>
        <translation>Pratonton langsung: memantau {0}/tour.toml dan failnya; simpanan akan memuat semula lawatan (dimuat semula pada {1})</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour</source>
        <translation>Pratonton langsung: memantau {0}/tour.toml dan failnya; simpanan akan memuat semula lawatan</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Halaman web (*.html)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Eksport nota</translation>
    </message>
    <message>
        <source>Exporting notes to {0}…</source>
        <translation>Mengeksport nota ke {0}…</translation>
    </message>
    <message>
        <source>Export cancelled: {0} was not written</source>
        <translation>Eksport dibatalkan: {0} tidak ditulis</translation>
    </message>
    <message>
        <source>The notes could not be written to {0}:
{1}</source>
        <translation>Nota tidak dapat ditulis ke {0}:
{1}</translation>
    </message>
    <message>
        <source>Notes exported to {0}</source>
        <translation>Nota dieksport ke {0}</translation>
    </message>
    <message>
        <source>Saving your notes…</source>
        <translation>Menyimpan nota anda…</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Tour map</source>
        <translation>Peta lawatan</translation>
    </message>
    <message>
        <source>This stop</source>
        <translation>Hentian ini</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>The tour&apos;s overview map and the current stop&apos;s detail map</source>
        <translation>Peta gambaran keseluruhan lawatan dan peta terperinci hentian semasa</translation>
    </message>
    <message>
        <source>The current stop&apos;s detail map</source>
        <translation>Peta terperinci hentian semasa</translation>
    </message>
    <message>
        <source>This stop has no map</source>
        <translation>Hentian ini tiada peta</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zum masuk</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zum masuk (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zum keluar</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zum keluar (−)</translation>
    </message>
    <message>
        <source>Show all stops</source>
        <translation>Paparkan semua hentian</translation>
    </message>
    <message>
        <source>Show all stops (0)</source>
        <translation>Paparkan semua hentian (0)</translation>
    </message>
    <message>
        <source>Open the map in a window</source>
        <translation>Buka peta dalam tetingkap</translation>
    </message>
    <message>
        <source>Open the map in a window of its own, as large as you like (W)</source>
        <translation>Buka peta dalam tetingkapnya sendiri, sebesar yang anda mahu (W)</translation>
    </message>
    <message>
        <source>No tour open</source>
        <translation>Tiada lawatan dibuka</translation>
    </message>
    <message>
        <source>This tour has no map</source>
        <translation>Lawatan ini tiada peta</translation>
    </message>
    <message>
        <source>No map for this stop</source>
        <translation>Tiada peta untuk hentian ini</translation>
    </message>
    <message>
        <source>Map image {0} cannot be decoded: {1}</source>
        <translation>Imej peta {0} tidak dapat dinyahkod: {1}</translation>
    </message>
    <message>
        <source>Map image not available: {0}</source>
        <translation>Imej peta tidak tersedia: {0}</translation>
    </message>
    <message>
        <source>%n stop(s) shown</source>
        <translation>%n hentian dipaparkan</translation>
    </message>
    <message>
        <source>current stop {0}</source>
        <translation>hentian semasa {0}</translation>
    </message>
    <message>
        <source>chosen: stop {0}, Enter goes there</source>
        <translation>dipilih: hentian {0}, Enter untuk pergi ke sana</translation>
    </message>
    <message>
        <source>Arrow keys choose a stop, plus and minus zoom, 0 shows all stops</source>
        <translation>Kekunci anak panah memilih hentian, tambah dan tolak mengezum, 0 memaparkan semua hentian</translation>
    </message>
    <message>
        <source>Overview map of the tour</source>
        <translation>Peta gambaran keseluruhan lawatan</translation>
    </message>
    <message>
        <source>Detail map of the current stop</source>
        <translation>Peta terperinci hentian semasa</translation>
    </message>
</context>
<context>
    <name>MapWindow</name>
    <message>
        <source>Map window</source>
        <translation>Tetingkap peta</translation>
    </message>
    <message>
        <source>Tour map</source>
        <translation>Peta lawatan</translation>
    </message>
    <message>
        <source>Tour map — {0}</source>
        <translation>Peta lawatan — {0}</translation>
    </message>
    <message>
        <source>Stop map</source>
        <translation>Peta hentian</translation>
    </message>
    <message>
        <source>Stop map — {0}</source>
        <translation>Peta hentian — {0}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>the {0} is cut short</source>
        <translation>{0} terpotong</translation>
    </message>
    <message>
        <source>the {0}&apos;s picture data is damaged</source>
        <translation>data gambar {0} rosak</translation>
    </message>
    <message>
        <source>it is not an image Pillow can read</source>
        <translation>ia bukan imej yang boleh dibaca oleh Pillow</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imej</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>it is an animated PNG that declares no frames</source>
        <translation>ia PNG animasi yang tidak mengisytiharkan sebarang bingkai</translation>
    </message>
    <message>
        <source>it needs more memory than this computer has</source>
        <translation>ia memerlukan lebih banyak memori daripada yang ada pada komputer ini</translation>
    </message>
    <message>
        <source>it holds a kind of picture data Pillow cannot decode</source>
        <translation>ia mengandungi jenis data gambar yang tidak dapat dinyahkod oleh Pillow</translation>
    </message>
    <message>
        <source>the {0} is damaged</source>
        <translation>{0} rosak</translation>
    </message>
    <message>
        <source>The recording {0} is missing from the tour folder</source>
        <translation>Rakaman {0} tiada dalam folder lawatan</translation>
    </message>
    <message>
        <source>The recording {0} cannot be read: {1}</source>
        <translation>Rakaman {0} tidak dapat dibaca: {1}</translation>
    </message>
    <message>
        <source>its package changed</source>
        <translation>pakejnya telah berubah</translation>
    </message>
    <message>
        <source>has no sound stream that can be read</source>
        <translation>tiada strim bunyi yang boleh dibaca</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <source>has no MPEG audio in it, only tags</source>
        <translation>tiada audio MPEG di dalamnya, hanya tag</translation>
    </message>
    <message>
        <source>is not audio of a supported kind</source>
        <translation>bukan audio daripada jenis yang disokong</translation>
    </message>
    <message>
        <source>holds Theora video and no sound</source>
        <translation>mengandungi video Theora tanpa bunyi</translation>
    </message>
    <message>
        <source>is Speex in Ogg; the tour format allows Opus or Vorbis in Ogg</source>
        <translation>ialah Speex dalam Ogg; format lawatan hanya membenarkan Opus atau Vorbis dalam Ogg</translation>
    </message>
    <message>
        <source>is {0} audio; use {1}</source>
        <translation>ialah audio {0}; gunakan {1}</translation>
    </message>
    <message>
        <source>has no audio track (M4A/M4B without sound)</source>
        <translation>tiada trek audio (M4A/M4B tanpa bunyi)</translation>
    </message>
    <message>
        <source>has no sound in it: its stream is empty</source>
        <translation>tiada bunyi di dalamnya: strimnya kosong</translation>
    </message>
    <message>
        <source>is a damaged FLAC: no audio frame follows its header</source>
        <translation>ialah FLAC yang rosak: tiada bingkai audio selepas pengepalanya</translation>
    </message>
    <message>
        <source>Audio cannot play here: Qt Multimedia is not available</source>
        <translation>Audio tidak dapat dimainkan di sini: Qt Multimedia tidak tersedia</translation>
    </message>
    <message>
        <source>Audio cannot play here: no sound device</source>
        <translation>Audio tidak dapat dimainkan di sini: tiada peranti bunyi</translation>
    </message>
    <message>
        <source>This recording cannot play: {0}</source>
        <translation>Rakaman ini tidak dapat dimainkan: {0}</translation>
    </message>
    <message>
        <source>the file is damaged or cannot be opened</source>
        <translation>fail rosak atau tidak dapat dibuka</translation>
    </message>
    <message>
        <source>this computer has no decoder for the kind of sound in it</source>
        <translation>komputer ini tiada penyahkod untuk jenis bunyi di dalamnya</translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation>fail tidak dapat dibuka (kebenaran ditolak)</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>fail tidak dapat dibuka</translation>
    </message>
    <message>
        <source>This recording cannot play: {0} {1}</source>
        <translation>Rakaman ini tidak dapat dimainkan: {0} {1}</translation>
    </message>
    <message>
        <source>Audio cannot play here: {0}</source>
        <translation>Audio tidak dapat dimainkan di sini: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>Tiada gambar untuk hentian ini</translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>imej tidak boleh dibaca</translation>
    </message>
    <message>
        <source>Qt cannot read it ({0})</source>
        <translation>Qt tidak dapat membacanya ({0})</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>Imej tidak tersedia: {0}</translation>
    </message>
    <message>
        <source>{0} cannot be decoded: {1}</source>
        <translation>{0} tidak dapat dinyahkod: {1}</translation>
    </message>
</context>
<context>
    <name>NarrationBrowser</name>
    <message>
        <source>Links</source>
        <translation>Pautan</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>No recording for this stop</source>
        <translation>Tiada rakaman untuk hentian ini</translation>
    </message>
    <message>
        <source>Read aloud needs a speech engine, and none is installed here</source>
        <translation>Baca kuat memerlukan enjin pertuturan, dan tiada yang dipasang di sini</translation>
    </message>
    <message>
        <source>Read aloud is not available: the speech service does not start (on Debian or Ubuntu it is the packages libspeechd2, speech-dispatcher and speech-dispatcher-espeak-ng)</source>
        <translation>Baca kuat tidak tersedia: perkhidmatan pertuturan tidak bermula (di Debian atau Ubuntu, pakejnya ialah libspeechd2, speech-dispatcher dan speech-dispatcher-espeak-ng)</translation>
    </message>
    <message>
        <source>Narration panel</source>
        <translation>Panel penceritaan</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>Tajuk hentian</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Teks lebih kecil (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Teks lebih besar (Ctrl+=)</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Penceritaan</translation>
    </message>
    <message>
        <source>This stop has no narration.</source>
        <translation>Hentian ini tiada penceritaan.</translation>
    </message>
    <message>
        <source>Recorded narration</source>
        <translation>Rakaman penceritaan</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Baca kuat</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Status rakaman</translation>
    </message>
    <message>
        <source>No recording for this stop. {0}.</source>
        <translation>Tiada rakaman untuk hentian ini. {0}.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Berhenti membaca</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>there is no data folder</source>
        <translation>tiada folder data</translation>
    </message>
    <message>
        <source>there is no notes database</source>
        <translation>tiada pangkalan data nota</translation>
    </message>
    <message>
        <source>the notes database cannot be opened</source>
        <translation>pangkalan data nota tidak dapat dibuka</translation>
    </message>
    <message>
        <source>notes cannot be saved in {0}: {1}</source>
        <translation>nota tidak dapat disimpan dalam {0}: {1}</translation>
    </message>
    <message>
        <source>cannot be saved: {0}</source>
        <translation>tidak dapat disimpan: {0}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>This stop</source>
        <translation>Hentian ini</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>Seluruh lawatan</translation>
    </message>
    <message>
        <source>Note for</source>
        <translation>Nota untuk</translation>
    </message>
    <message>
        <source>Note saved state</source>
        <translation>Status simpanan nota</translation>
    </message>
    <message>
        <source>Preview the note as formatted text</source>
        <translation>Pratonton nota sebagai teks berformat</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Nota saya</translation>
    </message>
    <message>
        <source>Your note on this stop: what strikes you, an idea for home, a question for the facilitator… (Markdown works: *italic*, **bold**, - lists)</source>
        <translation>Nota anda tentang hentian ini: apa yang menarik perhatian, idea untuk dibawa pulang, soalan untuk fasilitator… (Markdown boleh digunakan: *condong*, **tebal**, - senarai)</translation>
    </message>
    <message>
        <source>My note, formatted</source>
        <translation>Nota saya, berformat</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Nota saya</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}. What you typed stays here.</source>
        <translation>Nota tidak dapat disimpan: {0}. Apa yang anda taip kekal di sini.</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}</source>
        <translation>Nota tidak dapat disimpan: {0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
</context>
<context>
    <name>PackageBar</name>
    <message>
        <source>Package problem</source>
        <translation>Masalah pakej</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Buka semula</translation>
    </message>
    <message>
        <source>⚠ {0}. Its pictures and recordings cannot be read until it is back; your notes are kept. Put the file back, then open it again.</source>
        <translation>⚠ {0}. Gambar dan rakamannya tidak dapat dibaca sehingga fail itu kembali; nota anda disimpan. Letakkan semula fail itu, kemudian bukanya semula.</translation>
    </message>
</context>
<context>
    <name>PanoramaView</name>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>Imej tidak tersedia: {0}</translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <source>Show the whole 360° picture flat, and back</source>
        <translation>Paparkan seluruh gambar 360° secara rata, dan kembali</translation>
    </message>
    <message>
        <source>Look around</source>
        <translation>Lihat sekeliling</translation>
    </message>
    <message>
        <source>Look around in the panorama</source>
        <translation>Lihat sekeliling dalam panorama</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Rata</translation>
    </message>
    <message>
        <source>Show the whole picture flat</source>
        <translation>Paparkan seluruh gambar secara rata</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>lurus ke hadapan</translation>
    </message>
    <message>
        <source>{0}° right</source>
        <translation>{0}° ke kanan</translation>
    </message>
    <message>
        <source>{0}° left</source>
        <translation>{0}° ke kiri</translation>
    </message>
    <message>
        <source>level</source>
        <translation>mendatar</translation>
    </message>
    <message>
        <source>{0}° up</source>
        <translation>{0}° ke atas</translation>
    </message>
    <message>
        <source>{0}° down</source>
        <translation>{0}° ke bawah</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>which way the view turns, then how it tilts</comment>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>PanoramaWindow</name>
    <message>
        <source>Panorama</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <source>Panorama, full window</source>
        <translation>Panorama, tetingkap penuh</translation>
    </message>
</context>
<context>
    <name>PausedCover</name>
    <message>
        <source>The facilitator paused</source>
        <translation>Fasilitator berhenti seketika</translation>
    </message>
    <message>
        <source>Your viewer follows again when the facilitator goes on.</source>
        <translation>Paparan anda akan mengikut semula apabila fasilitator meneruskan.</translation>
    </message>
    <message>
        <source>Explore on my own meanwhile</source>
        <translation>Sementara itu, teroka sendiri</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Picture {0}: {1}</source>
        <translation>Gambar {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>S swaps screens: there is only one screen, so nothing was swapped</source>
        <translation>S menukar skrin: hanya ada satu skrin, jadi tiada apa-apa ditukar</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>→/Space next · ← previous · ] [ pictures · B black · W white · F freeze · number+Enter go · S swap · Esc end</source>
        <translation>→/Space seterusnya · ← sebelumnya · ] [ gambar · B hitam · W putih · F beku · nombor+Enter pergi · S tukar · Esc tamat</translation>
    </message>
    <message>
        <source>Press Esc again to end presenting (any other key carries on)</source>
        <translation>Tekan Esc sekali lagi untuk menamatkan pembentangan (kekunci lain meneruskan)</translation>
    </message>
    <message>
        <source>No speaker notes for this stop</source>
        <translation>Tiada nota penceramah untuk hentian ini</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>Tiada gambar untuk hentian ini</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Akhir lawatan</translation>
    </message>
    <message>
        <source>no time plan</source>
        <translation>tiada rancangan masa</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>tepat pada masanya</translation>
    </message>
    <message>
        <source>{0} ahead</source>
        <translation>lebih awal {0}</translation>
    </message>
    <message>
        <source>{0} behind</source>
        <translation>terlewat {0}</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>Konsol penyampai</translation>
    </message>
    <message>
        <source>Current stop</source>
        <translation>Hentian semasa</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of the notes, the narration and the audience window</source>
        <translation>Bahasa nota, penceritaan dan tetingkap penonton</translation>
    </message>
    <message>
        <source>Audience state</source>
        <translation>Status skrin penonton</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>The time of day</source>
        <translation>Waktu semasa</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>Waktu sekarang</translation>
    </message>
    <message>
        <source>Current stop picture</source>
        <translation>Gambar hentian semasa</translation>
    </message>
    <message>
        <source>Next stop picture</source>
        <translation>Gambar hentian seterusnya</translation>
    </message>
    <message>
        <source>Pictures of this stop: ] and [ choose what the room sees</source>
        <translation>Gambar hentian ini: ] dan [ memilih apa yang dilihat oleh bilik</translation>
    </message>
    <message>
        <source>Picture shown</source>
        <translation>Gambar yang dipaparkan</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Hentian seterusnya</translation>
    </message>
    <message>
        <source>Next stop place</source>
        <translation>Tempat hentian seterusnya</translation>
    </message>
    <message>
        <source>Current stop panorama</source>
        <translation>Panorama hentian semasa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seterusnya</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Nota penceramah</translation>
    </message>
    <message>
        <source>Smaller notes (Ctrl + mouse wheel)</source>
        <translation>Nota lebih kecil (Ctrl + roda tetikus)</translation>
    </message>
    <message>
        <source>Larger notes (Ctrl + mouse wheel)</source>
        <translation>Nota lebih besar (Ctrl + roda tetikus)</translation>
    </message>
    <message>
        <source>Time at this stop</source>
        <translation>Masa di hentian ini</translation>
    </message>
    <message>
        <source>Planned time at this stop</source>
        <translation>Masa yang dirancang di hentian ini</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Jumlah masa</translation>
    </message>
    <message>
        <source>Planned total time</source>
        <translation>Jumlah masa yang dirancang</translation>
    </message>
    <message>
        <source>Pace against the plan</source>
        <translation>Rentak berbanding rancangan</translation>
    </message>
    <message>
        <source>Stops: click one to go there</source>
        <translation>Hentian: klik untuk pergi ke sana</translation>
    </message>
    <message>
        <source>Restart timers</source>
        <translation>Mula semula pemasa</translation>
    </message>
    <message>
        <source>Start both timers again from zero, e.g. once everyone is ready</source>
        <translation>Mulakan kedua-dua pemasa semula dari sifar, contohnya apabila semua sudah bersedia</translation>
    </message>
    <message>
        <source>At this stop</source>
        <translation>Di hentian ini</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Hentian</translation>
    </message>
    <message>
        <source>Narration for the room</source>
        <translation>Penceritaan untuk bilik</translation>
    </message>
    <message>
        <source>Narration status</source>
        <translation>Status penceritaan</translation>
    </message>
    <message>
        <source>No recorded narration for this stop</source>
        <translation>Tiada rakaman penceritaan untuk hentian ini</translation>
    </message>
    <message>
        <source>Transcript line</source>
        <translation>Baris transkrip</translation>
    </message>
    <message>
        <source>Presenter status</source>
        <translation>Status penyampai</translation>
    </message>
    <message>
        <source>Presenter console — {0}</source>
        <translation>Konsol penyampai — {0}</translation>
    </message>
    <message>
        <source>No tour</source>
        <translation>Tiada lawatan</translation>
    </message>
    <message>
        <source>Stop {0} of {1} — {2}</source>
        <translation>Hentian {0}/{1} — {2}</translation>
    </message>
    <message>
        <source>Stop {0} — {1}</source>
        <translation>Hentian {0} — {1}</translation>
    </message>
    <message>
        <source>Picture {0} of {1}
] next · [ previous</source>
        <translation>Gambar {0}/{1}
] maju
[ undur</translation>
    </message>
    <message>
        <source>of {0} planned</source>
        <translation>daripada {0} yang dirancang</translation>
    </message>
    <message>
        <source>no time planned for this stop</source>
        <translation>tiada masa dirancang untuk hentian ini</translation>
    </message>
    <message>
        <source>of {0} by the end of this stop</source>
        <translation>daripada {0} hingga akhir hentian ini</translation>
    </message>
    <message>
        <source>of {0} by the end of stop {1}, the furthest reached</source>
        <translation>daripada {0} hingga akhir hentian {1}, yang terjauh dicapai</translation>
    </message>
    <message>
        <source>{0} for the whole tour</source>
        <translation>{0} untuk seluruh lawatan</translation>
    </message>
    <message>
        <source>no time plan in this tour</source>
        <translation>lawatan ini tiada rancangan masa</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} daripada {1}</translation>
    </message>
    <message>
        <source>Audience frozen on stop {0}: {1}  (F to follow)</source>
        <translation>Skrin penonton dibekukan pada hentian {0}: {1}  (F untuk mengikut)</translation>
    </message>
    <message>
        <source>Audience screen is black  (B to show the tour)</source>
        <translation>Skrin penonton hitam  (B untuk memaparkan lawatan)</translation>
    </message>
    <message>
        <source>Audience screen is white  (W to show the tour)</source>
        <translation>Skrin penonton putih  (W untuk memaparkan lawatan)</translation>
    </message>
    <message>
        <source>Frozen on stop {0}</source>
        <translation>Dibekukan pada hentian {0}</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Skrin hitam</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Skrin putih</translation>
    </message>
    <message>
        <source>Go to stop {0}…</source>
        <translation>Pergi ke hentian {0}…</translation>
    </message>
    <message>
        <source>Go to stop {0}… (there are {1})</source>
        <translation>Pergi ke hentian {0}… (hanya ada {1})</translation>
    </message>
    <message>
        <source>Audience sees stop {0}</source>
        <translation>Penonton melihat hentian {0}</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>error</source>
        <translation>ralat</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>amaran</translation>
    </message>
    <message>
        <source>info</source>
        <translation>maklumat</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {0}</source>
        <translation>Masalah dalam {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s) and cannot be shown. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; mempunyai %n ralat dan tidak dapat dipaparkan. Klik dua kali pada baris untuk menyalin lokasinya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s); parts of it may be missing. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; mempunyai %n ralat; sebahagian daripadanya mungkin hilang. Klik dua kali pada baris untuk menyalin lokasinya.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>Tour text</source>
        <translation>Teks lawatan</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Nota anda</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>Seluruh lawatan</translation>
    </message>
    <message>
        <source>Removed stop ({0})</source>
        <translation>Hentian yang dialih keluar ({0})</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>No results</source>
        <translation>Tiada hasil</translation>
    </message>
    <message>
        <source>Search needs the notes database, which is not available</source>
        <translation>Carian memerlukan pangkalan data nota, yang tidak tersedia</translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation>Panel carian</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search this tour and your notes</source>
        <translation>Cari dalam lawatan ini dan nota anda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status carian</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil carian</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>In the picture and its thumbnails</source>
        <translation>Dalam gambar dan lakaran kecilnya</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Kiri / Kanan</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture (on the first or last: the previous or next stop)</source>
        <translation>gambar sebelumnya atau seterusnya bagi hentian (pada gambar pertama atau terakhir: hentian sebelumnya atau seterusnya)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>the picture full-window</source>
        <translation>gambar tetingkap penuh</translation>
    </message>
    <message>
        <source>Full-window picture</source>
        <translation>Gambar tetingkap penuh</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture</source>
        <translation>gambar sebelumnya atau seterusnya bagi hentian</translation>
    </message>
    <message>
        <source>+ / − / wheel</source>
        <translation>+ / − / roda</translation>
    </message>
    <message>
        <source>zoom in or out; drag to move around</source>
        <translation>zum masuk atau keluar; seret untuk bergerak</translation>
    </message>
    <message>
        <source>fit the picture to the window</source>
        <translation>muatkan gambar ke tetingkap</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>skrin penuh</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>close</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>In a note</source>
        <translation>Dalam nota</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>leave the note for the next or previous part of the window</source>
        <translation>keluar daripada nota ke bahagian tetingkap seterusnya atau sebelumnya</translation>
    </message>
    <message>
        <source>back to the tour (the keys move through stops again)</source>
        <translation>kembali ke lawatan (kekunci bergerak antara hentian semula)</translation>
    </message>
    <message>
        <source>Presenting (F5)</source>
        <translation>Pembentangan (F5)</translation>
    </message>
    <message>
        <source>Right, PageDown, Space, Enter, Down</source>
        <translation>Kanan, PageDown, Space, Enter, Bawah</translation>
    </message>
    <message>
        <source>next stop</source>
        <translation>hentian seterusnya</translation>
    </message>
    <message>
        <source>Left, PageUp, Backspace, Up</source>
        <translation>Kiri, PageUp, Backspace, Atas</translation>
    </message>
    <message>
        <source>previous stop</source>
        <translation>hentian sebelumnya</translation>
    </message>
    <message>
        <source>] / [</source>
        <translation>] / [</translation>
    </message>
    <message>
        <source>the stop&apos;s next or previous picture, for the room</source>
        <translation>gambar seterusnya atau sebelumnya bagi hentian, untuk bilik</translation>
    </message>
    <message>
        <source>B or .  /  W or ,</source>
        <translation>B atau .  /  W atau ,</translation>
    </message>
    <message>
        <source>black or white screen (again to come back)</source>
        <translation>skrin hitam atau putih (tekan sekali lagi untuk kembali)</translation>
    </message>
    <message>
        <source>freeze the audience window while you look ahead</source>
        <translation>bekukan tetingkap penonton semasa anda melihat ke hadapan</translation>
    </message>
    <message>
        <source>a number, then Enter or G</source>
        <translation>satu nombor, kemudian Enter atau G</translation>
    </message>
    <message>
        <source>go to that stop</source>
        <translation>pergi ke hentian itu</translation>
    </message>
    <message>
        <source>swap the screens</source>
        <translation>tukar skrin</translation>
    </message>
    <message>
        <source>Escape, twice</source>
        <translation>Escape, dua kali</translation>
    </message>
    <message>
        <source>end presenting and return here</source>
        <translation>tamatkan pembentangan dan kembali ke sini</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} atau {1}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
</context>
<context>
    <name>StopList</name>
    <message>
        <source>Stops</source>
        <translation>Hentian</translation>
    </message>
</context>
<context>
    <name>StopListModel</name>
    <message>
        <source>not visited yet</source>
        <translation>belum dilawati</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>sudah dilawati</translation>
    </message>
    <message>
        <source>not visited yet, has a note</source>
        <translation>belum dilawati, ada nota</translation>
    </message>
    <message>
        <source>visited, has a note</source>
        <translation>sudah dilawati, ada nota</translation>
    </message>
</context>
<context>
    <name>TextBubble</name>
    <message>
        <source>Hotspot text</source>
        <translation>Teks titik interaktif</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>notes</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>narration text</source>
        <translation>teks penceritaan</translation>
    </message>
    <message>
        <source>Smaller {0}</source>
        <translation>{0} lebih kecil</translation>
    </message>
    <message>
        <source>Larger {0}</source>
        <translation>{0} lebih besar</translation>
    </message>
    <message>
        <source>{0} size</source>
        <translation>Saiz {0}</translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Sebelumnya</translation>
    </message>
    <message>
        <source>Previous stop</source>
        <translation>Hentian sebelumnya</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Seterusnya  ▶</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Hentian seterusnya</translation>
    </message>
    <message>
        <source>Stop position</source>
        <translation>Kedudukan hentian</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>Tajuk lawatan</translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation>Hentian {0} daripada {1}</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>now playing</source>
        <translation>sedang dimainkan</translation>
    </message>
    <message>
        <source>Play from {0}</source>
        <translation>Main dari {0}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transkrip</translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <source>Tour warnings</source>
        <translation>Amaran lawatan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Papar</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Papar amaran</translation>
    </message>
    <message>
        <source>Dismiss warnings</source>
        <translation>Tutup amaran</translation>
    </message>
    <message>
        <source>✖ This tour has {0} and {1} for its author.</source>
        <translation>✖ Lawatan ini mempunyai {0} dan {1} untuk penulisnya.</translation>
    </message>
    <message>
        <source>%n error(s)</source>
        <translation>%n ralat</translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation>%n amaran</translation>
    </message>
    <message>
        <source>✖ This tour has %n error(s) for its author.</source>
        <translation>✖ Lawatan ini mempunyai %n ralat untuk penulisnya.</translation>
    </message>
    <message>
        <source>⚠ This tour has %n warning(s) for its author.</source>
        <translation>⚠ Lawatan ini mempunyai %n amaran untuk penulisnya.</translation>
    </message>
</context>
</TS>
