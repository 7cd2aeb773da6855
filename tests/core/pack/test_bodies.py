"""Topic bodies kept apart in the pack cache and read when asked for."""

from __future__ import annotations

import pickle

from briefing_app.core.pack.bodies import StoredTopic
from briefing_app.core.pack.cache import load_pack_cached
from briefing_app.core.pack.model import Topic


def test_a_cached_pack_reads_its_bodies_from_the_file(make_pack):
    root = make_pack(
        topics={
            "alpha": "---\ntitle: Alpha\n---\nÜber den Хоргос, 霍尔果斯 and on.\n",
            "beta": "---\ntitle: Beta\n---\n",
        }
    )
    parsed = load_pack_cached(root)  # parsed, written, then read back as stored
    again = load_pack_cached(root)
    for pack in (parsed, again):
        alpha = pack.topics["alpha"]
        assert isinstance(alpha, StoredTopic) and "_stored" in vars(alpha)
        assert alpha.body == "Über den Хоргос, 霍尔果斯 and on.\n"
        assert pack.topics["beta"].body == ""
        assert "body" not in vars(alpha), "the text is not held by the object"


def test_a_stored_topic_is_a_topic_in_every_way_that_matters(make_pack):
    topic = load_pack_cached(make_pack()).topics["alpha"]
    plain = pickle.loads(pickle.dumps(topic))
    assert type(plain) is Topic and plain.body == topic.body and plain.title == "Alpha"
    assert topic == plain and plain == topic
    topic.body = "Changed."
    assert topic.body == "Changed." and topic != plain


def test_a_rewritten_cache_does_not_change_a_pack_already_loaded(make_pack):
    root = make_pack()
    first = load_pack_cached(root)
    body = first.topics["alpha"].body
    topic = root / "topics" / "alpha.md"
    topic.write_text(topic.read_text("utf-8") + "\nMuch more text, so the offsets move.\n" * 20)
    second = load_pack_cached(root)
    assert "Much more text" in second.topics["alpha"].body
    assert first.topics["alpha"].body == body


def test_a_pack_parsed_for_the_cache_keeps_no_body_in_memory(make_pack, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"  # the cache cannot be written: the spool keeps the bodies
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker))
    pack = load_pack_cached(make_pack())
    alpha = pack.topics["alpha"]
    assert isinstance(alpha, StoredTopic) and "body" not in vars(alpha)
    assert "See [Beta](beta.md#detail)." in alpha.body


def test_the_spool_reads_back_what_it_keeps():
    from briefing_app.core.pack.bodies import BodySpool

    spool = BodySpool()
    texts = ["", "one", "Хоргос 霍尔果斯\n" * 50, "four"]
    kept = [spool.keep(Topic(id=f"t{n}", title="T", body=text)) for n, text in enumerate(texts)]
    assert [topic.body for topic in reversed(kept)] == list(reversed(texts))
