"""The glossary dock: a filter box, the terms under letter headings and the selected term's card.

The list is a :class:`~briefing_app.ui.glossary.model.GlossaryTreeModel`
(letters, then terms) behind a filter that matches the headword, aliases and
translations, so typing "Хоргос" or "NUR" finds the term.  The card shows the
term's names by language, its definition, "Used in" (the topics whose text
mentions it) and "See also".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QDockWidget, QLineEdit, QSplitter, QTreeView, QVBoxLayout, QWidget

from briefing_app.core.glossary.headwords import fold
from briefing_app.core.pack.model import Pack
from briefing_app.ui.glossary.model import TERM_ID_ROLE, GlossaryFilterModel, GlossaryTreeModel
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.qt_ints import VERTICAL
from briefing_app.ui.reader.browser import Reader

__all__ = ["TERM_ID_ROLE", "GlossaryDock"]

Glossary = Context("Glossary")

#: The term card's text while no term is chosen (English; shown as ``Glossary.tr(...)``).
CHOOSE_A_TERM = QT_TRANSLATE_NOOP("Glossary", "Choose a term to read about it.")


class GlossaryDock(QDockWidget):
    """Dock with the pack's glossary.

    Signals:
        topic_requested(topic_id, anchor): a topic link in a definition was clicked.
    """

    topic_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Glossary.tr("Glossary"), parent)
        self.setObjectName("glossary-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.filter_box = QLineEdit(body)
        self.setFocusProxy(self.filter_box)
        self.filter_box.setPlaceholderText(Glossary.tr("Filter terms (any language)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(Glossary.tr("Filter glossary terms"))
        self.filter_box.setAccessibleDescription(
            Glossary.tr("Type a name in any language to list the terms that have it")
        )
        self.term_list = QTreeView(body)
        self.term_list.setHeaderHidden(True)
        self.term_list.setRootIsDecorated(False)
        self.term_list.setItemsExpandable(False)
        self.term_list.setUniformRowHeights(True)
        self.term_list.setAccessibleName(Glossary.tr("Glossary terms"))
        self.term_list.setAccessibleDescription(
            Glossary.tr("The terms under their letters; choose one to read its card")
        )
        self.definition = Reader(body)
        self.definition.setAccessibleName(Glossary.tr("Term definition"))
        self.definition.setAccessibleDescription(
            Glossary.tr(
                "The chosen term: its names by language, definition, the topics that use it, "
                "see also"
            )
        )
        splitter = QSplitter(parent=body)  # by keyword: see qt_ints
        splitter.setProperty("orientation", VERTICAL)  # no Qt enum in the first frame
        splitter.addWidget(self.term_list)
        splitter.addWidget(self.definition)
        splitter.setSizes([220, 260])
        layout.addWidget(self.filter_box)
        layout.addWidget(splitter)
        self.setWidget(body)
        self._proxy = GlossaryFilterModel(self)
        self._placeholder = Glossary.tr(CHOOSE_A_TERM)
        self.term_list.setModel(self._proxy)
        self.filter_box.textChanged.connect(self._on_filter)
        self.term_list.selectionModel().currentChanged.connect(self._on_current)
        self.definition.topic_requested.connect(self.topic_requested)
        self.definition.term_requested.connect(self.show_term)

    def set_pack(self, pack: Pack) -> None:
        """List ``pack``'s terms (the filter is kept)."""
        old = self._proxy.sourceModel()
        model = GlossaryTreeModel(pack.terms, self)
        model.set_heading_brush(self._heading_brush())
        self._proxy.setSourceModel(model)
        if old is not None:
            old.deleteLater()
        self.term_list.expandAll()
        self.definition.set_pack(pack)
        self._placeholder = (
            Glossary.tr(CHOOSE_A_TERM) if pack.terms else Glossary.tr("This pack has no glossary.")
        )
        self.definition.setPlaceholderText(self._placeholder)

    def _term_indexes(self) -> list[QModelIndex]:
        """Return the proxy indexes of the terms shown, in order (letters left out)."""
        indexes: list[QModelIndex] = []
        for letter in range(self._proxy.rowCount()):
            parent = self._proxy.index(letter, 0)
            indexes.extend(
                self._proxy.index(row, 0, parent) for row in range(self._proxy.rowCount(parent))
            )
        return indexes

    def visible_terms(self) -> list[str]:
        """Return the headwords the list shows now, in order."""
        return [index.data() for index in self._term_indexes()]

    def visible_letters(self) -> list[str]:
        """Return the letter headings the list shows now, in order."""
        return [self._proxy.index(row, 0).data() for row in range(self._proxy.rowCount())]

    def show_term(self, term_id: str) -> bool:
        """Show and select term ``term_id`` (clearing a filter that hides it); False if unknown."""
        for attempt in range(2):
            for index in self._term_indexes():
                if index.data(TERM_ID_ROLE) == term_id:
                    self.setVisible(True)
                    self.raise_()
                    self.term_list.setCurrentIndex(index)
                    self.term_list.scrollTo(index)
                    return self.definition.show_term(term_id)
            if attempt == 0 and self.filter_box.text():
                self.filter_box.clear()
        return False

    def _on_filter(self, text: str) -> None:
        """Filter the list; show the closest term (a name that is the text, else one that
        starts with it, else the first listed), or say that no term matches."""
        self._proxy.set_text(text)
        self.term_list.expandAll()
        shown = self._term_indexes()
        if not shown:
            self.term_list.setCurrentIndex(QModelIndex())
            self.definition.setPlaceholderText(
                Glossary.tr("No term matches “%1”.").replace("%1", text.strip())
            )
            self.definition.show_nothing()
            return
        self.definition.setPlaceholderText(self._placeholder)
        self.filter_box.setToolTip(
            Glossary.tr("No term is named “%1”; showing the closest names").replace(
                "%1", text.strip()
            )
            if self._proxy.forgiving
            else ""
        )
        needle = fold(text.strip())
        current = self.term_list.currentIndex()
        best = min(shown, key=lambda index: self._closeness(index, needle)) if needle else None
        if best is None and not current.isValid():
            best = shown[0]
        if best is not None and best != current:
            self.term_list.setCurrentIndex(best)
            self.term_list.scrollTo(best)

    def _closeness(self, index: QModelIndex, needle: str) -> int:
        """See :meth:`GlossaryTreeModel.closeness`; ``index`` is a term row of the list."""
        model = self._proxy.sourceModel()
        assert isinstance(model, GlossaryTreeModel)
        source = self._proxy.mapToSource(index)
        return model.closeness(source.parent().row(), source.row(), needle)

    def _heading_brush(self) -> QBrush:
        """The dock's text colour, for the letter headings (light or dark)."""
        return self.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)

    def changeEvent(self, event: QEvent) -> None:
        """Qt API: on a palette change (light/dark switch) recolour the letter headings."""
        super().changeEvent(event)
        model = self._proxy.sourceModel()
        if event.type() == QEvent.Type.PaletteChange and isinstance(model, GlossaryTreeModel):
            model.set_heading_brush(self._heading_brush())

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        term_id = current.data(TERM_ID_ROLE) if current.isValid() else None
        if term_id:
            self.definition.show_term(term_id)
