"""An index opened from the cache by its pack folder alone, as ``briefing-app search`` does."""

from __future__ import annotations

import pytest

from briefing_app.cli import main
from briefing_app.core import SearchIndex
from briefing_app.core.pack.cache import load_pack_cached


def test_open_cached_needs_an_index_for_the_files_as_they_are(make_pack, tmp_path):
    root = make_pack()
    assert SearchIndex.open_cached(root, tmp_path) is None, "nothing cached yet"
    SearchIndex.open(load_pack_cached(root), tmp_path).close()
    index = SearchIndex.open_cached(root, tmp_path)
    assert index is not None and index.from_cache and index.pack_errors == 0
    assert [hit.id for hit in index.search("Alpha").hits][:1] == ["alpha"]
    index.close()
    (root / "topics" / "gamma.md").write_text("---\ntitle: Gamma\n---\n", "utf-8")
    assert SearchIndex.open_cached(root, tmp_path) is None, "a new topic makes it stale"


def test_the_search_command_answers_from_the_cache_without_loading_the_pack(
    make_pack, capsys, monkeypatch
):
    root = make_pack()
    assert main(["search", "Alpha", "--content", str(root)]) == 0
    first = capsys.readouterr().out

    def must_not_load(*_args, **_kwargs):
        raise AssertionError("the cached index should have answered")

    monkeypatch.setattr("briefing_app.core.pack.cache.load_pack_cached", must_not_load)
    assert main(["search", "Alpha", "--content", str(root)]) == 0
    assert capsys.readouterr().out == first


def test_the_cached_answer_still_reports_the_packs_errors(make_pack, capsys):
    root = make_pack(topics={"alpha": "---\ntitle: Alpha\n---\nText.\n", "Bad Name": "x"})
    said = []
    for _ in range(2):  # built, then from the cache
        assert main(["search", "Alpha", "--content", str(root)]) == 0
        captured = capsys.readouterr()
        assert "[topic alpha]" in captured.out
        said.append(captured.err)
    assert "has 2 errors;" in said[0] and said[1] == said[0]


@pytest.mark.parametrize("query", ["x", "Alpha"])
def test_a_pack_with_nothing_usable_still_exits_2(make_pack, capsys, query):
    root = make_pack(manifest="id: empty\ntitle: Empty\n", topics={})
    for _ in range(2):
        assert main(["search", query, "--content", str(root)]) == 2
