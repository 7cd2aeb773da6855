"""Any text, no exception: the readers of other formats never raise on what authors write."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.formats.mkdocs import read_config
from briefing_app.core.formats.pages import read_page
from briefing_app.core.formats.wikilinks import LinkIndex, rewrite_links
from briefing_app.core.pack.model import Problem, Topic

#: Text made mostly of the characters these formats give meaning to, as decoded from UTF-8
#: (so no lone surrogates: the loader refuses a file holding one).
MARKUP = st.text(
    alphabet=st.sampled_from(list("[]()!#|^-:*_`~ \n\tab1.md/\\\"'{}=?>"))
    | st.characters(exclude_categories=["Cs"])
)


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_any_page_reads(text: str):
    problems: list[Problem] = []
    page = read_page("p", "docs/p.md", text, problems)
    assert page.topic.title and page.topic.body_line >= 1
    index = LinkIndex(
        by_path={"docs/p.md": "p", "docs/q.md": "q"}, files=["docs/a.png"], docs="docs"
    )
    rewrite_links(page.topic, index, problems)
    assert all(problem.file == "docs/p.md" for problem in problems)


@settings(max_examples=200, deadline=None)
@given(MARKUP)
def test_any_mkdocs_yml_reads(text: str):
    problems: list[Problem] = []
    config = read_config("mkdocs.yml", text, problems)
    assert config.docs_dir is not None
    assert all(problem.file == "mkdocs.yml" for problem in problems)


@given(st.lists(MARKUP, max_size=5))
def test_rewriting_keeps_every_line(lines: list[str]):
    body = "\n".join(line.replace("\n", " ") for line in lines)
    topic = Topic(id="p", title="P", body=body, path="p.md")
    rewrite_links(topic, LinkIndex(by_path={"p.md": "p"}), [])
    assert topic.body.count("\n") == body.count("\n")
