"""Tour Viewer: an offline viewer for virtual field tours."""

__version__ = "0.1.0"
