<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tour Viewer</source>
        <translation>Tour Viewer について</translation>
    </message>
    <message>
        <source>An offline viewer for virtual field tours.</source>
        <translation>オフラインで使える、バーチャル現地見学ツアーのビューアーです。</translation>
    </message>
    <message>
        <source>Your notes and progress are kept in:</source>
        <translation>メモと進み具合の保存先:</translation>
    </message>
    <message>
        <source>nowhere: no data folder</source>
        <translation>なし: データフォルダーがありません</translation>
    </message>
    <message>
        <source>The log is:</source>
        <translation>ログ:</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>書き込まれていません</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>AllNotesDialog</name>
    <message>
        <source>Whole tour</source>
        <translation>ツアー全体</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>メモはまだありません</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>削除されたスポットのメモ</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>すべてのメモ</translation>
    </message>
    <message>
        <source>Your notes by stop</source>
        <translation>スポットごとの自分のメモ</translation>
    </message>
    <message>
        <source>Follow a stop&apos;s title to go to that stop</source>
        <translation>スポットのタイトルをクリックすると、そのスポットに移動します</translation>
    </message>
    <message>
        <source>All notes — {0}</source>
        <translation>すべてのメモ — {0}</translation>
    </message>
    <message>
        <source>Notes need the notes database, which is not available.</source>
        <translation>メモにはメモのデータベースが必要ですが、利用できません。</translation>
    </message>
    <message>
        <source>No tour is open.</source>
        <translation>開いているツアーはありません。</translation>
    </message>
    <message>
        <source>Stop “{0}”</source>
        <translation>スポット「{0}」</translation>
    </message>
    <message>
        <source>Go to this stop</source>
        <translation>このスポットに移動</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience view</source>
        <translation>聴衆用画面</translation>
    </message>
    <message>
        <source>Stop picture</source>
        <translation>スポットの画像</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>スポットのタイトル</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>クレジット</translation>
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
        <translation>ナレーションの再生位置</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>経過時間と合計時間</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Audio status</source>
        <translation>音声の状態</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  一時停止</translation>
    </message>
    <message>
        <source>Pause narration</source>
        <translation>ナレーションを一時停止</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  再生</translation>
    </message>
    <message>
        <source>Play narration</source>
        <translation>ナレーションを再生</translation>
    </message>
</context>
<context>
    <name>BrokenTourPage</name>
    <message>
        <source>Tour problems</source>
        <translation>ツアーの問題</translation>
    </message>
    <message>
        <source>Why the tour is not shown</source>
        <translation>ツアーが表示されない理由</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Your place in the tour and your notes are kept. Double-click a line to copy where it is (file:line:column).</source>
        <translation>ツアー内の現在位置とメモはそのまま残ります。行をダブルクリックすると、その場所（ファイル:行:列）をコピーします。</translation>
    </message>
    <message>
        <source>{0} has 1 error — fix it and save; the tour comes back by itself</source>
        <translation>{0} にエラーが 1 件あります — 修正して保存すると、ツアーは自動的に戻ります</translation>
    </message>
    <message>
        <source>{0} has %n errors — fix them and save; the tour comes back by itself</source>
        <translation>{0} にエラーが %n 件あります — 修正して保存すると、ツアーは自動的に戻ります</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <source>package {0}</source>
        <translation>パッケージ {0}</translation>
    </message>
    <message>
        <source>folder {0}</source>
        <translation>フォルダー {0}</translation>
    </message>
    <message>
        <source>Stops visited</source>
        <translation>訪れたスポット</translation>
    </message>
    <message>
        <source>Cannot be opened: %n problem(s)</source>
        <translation>開けません: 問題 %n 件</translation>
    </message>
    <message>
        <source>%n stop(s)</source>
        <translation>%n スポット</translation>
    </message>
    <message>
        <source>%n problem(s)</source>
        <translation>問題 %n 件</translation>
    </message>
    <message>
        <source>Remove from Recent</source>
        <translation>最近開いたツアーから削除</translation>
    </message>
    <message>
        <source>{0} of {1} visited</source>
        <translation>{1} か所中 {0} か所訪問済み</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Your notes were saved.</source>
        <translation>メモは保存されました。</translation>
    </message>
    <message>
        <source>Your notes could not all be saved: copy them elsewhere.</source>
        <translation>メモをすべては保存できませんでした。別の場所にコピーしてください。</translation>
    </message>
    <message>
        <source>The details are also in the log, {0}.</source>
        <translation>詳細はログ {0} にもあります。</translation>
    </message>
    <message>
        <source>Tour Viewer met an unexpected error. {0}

You can go on working; if something looks wrong, restart Tour Viewer. To report the problem, copy the details and send them with what you were doing.</source>
        <translation>Tour Viewer で予期しないエラーが発生しました。{0}

このまま作業を続けられます。おかしな点があれば Tour Viewer を再起動してください。問題を報告するには、詳細をコピーし、何をしていたかを添えて送ってください。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>EndOfTourBar</name>
    <message>
        <source>This is the last stop: the end of the tour.</source>
        <translation>ここが最後のスポットです。ツアーはここで終わりです。</translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation>自分のメモをすべて表示</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>メモをエクスポート…</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>ライブラリに戻る</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>ツアーの終わり</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export notes</source>
        <translation>メモのエクスポート</translation>
    </message>
    <message>
        <source>Only the stops I wrote a note on</source>
        <translation>メモを書いたスポットのみ</translation>
    </message>
    <message>
        <source>With the stops&apos; pictures</source>
        <translation>スポットの画像を含める</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>A handout of the tour with your notes, as PDF, web page or Markdown.</source>
        <translation>メモ入りのツアー配布資料を、PDF、Web ページ、Markdown のいずれかで作成します。</translation>
    </message>
