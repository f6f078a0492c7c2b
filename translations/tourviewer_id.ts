<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tour Viewer</source>
        <translation>Tentang Tour Viewer</translation>
    </message>
    <message>
        <source>An offline viewer for virtual field tours.</source>
        <translation>Penampil luring untuk tur lapangan virtual.</translation>
    </message>
    <message>
        <source>Your notes and progress are kept in:</source>
        <translation>Catatan dan kemajuan Anda disimpan di:</translation>
    </message>
    <message>
        <source>nowhere: no data folder</source>
        <translation>tidak ada: tidak ada folder data</translation>
    </message>
    <message>
        <source>The log is:</source>
        <translation>Log ada di:</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>tidak ditulis</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisensi</translation>
    </message>
</context>
<context>
    <name>AllNotesDialog</name>
    <message>
        <source>Whole tour</source>
        <translation>Seluruh tur</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>Belum ada catatan</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>Catatan pada perhentian yang dihapus</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Semua catatan</translation>
    </message>
    <message>
        <source>Your notes by stop</source>
        <translation>Catatan Anda per perhentian</translation>
    </message>
    <message>
        <source>Follow a stop&apos;s title to go to that stop</source>
        <translation>Klik judul perhentian untuk menuju ke perhentian itu</translation>
    </message>
    <message>
        <source>All notes — {0}</source>
        <translation>Semua catatan — {0}</translation>
    </message>
    <message>
        <source>Notes need the notes database, which is not available.</source>
        <translation>Catatan memerlukan basis data catatan, yang tidak tersedia.</translation>
    </message>
    <message>
        <source>No tour is open.</source>
        <translation>Tidak ada tur yang terbuka.</translation>
    </message>
    <message>
        <source>Stop “{0}”</source>
        <translation>Perhentian “{0}”</translation>
    </message>
    <message>
        <source>Go to this stop</source>
        <translation>Menuju perhentian ini</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience view</source>
        <translation>Tampilan audiens</translation>
    </message>
    <message>
        <source>Stop picture</source>
        <translation>Gambar perhentian</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>Judul perhentian</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
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
        <translation>Posisi narasi</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Waktu berjalan dan total</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Kecepatan putar</translation>
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
        <translation>Jeda narasi</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  Putar</translation>
    </message>
    <message>
        <source>Play narration</source>
        <translation>Putar narasi</translation>
    </message>
</context>
<context>
    <name>BrokenTourPage</name>
    <message>
        <source>Tour problems</source>
        <translation>Masalah tur</translation>
    </message>
    <message>
        <source>Why the tour is not shown</source>
        <translation>Mengapa tur tidak ditampilkan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Your place in the tour and your notes are kept. Double-click a line to copy where it is (file:line:column).</source>
        <translation>Posisi Anda di tur dan catatan Anda tetap tersimpan. Klik dua kali sebuah baris untuk menyalin lokasinya (berkas:baris:kolom).</translation>
    </message>
    <message>
        <source>{0} has 1 error — fix it and save; the tour comes back by itself</source>
        <translation>{0} memiliki 1 kesalahan — perbaiki lalu simpan; tur akan kembali dengan sendirinya</translation>
    </message>
    <message>
        <source>{0} has %n errors — fix them and save; the tour comes back by itself</source>
        <translation>{0} memiliki %n kesalahan — perbaiki lalu simpan; tur akan kembali dengan sendirinya</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <source>package {0}</source>
        <translation>paket {0}</translation>
    </message>
    <message>
        <source>folder {0}</source>
        <translation>folder {0}</translation>
    </message>
    <message>
        <source>Stops visited</source>
        <translation>Perhentian yang dikunjungi</translation>
    </message>
    <message>
        <source>Cannot be opened: %n problem(s)</source>
        <translation>Tidak dapat dibuka: %n masalah</translation>
    </message>
    <message>
        <source>%n stop(s)</source>
        <translation>%n perhentian</translation>
    </message>
    <message>
        <source>%n problem(s)</source>
        <translation>%n masalah</translation>
    </message>
    <message>
        <source>Remove from Recent</source>
        <translation>Hapus dari Terbaru</translation>
    </message>
    <message>
        <source>{0} of {1} visited</source>
        <translation>{0} dari {1} dikunjungi</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Your notes were saved.</source>
        <translation>Catatan Anda sudah disimpan.</translation>
    </message>
    <message>
        <source>Your notes could not all be saved: copy them elsewhere.</source>
        <translation>Tidak semua catatan Anda dapat disimpan: salin ke tempat lain.</translation>
    </message>
    <message>
        <source>The details are also in the log, {0}.</source>
        <translation>Rinciannya juga ada di log, {0}.</translation>
    </message>
    <message>
        <source>Tour Viewer met an unexpected error. {0}

You can go on working; if something looks wrong, restart Tour Viewer. To report the problem, copy the details and send them with what you were doing.</source>
        <translation>Tour Viewer mengalami kesalahan tak terduga. {0}

Anda dapat terus bekerja; jika ada yang tampak salah, mulai ulang Tour Viewer. Untuk melaporkan masalah ini, salin rinciannya dan kirimkan bersama apa yang sedang Anda lakukan.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Rincian kesalahan</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
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
        <translation>Ini perhentian terakhir: tur selesai.</translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation>Semua catatan saya</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Ekspor catatan…</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Kembali ke pustaka</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Mulai lagi</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Akhir tur</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Ekspor catatan</translation>
    </message>
    <message>
        <source>Only the stops I wrote a note on</source>
        <translation>Hanya perhentian yang saya beri catatan</translation>
    </message>
    <message>
        <source>With the stops&apos; pictures</source>
        <translation>Dengan gambar perhentian</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>A handout of the tour with your notes, as PDF, web page or Markdown.</source>
        <translation>Ringkasan tur beserta catatan Anda, dalam bentuk PDF, halaman web, atau Markdown.</translation>
    </message>
