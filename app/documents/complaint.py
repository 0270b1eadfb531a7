"""投诉信: a complaint about collection misconduct, in the order the 2020 complaint rules ask
(银行业保险业消费投诉处理管理办法 art. 13): who complains and how to reach them, which institution
and staff, the request, the facts and their basis, the evidence, the signature."""

from __future__ import annotations

from collections.abc import Mapping

from app.documents import parts
from app.documents.inputs import ComplaintData, Fact
from app.documents.labels import pick
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.request import numbered
from app.documents.wording import Words, Wording

KIND = "complaint"

# diary misconduct code -> ((English, 中文) what it is, (English, 中文) the rule it breaks)
MISCONDUCT: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "impersonation": (
        ("impersonating the police, a court or a government body", "冒充公检法或政府机关"),
        ("Interim Measures on Small-Loan Companies art. 37(1)", "《小额贷款公司监督管理暂行办法》第三十七条第（一）项"),
    ),
    "violence": (
        ("violence or threats of violence", "暴力或以暴力相威胁"),
        ("Criminal Law art. 293-1; Consumer Finance Company Measures art. 56", "《刑法》第二百九十三条之一；《消费金融公司管理办法》第五十六条"),
    ),
    "threat": (
        ("threats and intimidation", "威胁、恐吓"),
        ("Consumer Finance Company Measures art. 56; Criminal Law art. 293-1", "《消费金融公司管理办法》第五十六条；《刑法》第二百九十三条之一"),
    ),
    "insult": (
        ("insults or defamation", "侮辱、诽谤"),
        ("Consumer Finance Company Measures art. 56", "《消费金融公司管理办法》第五十六条"),
    ),
    "stalking": (
        ("following me or waiting at my door", "跟踪、堵门"),
        ("Criminal Law art. 293-1", "《刑法》第二百九十三条之一"),
    ),
    "flooding": (
        ("calling far more often than allowed", "频繁拨打电话骚扰"),
        ("GB/T 45251-2025 post-loan collection guideline", "GB/T 45251-2025《贷后催收风控指引》"),
    ),
    "night-contact": (
        ("contact between 22:00 and 08:00", "在22:00至次日8:00之间催收"),
        ("GB/T 45251-2025 post-loan collection guideline", "GB/T 45251-2025《贷后催收风控指引》"),
    ),
    "contact-third-party": (
        ("contacting my family, friends or employer", "联系本人的亲友、同事或工作单位"),
        ("Consumer Finance Company Measures art. 56; Interim Measures on Small-Loan Companies art. 37(5)", "《消费金融公司管理办法》第五十六条；《小额贷款公司监督管理暂行办法》第三十七条第（五）项"),
    ),
    "disclosure": (
        ("disclosing my debt or personal data", "泄露本人债务信息或个人信息"),
        ("Interim Measures on Small-Loan Companies art. 37(4); Personal Information Protection Law", "《小额贷款公司监督管理暂行办法》第三十七条第（四）项；《个人信息保护法》"),
    ),
    "address-book": (
        ("using my address book without consent", "未经同意使用本人通讯录"),
        ("Interim Measures on Small-Loan Companies art. 38; Personal Information Protection Law arts. 6, 10", "《小额贷款公司监督管理暂行办法》第三十八条；《个人信息保护法》第六条、第十条"),
    ),
    "fake-documents": (
        ("fake legal documents, blacklists or inflated amounts", "伪造法律文书、“黑名单”或虚增欠款"),
        ("Interim Measures on Small-Loan Companies art. 37(2)", "《小额贷款公司监督管理暂行办法》第三十七条第（二）项"),
    ),
    "extra-fees": (
        ("extra collection fees or pressure to borrow elsewhere", "收取额外催收费用或诱导借新还旧"),
        ("Consumer Finance Company Measures art. 56", "《消费金融公司管理办法》第五十六条"),
    ),
    "entering-home": (
        ("entering my home or office, restricting my liberty", "强行进入住所或办公场所、限制人身自由"),
        ("Criminal Law art. 293-1", "《刑法》第二百九十三条之一"),
    ),
    "unidentified": (
        ("a collector who would not identify themselves, or a private WeChat account", "催收人员拒不表明身份或使用私人微信催收"),
        ("Consumer Finance Company Measures art. 57", "《消费金融公司管理办法》第五十七条"),
    ),
}

CHANNELS: dict[str, tuple[str, str]] = {
    "phone": ("by phone", "电话"),
    "sms": ("by text message", "短信"),
    "wechat": ("on WeChat", "微信"),
    "app": ("in the app", "App内消息"),
    "email": ("by email", "电子邮件"),
    "letter": ("by letter", "信函"),
    "in-person": ("in person", "当面"),
    "other": ("", "其他方式"),
}

