"""Page breaks a typesetter would choose, added to a laid-out QTextDocument.

QTextDocument's paged layout (Qt docs, "Rich Text Processing"; ``QTextDocumentLayout``)
moves a line that would cross the foot of a page to the next page and honours
``page-break-before``/``-after`` (``QTextFormat.PageBreak_AlwaysBefore`` on a block or a
frame), but it has none of the rules of CSS Fragmentation Level 3 (§3.1 ``break-after:
avoid``, §3.2 ``break-inside: avoid``): a heading can end a page, a boxed block can leave
only its title at the foot, and a table row can be cut in two.  So :func:`settle_steps`
looks where each block and table of the root frame fell (``blockBoundingRect``,
``frameBoundingRect`` in the paged layout) and adds a page break before

* a heading, or a block marked "keep with next" (``-qt-user-state`` of
  :data:`briefing_app.core.brief.style.KEEP_WITH_NEXT`), whose following block would not
  show at least its first :data:`HEAD_LINES` lines on the same page; a run of such
  blocks moves together;
* a table (a box or a grid) that would be split across pages and fits on one page.  A
  row cannot be kept whole inside QTextDocument: a page break set on the blocks of a
  row's cells makes the layout drop the row and then break again, leaving a blank page
  (``QTextDocumentLayoutPrivate::layoutTable`` lays the cells out again after the drop),
  so the whole table moves instead;
* a table taller than a page that would show fewer than :data:`HEAD_LINES` lines at the
  foot of its first page;
* the block before one marked "keep with previous" (:data:`KEEP_WITH_PREVIOUS`: a topic's
  closing "Sources" line), when that block would end a page and leave the line alone
  on the next.

Each break moves everything after it, so the document is measured again after each one,
from where the break went in, and only as far as the pass has reached.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable

from briefing_app.core.brief.style import KEEP_WITH_NEXT, KEEP_WITH_PREVIOUS

#: Lines of a block that must follow a heading on its page.
HEAD_LINES = 2
#: Most page breaks added to one document (a guard against a layout that never settles).
MAX_BREAKS = 1000
#: Device pixels of slack when deciding which page a coordinate is on.
_SLACK = 0.5
_ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


@dataclass
class _Item:
    """A block or a table of the root frame, where it fell in the layout."""

    top: float
    bottom: float
    head_bottom: float  # bottom of the part that must stay with a heading above
    keep_with_next: bool
    keep_with_previous: bool = False
    block: QTextBlock | None = None
    table: QTextTable | None = None

    def has_break(self) -> bool:
        """True if the item already starts a page by its own format."""
        if self.table is not None:
            policy = self.table.format().pageBreakPolicy()
        else:
            assert self.block is not None
            policy = self.block.blockFormat().pageBreakPolicy()
        return bool(policy & _ALWAYS_BEFORE)


def _block_item(document: QTextDocument, block: QTextBlock) -> _Item | None:
    rect = document.documentLayout().blockBoundingRect(block)
    if not block.text().strip() or rect.height() <= 0:
        return None  # an empty block (Qt hides the one after a table in its border)
    top, head = rect.top(), rect.bottom()
    layout = block.layout()
    if layout is not None and layout.lineCount() > 0:
        # the layout moves a line that would cross the page foot down, below the
        # block's own top: the block starts where its first line is
        top = rect.top() + layout.lineAt(0).y()
        if layout.lineCount() > HEAD_LINES:
            line = layout.lineAt(HEAD_LINES - 1)
            head = rect.top() + line.y() + line.height()
    keep = block.blockFormat().headingLevel() > 0 or block.userState() == KEEP_WITH_NEXT
    after = block.userState() == KEEP_WITH_PREVIOUS
    return _Item(top, rect.bottom(), head, keep, after, block=block)


def _table_item(document: QTextDocument, table: QTextTable, page_height: float) -> _Item:
    layout = document.documentLayout()
    rect = layout.frameBoundingRect(table)
    head = rect.bottom()
    if rect.height() > page_height:  # only its first lines need to follow a heading
        first = table.cellAt(0, 0).firstCursorPosition().block()
        head = min(head, layout.blockBoundingRect(first).bottom())
    return _Item(rect.top(), rect.bottom(), head, False, table=table)


def _entries(document: QTextDocument) -> list[QTextBlock | QTextTable]:
    """Return the blocks and tables of the root frame, in order (empty blocks included)."""
    found: list[QTextBlock | QTextTable] = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if isinstance(frame, QTextTable):
            found.append(frame)
        elif frame is None:
            found.append(iterator.currentBlock())
        iterator += 1
    return found


def _measure(
    document: QTextDocument, entry: QTextBlock | QTextTable, page_height: float
) -> _Item | None:
    if isinstance(entry, QTextTable):
        return _table_item(document, entry, page_height)
    return _block_item(document, entry)


def items(document: QTextDocument, page_height: float) -> list[_Item]:
    """Return the blocks (empty ones left out) and tables of the root frame, in order."""
    measured = (_measure(document, entry, page_height) for entry in _entries(document))
    return [item for item in measured if item is not None]


def _page(y: float, page_height: float) -> int:
    return int(max(0.0, y) // page_height)


def _fault(found: list[_Item], index: int, page_height: float) -> int | None:
    """Return the index of the item a rule (see module doc) wants a page break before,
    because of where item ``index`` fell; None if it fell well."""
    item = found[index]
    top = _page(item.top + _SLACK, page_height)
    if item.table is not None:
        if item.bottom - item.top <= page_height:
            return index if _page(item.bottom - _SLACK, page_height) != top else None
        room = (top + 1) * page_height - item.top
        return index if room < item.head_bottom - item.top else None
    if item.keep_with_next and index + 1 < len(found):
        following = found[index + 1]
        return index if _page(following.head_bottom - _SLACK, page_height) != top else None
    if item.keep_with_previous and index > 0 and not item.has_break():
        previous = found[index - 1]
        return index - 1 if _page(previous.bottom - _SLACK, page_height) != top else None
    return None


def _break_target(found: list[_Item], index: int, page_height: float) -> int | None:
    """Return the item to break before to mend a fault at ``index``, or None if none helps.

    The break goes before the run of keep-with-next blocks just above the item; it
    does not help before an item that starts a page already.
    """
    target = index
    while target > 0 and found[target - 1].keep_with_next and not found[target].has_break():
        target -= 1
    item = found[target]
    page_top = _page(item.top + _SLACK, page_height) * page_height
    if item.has_break() or item.top - page_top < 2 * _SLACK + 1:
        return None
    return target


def _add_break(document: QTextDocument, item: _Item) -> None:
    if item.table is not None:
        table_format = item.table.format()
        table_format.setPageBreakPolicy(_ALWAYS_BEFORE)
        item.table.setFormat(table_format)
        return
    assert item.block is not None
    block_format = item.block.blockFormat()
    block_format.setPageBreakPolicy(block_format.pageBreakPolicy() | _ALWAYS_BEFORE)
    QTextCursor(item.block).setBlockFormat(block_format)


def settle_steps(document: QTextDocument, page_height: float) -> Generator[None, None, int]:
    """Add the page breaks the rules of the module doc ask for, yielding after each; return
    how many.

    Each break makes Qt lay out everything after it again (about 60 ms for a
    400-page brief), so a caller on the GUI thread handles events between
    steps instead of stopping for the whole (4 s for that brief).

    One pass from the top: items are measured as the pass reaches them, and a
    break makes only the items from it on be measured again (nothing above a
    break moves); measuring every item again after each break took 6.3 s in
    one step for that brief.  Qt lays a document out lazily, so the layout is
    finished (``pageCount``) before the pass and after each break, so that
    every item measured has its final place.

    Args:
        document: laid out in pages (``setPageSize`` with ``page_height``).
        page_height: the height of a page's body in the document's units.
    """
    document.pageCount()  # finish Qt's lazy layout of the whole (it lays out in steps)
    entries = _entries(document)
    found: list[_Item] = []
    origin: list[int] = []  # the entry each item of ``found`` was measured from
    cursor = 0  # the next entry to measure

    def reach(index: int) -> bool:
        """Measure items until ``found[index]`` exists; False if the document ends first."""
        nonlocal cursor
        while len(found) <= index and cursor < len(entries):
            item = _measure(document, entries[cursor], page_height)
            if item is not None:
                found.append(item)
                origin.append(cursor)
            cursor += 1
        return len(found) > index

    added = 0
    index = 0
    while added < MAX_BREAKS and reach(index):
        reach(index + 1)  # a heading's rule looks at the item after it
        fault = _fault(found, index, page_height)
        target = None if fault is None else _break_target(found, fault, page_height)
        if target is None:
            index += 1
            continue
        _add_break(document, found[target])
        document.pageCount()  # the layout after the break, finished as at the start
        added += 1
        cursor = origin[target]  # everything from the break on moved: measure it again
        del found[target:], origin[target:]
        index = target
        yield
    return added