</context>
<context>
    <name>FollowingBar</name>
    <message>
        <source>Guided session</source>
        <translation>Sesi terpandu</translation>
    </message>
    <message>
        <source>Explore on my own</source>
        <translation>Jelajahi sendiri</translation>
    </message>
    <message>
        <source>Back to the facilitator</source>
        <translation>Kembali ke fasilitator</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Leave the guided session; the tour stays open where you are</source>
        <translation>Keluar dari sesi terpandu; tur tetap terbuka di tempat Anda berada</translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation>fasilitator</translation>
    </message>
    <message>
        <source>stop {0} of {1}</source>
        <translation>perhentian {0} dari {1}</translation>
    </message>
    <message>
        <source>waiting for the session</source>
        <translation>menunggu sesi</translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation>Bergabung ke {0}…</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Belum bergabung</translation>
    </message>
    <message>
        <source>{0} ended the guided session</source>
        <translation>{0} mengakhiri sesi terpandu</translation>
    </message>
    <message>
        <source>Joined {0} — getting the tour</source>
        <translation>Bergabung ke {0} — mengambil tur</translation>
    </message>
    <message>
        <source>Exploring — {0} lets everyone explore ({1})</source>
        <translation>Menjelajah — {0} membiarkan semua orang menjelajah ({1})</translation>
    </message>
    <message>
        <source>Following {0} — {1}</source>
        <translation>Mengikuti {0} — {1}</translation>
    </message>
    <message>
        <source>Exploring on your own — {0} is at {1}</source>
        <translation>Menjelajah sendiri — {0} berada di {1}</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Pictures of this stop</source>
        <translation>Gambar perhentian ini</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
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
        <translation>Tur tidak diserahkan melalui broker: mintalah berkas .tour dari {0} kepada fasilitator</translation>
    </message>
    <message>
        <source>The broker refused the connection ({0})</source>
        <translation>Broker menolak koneksi ({0})</translation>
    </message>
    <message>
        <source>Connection to the broker lost: reconnecting…</source>
        <translation>Koneksi ke broker terputus: menyambung ulang…</translation>
    </message>
    <message>
        <source>The facilitator cannot hand this tour over: ask for the .tour file</source>
        <translation>Fasilitator tidak dapat menyerahkan tur ini: mintalah berkas .tour-nya</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting…</source>
        <translation>Koneksi terputus: menyambung ulang…</translation>
    </message>
    <message>
        <source>the connection was lost during the hand-over</source>
        <translation>koneksi terputus saat penyerahan</translation>
    </message>
    <message>
        <source>Say hello with the code first</source>
        <translation>Sapa dulu dengan kodenya</translation>
    </message>
    <message>
        <source>The guided session has ended</source>
        <translation>Sesi terpandu telah berakhir</translation>
    </message>
    <message>
        <source>This invitation is for another session</source>
        <translation>Undangan ini untuk sesi lain</translation>
    </message>
    <message>
        <source>Wrong join code: check the code the facilitator shows</source>
        <translation>Kode gabung salah: periksa kode yang ditampilkan fasilitator</translation>
    </message>
    <message>
        <source>Stop &apos;{0}&apos; is not in your copy of the tour: skipped</source>
        <translation>Perhentian &apos;{0}&apos; tidak ada di salinan tur Anda: dilewati</translation>
    </message>
    <message>
        <source>The tour is {0} MB, more than the {1} MB accepted</source>
        <translation>Tur berukuran {0} MB, lebih dari {1} MB yang diterima</translation>
    </message>
    <message>
        <source>The facilitator announced an empty tour</source>
        <translation>Fasilitator mengumumkan tur kosong</translation>
    </message>
    <message>
        <source>Cannot write the tour here: {0}</source>
        <translation>Tidak dapat menulis tur di sini: {0}</translation>
    </message>
    <message>
        <source>The facilitator sent more than the tour&apos;s announced size</source>
        <translation>Fasilitator mengirim lebih dari ukuran tur yang diumumkan</translation>
    </message>
    <message>
        <source>The hand-over stopped: {0}</source>
        <translation>Penyerahan berhenti: {0}</translation>
    </message>
    <message>
        <source>The tour received does not match the invitation&apos;s content hash: it was not kept</source>
        <translation>Tur yang diterima tidak cocok dengan hash konten undangan: tur tidak disimpan</translation>
    </message>
    <message>
        <source>This is not a guided-session invitation: it starts with tourviewer://join?</source>
        <translation>Ini bukan undangan sesi terpandu: undangan diawali dengan tourviewer://join?</translation>
    </message>
    <message>
        <source>The invitation is cut short or garbled: copy the whole line again</source>
        <translation>Undangan terpotong atau rusak: salin lagi seluruh barisnya</translation>
    </message>
    <message>
        <source>The invitation is for another version of Tour Viewer (protocol {0})</source>
        <translation>Undangan ini untuk versi lain Tour Viewer (protokol {0})</translation>
    </message>
    <message>
        <source>The invitation is missing {0}: copy the whole line again</source>
        <translation>Undangan tidak memuat {0}: salin lagi seluruh barisnya</translation>
    </message>
    <message>
        <source>The invitation&apos;s session id is not 128 bits of hexadecimal</source>
        <translation>ID sesi undangan bukan 128 bit heksadesimal</translation>
    </message>
    <message>
        <source>The invitation&apos;s join code is not six letters and digits</source>
        <translation>Kode gabung undangan bukan enam huruf dan angka</translation>
    </message>
    <message>
        <source>The invitation&apos;s tour id or content hash is not valid</source>
        <translation>ID tur atau hash konten undangan tidak valid</translation>
    </message>
    <message>
        <source>The invitation&apos;s facilitator key is not valid</source>
        <translation>Kunci fasilitator undangan tidak valid</translation>
    </message>
    <message>
        <source>The invitation&apos;s broker is not an mqtt://, mqtts://, ws:// or wss:// address</source>
        <translation>Broker undangan bukan alamat mqtt://, mqtts://, ws://, atau wss://</translation>
    </message>
    <message>
        <source>The invitation&apos;s address is not a host name or IP address</source>
        <translation>Alamat undangan bukan nama host atau alamat IP</translation>
    </message>
    <message>
        <source>The invitation&apos;s port is not a number from 1 to 65535</source>
        <translation>Port undangan bukan angka dari 1 sampai 65535</translation>
    </message>
    <message>
        <source>The facilitator ended the guided session</source>
        <translation>Fasilitator mengakhiri sesi terpandu</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a file</source>
        <translation>Sertifikat CA {0} bukan berkas</translation>
    </message>
    <message>
        <source>The CA certificate {0} is too large to be a certificate</source>
        <translation>Sertifikat CA {0} terlalu besar untuk sebuah sertifikat</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a PEM certificate</source>
        <translation>Sertifikat CA {0} bukan sertifikat PEM</translation>
    </message>
    <message>
        <source>The CA certificate {0} cannot be read ({1})</source>
        <translation>Sertifikat CA {0} tidak dapat dibaca ({1})</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted ({0}). If the broker uses a certificate authority of its own, give that authority&apos;s certificate: --ca-file, or &quot;Broker&apos;s CA certificate&quot; in the join dialog</source>
        <translation>Sertifikat broker tidak tepercaya ({0}). Jika broker memakai otoritas sertifikat sendiri, berikan sertifikat otoritas itu: --ca-file, atau &quot;Sertifikat CA broker&quot; di dialog gabung</translation>
    </message>
    <message>
        <source>A secure connection to the broker failed ({0}): is it a TLS port?</source>
        <translation>Koneksi aman ke broker gagal ({0}): apakah ini port TLS?</translation>
    </message>
    <message>
        <source>Your copy of the tour is another version: stops it lacks are skipped</source>
        <translation>Salinan tur Anda versi lain: perhentian yang tidak ada akan dilewati</translation>
    </message>
    <message>
        <source>Getting the tour from the facilitator…</source>
        <translation>Mengambil tur dari fasilitator…</translation>
    </message>
    <message>
        <source>Getting the tour: {0} %</source>
        <translation>Mengambil tur: {0}%</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Start guided session</source>
        <translation>Mulai sesi terpandu</translation>
    </message>
    <message>
        <source>Participants&apos; own viewers follow this presentation: they join with an invitation</source>
        <translation>Penampil milik peserta mengikuti presentasi ini: mereka bergabung dengan undangan</translation>
    </message>
    <message>
        <source>Address to join</source>
        <translation>Alamat untuk bergabung</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Kode gabung</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>Salin undangan</translation>
    </message>
    <message>
        <source>GUIDED SESSION — join with this address and code, or the invitation</source>
        <translation>SESI TERPANDU — bergabung dengan alamat dan kode ini, atau dengan undangan</translation>
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
        <translation>Mengikuti</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Bring everyone here</source>
        <translation>Bawa semua ke sini</translation>
    </message>
    <message>
        <source>Explorers come back to the stop the audience sees</source>
        <translation>Peserta yang menjelajah kembali ke perhentian yang dilihat audiens</translation>
    </message>
    <message>
        <source>End guided session</source>
        <translation>Akhiri sesi terpandu</translation>
    </message>
    <message>
        <source>Open a tour first</source>
        <translation>Buka tur terlebih dahulu</translation>
    </message>
    <message>
        <source>The guided session cannot start: {0}</source>
        <translation>Sesi terpandu tidak dapat dimulai: {0}</translation>
    </message>
    <message>
        <source>Code {0} {1}</source>
        <translation>Kode {0} {1}</translation>
    </message>
    <message>
        <source>Follow me again</source>
        <translation>Ikuti saya lagi</translation>
    </message>
    <message>
        <source>Let everyone explore</source>
        <translation>Biarkan semua menjelajah</translation>
    </message>
    <message>
        <source>following</source>
        <translation>mengikuti</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>menjelajah</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>terhubung</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>koneksi terputus</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Belum ada peserta</translation>
    </message>
    <message>
        <source>%n participant(s) connected, {0} following</source>
        <translation>%n peserta terhubung, {0} mengikuti</translation>
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
        <translation>Menulis tur</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>No note</source>
        <translation>Tidak ada catatan</translation>
    </message>
    <message>
        <source>Notes on the tour</source>
        <translation>Catatan tentang tur</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>Catatan pada perhentian yang dihapus</translation>
    </message>
    <message>
        <source>My notes as of {0}</source>
        <translation>Catatan saya per {0}</translation>
    </message>
