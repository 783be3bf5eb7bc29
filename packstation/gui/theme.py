"""The look of the bench: a large base font and a high-contrast light or dark style sheet."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from packstation.gui.resources import style_sheet

MIN_FONT_PT = 14


def apply_theme(app: QApplication, theme: str, font_size_pt: int) -> None:
    """Set the application's base font (at least 14 pt) and the theme's style sheet."""
    font = QFont(app.font())
    font.setPointSize(max(MIN_FONT_PT, font_size_pt))
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme))


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """Return ``base`` scaled by ``factor`` (banner and headings grow with the base size)."""
    font = QFont(base)
    font.setPointSizeF(max(MIN_FONT_PT, base.pointSizeF()) * factor)
    font.setBold(bold)
    return font
