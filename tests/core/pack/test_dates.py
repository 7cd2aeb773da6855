"""Dates in packs: the shapes allowed, the calendar, and the messages authors get."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.pack.dates import ALL_SHAPES, DAY_ONLY, check_date, date_problem


@pytest.mark.parametrize("text", ["2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
def test_real_days_pass(text: str):
    assert check_date(text).ok


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-02-30", "February 2026 has 28 days"),
        ("2023-02-29", "February 2023 has 28 days"),
        ("1900-02-29", "February 1900 has 28 days"),
        ("2024-04-31", "April 2024 has 30 days"),
        ("2024-13-01", "there is no month 13"),
        ("2024-00-10", "there is no month 00"),
        ("2024-05-00", "May 2024 has 31 days"),
        ("0000-01-01", "there is no year 0000"),
    ],
)
def test_right_shape_but_no_such_day(text: str, reason: str):
    result = check_date(text)
    assert (result.ok, result.shape, result.reason) == (False, "YYYY-MM-DD", reason)


@pytest.mark.parametrize(
    "text", ["Sept 2022", "17/09/2022", "2022-9-17", "2022-09-17T10:00", "٢٠٢٤-٠١-٠١", "", " 2022"]
)
def test_other_shapes_are_no_shape(text: str):
    assert check_date(text).shape is None


def test_the_allowed_shapes_are_a_parameter():
    assert not check_date("2024").ok and check_date("2024").shape is None
    assert check_date("2024", ALL_SHAPES).ok
    assert check_date("2024-05", ALL_SHAPES).ok
    assert check_date("2024-13", ALL_SHAPES).reason == "there is no month 13"
    assert check_date("0000", ALL_SHAPES).reason == "there is no year 0000"
    assert check_date("2024-05", ("YYYY",)).shape is None


def test_messages_say_what_is_wrong_and_what_to_write():
    assert date_problem("updated", "2026-02-30") == (
        "'updated' is 2026-02-30, which is not a calendar date (February 2026 has 28 days); "
        "write a real date as YYYY-MM-DD"
    )
    assert date_problem("updated", "Sept 2022") == (
        "'updated' is 'Sept 2022', which is not written YYYY-MM-DD; write the date so (2024-05-31)"
    )
    assert date_problem("when", "2024-5", ALL_SHAPES) == (
        "'when' is '2024-5', which is not written YYYY or YYYY-MM or YYYY-MM-DD; "
        "write the date so (2024 or 2024-05 or 2024-05-31)"
    )
    assert date_problem("updated", "2024-05-31", DAY_ONLY) is None


@given(st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True))
def test_a_day_passes_exactly_when_the_standard_library_reads_it(text: str):
    try:
        datetime.date.fromisoformat(text)
        real = True
    except ValueError:
        real = False
    assert check_date(text).ok is real
    assert check_date(text).shape == "YYYY-MM-DD"
