<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tour Viewer</source>
        <translation>Tour Viewer 정보</translation>
    </message>
    <message>
        <source>An offline viewer for virtual field tours.</source>
        <translation>인터넷 없이 쓰는 가상 현장 투어 뷰어입니다.</translation>
    </message>
    <message>
        <source>Your notes and progress are kept in:</source>
        <translation>메모와 진행 상황이 보관되는 곳:</translation>
    </message>
    <message>
        <source>nowhere: no data folder</source>
        <translation>없음: 데이터 폴더가 없습니다</translation>
    </message>
    <message>
        <source>The log is:</source>
        <translation>로그 파일:</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>기록하지 않음</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>라이선스</translation>
    </message>
</context>
<context>
    <name>AllNotesDialog</name>
    <message>
        <source>Whole tour</source>
        <translation>투어 전체</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>아직 메모 없음</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>삭제된 지점의 메모</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>모든 메모</translation>
    </message>
    <message>
        <source>Your notes by stop</source>
        <translation>지점별 내 메모</translation>
    </message>
    <message>
        <source>Follow a stop&apos;s title to go to that stop</source>
        <translation>지점 제목을 누르면 그 지점으로 이동합니다</translation>
    </message>
    <message>
        <source>All notes — {0}</source>
        <translation>모든 메모 — {0}</translation>
    </message>
    <message>
        <source>Notes need the notes database, which is not available.</source>
        <translation>메모를 쓰려면 메모 데이터베이스가 필요한데, 지금은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>No tour is open.</source>
        <translation>열린 투어가 없습니다.</translation>
    </message>
    <message>
        <source>Stop “{0}”</source>
        <translation>지점 “{0}”</translation>
    </message>
    <message>
        <source>Go to this stop</source>
        <translation>이 지점으로 이동</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience view</source>
        <translation>청중 화면</translation>
    </message>
    <message>
        <source>Stop picture</source>
        <translation>지점 사진</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>지점 제목</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>출처</translation>
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
        <translation>해설 재생 위치</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>경과 시간과 전체 시간</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>Audio status</source>
        <translation>오디오 상태</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  일시 정지</translation>
    </message>
    <message>
        <source>Pause narration</source>
        <translation>해설 일시 정지</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  재생</translation>
    </message>
    <message>
        <source>Play narration</source>
        <translation>해설 재생</translation>
    </message>
</context>
<context>
    <name>BrokenTourPage</name>
    <message>
        <source>Tour problems</source>
        <translation>투어 문제</translation>
    </message>
    <message>
        <source>Why the tour is not shown</source>
        <translation>투어가 표시되지 않는 이유</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Your place in the tour and your notes are kept. Double-click a line to copy where it is (file:line:column).</source>
        <translation>투어에서의 현재 위치와 메모는 그대로 남아 있습니다. 줄을 더블클릭하면 위치(파일:줄:열)가 복사됩니다.</translation>
    </message>
    <message>
        <source>{0} has 1 error — fix it and save; the tour comes back by itself</source>
        <translation>{0}에 오류가 1개 있습니다 — 고쳐서 저장하면 투어가 저절로 다시 나타납니다</translation>
    </message>
    <message>
        <source>{0} has %n errors — fix them and save; the tour comes back by itself</source>
        <translation>{0}에 오류가 %n개 있습니다 — 고쳐서 저장하면 투어가 저절로 다시 나타납니다</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <source>package {0}</source>
        <translation>패키지 {0}</translation>
    </message>
    <message>
        <source>folder {0}</source>
        <translation>폴더 {0}</translation>
    </message>
    <message>
        <source>Stops visited</source>
        <translation>방문한 지점</translation>
    </message>
    <message>
        <source>Cannot be opened: %n problem(s)</source>
        <translation>열 수 없음: 문제 %n개</translation>
    </message>
    <message>
        <source>%n stop(s)</source>
        <translation>지점 %n개</translation>
    </message>
    <message>
        <source>%n problem(s)</source>
        <translation>문제 %n개</translation>
    </message>
    <message>
        <source>Remove from Recent</source>
        <translation>최근 목록에서 제거</translation>
    </message>
    <message>
        <source>{0} of {1} visited</source>
        <translation>{1}곳 중 {0}곳 방문</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Your notes were saved.</source>
        <translation>메모는 저장되었습니다.</translation>
    </message>
    <message>
        <source>Your notes could not all be saved: copy them elsewhere.</source>
        <translation>메모를 모두 저장하지는 못했습니다. 다른 곳에 복사해 두세요.</translation>
    </message>
    <message>
        <source>The details are also in the log, {0}.</source>
        <translation>자세한 내용은 로그 {0}에도 있습니다.</translation>
    </message>
    <message>
        <source>Tour Viewer met an unexpected error. {0}

You can go on working; if something looks wrong, restart Tour Viewer. To report the problem, copy the details and send them with what you were doing.</source>
        <translation>Tour Viewer에서 예상하지 못한 오류가 발생했습니다. {0}

계속 작업해도 됩니다. 이상해 보이는 부분이 있으면 Tour Viewer를 다시 시작하세요. 문제를 알리려면 자세한 내용을 복사해 무엇을 하던 중이었는지와 함께 보내 주세요.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>오류 상세 정보</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>상세 정보 복사</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>EndOfTourBar</name>
    <message>
        <source>This is the last stop: the end of the tour.</source>
        <translation>마지막 지점입니다. 투어가 끝났습니다.</translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation>내 메모 전체</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>메모 내보내기…</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>라이브러리로 돌아가기</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>투어 끝</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export notes</source>
        <translation>메모 내보내기</translation>
    </message>
    <message>
        <source>Only the stops I wrote a note on</source>
        <translation>메모를 쓴 지점만</translation>
    </message>
    <message>
        <source>With the stops&apos; pictures</source>
        <translation>지점 사진 포함</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>A handout of the tour with your notes, as PDF, web page or Markdown.</source>
        <translation>메모가 담긴 투어 유인물을 PDF, 웹 페이지 또는 Markdown으로 만듭니다.</translation>
    </message>
