<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tour Viewer</source>
        <translation>关于 Tour Viewer</translation>
    </message>
    <message>
        <source>An offline viewer for virtual field tours.</source>
        <translation>离线使用的虚拟实地考察导览查看器。</translation>
    </message>
    <message>
        <source>Your notes and progress are kept in:</source>
        <translation>你的笔记和进度保存在：</translation>
    </message>
    <message>
        <source>nowhere: no data folder</source>
        <translation>无：没有数据文件夹</translation>
    </message>
    <message>
        <source>The log is:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>AllNotesDialog</name>
    <message>
        <source>Whole tour</source>
        <translation>整个导览</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>暂无笔记</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>已删除站点的笔记</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <source>Your notes by stop</source>
        <translation>按站点排列的笔记</translation>
    </message>
    <message>
        <source>Follow a stop&apos;s title to go to that stop</source>
        <translation>点击站点标题即可前往该站</translation>
    </message>
    <message>
        <source>All notes — {0}</source>
        <translation>全部笔记 — {0}</translation>
    </message>
    <message>
        <source>Notes need the notes database, which is not available.</source>
        <translation>笔记需要笔记数据库，但该数据库当前不可用。</translation>
    </message>
    <message>
        <source>No tour is open.</source>
        <translation>没有打开的导览。</translation>
    </message>
    <message>
        <source>Stop “{0}”</source>
        <translation>站点“{0}”</translation>
    </message>
    <message>
        <source>Go to this stop</source>
        <translation>前往此站</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience view</source>
        <translation>观众画面</translation>
    </message>
    <message>
        <source>Stop picture</source>
        <translation>本站图片</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>站点标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>来源</translation>
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
        <translation>解说播放位置</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>已播放时间和总时长</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Audio status</source>
        <translation>音频状态</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  暂停</translation>
    </message>
    <message>
        <source>Pause narration</source>
        <translation>暂停解说</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  播放</translation>
    </message>
    <message>
        <source>Play narration</source>
        <translation>播放解说</translation>
    </message>
</context>
<context>
    <name>BrokenTourPage</name>
    <message>
        <source>Tour problems</source>
        <translation>导览问题</translation>
    </message>
    <message>
        <source>Why the tour is not shown</source>
        <translation>导览未显示的原因</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Your place in the tour and your notes are kept. Double-click a line to copy where it is (file:line:column).</source>
        <translation>你在导览中的位置和笔记都会保留。双击某一行即可复制其位置（文件:行:列）。</translation>
    </message>
    <message>
        <source>{0} has 1 error — fix it and save; the tour comes back by itself</source>
        <translation>{0} 有 1 个错误 — 修正并保存后，导览会自动恢复</translation>
    </message>
    <message>
        <source>{0} has %n errors — fix them and save; the tour comes back by itself</source>
        <translation>{0} 有 %n 个错误 — 修正并保存后，导览会自动恢复</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <source>package {0}</source>
        <translation>导览包 {0}</translation>
    </message>
    <message>
        <source>folder {0}</source>
        <translation>文件夹 {0}</translation>
    </message>
    <message>
        <source>Stops visited</source>
        <translation>已访问的站</translation>
    </message>
    <message>
        <source>Cannot be opened: %n problem(s)</source>
        <translation>无法打开：%n 个问题</translation>
    </message>
    <message>
        <source>%n stop(s)</source>
        <translation>%n 站</translation>
    </message>
    <message>
        <source>%n problem(s)</source>
        <translation>%n 个问题</translation>
    </message>
    <message>
        <source>Remove from Recent</source>
        <translation>从最近列表中移除</translation>
    </message>
    <message>
        <source>{0} of {1} visited</source>
        <translation>已访问 {0}/{1} 站</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Your notes were saved.</source>
        <translation>你的笔记已保存。</translation>
    </message>
    <message>
        <source>Your notes could not all be saved: copy them elsewhere.</source>
        <translation>部分笔记未能保存：请将它们复制到别处。</translation>
    </message>
    <message>
        <source>The details are also in the log, {0}.</source>
        <translation>详细信息也记录在日志 {0} 中。</translation>
    </message>
    <message>
        <source>Tour Viewer met an unexpected error. {0}

You can go on working; if something looks wrong, restart Tour Viewer. To report the problem, copy the details and send them with what you were doing.</source>
        <translation>Tour Viewer 遇到了意外错误。{0}

你可以继续使用；如果有异常，请重新启动 Tour Viewer。如需报告此问题，请复制详细信息，连同你当时正在做的操作一起发送。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>EndOfTourBar</name>
    <message>
        <source>This is the last stop: the end of the tour.</source>
        <translation>这是最后一站：导览到此结束。</translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation>我的全部笔记</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>导出笔记…</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>返回导览库</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>导览结束</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Only the stops I wrote a note on</source>
        <translation>仅包含写了笔记的站点</translation>
    </message>
    <message>
        <source>With the stops&apos; pictures</source>
        <translation>包含各站的图片</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>A handout of the tour with your notes, as PDF, web page or Markdown.</source>
        <translation>生成带有你笔记的导览讲义，格式可选 PDF、网页或 Markdown。</translation>
    </message>
