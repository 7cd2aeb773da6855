"""Hover cards for glossary links in a reading pane, and the "link glossary terms" switch.

When the pointer rests on a ``glossary:`` link, :func:`show_term_tooltip`
shows the term's card (built in core by
:func:`~briefing_app.core.glossary.pages.term_tooltip`): the text pointed at
and what it stands for, a short definition and the names by language.  The
reader calls it from ``viewportEvent`` on ``QEvent.ToolTip``, the event Qt
sends when the pointer has rested (Qt docs, ``QHelpEvent``).

:func:`term_links_action` makes the checkable View-menu action that turns
term linking on and off, remembered in the settings under ``reader/term_links``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip

from briefing_app.core.pack.links import route
from briefing_app.core.pack.model import Pack
from briefing_app.ui.i18n import Context
from briefing_app.ui.window import settings as saved

#: The settings key of the "link glossary terms" switch (1 on, 0 off).
TERM_LINKS_KEY = "reader/term_links"

TermLinks = Context("TermLinks")


def anchor_at(browser: QTextBrowser, pos: QPoint) -> tuple[str, str]:
    """Return ``(href, text)`` of the link under viewport point ``pos``, or ``("", "")``.

    The text is the whole run of the link that holds the point (the fragments
    of its block with the same href, joined).
    """
    href = browser.anchorAt(pos)
    if not href:
        return "", ""
    position = browser.cursorForPosition(pos).position()
    block = browser.document().findBlock(position)
    runs: list[tuple[int, int, str]] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid() and fragment.charFormat().anchorHref() == href:
            start = fragment.position()
            if runs and runs[-1][1] == start:
                runs[-1] = (runs[-1][0], start + fragment.length(), runs[-1][2] + fragment.text())
            else:
                runs.append((start, start + fragment.length(), fragment.text()))
        iterator += 1
    for start, end, text in runs:
        if start <= position <= end:
            return href, text
    return href, runs[0][2] if runs else ""


def show_term_tooltip(browser: QTextBrowser, pack: Pack, event: QHelpEvent) -> bool:
    """Show the card of the glossary term under ``event``'s position; True if one was shown.

    Anything that is not a ``glossary:`` link of a known term is left to Qt
    (returns False), so other tooltips keep working.
    """
    href, text = anchor_at(browser, event.pos())
    target = route(href) if href else None
    if target is None or target.kind != "glossary":
        return False
    from briefing_app.core.glossary.pages import term_tooltip  # not needed at start-up

    card = term_tooltip(pack, target.target, text)
    if not card:
        return False
    QToolTip.showText(event.globalPos(), card, browser.viewport())
    return True


def term_links_action(parent: QObject, on_toggled: Callable[[bool], None]) -> QAction:
    """Return the checkable "Link Glossary Terms" action, checked as last saved (default on).

    ``on_toggled(checked)`` is called now with the saved state and on every
    change; each change is saved at once.
    """
    action = QAction(TermLinks.tr("&Link Glossary Terms"), parent)
    action.setCheckable(True)
    action.setToolTip(TermLinks.tr("Mark glossary terms in the text; hover one for its definition"))
    action.setChecked(saved.read_int(saved.open_settings(), TERM_LINKS_KEY, 1, 0, 1) == 1)

    def toggled(checked: bool) -> None:
        saved.open_settings().setValue(TERM_LINKS_KEY, int(checked))
        on_toggled(checked)

    action.toggled.connect(toggled)
    on_toggled(action.isChecked())
    return action
