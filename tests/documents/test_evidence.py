"""The evidence report: flagged incidents in time order, contacts per lender per day, files with
SHA-256, the notice that the app cannot certify time; read back from the .docx."""

from __future__ import annotations

import datetime as dt
import io

import docx

from app.core.diary import AttachmentInfo, DiaryLine
from app.core.records import Attachment, Channel, ContactEntry, CustodyAction, CustodyEvent, Direction
from app.documents.evidence import build_evidence_report
from app.documents.model import Table
from app.documents.render_docx import render_docx

NOW = dt.datetime(2026, 3, 5, 9, 0)


def _line(id: int, when: str, summary: str, flags=(), lender="闪借花", direction=Direction.INCOMING, **changes) -> DiaryLine:
    entry = ContactEntry(dt.datetime.fromisoformat(when), Channel.PHONE, summary, direction, loan_id=1,
                         misconduct=tuple(flags), id=id, **changes)
    return DiaryLine(entry, lender, 0)


LINES = [
    _line(3, "2026-03-02T23:10", "深夜来电", ("night-contact", "threat"), answer="说要上门", person_name="王某", staff_id="G7"),
    _line(1, "2026-03-01T09:00", "给我妈打电话", ("contact-third-party",), third_party="我母亲"),
    _line(2, "2026-03-02T10:00", "普通来电"),
    _line(4, "2026-03-02T11:00", "又来电"),
    _line(5, "2026-03-02T12:00", "第三次"),
    _line(6, "2026-03-02T13:00", "第四次"),
    _line(7, "2026-03-02T14:00", "我打给客服", direction=Direction.OUTGOING),
]
FILES = [AttachmentInfo(
    Attachment("录音.m4a", "ab" * 32, 2_500_000, contact_id=3, added_at=dt.datetime(2026, 3, 3, 8, 0), id=1),
    (CustodyEvent(1, CustodyAction.ADDED, dt.datetime(2026, 3, 3, 8, 0)),),
)]


def _tables(document) -> list[Table]:
    return [block for block in document.blocks if isinstance(block, Table)]


def test_the_chinese_report_lists_incidents_in_time_order_with_their_rules():
    report = build_evidence_report(LINES, FILES, NOW)
    incidents, daily, files, rules = _tables(report)
    assert [row[0] for row in incidents.rows] == ["2026-03-01 09:00", "2026-03-02 23:10"]
    assert incidents.rows[0][1] == "闪借花，→ 我母亲"
    assert incidents.rows[1][1] == "闪借花，王某 G7" and incidents.rows[1][3] == "深夜来电；说要上门"
    assert "晚上 22 点至早上 8 点之间联系" in incidents.rows[1][4] and "恐吓" in incidents.rows[1][4]
    # five of their contacts on 2 March (my own call does not count), above the guideline's 3
    assert daily.rows == (("2026-03-01", "闪借花", "1"), ("2026-03-02", "闪借花", "5（超过 3 次）"))
    assert files.rows == (("录音.m4a", "2.3 MB", "2026-03-03 08:00", "ab" * 32, "2026-03-02 23:10 深夜来电"),)
    assert any("《刑法》" not in row[2] and "GB/T 45251-2025" in row[2] for row in rules.rows)
    text = report.text()
    assert "无法证明" in text and "公证机构" in text and "可信时间戳" in text
    assert "12378" in text and "12363" in text and "110" not in text  # no threat to safety flagged


def test_english_report_and_its_docx():
    report = build_evidence_report(LINES, FILES, NOW, "en", lender="闪借花", daily_limit=4)
    text = report.text()
    assert "cannot certify" in text and "notary" in text and "(only 闪借花)" in text
    assert "5 (more than 4)" in text
    out = io.BytesIO()
    render_docx(report).save(out)
    read = docx.Document(io.BytesIO(out.getvalue()))
    cells = [cell.text for table in read.tables for row in table.rows for cell in row.cells]
    assert "ab" * 32 in cells and "Threats, insults or defamation; Contact between 22:00 and 08:00" in cells
    assert "闪借花, → 我母亲" in cells


def test_an_empty_diary_still_says_so_plainly():
    report = build_evidence_report([], [], NOW, "en")
    assert _tables(report) == [] and report.text().count("None recorded.") == 4
