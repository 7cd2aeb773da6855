"""Go → Timeline (Ctrl+T): the pack's timeline in a window of its own.

A separate, non-modal window rather than a pane: a timeline wants width,
which the reader and the sidebar would take from it, and the reader keeps
its page while the timeline is open beside or over it; clicking an event
opens the event's topic in the main window.  Above the drawing: a topic
filter (the events of a topic and of the topics under it in the tree), zoom
buttons and Export (SVG or PNG, by the file name's extension).  The window
follows the main window's pack, and says what to do when the pack has no
timeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.pack.model import Pack, TimelineEvent
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.theme import outline_controls
from briefing_app.ui.views.timeline import ZOOM_STEP, TimelineView

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

Timeline = Context("Timeline")

#: Shown instead of the drawing when the pack has no timeline (English; shown translated).
NO_TIMELINE = QT_TRANSLATE_NOOP(
    "Timeline",
    "This pack has no timeline.\n\nTo add one, put a file timeline.yaml in the pack folder: a "
    "list of events, each with a date (YYYY, YYYY-MM or YYYY-MM-DD), a title and the ids of "
    "the topics that tell more. Help → User Guide links to the format; run "
    "“briefing-app check” on the pack to see any mistakes.",
)


class TimelineWindow(QWidget):
    """The timeline window over ``main``'s pack (see the module doc)."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("timeline-window")
        self.main = main
        self.view = TimelineView(self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("timeline-filter")
        self.filter.setAccessibleName(Timeline.tr("Show the events of"))
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count = QLabel(self)
        buttons = []
        for text, tip, name, slot in (
            (
                "−",
                Timeline.tr("Zoom out (−, Ctrl+wheel)"),
                Timeline.tr("Zoom out"),
                lambda: self.view.zoom(1 / ZOOM_STEP),
            ),
            (
                "+",
                Timeline.tr("Zoom in (+, Ctrl+wheel)"),
                Timeline.tr("Zoom in"),
                lambda: self.view.zoom(ZOOM_STEP),
            ),
            (
                Timeline.tr("Fit"),
                Timeline.tr("Fit the whole timeline to the window (0)"),
                Timeline.tr("Fit the whole timeline to the window"),
                self.view.fit,
            ),
            (
                Timeline.tr("&Export…"),
                Timeline.tr("Save the timeline as an SVG or PNG image"),
                Timeline.tr("Save the timeline as an SVG or PNG image"),
                self.export,
            ),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.append(button)
        bar = QHBoxLayout()
        shown = QLabel(Timeline.tr("&Show:"), self)
        shown.setBuddy(self.filter)
        bar.addWidget(shown)
        bar.addWidget(self.filter)
        bar.addWidget(self.count)
        bar.addStretch(1)
        for button in buttons:
            bar.addWidget(button)
        self.controls = (self.filter, *buttons)
        outline_controls(self.palette(), *self.controls)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.view.topic_requested.connect(self._open_topic)
        main.pack_changed.connect(self.set_pack)
        self.pack: Pack | None = None
        self.set_pack(main.pack)

    def changeEvent(self, event: QEvent) -> None:
        """Qt API: a new theme (palette) outlines the filter and buttons in its colours."""
        if event.type() == QEvent.Type.PaletteChange:
            outline_controls(self.palette(), *self.controls)
        super().changeEvent(event)

    def set_pack(self, pack: Pack) -> None:
        """Show the timeline of ``pack``; the filter lists the topics its events name."""
        self.pack = pack
        self.setWindowTitle(
            Timeline.tr("Timeline — %1").replace("%1", pack.info.title or pack.root.name)
        )
        named = {topic_id for event in pack.timeline for topic_id in event.topics}
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(Timeline.tr("All topics"), "")
        for node in pack.nodes():
            covered = {n.topic_id for n in node.walk()}
            if covered & named:
                depth = len(node.ancestors())
                self.filter.addItem(
                    "    " * depth + pack.topics[node.topic_id].title, node.topic_id
                )
        self.filter.setEnabled(bool(pack.timeline))
        self.filter.blockSignals(False)
        self._apply_filter()

    def shown_events(self) -> list[TimelineEvent]:
        """Return the events the filter lets through: all, or those of the chosen topic and
        the topics under it in the tree."""
        if self.pack is None:
            return []
        topic_id = self.filter.currentData() or ""
        if not topic_id:
            return list(self.pack.timeline)
        node = self.pack.node_for(topic_id)
        covered = {n.topic_id for n in node.walk()} if node else {topic_id}
        return [e for e in self.pack.timeline if covered & set(e.topics)]

    def _apply_filter(self) -> None:
        events = self.shown_events()
        has_timeline = self.pack is not None and bool(self.pack.timeline)
        empty = Timeline.tr("No events.") if has_timeline else Timeline.tr(NO_TIMELINE)
        self.view.set_events(events, empty)
        total = len(self.pack.timeline) if self.pack else 0
        if len(events) != total:
            text = Timeline.tr("%1 of %n event(s)", None, total).replace("%1", str(len(events)))
        else:
            text = Timeline.tr("%n event(s)", None, total)
        self.count.setText(text)

    def _open_topic(self, topic_id: str) -> None:
        if self.main.open_topic(topic_id):
            self.main.raise_()
            self.main.activateWindow()

    def export(self) -> None:
        """Ask for a file and save the timeline there, as SVG or PNG by its extension."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            Timeline.tr("Export the timeline"),
            str(Path(start or Path.home()) / "timeline.svg"),
            Timeline.tr("SVG image (*.svg)") + ";;" + Timeline.tr("PNG image (*.png)"),
        )
        if name:
            problem = self.save(Path(name))
            if problem:
                QMessageBox.warning(self, Timeline.tr("Timeline not exported"), problem)

    def save(self, path: Path) -> str:
        """Write the timeline to ``path``: SVG for ``.svg``, PNG for ``.png``; return "" or why not."""
        suffix = path.suffix.lower()
        try:
            if suffix == ".svg":
                path.write_text(self.view.to_svg(), encoding="utf-8")
                return ""
            if suffix == ".png":
                if self.view.to_image().save(str(path)):
                    return ""
                return Timeline.tr("Could not write %1; choose another folder.").replace(
                    "%1", str(path)
                )
        except OSError as exc:
            return (
                Timeline.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", str(exc.strerror or exc))
            )
        return Timeline.tr("%1: use a name ending in .svg or .png.").replace("%1", path.name)


def open_timeline(main: MainWindow) -> TimelineWindow:
    """Show the timeline window of ``main`` (one per main window), raised; return it."""
    window = main.findChild(TimelineWindow)
    if window is None:
        window = TimelineWindow(main)
        screen = main.screen().availableGeometry()
        window.resize(min(1100, screen.width() - 80), min(640, screen.height() - 80))
    window.show()
    window.raise_()
    window.activateWindow()
    return window
