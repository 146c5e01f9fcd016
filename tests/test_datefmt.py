"""The headless date formatter: Babel locales, partial dates, relative ages."""

from __future__ import annotations

from datetime import date

import pytest

from index.datefmt import format_age, format_date, resolve_locale

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize("locale, expected", [
    ("id", "Jumat, 29 Juni 2018"),
    ("en", "Friday, June 29, 2018"),
    ("ja", "2018年6月29日金曜日"),
    ("ko", "2018년 6월 29일 금요일"),
])
def test_full_dates(locale, expected):
    assert format_date("2018-06-29", locale) == expected


def test_partial_dates():
    assert format_date("2025-09", "id") == "September 2025"
    assert format_date("2025-09", "en") == "September 2025"
    assert format_date("2025", "id") == "2025"
    assert format_date(None, "id") is None
    assert format_date("not a date", "id") is None


def test_relative_age():
    assert format_age("2018-06-29", TODAY, "id") == "8 tahun yang lalu"
    assert format_age("2018-06-29", TODAY, "en") == "8 years ago"
    assert format_age("2026-11-21", TODAY, "en") in ("0 days ago", "in 0 days", "today")
    # a whole number of units, never rounded up: 21 Apr 2018 was 8.6 years before
    assert format_age("2018-04-21", TODAY, "en") == "8 years ago"
    assert format_age("2023-03-16", TODAY, "id") == "3 tahun yang lalu"


def test_locale_resolution_never_uses_the_process_locale_implicitly():
    assert resolve_locale("en", {"LANG": "ko_KR.UTF-8"}) == "en"
    assert resolve_locale(None, {"LC_ALL": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}) == "ja"
    assert resolve_locale(None, {"LANG": "C.UTF-8"}) == "id"
    assert resolve_locale(None, {}) == "id"
    assert resolve_locale("xx_NOPE", {}) == "id"