</context>
<context>
    <name>HandoutPdf</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Halaman {0} dari {1}</translation>
    </message>
</context>
<context>
    <name>HotspotLayer</name>
    <message>
        <source>Goes to {0}</source>
        <translation>Menuju ke {0}</translation>
    </message>
    <message>
        <source>Shows another picture of this stop</source>
        <translation>Menampilkan gambar lain dari perhentian ini</translation>
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
        <translation>Gambar, satu jendela penuh</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>Nomor gambar</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Layar penuh (F11)</translation>
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
        <translation>{0} dari {1}</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Keluar dari layar penuh</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join guided session</source>
        <translation>Gabung ke sesi terpandu</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Only for a broker with a certificate authority of its own: its .pem file</source>
        <translation>Hanya untuk broker dengan otoritas sertifikat sendiri: berkas .pem-nya</translation>
    </message>
    <message>
        <source>Broker&apos;s CA certificate</source>
        <translation>Sertifikat CA broker</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Gabung</translation>
    </message>
    <message>
        <source>Paste the line the facilitator shared. Your notes stay on this computer.</source>
        <translation>Tempelkan baris yang dibagikan fasilitator. Catatan Anda tetap di komputer ini.</translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate</source>
        <translation>Sertifikat CA broker</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Checking the broker&apos;s certificate…</source>
        <translation>Memeriksa sertifikat broker…</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Recent</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <source>Sample tours</source>
        <translation>Tur contoh</translation>
    </message>
    <message>
        <source>Your tours</source>
        <translation>Tur Anda</translation>
    </message>
    <message>
        <source>Tour library</source>
        <translation>Pustaka tur</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>Buka tur</translation>
    </message>
    <message>
        <source>Put tours in {0} to see them here.</source>
        <translation>Letakkan tur di {0} agar tampil di sini.</translation>
    </message>
    <message>
        <source>Choose a tour, or open a tour folder or .tour file (Ctrl+O, or drop it here).</source>
        <translation>Pilih tur, atau buka folder tur atau berkas .tour (Ctrl+O, atau seret ke sini).</translation>
    </message>
    <message>
        <source>Open a tour…</source>
        <translation>Buka tur…</translation>
    </message>
    <message>
        <source>Continue {0} at stop {1}</source>
        <translation>Lanjutkan {0} di perhentian {1}</translation>
    </message>
    <message>
        <source>Continue {0}</source>
        <translation>Lanjutkan {0}</translation>
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
        <translation>&amp;Tentang Tour Viewer</translation>
    </message>
    <message>
        <source>Open a tour first: Export notes writes the notes of the tour on screen.</source>
        <translation>Buka tur terlebih dahulu: Ekspor catatan menulis catatan dari tur yang sedang tampil.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>{0} — Tour Viewer</source>
        <translation>{0} — Tour Viewer</translation>
    </message>
    <message>
        <source>Your notes database was damaged</source>
        <translation>Basis data catatan Anda rusak</translation>
    </message>
    <message>
        <source>Tour Viewer could not read its notes database, so it started a new one. The old one is kept, untouched, at:

