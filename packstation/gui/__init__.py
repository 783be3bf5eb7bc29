"""PySide6 widgets, item models, dialogs and sounds: the only package that imports Qt."""
