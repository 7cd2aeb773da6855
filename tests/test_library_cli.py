"""``briefing-app library add/list/remove`` and ``search --all``, in this test's own user folders."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_app.cli import main
from briefing_app.core.library.writer import write_packfile
from tests.core.library.test_shelf import small_pack


def test_add_list_and_remove(tmp_path: Path, capsys):
    folder = small_pack(tmp_path / "second")
    assert main(["library", "add", str(folder)]) == 0
    assert "added second: Second pack" in capsys.readouterr().out
    assert main(["library", "add", str(folder)]) == 0, "again: the same entry"
    capsys.readouterr()
    assert main(["library", "list", "--json"]) == 0
    packs = json.loads(capsys.readouterr().out)["packs"]
    assert [p["id"] for p in packs] == ["second", "kazakhstan-bri"]
    second = packs[0]
    assert second["path"] == str(folder) and second["format"] == "briefing"
    assert second["edition"] == "3 (2026-01-15)" and second["facts_as_of"] == "2026-01-10"
    assert second["size"] > 0 and second["source"] == "folder" and not second["bundled"]
    assert packs[1]["bundled"] and packs[1]["title"].startswith("Kazakhstan")
    assert main(["library", "list"]) == 0
    text = capsys.readouterr().out
    assert "second  Second pack  [3 (2026-01-15)]" in text and "(bundled)" in text
    assert main(["library", "remove", "second"]) == 0
    capsys.readouterr()
    assert main(["library", "list", "--json"]) == 0
    assert [p["id"] for p in json.loads(capsys.readouterr().out)["packs"]] == ["kazakhstan-bri"]


def test_errors_exit_2_with_a_message(tmp_path: Path, capsys):
    assert main(["library", "add", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing-app library add: ") and "nowhere" in err
    assert "Traceback" not in err
    assert main(["library", "remove", "nope"]) == 2
    assert "no pack 'nope' in the library" in capsys.readouterr().err
    assert main(["library", "remove", "kazakhstan-bri"]) == 2
    assert "ships with Briefing" in capsys.readouterr().err


def test_search_all_tags_each_hit_with_its_pack(tmp_path: Path, capsys):
    packfile = write_packfile(small_pack(tmp_path / "second"), tmp_path / "second.briefing")
    assert main(["library", "add", str(packfile.output)]) == 0
    capsys.readouterr()
    assert main(["search", "caravanserai", "--all", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(h["id"], h["pack"]) for h in report["hits"]] == [
        ("caravan", {"id": "second", "title": "Second pack"})
    ]
    assert main(["search", "Silk Road", "--all", "--json", "--limit", "40"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert {h["pack"]["id"] for h in hits} == {"second", "kazakhstan-bri"}
    titled = [h for h in hits if {"silk", "road"} <= set(h["title"].lower().split())]
    assert hits[: len(titled)] == titled, "hits titled with the query first, as in one pack"
    assert main(["search", "caravanserai", "--all"]) == 0
    out = capsys.readouterr().out
    assert "The old caravanserai  [topic caravan]  (Second pack · second)" in out
    assert main(["search", "x", "--all", "--content", str(tmp_path)]) == 2
    assert "leave out --content" in capsys.readouterr().err


def test_search_all_tells_packs_of_one_title_apart_and_names_a_pack_gone(tmp_path: Path, capsys):
    import shutil

    first = small_pack(tmp_path / "a", pack_id="one", title="Same title")
    second = small_pack(tmp_path / "b", pack_id="two", title="Same title")
    for folder in (first, second):
        assert main(["library", "add", str(folder)]) == 0
    assert main(["search", "caravanserai", "--all"]) == 0
    out = capsys.readouterr().out
    assert "(Same title · one)" in out and "(Same title · two)" in out
    shutil.rmtree(second)
    assert main(["search", "caravanserai", "--all"]) == 0
    err = capsys.readouterr().err
    assert f"{second}: not found; remove it with `briefing-app library remove two`" in err
    assert "Error" not in err


def test_adding_a_path_already_listed_says_so(tmp_path: Path, capsys):
    folder = small_pack(tmp_path / "second")
    assert main(["library", "add", str(folder)]) == 0
    capsys.readouterr()
    assert main(["library", "add", str(folder / ".." / "second")]) == 0
    assert capsys.readouterr().out.startswith("already in the library: second ")


def test_sizes_under_a_kilobyte_are_given_in_bytes():
    from briefing_app.core.library.limits import size_text

    assert [size_text(n) for n in (0, 1, 812, 999, 1000, 64_000)] == [
        "0 bytes",
        "1 byte",
        "812 bytes",
        "999 bytes",
        "1 kB",
        "64 kB",
    ]
