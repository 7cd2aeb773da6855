"""Text folding for search: one form for every case, accent, script and spelling.

The index and the query meet in the middle:

* :func:`prefold` rewrites the letters SQLite's ``unicode61`` tokenizer does
  not fold (it folds case in every script and, with ``remove_diacritics 2``,
  Latin accents): ``ё`` to ``е``, dotted and dotless I (``İ ı``) to ``I i``,
  full-width ASCII to ASCII, and the Kazakh letters ``ә ғ қ ң ө ұ ү һ і`` to
  the Russian letters a Russian keyboard gives (``а г к н о у у х и``), so
  ``Нурлы жол`` finds ``Нұрлы жол``.  ``й`` stays: it is a letter of its own
  in Russian and Kazakh, not an accented ``и``.
* :func:`fold` does all of that plus lower case and accent stripping in
  Python, keeping the length of the text (one code point in, one out), so a
  match found in the folded text is at the same offsets in the original.
  Queries and highlighting use it.
* :func:`to_ascii` transliterates with ``anyascii`` (``Хоргос`` ->
  ``khorgos``, ``Нұрлы`` -> ``nurly``), so a Latin spelling finds a Cyrillic
  name and the reverse.
* :func:`shadow` gives the extra tokens of a text: the transliteration of
  its non-Latin words and its CJK runs as overlapping bigrams plus the run's
  last character (the scheme of Lucene's ``CJKBigramFilter``), so any
  substring of two or more Chinese characters is a phrase of bigrams and a
  single character a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

#: Han ideographs (with extensions and compatibility forms), kana and Hangul syllables.
CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
_BIGRAMS = re.compile(f"(?=([{CJK_CLASS}][{CJK_CLASS}]?))")
#: A word: letters and digits, no underscore (as ``unicode61`` splits text).
WORD = re.compile(r"[^\W_]+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
#: Runs of characters outside Latin script and ASCII: Cyrillic, Greek, CJK, ...
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_LATIN_ONLY = re.compile(r"[\x80-\u024f\u1e00-\u1eff]*")
_CJK_PIECES = re.compile(f"([{CJK_CLASS}]+)")

#: Kazakh letters and the Russian letter typed in their place.
KAZAKH = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
_PREFOLD = {**KAZAKH, **{k.upper(): v.upper() for k, v in KAZAKH.items()}}
_PREFOLD.update({"ё": "е", "Ё": "Е", "ı": "i", "İ": "I"})
_PREFOLD.update({chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})
_PREFOLD_CHARS = re.compile("[" + "".join(_PREFOLD) + "]")
#: Letters that NFKD would break but that are letters of their own.
_KEEP = {"й": "й", "Й": "й"}
_RANGES = (
    (0x41, 0x5A),  # ASCII capitals
    (0xC0, 0x24F),  # Latin-1 supplement, Latin extended A and B
    (0x370, 0x3FF),  # Greek
    (0x400, 0x52F),  # Cyrillic and its supplement
    (0x1E00, 0x1FFF),  # Latin extended additional, Greek extended
    (0xFF01, 0xFF5E),  # full-width ASCII
)


def _one_char_fold(char: str) -> str:
    """Return the single code point ``char`` folds to (``char`` itself if none fits)."""
    if char in _KEEP:
        return _KEEP[char]
    char = _PREFOLD.get(char, char)
    lower = "ς" if char == "ς" else char.lower()
    if lower == "ς":
        return "σ"
    base = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    base = _PREFOLD.get(base, base)
    if len(base) == 1:
        return base
    return lower if len(lower) == 1 else char


_TABLE = {
    code: folded
    for start, end in _RANGES
    for code in range(start, end + 1)
    if (folded := _one_char_fold(chr(code))) != chr(code)
}
#: Folded letter -> a regex class of every lower-case letter that folds to it.
_VARIANTS: dict[str, set[str]] = {}
for _code, _folded in _TABLE.items():
    _lower = chr(_code).lower()
    if len(_lower) == 1:
        _VARIANTS.setdefault(_folded, {_folded}).add(_lower)
_CLASSES = {
    char: "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"
    for char, variants in _VARIANTS.items()
    if len(variants) > 1
}


def prefold(text: str) -> str:
    """Return ``text`` with the letters ``unicode61`` leaves alone rewritten (see module doc).

    The result may differ in case from a full fold; the tokenizer folds case.
    Every replacement is one code point for one, so lengths are kept.
    """
    if text.isascii():
        return text
    for char in set(_PREFOLD_CHARS.findall(text)):
        text = text.replace(char, _PREFOLD[char])
    return text


def fold(text: str) -> str:
    """Return ``text`` case-, accent- and Kazakh-folded, with the same length.

    Args:
        text: any string.

    Returns:
        A string of exactly ``len(text)`` code points; position *i* of the
        result is the fold of position *i* of the input.  CJK characters and
        everything outside Latin, Greek and Cyrillic are kept as they are.
    """
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


def lower(text: str) -> str:
    """Return ``text`` in lower case with the same length (``İ`` becomes ``i``, not ``i̇``)."""
    if "İ" in text:
        text = text.replace("İ", "I")
    return text.lower()


@lru_cache(maxsize=4096)
def variants_pattern(key: str) -> str:
    """Return a regular expression matching ``key`` (a folded word) in :func:`lower` text.

    Each letter becomes the class of the letters that fold to it (``e`` ->
    ``[eéèêë…]``, ``к`` -> ``[кқ]``), so the pattern finds every spelling
    :func:`fold` would equate, without folding the text first (lower-casing
    is far cheaper than folding, and the pattern starts with a literal or a
    class, which the regex engine scans for quickly).
    """
    return "".join(_CLASSES.get(char) or re.escape(char) for char in key)


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normal form C (composed accents), cheaply if it already is."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)
def to_ascii(word: str) -> str:
    """Transliterate ``word`` to lower-case ASCII letters and digits (may return ``""``).

    The transliteration is ``anyascii``'s applied to the folded word
    (``Қорғас`` -> ``коргас`` -> ``korgas``, ``霍尔`` -> ``huoer``); what it
    gives for punctuation (``ь`` -> ``'``) is dropped.
    """
    return _NOT_ALNUM.sub("", anyascii(fold(word)).lower())


def is_cjk(text: str) -> bool:
    """True if ``text`` is non-empty and made only of CJK characters."""
    return bool(text) and CJK_RUN.fullmatch(text) is not None


def cjk_bigrams(run: str) -> list[str]:
    """Return the index tokens of one CJK run: overlapping bigrams, then the last character.

    ``"霍尔果斯"`` -> ``["霍尔", "尔果", "果斯", "斯"]``; ``"港"`` -> ``["港"]``.
    """
    return _BIGRAMS.findall(run)


@lru_cache(maxsize=65536)
def _piece_tokens(piece: str) -> str:
    """Return the extra tokens of one run of non-ASCII characters (cached: runs repeat)."""
    if _LATIN_ONLY.fullmatch(piece):
        return ""  # accented Latin: the word is findable as it is
    out = []
    for part in _CJK_PIECES.split(piece):
        if not part:
            continue
        if CJK_RUN.fullmatch(part):
            out.append(" ".join(_BIGRAMS.findall(part)))
        else:
            out.extend(to_ascii(word) for word in WORD.findall(part))
    return " ".join(token for token in out if token)


def shadow(text: str) -> str:
    """Return the extra index tokens of ``text`` (space-separated, possibly ``""``).

    Args:
        text: the text after :func:`prefold`.

    Returns:
        For every run of non-ASCII characters, in order: the ASCII
        transliteration of its non-Latin words (Cyrillic, Greek, Arabic, ...;
        Latin text is findable as it is) and the bigrams of its CJK runs
        (:func:`cjk_bigrams`).
    """
    if text.isascii():
        return ""
    return " ".join(filter(None, map(_piece_tokens, _ASCII_RUNS.split(text))))


def words(text: str) -> list[str]:
    """Return the words (letters and digits, no underscore) of ``text``, in order."""
    return WORD.findall(text)
