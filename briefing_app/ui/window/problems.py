"""The problems dock: every problem the loader found, each a line ``FILE:LINE: ...``.

Shown on its own when a pack opens with errors; activating a problem in a
topic file opens that topic.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from briefing_app.core.pack.model import Pack
from briefing_app.ui.i18n import Context
from briefing_app.ui.icons import icon
from briefing_app.ui.qt_ints import USER_ROLE

FILE_ROLE = USER_ROLE + 1

Problems = Context("Problems")


class ProblemsDock(QDockWidget):
    """Dock listing a pack's problems; emits ``topic_requested(topic_id, "")`` on activation."""

    topic_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Problems.tr("Problems"), parent)
        self.setObjectName("problems-dock")
        self.problem_list = QListWidget(self)
        self.problem_list.setAccessibleName(Problems.tr("Pack problems"))
        self.problem_list.setAccessibleDescription(
            Problems.tr("What is wrong in the pack's files, one line each; Enter opens the topic")
        )
        self.problem_list.setWordWrap(True)
        self.setWidget(self.problem_list)
        self.problem_list.itemActivated.connect(self._on_activated)
        self._topic_files: dict[str, str] = {}

    def set_pack(self, pack: Pack) -> None:
        """List ``pack``'s problems, errors first."""
        self.problem_list.clear()
        self._topic_files = {topic.path: topic.id for topic in pack.topics.values()}
        ordered = sorted(pack.problems, key=lambda p: p.severity != "error")
        for problem in ordered:
            item = QListWidgetItem(icon(problem.severity), problem.format())
            item.setData(FILE_ROLE, problem.file)
            self.problem_list.addItem(item)
        title = Problems.tr("Problems")
        self.setWindowTitle(f"{title} ({len(pack.problems)})" if pack.problems else title)

    def lines(self) -> list[str]:
        """Return the problem lines shown, in order."""
        return [self.problem_list.item(row).text() for row in range(self.problem_list.count())]

    def _on_activated(self, item: QListWidgetItem) -> None:
        path = str(item.data(FILE_ROLE) or "")
        if path in self._topic_files:  # also the pages of MkDocs projects and folders
            self.topic_requested.emit(self._topic_files[path], "")
        elif path.startswith("topics/") and path.endswith(".md"):
            self.topic_requested.emit(path[len("topics/") : -3], "")
