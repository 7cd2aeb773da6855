"""How the window follows a pack that loads in the background.

:class:`~briefing_app.ui.window.pack_loader.PackLoader` shows a big pack
new to the cache as a preview, then hands over its glossary, the titles it
lacked and the whole pack (see that module); a pack folder's saved files
are read again the same way (:mod:`briefing_app.ui.window.pack_watch`).
:func:`follow_loading` connects those signals to the window: the progress
in the status bar and under the tree, each handover keeping the page, its
scroll position, the glossary card and the tree's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from briefing_app.core.pack.model import Pack
from briefing_app.ui.i18n import Context

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

Window = Context("Window")


def follow_loading(window: MainWindow) -> None:
    """Connect ``window.loader`` and ``window.pack_watch`` to ``window`` (see the module doc)."""
    loader = window.loader
    loader.progress.connect(lambda done, total: _show_progress(window, done, total))
    loader.glossary_loaded.connect(lambda pack: take_pack(window, pack, keep_tree=True))
    loader.titles_loaded.connect(window.tree.refresh_titles)
    loader.loaded.connect(lambda pack: take_pack(window, pack))
    loader.failed.connect(lambda message: _show_failure(window, message))
    window.pack_watch.changed.connect(lambda changes: _reload(window, changes))


def take_pack(window: MainWindow, pack: Pack, keep_tree: bool = False) -> None:
    """Show ``pack`` in place of the one shown, which it completes (the whole pack after a
    preview, or the preview again with its glossary: then ``keep_tree``, the tree stays).

    The page, its scroll position, the glossary card and the tree's scroll
    position stay; a topic page that renders alike is not rendered again
    (:func:`~briefing_app.core.render.page.renders_alike`).
    """
    from briefing_app.core.render.page import renders_alike

    reader, tree = window.reader, window.tree
    page, card = reader.page, window.glossary.definition.page
    scroll = reader.verticalScrollBar().value()
    browsed = tree.verticalScrollBar().value()  # an outline's tree, maybe scrolled
    topic_id = page[1] if page and page[0] == "topic" else None
    alike = topic_id is not None and renders_alike(window.pack, pack, topic_id)
    window.set_pack(pack, topic_id, keep_page=alike, keep_tree=keep_tree)
    if page and page[0] == "glossary":
        reader.show_glossary()
    elif page and page[0] == "term":
        reader.show_term(page[1])
    if reader.page == page:
        reader.verticalScrollBar().setValue(scroll)
    if card and card[0] == "term":
        window.glossary.show_term(card[1])
    tree.verticalScrollBar().setValue(browsed)


def _show_progress(window: MainWindow, done: int, total: int) -> None:
    window.load_progress.setMaximum(total)
    window.load_progress.setValue(done)
    locale = QLocale()
    window.tree.set_placeholder(
        Window.tr("Loading topics… %1 of %2")
        .replace("%1", locale.toString(done))
        .replace("%2", locale.toString(total))
    )


def _show_failure(window: MainWindow, message: str) -> None:
    window.load_progress.hide()
    window.tree.set_placeholder(
        Window.tr("The other topics could not be loaded; see the status bar")
    )
    window.show_pack_size()
    window.statusBar().showMessage(message, 15000)


def _reload(window: MainWindow, changes: object) -> None:
    """Files of the pack shown were saved, added or removed: read it again in the
    background; :func:`take_pack` then keeps the page and its place."""
    window.loader.reload(window.pack.root)
    what = str(getattr(changes, "describe", str)())
    window.statusBar().showMessage(Window.tr("Reloading: %1").replace("%1", what), 4000)
