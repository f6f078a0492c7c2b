"""The sample tours, shipped inside the package as data (see tourviewer.resources)."""
