"""Export a pack's glossary as CSV (for spreadsheets) or Markdown (for documents).

CSV is written as **UTF-8 with a byte-order mark** (``utf-8-sig``): without
the mark, Excel reads a CSV file in the system's legacy code page and turns
Cyrillic and Chinese names into mojibake; LibreOffice, Python's ``csv``
module (with ``encoding="utf-8-sig"``) and pandas read it either way.  Rows
follow RFC 4180 (comma-separated, double quotes around fields that need
them, CRLF line ends).  Columns: ``term, id, aliases, ru, kk, zh``, then any
other language code the glossary uses, then ``definition`` (plain text),
``topics`` (the author's ``topics:``) and ``used_in`` (topics whose text
mentions the term); list fields are joined with ``"; "``.

Markdown is UTF-8 without a mark: a heading per term, its aliases, a table
of names by language, the definition as written, and where it is used.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from briefing_app.core.brief.files import write_text_atomic
from briefing_app.core.glossary.headwords import group_by_letter
from briefing_app.core.glossary.pages import NAME_LANGUAGES, ordered_names
from briefing_app.core.glossary.usage import term_usage
from briefing_app.core.pack.model import Pack
from briefing_app.core.render.markdown import plain_text
from briefing_app.core.render.page import LANGUAGE_NAMES

#: File extensions :func:`export_glossary` writes, with the format's name.
FORMATS = {".csv": "CSV", ".md": "Markdown"}
LIST_SEPARATOR = "; "


def glossary_table(pack: Pack) -> tuple[list[str], list[list[str]]]:
    """Return ``(header, rows)`` of the CSV export, terms in file order (see module doc)."""
    extra = sorted(
        {code for term in pack.terms for code in term.translations} - set(NAME_LANGUAGES)
    )
    languages = [*NAME_LANGUAGES, *extra]
    header = ["term", "id", "aliases", *languages, "definition", "topics", "used_in"]
    usage = term_usage(pack)
    rows = [
        [
            term.term,
            term.id,
            LIST_SEPARATOR.join(term.aliases),
            *(term.translations.get(code, "") for code in languages),
            " ".join(plain_text(term.definition).split()),
            LIST_SEPARATOR.join(term.topics),
            LIST_SEPARATOR.join(usage.get(term.id, [])),
        ]
        for term in pack.terms
    ]
    return header, rows


def glossary_csv(pack: Pack) -> str:
    """Return the CSV export as text (no byte-order mark; :func:`export_glossary` adds it)."""
    header, rows = glossary_table(pack)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _cell(text: str) -> str:
    """Escape text for a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def glossary_markdown(pack: Pack) -> str:
    """Return the Markdown export: terms A–Z under letter headings (see module doc)."""
    usage = term_usage(pack)
    title = pack.info.title or pack.root.name
    lines = [f"# Glossary — {title}", "", f"{len(pack.terms)} terms.", ""]
    for letter, terms in group_by_letter(pack.terms):
        lines += [f"## {letter}", ""]
        for term in terms:
            lines += [f"### {term.term}", ""]
            if term.aliases:
                lines += [f"*Also:* {', '.join(term.aliases)}", ""]
            names = ordered_names(term)
            if names:
                lines += ["| Language | Name |", "| --- | --- |"]
                lines += [
                    f"| {_cell(LANGUAGE_NAMES.get(code, code))} | {_cell(name)} |"
                    for code, name in names
                ]
                lines.append("")
            if term.definition:
                lines += [term.definition.strip(), ""]
            used = [pack.topics[t].title for t in usage.get(term.id, []) if t in pack.topics]
            if used:
                lines += [f"*Used in:* {'; '.join(used)}", ""]
    return "\n".join(lines).rstrip() + "\n"


def export_glossary(pack: Pack, output: Path) -> str:
    """Write ``pack``'s glossary to ``output`` in the format its extension names.

    The file is written to a temporary file beside it and then renamed, so a
    failed export never leaves half a file.

    Returns:
        The format's name (``"CSV"`` or ``"Markdown"``).

    Raises:
        ValueError: the extension is not ``.csv`` or ``.md``.
        OSError: the file cannot be written (missing folder, no permission).
    """
    kind = FORMATS.get(output.suffix.lower())
    if kind is None:
        raise ValueError(f"cannot export to {output.name!r}: the file name must end in .csv or .md")
    text = glossary_csv(pack) if kind == "CSV" else glossary_markdown(pack)
    write_text_atomic(output, "\ufeff" + text if kind == "CSV" else text)  # BOM: Excel reads UTF-8
    return kind