</context>
<context>
    <name>FollowingBar</name>
    <message>
        <source>Guided session</source>
        <translation>가이드 세션</translation>
    </message>
    <message>
        <source>Explore on my own</source>
        <translation>혼자 둘러보기</translation>
    </message>
    <message>
        <source>Back to the facilitator</source>
        <translation>진행자에게 돌아가기</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>나가기</translation>
    </message>
    <message>
        <source>Leave the guided session; the tour stays open where you are</source>
        <translation>가이드 세션에서 나갑니다. 투어는 지금 있는 곳에서 열린 채로 남습니다</translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation>진행자</translation>
    </message>
    <message>
        <source>stop {0} of {1}</source>
        <translation>지점 {0}/{1}</translation>
    </message>
    <message>
        <source>waiting for the session</source>
        <translation>세션을 기다리는 중</translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation>{0}에 참여하는 중…</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>참여하지 않음</translation>
    </message>
    <message>
        <source>{0} ended the guided session</source>
        <translation>{0} 님이 가이드 세션을 끝냈습니다</translation>
    </message>
    <message>
        <source>Joined {0} — getting the tour</source>
        <translation>{0}에 참여함 — 투어를 받는 중</translation>
    </message>
    <message>
        <source>Exploring — {0} lets everyone explore ({1})</source>
        <translation>둘러보는 중 — {0} 님이 모두 자유롭게 둘러보게 했습니다({1})</translation>
    </message>
    <message>
        <source>Following {0} — {1}</source>
        <translation>{0} 님을 따라가는 중 — {1}</translation>
    </message>
    <message>
        <source>Exploring on your own — {0} is at {1}</source>
        <translation>혼자 둘러보는 중 — {0} 님은 {1}에 있습니다</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Pictures of this stop</source>
        <translation>이 지점의 사진</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Picture {0}: {1}</source>
        <translation>사진 {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the broker at {0} port {1} does not answer</source>
        <translation>{0} 포트 {1}의 브로커가 응답하지 않습니다</translation>
    </message>
    <message>
        <source>Tours are not handed over through a broker: ask the facilitator for the .tour file of {0}</source>
        <translation>브로커를 통해서는 투어를 넘겨받을 수 없습니다. 진행자에게 {0}의 .tour 파일을 요청하세요</translation>
    </message>
    <message>
        <source>The broker refused the connection ({0})</source>
        <translation>브로커가 연결을 거부했습니다({0})</translation>
    </message>
    <message>
        <source>Connection to the broker lost: reconnecting…</source>
        <translation>브로커와의 연결이 끊겼습니다. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>The facilitator cannot hand this tour over: ask for the .tour file</source>
        <translation>진행자가 이 투어를 넘겨줄 수 없습니다. .tour 파일을 요청하세요</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting…</source>
        <translation>연결이 끊겼습니다. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>the connection was lost during the hand-over</source>
        <translation>투어를 넘겨받는 중에 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>Say hello with the code first</source>
        <translation>먼저 코드로 인사해야 합니다</translation>
    </message>
    <message>
        <source>The guided session has ended</source>
        <translation>가이드 세션이 끝났습니다</translation>
    </message>
    <message>
        <source>This invitation is for another session</source>
        <translation>다른 세션의 초대입니다</translation>
    </message>
    <message>
        <source>Wrong join code: check the code the facilitator shows</source>
        <translation>참여 코드가 틀렸습니다. 진행자가 보여 주는 코드를 확인하세요</translation>
    </message>
    <message>
        <source>Stop &apos;{0}&apos; is not in your copy of the tour: skipped</source>
        <translation>지점 &apos;{0}&apos;이(가) 가지고 있는 투어에 없어 건너뛰었습니다</translation>
    </message>
    <message>
        <source>The tour is {0} MB, more than the {1} MB accepted</source>
        <translation>투어 크기가 {0}MB로, 허용되는 {1}MB보다 큽니다</translation>
    </message>
    <message>
        <source>The facilitator announced an empty tour</source>
        <translation>진행자가 빈 투어를 알려 왔습니다</translation>
    </message>
    <message>
        <source>Cannot write the tour here: {0}</source>
        <translation>여기에 투어를 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>The facilitator sent more than the tour&apos;s announced size</source>
        <translation>진행자가 알려 준 투어 크기보다 많이 보냈습니다</translation>
    </message>
    <message>
        <source>The hand-over stopped: {0}</source>
        <translation>투어 전달이 중단되었습니다: {0}</translation>
    </message>
    <message>
        <source>The tour received does not match the invitation&apos;s content hash: it was not kept</source>
        <translation>받은 투어가 초대의 콘텐츠 해시와 일치하지 않아 보관하지 않았습니다</translation>
    </message>
    <message>
        <source>This is not a guided-session invitation: it starts with tourviewer://join?</source>
        <translation>가이드 세션 초대가 아닙니다. 초대는 tourviewer://join?으로 시작합니다</translation>
    </message>
    <message>
        <source>The invitation is cut short or garbled: copy the whole line again</source>
        <translation>초대가 잘렸거나 깨졌습니다. 줄 전체를 다시 복사하세요</translation>
    </message>
    <message>
        <source>The invitation is for another version of Tour Viewer (protocol {0})</source>
        <translation>다른 버전의 Tour Viewer용 초대입니다(프로토콜 {0})</translation>
    </message>
    <message>
        <source>The invitation is missing {0}: copy the whole line again</source>
        <translation>초대에 {0}이(가) 없습니다. 줄 전체를 다시 복사하세요</translation>
    </message>
    <message>
        <source>The invitation&apos;s session id is not 128 bits of hexadecimal</source>
        <translation>초대의 세션 ID가 128비트 16진수가 아닙니다</translation>
    </message>
    <message>
        <source>The invitation&apos;s join code is not six letters and digits</source>
        <translation>초대의 참여 코드가 영문자와 숫자 6자리가 아닙니다</translation>
    </message>
    <message>
        <source>The invitation&apos;s tour id or content hash is not valid</source>
        <translation>초대의 투어 ID 또는 콘텐츠 해시가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>The invitation&apos;s facilitator key is not valid</source>
        <translation>초대의 진행자 키가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>The invitation&apos;s broker is not an mqtt://, mqtts://, ws:// or wss:// address</source>
        <translation>초대의 브로커가 mqtt://, mqtts://, ws://, wss:// 주소가 아닙니다</translation>
    </message>
    <message>
        <source>The invitation&apos;s address is not a host name or IP address</source>
        <translation>초대의 주소가 호스트 이름이나 IP 주소가 아닙니다</translation>
    </message>
    <message>
        <source>The invitation&apos;s port is not a number from 1 to 65535</source>
        <translation>초대의 포트가 1부터 65535 사이의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>The facilitator ended the guided session</source>
        <translation>진행자가 가이드 세션을 끝냈습니다</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a file</source>
        <translation>CA 인증서 {0}은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <source>The CA certificate {0} is too large to be a certificate</source>
        <translation>CA 인증서 {0}은(는) 인증서라고 하기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a PEM certificate</source>
        <translation>CA 인증서 {0}은(는) PEM 인증서가 아닙니다</translation>
    </message>
    <message>
        <source>The CA certificate {0} cannot be read ({1})</source>
        <translation>CA 인증서 {0}을(를) 읽을 수 없습니다({1})</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted ({0}). If the broker uses a certificate authority of its own, give that authority&apos;s certificate: --ca-file, or &quot;Broker&apos;s CA certificate&quot; in the join dialog</source>
        <translation>브로커의 인증서를 신뢰할 수 없습니다({0}). 브로커가 자체 인증 기관을 쓴다면 그 기관의 인증서를 지정하세요. --ca-file 또는 참여 대화 상자의 &quot;브로커 CA 인증서&quot;에서 지정합니다</translation>
    </message>
    <message>
        <source>A secure connection to the broker failed ({0}): is it a TLS port?</source>
        <translation>브로커와의 보안 연결에 실패했습니다({0}). TLS 포트가 맞습니까?</translation>
    </message>
    <message>
        <source>Your copy of the tour is another version: stops it lacks are skipped</source>
        <translation>가지고 있는 투어가 다른 버전입니다. 없는 지점은 건너뜁니다</translation>
    </message>
    <message>
        <source>Getting the tour from the facilitator…</source>
        <translation>진행자에게서 투어를 받는 중…</translation>
    </message>
    <message>
        <source>Getting the tour: {0} %</source>
        <translation>투어를 받는 중: {0}%</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Start guided session</source>
        <translation>가이드 세션 시작</translation>
    </message>
    <message>
        <source>Participants&apos; own viewers follow this presentation: they join with an invitation</source>
        <translation>참가자들의 뷰어가 이 발표를 따라갑니다. 참가자는 초대로 참여합니다</translation>
    </message>
    <message>
        <source>Address to join</source>
        <translation>참여 주소</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>참여 코드</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>초대</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>초대 복사</translation>
    </message>
    <message>
        <source>GUIDED SESSION — join with this address and code, or the invitation</source>
        <translation>가이드 세션 — 이 주소와 코드 또는 초대로 참여하세요</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Bring everyone here</source>
        <translation>모두 이곳으로 부르기</translation>
    </message>
    <message>
        <source>Explorers come back to the stop the audience sees</source>
        <translation>둘러보던 참가자들이 청중 화면의 지점으로 돌아옵니다</translation>
    </message>
    <message>
        <source>End guided session</source>
        <translation>가이드 세션 끝내기</translation>
    </message>
    <message>
        <source>Open a tour first</source>
        <translation>먼저 투어를 여세요</translation>
    </message>
    <message>
        <source>The guided session cannot start: {0}</source>
        <translation>가이드 세션을 시작할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Code {0} {1}</source>
        <translation>코드 {0} {1}</translation>
    </message>
    <message>
        <source>Follow me again</source>
        <translation>다시 나를 따라오기</translation>
    </message>
    <message>
        <source>Let everyone explore</source>
        <translation>모두 자유롭게 둘러보기</translation>
    </message>
    <message>
        <source>following</source>
        <translation>따라가는 중</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>둘러보는 중</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>아직 참가자가 없습니다</translation>
    </message>
    <message>
        <source>%n participant(s) connected, {0} following</source>
        <translation>참가자 %n명 연결됨, {0}명 따라가는 중</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Tour Viewer — User guide</source>
        <translation>Tour Viewer — 사용 설명서</translation>
    </message>
    <message>
        <source>Using Tour Viewer</source>
        <translation>Tour Viewer 사용하기</translation>
    </message>
    <message>
        <source>Writing tours</source>
        <translation>투어 작성하기</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>No note</source>
        <translation>메모 없음</translation>
    </message>
    <message>
        <source>Notes on the tour</source>
        <translation>투어 전체에 대한 메모</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>삭제된 지점의 메모</translation>
    </message>
    <message>
        <source>My notes as of {0}</source>
        <translation>{0} 기준 내 메모</translation>
    </message>
</context>
<context>
    <name>HandoutPdf</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>{1}쪽 중 {0}쪽</translation>
    </message>
</context>
<context>
    <name>HotspotLayer</name>
    <message>
        <source>Goes to {0}</source>
        <translation>{0}(으)로 이동합니다</translation>
    </message>
    <message>
        <source>Shows another picture of this stop</source>
        <translation>이 지점의 다른 사진을 보여 줍니다</translation>
    </message>
    <message>
        <source>Opens a note about this place</source>
        <translation>이곳에 대한 설명을 엽니다</translation>
    </message>
    <message>
        <source>A label on the picture</source>
        <translation>사진 위의 이름표</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <source>Picture</source>
        <translation>사진</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture, full window</source>
        <translation>사진, 창 전체</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>사진 번호</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>전체 화면(F11)</translation>
    </message>
    <message>
        <source>✕  Close</source>
        <translation>✕  닫기</translation>
    </message>
    <message>
        <source>Close the picture</source>
        <translation>사진 닫기</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>닫기(Esc)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>전체 화면 끝내기</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join guided session</source>
        <translation>가이드 세션 참여</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>초대</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Only for a broker with a certificate authority of its own: its .pem file</source>
        <translation>자체 인증 기관을 쓰는 브로커에만 필요: 그 기관의 .pem 파일</translation>
    </message>
    <message>
        <source>Broker&apos;s CA certificate</source>
        <translation>브로커 CA 인증서</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>참여</translation>
    </message>
    <message>
        <source>Paste the line the facilitator shared. Your notes stay on this computer.</source>
        <translation>진행자가 공유한 줄을 붙여 넣으세요. 메모는 이 컴퓨터에만 남습니다.</translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate</source>
        <translation>브로커 CA 인증서</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>인증서 (*.pem *.crt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Checking the broker&apos;s certificate…</source>
        <translation>브로커의 인증서를 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Recent</source>
        <translation>최근에 연 투어</translation>
    </message>
    <message>
        <source>Sample tours</source>
        <translation>샘플 투어</translation>
    </message>
    <message>
        <source>Your tours</source>
        <translation>내 투어</translation>
    </message>
    <message>
        <source>Tour library</source>
        <translation>투어 라이브러리</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>투어 열기</translation>
    </message>
    <message>
        <source>Put tours in {0} to see them here.</source>
        <translation>투어를 {0}에 넣으면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose a tour, or open a tour folder or .tour file (Ctrl+O, or drop it here).</source>
        <translation>투어를 고르거나 투어 폴더 또는 .tour 파일을 여세요(Ctrl+O 또는 여기에 끌어다 놓기).</translation>
    </message>
    <message>
        <source>Open a tour…</source>
        <translation>투어 열기…</translation>
    </message>
    <message>
        <source>Continue {0} at stop {1}</source>
        <translation>{0} 이어 보기(지점 {1}부터)</translation>
    </message>
    <message>
        <source>Continue {0}</source>
        <translation>{0} 이어 보기</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User &amp;guide</source>
        <translation>사용 설명서(&amp;G)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>진단 정보 복사(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Tour Viewer</source>
        <translation>Tour Viewer 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Open a tour first: Export notes writes the notes of the tour on screen.</source>
        <translation>먼저 투어를 여세요. 메모 내보내기는 화면에 열린 투어의 메모를 씁니다.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>{0} — Tour Viewer</source>
        <translation>{0} — Tour Viewer</translation>
    </message>
    <message>
        <source>Your notes database was damaged</source>
        <translation>메모 데이터베이스가 손상되었습니다</translation>
    </message>
    <message>
        <source>Tour Viewer could not read its notes database, so it started a new one. The old one is kept, untouched, at:

{0}</source>
        <translation>Tour Viewer가 메모 데이터베이스를 읽을 수 없어 새 데이터베이스를 만들었습니다. 이전 데이터베이스는 손대지 않은 채 다음 위치에 보관되어 있습니다.

{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 투어 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>메모 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>라이브러리(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Join guided session…</source>
        <translation>가이드 세션 참여(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next stop</source>
        <translation>다음 지점(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous stop</source>
        <translation>이전 지점(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;First stop</source>
        <translation>첫 지점(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last stop</source>
        <translation>마지막 지점(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Present…</source>
        <translation>발표(&amp;P)…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>메모 쓰기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;All notes…</source>
        <translation>모든 메모(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>검색(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>글자 크게(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>보통 글자 크기(&amp;N)</translation>
    </message>
    <message>
        <source>Tour &amp;problems…</source>
        <translation>투어 문제(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>인터페이스 언어(&amp;I)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>언어(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Tours (tour.toml *.tour)</source>
        <translation>투어 (tour.toml *.tour)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>투어 열기</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>실시간 미리 보기</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour (reloaded at {1})</source>
        <translation>실시간 미리 보기: {0}/tour.toml과 그 파일들을 지켜보는 중입니다. 저장하면 투어를 다시 불러옵니다({1}에 다시 불러옴)</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour</source>
        <translation>실시간 미리 보기: {0}/tour.toml과 그 파일들을 지켜보는 중입니다. 저장하면 투어를 다시 불러옵니다</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>메모 내보내기</translation>
    </message>
    <message>
        <source>Exporting notes to {0}…</source>
        <translation>{0}(으)로 메모를 내보내는 중…</translation>
    </message>
    <message>
        <source>Export cancelled: {0} was not written</source>
        <translation>내보내기 취소됨: {0}을(를) 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>The notes could not be written to {0}:
{1}</source>
        <translation>메모를 {0}에 쓸 수 없었습니다:
{1}</translation>
    </message>
    <message>
        <source>Notes exported to {0}</source>
        <translation>메모를 {0}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Saving your notes…</source>
        <translation>메모를 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Tour map</source>
        <translation>투어 지도</translation>
    </message>
    <message>
        <source>This stop</source>
        <translation>이 지점</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>The tour&apos;s overview map and the current stop&apos;s detail map</source>
        <translation>투어 전체 지도와 현재 지점의 상세 지도</translation>
    </message>
    <message>
        <source>The current stop&apos;s detail map</source>
        <translation>현재 지점의 상세 지도</translation>
    </message>
    <message>
        <source>This stop has no map</source>
        <translation>이 지점에는 지도가 없습니다</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>확대(+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>축소(−)</translation>
    </message>
    <message>
        <source>Show all stops</source>
        <translation>모든 지점 보기</translation>
    </message>
    <message>
        <source>Show all stops (0)</source>
        <translation>모든 지점 보기(0)</translation>
    </message>
    <message>
        <source>Open the map in a window</source>
        <translation>지도를 창으로 열기</translation>
    </message>
    <message>
        <source>Open the map in a window of its own, as large as you like (W)</source>
        <translation>지도를 별도 창에서 원하는 크기로 열기(W)</translation>
    </message>
    <message>
        <source>No tour open</source>
        <translation>열린 투어 없음</translation>
    </message>
    <message>
        <source>This tour has no map</source>
        <translation>이 투어에는 지도가 없습니다</translation>
    </message>
    <message>
        <source>No map for this stop</source>
        <translation>이 지점에는 지도가 없습니다</translation>
    </message>
    <message>
        <source>Map image {0} cannot be decoded: {1}</source>
        <translation>지도 이미지 {0}을(를) 디코딩할 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Map image not available: {0}</source>
        <translation>지도 이미지를 사용할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>%n stop(s) shown</source>
        <translation>지점 %n개 표시</translation>
    </message>
    <message>
        <source>current stop {0}</source>
        <translation>현재 지점 {0}</translation>
    </message>
    <message>
        <source>chosen: stop {0}, Enter goes there</source>
        <translation>선택됨: 지점 {0}, Enter를 누르면 이동</translation>
    </message>
    <message>
        <source>Arrow keys choose a stop, plus and minus zoom, 0 shows all stops</source>
        <translation>화살표 키로 지점 선택, 더하기와 빼기로 확대·축소, 0으로 모든 지점 보기</translation>
    </message>
    <message>
        <source>Overview map of the tour</source>
        <translation>투어 전체 지도</translation>
    </message>
    <message>
        <source>Detail map of the current stop</source>
        <translation>현재 지점의 상세 지도</translation>
    </message>
</context>
<context>
    <name>MapWindow</name>
    <message>
        <source>Map window</source>
        <translation>지도 창</translation>
    </message>
    <message>
        <source>Tour map</source>
        <translation>투어 지도</translation>
    </message>
    <message>
        <source>Tour map — {0}</source>
        <translation>투어 지도 — {0}</translation>
    </message>
    <message>
        <source>Stop map</source>
        <translation>지점 지도</translation>
    </message>
    <message>
        <source>Stop map — {0}</source>
        <translation>지점 지도 — {0}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>the {0} is cut short</source>
        <translation>{0} 파일이 중간에 잘렸습니다</translation>
    </message>
    <message>
        <source>the {0}&apos;s picture data is damaged</source>
        <translation>{0} 파일의 그림 데이터가 손상되었습니다</translation>
    </message>
    <message>
        <source>it is not an image Pillow can read</source>
        <translation>Pillow가 읽을 수 있는 이미지가 아닙니다</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}({1})</translation>
    </message>
    <message>
        <source>it is an animated PNG that declares no frames</source>
        <translation>프레임이 없다고 선언된 애니메이션 PNG입니다</translation>
    </message>
    <message>
        <source>it needs more memory than this computer has</source>
        <translation>이 컴퓨터의 메모리보다 많은 메모리가 필요합니다</translation>
    </message>
    <message>
        <source>it holds a kind of picture data Pillow cannot decode</source>
        <translation>Pillow가 디코딩할 수 없는 종류의 그림 데이터가 들어 있습니다</translation>
    </message>
    <message>
        <source>the {0} is damaged</source>
        <translation>{0} 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>The recording {0} is missing from the tour folder</source>
        <translation>녹음 {0}이(가) 투어 폴더에 없습니다</translation>
    </message>
    <message>
        <source>The recording {0} cannot be read: {1}</source>
        <translation>녹음 {0}을(를) 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>its package changed</source>
        <translation>패키지가 바뀌었습니다</translation>
    </message>
    <message>
        <source>has no sound stream that can be read</source>
        <translation>읽을 수 있는 소리 스트림이 없습니다</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>읽을 수 없습니다</translation>
    </message>
    <message>
        <source>has no MPEG audio in it, only tags</source>
        <translation>MPEG 오디오 없이 태그만 들어 있습니다</translation>
    </message>
    <message>
        <source>is not audio of a supported kind</source>
        <translation>지원되는 종류의 오디오가 아닙니다</translation>
    </message>
    <message>
        <source>holds Theora video and no sound</source>
        <translation>소리 없이 Theora 동영상만 들어 있습니다</translation>
    </message>
    <message>
        <source>is Speex in Ogg; the tour format allows Opus or Vorbis in Ogg</source>
        <translation>Ogg 안의 Speex입니다. 투어 형식은 Ogg 안의 Opus나 Vorbis만 허용합니다</translation>
    </message>
    <message>
        <source>is {0} audio; use {1}</source>
        <translation>{0} 오디오입니다. {1}을(를) 사용하세요</translation>
    </message>
    <message>
        <source>has no audio track (M4A/M4B without sound)</source>
        <translation>오디오 트랙이 없습니다(소리 없는 M4A/M4B)</translation>
    </message>
    <message>
        <source>has no sound in it: its stream is empty</source>
        <translation>소리가 들어 있지 않습니다. 스트림이 비어 있습니다</translation>
    </message>
    <message>
        <source>is a damaged FLAC: no audio frame follows its header</source>
        <translation>손상된 FLAC입니다. 헤더 뒤에 오디오 프레임이 없습니다</translation>
    </message>
    <message>
        <source>Audio cannot play here: Qt Multimedia is not available</source>
        <translation>여기서는 오디오를 재생할 수 없습니다: Qt Multimedia를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Audio cannot play here: no sound device</source>
        <translation>여기서는 오디오를 재생할 수 없습니다: 사운드 장치가 없습니다</translation>
    </message>
    <message>
        <source>This recording cannot play: {0}</source>
        <translation>이 녹음을 재생할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>the file is damaged or cannot be opened</source>
        <translation>파일이 손상되었거나 열 수 없습니다</translation>
    </message>
    <message>
        <source>this computer has no decoder for the kind of sound in it</source>
        <translation>이 컴퓨터에는 이 형식의 소리를 재생할 디코더가 없습니다</translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation>파일을 열 수 없습니다(권한 없음)</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>This recording cannot play: {0} {1}</source>
        <translation>이 녹음을 재생할 수 없습니다. {0}: {1}</translation>
    </message>
    <message>
        <source>Audio cannot play here: {0}</source>
        <translation>여기서는 오디오를 재생할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>이 지점에는 사진이 없습니다</translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>읽을 수 없는 이미지</translation>
    </message>
    <message>
        <source>Qt cannot read it ({0})</source>
        <translation>Qt가 읽을 수 없습니다({0})</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>이미지를 사용할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>{0} cannot be decoded: {1}</source>
        <translation>{0}을(를) 디코딩할 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>NarrationBrowser</name>
    <message>
        <source>Links</source>
        <translation>링크</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>No recording for this stop</source>
        <translation>이 지점에는 녹음이 없습니다</translation>
    </message>
    <message>
        <source>Read aloud needs a speech engine, and none is installed here</source>
        <translation>소리 내어 읽기에는 음성 엔진이 필요하지만, 이 컴퓨터에는 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Read aloud is not available: the speech service does not start (on Debian or Ubuntu it is the packages libspeechd2, speech-dispatcher and speech-dispatcher-espeak-ng)</source>
        <translation>소리 내어 읽기를 사용할 수 없습니다: 음성 서비스가 시작되지 않습니다(Debian이나 Ubuntu에서는 libspeechd2, speech-dispatcher, speech-dispatcher-espeak-ng 패키지입니다)</translation>
    </message>
    <message>
        <source>Narration panel</source>
        <translation>해설 패널</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>지점 제목</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>글자 작게(Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>글자 크게(Ctrl+=)</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>해설</translation>
    </message>
    <message>
        <source>This stop has no narration.</source>
        <translation>이 지점에는 해설이 없습니다.</translation>
    </message>
    <message>
        <source>Recorded narration</source>
        <translation>녹음된 해설</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>녹음 상태</translation>
    </message>
    <message>
        <source>No recording for this stop. {0}.</source>
        <translation>이 지점에는 녹음이 없습니다. {0}.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>읽기 중지</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>there is no data folder</source>
        <translation>데이터 폴더가 없습니다</translation>
    </message>
    <message>
        <source>there is no notes database</source>
        <translation>메모 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>the notes database cannot be opened</source>
        <translation>메모 데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>notes cannot be saved in {0}: {1}</source>
        <translation>{0}에 메모를 저장할 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>cannot be saved: {0}</source>
        <translation>저장할 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>This stop</source>
        <translation>이 지점</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>투어 전체</translation>
    </message>
    <message>
        <source>Note for</source>
        <translation>메모 대상</translation>
    </message>
    <message>
        <source>Note saved state</source>
        <translation>메모 저장 상태</translation>
    </message>
    <message>
        <source>Preview the note as formatted text</source>
        <translation>서식이 적용된 메모 미리 보기</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>Your note on this stop: what strikes you, an idea for home, a question for the facilitator… (Markdown works: *italic*, **bold**, - lists)</source>
        <translation>이 지점에 대한 메모: 인상 깊은 점, 돌아가서 해 볼 아이디어, 진행자에게 할 질문… (Markdown 사용 가능: *기울임*, **굵게**, - 목록)</translation>
    </message>
    <message>
        <source>My note, formatted</source>
        <translation>내 메모(서식 적용)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}. What you typed stays here.</source>
        <translation>메모를 저장할 수 없습니다: {0}. 입력한 내용은 여기에 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}</source>
        <translation>메모를 저장할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
</context>
<context>
    <name>PackageBar</name>
    <message>
        <source>Package problem</source>
        <translation>패키지 문제</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <source>⚠ {0}. Its pictures and recordings cannot be read until it is back; your notes are kept. Put the file back, then open it again.</source>
        <translation>⚠ {0}. 파일이 돌아올 때까지 사진과 녹음을 읽을 수 없습니다. 메모는 그대로 남아 있습니다. 파일을 제자리에 돌려놓은 뒤 다시 여세요.</translation>
    </message>
</context>
<context>
    <name>PanoramaView</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>이미지를 사용할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation>파노라마</translation>
    </message>
    <message>
        <source>Show the whole 360° picture flat, and back</source>
        <translation>360° 사진 전체를 평면으로 보기, 다시 누르면 되돌아감</translation>
    </message>
    <message>
        <source>Look around</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <source>Look around in the panorama</source>
        <translation>파노라마 둘러보기</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>평면</translation>
    </message>
    <message>
        <source>Show the whole picture flat</source>
        <translation>사진 전체를 평면으로 보기</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>정면</translation>
    </message>
    <message>
        <source>{0}° right</source>
        <translation>오른쪽 {0}°</translation>
    </message>
    <message>
        <source>{0}° left</source>
        <translation>왼쪽 {0}°</translation>
    </message>
    <message>
        <source>level</source>
        <translation>수평</translation>
    </message>
    <message>
        <source>{0}° up</source>
        <translation>위 {0}°</translation>
    </message>
    <message>
        <source>{0}° down</source>
        <translation>아래 {0}°</translation>
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
        <translation>파노라마</translation>
    </message>
    <message>
        <source>Panorama, full window</source>
        <translation>파노라마, 창 전체</translation>
    </message>
</context>
<context>
    <name>PausedCover</name>
    <message>
        <source>The facilitator paused</source>
        <translation>진행자가 일시 정지했습니다</translation>
    </message>
    <message>
        <source>Your viewer follows again when the facilitator goes on.</source>
        <translation>진행자가 계속 진행하면 화면이 다시 따라갑니다.</translation>
    </message>
    <message>
        <source>Explore on my own meanwhile</source>
        <translation>그동안 혼자 둘러보기</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Picture {0}: {1}</source>
        <translation>사진 {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>S swaps screens: there is only one screen, so nothing was swapped</source>
        <translation>S는 화면을 바꿉니다. 화면이 하나뿐이라 바꾸지 않았습니다</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>→/Space next · ← previous · ] [ pictures · B black · W white · F freeze · number+Enter go · S swap · Esc end</source>
        <translation>→/Space 다음 · ← 이전 · ] [ 사진 · B 검은 화면 · W 흰 화면 · F 고정 · 숫자+Enter 이동 · S 화면 바꾸기 · Esc 끝내기</translation>
    </message>
    <message>
        <source>Press Esc again to end presenting (any other key carries on)</source>
        <translation>발표를 끝내려면 Esc를 한 번 더 누르세요(다른 키를 누르면 계속합니다)</translation>
    </message>
    <message>
        <source>No speaker notes for this stop</source>
        <translation>이 지점에는 발표자 노트가 없습니다</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>이 지점에는 사진이 없습니다</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>투어 끝</translation>
    </message>
    <message>
        <source>no time plan</source>
        <translation>시간 계획 없음</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>예정대로</translation>
    </message>
    <message>
        <source>{0} ahead</source>
        <translation>{0} 빠름</translation>
    </message>
    <message>
        <source>{0} behind</source>
        <translation>{0} 늦음</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>발표자 콘솔</translation>
    </message>
    <message>
        <source>Current stop</source>
        <translation>현재 지점</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The language of the notes, the narration and the audience window</source>
        <translation>노트, 해설, 청중 창의 언어</translation>
    </message>
    <message>
        <source>Audience state</source>
        <translation>청중 화면 상태</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>시계</translation>
    </message>
    <message>
        <source>The time of day</source>
        <translation>현재 시각</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>현재 시각</translation>
    </message>
    <message>
        <source>Current stop picture</source>
        <translation>현재 지점 사진</translation>
    </message>
    <message>
        <source>Next stop picture</source>
        <translation>다음 지점 사진</translation>
    </message>
    <message>
        <source>Pictures of this stop: ] and [ choose what the room sees</source>
        <translation>이 지점의 사진: ]와 [로 청중에게 보여 줄 사진을 고릅니다</translation>
    </message>
    <message>
        <source>Picture shown</source>
        <translation>표시 중인 사진</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>다음 지점</translation>
    </message>
    <message>
        <source>Next stop place</source>
        <translation>다음 지점 장소</translation>
    </message>
    <message>
        <source>Current stop panorama</source>
        <translation>현재 지점 파노라마</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>발표자 노트</translation>
    </message>
    <message>
        <source>Smaller notes (Ctrl + mouse wheel)</source>
        <translation>노트 글자 작게(Ctrl + 마우스 휠)</translation>
    </message>
    <message>
        <source>Larger notes (Ctrl + mouse wheel)</source>
        <translation>노트 글자 크게(Ctrl + 마우스 휠)</translation>
    </message>
    <message>
        <source>Time at this stop</source>
        <translation>이 지점에서 보낸 시간</translation>
    </message>
    <message>
        <source>Planned time at this stop</source>
        <translation>이 지점의 예정 시간</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>전체 경과 시간</translation>
    </message>
    <message>
        <source>Planned total time</source>
        <translation>전체 예정 시간</translation>
    </message>
    <message>
        <source>Pace against the plan</source>
        <translation>계획 대비 진행 속도</translation>
    </message>
    <message>
        <source>Stops: click one to go there</source>
        <translation>지점: 클릭하면 그 지점으로 이동</translation>
    </message>
    <message>
        <source>Restart timers</source>
        <translation>타이머 다시 시작</translation>
    </message>
    <message>
        <source>Start both timers again from zero, e.g. once everyone is ready</source>
        <translation>두 타이머를 0부터 다시 시작합니다(예: 모두 준비되었을 때)</translation>
    </message>
    <message>
        <source>At this stop</source>
        <translation>이 지점에서</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Narration for the room</source>
        <translation>청중을 위한 해설</translation>
    </message>
    <message>
        <source>Narration status</source>
        <translation>해설 상태</translation>
    </message>
    <message>
        <source>No recorded narration for this stop</source>
        <translation>이 지점에는 녹음된 해설이 없습니다</translation>
    </message>
    <message>
        <source>Transcript line</source>
        <translation>대본 줄</translation>
    </message>
    <message>
        <source>Presenter status</source>
        <translation>발표자 상태</translation>
    </message>
    <message>
        <source>Presenter console — {0}</source>
        <translation>발표자 콘솔 — {0}</translation>
    </message>
    <message>
        <source>No tour</source>
        <translation>투어 없음</translation>
    </message>
    <message>
        <source>Stop {0} of {1} — {2}</source>
        <translation>지점 {0}/{1} — {2}</translation>
    </message>
    <message>
        <source>Stop {0} — {1}</source>
        <translation>지점 {0} — {1}</translation>
    </message>
    <message>
        <source>Picture {0} of {1}
] next · [ previous</source>
        <translation>사진 {0}/{1}
] 다음 · [ 이전</translation>
    </message>
    <message>
        <source>of {0} planned</source>
        <translation>/ 예정 {0}</translation>
    </message>
    <message>
        <source>no time planned for this stop</source>
        <translation>이 지점에는 예정 시간이 없습니다</translation>
    </message>
    <message>
        <source>of {0} by the end of this stop</source>
        <translation>/ 이 지점까지 예정 {0}</translation>
    </message>
    <message>
        <source>of {0} by the end of stop {1}, the furthest reached</source>
        <translation>/ 지금까지 가장 멀리 간 지점 {1}까지 예정 {0}</translation>
    </message>
    <message>
        <source>{0} for the whole tour</source>
        <translation>투어 전체 {0}</translation>
    </message>
    <message>
        <source>no time plan in this tour</source>
        <translation>이 투어에는 시간 계획이 없습니다</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Audience frozen on stop {0}: {1}  (F to follow)</source>
        <translation>청중 화면이 지점 {0}에 고정됨: {1}  (F를 누르면 따라감)</translation>
    </message>
    <message>
        <source>Audience screen is black  (B to show the tour)</source>
        <translation>청중 화면이 검은색입니다  (B를 누르면 투어 표시)</translation>
    </message>
    <message>
        <source>Audience screen is white  (W to show the tour)</source>
        <translation>청중 화면이 흰색입니다  (W를 누르면 투어 표시)</translation>
    </message>
    <message>
        <source>Frozen on stop {0}</source>
        <translation>지점 {0}에 고정됨</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>검은 화면</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>흰 화면</translation>
    </message>
    <message>
        <source>Go to stop {0}…</source>
        <translation>지점 {0}(으)로 이동…</translation>
    </message>
    <message>
        <source>Go to stop {0}… (there are {1})</source>
        <translation>지점 {0}(으)로 이동… (지점은 {1}개뿐입니다)</translation>
    </message>
    <message>
        <source>Audience sees stop {0}</source>
        <translation>청중이 보는 지점: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {0}</source>
        <translation>{0}의 문제</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s) and cannot be shown. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;에 오류가 %n개 있어 표시할 수 없습니다. 줄을 더블클릭하면 위치가 복사됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s); parts of it may be missing. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;에 오류가 %n개 있습니다. 일부 내용이 빠져 있을 수 있습니다. 줄을 더블클릭하면 위치가 복사됩니다.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>Tour text</source>
        <translation>투어 본문</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>투어 전체</translation>
    </message>
    <message>
        <source>Removed stop ({0})</source>
        <translation>삭제된 지점({0})</translation>
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
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>Search needs the notes database, which is not available</source>
        <translation>검색하려면 메모 데이터베이스가 필요한데, 지금은 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation>검색 패널</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search this tour and your notes</source>
        <translation>이 투어와 내 메모 검색</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>검색 상태</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>In the picture and its thumbnails</source>
        <translation>사진과 미리 보기 사진에서</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>왼쪽 / 오른쪽</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture (on the first or last: the previous or next stop)</source>
        <translation>지점의 이전 또는 다음 사진(첫 사진이나 마지막 사진에서는 이전 또는 다음 지점)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>the picture full-window</source>
        <translation>사진을 창 전체로 보기</translation>
    </message>
    <message>
        <source>Full-window picture</source>
        <translation>창 전체 사진</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture</source>
        <translation>지점의 이전 또는 다음 사진</translation>
    </message>
    <message>
        <source>+ / − / wheel</source>
        <translation>+ / − / 휠</translation>
    </message>
    <message>
        <source>zoom in or out; drag to move around</source>
        <translation>확대 또는 축소, 끌어서 이동</translation>
    </message>
    <message>
        <source>fit the picture to the window</source>
        <translation>사진을 창에 맞추기</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>In a note</source>
        <translation>메모에서</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>leave the note for the next or previous part of the window</source>
        <translation>메모에서 나가 창의 다음 또는 이전 부분으로 가기</translation>
    </message>
    <message>
        <source>back to the tour (the keys move through stops again)</source>
        <translation>투어로 돌아가기(키로 다시 지점을 이동)</translation>
    </message>
    <message>
        <source>Presenting (F5)</source>
        <translation>발표(F5)</translation>
    </message>
    <message>
        <source>Right, PageDown, Space, Enter, Down</source>
        <translation>오른쪽, PageDown, Space, Enter, 아래쪽</translation>
    </message>
    <message>
        <source>next stop</source>
        <translation>다음 지점</translation>
    </message>
    <message>
        <source>Left, PageUp, Backspace, Up</source>
        <translation>왼쪽, PageUp, Backspace, 위쪽</translation>
    </message>
    <message>
        <source>previous stop</source>
        <translation>이전 지점</translation>
    </message>
    <message>
        <source>] / [</source>
        <translation>] / [</translation>
    </message>
    <message>
        <source>the stop&apos;s next or previous picture, for the room</source>
        <translation>청중에게 보여 줄 지점의 다음 또는 이전 사진</translation>
    </message>
    <message>
        <source>B or .  /  W or ,</source>
        <translation>B 또는 .  /  W 또는 ,</translation>
    </message>
    <message>
        <source>black or white screen (again to come back)</source>
        <translation>검은 화면 또는 흰 화면(한 번 더 누르면 돌아옴)</translation>
    </message>
    <message>
        <source>freeze the audience window while you look ahead</source>
        <translation>앞 내용을 보는 동안 청중 창 고정</translation>
    </message>
    <message>
        <source>a number, then Enter or G</source>
        <translation>숫자 입력 후 Enter 또는 G</translation>
    </message>
    <message>
        <source>go to that stop</source>
        <translation>그 지점으로 이동</translation>
    </message>
    <message>
        <source>swap the screens</source>
        <translation>화면 바꾸기</translation>
    </message>
    <message>
        <source>Escape, twice</source>
        <translation>Esc 두 번</translation>
    </message>
    <message>
        <source>end presenting and return here</source>
        <translation>발표를 끝내고 이 화면으로 돌아오기</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} 또는 {1}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>StopList</name>
    <message>
        <source>Stops</source>
        <translation>지점</translation>
    </message>
</context>
<context>
    <name>StopListModel</name>
    <message>
        <source>not visited yet</source>
        <translation>아직 방문하지 않음</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>방문함</translation>
    </message>
    <message>
        <source>not visited yet, has a note</source>
        <translation>아직 방문하지 않음, 메모 있음</translation>
    </message>
    <message>
        <source>visited, has a note</source>
        <translation>방문함, 메모 있음</translation>
    </message>
</context>
<context>
    <name>TextBubble</name>
    <message>
        <source>Hotspot text</source>
        <translation>핫스폿 내용</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>notes</source>
        <translation>노트</translation>
    </message>
    <message>
        <source>narration text</source>
        <translation>해설 글자</translation>
    </message>
    <message>
        <source>Smaller {0}</source>
        <translation>{0} 작게</translation>
    </message>
    <message>
        <source>Larger {0}</source>
        <translation>{0} 크게</translation>
    </message>
    <message>
        <source>{0} size</source>
        <translation>{0} 크기</translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <source>◀  Previous</source>
        <translation>◀  이전</translation>
    </message>
    <message>
        <source>Previous stop</source>
        <translation>이전 지점</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>다음  ▶</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>다음 지점</translation>
    </message>
    <message>
        <source>Stop position</source>
        <translation>지점 위치</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>투어 제목</translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation>지점 {0}/{1}</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>now playing</source>
        <translation>재생 중</translation>
    </message>
    <message>
        <source>Play from {0}</source>
        <translation>{0}부터 재생</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>대본</translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <source>Tour warnings</source>
        <translation>투어 경고</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>경고 보기</translation>
    </message>
    <message>
        <source>Dismiss warnings</source>
        <translation>경고 닫기</translation>
    </message>
    <message>
        <source>✖ This tour has {0} and {1} for its author.</source>
        <translation>✖ 이 투어에는 작성자가 살펴볼 {0}와(과) {1}이(가) 있습니다.</translation>
    </message>
    <message>
        <source>%n error(s)</source>
        <translation>오류 %n개</translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation>경고 %n개</translation>
    </message>
    <message>
        <source>✖ This tour has %n error(s) for its author.</source>
        <translation>✖ 이 투어에는 작성자가 살펴볼 오류가 %n개 있습니다.</translation>
    </message>
    <message>
        <source>⚠ This tour has %n warning(s) for its author.</source>
        <translation>⚠ 이 투어에는 작성자가 살펴볼 경고가 %n개 있습니다.</translation>
    </message>
</context>
</TS>
