"""The direct transport: a WebSocket server on the facilitator's machine, and the followers' client.

Both run an asyncio loop on a thread of their own (the `websockets` library),
so the core can be driven and tested without Qt or a display. The server
listens only between `start()` and `close()`, on the port the system picks
unless one is given. What followers receive reaches their `Follower` through
`post`, which the UI sets to run it on the UI thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from tourviewer.core.guide.facilitator import Guide
from tourviewer.core.guide.handover import HandoverReceiver, chunks
from tourviewer.core.guide.invitation import Invitation
from tourviewer.core.guide.protocol import (
    FACILITATOR_TYPES,
    FOLLOWER_TYPES,
    HEARTBEAT_SECONDS,
    MAX_CHUNK_FRAME,
    SILENCE_SECONDS,
    Message,
    encode,
    parse,
)
from tourviewer.core.guide.transport import Joiner
from tourviewer.core.said import Said
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

HELLO_SECONDS = 10.0  # a connection that says nothing this long is closed
BACKOFF = (0.1, 0.2, 0.4, 0.8, 1.0)  # seconds between reconnection tries; then every second
_FOLLOWER_FRAME_LIMIT = 1024 * 1024  # larger frames close the connection; 64 KiB to 1 MiB are dropped


class _LoopThread:
    """An asyncio loop on its own daemon thread."""

    def __init__(self, name: str):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name=name, daemon=True)
        self.thread.start()

    def run(self, coroutine: Any) -> Future[Any]:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def call(self, fn: Callable[..., None], *args: Any) -> None:
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(fn, *args)

    def stop(self) -> None:
        """Cancel what still runs on the loop, let it finish, then stop the loop and its thread."""
        with contextlib.suppress(Exception):
            self.run(self._cancel_the_rest()).result(timeout=5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)
        if not self.thread.is_alive():
            self.loop.close()

    @staticmethod
    async def _cancel_the_rest() -> None:
        tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


class DirectServer:
    """Serves one guided session to followers connecting to `host`:`port`."""

    def __init__(self, guide: Guide, host: str = "127.0.0.1", port: int = 0):
        self.guide = guide
        self.host = host
        self.port = port
        self._loop: _LoopThread | None = None
        self._server: Server | None = None
        self._followers: dict[ServerConnection, str] = {}
        self._heartbeat: asyncio.Task[None] | None = None

    @property
    def listening(self) -> bool:
        return self._server is not None

    def start(self) -> int:
        """Listen; returns the port (the system's pick when none was given)."""
        self._loop = _LoopThread("guide-server")
        self._loop.run(self._listen()).result(timeout=10)
        self.guide.stateChanged.connect(self._on_state)
        return self.port

    def close(self) -> None:
        """End the session for everyone: the last state says so, then the socket closes."""
        if self._loop is None:
            return
        self.guide.end()
        with contextlib.suppress(TypeError):
            self.guide.stateChanged.disconnect(self._on_state)
        with contextlib.suppress(Exception):
            self._loop.run(self._shutdown()).result(timeout=10)
        self._loop.stop()
        self._loop = None

    def drop_connections(self) -> None:
        """Cut every follower's connection at once, as a network failing would (followers reconnect)."""
        if self._loop is not None:
            self._loop.run(self._abort_all()).result(timeout=10)

    # -- on the loop's thread ---------------------------------------------------------
    async def _listen(self) -> None:
        self._server = await serve(
            self._serve_follower, self.host, self.port, compression=None, max_size=_FOLLOWER_FRAME_LIMIT,
            ping_interval=HEARTBEAT_SECONDS * 5, write_limit=4 * MAX_CHUNK_FRAME,
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._heartbeat = asyncio.get_running_loop().create_task(self._beat())
        log.info("guide: listening on %s port %d", self.host, self.port)

    async def _shutdown(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
        broadcast(list(self._followers), self.guide.frame)
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        log.info("guide: no longer listening")

    async def _abort_all(self) -> None:
        for connection in list(self._followers):
            connection.transport.abort()

    def _on_state(self, frame: str) -> None:
        if self._loop is not None:
            self._loop.call(self._broadcast, frame)

    def _broadcast(self, frame: str) -> None:
        broadcast(list(self._followers), frame)

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            broadcast(list(self._followers), encode("heartbeat", seq=self.guide.state.seq))

    async def _serve_follower(self, connection: ServerConnection) -> None:
        peer = str(connection.remote_address[0]) if connection.remote_address else "?"
        client = await self._greet(connection, peer)
        if client is None:
            return
        try:
            async for frame in connection:
                await self._on_frame(connection, client, frame)
        except ConnectionClosed:
            pass
        finally:
            self._followers.pop(connection, None)
            if client not in self._followers.values():
                self.guide.lost(client)

    async def _greet(self, connection: ServerConnection, peer: str) -> str | None:
        try:
            frame = await asyncio.wait_for(connection.recv(), HELLO_SECONDS)
        except (TimeoutError, ConnectionClosed):
            return None
        message = parse(frame, FOLLOWER_TYPES) if isinstance(frame, str) else None
        if message is None:
            await connection.close(1008, "say hello first")
            return None
        admission = self.guide.admit(message, peer)
        if not admission.accepted:
            with contextlib.suppress(ConnectionClosed):
                await connection.send(admission.reply)
                await connection.close(1008, "refused")
            return None
        # from here on every new state reaches this follower, after the current one
        self._followers[connection] = str(message["client"])
        try:
            await connection.send(admission.reply)
            await connection.send(self.guide.frame)
        except ConnectionClosed:
            self._followers.pop(connection, None)
            self.guide.lost(str(message["client"]))
            return None
        return str(message["client"])

    async def _on_frame(self, connection: ServerConnection, client: str, frame: str | bytes) -> None:
        if isinstance(frame, bytes):
            log.warning("guide: dropped a binary frame from a follower")
            return
        message = parse(frame, FOLLOWER_TYPES)  # a follower's "state" or move is dropped here
        if message is None:
            return
        if message.type == "presence":
            self.guide.update(client, message["following"], message["language"])
        elif message.type == "fetch":
            await self._hand_over(connection)

    async def _hand_over(self, connection: ServerConnection) -> None:
        source = self.guide.handover_file
        if source is None:
            await connection.send(
                encode(
                    "handover-failed",
                    message=QT_TRANSLATE_NOOP(
                        "Guide", "The facilitator cannot hand this tour over: ask for the .tour file"
                    ),
                )
            )
            return
        size = source.stat().st_size
        await connection.send(encode("handover", size=size, sha256=self.guide.sha256))
        loop = asyncio.get_running_loop()
        reader = chunks(source)
        while True:
            chunk = await loop.run_in_executor(None, next, reader, b"")
            if not chunk:
                break
            await connection.send(chunk)
        log.info("guide: handed the tour over (%d bytes)", size)


class DirectClient:
    """A follower's connection: says hello, passes each message on, and reconnects with backoff."""

    def __init__(
        self,
        invitation: Invitation,
        hello: Callable[[], str],
        deliver: Callable[[Message], None],
        status: Callable[[str, str], None],
        receiver: HandoverReceiver | None = None,
    ):
        self.invitation = invitation
        self.hello = hello  # the hello frame, made afresh on every (re)connection
        self.deliver = deliver  # called on the client's thread
        self.status = status  # (connection state, note) on the client's thread
        self.receiver = receiver
        self.reconnects = 0
        self.presence: str | None = None  # the last presence frame, sent again on every connection
        self._connection: ClientConnection | None = None
        self._closing = False
        self._loop = _LoopThread("guide-client")
        self._loop.run(self._run())

    @property
    def url(self) -> str:
        host = self.invitation.host
        return f"ws://[{host}]:{self.invitation.port}" if ":" in host else f"ws://{host}:{self.invitation.port}"

    def send(self, frame: str) -> None:
        """Send a frame if connected (from any thread); dropped while reconnecting."""
        self._loop.call(self._send_now, frame)

    def stop_reconnecting(self) -> None:
        """Reconnect no more once the connection ends (the session ended); safe from any thread."""
        self._closing = True

    def close(self) -> None:
        """Disconnect and stop the client's thread (the loop's tasks are cancelled)."""
        self._closing = True
        self._loop.stop()

    def _send_now(self, frame: str) -> None:
        if self._connection is not None:
            self._loop.loop.create_task(self._send_quietly(self._connection, frame))

    @staticmethod
    async def _send_quietly(connection: ClientConnection, frame: str) -> None:
        with contextlib.suppress(ConnectionClosed):
            await connection.send(frame)

    async def _run(self) -> None:
        tries = 0
        while not self._closing:
            outcome = await self._session()
            if outcome in ("refused", "ended"):
                return
            if self._closing:
                return
            if outcome == "connected":
                tries = 0  # it had worked: start the backoff again
                self.reconnects += 1
            self.status("lost", Said(QT_TRANSLATE_NOOP("Guide", "Connection lost: reconnecting…")))
            await asyncio.sleep(BACKOFF[min(tries, len(BACKOFF) - 1)])
            tries += 1

    async def _session(self) -> str:
        """One connection, until it fails: "failed" (never connected), "connected", "refused" or "ended"."""
        try:
            connection = await asyncio.wait_for(
                connect(self.url, compression=None, max_size=MAX_CHUNK_FRAME, open_timeout=5,
                        ping_interval=HEARTBEAT_SECONDS * 5, max_queue=64),
                timeout=6,
            )
        except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as exc:
            log.info("guide: cannot reach %s (%s)", self.url, exc)
            return "failed"
        try:
            await connection.send(self.hello())
            first = parse(await asyncio.wait_for(connection.recv(), SILENCE_SECONDS), FACILITATOR_TYPES)
            if first is not None and first.type == "refused":
                self.status("ended" if first["reason"] == "ended" else "refused", str(first["message"]))
                return "refused"
            if first is None or first.type not in ("welcome", "state"):  # a state may overtake the welcome
                return "failed"
            self._connection = connection
            if self.presence is not None:  # what changed while connecting, or before a reconnection
                await connection.send(self.presence)
            if self.receiver is not None and self.receiver.wanted:  # asked for before the connection was up
                await connection.send(encode("fetch"))
            self.deliver(first)
            self.status("connected", "")
            while True:
                frame = await asyncio.wait_for(connection.recv(), SILENCE_SECONDS)
                if isinstance(frame, bytes):
                    self._on_chunk(frame)
                    continue
                message = parse(frame, FACILITATOR_TYPES)
                if message is None:
                    continue
                if message.type in ("handover", "handover-failed") and self.receiver is not None:
                    self.receiver.on_message(message)
                    continue
                self.deliver(message)
        except (ConnectionClosed, TimeoutError, OSError) as exc:
            log.info("guide: connection lost (%s)", type(exc).__name__)
            if self.receiver is not None:
                self.receiver.abort(Said(QT_TRANSLATE_NOOP("Guide", "the connection was lost during the hand-over")))
            return "connected" if self._connection is connection else "failed"
        finally:
            self._connection = None
            await connection.close()

    def _on_chunk(self, chunk: bytes) -> None:
        if self.receiver is None:
            log.warning("guide: dropped a binary frame (no hand-over asked for)")
            return
        self.receiver.on_chunk(chunk)


class DirectTransport:
    """A participant's side of the direct transport."""

    def __init__(self, participant: Joiner):
        self._receiver: HandoverReceiver | None = None
        self.client = DirectClient(
            participant.invitation, participant.hello, participant.on_message, participant.on_status,
            receiver=None,
        )

    def send_presence(self, following: bool, language: str) -> None:
        frame = encode("presence", following=following, language=language)
        self.client.presence = frame
        self.client.send(frame)

    def fetch(self, receiver: HandoverReceiver) -> bool:
        receiver.wanted = True
        self.client.receiver = receiver
        self.client.send(encode("fetch"))
        return True

    def stop_reconnecting(self) -> None:
        self.client.stop_reconnecting()

    def close(self) -> None:
        self.client.close()
