"""The 财务状况说明: .docx read back with python-docx, HTML, CSV and the atomic save."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.core.budget import BudgetInputs, LoanFigure, compute_statement
from app.core.messages import CodedError
from app.core.money import Money
from app.core.records import (
    Asset,
    AssetKind,
    Expense,
    ExpenseCategory,
    Frequency,
    IncomeCategory,
    IncomeSource,
    Liability,
    LiabilityKind,
    Profile,
)
from app.documents.csv_export import statement_csv
from app.documents.model import Table
from app.documents.render_docx import render_docx
from app.documents.render_html import render_html
from app.documents.save import save_bytes, save_docx
from app.documents.statement import build_statement

Y = Money.yuan
ON = dt.date(2026, 4, 20)
PROFILE = Profile(full_name="张小明", hardship="去年失业三个月。\n现在做外卖兼职，收入不稳定。")


def inputs() -> BudgetInputs:
    return BudgetInputs(
        incomes=(
            IncomeSource("工资", IncomeCategory.SALARY, Y("5000")),
            IncomeSource("兼职", IncomeCategory.SIDE_JOB, Y("120"), Frequency.WEEKLY),
        ),
        expenses=(
            Expense("房租", ExpenseCategory.RENT, Y("1500")),
            Expense("外出就餐", ExpenseCategory.FOOD, Y("300.50"), essential=False),
        ),
        assets=(Asset("存款", AssetKind.CASH, Y("800")),),
        liabilities=(Liability("表姐", LiabilityKind.FAMILY, Y("3000"), Y("100")),),
        loans=(LoanFigure("借呗", Y("9000"), Y("950"), Y("1900")),),
    )


def statement():
    # income 5000 + 120×52/12 (= 520) = 5520; essential 1500, spending 1800.50
    # available = 5520 − 1500 − 100 = 3920; demand 950 → surplus 2970
    # debts 9000 + 3000 = 12000; net worth 800 − 12000 = −11200
    s = compute_statement(inputs())
    assert (s.monthly_income, s.available, s.total_liabilities) == (Y("5520"), Y("3920"), Y("12000"))
    return s


def all_docx_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_docx_round_trip_has_totals_upper_amount_and_east_asian_fonts(tmp_path: Path) -> None:
    model = build_statement(statement(), PROFILE, inputs(), ON, "zh_CN")
    path = save_docx(render_docx(model), tmp_path / "说明.docx")
    assert path.exists() and not list(tmp_path.glob(".*.part"))
    back = docx.Document(str(path))
    text = all_docx_text(back)
    assert "财务状况说明" in text and "张小明" in text and "2026年4月20日" in text
    for figure in ("5,520.00", "1,800.50", "800.00", "12,000.00", "3,920.00", "950.00", "2,970.00", "-11,200.00"):
        assert figure in text, figure
    assert "叁仟玖佰贰拾元整" in text  # 3920.00 in 人民币大写
    assert "去年失业三个月。" in text and "现在做外卖兼职，收入不稳定。" in text
    assert "可削减" in text and "借呗" in text and "表姐" in text
    fonts = {}
    for name in ("Normal", "Title", "Heading 1"):
        rfonts = back.styles[name].element.rPr.find(qn("w:rFonts"))
        fonts[name] = rfonts.get(qn("w:eastAsia"))
        assert rfonts.get(qn("w:eastAsiaTheme")) is None
    assert fonts == {"Normal": "宋体", "Title": "黑体", "Heading 1": "黑体"}
    section = back.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert "PAGE" in section.footer._element.xml


def test_amount_columns_are_right_aligned() -> None:
    back = render_docx(build_statement(statement(), PROFILE, inputs(), ON, "zh_CN"))
    income_table = back.tables[0]
    assert income_table.rows[1].cells[4].text == "5,000.00"
    assert income_table.rows[1].cells[4].paragraphs[0].alignment == 2  # RIGHT
    assert income_table.rows[1].cells[0].paragraphs[0].alignment == 0  # LEFT


def test_english_statement() -> None:
    model = build_statement(statement(), PROFILE, inputs(), ON, "en")
    text = model.text()
    assert "Statement of Financial Circumstances" in text and "20 April 2026" in text
    assert "¥3,920.00" in text and "叁仟玖佰贰拾元整" in text
    assert "Side job" in text and "Can be cut" in text


def test_shortfall_is_stated() -> None:
    tight = BudgetInputs(
        incomes=(IncomeSource("工资", IncomeCategory.SALARY, Y("3000")),),
        expenses=(Expense("房租", ExpenseCategory.RENT, Y("2000")),),
        loans=(LoanFigure("A", Y("5000"), Y("1500")),),
    )
    # available 3000 − 2000 = 1000; demand 1500 → shortfall 500
    text = build_statement(compute_statement(tight), Profile(), tight, ON, "zh_CN").text()
    assert "缺口\t500.00" in text
    assert "超出本人还款能力500.00元" in text
    assert "壹仟元整" in text
    assert "元元" not in text  # amounts in sentences carry their 元 (Money.format in_text); templates do not add another


def test_overdue_and_lump_sums_are_explained_apart_from_the_monthly_figure() -> None:
    figures = BudgetInputs(
        incomes=(IncomeSource("工资", IncomeCategory.SALARY, Y("3000")),),
        loans=(LoanFigure("A", Y("5000"), Y("800"), overdue=Y("2400"), penalties=Y("150")),
               LoanFigure("B", Y("30000"), Y("0"), lump_sums_12m=Y("39000"))),
    )
    s = compute_statement(figures)
    assert (s.contract_demand, s.shortfall) == (Y("800"), Y("0"))  # neither the arrears nor the lump sum
    zh = build_statement(s, Profile(), figures, ON, "zh_CN").text()
    assert "借款每月常规应还（仍在还款期内）\t800.00" in zh
    assert "目前已逾期欠款\t2,400.00" in zh and "另被主张的罚息及滞纳金\t150.00" in zh
    assert "未来12个月内到期的一次性还款\t39,000.00" in zh
    assert "此外，已逾期欠款2,400.00元（另被主张罚息及滞纳金150.00元），属于需要协商解决的既往欠款" in zh
    assert "未来12个月内另有一次性到期还款共39,000.00元" in zh
    en = build_statement(s, Profile(), figures, ON, "en").text()
    assert "In addition, ¥2,400.00 is already overdue (with ¥150.00 of penalties and late fees claimed on top)" in en
    assert "Single repayments of ¥39,000.00 in all fall due within the next 12 months" in en
    plain = build_statement(statement(), PROFILE, inputs(), ON, "zh_CN").text()
    assert "一次性到期还款共" not in plain  # no sentence for a figure that is zero


def test_empty_statement_exports_and_says_it_is_empty(tmp_path: Path) -> None:
    empty = BudgetInputs()
    model = build_statement(compute_statement(empty), Profile(), empty, ON, "zh_CN")
    assert "本说明为空" in model.text()
    assert "零元整" in model.text()
    assert [block.header for block in model.blocks if isinstance(block, Table)] == [("项目", "金额")]  # only the summary
    back = docx.Document(str(save_docx(render_docx(model), tmp_path / "empty.docx")))
    assert "本说明为空" in all_docx_text(back)
    english = build_statement(compute_statement(empty), Profile(), empty, ON, "en").text()
    assert "this statement is empty" in english and "(name not entered)" in english


def test_html_has_the_same_totals_and_escapes_user_text() -> None:
    profile = Profile(full_name="<b>张</b>", hardship="收入 < 支出 & 借款")
    html = render_html(build_statement(statement(), profile, inputs(), ON, "zh_CN"))
    assert html.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in html
    for figure in ("5,520.00", "1,800.50", "12,000.00", "3,920.00", "2,970.00", "-11,200.00", "叁仟玖佰贰拾元整"):
        assert figure in html, figure
    assert "&lt;b&gt;张&lt;/b&gt;" in html and "收入 &lt; 支出 &amp; 借款" in html
    assert '"Noto Serif CJK SC"' in html and "SimSun" in html
    assert '<td align="right">5,000.00</td>' in html


def test_csv_has_bom_and_round_trips() -> None:
    data = statement_csv(statement(), inputs(), "zh_CN")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["部分", "项目", "类别", "金额", "频率", "每月", "必需", "逾期"]
    assert ["收入", "兼职", "兼职", "120.00", "每周", "520.00", "", ""] in rows
    assert ["支出", "外出就餐", "餐饮", "300.50", "", "300.50", "否", ""] in rows
    assert ["借款", "借呗", "", "9000.00", "", "950.00", "", "1900.00"] in rows
    summary = {row[1]: row[5] for row in rows if row[0] == "汇总"}
    assert summary["每月收入"] == "5520.00"
    assert summary["每月可用于还款"] == "3920.00"
    assert summary["结余（负数为缺口）"] == "2970.00"
    assert summary["净资产"] == "-11200.00"
    # (950 + 100) / 5520 = 0.190217… → 0.1902
    assert summary["负债收入比"] == "0.1902"


def test_save_failure_is_a_coded_error_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    with pytest.raises(CodedError) as caught:
        save_bytes(b"new", tmp_path / "missing-folder" / "out.csv")
    assert caught.value.code == "document.unwritable"
    assert "missing-folder" in caught.value.message("zh_CN")
    save_bytes(b"new", target)
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
