import datetime as dt

from app.documents.labels import joined, long_date


def test_long_dates_read_as_each_language_writes_them():
    assert long_date(dt.date(2026, 4, 20), "zh_CN") == "2026年4月20日"
    assert long_date(dt.date(2026, 4, 20), "en") == "20 April 2026"
    assert long_date(dt.date(2025, 12, 1), "zh_CN") == "2025年12月1日"
    assert [long_date(dt.date(2026, m, 1), "en").split()[1] for m in (1, 9, 12)] == ["January", "September", "December"]


def test_lists_skip_empty_items_and_use_the_language_marks():
    assert joined(["已接听", "", "说要上门"], "zh_CN") == "已接听；说要上门"
    assert joined(["a", "b"], "en") == "a; b"
    assert joined(["截图.png", "录音.m4a"], "zh_CN", "names") == "截图.png、录音.m4a"
    assert joined(["闪借花", "", "工号 007"], "zh_CN", "parts") == "闪借花，工号 007"
    assert joined(["Flash", "agent 007"], "en", "parts") == "Flash, agent 007"
    assert joined([], "en") == ""
