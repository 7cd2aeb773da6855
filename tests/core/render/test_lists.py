"""Nested lists as authors indent them (two spaces, four, the marker's width), and what must
not change: code blocks, tables, paragraphs in items, text outside lists."""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.render.lists import indent_lists
from briefing_app.core.render.markdown import markdown_to_html

FENCES = ("```", "~~~")


def shape(markdown: str) -> str:
    """The list structure of the rendered HTML: tags only, e.g. ``ul li ul li /ul /li /ul``."""
    html = markdown_to_html(textwrap.dedent(markdown).lstrip("\n"))
    tags = re.findall(r"<(/?(?:ul|ol|li|pre|p|table))\b", html)
    return " ".join(tags)


NESTED = {
    "bullets in bullets, 2 spaces": (
        """
        - Khorgos
          - dry port
          - SEZ
        - Aktau
        """,
        "ul li ul li /li li /li /ul /li li /li /ul",
    ),
    "numbers in bullets, 2 spaces": (
        """
        - Corridors
          1. Northern
          2. Middle
        - Ports
        """,
        "ul li ol li /li li /li /ol /li li /li /ul",
    ),
    "bullets in numbers, 3 spaces (the marker's width)": (
        """
        1. Rail
           - Khorgos
           - Altynkol
        2. Road
        """,
        "ol li ul li /li li /li /ul /li li /li /ol",
    ),
    "three levels, 2 spaces": (
        """
        - a
          - b
            - c
        - d
        """,
        "ul li ul li ul li /li /ul /li /ul /li li /li /ul",
    ),
    "three levels, 4 spaces (as before)": (
        """
        - a
            - b
                - c
        - d
        """,
        "ul li ul li ul li /li /ul /li /ul /li li /li /ul",
    ),
    "mixed 2 and 4 spaces": (
        """
        - a
          - b
              - c
        - d
        """,
        "ul li ul li ul li /li /ul /li /ul /li li /li /ul",
    ),
    "numbers in numbers, 3 spaces": (
        """
        1. a
           1. a.1
           2. a.2
        2. b
        """,
        "ol li ol li /li li /li /ol /li li /li /ol",
    ),
}


@pytest.mark.parametrize("name", list(NESTED))
def test_nested_lists_render_nested(name: str):
    markdown, expected = NESTED[name]
    assert shape(markdown) == expected


def test_text_of_nested_items_is_kept():
    html = markdown_to_html("- Khorgos\n  - dry port\n    - **Eastern Gate** SEZ\n")
    assert "<li>dry port<ul>\n<li><strong>Eastern Gate</strong> SEZ</li>" in html


def test_paragraph_inside_an_item_indented_by_two():
    assert shape("- a\n\n  more about a\n\n- b\n") == "ul li p /p p /p /li li p /p /li /ul"


def test_paragraph_inside_an_item_indented_by_four_as_before():
    assert shape("- a\n\n    more about a\n\n- b\n") == "ul li p /p p /p /li li p /p /li /ul"


def test_fenced_code_inside_an_item_is_code_of_that_item():
    html = markdown_to_html(
        "- step one\n\n  ```python\n  def f():\n      return 1\n  ```\n\n- step two\n"
    )
    assert "<li>\n<p>step one</p>\n<pre><code>def f():\n    return 1\n</code></pre>\n</li>" in html
    assert "<p>step two</p>" in html and "```" not in html


def test_fenced_code_right_under_an_item_line():
    html = markdown_to_html("- a\n  ```\n  x = 1\n  ```\n- b\n")
    assert "<pre><code>x = 1\n</code></pre>" in html and "<p>b</p>" in html


def test_fenced_code_at_the_margin_is_untouched():
    html = markdown_to_html("- a\n\n```\n- not a list\n  - nor this\n```\n\n- b\n")
    assert "<pre><code>- not a list\n  - nor this\n</code></pre>" in html


def test_indented_code_outside_lists_is_untouched():
    html = markdown_to_html("Para\n\n    code line\n      - not a list\n\nafter\n")
    assert "<pre><code>code line\n  - not a list\n</code></pre>" in html


@pytest.mark.parametrize(
    "markdown",
    [
        "- a\n\n        code\n          deeper\n\n- b\n",  # four spaces a level
        "- a\n\n      code\n        deeper\n\n- b\n",  # CommonMark: item text (2) + 4
    ],
)
def test_indented_code_inside_an_item_keeps_its_indentation(markdown: str):
    assert "<pre><code>code\n  deeper\n</code></pre>" in markdown_to_html(markdown)


def test_table_and_admonition_inside_an_item():
    assert "<table" in markdown_to_html("- a\n\n  | x | y |\n  |---|---|\n  | 1 | 2 |\n")
    for body in ("- a\n\n  !!! note\n      Body.\n", "- a\n\n    !!! note\n        Body.\n"):
        html = markdown_to_html(body)
        assert "admonition note" in html and "<p>Body.</p>" in html, body


def test_ordered_lists_tables_and_rules_outside_lists_are_unchanged():
    source = "1. a\n2. b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n* * *\n\nText\n"
    assert indent_lists(source.splitlines()) == source.splitlines()


def test_four_space_lists_are_left_as_written():
    source = "- a\n    - b\n        - c\n\n    para of a\n\n1. x\n    1. y\n"
    assert indent_lists(source.splitlines()) == source.splitlines()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 9),
            st.sampled_from(
                ["- ", "* ", "1. ", "10. ", "```", "~~~", "text", "", "!!! note", "|a|"]
            ),
            st.text(alphabet="ab `-", max_size=6),
        ),
        max_size=25,
    )
)
def test_any_lines_keep_their_words(rows):
    """Whatever the indentation, no words are lost or added (fence lines in items excepted)."""
    lines = [" " * indent + start + rest for indent, start, rest in rows]

    def words(text: list[str]) -> list[str]:
        return [w for line in text if not line.lstrip().startswith(FENCES) for w in line.split()]

    assert words(indent_lists(lines)) == words(lines)
    markdown_to_html("\n".join(lines))  # and it renders
