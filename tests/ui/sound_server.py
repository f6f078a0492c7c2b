"""A private PulseAudio server with one silent output, for the test that needs sound to really play.

It runs as a child of the test with its own folders and socket, so it neither
uses nor disturbs a sound server of the machine. The output is a null sink:
what is played to it can be recorded from its monitor (`record`), which is how
the test knows the recording reached the sound device.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

SINK = "tourviewer_test"
RECORD_RATE = 8000  # Hz, mono, signed 16-bit little-endian


def _tools_env(**extra: str) -> dict[str, str]:
    """Only what the PulseAudio programs need: they must not pick up a server from the environment."""
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **extra}


class SoundServerMissing(RuntimeError):
    pass


class SoundServer:
    """`pulseaudio` with a null sink, listening on a socket in `folder`."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.socket = folder / "native"
        self.address = f"unix:{self.socket}"
        self._server: subprocess.Popen[bytes] | None = None
        self._log = folder / "pulseaudio.log"

    def env(self) -> dict[str, str]:
        """What a client needs to use this server and no other."""
        return {"PULSE_SERVER": self.address, "QT_AUDIO_BACKEND": "pulseaudio"}

    def start(self, patience: float = 30.0) -> None:
        """Start the server and wait (at most `patience` seconds) until it answers."""
        program = shutil.which("pulseaudio")
        if program is None or shutil.which("pactl") is None:
            raise SoundServerMissing(
                "the audio test needs PulseAudio (Debian: pulseaudio, pulseaudio-utils; make test installs them)"
            )
        home = self.folder / "home"
        home.mkdir(parents=True, exist_ok=True)
        env = _tools_env(HOME=str(home), XDG_RUNTIME_DIR=str(self.folder))
        with self._log.open("wb") as log:
            self._server = subprocess.Popen(
                [
                    program,
                    "-n",  # no default configuration: only the modules below
                    "--daemonize=no",
                    "--exit-idle-time=-1",
                    "--use-pid-file=no",
                    "--disable-shm=yes",
                    "--realtime=no",
                    "--high-priority=no",
                    "--log-target=stderr",
                    "-L",
                    f"module-native-protocol-unix socket={self.socket} auth-anonymous=1",
                    "-L",
                    f"module-null-sink sink_name={SINK}",
                ],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + patience
        while time.monotonic() < deadline:
            if self._server.poll() is not None:
                raise RuntimeError(f"pulseaudio stopped: {self._log.read_text(errors='replace')}")
            if self._answers():
                return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"pulseaudio did not answer: {self._log.read_text(errors='replace')}")

    def _answers(self) -> bool:
        done = subprocess.run(["pactl", "--server", self.address, "info"], capture_output=True, env=_tools_env())
        return done.returncode == 0

    def record(self, out: Path) -> subprocess.Popen[bytes]:
        """Record what is played to the sink into `out` (raw mono 16-bit) until the process is stopped."""
        with out.open("wb") as file:
            return subprocess.Popen(
                [
                    "parec",
                    "--server",
                    self.address,
                    f"--device={SINK}.monitor",
                    "--raw",
                    "--format=s16le",
                    f"--rate={RECORD_RATE}",
                    "--channels=1",
                ],
                stdout=file,
                stderr=subprocess.DEVNULL,
                env=_tools_env(),
            )

    def stop(self) -> None:
        if self._server is not None and self._server.poll() is None:
            self._server.terminate()
            try:
                self._server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._server.kill()
                self._server.wait()
        self._server = None
