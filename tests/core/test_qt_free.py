"""The core never imports Qt: it must import with PySide6 blocked."""

import subprocess
import sys

from tests.noqt import BLOCK_QT

IMPORT_CORE = (
    BLOCK_QT
    + """
import tourviewer.core, tourviewer.core.loader, tourviewer.core.model, tourviewer.core.report
import pkgutil, importlib
for m in pkgutil.iter_modules(tourviewer.core.__path__):
    importlib.import_module('tourviewer.core.' + m.name)
assert not any(k.startswith('PySide6') for k in sys.modules)
print('ok')
"""
)


def test_core_imports_with_qt_blocked():
    run = subprocess.run([sys.executable, "-c", IMPORT_CORE], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"


def test_the_block_does_block_qt():
    code = BLOCK_QT + "import PySide6.QtCore\n"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode != 0 and "Qt is blocked" in run.stderr
