"""Back/forward history: pushes truncate forward, moves stay in bounds, the list is capped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.user.history import History


def test_back_and_forward_walk_the_visits():
    history: History[str] = History()
    for topic in ("overview", "khorgos", "icbc"):
        history.push(topic)
    assert history.back() == "khorgos"
    assert history.back() == "overview"
    assert history.back() is None and history.current == "overview"
    assert history.forward() == "khorgos"
    assert history.back_entries() == ["overview"]
    assert history.forward_entries() == ["icbc"]


def test_a_new_visit_drops_the_forward_entries():
    history: History[str] = History()
    for topic in ("a", "b", "c"):
        history.push(topic)
    history.go(-2)
    history.push("d")
    assert history.forward_entries() == []
    assert history.back_entries() == ["a"]
    assert not history.can_go_forward()


def test_revisiting_the_current_entry_is_not_a_new_entry():
    history: History[str] = History()
    assert history.push("a") is True
    assert history.push("a") is False
    assert len(history) == 1 and not history.can_go_back()


def test_the_oldest_entries_go_past_the_cap():
    history: History[int] = History(max_length=3)
    for number in range(5):
        history.push(number)
    assert len(history) == 3
    assert history.back_entries() == [3, 2]
    with pytest.raises(ValueError):
        History(max_length=0)


def test_empty_history_goes_nowhere():
    history: History[str] = History()
    assert history.current is None and history.back() is None and history.forward() is None
    assert history.back_entries() == [] and history.forward_entries() == []
    history.push("a")
    history.clear()
    assert history.current is None and len(history) == 0


@given(st.lists(st.one_of(st.integers(0, 5), st.sampled_from(["back", "fwd"])), max_size=60))
def test_any_sequence_keeps_the_cursor_in_bounds(steps):
    history: History[int] = History(max_length=7)
    for step in steps:
        if step == "back":
            history.back()
        elif step == "fwd":
            history.forward()
        else:
            history.push(step)
        assert len(history) <= 7
        if len(history):
            assert history.current is not None
            assert len(history.back_entries()) + 1 + len(history.forward_entries()) == len(history)
