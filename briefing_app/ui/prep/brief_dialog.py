"""File → Build Brief: choose topics, their order and the options, then export or print.

The topics are the pack's tree with check boxes (a ``QStandardItemModel``;
a group's box is tristate: clicking it checks or clears its whole branch,
and it shows partly checked when only some of its branch is).  A group is a
topic too: its own page is chosen with its branch, and stays chosen when
some of the branch is cleared (it goes when the whole branch is).  The
chosen topics are listed on the right in print order, which
Move Up / Move Down change; newly chosen topics join at their place in
reading order.

The last brief is remembered (QSettings, :mod:`briefing_app.ui.window.settings`)
when it is exported or printed: per pack, the chosen topics in their order,
the title and the marking; for every pack, the layout, content, additions,
format and author.  The dialog opens with them; topics the pack no longer
has are dropped, and a pack never briefed before starts with every topic.
The date is always today's.
"""

from __future__ import annotations

import json
import re
from datetime import date

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.brief.model import PAPERS, BriefOptions
from briefing_app.core.pack.model import Pack, TreeNode
from briefing_app.core.user.store import pack_key
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.icons import icon
from briefing_app.ui.window import settings as saved

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1
Brief = Context("Brief")
#: Output formats offered: label, file extension, file dialog filter (labels and filters
#: in English, shown as ``Brief.tr(text)``).
FORMAT_CHOICES = [
    ("PDF", ".pdf", QT_TRANSLATE_NOOP("Brief", "PDF documents (*.pdf)")),
    (
        QT_TRANSLATE_NOOP("Brief", "HTML (one file)"),
        ".html",
        QT_TRANSLATE_NOOP("Brief", "HTML files (*.html *.htm)"),
    ),
    ("Markdown", ".md", QT_TRANSLATE_NOOP("Brief", "Markdown files (*.md)")),
]
#: Layouts offered: label (English, shown as ``Brief.tr(label)``), ``BriefOptions.layout``.
LAYOUT_CHOICES = [
    (QT_TRANSLATE_NOOP("Brief", "Full brief: cover, contents, a topic per page"), "full"),
    (
        QT_TRANSLATE_NOOP(
            "Brief", "Speaking notes: talking points and key facts, topic after topic"
        ),
        "speaking-notes",
    ),
]
#: Settings group of the remembered brief.
SETTINGS_GROUP = "brief"


def _pack_group(pack: Pack) -> str:
    """The settings group of one pack's remembered brief (the pack key, made a safe key)."""
    return f"{SETTINGS_GROUP}/pack-" + re.sub(r"[^A-Za-z0-9_.-]", "_", pack_key(pack))


