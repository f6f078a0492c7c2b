"""A private Mosquitto broker on a free loopback port, started and stopped by the tests and benchmarks."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.tlsfiles import TlsFiles


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Mosquitto:
    """Listens for MQTT on `port`; with `tls` (a certificate and key), also on `tls_port` (MQTT over TLS),
    `ws_port` (MQTT over WebSockets) and `wss_port` (over WebSockets and TLS)."""

    def __init__(self, tls: TlsFiles | None = None) -> None:
        program = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
        self.folder = Path(tempfile.mkdtemp(prefix="tourviewer-mosquitto-"))
        self.port = free_port()
        lines = [f"listener {self.port} 127.0.0.1"]
        self.ports = [self.port]
        if tls is not None:
            self.tls_port, self.ws_port, self.wss_port = free_port(), free_port(), free_port()
            # started as root, mosquitto reads its files as the user `mosquitto`: copies it may read
            self.folder.chmod(0o711)
            for name in ("cert", "key"):
                copy = self.folder / getattr(tls, name).name
                shutil.copyfile(getattr(tls, name), copy)
                copy.chmod(0o644)
            secure = f"certfile {self.folder / tls.cert.name}\nkeyfile {self.folder / tls.key.name}"
            # Debian's mosquitto 2.0.11 speaks WebSockets (libwebsockets built in), but refuses to start
            # with WebSockets listeners alone ("Unable to start any listening sockets"): the plain one stays
            lines += [
                f"listener {self.tls_port} 127.0.0.1\n{secure}",
                f"listener {self.ws_port} 127.0.0.1\nprotocol websockets",
                f"listener {self.wss_port} 127.0.0.1\nprotocol websockets\n{secure}",
            ]
            self.ports += [self.tls_port, self.ws_port, self.wss_port]
        config = self.folder / "mosquitto.conf"
        config.write_text(
            "\n".join(lines) + "\nallow_anonymous true\npersistence false\n"
            f"max_queued_messages 10000\nlog_dest file {self.folder / 'log.txt'}\n",
            encoding="utf-8",
        )
        self.command = [program, "-c", str(config)]
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait_until_listening()

    def restart(self) -> None:
        """Stop the broker (every connection drops, retained messages are gone) and start it again."""
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait_until_listening()

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"

    def _wait_until_listening(self) -> None:
        for _ in range(400):
            if self.process.poll() is not None:
                raise RuntimeError(f"mosquitto exited: {(self.folder / 'log.txt').read_text(errors='replace')}")
            try:
                for port in self.ports:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.025)
        raise RuntimeError("mosquitto did not start listening")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
