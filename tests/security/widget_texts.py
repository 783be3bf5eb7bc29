"""Every piece of text a window can show, read from its widgets, and pictures of it.

A screenshot is drawn from widget texts, so reading the texts is how the tests decide what a
screenshot can show: window titles, labels, buttons, what a line edit displays (for a password
field that is the bullets, not the key), placeholders, tooltips, status tips, accessible names
and descriptions, plain and rich text editors, combo box entries and every cell of every item
view (display and tooltip roles).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def widget_texts(top: QWidget) -> list[str]:
    """Return every text ``top`` and its children (shown or hidden) could put on the screen."""
    texts: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        texts += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ]
        texts += _own_texts(widget)
    return [text for text in texts if text]


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLineEdit):
        return [widget.displayText(), widget.placeholderText()]
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QPlainTextEdit):
        return [widget.toPlainText(), widget.placeholderText()]
    if isinstance(widget, QTextEdit):
        return [widget.toPlainText(), widget.toHtml()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()] + [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _model_texts(widget.model(), QModelIndex())
    return []


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> list[str]:
    texts: list[str] = []
    columns = _count(model.columnCount, parent, 1)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            texts += [str(model.data(index, role)) for role in _ROLES if model.data(index, role)]
            if column == 0 and _count(model.rowCount, index, 0):
                texts += _model_texts(model, index)
    return texts


def _count(method: Callable[[QModelIndex], int], parent: QModelIndex, private: int) -> int:
    """Call a model's counting method; list and table models keep some private in PySide6."""
    try:
        return method(parent)
    except TypeError:
        return private