</context>
<context>
    <name>FollowingBar</name>
    <message>
        <source>Guided session</source>
        <translation>ガイドセッション</translation>
    </message>
    <message>
        <source>Explore on my own</source>
        <translation>自分で見て回る</translation>
    </message>
    <message>
        <source>Back to the facilitator</source>
        <translation>ファシリテーターに戻る</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Leave the guided session; the tour stays open where you are</source>
        <translation>ガイドセッションから退出します。ツアーは今の場所で開いたままです</translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation>ファシリテーター</translation>
    </message>
    <message>
        <source>stop {0} of {1}</source>
        <translation>スポット {0}/{1}</translation>
    </message>
    <message>
        <source>waiting for the session</source>
        <translation>セッションを待っています</translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation>{0} に参加しています…</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>未参加</translation>
    </message>
    <message>
        <source>{0} ended the guided session</source>
        <translation>{0} さんがガイドセッションを終了しました</translation>
    </message>
    <message>
        <source>Joined {0} — getting the tour</source>
        <translation>{0} に参加しました — ツアーを受信中</translation>
    </message>
    <message>
        <source>Exploring — {0} lets everyone explore ({1})</source>
        <translation>自由に閲覧中 — {0} さんが全員に自由閲覧を許可しています（{1}）</translation>
    </message>
    <message>
        <source>Following {0} — {1}</source>
        <translation>{0} さんに追従中 — {1}</translation>
    </message>
    <message>
        <source>Exploring on your own — {0} is at {1}</source>
        <translation>自分で閲覧中 — {0} さんは {1} にいます</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Pictures of this stop</source>
        <translation>このスポットの画像</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Picture {0}: {1}</source>
        <translation>画像 {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the broker at {0} port {1} does not answer</source>
        <translation>{0} のポート {1} のブローカーが応答しません</translation>
    </message>
    <message>
        <source>Tours are not handed over through a broker: ask the facilitator for the .tour file of {0}</source>
        <translation>ブローカー経由ではツアーを受け渡せません。ファシリテーターに {0} の .tour ファイルを頼んでください</translation>
    </message>
    <message>
        <source>The broker refused the connection ({0})</source>
        <translation>ブローカーが接続を拒否しました（{0}）</translation>
    </message>
    <message>
        <source>Connection to the broker lost: reconnecting…</source>
        <translation>ブローカーとの接続が切れました。再接続しています…</translation>
    </message>
    <message>
        <source>The facilitator cannot hand this tour over: ask for the .tour file</source>
        <translation>ファシリテーターはこのツアーを受け渡せません。.tour ファイルを頼んでください</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting…</source>
        <translation>接続が切れました。再接続しています…</translation>
    </message>
    <message>
        <source>the connection was lost during the hand-over</source>
        <translation>受け渡しの途中で接続が切れました</translation>
    </message>
    <message>
        <source>Say hello with the code first</source>
        <translation>先にコードで接続のあいさつをしてください</translation>
    </message>
    <message>
        <source>The guided session has ended</source>
        <translation>ガイドセッションは終了しました</translation>
    </message>
    <message>
        <source>This invitation is for another session</source>
        <translation>この招待は別のセッションのものです</translation>
    </message>
    <message>
        <source>Wrong join code: check the code the facilitator shows</source>
        <translation>参加コードが違います。ファシリテーターが表示しているコードを確認してください</translation>
    </message>
    <message>
        <source>Stop &apos;{0}&apos; is not in your copy of the tour: skipped</source>
        <translation>スポット「{0}」はお使いのツアーにないため、飛ばしました</translation>
    </message>
    <message>
        <source>The tour is {0} MB, more than the {1} MB accepted</source>
        <translation>ツアーは {0} MB で、受け入れ可能な {1} MB を超えています</translation>
    </message>
    <message>
        <source>The facilitator announced an empty tour</source>
        <translation>ファシリテーターから空のツアーが通知されました</translation>
    </message>
    <message>
        <source>Cannot write the tour here: {0}</source>
        <translation>ここにツアーを書き込めません: {0}</translation>
    </message>
    <message>
        <source>The facilitator sent more than the tour&apos;s announced size</source>
        <translation>ファシリテーターが、通知されたツアーのサイズを超えるデータを送ってきました</translation>
    </message>
    <message>
        <source>The hand-over stopped: {0}</source>
        <translation>受け渡しが中断しました: {0}</translation>
    </message>
    <message>
        <source>The tour received does not match the invitation&apos;s content hash: it was not kept</source>
        <translation>受け取ったツアーが招待のコンテンツハッシュと一致しないため、保存しませんでした</translation>
    </message>
    <message>
        <source>This is not a guided-session invitation: it starts with tourviewer://join?</source>
        <translation>ガイドセッションの招待ではありません。招待は tourviewer://join? で始まります</translation>
    </message>
    <message>
        <source>The invitation is cut short or garbled: copy the whole line again</source>
        <translation>招待が途中で切れているか、壊れています。行全体をもう一度コピーしてください</translation>
    </message>
    <message>
        <source>The invitation is for another version of Tour Viewer (protocol {0})</source>
        <translation>別のバージョンの Tour Viewer 向けの招待です（プロトコル {0}）</translation>
    </message>
    <message>
        <source>The invitation is missing {0}: copy the whole line again</source>
        <translation>招待に {0} がありません。行全体をもう一度コピーしてください</translation>
    </message>
    <message>
        <source>The invitation&apos;s session id is not 128 bits of hexadecimal</source>
        <translation>招待のセッション ID が 128 ビットの 16 進数ではありません</translation>
    </message>
    <message>
        <source>The invitation&apos;s join code is not six letters and digits</source>
        <translation>招待の参加コードが英数字 6 文字ではありません</translation>
    </message>
    <message>
        <source>The invitation&apos;s tour id or content hash is not valid</source>
        <translation>招待のツアー ID またはコンテンツハッシュが正しくありません</translation>
    </message>
    <message>
        <source>The invitation&apos;s facilitator key is not valid</source>
        <translation>招待のファシリテーター鍵が正しくありません</translation>
    </message>
    <message>
        <source>The invitation&apos;s broker is not an mqtt://, mqtts://, ws:// or wss:// address</source>
        <translation>招待のブローカーが mqtt://、mqtts://、ws://、wss:// のアドレスではありません</translation>
    </message>
    <message>
        <source>The invitation&apos;s address is not a host name or IP address</source>
        <translation>招待のアドレスがホスト名でも IP アドレスでもありません</translation>
    </message>
    <message>
        <source>The invitation&apos;s port is not a number from 1 to 65535</source>
        <translation>招待のポートが 1～65535 の数値ではありません</translation>
    </message>
    <message>
        <source>The facilitator ended the guided session</source>
        <translation>ファシリテーターがガイドセッションを終了しました</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a file</source>
        <translation>CA 証明書 {0} はファイルではありません</translation>
    </message>
    <message>
        <source>The CA certificate {0} is too large to be a certificate</source>
        <translation>CA 証明書 {0} は証明書にしては大きすぎます</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a PEM certificate</source>
        <translation>CA 証明書 {0} は PEM 形式の証明書ではありません</translation>
    </message>
    <message>
        <source>The CA certificate {0} cannot be read ({1})</source>
        <translation>CA 証明書 {0} を読み込めません（{1}）</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted ({0}). If the broker uses a certificate authority of its own, give that authority&apos;s certificate: --ca-file, or &quot;Broker&apos;s CA certificate&quot; in the join dialog</source>
        <translation>ブローカーの証明書は信頼されていません（{0}）。ブローカーが独自の認証局を使っている場合は、その認証局の証明書を指定してください: --ca-file、または参加ダイアログの「ブローカーの CA 証明書」</translation>
    </message>
    <message>
        <source>A secure connection to the broker failed ({0}): is it a TLS port?</source>
        <translation>ブローカーとの安全な接続に失敗しました（{0}）。TLS のポートですか?</translation>
    </message>
    <message>
        <source>Your copy of the tour is another version: stops it lacks are skipped</source>
        <translation>お使いのツアーは別のバージョンです。含まれていないスポットは飛ばします</translation>
    </message>
    <message>
        <source>Getting the tour from the facilitator…</source>
        <translation>ファシリテーターからツアーを受け取っています…</translation>
    </message>
    <message>
        <source>Getting the tour: {0} %</source>
        <translation>ツアーを受信中: {0}%</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Start guided session</source>
        <translation>ガイドセッションを開始</translation>
    </message>
    <message>
        <source>Participants&apos; own viewers follow this presentation: they join with an invitation</source>
        <translation>参加者の画面がこの発表に追従します。参加者は招待から参加します</translation>
    </message>
    <message>
        <source>Address to join</source>
        <translation>参加用アドレス</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>参加コード</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>招待をコピー</translation>
    </message>
    <message>
        <source>GUIDED SESSION — join with this address and code, or the invitation</source>
        <translation>ガイドセッション — このアドレスとコード、または招待から参加してください</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Bring everyone here</source>
        <translation>全員をここに呼び戻す</translation>
    </message>
    <message>
        <source>Explorers come back to the stop the audience sees</source>
        <translation>自由に閲覧している参加者が、聴衆用画面のスポットに戻ります</translation>
    </message>
    <message>
        <source>End guided session</source>
        <translation>ガイドセッションを終了</translation>
    </message>
    <message>
        <source>Open a tour first</source>
        <translation>先にツアーを開いてください</translation>
    </message>
    <message>
        <source>The guided session cannot start: {0}</source>
        <translation>ガイドセッションを開始できません: {0}</translation>
    </message>
    <message>
        <source>Code {0} {1}</source>
        <translation>コード {0} {1}</translation>
    </message>
    <message>
        <source>Follow me again</source>
        <translation>再び追従させる</translation>
    </message>
    <message>
        <source>Let everyone explore</source>
        <translation>全員に自由閲覧を許可</translation>
    </message>
    <message>
        <source>following</source>
        <translation>追従中</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>自由閲覧中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続切れ</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>参加者はまだいません</translation>
    </message>
    <message>
        <source>%n participant(s) connected, {0} following</source>
        <translation>参加者 %n 人が接続、{0} 人が追従中</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Tour Viewer — User guide</source>
        <translation>Tour Viewer — ユーザーガイド</translation>
    </message>
    <message>
        <source>Using Tour Viewer</source>
        <translation>Tour Viewer の使い方</translation>
    </message>
    <message>
        <source>Writing tours</source>
        <translation>ツアーの書き方</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>No note</source>
        <translation>メモなし</translation>
    </message>
    <message>
        <source>Notes on the tour</source>
        <translation>ツアー全体についてのメモ</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>削除されたスポットのメモ</translation>
    </message>
    <message>
        <source>My notes as of {0}</source>
        <translation>{0} 時点の自分のメモ</translation>
    </message>
</context>
<context>
    <name>HandoutPdf</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>{0} / {1} ページ</translation>
    </message>
</context>
<context>
    <name>HotspotLayer</name>
    <message>
        <source>Goes to {0}</source>
        <translation>{0} に移動します</translation>
    </message>
    <message>
        <source>Shows another picture of this stop</source>
        <translation>このスポットの別の画像を表示します</translation>
    </message>
    <message>
        <source>Opens a note about this place</source>
        <translation>この場所についての説明を開きます</translation>
    </message>
    <message>
        <source>A label on the picture</source>
        <translation>画像上のラベル</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture, full window</source>
        <translation>画像（ウィンドウ全体）</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>画像の番号</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>全画面表示（F11）</translation>
    </message>
    <message>
        <source>✕  Close</source>
        <translation>✕  閉じる</translation>
    </message>
    <message>
        <source>Close the picture</source>
        <translation>画像を閉じる</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>全画面表示を終了</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面表示</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join guided session</source>
        <translation>ガイドセッションに参加</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Only for a broker with a certificate authority of its own: its .pem file</source>
        <translation>独自の認証局を使うブローカーの場合のみ: その .pem ファイル</translation>
    </message>
    <message>
        <source>Broker&apos;s CA certificate</source>
        <translation>ブローカーの CA 証明書</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Paste the line the facilitator shared. Your notes stay on this computer.</source>
        <translation>ファシリテーターが共有した行を貼り付けてください。メモはこのコンピューターから外に出ません。</translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate</source>
        <translation>ブローカーの CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checking the broker&apos;s certificate…</source>
        <translation>ブローカーの証明書を確認しています…</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Recent</source>
        <translation>最近開いたツアー</translation>
    </message>
    <message>
        <source>Sample tours</source>
        <translation>サンプルツアー</translation>
    </message>
    <message>
        <source>Your tours</source>
        <translation>自分のツアー</translation>
    </message>
    <message>
        <source>Tour library</source>
        <translation>ツアーライブラリ</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>ツアーを開く</translation>
    </message>
    <message>
        <source>Put tours in {0} to see them here.</source>
        <translation>{0} にツアーを置くと、ここに表示されます。</translation>
    </message>
    <message>
        <source>Choose a tour, or open a tour folder or .tour file (Ctrl+O, or drop it here).</source>
        <translation>ツアーを選ぶか、ツアーのフォルダーまたは .tour ファイルを開いてください（Ctrl+O、またはここにドロップ）。</translation>
    </message>
    <message>
        <source>Open a tour…</source>
        <translation>ツアーを開く…</translation>
    </message>
    <message>
        <source>Continue {0} at stop {1}</source>
        <translation>{0}の続きから（スポット {1}）</translation>
    </message>
    <message>
        <source>Continue {0}</source>
        <translation>{0}の続きから</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User &amp;guide</source>
        <translation>ユーザーガイド(&amp;G)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>診断情報をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Tour Viewer</source>
        <translation>Tour Viewer について(&amp;A)</translation>
    </message>
    <message>
        <source>Open a tour first: Export notes writes the notes of the tour on screen.</source>
        <translation>先にツアーを開いてください。メモのエクスポートは、表示中のツアーのメモを書き出します。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>{0} — Tour Viewer</source>
        <translation>{0} — Tour Viewer</translation>
    </message>
    <message>
        <source>Your notes database was damaged</source>
        <translation>メモのデータベースが壊れていました</translation>
    </message>
    <message>
        <source>Tour Viewer could not read its notes database, so it started a new one. The old one is kept, untouched, at:

{0}</source>
        <translation>Tour Viewer はメモのデータベースを読み込めなかったため、新しいデータベースを作成しました。以前のデータベースは手を加えずに次の場所に保管してあります:

{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開いたツアー(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>メモをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Join guided session…</source>
        <translation>ガイドセッションに参加(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next stop</source>
        <translation>次のスポット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous stop</source>
        <translation>前のスポット(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;First stop</source>
        <translation>最初のスポット(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last stop</source>
        <translation>最後のスポット(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Present…</source>
        <translation>発表(&amp;P)…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>メモを書く(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;All notes…</source>
        <translation>すべてのメモ(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>文字を大きく(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>標準の文字サイズ(&amp;N)</translation>
    </message>
    <message>
        <source>Tour &amp;problems…</source>
        <translation>ツアーの問題(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>表示言語(&amp;I)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>言語(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Tours (tour.toml *.tour)</source>
        <translation>ツアー (tour.toml *.tour)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>ツアーを開く</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>ライブプレビュー</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour (reloaded at {1})</source>
        <translation>ライブプレビュー: {0}/tour.toml とそのファイルを監視中。保存するとツアーを再読み込みします（{1} に再読み込み）</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour</source>
        <translation>ライブプレビュー: {0}/tour.toml とそのファイルを監視中。保存するとツアーを再読み込みします</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>メモのエクスポート</translation>
    </message>
    <message>
        <source>Exporting notes to {0}…</source>
        <translation>{0} にメモをエクスポートしています…</translation>
    </message>
    <message>
        <source>Export cancelled: {0} was not written</source>
        <translation>エクスポートを取り消しました: {0} は書き込まれていません</translation>
    </message>
    <message>
        <source>The notes could not be written to {0}:
{1}</source>
        <translation>メモを {0} に書き込めませんでした:
{1}</translation>
    </message>
    <message>
        <source>Notes exported to {0}</source>
        <translation>メモを {0} にエクスポートしました</translation>
    </message>
    <message>
        <source>Saving your notes…</source>
        <translation>メモを保存しています…</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Tour map</source>
        <translation>ツアーの地図</translation>
    </message>
    <message>
        <source>This stop</source>
        <translation>このスポット</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>The tour&apos;s overview map and the current stop&apos;s detail map</source>
        <translation>ツアーの全体地図と、現在のスポットの詳細地図</translation>
    </message>
    <message>
        <source>The current stop&apos;s detail map</source>
        <translation>現在のスポットの詳細地図</translation>
    </message>
    <message>
        <source>This stop has no map</source>
        <translation>このスポットには地図がありません</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>拡大（+）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>縮小（−）</translation>
    </message>
    <message>
        <source>Show all stops</source>
        <translation>全スポットを表示</translation>
    </message>
    <message>
        <source>Show all stops (0)</source>
        <translation>全スポットを表示（0）</translation>
    </message>
    <message>
        <source>Open the map in a window</source>
        <translation>地図を別ウィンドウで開く</translation>
    </message>
    <message>
        <source>Open the map in a window of its own, as large as you like (W)</source>
        <translation>地図を専用のウィンドウで好きな大きさに開く（W）</translation>
    </message>
    <message>
        <source>No tour open</source>
        <translation>開いているツアーはありません</translation>
    </message>
    <message>
        <source>This tour has no map</source>
        <translation>このツアーには地図がありません</translation>
    </message>
    <message>
        <source>No map for this stop</source>
        <translation>このスポットには地図がありません</translation>
    </message>
    <message>
        <source>Map image {0} cannot be decoded: {1}</source>
        <translation>地図画像 {0} をデコードできません: {1}</translation>
    </message>
    <message>
        <source>Map image not available: {0}</source>
        <translation>地図画像を表示できません: {0}</translation>
    </message>
    <message>
        <source>%n stop(s) shown</source>
        <translation>%n スポットを表示</translation>
    </message>
    <message>
        <source>current stop {0}</source>
        <translation>現在のスポット {0}</translation>
    </message>
    <message>
        <source>chosen: stop {0}, Enter goes there</source>
        <translation>選択中: スポット {0}、Enter で移動</translation>
    </message>
    <message>
        <source>Arrow keys choose a stop, plus and minus zoom, 0 shows all stops</source>
        <translation>矢印キーでスポットを選択、プラスとマイナスで拡大・縮小、0 で全スポットを表示</translation>
    </message>
    <message>
        <source>Overview map of the tour</source>
        <translation>ツアーの全体地図</translation>
    </message>
    <message>
        <source>Detail map of the current stop</source>
        <translation>現在のスポットの詳細地図</translation>
    </message>
</context>
<context>
    <name>MapWindow</name>
    <message>
        <source>Map window</source>
        <translation>地図ウィンドウ</translation>
    </message>
    <message>
        <source>Tour map</source>
        <translation>ツアーの地図</translation>
    </message>
    <message>
        <source>Tour map — {0}</source>
        <translation>ツアーの地図 — {0}</translation>
    </message>
    <message>
        <source>Stop map</source>
        <translation>スポットの地図</translation>
    </message>
    <message>
        <source>Stop map — {0}</source>
        <translation>スポットの地図 — {0}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>the {0} is cut short</source>
        <translation>{0} が途中で切れています</translation>
    </message>
    <message>
        <source>the {0}&apos;s picture data is damaged</source>
        <translation>{0} の画像データが壊れています</translation>
    </message>
    <message>
        <source>it is not an image Pillow can read</source>
        <translation>Pillow で読み込める画像ではありません</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>it is an animated PNG that declares no frames</source>
        <translation>フレームを宣言していないアニメーション PNG です</translation>
    </message>
    <message>
        <source>it needs more memory than this computer has</source>
        <translation>このコンピューターのメモリでは足りません</translation>
    </message>
    <message>
        <source>it holds a kind of picture data Pillow cannot decode</source>
        <translation>Pillow でデコードできない種類の画像データが含まれています</translation>
    </message>
    <message>
        <source>the {0} is damaged</source>
        <translation>{0} が壊れています</translation>
    </message>
    <message>
        <source>The recording {0} is missing from the tour folder</source>
        <translation>録音 {0} がツアーのフォルダーにありません</translation>
    </message>
    <message>
        <source>The recording {0} cannot be read: {1}</source>
        <translation>録音 {0} を読み込めません: {1}</translation>
    </message>
    <message>
        <source>its package changed</source>
        <translation>パッケージが変更されました</translation>
    </message>
    <message>
        <source>has no sound stream that can be read</source>
        <translation>読み込める音声ストリームがありません</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>has no MPEG audio in it, only tags</source>
        <translation>MPEG 音声がなく、タグしか含まれていません</translation>
    </message>
    <message>
        <source>is not audio of a supported kind</source>
        <translation>対応している種類の音声ではありません</translation>
    </message>
    <message>
        <source>holds Theora video and no sound</source>
        <translation>Theora 動画だけで、音声がありません</translation>
    </message>
    <message>
        <source>is Speex in Ogg; the tour format allows Opus or Vorbis in Ogg</source>
        <translation>Ogg 内の Speex です。ツアー形式で使えるのは Ogg 内の Opus か Vorbis です</translation>
    </message>
    <message>
        <source>is {0} audio; use {1}</source>
        <translation>{0} 音声です。{1} を使ってください</translation>
    </message>
    <message>
        <source>has no audio track (M4A/M4B without sound)</source>
        <translation>音声トラックがありません（音声のない M4A/M4B）</translation>
    </message>
    <message>
        <source>has no sound in it: its stream is empty</source>
        <translation>音声が入っていません。ストリームが空です</translation>
    </message>
    <message>
        <source>is a damaged FLAC: no audio frame follows its header</source>
        <translation>壊れた FLAC です。ヘッダーの後に音声フレームがありません</translation>
    </message>
    <message>
        <source>Audio cannot play here: Qt Multimedia is not available</source>
        <translation>ここでは音声を再生できません: Qt Multimedia が利用できません</translation>
    </message>
    <message>
        <source>Audio cannot play here: no sound device</source>
        <translation>ここでは音声を再生できません: サウンドデバイスがありません</translation>
    </message>
    <message>
        <source>This recording cannot play: {0}</source>
        <translation>この録音は再生できません: {0}</translation>
    </message>
    <message>
        <source>the file is damaged or cannot be opened</source>
        <translation>ファイルが壊れているか、開けません</translation>
    </message>
    <message>
        <source>this computer has no decoder for the kind of sound in it</source>
        <translation>このコンピューターには、この種類の音声のデコーダーがありません</translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation>ファイルを開けません（アクセス権がありません）</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>This recording cannot play: {0} {1}</source>
        <translation>この録音は再生できません。{0}: {1}</translation>
    </message>
    <message>
        <source>Audio cannot play here: {0}</source>
        <translation>ここでは音声を再生できません: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>このスポットには画像がありません</translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>読み込めない画像</translation>
    </message>
    <message>
        <source>Qt cannot read it ({0})</source>
        <translation>Qt で読み込めません（{0}）</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>画像を表示できません: {0}</translation>
    </message>
    <message>
        <source>{0} cannot be decoded: {1}</source>
        <translation>{0} をデコードできません: {1}</translation>
    </message>
</context>
<context>
    <name>NarrationBrowser</name>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>No recording for this stop</source>
        <translation>このスポットには録音がありません</translation>
    </message>
    <message>
        <source>Read aloud needs a speech engine, and none is installed here</source>
        <translation>読み上げには音声エンジンが必要ですが、このコンピューターにはインストールされていません</translation>
    </message>
    <message>
        <source>Read aloud is not available: the speech service does not start (on Debian or Ubuntu it is the packages libspeechd2, speech-dispatcher and speech-dispatcher-espeak-ng)</source>
        <translation>読み上げは利用できません: 音声サービスが起動しません（Debian や Ubuntu では libspeechd2、speech-dispatcher、speech-dispatcher-espeak-ng の各パッケージです）</translation>
    </message>
    <message>
        <source>Narration panel</source>
        <translation>ナレーションパネル</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>スポットのタイトル</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>文字を小さく（Ctrl+-）</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>文字を大きく（Ctrl+=）</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>ナレーション</translation>
    </message>
    <message>
        <source>This stop has no narration.</source>
        <translation>このスポットにはナレーションがありません。</translation>
    </message>
    <message>
        <source>Recorded narration</source>
        <translation>録音されたナレーション</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>録音の状態</translation>
    </message>
    <message>
        <source>No recording for this stop. {0}.</source>
        <translation>このスポットには録音がありません。{0}。</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>読み上げを停止</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>there is no data folder</source>
        <translation>データフォルダーがありません</translation>
    </message>
    <message>
        <source>there is no notes database</source>
        <translation>メモのデータベースがありません</translation>
    </message>
    <message>
        <source>the notes database cannot be opened</source>
        <translation>メモのデータベースを開けません</translation>
    </message>
    <message>
        <source>notes cannot be saved in {0}: {1}</source>
        <translation>{0} にメモを保存できません: {1}</translation>
    </message>
    <message>
        <source>cannot be saved: {0}</source>
        <translation>保存できません: {0}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>This stop</source>
        <translation>このスポット</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>ツアー全体</translation>
    </message>
    <message>
        <source>Note for</source>
        <translation>メモの対象</translation>
    </message>
    <message>
        <source>Note saved state</source>
        <translation>メモの保存状態</translation>
    </message>
    <message>
        <source>Preview the note as formatted text</source>
        <translation>書式を適用したメモをプレビュー</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>自分のメモ</translation>
    </message>
    <message>
        <source>Your note on this stop: what strikes you, an idea for home, a question for the facilitator… (Markdown works: *italic*, **bold**, - lists)</source>
        <translation>このスポットについてのメモ: 印象に残ったこと、持ち帰りたいアイデア、ファシリテーターへの質問…（Markdown が使えます: *斜体*、**太字**、- 箇条書き）</translation>
    </message>
    <message>
        <source>My note, formatted</source>
        <translation>自分のメモ（書式適用）</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>自分のメモ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}. What you typed stays here.</source>
        <translation>メモを保存できません: {0}。入力した内容はここに残っています。</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}</source>
        <translation>メモを保存できません: {0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
</context>
<context>
    <name>PackageBar</name>
    <message>
        <source>Package problem</source>
        <translation>パッケージの問題</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>もう一度開く</translation>
    </message>
    <message>
        <source>⚠ {0}. Its pictures and recordings cannot be read until it is back; your notes are kept. Put the file back, then open it again.</source>
        <translation>⚠ {0}。ファイルが戻るまで画像と録音は読み込めません。メモはそのまま残ります。ファイルを元の場所に戻してから、もう一度開いてください。</translation>
    </message>
</context>
<context>
    <name>PanoramaView</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>画像を表示できません: {0}</translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation>パノラマ</translation>
    </message>
    <message>
        <source>Show the whole 360° picture flat, and back</source>
        <translation>360° 画像全体を平面で表示（もう一度押すと戻る）</translation>
    </message>
    <message>
        <source>Look around</source>
        <translation>見回す</translation>
    </message>
    <message>
        <source>Look around in the panorama</source>
        <translation>パノラマを見回す</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Show the whole picture flat</source>
        <translation>画像全体を平面で表示</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>{0}° right</source>
        <translation>右 {0}°</translation>
    </message>
    <message>
        <source>{0}° left</source>
        <translation>左 {0}°</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>{0}° up</source>
        <translation>上 {0}°</translation>
    </message>
    <message>
        <source>{0}° down</source>
        <translation>下 {0}°</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>which way the view turns, then how it tilts</comment>
        <translation>{0}、{1}</translation>
    </message>
</context>
<context>
    <name>PanoramaWindow</name>
    <message>
        <source>Panorama</source>
        <translation>パノラマ</translation>
    </message>
    <message>
        <source>Panorama, full window</source>
        <translation>パノラマ（ウィンドウ全体）</translation>
    </message>
</context>
<context>
    <name>PausedCover</name>
    <message>
        <source>The facilitator paused</source>
        <translation>ファシリテーターが一時停止しました</translation>
    </message>
    <message>
        <source>Your viewer follows again when the facilitator goes on.</source>
        <translation>ファシリテーターが先に進むと、画面は再び追従します。</translation>
    </message>
    <message>
        <source>Explore on my own meanwhile</source>
        <translation>その間、自分で見て回る</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Picture {0}: {1}</source>
        <translation>画像 {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>S swaps screens: there is only one screen, so nothing was swapped</source>
        <translation>S は画面を入れ替えますが、画面が 1 つしかないため入れ替えませんでした</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>→/Space next · ← previous · ] [ pictures · B black · W white · F freeze · number+Enter go · S swap · Esc end</source>
        <translation>→/Space 次へ · ← 前へ · ] [ 画像 · B 黒 · W 白 · F 固定 · 数字+Enter 移動 · S 入れ替え · Esc 終了</translation>
    </message>
    <message>
        <source>Press Esc again to end presenting (any other key carries on)</source>
        <translation>発表を終了するには、もう一度 Esc を押してください（他のキーで続行）</translation>
    </message>
    <message>
        <source>No speaker notes for this stop</source>
        <translation>このスポットには発表者ノートがありません</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>このスポットには画像がありません</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>ツアーの終わり</translation>
    </message>
    <message>
        <source>no time plan</source>
        <translation>時間配分なし</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>予定どおり</translation>
    </message>
    <message>
        <source>{0} ahead</source>
        <translation>{0} 先行</translation>
    </message>
    <message>
        <source>{0} behind</source>
        <translation>{0} 遅れ</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>発表者コンソール</translation>
    </message>
    <message>
        <source>Current stop</source>
        <translation>現在のスポット</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the notes, the narration and the audience window</source>
        <translation>ノート、ナレーション、聴衆用ウィンドウの言語</translation>
    </message>
    <message>
        <source>Audience state</source>
        <translation>聴衆用画面の状態</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <source>The time of day</source>
        <translation>現在の時刻</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>現在時刻</translation>
    </message>
    <message>
        <source>Current stop picture</source>
        <translation>現在のスポットの画像</translation>
    </message>
    <message>
        <source>Next stop picture</source>
        <translation>次のスポットの画像</translation>
    </message>
    <message>
        <source>Pictures of this stop: ] and [ choose what the room sees</source>
        <translation>このスポットの画像: ] と [ で会場に見せる画像を選びます</translation>
    </message>
    <message>
        <source>Picture shown</source>
        <translation>表示中の画像</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>次のスポット</translation>
    </message>
    <message>
        <source>Next stop place</source>
        <translation>次のスポットの場所</translation>
    </message>
    <message>
        <source>Current stop panorama</source>
        <translation>現在のスポットのパノラマ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>発表者ノート</translation>
    </message>
    <message>
        <source>Smaller notes (Ctrl + mouse wheel)</source>
        <translation>ノートの文字を小さく（Ctrl + マウスホイール）</translation>
    </message>
    <message>
        <source>Larger notes (Ctrl + mouse wheel)</source>
        <translation>ノートの文字を大きく（Ctrl + マウスホイール）</translation>
    </message>
    <message>
        <source>Time at this stop</source>
        <translation>このスポットでの経過時間</translation>
    </message>
    <message>
        <source>Planned time at this stop</source>
        <translation>このスポットの予定時間</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>合計時間</translation>
    </message>
    <message>
        <source>Planned total time</source>
        <translation>予定の合計時間</translation>
    </message>
    <message>
        <source>Pace against the plan</source>
        <translation>予定に対するペース</translation>
    </message>
    <message>
        <source>Stops: click one to go there</source>
        <translation>スポット: クリックするとそのスポットに移動</translation>
    </message>
    <message>
        <source>Restart timers</source>
        <translation>タイマーをリセット</translation>
    </message>
    <message>
        <source>Start both timers again from zero, e.g. once everyone is ready</source>
        <translation>両方のタイマーを 0 から計り直します（全員の準備ができたときなど）</translation>
    </message>
    <message>
        <source>At this stop</source>
        <translation>このスポットで</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>スポット</translation>
    </message>
    <message>
        <source>Narration for the room</source>
        <translation>会場向けのナレーション</translation>
    </message>
    <message>
        <source>Narration status</source>
        <translation>ナレーションの状態</translation>
    </message>
    <message>
        <source>No recorded narration for this stop</source>
        <translation>このスポットには録音されたナレーションがありません</translation>
    </message>
    <message>
        <source>Transcript line</source>
        <translation>文字起こしの行</translation>
    </message>
    <message>
        <source>Presenter status</source>
        <translation>発表者の状態</translation>
    </message>
    <message>
        <source>Presenter console — {0}</source>
        <translation>発表者コンソール — {0}</translation>
    </message>
    <message>
        <source>No tour</source>
        <translation>ツアーなし</translation>
    </message>
    <message>
        <source>Stop {0} of {1} — {2}</source>
        <translation>スポット {0}/{1} — {2}</translation>
    </message>
    <message>
        <source>Stop {0} — {1}</source>
        <translation>スポット {0} — {1}</translation>
    </message>
    <message>
        <source>Picture {0} of {1}
] next · [ previous</source>
        <translation>画像 {0}/{1}
] 次へ · [ 前へ</translation>
    </message>
    <message>
        <source>of {0} planned</source>
        <translation>/ 予定 {0}</translation>
    </message>
    <message>
        <source>no time planned for this stop</source>
        <translation>このスポットには予定時間がありません</translation>
    </message>
    <message>
        <source>of {0} by the end of this stop</source>
        <translation>/ このスポット終了までの予定 {0}</translation>
    </message>
    <message>
        <source>of {0} by the end of stop {1}, the furthest reached</source>
        <translation>/ これまでで最も進んだスポット {1} の終了までの予定 {0}</translation>
    </message>
    <message>
        <source>{0} for the whole tour</source>
        <translation>ツアー全体で {0}</translation>
    </message>
    <message>
        <source>no time plan in this tour</source>
        <translation>このツアーには時間配分がありません</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Audience frozen on stop {0}: {1}  (F to follow)</source>
        <translation>聴衆用画面はスポット {0} で固定中: {1}（F で追従）</translation>
    </message>
    <message>
        <source>Audience screen is black  (B to show the tour)</source>
        <translation>聴衆用画面は黒です（B でツアーを表示）</translation>
    </message>
    <message>
        <source>Audience screen is white  (W to show the tour)</source>
        <translation>聴衆用画面は白です（W でツアーを表示）</translation>
    </message>
    <message>
        <source>Frozen on stop {0}</source>
        <translation>スポット {0} で固定中</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>黒い画面</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>白い画面</translation>
    </message>
    <message>
        <source>Go to stop {0}…</source>
        <translation>スポット {0} へ移動…</translation>
    </message>
    <message>
        <source>Go to stop {0}… (there are {1})</source>
        <translation>スポット {0} へ移動…（スポットは {1} か所です）</translation>
    </message>
    <message>
        <source>Audience sees stop {0}</source>
        <translation>聴衆にはスポット {0} を表示中</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {0}</source>
        <translation>{0} の問題</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s) and cannot be shown. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; にはエラーが %n 件あるため、表示できません。行をダブルクリックすると、その場所をコピーします。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s); parts of it may be missing. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; にはエラーが %n 件あります。一部が欠けている可能性があります。行をダブルクリックすると、その場所をコピーします。</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>Tour text</source>
        <translation>ツアーの本文</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>自分のメモ</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>ツアー全体</translation>
    </message>
    <message>
        <source>Removed stop ({0})</source>
        <translation>削除されたスポット（{0}）</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}、{1}: {2}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>No results</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Search needs the notes database, which is not available</source>
        <translation>検索にはメモのデータベースが必要ですが、利用できません</translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation>検索パネル</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search this tour and your notes</source>
        <translation>このツアーと自分のメモを検索</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>検索の状態</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>In the picture and its thumbnails</source>
        <translation>画像とそのサムネイル</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture (on the first or last: the previous or next stop)</source>
        <translation>スポットの前または次の画像（最初または最後の画像では、前または次のスポット）</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>the picture full-window</source>
        <translation>画像をウィンドウ全体に表示</translation>
    </message>
    <message>
        <source>Full-window picture</source>
        <translation>ウィンドウ全体の画像</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture</source>
        <translation>スポットの前または次の画像</translation>
    </message>
    <message>
        <source>+ / − / wheel</source>
        <translation>+ / − / ホイール</translation>
    </message>
    <message>
        <source>zoom in or out; drag to move around</source>
        <translation>拡大・縮小（ドラッグで移動）</translation>
    </message>
    <message>
        <source>fit the picture to the window</source>
        <translation>画像をウィンドウに合わせる</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>In a note</source>
        <translation>メモの中</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>leave the note for the next or previous part of the window</source>
        <translation>メモを離れ、ウィンドウの次または前の部分へ移動</translation>
    </message>
    <message>
        <source>back to the tour (the keys move through stops again)</source>
        <translation>ツアーに戻る（キーで再びスポットを移動できます）</translation>
    </message>
    <message>
        <source>Presenting (F5)</source>
        <translation>発表（F5）</translation>
    </message>
    <message>
        <source>Right, PageDown, Space, Enter, Down</source>
        <translation>→、PageDown、Space、Enter、↓</translation>
    </message>
    <message>
        <source>next stop</source>
        <translation>次のスポット</translation>
    </message>
    <message>
        <source>Left, PageUp, Backspace, Up</source>
        <translation>←、PageUp、Backspace、↑</translation>
    </message>
    <message>
        <source>previous stop</source>
        <translation>前のスポット</translation>
    </message>
    <message>
        <source>] / [</source>
        <translation>] / [</translation>
    </message>
    <message>
        <source>the stop&apos;s next or previous picture, for the room</source>
        <translation>会場に見せる、スポットの次または前の画像</translation>
    </message>
    <message>
        <source>B or .  /  W or ,</source>
        <translation>B または .  /  W または ,</translation>
    </message>
    <message>
        <source>black or white screen (again to come back)</source>
        <translation>黒または白の画面（もう一度押すと戻る）</translation>
    </message>
    <message>
        <source>freeze the audience window while you look ahead</source>
        <translation>先を確認する間、聴衆用ウィンドウを固定</translation>
    </message>
    <message>
        <source>a number, then Enter or G</source>
        <translation>数字のあと Enter または G</translation>
    </message>
    <message>
        <source>go to that stop</source>
        <translation>そのスポットに移動</translation>
    </message>
    <message>
        <source>swap the screens</source>
        <translation>画面を入れ替える</translation>
    </message>
    <message>
        <source>Escape, twice</source>
        <translation>Esc を 2 回</translation>
    </message>
    <message>
        <source>end presenting and return here</source>
        <translation>発表を終了してここに戻る</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} または {1}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>StopList</name>
    <message>
        <source>Stops</source>
        <translation>スポット</translation>
    </message>
</context>
<context>
    <name>StopListModel</name>
    <message>
        <source>not visited yet</source>
        <translation>未訪問</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>訪問済み</translation>
    </message>
    <message>
        <source>not visited yet, has a note</source>
        <translation>未訪問、メモあり</translation>
    </message>
    <message>
        <source>visited, has a note</source>
        <translation>訪問済み、メモあり</translation>
    </message>
</context>
<context>
    <name>TextBubble</name>
    <message>
        <source>Hotspot text</source>
        <translation>ホットスポットのテキスト</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>notes</source>
        <translation>ノート</translation>
    </message>
    <message>
        <source>narration text</source>
        <translation>ナレーションの文字</translation>
    </message>
    <message>
        <source>Smaller {0}</source>
        <translation>{0}を小さく</translation>
    </message>
    <message>
        <source>Larger {0}</source>
        <translation>{0}を大きく</translation>
    </message>
    <message>
        <source>{0} size</source>
        <translation>{0}のサイズ</translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <source>◀  Previous</source>
        <translation>◀  前へ</translation>
    </message>
    <message>
        <source>Previous stop</source>
        <translation>前のスポット</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>次へ  ▶</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>次のスポット</translation>
    </message>
    <message>
        <source>Stop position</source>
        <translation>スポットの位置</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>ツアーのタイトル</translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation>スポット {0}/{1}</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>now playing</source>
        <translation>再生中</translation>
    </message>
    <message>
        <source>Play from {0}</source>
        <translation>{0} から再生</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>文字起こし</translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <source>Tour warnings</source>
        <translation>ツアーの警告</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>警告を表示</translation>
    </message>
    <message>
        <source>Dismiss warnings</source>
        <translation>警告を閉じる</translation>
    </message>
    <message>
        <source>✖ This tour has {0} and {1} for its author.</source>
        <translation>✖ このツアーには作成者向けの{0}と{1}があります。</translation>
    </message>
    <message>
        <source>%n error(s)</source>
        <translation>エラー %n 件</translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation>警告 %n 件</translation>
    </message>
    <message>
        <source>✖ This tour has %n error(s) for its author.</source>
        <translation>✖ このツアーには作成者向けのエラーが %n 件あります。</translation>
    </message>
    <message>
        <source>⚠ This tour has %n warning(s) for its author.</source>
        <translation>⚠ このツアーには作成者向けの警告が %n 件あります。</translation>
    </message>
</context>
</TS>
