"""The sidebar topic tree: its model over the real bundled pack, and its view driven by keys."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from briefing_app.core import load_pack
from briefing_app.ui.tree.model import NOTED_ROLE, TOPIC_ID_ROLE, TopicTreeModel
from briefing_app.ui.window.main_window import MainWindow


def tree_ids(win: MainWindow) -> list[str]:
    model = win.tree.model()
    found: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(index.data(TOPIC_ID_ROLE))
            walk(index)

    walk(QModelIndex())
    return found


def test_tree_holds_every_topic_in_order(window: MainWindow):
    assert tree_ids(window) == window.pack.topic_order()
    assert len(tree_ids(window)) == len(window.pack.topics)


def test_the_model_passes_the_model_tester(window: MainWindow, qtmodeltester):
    qtmodeltester.check(window.tree.model())
    qtmodeltester.check(TopicTreeModel(load_pack()))


def test_rows_show_titles_and_summaries_and_the_noted_mark():
    pack = load_pack()
    model = TopicTreeModel(pack)
    index = model.index_for_topic("khorgos")
    assert index.data() == pack.topics["khorgos"].title
    assert index.data(Qt.ItemDataRole.ToolTipRole) == pack.topics["khorgos"].summary
    khorgos = next(node for node in pack.tree if node.topic_id == "khorgos")
    assert index.parent() == QModelIndex() and model.rowCount(index) == len(khorgos.children) == 3
    model.set_noted(["khorgos"])
    assert index.data(NOTED_ROLE) is True
    assert "You have notes" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.index_for_topic("no-such-topic").isValid()


def test_arrow_keys_in_the_tree_open_the_next_topic_in_the_reader(window: MainWindow, qtbot):
    order = window.pack.topic_order()
    window.open_topic(order[0])
    window.tree.setFocus()
    with qtbot.waitSignal(window.tree.topic_selected) as selected:
        qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert selected.args == [order[1]]
    assert window.tree.current_topic() == order[1]
    assert window.pack.topics[order[1]].title in window.reader.toPlainText()


def test_next_and_previous_follow_reading_order(window: MainWindow):
    order = window.pack.topic_order()
    window.open_topic(order[0])
    window.next_action.trigger()
    assert window.tree.current_topic() == order[1]
    window.previous_action.trigger()
    assert window.tree.current_topic() == order[0]


def _groups(model: TopicTreeModel) -> list[QModelIndex]:
    top = (model.index(row, 0) for row in range(model.rowCount()))
    return [index for index in top if model.hasChildren(index)]


def test_a_pack_over_the_unfolding_limit_opens_folded_at_the_open_topic(qtbot, monkeypatch):
    """A pack of thousands of topics shows its top level as a table of contents: groups
    folded, except the one holding the topic shown."""
    from briefing_app.ui.tree import view

    monkeypatch.setattr(view, "EXPAND_ALL_TOPICS", 5)  # the bundled pack's 17 topics are over
    pack = load_pack()
    window = MainWindow(pack)
    qtbot.addWidget(window)
    window.show()
    nested = next(node.children[0].topic_id for node in pack.tree if node.children)
    window.open_topic(nested)
    model = window.tree.topic_model()
    shown = model.index_for_topic(nested)
    assert window.tree.isExpanded(shown.parent()), "the open topic's group is unfolded"
    assert window.tree.visualRect(shown).isValid()
    groups = _groups(model)
    assert len(groups) > 1
    assert [window.tree.isExpanded(group) for group in groups].count(True) == 1
    heading = next(group for group in groups if not window.tree.isExpanded(group))
    window.open_topic(heading.data(TOPIC_ID_ROLE))
    assert window.tree.isExpanded(heading), "a group's own page shows its topics too"
    monkeypatch.setattr(view, "EXPAND_ALL_TOPICS", 1000)
    window.tree.set_pack(pack)
    assert all(window.tree.isExpanded(group) for group in _groups(window.tree.topic_model()))