WORDS: Words = {
    "title": ("Complaint about Debt Collection", "投诉信"),
    "to_institution": ("To: the complaints department of {institution}", "致：{institution}客户投诉处理部门"),
    "to_regulator": ("To: the National Financial Regulatory Administration (hotline 12378)", "致：国家金融监督管理总局（投诉热线12378）"),
    "to_pboc": ("To: the People's Bank of China (hotline 12363)", "致：中国人民银行（投诉热线12363）"),
    "to_local-regulator": ("To: the local financial regulatory bureau", "致：地方金融管理部门"),
    "to_consumer-association": ("To: the Consumers' Association", "致：消费者协会"),
    "h_who": ("1. The complainant", "一、投诉人基本情况"),
    "complainant": ("Complainant", "投诉人"),
    "h_against": ("2. Complained of", "二、被投诉人基本情况"),
    "institution": ("Institution: {institution}", "被投诉机构：{institution}"),
    "staff": ("Staff or collectors involved: {staff}", "涉及人员：{staff}"),
    "loan": ("Loan: contract no. {contract_no}, dated {contract_date}", "涉及借款：合同编号{contract_no}，签订日期{contract_date}"),
    "h_request": ("3. My request", "三、投诉请求"),
    "default_request": (
        "Stop the collection misconduct set out below at once; stop contacting anyone but me; identify the collectors "
        "involved and deal with them; reply to me in writing.",
        "立即停止下述违规催收行为；除本人外不得联系任何第三人；查明涉事催收人员并依规处理；书面答复本人处理结果。",
    ),
    "h_facts": ("4. The facts", "四、事实经过"),
    "fact": ("{when}, {who} {channel}: {what}", "{when}，{who}通过{channel}：{what}"),
    "fact_flags": ("(This is {flags}.)", "（涉及：{flags}。）"),
    "fact_evidence": ("Evidence: {items}.", "证据：{items}。"),
    "no_facts": ("(No contacts flagged in the diary; set out the facts here.)", "（日记中没有标记违规的记录，请在此写明事实经过。）"),
    "h_basis": ("5. The rules broken", "五、相关依据"),
    "basis": ("{what}: {rule}.", "{what}：{rule}。"),
    "no_basis": ("Consumer Finance Company Measures art. 56 and the rules on lawful collection.", "《消费金融公司管理办法》第五十六条等关于依法催收的规定。"),
    "h_evidence": ("6. Evidence", "六、证据清单"),
    "closing": (
        "I confirm that the above is true. Under the Measures on Handling Banking and Insurance Consumer Complaints (2020) "
        "please decide within 15 days (30 days if complex) and tell me your decision.",
        "本人保证以上内容真实。请依照《银行业保险业消费投诉处理管理办法》在15日内（情况复杂的30日内）作出处理决定并告知本人。",
    ),
    "signature": ("Complainant (signature): ", "投诉人（签字）："),
    "date": ("Date: ", "日期："),
}


def _when(fact: Fact, lang: str) -> str:
    return f"{parts.date_text(fact.when.date(), lang)} {fact.when:%H:%M}"


def _fact(w: Wording, fact: Fact) -> str:
    lang = w.lang
    channel = pick(CHANNELS[fact.channel], lang) if fact.channel in CHANNELS else fact.channel
    sentence = w("fact", when=_when(fact, lang), who=fact.counterparty, channel=channel, what=fact.what)
    flags = [pick(MISCONDUCT[code][0], lang) if code in MISCONDUCT else code for code in fact.misconduct]
    separator = "、" if lang == "zh_CN" else "; "
    if flags:
        sentence += w("fact_flags", flags=separator.join(flags))
    if fact.evidence:
        sentence += w("fact_evidence", items=separator.join(fact.evidence))
    return sentence


def _bases(w: Wording, facts: tuple[Fact, ...]) -> list[str]:
    codes = list(dict.fromkeys(code for fact in facts for code in fact.misconduct if code in MISCONDUCT))
    return [w("basis", what=pick(MISCONDUCT[c][0], w.lang), rule=pick(MISCONDUCT[c][1], w.lang)) for c in codes] or [w("no_basis")]


def build_complaint(data: ComplaintData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(WORDS, lang, edits)
    facts = tuple(sorted(data.facts, key=lambda fact: fact.when))
    evidence = list(dict.fromkeys([*data.evidence, *(item for fact in facts for item in fact.evidence)]))
    blocks: list[Block] = [
        Title(w("title")),
        Paragraph(w(f"to_{data.recipient.value}", institution=data.institution)),
        Heading(w("h_who")),
        parts.party_lines(w("complainant"), data.complainant, lang),
        Heading(w("h_against")),
        Paragraph(w("institution", institution=data.institution)),
        Paragraph(w("staff", staff=data.staff)),
    ]
    if data.loan.contract_no or data.loan.contract_date:
        loan = data.loan
        blocks.append(Paragraph(w("loan", contract_no=loan.contract_no, contract_date=parts.date_text(loan.contract_date, lang))))
    blocks += [Heading(w("h_request")), *parts.paragraphs(data.request, w("default_request"))]
    blocks.append(Heading(w("h_facts")))
    blocks += numbered([_fact(w, fact) for fact in facts], lang) if facts else [Paragraph(w("no_facts"))]
    blocks += [Heading(w("h_basis")), *numbered(_bases(w, facts), lang), Heading(w("h_evidence"))]
    blocks.append(parts.evidence_table(evidence, lang))
    blocks += [
        *parts.closing(w("closing")),
        parts.signed(w("signature"), data.complainant.name, data.on, lang, w("date")),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)

