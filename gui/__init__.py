"""WattIf desktop application (PySide6 + pyqtgraph)."""