</context>
<context>
    <name>FollowingBar</name>
    <message>
        <source>Guided session</source>
        <translation>同步导览</translation>
    </message>
    <message>
        <source>Explore on my own</source>
        <translation>自行浏览</translation>
    </message>
    <message>
        <source>Back to the facilitator</source>
        <translation>回到主持人处</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Leave the guided session; the tour stays open where you are</source>
        <translation>离开同步导览；导览仍停留在你当前的位置</translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>stop {0} of {1}</source>
        <translation>第 {0} 站，共 {1} 站</translation>
    </message>
    <message>
        <source>waiting for the session</source>
        <translation>正在等待会话开始</translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation>正在加入 {0}…</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>未加入</translation>
    </message>
    <message>
        <source>{0} ended the guided session</source>
        <translation>{0} 已结束同步导览</translation>
    </message>
    <message>
        <source>Joined {0} — getting the tour</source>
        <translation>已加入 {0} — 正在获取导览</translation>
    </message>
    <message>
        <source>Exploring — {0} lets everyone explore ({1})</source>
        <translation>自由浏览中 — {0} 允许大家自由浏览（{1}）</translation>
    </message>
    <message>
        <source>Following {0} — {1}</source>
        <translation>正在跟随 {0} — {1}</translation>
    </message>
    <message>
        <source>Exploring on your own — {0} is at {1}</source>
        <translation>正在自行浏览 — {0} 在{1}</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Pictures of this stop</source>
        <translation>本站图片</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Picture {0}: {1}</source>
        <translation>图片 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the broker at {0} port {1} does not answer</source>
        <translation>位于 {0} 端口 {1} 的代理服务器没有响应</translation>
    </message>
    <message>
        <source>Tours are not handed over through a broker: ask the facilitator for the .tour file of {0}</source>
        <translation>导览不能通过代理服务器传递：请向主持人索取 {0} 的 .tour 文件</translation>
    </message>
    <message>
        <source>The broker refused the connection ({0})</source>
        <translation>代理服务器拒绝了连接（{0}）</translation>
    </message>
    <message>
        <source>Connection to the broker lost: reconnecting…</source>
        <translation>与代理服务器的连接已断开：正在重新连接…</translation>
    </message>
    <message>
        <source>The facilitator cannot hand this tour over: ask for the .tour file</source>
        <translation>主持人无法传递此导览：请向其索取 .tour 文件</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting…</source>
        <translation>连接已断开：正在重新连接…</translation>
    </message>
    <message>
        <source>the connection was lost during the hand-over</source>
        <translation>传递过程中连接断开</translation>
    </message>
    <message>
        <source>Say hello with the code first</source>
        <translation>请先用加入码打招呼</translation>
    </message>
    <message>
        <source>The guided session has ended</source>
        <translation>同步导览已结束</translation>
    </message>
    <message>
        <source>This invitation is for another session</source>
        <translation>此邀请属于另一个会话</translation>
    </message>
    <message>
        <source>Wrong join code: check the code the facilitator shows</source>
        <translation>加入码错误：请核对主持人显示的加入码</translation>
    </message>
    <message>
        <source>Stop &apos;{0}&apos; is not in your copy of the tour: skipped</source>
        <translation>你的导览副本中没有站点“{0}”：已跳过</translation>
    </message>
    <message>
        <source>The tour is {0} MB, more than the {1} MB accepted</source>
        <translation>导览大小为 {0} MB，超过了允许的 {1} MB</translation>
    </message>
    <message>
        <source>The facilitator announced an empty tour</source>
        <translation>主持人告知的导览为空</translation>
    </message>
    <message>
        <source>Cannot write the tour here: {0}</source>
        <translation>无法在此处写入导览：{0}</translation>
    </message>
    <message>
        <source>The facilitator sent more than the tour&apos;s announced size</source>
        <translation>主持人发送的数据超过了导览声明的大小</translation>
    </message>
    <message>
        <source>The hand-over stopped: {0}</source>
        <translation>传递已中断：{0}</translation>
    </message>
    <message>
        <source>The tour received does not match the invitation&apos;s content hash: it was not kept</source>
        <translation>收到的导览与邀请中的内容哈希不符：未予保留</translation>
    </message>
    <message>
        <source>This is not a guided-session invitation: it starts with tourviewer://join?</source>
        <translation>这不是同步导览的邀请：邀请以 tourviewer://join? 开头</translation>
    </message>
    <message>
        <source>The invitation is cut short or garbled: copy the whole line again</source>
        <translation>邀请不完整或已损坏：请重新复制整行</translation>
    </message>
    <message>
        <source>The invitation is for another version of Tour Viewer (protocol {0})</source>
        <translation>此邀请适用于另一版本的 Tour Viewer（协议 {0}）</translation>
    </message>
    <message>
        <source>The invitation is missing {0}: copy the whole line again</source>
        <translation>邀请中缺少 {0}：请重新复制整行</translation>
    </message>
    <message>
        <source>The invitation&apos;s session id is not 128 bits of hexadecimal</source>
        <translation>邀请中的会话 ID 不是 128 位十六进制数</translation>
    </message>
    <message>
        <source>The invitation&apos;s join code is not six letters and digits</source>
        <translation>邀请中的加入码不是六位字母和数字</translation>
    </message>
    <message>
        <source>The invitation&apos;s tour id or content hash is not valid</source>
        <translation>邀请中的导览 ID 或内容哈希无效</translation>
    </message>
    <message>
        <source>The invitation&apos;s facilitator key is not valid</source>
        <translation>邀请中的主持人密钥无效</translation>
    </message>
    <message>
        <source>The invitation&apos;s broker is not an mqtt://, mqtts://, ws:// or wss:// address</source>
        <translation>邀请中的代理服务器不是 mqtt://、mqtts://、ws:// 或 wss:// 地址</translation>
    </message>
    <message>
        <source>The invitation&apos;s address is not a host name or IP address</source>
        <translation>邀请中的地址不是主机名或 IP 地址</translation>
    </message>
    <message>
        <source>The invitation&apos;s port is not a number from 1 to 65535</source>
        <translation>邀请中的端口不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>The facilitator ended the guided session</source>
        <translation>主持人已结束同步导览</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a file</source>
        <translation>CA 证书 {0} 不是文件</translation>
    </message>
    <message>
        <source>The CA certificate {0} is too large to be a certificate</source>
        <translation>CA 证书 {0} 太大，不可能是证书</translation>
    </message>
    <message>
        <source>The CA certificate {0} is not a PEM certificate</source>
        <translation>CA 证书 {0} 不是 PEM 证书</translation>
    </message>
    <message>
        <source>The CA certificate {0} cannot be read ({1})</source>
        <translation>无法读取 CA 证书 {0}（{1}）</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted ({0}). If the broker uses a certificate authority of its own, give that authority&apos;s certificate: --ca-file, or &quot;Broker&apos;s CA certificate&quot; in the join dialog</source>
        <translation>代理服务器的证书不受信任（{0}）。如果代理服务器使用自己的证书颁发机构，请提供该机构的证书：--ca-file，或加入对话框中的“代理服务器的 CA 证书”</translation>
    </message>
    <message>
        <source>A secure connection to the broker failed ({0}): is it a TLS port?</source>
        <translation>与代理服务器的安全连接失败（{0}）：这是 TLS 端口吗？</translation>
    </message>
    <message>
        <source>Your copy of the tour is another version: stops it lacks are skipped</source>
        <translation>你的导览副本是另一个版本：其中缺少的站点将被跳过</translation>
    </message>
    <message>
        <source>Getting the tour from the facilitator…</source>
        <translation>正在从主持人处获取导览…</translation>
    </message>
    <message>
        <source>Getting the tour: {0} %</source>
        <translation>正在获取导览：{0}%</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Start guided session</source>
        <translation>开始同步导览</translation>
    </message>
    <message>
        <source>Participants&apos; own viewers follow this presentation: they join with an invitation</source>
        <translation>参与者自己的查看器会跟随本次演示：他们通过邀请加入</translation>
    </message>
    <message>
        <source>Address to join</source>
        <translation>加入地址</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>复制邀请</translation>
    </message>
    <message>
        <source>GUIDED SESSION — join with this address and code, or the invitation</source>
        <translation>同步导览 — 使用此地址和加入码，或使用邀请加入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Bring everyone here</source>
        <translation>把大家带到这里</translation>
    </message>
    <message>
        <source>Explorers come back to the stop the audience sees</source>
        <translation>正在自由浏览的人会回到观众画面所在的站</translation>
    </message>
    <message>
        <source>End guided session</source>
        <translation>结束同步导览</translation>
    </message>
    <message>
        <source>Open a tour first</source>
        <translation>请先打开导览</translation>
    </message>
    <message>
        <source>The guided session cannot start: {0}</source>
        <translation>无法开始同步导览：{0}</translation>
    </message>
    <message>
        <source>Code {0} {1}</source>
        <translation>加入码 {0} {1}</translation>
    </message>
    <message>
        <source>Follow me again</source>
        <translation>重新跟随我</translation>
    </message>
    <message>
        <source>Let everyone explore</source>
        <translation>让大家自由浏览</translation>
    </message>
    <message>
        <source>following</source>
        <translation>跟随中</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>自由浏览中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>尚无参与者</translation>
    </message>
    <message>
        <source>%n participant(s) connected, {0} following</source>
        <translation>%n 位参与者已连接，{0} 位正在跟随</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Tour Viewer — User guide</source>
        <translation>Tour Viewer — 用户指南</translation>
    </message>
    <message>
        <source>Using Tour Viewer</source>
        <translation>使用 Tour Viewer</translation>
    </message>
    <message>
        <source>Writing tours</source>
        <translation>编写导览</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>No note</source>
        <translation>无笔记</translation>
    </message>
    <message>
        <source>Notes on the tour</source>
        <translation>关于整个导览的笔记</translation>
    </message>
    <message>
        <source>Notes on removed stops</source>
        <translation>已删除站点的笔记</translation>
    </message>
    <message>
        <source>My notes as of {0}</source>
        <translation>我的笔记（截至 {0}）</translation>
    </message>
