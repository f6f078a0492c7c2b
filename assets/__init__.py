"""The program's own files that are not code: icon, desktop entry data, user guide (see tourviewer.resources)."""
