"""``briefing-app export --output FILE.(pdf|html|md)``: write a brief from the command line.

The same brief as File → Build Brief: the chosen topics (all, in reading
order, by default), full text or key points only, the full layout or compact
speaking notes, the user's notes if asked,
the glossary of the terms the topics use, a classification marking (the
pack's ``classification`` by default), author and date.  Exit codes: 0 the
file was written, 2 the request cannot be met (an unknown topic id, an
unknown extension, a path that cannot be written); the message says which.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from briefing_app.commands.options import (
    add_content_option,
    add_output_option,
    fail,
    pack_path,
    refuse_unusable,
)

#: Longest marking, title or author accepted (characters): one line of a page header.
MAX_FIELD_CHARS = 200


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the export options to the ``export`` subparser."""
    add_output_option(parser, ".pdf, .html or .md")
    parser.add_argument(
        "--topics", metavar="ID,ID,...", help="topic ids in print order (default: every topic)"
    )
    parser.add_argument(
        "--key-points-only",
        action="store_true",
        help="print only summaries, key facts and talking points",
    )
    parser.add_argument(
        "--paper",
        choices=("A4", "Letter"),
        default=None,
        help="page size of the PDF and of the printed HTML (default A4)",
    )
    parser.add_argument(
        "--layout",
        choices=("full", "speaking-notes"),
        default="full",
        help="full: a topic per page, with cover and contents (default); speaking-notes: "
        "the talking points and key facts of topic after topic, run on",
    )
    parser.add_argument("--with-notes", action="store_true", help="include your notes")
    parser.add_argument(
        "--with-timeline",
        action="store_true",
        help="include the pack's timeline after the contents (an image in PDF and HTML)",
    )
    parser.add_argument(
        "--no-glossary", action="store_true", help="leave out the glossary of terms used"
    )
    parser.add_argument(
        "--marking", metavar="TEXT", help="classification marking (default: the pack's)"
    )
    parser.add_argument("--author", metavar="NAME", default="", help="who prepared the brief")
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", default="", help="date on the cover (default: today)"
    )
    parser.add_argument("--title", metavar="TEXT", default="", help="title (default: the pack's)")
    add_content_option(parser)


def run(args: argparse.Namespace) -> int:
    """Write the brief; return 0, or 2 with a message on stderr."""
    from briefing_app.core.brief.model import FORMATS, BriefError, BriefOptions, build_brief
    from briefing_app.core.pack.cache import load_pack_cached
    from briefing_app.core.user.store import UserStore, pack_key

    output: Path = args.output
    kind = FORMATS.get(output.suffix.lower())
    if output.is_dir() or not output.suffix:
        what = "it is a folder" if output.is_dir() else "no extension"
        return fail("export", f"{output}: {what}; give a file name ending in .pdf, .html or .md")
    if kind is None:
        return fail(
            "export",
            f"{output}: unknown extension {output.suffix or '(none)'!r}; use .pdf, .html or .md",
        )
    content = pack_path(args)
    pack = load_pack_cached(content)
    refused = refuse_unusable("export", pack, bool(pack.topics))
    if refused is not None:
        return refused
    if args.date:
        try:
            date.fromisoformat(args.date)
        except ValueError:
            return fail("export", f"--date {args.date!r} is not a date; write it as YYYY-MM-DD")
    topic_ids = [t.strip() for t in (args.topics or "").split(",") if t.strip()]
    if args.topics is not None and not topic_ids:
        return fail(
            "export",
            "--topics names no topic; give ids separated by commas, or leave it out for all",
        )
    for name, value in (
        ("--marking", args.marking),
        ("--title", args.title),
        ("--author", args.author),
    ):
        if value and len(value) > MAX_FIELD_CHARS:
            return fail(
                "export",
                f"{name} is {len(value)} characters long; keep it under {MAX_FIELD_CHARS} so it fits the page",
            )
    notes: dict[str, str] = {}
    if args.with_notes:
        store = UserStore.open()
        if store.notice:
            print(f"briefing-app export: {store.notice}", file=sys.stderr)
        notes = store.notes(pack_key(pack))
        store.close()
    options = BriefOptions(
        topic_ids=topic_ids,
        key_points_only=args.key_points_only,
        include_notes=args.with_notes,
        include_glossary=not args.no_glossary,
        marking=pack.info.classification if args.marking is None else args.marking,
        author=args.author,
        date=args.date,
        title=args.title,
        layout=args.layout,
        paper=args.paper or "A4",
        include_timeline=args.with_timeline,
    )
    try:
        brief = build_brief(pack, options, notes)
    except BriefError as exc:
        return fail("export", str(exc))
    unwritable = _check_writable(output)
    if unwritable:
        return fail("export", unwritable)
    try:
        if kind == "pdf":
            _write_pdf(brief, output)
        else:
            from briefing_app.core.brief.files import write_text_brief

            write_text_brief(brief, output, kind)
    except OSError as exc:
        return fail("export", f"cannot write {output}: {exc.strerror or exc}")
    topics, terms = len(brief.sections), len(brief.terms)
    print(
        f"{output}: {topics} topic{'s' * (topics != 1)}, {terms} glossary term{'s' * (terms != 1)}"
    )
    return 0


def _check_writable(output: Path) -> str:
    """Return why ``output`` cannot be written ("" if it can), without leaving a file."""
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        return f"cannot write {output}: the folder {folder} does not exist"
    if output.is_dir():
        return f"cannot write {output}: it is a folder; give a file name"
    if not os.access(folder, os.W_OK) or (output.exists() and not os.access(output, os.W_OK)):
        return f"cannot write {output}: permission denied; choose another folder"
    return ""


def _write_pdf(brief: object, output: Path) -> None:
    """Lay out and paint the brief with a QGuiApplication on the offscreen platform."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from briefing_app.core.brief.model import Brief
    from briefing_app.ui.prep.brief_pdf import PdfJob

    assert isinstance(brief, Brief)
    app = QGuiApplication.instance() or QGuiApplication(["briefing-app"])
    PdfJob(brief, output).run()
    app.processEvents()
