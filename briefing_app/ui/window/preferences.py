"""File → Preferences (Ctrl+,): how the briefing looks and reads, the interface language, and
what a new brief starts with.

Every setting takes effect as soon as it is changed (the interface language on
the next start, which the dialog says) and is saved at once in the settings
file (QSettings, :mod:`briefing_app.ui.window.settings`).  **Reset** puts back
the defaults of these settings only: notes, bookmarks, recent topics and the
window's layout are never touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.accessible import name_fields_from_labels
from briefing_app.ui.i18n import LANGUAGE_KEY, LANGUAGES, Context
from briefing_app.ui.prep.brief_dialog import PAPER_KEY, default_paper
from briefing_app.ui.theme import THEMES, current_theme
from briefing_app.ui.window import settings as saved
from briefing_app.ui.window.menus import THEME_TEXTS, Menus, choose_theme

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow

Preferences = Context("Preferences")

#: Settings keys of the brief defaults (the Build Brief dialog starts from them).
AUTHOR_KEY = "brief/author"
MARKING_KEY = "brief/default_marking"


class PreferencesDialog(QDialog):
    """The Preferences dialog of ``window`` (see the module doc)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(Preferences.tr("Preferences"))
        self.setObjectName("preferences")
        settings = saved.open_settings()

        self.theme_box = QComboBox(self)
        for name in THEMES:
            self.theme_box.addItem(Menus.tr(THEME_TEXTS[name]).replace("&", ""), name)
        self.language_box = QComboBox(self)
        self.language_box.addItem(Preferences.tr("As the system"), "")
        for code, native in LANGUAGES.items():
            self.language_box.addItem(native, code)
        self.language_note = QLabel(
            Preferences.tr("The interface language changes the next time Briefing starts."), self
        )
        self.language_note.setWordWrap(True)
        self.font_box = QFontComboBox(self)
        self.size_box = QSpinBox(self)
        self.size_box.setRange(saved.MIN_FONT_PT, saved.MAX_FONT_PT)
        self.size_box.setSuffix(Preferences.tr(" pt"))
        self.measure_box = QSpinBox(self)
        self.measure_box.setRange(saved.MIN_MEASURE, saved.MAX_MEASURE)
        self.measure_box.setSingleStep(5)
        self.measure_box.setSuffix(Preferences.tr(" characters"))
        self.term_links_box = QCheckBox(Preferences.tr("Mark glossary terms in the text"), self)
        self.paper_box = QComboBox(self)
        self.paper_box.addItem(Preferences.tr("A4"), "A4")
        self.paper_box.addItem(Preferences.tr("US Letter"), "Letter")
        self.marking_edit = QLineEdit(self)
        self.marking_edit.setPlaceholderText(Preferences.tr("The pack's own marking"))
        self.author_edit = QLineEdit(self)
        self.author_edit.setPlaceholderText(Preferences.tr("Left off the cover when empty"))

        reading = QGroupBox(Preferences.tr("Reading"), self)
        form = QFormLayout(reading)
        form.addRow(Preferences.tr("&Theme:"), self.theme_box)
        form.addRow(Preferences.tr("Reading &font:"), self.font_box)
        form.addRow(Preferences.tr("Font &size:"), self.size_box)
        form.addRow(Preferences.tr("Line &length at most:"), self.measure_box)
        form.addRow("", self.term_links_box)
        language = QGroupBox(Preferences.tr("Language"), self)
        form = QFormLayout(language)
        form.addRow(Preferences.tr("&Interface language:"), self.language_box)
        form.addRow("", self.language_note)
        briefs = QGroupBox(Preferences.tr("New briefs"), self)
        form = QFormLayout(briefs)
        form.addRow(Preferences.tr("&Paper size:"), self.paper_box)
        form.addRow(Preferences.tr("&Marking:"), self.marking_edit)
        form.addRow(Preferences.tr("&Author:"), self.author_edit)
        buttons = QDialogButtonBox(self)
        self.reset_button = buttons.addButton(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.reset_button.setText(Preferences.tr("&Reset"))
        self.reset_button.setToolTip(
            Preferences.tr("Put back the default settings (your notes are not touched)")
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        self.reset_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        for group in (reading, language, briefs):
            layout.addWidget(group)
        layout.addWidget(buttons)
        name_fields_from_labels(self)

        self._load(settings)
        self.theme_box.currentIndexChanged.connect(lambda: self._choose_theme(self.theme()))
        self.language_box.currentIndexChanged.connect(self._save_language)
        self.font_box.currentFontChanged.connect(lambda _font: self._save_font())
        self.size_box.valueChanged.connect(lambda _size: self._save_font())
        self.measure_box.valueChanged.connect(self._save_measure)
        self.term_links_box.toggled.connect(window.term_links_action.setChecked)
        self.paper_box.currentIndexChanged.connect(lambda: self._save(PAPER_KEY, self.paper()))
        self.marking_edit.textChanged.connect(lambda text: self._save(MARKING_KEY, text.strip()))
        self.author_edit.textChanged.connect(lambda text: self._save(AUTHOR_KEY, text.strip()))

    # -- what is chosen ----------------------------------------------------------

    def theme(self) -> str:
        """The theme chosen (a name of :data:`briefing_app.ui.theme.THEMES`)."""
        return str(self.theme_box.currentData())

    def language(self) -> str:
        """The interface language chosen: a code of :data:`LANGUAGES`, or "" for the system's."""
        return str(self.language_box.currentData())

    def paper(self) -> str:
        """The paper size of new briefs: "A4" or "Letter"."""
        return str(self.paper_box.currentData())

    # -- loading, saving, reset -------------------------------------------------------

    def _load(self, settings: QSettings) -> None:
        """Show the settings as saved (the current theme, the reader's font and measure)."""
        widgets: tuple[QWidget, ...] = (
            self.theme_box,
            self.language_box,
            self.font_box,
            self.size_box,
            self.measure_box,
            self.term_links_box,
            self.paper_box,
            self.marking_edit,
            self.author_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(current_theme())))
            language = saved.read_str(settings, LANGUAGE_KEY, "")
            self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
            font = saved.reading_font(settings)
            self.font_box.setCurrentFont(font)
            self.size_box.setValue(round(font.pointSizeF()))
            self.measure_box.setValue(saved.reading_measure(settings))
            self.term_links_box.setChecked(self.window_.term_links_action.isChecked())
            self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(default_paper())))
            self.marking_edit.setText(saved.read_str(settings, MARKING_KEY, ""))
            self.author_edit.setText(saved.read_str(settings, AUTHOR_KEY, ""))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _choose_theme(self, name: str) -> None:
        choose_theme(name)
        self.window_.theme_actions[name].setChecked(True)  # View → Theme shows it too

    def _save(self, key: str, value: object) -> None:
        settings = saved.open_settings()
        settings.setValue(key, value)
        settings.sync()

    def _save_language(self) -> None:
        self._save(LANGUAGE_KEY, self.language())

    def _save_font(self) -> None:
        family, size = self.font_box.currentFont().family(), self.size_box.value()
        self._save(saved.FONT_FAMILY_KEY, family)
        self._save(saved.FONT_SIZE_KEY, size)
        self.window_.set_reading_font(QFont(family, size))

    def _save_measure(self, chars: int) -> None:
        self._save(saved.MEASURE_KEY, chars)
        self.window_.reader.set_measure(chars)

    def reset(self) -> None:
        """Put back the defaults of every setting here; notes and bookmarks are not touched."""
        settings = saved.open_settings()
        for key in (
            saved.THEME_KEY,
            LANGUAGE_KEY,
            saved.FONT_FAMILY_KEY,
            saved.FONT_SIZE_KEY,
            saved.MEASURE_KEY,
            PAPER_KEY,
            MARKING_KEY,
            AUTHOR_KEY,
        ):
            settings.remove(key)
        settings.sync()
        self._choose_theme("system")
        self.window_.term_links_action.setChecked(True)
        self.window_.set_reading_font(saved.reading_font(settings))
        self.window_.reader.set_measure(saved.reading_measure(settings))
        self._load(settings)