{0}</source>
        <translation>Tour Viewer tidak dapat membaca basis data catatannya, jadi membuat yang baru. Basis data lama disimpan tanpa diubah di:

{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terbaru</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>&amp;Ekspor catatan…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Pustaka</translation>
    </message>
    <message>
        <source>&amp;Join guided session…</source>
        <translation>&amp;Gabung ke sesi terpandu…</translation>
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
        <translation>Perhentian &amp;berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous stop</source>
        <translation>Perhentian &amp;sebelumnya</translation>
    </message>
    <message>
        <source>&amp;First stop</source>
        <translation>Perhentian &amp;pertama</translation>
    </message>
    <message>
        <source>&amp;Last stop</source>
        <translation>Perhentian t&amp;erakhir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Layar penuh</translation>
    </message>
    <message>
        <source>&amp;Present…</source>
        <translation>&amp;Presentasikan…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>Tulis &amp;catatan</translation>
    </message>
    <message>
        <source>&amp;All notes…</source>
        <translation>&amp;Semua catatan…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Ca&amp;ri…</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>Teks le&amp;bih besar</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Teks lebih &amp;kecil</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Ukuran teks &amp;normal</translation>
    </message>
    <message>
        <source>Tour &amp;problems…</source>
        <translation>&amp;Masalah tur…</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Bahasa &amp;antarmuka</translation>
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
        <translation>Pintasan &amp;papan ketik</translation>
    </message>
    <message>
        <source>Tours (tour.toml *.tour)</source>
        <translation>Tur (tour.toml *.tour)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>Buka tur</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Pratinjau langsung</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour (reloaded at {1})</source>
        <translation>Pratinjau langsung: memantau {0}/tour.toml dan berkasnya; menyimpan akan memuat ulang tur (dimuat ulang pukul {1})</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour</source>
        <translation>Pratinjau langsung: memantau {0}/tour.toml dan berkasnya; menyimpan akan memuat ulang tur</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Halaman web (*.html)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Ekspor catatan</translation>
    </message>
    <message>
        <source>Exporting notes to {0}…</source>
        <translation>Mengekspor catatan ke {0}…</translation>
    </message>
    <message>
        <source>Export cancelled: {0} was not written</source>
        <translation>Ekspor dibatalkan: {0} tidak ditulis</translation>
    </message>
    <message>
        <source>The notes could not be written to {0}:
{1}</source>
        <translation>Catatan tidak dapat ditulis ke {0}:
{1}</translation>
    </message>
    <message>
        <source>Notes exported to {0}</source>
        <translation>Catatan diekspor ke {0}</translation>
    </message>
    <message>
        <source>Saving your notes…</source>
        <translation>Menyimpan catatan Anda…</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Tour map</source>
        <translation>Peta tur</translation>
    </message>
    <message>
        <source>This stop</source>
        <translation>Perhentian ini</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>The tour&apos;s overview map and the current stop&apos;s detail map</source>
        <translation>Peta ikhtisar tur dan peta rinci perhentian saat ini</translation>
    </message>
    <message>
        <source>The current stop&apos;s detail map</source>
        <translation>Peta rinci perhentian saat ini</translation>
    </message>
    <message>
        <source>This stop has no map</source>
        <translation>Perhentian ini tidak memiliki peta</translation>
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
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Perbesar (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Perkecil (−)</translation>
    </message>
    <message>
        <source>Show all stops</source>
        <translation>Tampilkan semua perhentian</translation>
    </message>
    <message>
        <source>Show all stops (0)</source>
        <translation>Tampilkan semua perhentian (0)</translation>
    </message>
    <message>
        <source>Open the map in a window</source>
        <translation>Buka peta di jendela</translation>
    </message>
    <message>
        <source>Open the map in a window of its own, as large as you like (W)</source>
        <translation>Buka peta di jendelanya sendiri, sebesar yang Anda mau (W)</translation>
    </message>
    <message>
        <source>No tour open</source>
        <translation>Tidak ada tur yang terbuka</translation>
    </message>
    <message>
        <source>This tour has no map</source>
        <translation>Tur ini tidak memiliki peta</translation>
    </message>
    <message>
        <source>No map for this stop</source>
        <translation>Tidak ada peta untuk perhentian ini</translation>
    </message>
    <message>
        <source>Map image {0} cannot be decoded: {1}</source>
        <translation>Gambar peta {0} tidak dapat didekode: {1}</translation>
    </message>
    <message>
        <source>Map image not available: {0}</source>
        <translation>Gambar peta tidak tersedia: {0}</translation>
    </message>
    <message>
        <source>%n stop(s) shown</source>
        <translation>%n perhentian ditampilkan</translation>
    </message>
    <message>
        <source>current stop {0}</source>
        <translation>perhentian saat ini {0}</translation>
    </message>
    <message>
        <source>chosen: stop {0}, Enter goes there</source>
        <translation>dipilih: perhentian {0}, Enter untuk menuju ke sana</translation>
    </message>
    <message>
        <source>Arrow keys choose a stop, plus and minus zoom, 0 shows all stops</source>
        <translation>Tombol panah memilih perhentian, plus dan minus memperbesar/memperkecil, 0 menampilkan semua perhentian</translation>
    </message>
    <message>
        <source>Overview map of the tour</source>
        <translation>Peta ikhtisar tur</translation>
    </message>
    <message>
        <source>Detail map of the current stop</source>
        <translation>Peta rinci perhentian saat ini</translation>
    </message>
</context>
<context>
    <name>MapWindow</name>
    <message>
        <source>Map window</source>
        <translation>Jendela peta</translation>
    </message>
    <message>
        <source>Tour map</source>
        <translation>Peta tur</translation>
    </message>
    <message>
        <source>Tour map — {0}</source>
        <translation>Peta tur — {0}</translation>
    </message>
    <message>
        <source>Stop map</source>
        <translation>Peta perhentian</translation>
    </message>
    <message>
        <source>Stop map — {0}</source>
        <translation>Peta perhentian — {0}</translation>
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
        <translation>data gambar {0} rusak</translation>
    </message>
    <message>
        <source>it is not an image Pillow can read</source>
        <translation>ini bukan gambar yang dapat dibaca Pillow</translation>
    </message>
    <message>
        <source>image</source>
        <translation>gambar</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>it is an animated PNG that declares no frames</source>
        <translation>ini PNG animasi yang tidak menyatakan bingkai apa pun</translation>
    </message>
    <message>
        <source>it needs more memory than this computer has</source>
        <translation>ini memerlukan memori lebih banyak daripada yang dimiliki komputer ini</translation>
    </message>
    <message>
        <source>it holds a kind of picture data Pillow cannot decode</source>
        <translation>isinya jenis data gambar yang tidak dapat didekode Pillow</translation>
    </message>
    <message>
        <source>the {0} is damaged</source>
        <translation>{0} rusak</translation>
    </message>
    <message>
        <source>The recording {0} is missing from the tour folder</source>
        <translation>Rekaman {0} tidak ada di folder tur</translation>
    </message>
    <message>
        <source>The recording {0} cannot be read: {1}</source>
        <translation>Rekaman {0} tidak dapat dibaca: {1}</translation>
    </message>
    <message>
        <source>its package changed</source>
        <translation>paketnya berubah</translation>
    </message>
    <message>
        <source>has no sound stream that can be read</source>
        <translation>tidak memiliki aliran suara yang dapat dibaca</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <source>has no MPEG audio in it, only tags</source>
        <translation>tidak berisi audio MPEG, hanya tag</translation>
    </message>
    <message>
        <source>is not audio of a supported kind</source>
        <translation>bukan audio dengan jenis yang didukung</translation>
    </message>
    <message>
        <source>holds Theora video and no sound</source>
        <translation>berisi video Theora tanpa suara</translation>
    </message>
    <message>
        <source>is Speex in Ogg; the tour format allows Opus or Vorbis in Ogg</source>
        <translation>berupa Speex dalam Ogg; format tur hanya mengizinkan Opus atau Vorbis dalam Ogg</translation>
    </message>
    <message>
        <source>is {0} audio; use {1}</source>
        <translation>berupa audio {0}; gunakan {1}</translation>
    </message>
    <message>
        <source>has no audio track (M4A/M4B without sound)</source>
        <translation>tidak memiliki trek audio (M4A/M4B tanpa suara)</translation>
    </message>
    <message>
        <source>has no sound in it: its stream is empty</source>
        <translation>tidak berisi suara: alirannya kosong</translation>
    </message>
    <message>
        <source>is a damaged FLAC: no audio frame follows its header</source>
        <translation>berupa FLAC yang rusak: tidak ada bingkai audio setelah header-nya</translation>
    </message>
    <message>
        <source>Audio cannot play here: Qt Multimedia is not available</source>
        <translation>Audio tidak dapat diputar di sini: Qt Multimedia tidak tersedia</translation>
    </message>
    <message>
        <source>Audio cannot play here: no sound device</source>
        <translation>Audio tidak dapat diputar di sini: tidak ada perangkat suara</translation>
    </message>
    <message>
        <source>This recording cannot play: {0}</source>
        <translation>Rekaman ini tidak dapat diputar: {0}</translation>
    </message>
    <message>
        <source>the file is damaged or cannot be opened</source>
        <translation>berkas rusak atau tidak dapat dibuka</translation>
    </message>
    <message>
        <source>this computer has no decoder for the kind of sound in it</source>
        <translation>komputer ini tidak memiliki dekoder untuk jenis suara di dalamnya</translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation>berkas tidak dapat dibuka (izin ditolak)</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>This recording cannot play: {0} {1}</source>
        <translation>Rekaman ini tidak dapat diputar: {0} {1}</translation>
    </message>
    <message>
        <source>Audio cannot play here: {0}</source>
        <translation>Audio tidak dapat diputar di sini: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>Tidak ada gambar untuk perhentian ini</translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>gambar tidak terbaca</translation>
    </message>
    <message>
        <source>Qt cannot read it ({0})</source>
        <translation>Qt tidak dapat membacanya ({0})</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>Gambar tidak tersedia: {0}</translation>
    </message>
    <message>
        <source>{0} cannot be decoded: {1}</source>
        <translation>{0} tidak dapat didekode: {1}</translation>
    </message>
</context>
<context>
    <name>NarrationBrowser</name>
    <message>
        <source>Links</source>
        <translation>Tautan</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>No recording for this stop</source>
        <translation>Tidak ada rekaman untuk perhentian ini</translation>
    </message>
    <message>
        <source>Read aloud needs a speech engine, and none is installed here</source>
        <translation>Bacakan memerlukan mesin suara, dan di sini tidak ada yang terpasang</translation>
    </message>
    <message>
        <source>Read aloud is not available: the speech service does not start (on Debian or Ubuntu it is the packages libspeechd2, speech-dispatcher and speech-dispatcher-espeak-ng)</source>
        <translation>Bacakan tidak tersedia: layanan suara tidak mau berjalan (di Debian atau Ubuntu, paketnya adalah libspeechd2, speech-dispatcher, dan speech-dispatcher-espeak-ng)</translation>
    </message>
    <message>
        <source>Narration panel</source>
        <translation>Panel narasi</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>Judul perhentian</translation>
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
        <translation>Narasi</translation>
    </message>
    <message>
        <source>This stop has no narration.</source>
        <translation>Perhentian ini tidak memiliki narasi.</translation>
    </message>
    <message>
        <source>Recorded narration</source>
        <translation>Rekaman narasi</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Bacakan</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Status rekaman</translation>
    </message>
    <message>
        <source>No recording for this stop. {0}.</source>
        <translation>Tidak ada rekaman untuk perhentian ini. {0}.</translation>
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
        <translation>tidak ada folder data</translation>
    </message>
    <message>
        <source>there is no notes database</source>
        <translation>tidak ada basis data catatan</translation>
    </message>
    <message>
        <source>the notes database cannot be opened</source>
        <translation>basis data catatan tidak dapat dibuka</translation>
    </message>
    <message>
        <source>notes cannot be saved in {0}: {1}</source>
        <translation>catatan tidak dapat disimpan di {0}: {1}</translation>
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
        <translation>Perhentian ini</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>Seluruh tur</translation>
    </message>
    <message>
        <source>Note for</source>
        <translation>Catatan untuk</translation>
    </message>
    <message>
        <source>Note saved state</source>
        <translation>Status penyimpanan catatan</translation>
    </message>
    <message>
        <source>Preview the note as formatted text</source>
        <translation>Pratinjau catatan sebagai teks berformat</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Catatan saya</translation>
    </message>
    <message>
        <source>Your note on this stop: what strikes you, an idea for home, a question for the facilitator… (Markdown works: *italic*, **bold**, - lists)</source>
        <translation>Catatan Anda tentang perhentian ini: apa yang berkesan, ide untuk diterapkan di tempat Anda, pertanyaan untuk fasilitator… (Markdown bisa dipakai: *miring*, **tebal**, - daftar)</translation>
    </message>
    <message>
        <source>My note, formatted</source>
        <translation>Catatan saya, berformat</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Catatan saya</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}. What you typed stays here.</source>
        <translation>Catatan tidak dapat disimpan: {0}. Yang Anda ketik tetap ada di sini.</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}</source>
        <translation>Catatan tidak dapat disimpan: {0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
</context>
<context>
    <name>PackageBar</name>
    <message>
        <source>Package problem</source>
        <translation>Masalah paket</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <source>⚠ {0}. Its pictures and recordings cannot be read until it is back; your notes are kept. Put the file back, then open it again.</source>
        <translation>⚠ {0}. Gambar dan rekamannya tidak dapat dibaca sampai berkas itu kembali; catatan Anda tetap tersimpan. Kembalikan berkasnya, lalu buka lagi.</translation>
    </message>
</context>
<context>
    <name>PanoramaView</name>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>Gambar tidak tersedia: {0}</translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <source>Show the whole 360° picture flat, and back</source>
        <translation>Tampilkan seluruh gambar 360° secara datar, dan kembali</translation>
    </message>
    <message>
        <source>Look around</source>
        <translation>Lihat sekeliling</translation>
    </message>
    <message>
        <source>Look around in the panorama</source>
        <translation>Lihat sekeliling di panorama</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Datar</translation>
    </message>
    <message>
        <source>Show the whole picture flat</source>
        <translation>Tampilkan seluruh gambar secara datar</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>lurus ke depan</translation>
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
        <translation>Panorama, satu jendela penuh</translation>
    </message>
</context>
<context>
    <name>PausedCover</name>
    <message>
        <source>The facilitator paused</source>
        <translation>Fasilitator menjeda sesi</translation>
    </message>
    <message>
        <source>Your viewer follows again when the facilitator goes on.</source>
        <translation>Penampil Anda akan mengikuti lagi saat fasilitator melanjutkan.</translation>
    </message>
    <message>
        <source>Explore on my own meanwhile</source>
        <translation>Sementara itu, jelajahi sendiri</translation>
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
        <translation>S menukar layar: hanya ada satu layar, jadi tidak ada yang ditukar</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>→/Space next · ← previous · ] [ pictures · B black · W white · F freeze · number+Enter go · S swap · Esc end</source>
        <translation>→/Spasi berikutnya · ← sebelumnya · ] [ gambar · B hitam · W putih · F bekukan · angka+Enter menuju · S tukar · Esc selesai</translation>
    </message>
    <message>
        <source>Press Esc again to end presenting (any other key carries on)</source>
        <translation>Tekan Esc lagi untuk mengakhiri presentasi (tombol lain melanjutkan)</translation>
    </message>
    <message>
        <source>No speaker notes for this stop</source>
        <translation>Tidak ada catatan pembicara untuk perhentian ini</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>Tidak ada gambar untuk perhentian ini</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Akhir tur</translation>
    </message>
    <message>
        <source>no time plan</source>
        <translation>tidak ada rencana waktu</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>tepat waktu</translation>
    </message>
    <message>
        <source>{0} ahead</source>
        <translation>lebih cepat {0}</translation>
    </message>
    <message>
        <source>{0} behind</source>
        <translation>terlambat {0}</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>Konsol penyaji</translation>
    </message>
    <message>
        <source>Current stop</source>
        <translation>Perhentian saat ini</translation>
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
        <translation>Bahasa catatan, narasi, dan jendela audiens</translation>
    </message>
    <message>
        <source>Audience state</source>
        <translation>Status layar audiens</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>The time of day</source>
        <translation>Waktu saat ini</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>Waktu sekarang</translation>
    </message>
    <message>
        <source>Current stop picture</source>
        <translation>Gambar perhentian saat ini</translation>
    </message>
    <message>
        <source>Next stop picture</source>
        <translation>Gambar perhentian berikutnya</translation>
    </message>
    <message>
        <source>Pictures of this stop: ] and [ choose what the room sees</source>
        <translation>Gambar perhentian ini: ] dan [ memilih yang dilihat ruangan</translation>
    </message>
    <message>
        <source>Picture shown</source>
        <translation>Gambar yang ditampilkan</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Perhentian berikutnya</translation>
    </message>
    <message>
        <source>Next stop place</source>
        <translation>Tempat perhentian berikutnya</translation>
    </message>
    <message>
        <source>Current stop panorama</source>
        <translation>Panorama perhentian saat ini</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Catatan pembicara</translation>
    </message>
    <message>
        <source>Smaller notes (Ctrl + mouse wheel)</source>
        <translation>Catatan lebih kecil (Ctrl + roda mouse)</translation>
    </message>
    <message>
        <source>Larger notes (Ctrl + mouse wheel)</source>
        <translation>Catatan lebih besar (Ctrl + roda mouse)</translation>
    </message>
    <message>
        <source>Time at this stop</source>
        <translation>Waktu di perhentian ini</translation>
    </message>
    <message>
        <source>Planned time at this stop</source>
        <translation>Waktu yang direncanakan di perhentian ini</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Total waktu</translation>
    </message>
    <message>
        <source>Planned total time</source>
        <translation>Total waktu yang direncanakan</translation>
    </message>
    <message>
        <source>Pace against the plan</source>
        <translation>Laju dibandingkan rencana</translation>
    </message>
    <message>
        <source>Stops: click one to go there</source>
        <translation>Perhentian: klik untuk menuju ke sana</translation>
    </message>
    <message>
        <source>Restart timers</source>
        <translation>Atur ulang pewaktu</translation>
    </message>
    <message>
        <source>Start both timers again from zero, e.g. once everyone is ready</source>
        <translation>Mulai kedua pewaktu lagi dari nol, misalnya setelah semua siap</translation>
    </message>
    <message>
        <source>At this stop</source>
        <translation>Di perhentian ini</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Perhentian</translation>
    </message>
    <message>
        <source>Narration for the room</source>
        <translation>Narasi untuk ruangan</translation>
    </message>
    <message>
        <source>Narration status</source>
        <translation>Status narasi</translation>
    </message>
    <message>
        <source>No recorded narration for this stop</source>
        <translation>Tidak ada rekaman narasi untuk perhentian ini</translation>
    </message>
    <message>
        <source>Transcript line</source>
        <translation>Baris transkrip</translation>
    </message>
    <message>
        <source>Presenter status</source>
        <translation>Status penyaji</translation>
    </message>
    <message>
        <source>Presenter console — {0}</source>
        <translation>Konsol penyaji — {0}</translation>
    </message>
    <message>
        <source>No tour</source>
        <translation>Tidak ada tur</translation>
    </message>
    <message>
        <source>Stop {0} of {1} — {2}</source>
        <translation>Perhentian {0}/{1} — {2}</translation>
    </message>
    <message>
        <source>Stop {0} — {1}</source>
        <translation>Perhentian {0} — {1}</translation>
    </message>
    <message>
        <source>Picture {0} of {1}
] next · [ previous</source>
        <translation>Gambar {0}/{1}
] maju
[ mundur</translation>
    </message>
    <message>
        <source>of {0} planned</source>
        <translation>dari {0} yang direncanakan</translation>
    </message>
    <message>
        <source>no time planned for this stop</source>
        <translation>tidak ada waktu yang direncanakan untuk perhentian ini</translation>
    </message>
    <message>
        <source>of {0} by the end of this stop</source>
        <translation>dari {0} hingga akhir perhentian ini</translation>
    </message>
    <message>
        <source>of {0} by the end of stop {1}, the furthest reached</source>
        <translation>dari {0} hingga akhir perhentian {1}, yang terjauh dicapai</translation>
    </message>
    <message>
        <source>{0} for the whole tour</source>
        <translation>{0} untuk seluruh tur</translation>
    </message>
    <message>
        <source>no time plan in this tour</source>
        <translation>tur ini tidak memiliki rencana waktu</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} dari {1}</translation>
    </message>
    <message>
        <source>Audience frozen on stop {0}: {1}  (F to follow)</source>
        <translation>Layar audiens dibekukan di perhentian {0}: {1}  (F untuk mengikuti)</translation>
    </message>
    <message>
        <source>Audience screen is black  (B to show the tour)</source>
        <translation>Layar audiens hitam  (B untuk menampilkan tur)</translation>
    </message>
    <message>
        <source>Audience screen is white  (W to show the tour)</source>
        <translation>Layar audiens putih  (W untuk menampilkan tur)</translation>
    </message>
    <message>
        <source>Frozen on stop {0}</source>
        <translation>Dibekukan di perhentian {0}</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Layar hitam</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Layar putih</translation>
    </message>
    <message>
        <source>Go to stop {0}…</source>
        <translation>Menuju perhentian {0}…</translation>
    </message>
    <message>
        <source>Go to stop {0}… (there are {1})</source>
        <translation>Menuju perhentian {0}… (hanya ada {1})</translation>
    </message>
    <message>
        <source>Audience sees stop {0}</source>
        <translation>Audiens melihat perhentian {0}</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {0}</source>
        <translation>Masalah di {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s) and cannot be shown. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; memiliki %n kesalahan dan tidak dapat ditampilkan. Klik dua kali sebuah baris untuk menyalin lokasinya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s); parts of it may be missing. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; memiliki %n kesalahan; sebagian isinya mungkin hilang. Klik dua kali sebuah baris untuk menyalin lokasinya.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>Tour text</source>
        <translation>Teks tur</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Catatan Anda</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>Seluruh tur</translation>
    </message>
    <message>
        <source>Removed stop ({0})</source>
        <translation>Perhentian yang dihapus ({0})</translation>
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
        <translation>Tidak ada hasil</translation>
    </message>
    <message>
        <source>Search needs the notes database, which is not available</source>
        <translation>Pencarian memerlukan basis data catatan, yang tidak tersedia</translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation>Panel pencarian</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search this tour and your notes</source>
        <translation>Cari di tur ini dan catatan Anda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status pencarian</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>In the picture and its thumbnails</source>
        <translation>Di gambar dan gambar mininya</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Kiri / Kanan</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture (on the first or last: the previous or next stop)</source>
        <translation>gambar sebelumnya atau berikutnya dari perhentian (di gambar pertama atau terakhir: perhentian sebelumnya atau berikutnya)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>the picture full-window</source>
        <translation>gambar satu jendela penuh</translation>
    </message>
    <message>
        <source>Full-window picture</source>
        <translation>Gambar satu jendela penuh</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture</source>
        <translation>gambar sebelumnya atau berikutnya dari perhentian</translation>
    </message>
    <message>
        <source>+ / − / wheel</source>
        <translation>+ / − / roda</translation>
    </message>
    <message>
        <source>zoom in or out; drag to move around</source>
        <translation>perbesar atau perkecil; seret untuk bergeser</translation>
    </message>
    <message>
        <source>fit the picture to the window</source>
        <translation>paskan gambar ke jendela</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>layar penuh</translation>
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
        <translation>Di catatan</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>leave the note for the next or previous part of the window</source>
        <translation>keluar dari catatan ke bagian jendela berikutnya atau sebelumnya</translation>
    </message>
    <message>
        <source>back to the tour (the keys move through stops again)</source>
        <translation>kembali ke tur (tombol kembali berpindah antarperhentian)</translation>
    </message>
    <message>
        <source>Presenting (F5)</source>
        <translation>Presentasi (F5)</translation>
    </message>
    <message>
        <source>Right, PageDown, Space, Enter, Down</source>
        <translation>Kanan, PageDown, Spasi, Enter, Bawah</translation>
    </message>
    <message>
        <source>next stop</source>
        <translation>perhentian berikutnya</translation>
    </message>
    <message>
        <source>Left, PageUp, Backspace, Up</source>
        <translation>Kiri, PageUp, Backspace, Atas</translation>
    </message>
    <message>
        <source>previous stop</source>
        <translation>perhentian sebelumnya</translation>
    </message>
    <message>
        <source>] / [</source>
        <translation>] / [</translation>
    </message>
    <message>
        <source>the stop&apos;s next or previous picture, for the room</source>
        <translation>gambar berikutnya atau sebelumnya dari perhentian, untuk ruangan</translation>
    </message>
    <message>
        <source>B or .  /  W or ,</source>
        <translation>B atau .  /  W atau ,</translation>
    </message>
    <message>
        <source>black or white screen (again to come back)</source>
        <translation>layar hitam atau putih (tekan lagi untuk kembali)</translation>
    </message>
    <message>
        <source>freeze the audience window while you look ahead</source>
        <translation>bekukan jendela audiens selagi Anda melihat ke depan</translation>
    </message>
    <message>
        <source>a number, then Enter or G</source>
        <translation>sebuah angka, lalu Enter atau G</translation>
    </message>
    <message>
        <source>go to that stop</source>
        <translation>menuju perhentian itu</translation>
    </message>
    <message>
        <source>swap the screens</source>
        <translation>tukar layar</translation>
    </message>
    <message>
        <source>Escape, twice</source>
        <translation>Escape, dua kali</translation>
    </message>
    <message>
        <source>end presenting and return here</source>
        <translation>akhiri presentasi dan kembali ke sini</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} atau {1}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
