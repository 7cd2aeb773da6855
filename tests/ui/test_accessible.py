"""Fields named after their form labels, as a screen reader should say them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from briefing_app.ui.accessible import label_words, name_fields_from_labels


def test_label_words_drop_the_mnemonic_and_the_colon():
    assert label_words("&Format:") == "Format"
    assert label_words("R&&D notes:") == "R&D notes"
    assert label_words("Title") == "Title"


def test_fields_take_their_labels_words_and_keep_a_name_of_their_own(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    box, named, lone = QComboBox(form), QLineEdit(form), QLineEdit(form)
    box.addItems(["PDF", "HTML"])
    named.setAccessibleName("Author of the brief")
    layout.addRow("&Format:", box)
    layout.addRow("&Author:", named)
    layout.addRow(QLabel("<b>Rich</b>", form), lone)
    assert name_fields_from_labels(form) == [box]
    assert box.accessibleName() == "Format"
    assert named.accessibleName() == "Author of the brief"
    assert lone.accessibleName() == "", "a rich-text label is markup, not a name"
