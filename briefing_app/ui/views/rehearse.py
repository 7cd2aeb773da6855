"""Go → Rehearse (Ctrl+R): talking points one at a time, in large type, full screen.

The rehearsal starts at once on the topic shown and the topics under it in
the tree (every topic when the reader shows none); Topics… (or T) changes the
choice.  Each card is one talking point (:mod:`briefing_app.core.views.rehearse`);
its topic's key facts wait behind Space.  Right, Down, Page Down and Enter
step on; Left, Up and Page Up step back; Home and End go to the first and
last card; Esc leaves.  With the timer on, a bar counts down the minutes
allowed for each point (2 by default) and turns to the highlight colour when
they are up; it does not move on by itself.  Colours come from the window's
palette, so the rehearsal follows the theme; its controls get outlines that show on a
dark or black window (:func:`briefing_app.ui.theme.outline_controls`).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.pack.model import Pack
from briefing_app.core.views.rehearse import (
    Card,
    card_html,
    default_topics,
    facts_html,
    rehearsal_cards,
)
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.theme import outline_controls

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

#: Minutes allowed for a point when the timer is on, by default, and the most.
DEFAULT_MINUTES, MAX_MINUTES = 2, 30
#: Type sizes (points) of the talking point and of the key facts.
POINT_PT, FACTS_PT = 26.0, 16.0
#: The countdown's resolution (ms).
TICK_MS = 200
Rehearsal = Context("Rehearsal")

#: Shown instead of a card when the topics chosen have no talking points (English; shown
#: translated).
NO_POINTS = QT_TRANSLATE_NOOP(
    "Rehearsal",
    "No talking points to rehearse in the topics chosen.\n\nAdd talking_points (and key_facts) "
    "to a topic's front matter, or press T to choose other topics.",
)


class RehearsalWindow(QWidget):
    """Cards of talking points over ``main``'s pack (see the module doc)."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("rehearsal-window")
        self.setWindowTitle(Rehearsal.tr("Rehearse — Briefing"))
        self.main = main
        self.pack: Pack = main.pack
        self.cards: list[Card] = []
        self.index = 0
        self.revealed = False
        self.topic_ids: list[str] = []

        self.where = QLabel(self)
        self.where.setObjectName("rehearsal-where")
        where_font = QFont(self.where.font())
        where_font.setPointSizeF(where_font.pointSizeF() * 1.3)
        self.where.setFont(where_font)
        self.point = _big_label(self, POINT_PT, "rehearsal-point")
        self.facts = _big_label(self, FACTS_PT, "rehearsal-facts")
        self.facts_hint = QLabel(Rehearsal.tr("Space: show the key facts"), self)
        self.timer_box = QCheckBox(Rehearsal.tr("&Timer"), self)
        self.timer_box.setToolTip(Rehearsal.tr("Count down the time allowed for each point"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(Rehearsal.tr(" min a point"))
        self.minutes.setAccessibleName(Rehearsal.tr("Minutes for each point"))
        self.countdown = QProgressBar(self)
        self.countdown.setObjectName("rehearsal-countdown")
        self.countdown.setTextVisible(True)
        self.countdown.setAccessibleName(Rehearsal.tr("Time left for this point"))
        self.countdown.hide()
        topics = QPushButton(Rehearsal.tr("T&opics…"), self)
        topics.clicked.connect(self.choose_topics)
        leave = QPushButton(Rehearsal.tr("&Leave (Esc)"), self)
        leave.clicked.connect(self.close)
        self.controls = (self.timer_box, self.minutes, topics, leave)
        for widget in self.controls:
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the cards
        outline_controls(self.palette(), *self.controls)
        hint = QLabel(
            Rehearsal.tr(
                "Space: key facts · → PgDn Enter: next · ← PgUp: previous · T: topics · Esc: leave"
            ),
            self,
        )
        for small in (self.where, self.facts_hint, hint):
            small.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(self.timer_box)
        top.addWidget(self.minutes)
        top.addWidget(topics)
        top.addWidget(leave)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 24, 48, 24)
        column.addLayout(top)
        column.addWidget(self.countdown)
        column.addStretch(1)
        column.addWidget(self.point)
        column.addSpacing(24)
        column.addWidget(self.facts_hint)
        column.addWidget(self.facts)
        column.addStretch(2)
        column.addWidget(hint)

        self.clock = QElapsedTimer()
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.timer_box.toggled.connect(self._timer_toggled)
        self.minutes.valueChanged.connect(lambda _value: self._restart_clock())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        main.pack_changed.connect(lambda _pack: self.close())

    # -- cards ----------------------------------------------------------------

    def start(self, topic_ids: list[str]) -> None:
        """Rehearse the talking points of ``topic_ids`` from the first card."""
        self.topic_ids = [t for t in topic_ids if t in self.pack.topics]
        self.cards = rehearsal_cards(self.pack, self.topic_ids)
        self.index = 0
        self.show_card()

    @property
    def card(self) -> Card | None:
        """The card shown, or None when there is none."""
        return self.cards[self.index] if self.cards else None

    def show_card(self) -> None:
        """Show the current card, its key facts hidden, and restart its clock."""
        self.revealed = False
        card = self.card
        if card is None:
            self.where.setText(Rehearsal.tr("Rehearse"))
            self.point.setText(Rehearsal.tr(NO_POINTS))
            self.point.setTextFormat(Qt.TextFormat.PlainText)
            self.facts.clear()
            self.facts.hide()
            self.facts_hint.hide()
            return
        self.point.setTextFormat(Qt.TextFormat.RichText)
        point = Rehearsal.tr("point %1 of %2").replace("%1", str(card.number))
        place = Rehearsal.tr("card %1 of %2").replace("%1", str(self.index + 1))
        self.where.setText(
            f"<b>{escape(card.topic_title)}</b> · "
            + escape(point.replace("%2", str(card.count)))
            + " · "
            + escape(place.replace("%2", str(len(self.cards))))
        )
        self.point.setText(
            card_html(card)
            or "<p><i>"
            + escape(Rehearsal.tr("(No talking point: the key facts follow.)"))
            + "</i></p>"
        )
        if card.facts:
            facts = "<p><b>" + escape(Rehearsal.tr("Key facts")) + "</b></p>" + facts_html(card)
        else:
            facts = "<p>" + escape(Rehearsal.tr("No key facts.")) + "</p>"
        self.facts.setText(facts)
        self.facts.hide()
        self.facts_hint.show()
        self._restart_clock()

    def step(self, offset: int) -> None:
        """Move ``offset`` cards on (negative: back), staying within the cards."""
        if self.cards:
            new = max(0, min(len(self.cards) - 1, self.index + offset))
            if new != self.index:
                self.index = new
                self.show_card()

    def reveal(self, on: bool | None = None) -> None:
        """Show the key facts (``on`` None: toggle them)."""
        self.revealed = not self.revealed if on is None else on
        self.facts.setVisible(self.revealed and self.card is not None)
        self.facts_hint.setVisible(not self.revealed and self.card is not None)

    def choose_topics(self) -> None:
        """Ask which topics to rehearse (a dialog), then start again from the first card."""
        dialog = TopicChooser(self.pack, self.topic_ids, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start(dialog.chosen())

    # -- timer ----------------------------------------------------------------

    def _timer_toggled(self, on: bool) -> None:
        self.countdown.setVisible(on)
        if on:
            self._restart_clock()
        else:
            self.ticker.stop()

    def _restart_clock(self) -> None:
        if not self.timer_box.isChecked():
            return
        self.clock.start()
        self.countdown.setRange(0, self.minutes.value() * 60)
        self._tick()
        self.ticker.start()

    def seconds_left(self) -> int:
        """Return the seconds left for the current point (0 when up or without a timer)."""
        if not self.timer_box.isChecked() or not self.clock.isValid():
            return 0
        return max(0, self.minutes.value() * 60 - int(self.clock.elapsed() / 1000))

    def _tick(self) -> None:
        left = self.seconds_left()
        self.countdown.setValue(left)
        if left:
            text = Rehearsal.tr("%1 left").replace("%1", f"{left // 60}:{left % 60:02d}")
        else:
            text = Rehearsal.tr("Time is up")
        self.countdown.setFormat(text)
        role = QPalette.ColorRole.Highlight if left else QPalette.ColorRole.BrightText
        palette = self.countdown.palette()
        palette.setColor(QPalette.ColorRole.Highlight, self.palette().color(role))
        self.countdown.setPalette(palette)
        if not left:
            self.ticker.stop()

    # -- theme ----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Qt API: a new theme (palette) outlines the controls in its colours."""
        if event.type() == QEvent.Type.PaletteChange:
            outline_controls(self.palette(), *self.controls)
        super().changeEvent(event)

    # -- keys -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt API: the rehearsal's keys (see the module doc)."""
        key = event.key()
        forward = (
            Qt.Key.Key_Right,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        back = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)
        if key == Qt.Key.Key_Space:
            self.reveal()
        elif key in forward:
            self.step(1)
        elif key in back:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.step(-len(self.cards))
        elif key == Qt.Key.Key_End:
            self.step(len(self.cards))
        elif key == Qt.Key.Key_T:
            self.choose_topics()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)


def _big_label(parent: QWidget, points: float, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    font = QFont(label.font())
    font.setPointSizeF(points)
    label.setFont(font)
    return label


class TopicChooser(QDialog):
    """Which topics to rehearse: the pack's topics in reading order, the current choice ticked."""

    def __init__(self, pack: Pack, chosen: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(Rehearsal.tr("Rehearse which topics?"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(Rehearsal.tr("Topics to rehearse"))
        ticked = set(chosen)
        for node in pack.nodes():
            topic = pack.topics[node.topic_id]
            points = len(topic.talking_points)
            item = QListWidgetItem("    " * len(node.ancestors()) + f"{topic.title} ({points})")
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = topic.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        every = QPushButton(Rehearsal.tr("&All"), self)
        every.clicked.connect(lambda: self._tick_all(True))
        none = QPushButton(Rehearsal.tr("&None"), self)
        none.clicked.connect(lambda: self._tick_all(False))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(Rehearsal.tr("&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(every)
        row.addWidget(none)
        row.addStretch(1)
        row.addWidget(buttons)
        column = QVBoxLayout(self)
        column.addWidget(
            QLabel(Rehearsal.tr("Tick the topics whose talking points you want to rehearse:"), self)
        )
        column.addWidget(self.list, 1)
        column.addLayout(row)
        self.resize(460, 520)

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def chosen(self) -> list[str]:
        """Return the ids of the ticked topics, in reading order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]


def open_rehearsal(main: MainWindow, full_screen: bool = True) -> RehearsalWindow:
    """Start a rehearsal of the topic shown and those under it (all, with none shown), full
    screen unless ``full_screen`` is False; return its window (one per main window)."""
    window = main.findChild(RehearsalWindow)
    if window is None:
        window = RehearsalWindow(main)
    page = main.reader.page
    current = page[1] if page and page[0] == "topic" else None
    window.pack = main.pack
    window.start(default_topics(main.pack, current))
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
    window.setFocus()
    return window
