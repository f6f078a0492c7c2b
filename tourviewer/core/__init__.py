"""The tour and everything about it, with no Qt.

`load_tour` reads a tour folder or `.tour` package and returns what it could
read with a list of `Problem`s; everything else in the program builds on it.
"""

from tourviewer.core.loader import LoadResult, load_tour
from tourviewer.core.problems import Problem, Severity
from tourviewer.core.text import LocalizedText, resolve_text

__all__ = ["LoadResult", "LocalizedText", "Problem", "Severity", "load_tour", "resolve_text"]
