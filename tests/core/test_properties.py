"""Property tests: any text given to the parsers, loader and renderer gives a result, never an exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core import Pack, load_pack, render_topic
from briefing_app.core.glossary.pages import render_term_page
from briefing_app.core.pack.parse import parse_glossary, parse_manifest, parse_topic
from briefing_app.core.pack.yamlsafe import YamlError, parse_yaml
from briefing_app.core.render.markdown import markdown_to_html

# Text that looks like YAML and Markdown often enough to reach deep code paths.
PIECES = [
    *"abc:- \n\t[]{}'\"#&*!|>%@`,?~0123456789Қ霍ё\\^()",
    "---\n",
    "title: ",
    "  - ",
    "](",
    "<b>",
]
YAMLISH = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
ANY = st.one_of(YAMLISH, st.text(max_size=300))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ANY)
def test_parse_yaml_raises_only_yaml_error(text: str):
    try:
        parse_yaml(text)
    except YamlError as exc:
        assert exc.message


@SETTINGS
@given(ANY, ANY)
def test_parsers_return_model_objects(front: str, body: str):
    problems: list = []
    topic = parse_topic("t", "topics/t.md", f"---\n{front}\n---\n{body}", problems)
    assert topic.id == "t" and isinstance(topic.title, str)
    parse_manifest(front, problems)
    parse_glossary(front, problems)
    assert all(p.message for p in problems)


@SETTINGS
@given(ANY)
def test_markdown_always_renders(text: str):
    assert isinstance(markdown_to_html(text, "topics/x.md"), str)


@SETTINGS
@given(manifest=ANY, front=ANY, body=ANY, glossary=ANY)
def test_load_pack_always_gives_a_pack_and_pages_render(
    manifest: str, front: str, body: str, glossary: str
):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "topics").mkdir()
        (root / "briefing.yaml").write_text(manifest, encoding="utf-8")
        (root / "glossary.yaml").write_text(glossary, encoding="utf-8")
        (root / "topics" / "a.md").write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
        pack = load_pack(root)
        assert isinstance(pack, Pack)
        for topic in pack.topics.values():
            assert isinstance(render_topic(pack, topic), str)
        for term in pack.terms:
            assert isinstance(render_term_page(pack, term), str)
