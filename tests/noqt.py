"""Python code that makes importing Qt fail: put before code run in a subprocess that must not need Qt."""

BLOCK_QT = """
import sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is blocked: ' + name)
sys.meta_path.insert(0, BlockQt())
"""


def qt_loaded_line() -> str:
    """Code that prints whether Qt was loaded after all, as `qt True` or `qt False`."""
    return "print('qt', any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))\n"