def _read_bool(settings: QSettings, key: str, default: bool) -> bool:
    """Return a saved boolean (INI files hold "true"/"false"), or ``default`` if unusable."""
    value = settings.value(key, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default


class BriefDialog(QDialog):
    """The brief builder (see module doc).

    Signals:
        export_requested(BriefOptions, extension): the user pressed Export…
            (the window asks for the file name and runs the export).
        print_requested(BriefOptions): the user pressed Print Preview….
    """

    export_requested = Signal(object, str)
    print_requested = Signal(object)

    def __init__(self, pack: Pack, current_topic: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(Brief.tr("Build Brief"))
        self.setObjectName("brief-dialog")
        self._pack = pack
        self._order = pack.topic_order()
        self._rank = {topic_id: n for n, topic_id in enumerate(self._order)}
        self._syncing = False
        self._own: dict[str, bool] = {}  # group id -> its own page is chosen
        self.model = QStandardItemModel(self)
        self._items: dict[str, QStandardItem] = {}
        self._fill(pack.tree, self.model.invisibleRootItem())
        for topic_id in self._order:  # topics outside the tree, at the end
            if topic_id not in self._items:
                self.model.invisibleRootItem().appendRow(self._item(topic_id, False))
        self.tree = QTreeView(self)
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.expandAll()
        self.tree.setAccessibleName(Brief.tr("Topics to include"))
        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(Brief.tr("Topics in print order"))
        self.up_button = QPushButton(icon("up"), Brief.tr("Move &Up"), self)
        self.down_button = QPushButton(icon("down"), Brief.tr("Move &Down"), self)
        self.all_button = QPushButton(Brief.tr("&All"), self)
        self.none_button = QPushButton(Brief.tr("&None"), self)
        self.current_button = QPushButton(Brief.tr("&Current Topic Only"), self)
        self.current_button.setEnabled(current_topic in pack.topics)
        self._current = current_topic
        self._build_options()
        self._layout()
        self.model.itemChanged.connect(self._on_item_changed)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.all_button.clicked.connect(lambda: self.set_chosen(self._order))
        self.none_button.clicked.connect(lambda: self.set_chosen([]))
        self.current_button.clicked.connect(lambda: self.set_chosen([self._current]))
        self.chosen.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.set_chosen(self._order)
        self.layout_box.currentIndexChanged.connect(lambda _index: self._update_content())
        self.restore()
        self.resize(860, 620)

    # -- construction ---------------------------------------------------------

    def _item(self, topic_id: str, group: bool) -> QStandardItem:
        topic = self._pack.topics.get(topic_id)
        item = QStandardItem(
            icon("group" if group else "topic"), topic.title if topic else topic_id
        )
        item.setData(topic_id, TOPIC_ROLE)
        item.setCheckable(True)
        item.setEditable(False)
        item.setToolTip(topic.summary if topic else "")
        self._items[topic_id] = item
        return item

    def _fill(self, nodes: list[TreeNode], parent: QStandardItem) -> None:
        for node in nodes:
            item = self._item(node.topic_id, bool(node.children))
            parent.appendRow(item)
            self._fill(node.children, item)

    def _build_options(self) -> None:
        info = self._pack.info
        settings = saved.open_settings()
        self.full_text = QRadioButton(Brief.tr("&Full text"), self)
        self.key_points = QRadioButton(Brief.tr("&Key facts and talking points only"), self)
        self.full_text.setChecked(True)
        self._content_group = QButtonGroup(self)
        self._content_group.addButton(self.full_text)
        self._content_group.addButton(self.key_points)
        self.include_notes = QCheckBox(Brief.tr("Include &my notes"), self)
        self.include_glossary = QCheckBox(Brief.tr("&Glossary of the terms the topics use"), self)
        self.include_glossary.setChecked(True)
        self.include_timeline = QCheckBox(Brief.tr("T&imeline"), self)
        self.include_timeline.setToolTip(
            Brief.tr("The pack's timeline as an image after the contents")
        )
        self.include_timeline.setEnabled(bool(self._pack.timeline))
        self.title_edit = QLineEdit(info.title, self)
        marking = saved.read_str(settings, "brief/default_marking") or info.classification
        self.marking_edit = QLineEdit(marking, self)
        self.marking_edit.setPlaceholderText(Brief.tr("e.g. UNCLASSIFIED — FOR BRIEFING USE"))
        self.author_edit = QLineEdit(saved.read_str(settings, "brief/author"), self)
        self.author_edit.setPlaceholderText(Brief.tr("Your name and post"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.layout_box = QComboBox(self)
        for label, layout in LAYOUT_CHOICES:
            self.layout_box.addItem(Brief.tr(label), layout)
        self.format_box = QComboBox(self)
        for label, extension, _filter in FORMAT_CHOICES:
            self.format_box.addItem(Brief.tr(label), extension)
        self.print_button = QPushButton(icon("print"), Brief.tr("&Print Preview…"), self)
        self.export_button = QPushButton(icon("export"), Brief.tr("&Export…"), self)
        self.export_button.setDefault(True)
        self.close_button = QPushButton(Brief.tr("Close"), self)
        self.print_button.clicked.connect(self._print)
        self.export_button.clicked.connect(self._export)
        self.close_button.clicked.connect(self.reject)

    def _print(self) -> None:
        options = self.options()
        self.remember(options)
        self.print_requested.emit(options)

    def _export(self) -> None:
        options = self.options()
        self.remember(options)
        self.export_requested.emit(options, self.extension())

    def _layout(self) -> None:
        topics = QGroupBox(Brief.tr("Topics"), self)
        grid = QGridLayout(topics)
        grid.addWidget(QLabel(Brief.tr("Include:"), topics), 0, 0, 1, 3)
        grid.addWidget(QLabel(Brief.tr("In this order:"), topics), 0, 3, 1, 2)
        grid.addWidget(self.tree, 1, 0, 1, 3)
        grid.addWidget(self.chosen, 1, 3, 1, 2)
        grid.addWidget(self.all_button, 2, 0)
        grid.addWidget(self.none_button, 2, 1)
        grid.addWidget(self.current_button, 2, 2)
        grid.addWidget(self.up_button, 2, 3)
        grid.addWidget(self.down_button, 2, 4)
        hint = QLabel(
            Brief.tr(
                "A group's box takes its whole branch; clear topics below it to leave them out."
            ),
            topics,
        )
        hint.setEnabled(False)
        grid.addWidget(hint, 3, 0, 1, 5)
        options = QGroupBox(Brief.tr("Options"), self)
        form = QFormLayout(options)
        content = QHBoxLayout()
        content.addWidget(self.full_text)
        content.addWidget(self.key_points)
        content.addStretch(1)
        form.addRow(Brief.tr("&Layout:"), self.layout_box)
        form.addRow(Brief.tr("Content:"), content)
        extras = QHBoxLayout()
        extras.addWidget(self.include_notes)
        extras.addWidget(self.include_glossary)
        extras.addWidget(self.include_timeline)
        extras.addStretch(1)
        form.addRow(Brief.tr("Add:"), extras)
        form.addRow(Brief.tr("&Title:"), self.title_edit)
        form.addRow(Brief.tr("&Marking:"), self.marking_edit)
        form.addRow(Brief.tr("&Author:"), self.author_edit)
        form.addRow(Brief.tr("&Date:"), self.date_edit)
        form.addRow(Brief.tr("&Format:"), self.format_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(topics, 1)
        column.addWidget(options)
        column.addLayout(buttons)

    # -- the choice -----------------------------------------------------------

    def _is_chosen(self, topic_id: str, item: QStandardItem) -> bool:
        if item.hasChildren():
            return self._own.get(topic_id, False)
        return item.checkState() == Qt.CheckState.Checked

    def chosen_ids(self) -> list[str]:
        """Return the chosen topic ids in print order."""
        return [self.chosen.item(row).data(TOPIC_ROLE) for row in range(self.chosen.count())]

    def set_chosen(self, topic_ids: list[str]) -> None:
        """Check exactly ``topic_ids`` (their groups show whole or partial), in reading order."""
        wanted = set(topic_ids)
        self._syncing = True
        try:
            for topic_id, item in self._items.items():
                if not item.hasChildren():
                    item.setCheckState(self._state(topic_id in wanted))
            for item in self._groups_bottom_up():
                self._own[item.data(TOPIC_ROLE)] = item.data(TOPIC_ROLE) in wanted
                self._settle_group(item)
        finally:
            self._syncing = False
        self.chosen.clear()
        self._sync_list()

    def set_checked(self, topic_id: str, checked: bool) -> None:
        """Check or clear one topic's box as a click would (a group's box takes its branch)."""
        self._items[topic_id].setCheckState(self._state(checked))

    @staticmethod
    def _state(on: bool) -> Qt.CheckState:
        return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked

    def _groups_bottom_up(self) -> list[QStandardItem]:
        groups = [item for item in self._items.values() if item.hasChildren()]
        return sorted(groups, key=self._depth, reverse=True)

    @staticmethod
    def _depth(item: QStandardItem) -> int:
        depth, parent = 0, item.parent()
        while parent is not None:
            depth, parent = depth + 1, parent.parent()
        return depth

    def _settle_group(self, item: QStandardItem) -> None:
        """Show on a group's box what its branch holds: checked when its own page and every
        topic below are chosen, unchecked when none is, else partly checked."""
        states = {item.child(row).checkState() for row in range(item.rowCount())}
        states.add(self._state(self._own.get(item.data(TOPIC_ROLE), False)))
        if states == {Qt.CheckState.Checked}:
            item.setCheckState(Qt.CheckState.Checked)
        elif states == {Qt.CheckState.Unchecked}:
            item.setCheckState(Qt.CheckState.Unchecked)
        else:
            item.setCheckState(Qt.CheckState.PartiallyChecked)

    def _on_item_changed(self, item: QStandardItem) -> None:
        """A box was clicked: a group passes its state down, then the groups above settle."""
        if self._syncing:
            return
        self._syncing = True
        try:
            state = item.checkState()
            if item.hasChildren() and state != Qt.CheckState.PartiallyChecked:
                stack = [item]
                while stack:
                    node = stack.pop()
                    node.setCheckState(state)
                    if node.hasChildren():
                        self._own[node.data(TOPIC_ROLE)] = state == Qt.CheckState.Checked
                    stack.extend(node.child(row) for row in range(node.rowCount()))
            parent = item.parent()
            while parent is not None:
                self._settle_group(parent)
                parent = parent.parent()
        finally:
            self._syncing = False
        self._sync_list()

    def _sync_list(self) -> None:
        """Make the order list hold the checked topics: keep the user's order, insert new ones
        at their reading-order place."""
        checked = {t for t, item in self._items.items() if self._is_chosen(t, item)}
        order = [t for t in self.chosen_ids() if t in checked]
        for topic_id in sorted(checked - set(order), key=self._rank.__getitem__):
            rank = self._rank[topic_id]
            position = next(
                (n for n, other in enumerate(order) if self._rank[other] > rank), len(order)
            )
            order.insert(position, topic_id)
        current = self.chosen.currentItem()
        keep = current.data(TOPIC_ROLE) if current else None
        self.chosen.clear()
        for topic_id in order:
            item = QListWidgetItem(self._items[topic_id].text())
            item.setData(TOPIC_ROLE, topic_id)
            self.chosen.addItem(item)
            if topic_id == keep:
                self.chosen.setCurrentItem(item)
        self._update_buttons()

    def move_selected(self, step: int) -> None:
        """Move the selected topic of the order list ``step`` rows (-1 up, 1 down)."""
        row = self.chosen.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.chosen.count():
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(target, item)
        self.chosen.setCurrentRow(target)

    def select_in_order(self, topic_id: str) -> None:
        """Select ``topic_id`` in the order list (as a click would)."""
        for row in range(self.chosen.count()):
            if self.chosen.item(row).data(TOPIC_ROLE) == topic_id:
                self.chosen.setCurrentRow(row)

    def _update_buttons(self) -> None:
        row, count = self.chosen.currentRow(), self.chosen.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.export_button.setEnabled(count > 0)
        self.print_button.setEnabled(count > 0)

    def _update_content(self) -> None:
        """Speaking notes hold key facts and talking points only: the content choice rests."""
        full_layout = self.layout_box.currentData() == "full"
        self.full_text.setEnabled(full_layout)
        self.key_points.setEnabled(full_layout)

    def set_order(self, topic_ids: list[str]) -> None:
        """Choose exactly ``topic_ids`` and list them in that order (ids not in the pack are
        left out)."""
        wanted = [topic_id for topic_id in topic_ids if topic_id in self._items]
        self.set_chosen(wanted)
        rank = {topic_id: n for n, topic_id in enumerate(wanted)}
        rows = sorted(
            (self.chosen.takeItem(0) for _ in range(self.chosen.count())),
            key=lambda item: rank[item.data(TOPIC_ROLE)],
        )
        for item in rows:
            self.chosen.addItem(item)
        self._update_buttons()

    # -- remembered -----------------------------------------------------------

    def restore(self) -> None:
        """Set the dialog to the last brief exported or printed (see module doc)."""
        settings = saved.open_settings()
        group = _pack_group(self._pack)
        try:
            topics = json.loads(saved.read_str(settings, f"{group}/topics", "null"))
        except ValueError:
            topics = None
        if isinstance(topics, list) and all(isinstance(t, str) for t in topics):
            kept = [t for t in topics if t in self._items]
            if kept:
                self.set_order(kept)
        for key, edit in (("title", self.title_edit), ("marking", self.marking_edit)):
            value = settings.value(f"{group}/{key}")
            if isinstance(value, str):
                edit.setText(value)
        layout = self.layout_box.findData(saved.read_str(settings, f"{SETTINGS_GROUP}/layout"))
        self.layout_box.setCurrentIndex(max(0, layout))
        key_points = _read_bool(settings, f"{SETTINGS_GROUP}/key_points_only", False)
        (self.key_points if key_points else self.full_text).setChecked(True)
        self.include_notes.setChecked(
            _read_bool(settings, f"{SETTINGS_GROUP}/include_notes", False)
        )
        self.include_glossary.setChecked(
            _read_bool(settings, f"{SETTINGS_GROUP}/include_glossary", True)
        )
        extension = self.format_box.findData(saved.read_str(settings, f"{SETTINGS_GROUP}/format"))
        self.format_box.setCurrentIndex(max(0, extension))
        self._update_content()

    def remember(self, options: BriefOptions) -> None:
        """Save ``options`` and the chosen format as the brief to start from next time."""
        settings = saved.open_settings()
        group = _pack_group(self._pack)
        settings.setValue(f"{group}/topics", json.dumps(options.topic_ids))
        settings.setValue(f"{group}/title", self.title_edit.text().strip())
        settings.setValue(f"{group}/marking", options.marking)
        settings.setValue(f"{SETTINGS_GROUP}/layout", options.layout)
        settings.setValue(f"{SETTINGS_GROUP}/key_points_only", self.key_points.isChecked())
        settings.setValue(f"{SETTINGS_GROUP}/include_notes", options.include_notes)
        settings.setValue(f"{SETTINGS_GROUP}/include_glossary", options.include_glossary)
        settings.setValue(f"{SETTINGS_GROUP}/format", self.extension())
        settings.setValue(f"{SETTINGS_GROUP}/author", options.author)
        settings.sync()

    # -- the result -----------------------------------------------------------

    def extension(self) -> str:
        """Return the chosen format's file extension (``.pdf``, ``.html``, ``.md``)."""
        return str(self.format_box.currentData())

    def options(self) -> BriefOptions:
        """Return the options as chosen (without remembering them; see :meth:`remember`)."""
        author = self.author_edit.text().strip()
        chosen_date = self.date_edit.date()
        return BriefOptions(
            topic_ids=self.chosen_ids(),
            key_points_only=self.key_points.isChecked(),
            include_notes=self.include_notes.isChecked(),
            include_glossary=self.include_glossary.isChecked(),
            marking=self.marking_edit.text().strip(),
            author=author,
            date=date(chosen_date.year(), chosen_date.month(), chosen_date.day()).isoformat(),
            title=self.title_edit.text().strip(),
            layout=str(self.layout_box.currentData()),
            paper=default_paper(),
            include_timeline=self.include_timeline.isChecked(),
        )


#: Settings key of the paper size chosen in Preferences ("A4" or "Letter").
PAPER_KEY = "brief/paper"


def default_paper() -> str:
    """Return the brief's paper size as set in Preferences: ``"A4"`` (the default) or ``"Letter"``."""
    paper = saved.read_str(saved.open_settings(), PAPER_KEY, "A4")
    return paper if paper in PAPERS else "A4"


def file_filter(extension: str) -> str:
    """Return the file dialog filter for ``extension``."""
    found = next((f for _l, e, f in FORMAT_CHOICES if e == extension), None)
    return Brief.tr(found) if found else Brief.tr("All files (*)")
