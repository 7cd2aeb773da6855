"""Interface languages: English, Russian, Kazakh and Simplified Chinese.

The interface follows the system locale unless the user chose a language in
Preferences (saved under :data:`LANGUAGE_KEY`) or on the command line
(``--lang``); the content language stays the pack's own.  A change of
language applies on the next start.

Every interface string goes through a :class:`Context`, one per part of the
window, named as the module-level variable that holds it::

    Menus = Context("Menus")
    Menus.tr("&File")
    Menus.tr("%n topic(s)", None, count)

``pyside6-lupdate`` takes the word before ``.tr(`` as the message's context
(its Python parser; ``QCoreApplication.translate`` with a count in a variable
is not recognised as a plural there), so the variable and the name must be
the same: ``tests/ui/test_i18n.py`` checks it.  The sources are English; the
translations are ``resources/i18n/briefing_<lang>.ts``, compiled to ``.qm``
when the package is built (``setup.py``).

English needs no translator at all, so an English start installs none and
costs nothing; another language loads the app's ``.qm`` and Qt's own
(``qtbase_<lang>.qm``, for the buttons and texts of Qt's dialogs) before the
window is built (:func:`install_translators`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

#: The interface languages: Qt locale name -> the language's own name (as a chooser lists it).
LANGUAGES = {
    "en": "English",
    "ru": "Русский",
    "kk": "Қазақша",
    "zh_CN": "简体中文",
}

#: Settings key of the language chosen in Preferences ("" or absent: follow the system).
LANGUAGE_KEY = "view/language"

#: The language the interface is written in: no translator is installed for it.
SOURCE_LANGUAGE = "en"
#: The folder of the compiled translations in the app's resources.
TRANSLATIONS_FOLDER = "i18n"

_translate = QCoreApplication.translate
#: The translators installed in this process (kept referenced for the app's lifetime).
_installed: list[QTranslator] = []
#: The default locale before the first language was installed (restored by remove_translators).
_default_locale: list[QLocale] = []
#: The language install_translators installed last (none: English).
_language: list[str] = []


class Context:
    """The translations of one part of the interface (a Qt translation context).

    :meth:`tr` is ``QCoreApplication.translate(name, ...)``; with a count
    ``n`` the translation's plural form for ``n`` is chosen and ``%n`` (or
    ``%Ln``, the number in the interface language's digits grouping) becomes
    ``n``.  The English source writes a plural as "(s)" ("%n topic(s)"),
    which English text, untranslated, shows as "1 topic" or "2 topics".
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Return ``text`` in the interface language (``disambiguation`` tells apart two
        meanings of one English text; ``n`` is the count of a plural message)."""
        result = _translate(self.name, text, disambiguation, n)
        if n >= 0 and "(s)" in result:  # untranslated English
            result = result.replace("(s)", "" if n == 1 else "s")
        return result


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: str) -> str:
    """Return ``text`` (a translation) with %1, %2, ... replaced by ``values`` in one pass,
    so that a value holding "%2" stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text``: marks an English text kept in a table (``context`` is its
    :class:`Context`'s name) for lupdate, to be shown later as ``Context.tr(text)``."""
    return text


def language_of(locale_names: Iterable[str]) -> str:
    """Return the interface language for the first of ``locale_names`` (a system's preferred
    languages, "ru-RU", "zh-Hans-CN", "kk_KZ", ...) that names one, else English."""
    for name in locale_names:
        parts = name.replace("-", "_").split("_")
        base = parts[0].lower()
        if base == "zh":
            # Simplified Chinese: the Hans script, or mainland China and Singapore by region.
            if "Hant" in parts[1:] or any(p in ("TW", "HK", "MO") for p in parts[1:]):
                continue
            return "zh_CN"
        if base in LANGUAGES:
            return base
    return SOURCE_LANGUAGE


def choose_language(requested: str | None, saved: str, system: Iterable[str] | None = None) -> str:
    """Return the interface language: ``requested`` (``--lang``), else ``saved`` (Preferences)
    if it is a language of :data:`LANGUAGES`, else the system's (``QLocale.system()``'s UI
    languages, or the names given as ``system``)."""
    if requested in LANGUAGES:
        return str(requested)
    if saved in LANGUAGES:
        return saved
    if system is None:
        system = QLocale.system().uiLanguages()
    return language_of(system)


def translations_dir() -> Path:
    """Return the folder of the app's compiled translations (``briefing_<lang>.qm``)."""
    from briefing_app.core.resources import resources_dir

    return resources_dir() / TRANSLATIONS_FOLDER


def qt_translations_dirs() -> list[str]:
    """Return the folders where Qt's own translations may be: where Qt says they are, and
    PySide6's own ``Qt/translations`` (a frozen app keeps them there)."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    ]


def install_translators(app: QObject, language: str) -> str:
    """Install the translators of ``language`` (a key of :data:`LANGUAGES`) in ``app``;
    return the language the interface is now in.

    English installs nothing.  Another language loads ``briefing_<language>.qm``
    and Qt's ``qtbase_<language>.qm`` and makes it the default locale (numbers
    in its digit grouping); if the app's translation is missing (a build that
    did not compile them) the interface stays English and ``"en"`` is returned.
    """
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return SOURCE_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(f"briefing_{language}", str(translations_dir())):
        sys.stderr.write(
            f"briefing-app: no compiled translation briefing_{language}.qm in "
            f"{translations_dir()}; the interface stays English (docs/translating.md)\n"
        )
        return SOURCE_LANGUAGE
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translations_dirs()):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    if not _default_locale:
        _default_locale.append(QLocale())
    QLocale.setDefault(QLocale(language))
    _language[:] = [language]
    return language


def interface_language() -> str:
    """Return the language the interface is in (a key of :data:`LANGUAGES`): the one
    :func:`install_translators` installed, else English."""
    return _language[0] if _language else SOURCE_LANGUAGE


def remove_translators() -> None:
    """Remove the translators :func:`install_translators` installed and restore the default
    locale it replaced: the interface is English again (for tests; the app never switches)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    if _default_locale:
        QLocale.setDefault(_default_locale[0])
        _default_locale.clear()
    _language.clear()
