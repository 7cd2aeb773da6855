"""MkDocs-style Markdown in the reader's shapes (briefing_app.core.render.blocks)."""

from __future__ import annotations

import re

from briefing_app.core.render.markdown import markdown_to_html
from briefing_app.core.render.stylesheet import SCHEMES, stylesheet


def test_an_admonition_with_a_title_is_a_box():
    html = markdown_to_html('!!! warning "Mind the gap"\n    Body.\n')
    assert 'class="box admonition warning"' in html
    assert '<p class="admonition-title">Mind the gap</p>' in html and "<p>Body.</p>" in html


def test_collapsible_blocks_are_shown_open_as_boxes():
    for source in ('??? tip "Later"\n    Hidden text.\n', '???+ tip "Later"\n    Hidden text.\n'):
        html = markdown_to_html(source)
        assert 'class="box admonition tip"' in html, source
        assert '<p class="admonition-title">Later</p>' in html and "Hidden text." in html
        assert "<details" not in html and "<summary" not in html


def test_tasks_start_with_a_ballot_box_in_a_list_without_bullets():
    html = markdown_to_html("- [ ] to do\n- [x] done\n- plain\n")
    assert '<ul class="task-list">' in html
    assert '<span class="task">☐</span> to do' in html
    assert '<span class="task done">☑</span> done' in html
    assert "<input" not in html


def test_tabs_are_shown_one_after_another_under_their_titles():
    source = (
        '=== "Linux"\n\n    Use apt.\n\n'
        '=== "Windows"\n\n    ```powershell\n    winget install x\n    ```\n\n'
        '    === "Inner"\n        Nested.\n'
    )
    html = markdown_to_html(source)
    titles = re.findall(r'<h4 class="tab-title">([^<]*)</h4>', html)
    assert titles == ["Linux", "Windows", "Inner"]
    assert html.index("Use apt.") < html.index("Windows") < html.index("winget")
    assert "<input" not in html and "<label" not in html and "tabbed" not in html


def test_code_with_a_language_is_highlighted_with_pygments_classes():
    html = markdown_to_html('```python\ndef f():\n    return "x"  # done\n```\n')
    assert '<div class="highlight"><pre><code><span class="k">def</span>' in html
    assert '<span class="s2">"x"</span>' in html and '<span class="c1"># done</span>' in html
    assert 'style="' not in html  # colours come from the stylesheet, by class


def test_code_inside_admonitions_and_tabs_is_code():
    html = markdown_to_html("!!! note\n    ```bash\n    echo hi\n    ```\n")
    assert '<span class="nb">echo</span>' in html and "```" not in html


def test_code_without_a_language_stays_plain():
    assert "<pre><code>plain\n</code></pre>" in markdown_to_html("```\nplain\n```\n")


def test_every_scheme_colours_keywords_strings_and_comments():
    for scheme in SCHEMES:
        css = stylesheet(scheme)
        assert ".highlight .k," in css and ".highlight .s2," in css and ".highlight .c1," in css
        assert "ul.task-list { list-style-type: none; }" in css


def test_the_new_blocks_bring_nothing_unsafe():
    html = markdown_to_html(
        '??? note "<script>alert(1)</script>"\n    <img src="http://x/y.png" onerror="z()">\n\n'
        '=== "<b onclick=\'x()\'>Tab</b>"\n    <iframe src="x"></iframe>\n\n'
        '- [ ] <a href="javascript:alert(1)">task</a>\n'
    )
    assert "<script" not in html and "onerror" not in html and "onclick" not in html
    assert "<iframe" not in html and "javascript:" not in html and "http://x" not in html
