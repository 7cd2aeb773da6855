"""The glossary dock: a filter box, the terms under letter headings and the selected term's card.

The list is a :class:`~briefing_app.ui.glossary.model.GlossaryTreeModel`
(letters, then terms) behind a filter that matches the headword, aliases and
translations, so typing "Хоргос" or "NUR" finds the term.  The card shows the
term's names by language, its definition, "Used in" (the topics whose text
mentions it) and "See also".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QUrl, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QDockWidget, QLineEdit, QSplitter, QTreeView, QVBoxLayout, QWidget

from briefing_app.core.pack.model import Pack
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.qt_ints import VERTICAL
from briefing_app.ui.reader.browser import Reader

if TYPE_CHECKING:
    from types import ModuleType

    from briefing_app.ui.glossary.model import GlossaryFilterModel

__all__ = ["GlossaryDock"]

Glossary = Context("Glossary")

#: The term card's text while no term is chosen (English; shown as ``Glossary.tr(...)``).
CHOOSE_A_TERM = QT_TRANSLATE_NOOP("Glossary", "Choose a term to read about it.")


def _models() -> ModuleType:
    """The list's models (:mod:`briefing_app.ui.glossary.model`), imported with the body."""
    from briefing_app.ui.glossary import model

    return model


class GlossaryDock(QDockWidget):
    """Dock with the pack's glossary.

    Its widgets (:attr:`filter_box`, :attr:`term_list`, the term card
    :attr:`definition`) are built the first time the dock is shown or one of
    them is asked for: the glossary is a sidebar tab, seldom the one in front
    at start-up, and the first frame goes without them.

    Signals (the card's, passed on):
        topic_requested(topic_id, anchor): a topic link in a definition was clicked.
        external_requested(url): a web or mail link in a definition was clicked.
        link_refused(message): a link in a definition leads nowhere the app goes.
        usage_needed(): the card needs "Used in" worked out for a big pack.
    """

    topic_requested = Signal(str, str)
    external_requested = Signal(QUrl)
    link_refused = Signal(str)
    usage_needed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Glossary.tr("Glossary"), parent)
        self.setObjectName("glossary-dock")
        self._pack: Pack | None = None
        self._body: _Body | None = None  # built on first use: see the class docstring
        self.visibilityChanged.connect(self._on_visibility)

    # -- the body, built on first use ---------------------------------------------

    def _built(self) -> _Body:
        """Return the dock's widgets, building them (and listing the pack) the first time."""
        if self._body is None:
            self._body = _Body(self)
            if self._pack is not None:
                self._list(self._pack)
        return self._body

    @property
    def filter_box(self) -> QLineEdit:
        """The filter line edit (built on first use)."""
        return self._built().filter_box

    @property
    def term_list(self) -> QTreeView:
        """The list of letters and terms (built on first use)."""
        return self._built().term_list

    @property
    def definition(self) -> Reader:
        """The term card (built on first use)."""
        return self._built().definition

    @property
    def _proxy(self) -> GlossaryFilterModel:
        return self._built().proxy

    def _on_visibility(self, visible: bool) -> None:
        """Build the body when the dock comes into view: shown, or its tab chosen.

        A tab behind another also gets a show event, but ``visibilityChanged``
        says whether it is in view (Qt docs, QDockWidget::visibilityChanged).
        """
        if visible:
            self._built()

    def set_pack(self, pack: Pack) -> None:
        """List ``pack``'s terms (the filter is kept); before the body is built, only note it."""
        self._pack = pack
        if self._body is not None:
            self._list(pack)

    def _list(self, pack: Pack) -> None:
        body = self._built()
        old = body.proxy.sourceModel()
        model = _models().GlossaryTreeModel(pack.terms, self)
        model.set_heading_brush(self._heading_brush())
        body.proxy.setSourceModel(model)
        if old is not None:
            old.deleteLater()
        body.term_list.expandAll()
        body.definition.set_pack(pack)
        if pack.terms:
            body.placeholder = Glossary.tr(CHOOSE_A_TERM)
        elif not pack.complete:  # a big pack's preview: its glossary follows
            body.placeholder = Glossary.tr("Reading the glossary…")
        else:
            body.placeholder = Glossary.tr("This pack has no glossary.")
        body.definition.setPlaceholderText(body.placeholder)

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
                if index.data(_models().TERM_ID_ROLE) == term_id:
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
        self.definition.setPlaceholderText(self._built().placeholder)
        self.filter_box.setToolTip(
            Glossary.tr("No term is named “%1”; showing the closest names").replace(
                "%1", text.strip()
            )
            if self._proxy.forgiving
            else ""
        )
        needle = _models().fold(text.strip())
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
        assert isinstance(model, _models().GlossaryTreeModel)
        source = self._proxy.mapToSource(index)
        return model.closeness(source.parent().row(), source.row(), needle)

    def _heading_brush(self) -> QBrush:
        """The dock's text colour, for the letter headings (light or dark)."""
        return self.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)

    def changeEvent(self, event: QEvent) -> None:
        """Qt API: on a palette change (light/dark switch) recolour the letter headings."""
        super().changeEvent(event)
        if self._body is None or event.type() != QEvent.Type.PaletteChange:
            return
        model = self._body.proxy.sourceModel()
        if isinstance(model, _models().GlossaryTreeModel):
            model.set_heading_brush(self._heading_brush())

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        term_id = current.data(_models().TERM_ID_ROLE) if current.isValid() else None
        if term_id:
            self.definition.show_term(term_id)


class _Body:
    """The glossary dock's widgets: filter box, term list, term card, in a splitter.

    Made by :meth:`GlossaryDock._built` the first time the dock is shown or one
    of its widgets is asked for, so a window whose glossary tab is not the one
    in front paints its first frame without them.
    """

    def __init__(self, dock: GlossaryDock) -> None:
        body = QWidget(dock)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.filter_box = QLineEdit(body)
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
        splitter.setProperty("orientation", VERTICAL)
        splitter.addWidget(self.term_list)
        splitter.addWidget(self.definition)
        splitter.setSizes([220, 260])
        layout.addWidget(self.filter_box)
        layout.addWidget(splitter)
        self.proxy = _models().GlossaryFilterModel(dock)
        self.placeholder = Glossary.tr(CHOOSE_A_TERM)
        self.term_list.setModel(self.proxy)
        dock.setWidget(body)
        dock.setFocusProxy(self.filter_box)
        self.filter_box.textChanged.connect(dock._on_filter)
        self.term_list.selectionModel().currentChanged.connect(dock._on_current)
        for name in ("topic_requested", "external_requested", "link_refused", "usage_needed"):
            getattr(self.definition, name).connect(getattr(dock, name))
        self.definition.term_requested.connect(dock.show_term)
