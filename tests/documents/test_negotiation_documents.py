"""The negotiation documents: each builder's .docx read back with python-docx (amounts in figures
and in 人民币大写, schedule rows, blanks, East Asian fonts, the signature kept with the text)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import docx
import pytest
from docx.oxml.ns import qn

from app.core.messages import CodedError
from app.core.misconduct import CHECKLIST
from app.documents.agreement import build_agreement
from app.documents.complaint import build_complaint
from app.documents.extension import build_extension
from app.documents.inputs import (
    Basis,
    Breakdown,
    ComplaintData,
    ExtensionData,
    Fact,
    InstalmentData,
    ObjectionData,
    Outstanding,
    Party,
    Proposal,
    Recipient,
)
from app.documents.instalment import build_instalment
from app.documents.model import SignatureBlock
from app.documents.objection import build_objection
from app.documents.proposal import default_proposal, equal_instalments
from app.documents.render_docx import render_docx
from app.documents.render_html import render_html
from app.documents.request import build_request
from app.documents.wording import BLANK
from tests.documents.negotiation_data import BORROWER, LOAN, ON, OWED, PROPOSAL, Y, agreement_data, request_data


def read_back(model) -> docx.document.Document:
    buffer = io.BytesIO()
    render_docx(model).save(buffer)
    return docx.Document(io.BytesIO(buffer.getvalue()))


def all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def test_equal_instalments_split_the_total_exactly():
    rows = equal_instalments(Y("100"), 3, dt.date(2026, 1, 31))
    # 100 / 3 = 33.33, 33.33, then 33.34 takes the rounding; month ends are clamped
    assert [r.amount for r in rows] == [Y("33.33"), Y("33.33"), Y("33.34")]
    assert [r.due_date for r in rows] == [dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 3, 31)]
    assert equal_instalments(Y("0"), 12, ON) == ()


def test_default_proposal_waives_the_penalties_and_spreads_the_rest():
    proposal = default_proposal(OWED, ON)
    assert proposal.waived == Breakdown(penalties=Y("150.50"))
    assert proposal.total == Y("9600") and len(proposal.rows) == 12
    assert proposal.rows[0].due_date == dt.date(2026, 5, 20)


def test_request_states_amounts_in_figures_and_capitals():
    back = read_back(build_request(request_data()))
    text = all_text(back)
    assert "协商还款申请书" in text and "致：闪借花" in text and "110101199001011234" in text
    assert "合同编号SJH-0001，合同本金10,000.00元，实际到手8,500.00元，共12期，年利率18%" in text
    assert "本金\t9,000.00\t0.00" in text and "罚息及滞纳金\t150.50\t150.50" in text and "合计\t9,750.50\t150.50" in text
    assert "减免罚息及滞纳金共人民币150.50元（大写：壹佰伍拾元伍角）" in text
    assert "本人请求按下表分12期还款，合计人民币9,600.00元（大写：玖仟陆佰元整）" in text
    assert "人民币1,200.00元（大写：壹仟贰佰元整）" in text  # the monthly capacity
    assert "本人可于2026年5月20日支付首期款人民币800.00元（大写：捌佰元整）" in text
    assert "以上金额为贵方按合同主张的金额" in text
    assert "去年失业三个月。" in text and "现在做外卖兼职。" in text
    schedule = back.tables[1]
    assert [c.text for c in schedule.rows[1].cells] == ["第1期", "2026年5月20日", "800.00"]
    assert [c.text for c in schedule.rows[-1].cells] == ["合计", "", "9,600.00"]


def test_every_style_names_an_east_asian_font_and_the_page_is_a4_with_numbers():
    back = read_back(build_request(request_data()))
    east_asia = {}
    for style in back.styles.element.findall(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None:
            name = style.find(qn("w:name")).get(qn("w:val"))
            assert fonts.get(qn("w:eastAsiaTheme")) is None, name
            east_asia[name] = fonts.get(qn("w:eastAsia"))
    assert east_asia["Normal"] == "宋体" and east_asia["Title"] == "黑体" and east_asia["heading 1"] == "黑体"
    assert east_asia["heading 3"] == "黑体" and east_asia["Table Grid"] == "宋体" and east_asia["footer"] == "宋体"
    assert None not in east_asia.values()
    defaults = back.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert defaults.get(qn("w:eastAsia")) == "宋体"
    section = back.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert "PAGE" in section.footer._element.xml
    assert back.paragraphs[0].style.name == "Title"
    borders = back.styles["Table Grid"].element.find(qn("w:tblPr")).find(qn("w:tblBorders"))
    assert borders is not None and borders.find(qn("w:insideH")).get(qn("w:val")) == "single"


def test_the_signature_is_chained_to_the_closing_text():
    back = read_back(build_request(request_data()))
    paragraphs = back.paragraphs
    signature = next(i for i, p in enumerate(paragraphs) if p.text.startswith("申请人（签字）："))
    closing = next(i for i, p in enumerate(paragraphs) if p.text.startswith("本人确有还款意愿"))
    assert [p.text for p in paragraphs[closing + 1 : closing + 3]] == ["此致", "敬礼"]
    assert all(p.paragraph_format.keep_with_next for p in paragraphs[closing:signature + 1])
    assert paragraphs[signature].text == "申请人（签字）：张小明"
    assert paragraphs[-1].text == "日期：2026年4月20日" and not paragraphs[-1].paragraph_format.keep_with_next


def test_agreement_has_parties_schedule_waiver_and_both_signatures():
    proposal = Proposal(rows=equal_instalments(Y("9600"), 36, dt.date(2026, 5, 20)), waived=Breakdown(penalties=Y("150.50")))
    back = read_back(build_agreement(agreement_data(proposal=proposal)))
    text = all_text(back)
    assert "甲方（出借人）：闪借花" in text and "乙方（借款人）：张小明" in text
    assert "身份证号码：＿＿＿＿" in text  # the lender's details were not given
    assert "编号为SJH-0001的借款合同" in text and "约定借款本金10,000.00元" in text
    assert "甲方同意减免人民币150.50元（大写：壹佰伍拾元伍角）" in text
    assert "乙方应偿还总额为人民币9,600.00元（大写：玖仟陆佰元整）" in text
    assert "分36期偿还" in text and "银行转账" in text and "下列账户还款：＿＿＿＿" in text
    assert "逾期超过30日" in text and "仍按原合同执行" in text and "北京市东城区人民法院" in text
    schedule = back.tables[1]
    assert len(schedule.rows) == 1 + 36 + 1
    # 9600 / 36 = 266.666… → 35 × 266.67 = 9333.45, the last 266.55
    assert [c.text for c in schedule.rows[36].cells] == ["第36期", "2029年4月20日", "266.55"]
    assert schedule.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # the header repeats on every page
    assert "甲方（盖章）：" in text and "乙方（签字）：" in text and text.count("日期：＿＿＿＿年＿＿月＿＿日") == 2


def test_an_agreement_needs_a_schedule():
    with pytest.raises(CodedError) as caught:
        build_agreement(agreement_data(proposal=Proposal()))
    assert caught.value.code == "document.no_schedule"
    assert "还款计划" in caught.value.message("zh_CN")


def test_missing_fields_are_visible_blanks():
    empty = request_data(borrower=Party(), loan=dataclasses.replace(LOAN, contract_no="", principal=None, contract_date=None),
                         monthly_capacity=None, hardship="")
    text = build_request(empty).text()
    assert "申请人：＿＿＿＿" in text and "合同编号＿＿＿＿" in text and "合同本金＿＿＿＿元" in text
    assert "本人于＿＿＿＿向贵方借款" in text and "金额为＿＿＿＿" in text
    assert BLANK in render_html(build_request(empty))


def test_the_lawful_balance_is_stated_as_such_and_only_when_known():
    lawful = Breakdown(principal=Y("8500"), interest=Y("300"))
    stated = request_data(outstanding=Outstanding(claimed=OWED.claimed, lawful=lawful, basis=Basis.LAWFUL), proposal=Proposal())
    text = build_request(stated).text()
    assert "本金\t8,500.00" in text and "合计\t8,800.00" in text and "依法应当偿还的余额" in text
    unknown = request_data(outstanding=Outstanding(claimed=OWED.claimed, basis=Basis.LAWFUL), proposal=Proposal())
    assert "合计\t9,750.50" in build_request(unknown).text() and "贵方按合同主张" in build_request(unknown).text()


def test_user_wording_replaces_a_phrase_and_keeps_its_figures():
    edits = {"closing": "请贵方在{missing}内答复。", "capacity": "我每月最多能还{amount}。"}
    text = build_request(request_data(), edits=edits).text()
    assert "我每月最多能还人民币1,200.00元（大写：壹仟贰佰元整）。" in text
    assert f"请贵方在{BLANK}内答复。" in text  # a placeholder without a value prints as a blank


def test_extension_asks_for_months_and_the_restart_date():
    data = ExtensionData(BORROWER, LOAN, OWED, Proposal(extension_months=3, grace_months=1), ON, reason="工资推迟发放。",
                         resume_on=dt.date(2026, 7, 20))
    text = all_text(read_back(build_extension(data)))
    assert "延期/展期还款申请" in text and "展期3个月" in text and "第六百七十八条" in text
    assert "给予1个月的宽限期" in text and "本人将自2026年7月20日起恢复还款" in text and "工资推迟发放。" in text
    assert "合计\t9,750.50" in text


def test_complaint_follows_article_13_with_facts_in_order_and_evidence():
    facts = (
        Fact(dt.datetime(2026, 3, 9, 23, 10), "wechat", "微信号 cs_01", "发来我的身份证照片", ("night-contact", "threat"), ("截图1.png",)),
        Fact(dt.datetime(2026, 3, 1, 9, 30), "phone", "催收员 138****0000", "给我母亲打电话", ("contact-third-party",)),
    )
    data = ComplaintData(BORROWER, "闪借花", ON, staff="催收员 138****0000", recipient=Recipient.REGULATOR, loan=LOAN,
                         facts=facts, request="", evidence=("通话录音.m4a",))
    back = read_back(build_complaint(data))
    text = all_text(back)
    assert "国家金融监督管理总局（投诉热线12378）" in text
    order = [text.index(h) for h in ("一、投诉人基本情况", "二、被投诉人基本情况", "三、投诉请求", "四、事实经过", "五、相关依据", "六、证据清单")]
    assert order == sorted(order)
    first, second = text.index("2026年3月1日 09:30"), text.index("2026年3月9日 23:10")
    assert first < second  # in date order, whatever order they came in
    assert "（涉及：晚上 22 点至早上 8 点之间联系；恐吓、侮辱或诽谤。）证据：截图1.png。" in text
    assert ("联系我的家人、朋友、同事或单位：《消费金融公司管理办法》第五十六条（适用于消费金融公司）；"
            "《小额贷款公司监督管理暂行办法》第三十七条第（五）项（适用于小额贷款公司）。") in text  # a platform: both, labelled
    assert "立即停止下述违规催收行为" in text  # the default request
    evidence = back.tables[0]
    assert [c.text for c in evidence.rows[1].cells] == ["1", "通话录音.m4a"] and evidence.rows[2].cells[1].text == "截图1.png"
    assert "投诉人（签字）：张小明" in text


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_complaint_names_each_flag_and_its_rule_as_the_diary_checklist_does(lang):
    codes = tuple(item.code for item in CHECKLIST) + ("no-such-flag",)
    fact = Fact(dt.datetime(2026, 3, 9, 23, 10), "letter", "催收员", "来信", codes)
    text = build_complaint(ComplaintData(BORROWER, "闪借花", ON, facts=(fact,)), lang).text()
    for item in CHECKLIST:
        label, source = item.label(lang), item.source(lang)
        assert label in text and f"{label}{'：' if lang == 'zh_CN' else ': '}{source}" in text, item.code
    assert "no-such-flag" in text  # a flag the checklist does not know is shown as it is, not dropped
    assert ("催收员通过信函：来信" if lang == "zh_CN" else "催收员 by letter: 来信") in text


def test_objection_names_the_entry_the_reason_and_the_20_days():
    data = ObjectionData(BORROWER, "闪借花", ON, loan=LOAN, entry="2025年9月逾期1次。", reason="当月已按时还款，有转账记录。",
                         correction="正常还款", evidence=("银行转账回单",))
    text = all_text(read_back(build_objection(data)))
    for expected in ("征信异议申请", "2025年9月逾期1次。", "当月已按时还款", "更正为：正常还款", "20日内书面答复", "银行转账回单", "合同编号：SJH-0001"):
        assert expected in text, expected


def test_card_instalment_lists_the_article_70_items():
    proposal = Proposal(rows=equal_instalments(Y("15000"), 60, dt.date(2026, 5, 25)))
    owed = Outstanding(claimed=Breakdown(principal=Y("14000"), interest=Y("700"), fees=Y("300")))
    data = InstalmentData(BORROWER, "城南银行", owed, proposal, ON, card_no="6222 **** 1234", monthly_capacity=Y("800"))
    back = read_back(build_instalment(data))
    text = all_text(back)
    assert "第七十条" in text and "分60期按月偿还" in text and "首期还款日为2026年5月25日" in text
    assert "债务总额及其构成：共计人民币15,000.00元（大写：壹万伍仟元整）" in text
    assert "停止计收利息及各项费用" in text and "不再申请新的信用卡" in text and "双方的权利义务" in text
    assert "最长不超过5年" not in text
    assert len(back.tables[1].rows) == 62 and back.tables[1].rows[1].cells[2].text == "250.00"
    longer = dataclasses.replace(data, proposal=Proposal(rows=equal_instalments(Y("15000"), 72, dt.date(2026, 5, 25))), fees_continue=True)
    text = build_instalment(longer).text()
    assert "最长不超过5年（60期），本方案为72期" in text and "仅按双方书面约定的标准收取" in text


@pytest.mark.parametrize("build, data", [
    (build_request, request_data()),
    (build_agreement, agreement_data()),
    (build_extension, ExtensionData(BORROWER, LOAN, OWED, Proposal(extension_months=6), ON)),
    (build_complaint, ComplaintData(BORROWER, "Flash Loan", ON)),
    (build_objection, ObjectionData(BORROWER, "Flash Loan", ON)),
    (build_instalment, InstalmentData(BORROWER, "Bank", OWED, PROPOSAL, ON)),
])
def test_every_type_has_an_english_version(build, data):
    model = build(data, "en")
    text = model.text()
    assert model.lang == "en" and not any("\u4e00" <= ch <= "\u9fff" for ch in model.title)
    assert "20 April 2026" in text
    if build in (build_request, build_agreement, build_extension, build_instalment):
        assert "9,750.50" in text  # the amount owed
    if build in (build_request, build_agreement, build_instalment):
        assert "RMB 9,600.00 (in words: 玖仟陆佰元整)" in text  # the proposal's total
    assert isinstance(model.blocks[-1], SignatureBlock)


def test_very_long_text_is_kept_whole_for_the_renderer_to_wrap():
    long_line = "收入不稳定" * 2000
    back = read_back(build_request(request_data(hardship=long_line)))
    assert long_line in [p.text for p in back.paragraphs]


@pytest.mark.parametrize(
    ("lender_type", "cited", "not_cited"),
    [
        ("small_loan", "恐吓、侮辱或诽谤：《刑法》第二百九十三条之一。", "消费金融公司管理办法"),
        ("consumer_finance", "恐吓、侮辱或诽谤：《消费金融公司管理办法》第五十六条；《刑法》第二百九十三条之一。", "适用于"),
    ],
)
def test_complaint_cites_the_rules_for_the_lenders_kind(lender_type, cited, not_cited):
    """QA: a small-loan company's collector was held to the consumer-finance companies' art. 56."""
    fact = Fact(dt.datetime(2026, 3, 9, 23, 10), "phone", "催收员", "威胁上门", ("threat", "contact-third-party"))
    text = build_complaint(ComplaintData(BORROWER, "安信小贷", ON, facts=(fact,), lender_type=lender_type)).text()
    assert cited in text and not_cited not in text


def test_an_agreement_explains_a_schedule_that_totals_more_than_the_balance_stated():
    """A saved plan keeps interest running: the two totals must not stand unexplained side by side."""
    from app.core.money import Money
    from tests.documents.negotiation_data import agreement_data

    data = agreement_data()
    rows = data.proposal.rows
    longer = dataclasses.replace(data.proposal, rows=(*rows[:-1], dataclasses.replace(rows[-1], amount=rows[-1].amount + Money.yuan("100"))))
    plain = all_text(read_back(build_agreement(data, "zh_CN")))
    assert "继续计算的利息" not in plain  # the default plan totals exactly what is owed after the waiver
    text = all_text(read_back(build_agreement(dataclasses.replace(data, proposal=longer), "zh_CN")))
    assert "多人民币100.00元" in text and "为按本还款方案在还款期间继续计算的利息" in text