</context>
<context>
    <name>StopList</name>
    <message>
        <source>Stops</source>
        <translation>Perhentian</translation>
    </message>
</context>
<context>
    <name>StopListModel</name>
    <message>
        <source>not visited yet</source>
        <translation>belum dikunjungi</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>sudah dikunjungi</translation>
    </message>
    <message>
        <source>not visited yet, has a note</source>
        <translation>belum dikunjungi, ada catatan</translation>
    </message>
    <message>
        <source>visited, has a note</source>
        <translation>sudah dikunjungi, ada catatan</translation>
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
        <translation>catatan</translation>
    </message>
    <message>
        <source>narration text</source>
        <translation>teks narasi</translation>
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
        <translation>Ukuran {0}</translation>
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
        <translation>Perhentian sebelumnya</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Berikutnya  ▶</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Perhentian berikutnya</translation>
    </message>
    <message>
        <source>Stop position</source>
        <translation>Posisi perhentian</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>Judul tur</translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation>Perhentian {0} dari {1}</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>now playing</source>
        <translation>sedang diputar</translation>
    </message>
    <message>
        <source>Play from {0}</source>
        <translation>Putar dari {0}</translation>
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
        <translation>Peringatan tur</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Tampilkan peringatan</translation>
    </message>
    <message>
        <source>Dismiss warnings</source>
        <translation>Tutup peringatan</translation>
    </message>
    <message>
        <source>✖ This tour has {0} and {1} for its author.</source>
        <translation>✖ Tur ini memiliki {0} dan {1} untuk penulisnya.</translation>
    </message>
    <message>
        <source>%n error(s)</source>
        <translation>%n kesalahan</translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation>%n peringatan</translation>
    </message>
    <message>
        <source>✖ This tour has %n error(s) for its author.</source>
        <translation>✖ Tur ini memiliki %n kesalahan untuk penulisnya.</translation>
    </message>
    <message>
        <source>⚠ This tour has %n warning(s) for its author.</source>
        <translation>⚠ Tur ini memiliki %n peringatan untuk penulisnya.</translation>
    </message>
</context>
</TS>
