"""File → Build Brief and File → Print: the topic choice (tristate groups, order), export
in the background with a progress dialog (HTML, PDF, cancel), and print previews."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from briefing_app.core.brief.model import BriefOptions
from briefing_app.ui.prep import printing
from briefing_app.ui.prep.brief_dialog import BriefDialog
from briefing_app.ui.prep.brief_export import BriefExport
from briefing_app.ui.window.main_window import MainWindow


def compact(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture
def dialog(window: MainWindow, qtbot) -> BriefDialog:
    window.open_topic("icbc")
    made = window.prep.make_brief_dialog()
    qtbot.addWidget(made)
    made.show()
    return made


def test_ctrl_shift_b_opens_the_builder(window: MainWindow, monkeypatch):
    opened: list[BriefDialog] = []
    monkeypatch.setattr(BriefDialog, "exec", lambda self: opened.append(self) or 0)
    assert window.prep.build_brief_action.shortcut().toString() == "Ctrl+Shift+B"
    window.prep.build_brief_action.trigger()
    assert len(opened) == 1 and opened[0].chosen_ids() == window.pack.topic_order()


def test_groups_are_tristate_and_order_can_change(dialog: BriefDialog):
    dialog.set_chosen([])
    assert dialog.chosen_ids() == [] and not dialog.export_button.isEnabled()
    dialog.set_checked("khorgos", True)  # a group takes its branch
    assert dialog.chosen_ids() == ["khorgos", "khorgos-eastern-gate-sez", "icbc", "dry-port"]
    dialog.set_checked("dry-port", False)
    group = dialog._items["khorgos"]
    assert group.checkState() == Qt.CheckState.PartiallyChecked
    assert "khorgos" in dialog.chosen_ids(), "a partly checked group keeps its own page"
    dialog.set_checked("overview", True)
    assert dialog.chosen_ids()[:4] == [
        "overview",
        "bri-at-a-glance",
        "kazakhstan-profile",
        "khorgos",
    ]
    dialog.set_checked("bri-at-a-glance", False)
    assert dialog._items["overview"].checkState() == Qt.CheckState.PartiallyChecked
    assert dialog.chosen_ids()[:3] == ["overview", "kazakhstan-profile", "khorgos"]
    dialog.select_in_order("icbc")
    dialog.up_button.click()
    dialog.up_button.click()
    dialog.up_button.click()
    assert dialog.chosen_ids() == [
        "overview",
        "icbc",
        "kazakhstan-profile",
        "khorgos",
        "khorgos-eastern-gate-sez",
    ]
    dialog.set_checked("bri-at-a-glance", True)
    assert dialog.chosen_ids()[:3] == ["overview", "bri-at-a-glance", "icbc"], (
        "joins in reading order"
    )
    assert dialog._items["overview"].checkState() == Qt.CheckState.Checked
    dialog.set_checked("khorgos", False)
    assert dialog.chosen_ids() == ["overview", "bri-at-a-glance", "kazakhstan-profile"]
    assert dialog._items["khorgos"].checkState() == Qt.CheckState.Unchecked
    dialog.current_button.click()
    assert dialog.chosen_ids() == ["icbc"]
    assert dialog._items["khorgos"].checkState() == Qt.CheckState.PartiallyChecked


def test_space_on_a_group_takes_its_branch(dialog: BriefDialog, qtbot):
    dialog.set_chosen([])
    index = dialog.model.indexFromItem(dialog._items["balancing"])
    dialog.tree.setCurrentIndex(index)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert dialog.chosen_ids() == ["balancing", "investment-balance", "sovereignty"]
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert dialog.chosen_ids() == []


def test_options_as_chosen(dialog: BriefDialog, window: MainWindow):
    assert dialog.marking_edit.text() == window.pack.info.classification
    dialog.key_points.setChecked(True)
    dialog.include_notes.setChecked(True)
    dialog.include_glossary.setChecked(False)
    dialog.author_edit.setText("A. Diplomat")
    dialog.format_box.setCurrentIndex(2)
    options = dialog.options()
    assert options.key_points_only and options.include_notes and not options.include_glossary
    assert options.author == "A. Diplomat" and dialog.extension() == ".md"
    assert options.layout == "full" and not options.include_timeline
    assert dialog.include_timeline.isEnabled()  # the bundled pack has a timeline
    dialog.include_timeline.setChecked(True)
    assert dialog.options().include_timeline
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("speaking-notes"))
    assert dialog.options().layout == "speaking-notes"
    assert not dialog.full_text.isEnabled(), "speaking notes hold the key points only"


def test_the_last_brief_is_remembered(
    dialog: BriefDialog, window: MainWindow, monkeypatch, tmp_path
):
    monkeypatch.setattr(printing, "open_preview", lambda *_args: 0)
    dialog.set_chosen(["icbc", "khorgos", "dry-port"])
    dialog.select_in_order("dry-port")
    dialog.up_button.click()
    dialog.up_button.click()
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("speaking-notes"))
    dialog.include_glossary.setChecked(False)
    dialog.include_notes.setChecked(True)
    dialog.marking_edit.setText("RESTRICTED")
    dialog.author_edit.setText("A. Diplomat")
    dialog.format_box.setCurrentIndex(1)
    fresh = window.prep.make_brief_dialog()
    assert fresh.chosen_ids() == window.pack.topic_order(), "nothing is remembered until used"
    fresh.deleteLater()
    dialog.print_button.click()
    again = window.prep.make_brief_dialog()
    assert again.chosen_ids() == ["dry-port", "khorgos", "icbc"], "choice and order restored"
    assert again._items["khorgos"].checkState() == Qt.CheckState.PartiallyChecked
    assert again.options().layout == "speaking-notes" and not again.full_text.isEnabled()
    assert not again.include_glossary.isChecked() and again.include_notes.isChecked()
    assert again.marking_edit.text() == "RESTRICTED"
    assert again.author_edit.text() == "A. Diplomat" and again.extension() == ".html"
    again.deleteLater()


def test_export_html_from_the_dialog(
    dialog: BriefDialog, window: MainWindow, qtbot, monkeypatch, tmp_path
):
    window.open_topic("icbc")
    window.prep.notes.editor.setPlainText("My own line on the ICBC")
    target = tmp_path / "brief.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.set_chosen(["icbc", "khorgos"])
    assert dialog.chosen_ids() == ["khorgos", "icbc"], "listed in reading order"
    dialog.select_in_order("icbc")
    dialog.up_button.click()
    dialog.include_notes.setChecked(True)
    dialog.format_box.setCurrentIndex(1)
    messages: list[str] = []
    window.prep.message.connect(messages.append)
    dialog.export_button.click()
    assert not dialog.isVisible(), "the dialog closes; the export runs on"
    qtbot.waitUntil(lambda: target.exists() and not window.prep.exports, timeout=10000)
    page = target.read_text(encoding="utf-8")
    assert page.index('id="topic-icbc"') < page.index('id="topic-khorgos"')
    assert "My own line on the ICBC" in page and "<link" not in page
    assert messages[-1] == f"Brief saved to {target}"


def test_pdf_export_runs_in_steps_with_progress(window: MainWindow, qtbot, tmp_path):
    target = tmp_path / "brief.pdf"
    export = window.prep.start_export(
        BriefOptions(topic_ids=["khorgos", "icbc"], marking="TEST"), target
    )
    steps: list[tuple[int, int]] = []
    export.progressed.connect(lambda done, total: steps.append((done, total)))
    assert isinstance(export.dialog, QProgressDialog)
    assert export.dialog.windowModality() == Qt.WindowModality.WindowModal
    with qtbot.waitSignal(export.finished, timeout=30000):
        pass
    pages = [compact(p.extract_text()) for p in PdfReader(str(target)).pages]
    assert len(pages) > 4 and all(page.startswith("TEST") for page in pages)
    layout = steps.index((0, 0))
    painted = [done for done, total in steps[layout:] if total]
    assert painted == list(range(1, len(pages) + 1)), "one page per step after the layout"
    assert steps[layout + 1] == (0, 0), "each layout pass is a step of its own"
    assert steps[0][1] == 3, "the worker reports its progress over the topics first"


@pytest.mark.parametrize("extension", [".pdf", ".md"])
def test_cancel_leaves_no_file(window: MainWindow, qtbot, tmp_path, extension: str):
    target = tmp_path / f"brief{extension}"
    export = BriefExport(window.pack, BriefOptions(topic_ids=[]), {}, target, window)
    with qtbot.waitSignal(export.cancelled, timeout=30000):
        export.start(show_progress=False)
        export.cancel()
    qtbot.wait(50)
    assert export.done and list(tmp_path.iterdir()) == []


def test_export_failure_is_a_message_not_a_traceback(
    window: MainWindow, qtbot, tmp_path, _no_modal_dialogs
):
    target = tmp_path / "missing" / "brief.md"
    export = window.prep.start_export(BriefOptions(topic_ids=["icbc"]), target)
    with qtbot.waitSignal(export.failed, timeout=10000) as failure:
        pass
    assert str(target) in failure.args[0]
    qtbot.waitUntil(lambda: any("Brief not saved" in shown for shown in _no_modal_dialogs))


def print_to_pdf(paint, path: Path) -> list[str]:
    printer = printing.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    paint(printer)
    return [compact(p.extract_text()) for p in PdfReader(str(path)).pages]


def test_ctrl_p_previews_the_current_topic(window: MainWindow, monkeypatch, tmp_path):
    shown: list[tuple[str, object]] = []
    monkeypatch.setattr(
        printing, "open_preview", lambda _parent, title, paint: shown.append((title, paint)) or 0
    )
    window.open_topic("dry-port")
    assert window.prep.print_action.shortcut().toString() == "Ctrl+P"
    window.prep.print_action.trigger()
    title, paint = shown[0]
    assert title == window.pack.topics["dry-port"].title
    pages = print_to_pdf(paint, tmp_path / "topic.pdf")
    marking = compact(window.pack.info.classification)
    assert pages[0].startswith(marking + compact(title)), "no cover: the topic starts page 1"
    assert all(marking in page and f"of{len(pages)}" in page for page in pages)


def test_print_preview_of_a_brief(dialog: BriefDialog, window: MainWindow, monkeypatch, tmp_path):
    shown: list[object] = []
    monkeypatch.setattr(
        printing, "open_preview", lambda _parent, _title, paint: shown.append(paint) or 0
    )
    dialog.set_chosen(["khorgos"])
    dialog.print_button.click()
    pages = print_to_pdf(shown[0], tmp_path / "brief.pdf")
    glossary_page = int(re.search(r"Glossary(\d+)", pages[1]).group(1))
    assert "Glossary" in pages[glossary_page - 1][:60]
    assert compact(window.pack.topics["khorgos"].title) in pages[2]