</context>
<context>
    <name>HandoutPdf</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
</context>
<context>
    <name>HotspotLayer</name>
    <message>
        <source>Goes to {0}</source>
        <translation>前往 {0}</translation>
    </message>
    <message>
        <source>Shows another picture of this stop</source>
        <translation>显示本站的另一张图片</translation>
    </message>
    <message>
        <source>Opens a note about this place</source>
        <translation>打开关于此处的说明</translation>
    </message>
    <message>
        <source>A label on the picture</source>
        <translation>图片上的标签</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture, full window</source>
        <translation>图片（整个窗口）</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>图片编号</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <source>✕  Close</source>
        <translation>✕  关闭</translation>
    </message>
    <message>
        <source>Close the picture</source>
        <translation>关闭图片</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join guided session</source>
        <translation>加入同步导览</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Only for a broker with a certificate authority of its own: its .pem file</source>
        <translation>仅用于使用自有证书颁发机构的代理服务器：该机构的 .pem 文件</translation>
    </message>
    <message>
        <source>Broker&apos;s CA certificate</source>
        <translation>代理服务器的 CA 证书</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Paste the line the facilitator shared. Your notes stay on this computer.</source>
        <translation>粘贴主持人分享的那一行。你的笔记只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate</source>
        <translation>代理服务器的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the broker&apos;s certificate…</source>
        <translation>正在检查代理服务器的证书…</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Recent</source>
        <translation>最近打开的导览</translation>
    </message>
    <message>
        <source>Sample tours</source>
        <translation>示例导览</translation>
    </message>
    <message>
        <source>Your tours</source>
        <translation>我的导览</translation>
    </message>
    <message>
        <source>Tour library</source>
        <translation>导览库</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>打开导览</translation>
    </message>
    <message>
        <source>Put tours in {0} to see them here.</source>
        <translation>将导览放入 {0}，即可在此处看到。</translation>
    </message>
    <message>
        <source>Choose a tour, or open a tour folder or .tour file (Ctrl+O, or drop it here).</source>
        <translation>选择一个导览，或打开导览文件夹或 .tour 文件（按 Ctrl+O，或拖放到这里）。</translation>
    </message>
    <message>
        <source>Open a tour…</source>
        <translation>打开导览…</translation>
    </message>
    <message>
        <source>Continue {0} at stop {1}</source>
        <translation>从第 {1} 站继续 {0}</translation>
    </message>
    <message>
        <source>Continue {0}</source>
        <translation>继续 {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>复制诊断信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Tour Viewer</source>
        <translation>关于 Tour Viewer(&amp;A)</translation>
    </message>
    <message>
        <source>Open a tour first: Export notes writes the notes of the tour on screen.</source>
        <translation>请先打开导览：“导出笔记”导出的是屏幕上这个导览的笔记。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>{0} — Tour Viewer</source>
        <translation>{0} — Tour Viewer</translation>
    </message>
    <message>
        <source>Your notes database was damaged</source>
        <translation>笔记数据库已损坏</translation>
    </message>
    <message>
        <source>Tour Viewer could not read its notes database, so it started a new one. The old one is kept, untouched, at:

{0}</source>
        <translation>Tour Viewer 无法读取笔记数据库，因此新建了一个。旧数据库原样保留在：

{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>导览库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Join guided session…</source>
        <translation>加入同步导览(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next stop</source>
        <translation>下一站(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous stop</source>
        <translation>上一站(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;First stop</source>
        <translation>第一站(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last stop</source>
        <translation>最后一站(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Present…</source>
        <translation>演示(&amp;P)…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>写笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;All notes…</source>
        <translation>全部笔记(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>放大文字(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>Tour &amp;problems…</source>
        <translation>导览问题(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>界面语言(&amp;I)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Tours (tour.toml *.tour)</source>
        <translation>导览 (tour.toml *.tour)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>打开导览</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>实时预览</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour (reloaded at {1})</source>
        <translation>实时预览：正在监视 {0}/tour.toml 及其文件；保存后会重新载入导览（{1} 已重新载入）</translation>
    </message>
    <message>
        <source>Live preview: watching {0}/tour.toml and its files; a save reloads the tour</source>
        <translation>实时预览：正在监视 {0}/tour.toml 及其文件；保存后会重新载入导览</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Exporting notes to {0}…</source>
        <translation>正在将笔记导出到 {0}…</translation>
    </message>
    <message>
        <source>Export cancelled: {0} was not written</source>
        <translation>已取消导出：未写入 {0}</translation>
    </message>
    <message>
        <source>The notes could not be written to {0}:
{1}</source>
        <translation>无法将笔记写入 {0}：
{1}</translation>
    </message>
    <message>
        <source>Notes exported to {0}</source>
        <translation>笔记已导出到 {0}</translation>
    </message>
    <message>
        <source>Saving your notes…</source>
        <translation>正在保存笔记…</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Tour map</source>
        <translation>导览地图</translation>
    </message>
    <message>
        <source>This stop</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>The tour&apos;s overview map and the current stop&apos;s detail map</source>
        <translation>导览总览地图和当前站的详细地图</translation>
    </message>
    <message>
        <source>The current stop&apos;s detail map</source>
        <translation>当前站的详细地图</translation>
    </message>
    <message>
        <source>This stop has no map</source>
        <translation>本站没有地图</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Show all stops</source>
        <translation>显示全部站点</translation>
    </message>
    <message>
        <source>Show all stops (0)</source>
        <translation>显示全部站点（0）</translation>
    </message>
    <message>
        <source>Open the map in a window</source>
        <translation>在窗口中打开地图</translation>
    </message>
    <message>
        <source>Open the map in a window of its own, as large as you like (W)</source>
        <translation>在单独的窗口中打开地图，大小随意调整（W）</translation>
    </message>
    <message>
        <source>No tour open</source>
        <translation>没有打开的导览</translation>
    </message>
    <message>
        <source>This tour has no map</source>
        <translation>本导览没有地图</translation>
    </message>
    <message>
        <source>No map for this stop</source>
        <translation>本站没有地图</translation>
    </message>
    <message>
        <source>Map image {0} cannot be decoded: {1}</source>
        <translation>无法解码地图图片 {0}：{1}</translation>
    </message>
    <message>
        <source>Map image not available: {0}</source>
        <translation>地图图片不可用：{0}</translation>
    </message>
    <message>
        <source>%n stop(s) shown</source>
        <translation>显示 %n 站</translation>
    </message>
    <message>
        <source>current stop {0}</source>
        <translation>当前站 {0}</translation>
    </message>
    <message>
        <source>chosen: stop {0}, Enter goes there</source>
        <translation>已选中：{0} 站，按 Enter 前往</translation>
    </message>
    <message>
        <source>Arrow keys choose a stop, plus and minus zoom, 0 shows all stops</source>
        <translation>方向键选择站点，加号和减号缩放，0 显示全部站点</translation>
    </message>
    <message>
        <source>Overview map of the tour</source>
        <translation>导览总览地图</translation>
    </message>
    <message>
        <source>Detail map of the current stop</source>
        <translation>当前站的详细地图</translation>
    </message>
</context>
<context>
    <name>MapWindow</name>
    <message>
        <source>Map window</source>
        <translation>地图窗口</translation>
    </message>
    <message>
        <source>Tour map</source>
        <translation>导览地图</translation>
    </message>
    <message>
        <source>Tour map — {0}</source>
        <translation>导览地图 — {0}</translation>
    </message>
    <message>
        <source>Stop map</source>
        <translation>本站地图</translation>
    </message>
    <message>
        <source>Stop map — {0}</source>
        <translation>本站地图 — {0}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>the {0} is cut short</source>
        <translation>{0} 文件不完整</translation>
    </message>
    <message>
        <source>the {0}&apos;s picture data is damaged</source>
        <translation>{0} 的图像数据已损坏</translation>
    </message>
    <message>
        <source>it is not an image Pillow can read</source>
        <translation>这不是 Pillow 能读取的图片</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>it is an animated PNG that declares no frames</source>
        <translation>这是未声明任何帧的动画 PNG</translation>
    </message>
    <message>
        <source>it needs more memory than this computer has</source>
        <translation>它需要的内存超过了本机的内存</translation>
    </message>
    <message>
        <source>it holds a kind of picture data Pillow cannot decode</source>
        <translation>其中包含 Pillow 无法解码的图像数据</translation>
    </message>
    <message>
        <source>the {0} is damaged</source>
        <translation>{0} 文件已损坏</translation>
    </message>
    <message>
        <source>The recording {0} is missing from the tour folder</source>
        <translation>导览文件夹中缺少录音 {0}</translation>
    </message>
    <message>
        <source>The recording {0} cannot be read: {1}</source>
        <translation>无法读取录音 {0}：{1}</translation>
    </message>
    <message>
        <source>its package changed</source>
        <translation>其导览包已更改</translation>
    </message>
    <message>
        <source>has no sound stream that can be read</source>
        <translation>没有可读取的音频流</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>has no MPEG audio in it, only tags</source>
        <translation>其中没有 MPEG 音频，只有标签</translation>
    </message>
    <message>
        <source>is not audio of a supported kind</source>
        <translation>不是受支持的音频类型</translation>
    </message>
    <message>
        <source>holds Theora video and no sound</source>
        <translation>只有 Theora 视频，没有声音</translation>
    </message>
    <message>
        <source>is Speex in Ogg; the tour format allows Opus or Vorbis in Ogg</source>
        <translation>是 Ogg 封装的 Speex；导览格式只允许 Ogg 封装的 Opus 或 Vorbis</translation>
    </message>
    <message>
        <source>is {0} audio; use {1}</source>
        <translation>是 {0} 音频；请使用 {1}</translation>
    </message>
    <message>
        <source>has no audio track (M4A/M4B without sound)</source>
        <translation>没有音轨（无声音的 M4A/M4B）</translation>
    </message>
    <message>
        <source>has no sound in it: its stream is empty</source>
        <translation>其中没有声音：音频流为空</translation>
    </message>
    <message>
        <source>is a damaged FLAC: no audio frame follows its header</source>
        <translation>是已损坏的 FLAC：文件头之后没有音频帧</translation>
    </message>
    <message>
        <source>Audio cannot play here: Qt Multimedia is not available</source>
        <translation>此处无法播放音频：Qt Multimedia 不可用</translation>
    </message>
    <message>
        <source>Audio cannot play here: no sound device</source>
        <translation>此处无法播放音频：没有声音设备</translation>
    </message>
    <message>
        <source>This recording cannot play: {0}</source>
        <translation>无法播放此录音：{0}</translation>
    </message>
    <message>
        <source>the file is damaged or cannot be opened</source>
        <translation>文件已损坏或无法打开</translation>
    </message>
    <message>
        <source>this computer has no decoder for the kind of sound in it</source>
        <translation>本机没有适用于该音频类型的解码器</translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation>无法打开文件（权限被拒绝）</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>This recording cannot play: {0} {1}</source>
        <translation>无法播放此录音。{0}：{1}</translation>
    </message>
    <message>
        <source>Audio cannot play here: {0}</source>
        <translation>此处无法播放音频：{0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>本站没有图片</translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>无法读取的图片</translation>
    </message>
    <message>
        <source>Qt cannot read it ({0})</source>
        <translation>Qt 无法读取（{0}）</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>图片不可用：{0}</translation>
    </message>
    <message>
        <source>{0} cannot be decoded: {1}</source>
        <translation>无法解码 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>NarrationBrowser</name>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>No recording for this stop</source>
        <translation>本站没有录音</translation>
    </message>
    <message>
        <source>Read aloud needs a speech engine, and none is installed here</source>
        <translation>朗读需要语音引擎，但本机未安装</translation>
    </message>
    <message>
        <source>Read aloud is not available: the speech service does not start (on Debian or Ubuntu it is the packages libspeechd2, speech-dispatcher and speech-dispatcher-espeak-ng)</source>
        <translation>无法使用朗读：语音服务未能启动（在 Debian 或 Ubuntu 上需要 libspeechd2、speech-dispatcher 和 speech-dispatcher-espeak-ng 这几个软件包）</translation>
    </message>
    <message>
        <source>Narration panel</source>
        <translation>解说面板</translation>
    </message>
    <message>
        <source>Stop title</source>
        <translation>站点标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>缩小文字（Ctrl+-）</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>放大文字（Ctrl+=）</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>解说</translation>
    </message>
    <message>
        <source>This stop has no narration.</source>
        <translation>本站没有解说。</translation>
    </message>
    <message>
        <source>Recorded narration</source>
        <translation>解说录音</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>录音状态</translation>
    </message>
    <message>
        <source>No recording for this stop. {0}.</source>
        <translation>本站没有录音。{0}。</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>there is no data folder</source>
        <translation>没有数据文件夹</translation>
    </message>
    <message>
        <source>there is no notes database</source>
        <translation>没有笔记数据库</translation>
    </message>
    <message>
        <source>the notes database cannot be opened</source>
        <translation>无法打开笔记数据库</translation>
    </message>
    <message>
        <source>notes cannot be saved in {0}: {1}</source>
        <translation>无法在 {0} 中保存笔记：{1}</translation>
    </message>
    <message>
        <source>cannot be saved: {0}</source>
        <translation>无法保存：{0}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>This stop</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>整个导览</translation>
    </message>
    <message>
        <source>Note for</source>
        <translation>笔记对象</translation>
    </message>
    <message>
        <source>Note saved state</source>
        <translation>笔记保存状态</translation>
    </message>
    <message>
        <source>Preview the note as formatted text</source>
        <translation>以排版后的格式预览笔记</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Your note on this stop: what strikes you, an idea for home, a question for the facilitator… (Markdown works: *italic*, **bold**, - lists)</source>
        <translation>关于本站的笔记：让你印象深刻的事、可以带回去的想法、想问主持人的问题……（支持 Markdown：*斜体*、**粗体**、- 列表）</translation>
    </message>
    <message>
        <source>My note, formatted</source>
        <translation>我的笔记（排版后）</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}. What you typed stays here.</source>
        <translation>无法保存笔记：{0}。你输入的内容仍保留在这里。</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {0}</source>
        <translation>无法保存笔记：{0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>PackageBar</name>
    <message>
        <source>Package problem</source>
        <translation>导览包问题</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>⚠ {0}. Its pictures and recordings cannot be read until it is back; your notes are kept. Put the file back, then open it again.</source>
        <translation>⚠ {0}。在文件恢复之前，无法读取其中的图片和录音；你的笔记会保留。请把文件放回原处，然后重新打开。</translation>
    </message>
</context>
<context>
    <name>PanoramaView</name>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>Image not available: {0}</source>
        <translation>图片不可用：{0}</translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation>全景图</translation>
    </message>
    <message>
        <source>Show the whole 360° picture flat, and back</source>
        <translation>以平面方式显示整张 360° 图片，再按一次返回</translation>
    </message>
    <message>
        <source>Look around</source>
        <translation>环顾四周</translation>
    </message>
    <message>
        <source>Look around in the panorama</source>
        <translation>在全景图中环顾四周</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Show the whole picture flat</source>
        <translation>以平面方式显示整张图片</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>正前方</translation>
    </message>
    <message>
        <source>{0}° right</source>
        <translation>向右 {0}°</translation>
    </message>
    <message>
        <source>{0}° left</source>
        <translation>向左 {0}°</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>{0}° up</source>
        <translation>向上 {0}°</translation>
    </message>
    <message>
        <source>{0}° down</source>
        <translation>向下 {0}°</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>which way the view turns, then how it tilts</comment>
        <translation>{0}，{1}</translation>
    </message>
</context>
<context>
    <name>PanoramaWindow</name>
    <message>
        <source>Panorama</source>
        <translation>全景图</translation>
    </message>
    <message>
        <source>Panorama, full window</source>
        <translation>全景图（整个窗口）</translation>
    </message>
</context>
<context>
    <name>PausedCover</name>
    <message>
        <source>The facilitator paused</source>
        <translation>主持人已暂停</translation>
    </message>
    <message>
        <source>Your viewer follows again when the facilitator goes on.</source>
        <translation>主持人继续后，你的画面会重新跟随。</translation>
    </message>
    <message>
        <source>Explore on my own meanwhile</source>
        <translation>先自行浏览</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Picture {0}: {1}</source>
        <translation>图片 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>S swaps screens: there is only one screen, so nothing was swapped</source>
        <translation>S 用于交换屏幕：只有一个屏幕，因此没有交换</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>→/Space next · ← previous · ] [ pictures · B black · W white · F freeze · number+Enter go · S swap · Esc end</source>
        <translation>→/空格 下一站 · ← 上一站 · ] [ 图片 · B 黑屏 · W 白屏 · F 定格 · 数字+Enter 跳转 · S 交换屏幕 · Esc 结束</translation>
    </message>
    <message>
        <source>Press Esc again to end presenting (any other key carries on)</source>
        <translation>再按一次 Esc 结束演示（按其他键继续）</translation>
    </message>
    <message>
        <source>No speaker notes for this stop</source>
        <translation>本站没有演讲者备注</translation>
    </message>
    <message>
        <source>No pictures for this stop</source>
        <translation>本站没有图片</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>导览结束</translation>
    </message>
    <message>
        <source>no time plan</source>
        <translation>无时间安排</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>{0} ahead</source>
        <translation>提前 {0}</translation>
    </message>
    <message>
        <source>{0} behind</source>
        <translation>落后 {0}</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>演示者控制台</translation>
    </message>
    <message>
        <source>Current stop</source>
        <translation>当前站</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the notes, the narration and the audience window</source>
        <translation>备注、解说和观众窗口使用的语言</translation>
    </message>
    <message>
        <source>Audience state</source>
        <translation>观众画面状态</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>The time of day</source>
        <translation>当前时间</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>当前时间</translation>
    </message>
    <message>
        <source>Current stop picture</source>
        <translation>当前站图片</translation>
    </message>
    <message>
        <source>Next stop picture</source>
        <translation>下一站图片</translation>
    </message>
    <message>
        <source>Pictures of this stop: ] and [ choose what the room sees</source>
        <translation>本站图片：用 ] 和 [ 选择现场观众看到的图片</translation>
    </message>
    <message>
        <source>Picture shown</source>
        <translation>正在显示的图片</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>下一站</translation>
    </message>
    <message>
        <source>Next stop place</source>
        <translation>下一站地点</translation>
    </message>
    <message>
        <source>Current stop panorama</source>
        <translation>当前站全景图</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一站</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>演讲者备注</translation>
    </message>
    <message>
        <source>Smaller notes (Ctrl + mouse wheel)</source>
        <translation>缩小备注文字（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <source>Larger notes (Ctrl + mouse wheel)</source>
        <translation>放大备注文字（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <source>Time at this stop</source>
        <translation>本站用时</translation>
    </message>
    <message>
        <source>Planned time at this stop</source>
        <translation>本站计划用时</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>总用时</translation>
    </message>
    <message>
        <source>Planned total time</source>
        <translation>计划总用时</translation>
    </message>
    <message>
        <source>Pace against the plan</source>
        <translation>与计划相比的进度</translation>
    </message>
    <message>
        <source>Stops: click one to go there</source>
        <translation>站点：点击即可前往</translation>
    </message>
    <message>
        <source>Restart timers</source>
        <translation>重新计时</translation>
    </message>
    <message>
        <source>Start both timers again from zero, e.g. once everyone is ready</source>
        <translation>将两个计时器都从零重新开始，例如在大家都准备好之后</translation>
    </message>
    <message>
        <source>At this stop</source>
        <translation>本站用时</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Narration for the room</source>
        <translation>给现场观众的解说</translation>
    </message>
    <message>
        <source>Narration status</source>
        <translation>解说状态</translation>
    </message>
    <message>
        <source>No recorded narration for this stop</source>
        <translation>本站没有解说录音</translation>
    </message>
    <message>
        <source>Transcript line</source>
        <translation>文字稿当前句</translation>
    </message>
    <message>
        <source>Presenter status</source>
        <translation>演示状态</translation>
    </message>
    <message>
        <source>Presenter console — {0}</source>
        <translation>演示者控制台 — {0}</translation>
    </message>
    <message>
        <source>No tour</source>
        <translation>没有导览</translation>
    </message>
    <message>
        <source>Stop {0} of {1} — {2}</source>
        <translation>第 {0} 站，共 {1} 站 — {2}</translation>
    </message>
    <message>
        <source>Stop {0} — {1}</source>
        <translation>第 {0} 站 — {1}</translation>
    </message>
    <message>
        <source>Picture {0} of {1}
] next · [ previous</source>
        <translation>图片 {0}/{1}
] 下一张 · [ 上一张</translation>
    </message>
    <message>
        <source>of {0} planned</source>
        <translation>/ 计划 {0}</translation>
    </message>
    <message>
        <source>no time planned for this stop</source>
        <translation>本站没有计划用时</translation>
    </message>
    <message>
        <source>of {0} by the end of this stop</source>
        <translation>/ 到本站结束计划 {0}</translation>
    </message>
    <message>
        <source>of {0} by the end of stop {1}, the furthest reached</source>
        <translation>/ 到目前最远的第 {1} 站结束计划 {0}</translation>
    </message>
    <message>
        <source>{0} for the whole tour</source>
        <translation>整个导览 {0}</translation>
    </message>
    <message>
        <source>no time plan in this tour</source>
        <translation>本导览没有时间安排</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Audience frozen on stop {0}: {1}  (F to follow)</source>
        <translation>观众画面定格在第 {0} 站：{1}（按 F 恢复跟随）</translation>
    </message>
    <message>
        <source>Audience screen is black  (B to show the tour)</source>
        <translation>观众画面为黑屏（按 B 显示导览）</translation>
    </message>
    <message>
        <source>Audience screen is white  (W to show the tour)</source>
        <translation>观众画面为白屏（按 W 显示导览）</translation>
    </message>
    <message>
        <source>Frozen on stop {0}</source>
        <translation>定格在第 {0} 站</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>白屏</translation>
    </message>
    <message>
        <source>Go to stop {0}…</source>
        <translation>前往第 {0} 站…</translation>
    </message>
    <message>
        <source>Go to stop {0}… (there are {1})</source>
        <translation>前往第 {0} 站…（共 {1} 站）</translation>
    </message>
    <message>
        <source>Audience sees stop {0}</source>
        <translation>观众正在看第 {0} 站</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {0}</source>
        <translation>{0} 中的问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s) and cannot be shown. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 有 %n 个错误，无法显示。双击某一行即可复制其位置。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s); parts of it may be missing. Double-click a line to copy where it is.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 有 %n 个错误；部分内容可能缺失。双击某一行即可复制其位置。</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>Tour text</source>
        <translation>导览正文</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Whole tour</source>
        <translation>整个导览</translation>
    </message>
    <message>
        <source>Removed stop ({0})</source>
        <translation>已删除的站点（{0}）</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}，{1}：{2}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Search needs the notes database, which is not available</source>
        <translation>搜索需要笔记数据库，但该数据库当前不可用</translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation>搜索面板</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search this tour and your notes</source>
        <translation>搜索本导览和你的笔记</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>In the picture and its thumbnails</source>
        <translation>在图片及其缩略图中</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>左 / 右</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture (on the first or last: the previous or next stop)</source>
        <translation>本站的上一张或下一张图片（在第一张或最后一张时：上一站或下一站）</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>the picture full-window</source>
        <translation>以全窗口显示图片</translation>
    </message>
    <message>
        <source>Full-window picture</source>
        <translation>全窗口图片</translation>
    </message>
    <message>
        <source>the stop&apos;s previous or next picture</source>
        <translation>本站的上一张或下一张图片</translation>
    </message>
    <message>
        <source>+ / − / wheel</source>
        <translation>+ / − / 滚轮</translation>
    </message>
    <message>
        <source>zoom in or out; drag to move around</source>
        <translation>放大或缩小；拖动以移动</translation>
    </message>
    <message>
        <source>fit the picture to the window</source>
        <translation>使图片适合窗口</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>In a note</source>
        <translation>在笔记中</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>leave the note for the next or previous part of the window</source>
        <translation>离开笔记，转到窗口的下一个或上一个部分</translation>
    </message>
    <message>
        <source>back to the tour (the keys move through stops again)</source>
        <translation>回到导览（按键重新用于在站点间移动）</translation>
    </message>
    <message>
        <source>Presenting (F5)</source>
        <translation>演示（F5）</translation>
    </message>
    <message>
        <source>Right, PageDown, Space, Enter, Down</source>
        <translation>右、PageDown、空格、Enter、下</translation>
    </message>
    <message>
        <source>next stop</source>
        <translation>下一站</translation>
    </message>
    <message>
        <source>Left, PageUp, Backspace, Up</source>
        <translation>左、PageUp、Backspace、上</translation>
    </message>
    <message>
        <source>previous stop</source>
        <translation>上一站</translation>
    </message>
    <message>
        <source>] / [</source>
        <translation>] / [</translation>
    </message>
    <message>
        <source>the stop&apos;s next or previous picture, for the room</source>
        <translation>给现场观众看的本站下一张或上一张图片</translation>
    </message>
    <message>
        <source>B or .  /  W or ,</source>
        <translation>B 或 .  /  W 或 ,</translation>
    </message>
    <message>
        <source>black or white screen (again to come back)</source>
        <translation>黑屏或白屏（再按一次返回）</translation>
    </message>
    <message>
        <source>freeze the audience window while you look ahead</source>
        <translation>在你查看后面内容时定格观众窗口</translation>
    </message>
    <message>
        <source>a number, then Enter or G</source>
        <translation>输入数字，再按 Enter 或 G</translation>
    </message>
    <message>
        <source>go to that stop</source>
        <translation>前往该站</translation>
    </message>
    <message>
        <source>swap the screens</source>
        <translation>交换屏幕</translation>
    </message>
    <message>
        <source>Escape, twice</source>
        <translation>按两次 Esc</translation>
    </message>
    <message>
        <source>end presenting and return here</source>
        <translation>结束演示并返回此处</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} 或 {1}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>StopList</name>
    <message>
        <source>Stops</source>
        <translation>站点</translation>
    </message>
</context>
<context>
    <name>StopListModel</name>
    <message>
        <source>not visited yet</source>
        <translation>尚未访问</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>已访问</translation>
    </message>
    <message>
        <source>not visited yet, has a note</source>
        <translation>尚未访问，有笔记</translation>
    </message>
    <message>
        <source>visited, has a note</source>
        <translation>已访问，有笔记</translation>
    </message>
</context>
<context>
    <name>TextBubble</name>
    <message>
        <source>Hotspot text</source>
        <translation>热点文字</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>narration text</source>
        <translation>解说文字</translation>
    </message>
    <message>
        <source>Smaller {0}</source>
        <translation>缩小{0}</translation>
    </message>
    <message>
        <source>Larger {0}</source>
        <translation>放大{0}</translation>
    </message>
    <message>
        <source>{0} size</source>
        <translation>{0}大小</translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <source>◀  Previous</source>
        <translation>◀  上一站</translation>
    </message>
    <message>
        <source>Previous stop</source>
        <translation>上一站</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>下一站  ▶</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>下一站</translation>
    </message>
    <message>
        <source>Stop position</source>
        <translation>当前站位置</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>导览标题</translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation>第 {0} 站，共 {1} 站</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>now playing</source>
        <translation>正在播放</translation>
    </message>
    <message>
        <source>Play from {0}</source>
        <translation>从 {0} 开始播放</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>文字稿</translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <source>Tour warnings</source>
        <translation>导览警告</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>显示警告</translation>
    </message>
    <message>
        <source>Dismiss warnings</source>
        <translation>关闭警告</translation>
    </message>
    <message>
        <source>✖ This tour has {0} and {1} for its author.</source>
        <translation>✖ 本导览有{0}和{1}，需由作者处理。</translation>
    </message>
    <message>
        <source>%n error(s)</source>
        <translation>%n 个错误</translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation>%n 个警告</translation>
    </message>
    <message>
        <source>✖ This tour has %n error(s) for its author.</source>
        <translation>✖ 本导览有 %n 个错误，需由作者处理。</translation>
    </message>
    <message>
        <source>⚠ This tour has %n warning(s) for its author.</source>
        <translation>⚠ 本导览有 %n 个警告，需由作者处理。</translation>
    </message>
</context>
</TS>
