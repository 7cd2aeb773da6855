"""Interface languages: English, Russian, Kazakh and Simplified Chinese.

The interface follows the system locale unless the user chose a language in
Preferences (saved under :data:`LANGUAGE_KEY`); the content language stays
the pack's own.  A change of language applies on the next start.
"""

from __future__ import annotations

#: The interface languages: Qt locale name -> the language's own name (as a chooser lists it).
LANGUAGES = {
    "en": "English",
    "ru": "Русский",
    "kk": "Қазақша",
    "zh_CN": "简体中文",
}

#: Settings key of the language chosen in Preferences ("" or absent: follow the system).
LANGUAGE_KEY = "view/language"
