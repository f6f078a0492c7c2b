"""The Qt binding must keep Python's reference counts right.

PySide6 6.12.0 on CPython 3.11 handed back None and True from Qt calls and
signal emits without a reference, so a long session aborted with "deallocating
True". The project pins a release without that fault; this test catches it.
"""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
class Source(QObject):
    changed = Signal(int)
source = Source()
none, true = sys.getrefcount(None), sys.getrefcount(True)
for n in range(5000):
    label.setText(str(n))
    source.changed.emit(n)
print(none - sys.getrefcount(None), true - sys.getrefcount(True))
"""


def test_many_calls_and_emits_lose_no_references():
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert run.returncode == 0, run.stderr[-500:]
    lost_none, lost_true = (int(v) for v in run.stdout.split())
    assert lost_none < 100 and lost_true < 100
