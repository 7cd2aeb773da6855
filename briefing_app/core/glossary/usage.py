"""Where glossary terms are used, which terms go together, and the glossary checks.

"Used in" is computed from the text, with the same matcher and the same
rules that link terms in the reader (:mod:`briefing_app.core.glossary.linker`),
so a topic is listed when the reader shows the term there (in a heading or
a link text too).  The text is taken from the Markdown without rendering it
(:mod:`briefing_app.core.glossary.scan`), which keeps ``load_pack`` fast; the
result is computed once per pack and cached while the pack lives.

The checks (issue #4) add warnings to ``pack.problems``, each naming
``glossary.yaml`` and the term's line: a term no topic uses, a headword
defined under two ids, and an alias that is also a name of another term.
"""

from __future__ import annotations

import weakref

from briefing_app.core.glossary.headwords import fold
from briefing_app.core.glossary.linker import NameKey, matcher_for, name_key
from briefing_app.core.glossary.scan import topic_terms
from briefing_app.core.pack.model import Pack, Problem, Term, Topic
from briefing_app.core.render.markdown import plain_text

GLOSSARY = "glossary.yaml"
#: At most this many terms are listed under "See also".
SEE_ALSO_LIMIT = 8

_usage: dict[int, tuple[weakref.ref[Pack], tuple[int, ...], dict[str, list[str]]]] = {}


def _signature(pack: Pack) -> tuple[int, ...]:
    return (id(pack.terms), len(pack.terms), id(pack.topics), len(pack.topics))


def term_usage(pack: Pack) -> dict[str, list[str]]:
    """Return term id -> ids of the topics whose page mentions the term, in reading order.

    Every term of the pack has an entry (an empty list when no topic uses
    it).  Computed once per pack object with
    :func:`~briefing_app.core.glossary.scan.topic_terms` and cached (a pack whose
    ``terms`` or ``topics`` is replaced is recomputed).
    """
    cached = _usage.get(id(pack))
    if cached and cached[0]() is pack and cached[1] == _signature(pack):
        return cached[2]
    usage: dict[str, list[str]] = {term.id: [] for term in pack.terms}
    if pack.terms:
        matcher = matcher_for(pack)
        for topic_id in pack.topic_order():
            for term_id in topic_terms(pack.topics[topic_id], matcher):
                if term_id in usage:
                    usage[term_id].append(topic_id)
    set_usage(pack, usage)
    return usage


#: Packs with at most this many topics have their usage computed when first asked
#: for (tens of milliseconds); bigger packs wait for a background scan.
SYNC_TOPICS = 300


def set_usage(pack: Pack, usage: dict[str, list[str]]) -> None:
    """Install a usage map computed elsewhere (a background scan, the pack cache)."""
    key = id(pack)
    _usage[key] = (weakref.ref(pack, lambda _ref: _usage.pop(key, None)), _signature(pack), usage)


def usage_if_ready(pack: Pack) -> dict[str, list[str]] | None:
    """Return the usage map if known, computing it now only for small packs; else None.

    Always None for a preview of a big pack (``pack.complete`` False): its one
    topic says nothing about where terms are used.
    """
    cached = _usage.get(id(pack))
    if cached and cached[0]() is pack and cached[1] == _signature(pack):
        return cached[2]
    return term_usage(pack) if pack.complete and len(pack.topics) <= SYNC_TOPICS else None


def used_in(pack: Pack, term_id: str) -> list[Topic] | None:
    """Return the topics whose text mentions term ``term_id``, in reading order.

    None while a big pack's usage is still being worked out (see :func:`usage_if_ready`).
    """
    usage = usage_if_ready(pack)
    if usage is None:
        return None
    return [pack.topics[t] for t in usage.get(term_id, []) if t in pack.topics]


def see_also(pack: Pack, term: Term, limit: int = SEE_ALSO_LIMIT) -> list[Term]:
    """Return terms to read next: first those mentioned in ``term``'s definition (in
    order), then those sharing most of the author's ``topics:`` with it; at most ``limit``."""
    by_id = {t.id: t for t in pack.terms}
    chosen: list[str] = []
    if term.definition:
        for match in matcher_for(pack).find(plain_text(term.definition)):
            if match.term_id != term.id and match.term_id not in chosen:
                chosen.append(match.term_id)
    mine = set(term.topics)
    shared = [
        (len(mine & set(other.topics)), index, other.id)
        for index, other in enumerate(pack.terms)
        if other.id != term.id and other.id not in chosen and mine & set(other.topics)
    ]
    shared.sort(key=lambda item: (-item[0], item[1]))
    chosen.extend(term_id for _score, _index, term_id in shared)
    return [by_id[t] for t in chosen[:limit] if t in by_id]


def check_glossary(pack: Pack) -> None:
    """Append the glossary warnings (see module doc) to ``pack.problems``.

    Terms are visited in file order; a duplicate is reported on the later
    entry, naming the line of the first (and not also as unused: its
    headword links to the first).  Unused terms are only reported when the
    pack has topics.
    """
    first_headword: dict[str, Term] = {}
    name_owner: dict[NameKey, Term] = {}
    duplicates: set[str] = set()
    for term in pack.terms:
        earlier = first_headword.setdefault(fold(term.term), term)
        if earlier is not term:
            duplicates.add(term.id)
            pack.problems.append(
                Problem(
                    GLOSSARY,
                    term.line,
                    "warning",
                    f"term {term.term!r} (id {term.id!r}) is also defined on line {earlier.line} "
                    f"with id {earlier.id!r}; merge the two entries",
                )
            )
        for name in (term.term, *term.aliases):
            key = name_key(name)
            if key is None:
                continue
            owner = name_owner.setdefault(key, term)
            if owner is term or (name == term.term and earlier is not term):
                continue
            what = "headword" if name == term.term else "alias"
            pack.problems.append(
                Problem(
                    GLOSSARY,
                    term.line,
                    "warning",
                    f"{what} {name!r} of term {term.term!r} is also a name of term "
                    f"{owner.term!r} (line {owner.line}); links go to {owner.term!r}, "
                    "so keep the name on one term only",
                )
            )
    if not pack.topics:
        return
    usage = term_usage(pack)
    for term in pack.terms:
        if not usage.get(term.id) and term.id not in duplicates:
            pack.problems.append(
                Problem(
                    GLOSSARY,
                    term.line,
                    "warning",
                    f"term {term.term!r} is not used in any topic; mention it in a topic "
                    "or remove it from the glossary",
                )
            )
