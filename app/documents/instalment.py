"""个性化分期申请: a credit-card holder asks the bank for a personalised instalment plan under
商业银行信用卡业务监督管理办法 art. 70 (up to 5 years; the bank may agree, it is not a right).
The request lists the items the article says the written agreement states."""

from __future__ import annotations

from collections.abc import Mapping

from app.documents import parts
from app.documents.inputs import InstalmentData
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.request import numbered
from app.documents.wording import Words, Wording

KIND = "instalment"
MAX_MONTHS = 60  # art. 70: at most 5 years

WORDS: Words = {
    "title": ("Application for a Personalised Instalment Plan", "个性化分期还款申请"),
    "to": ("To: the credit card centre of {bank}", "致：{bank}信用卡中心"),
    "cardholder": ("Cardholder", "申请人（持卡人）"),
    "card_no": ("Card number: {card_no}", "信用卡卡号：{card_no}"),
    "h_owed": ("1. The balance and its make-up", "一、欠款金额及构成"),
    "basis_claimed": (
        "The amounts above are those on the bank's statement; stating them does not admit them.",
        "以上金额为贵行账单所列金额，本人列明不代表认可。",
    ),
    "basis_lawful": (
        "The amounts above are the balance the law supports (charges above the legal limits left out).",
        "以上金额为依法应当偿还的余额（已剔除超过法定上限的部分）。",
    ),
    "h_hardship": ("2. My circumstances", "二、困难情况说明"),
    "h_capacity": ("3. What I can pay", "三、还款能力"),
    "capacity": (
        "After essential living costs I can pay {amount} a month towards all my debts.",
        "扣除基本生活开支后，本人每月可用于还款的金额为{amount}。",
    ),
    "h_request": ("4. What I ask", "四、申请事项"),
    "request": (
        "Under art. 70 of the Measures on the Supervision of Commercial Banks' Credit Card Business, I ask you to agree a "
        "personalised instalment plan with me: {total} repaid in {count} monthly instalments as in the table below.",
        "依据《商业银行信用卡业务监督管理办法》第七十条，本人申请与贵行签订个性化分期还款协议，将上述欠款共{total}分{count}期按月偿还，"
        "具体安排如下表。",
    ),
    "too_long": (
        "Note: art. 70 allows a personalised plan of at most 5 years (60 months); this plan has {count} instalments.",
        "注：第七十条规定个性化分期还款协议最长不超过5年（60期），本方案为{count}期。",
    ),
    "h_terms": ("5. What the agreement should state", "五、协议应载明的事项"),
    "t_balance": ("The total owed and its make-up: {total}, as set out in section 1.", "债务总额及其构成：共计{total}，构成见第一部分。"),
    "t_schedule": (
        "The term, the method and each instalment: {count} monthly instalments, first due {first}, as in the table above.",
        "还款期限、还款方式及每期还款金额：分{count}期按月偿还，首期还款日为{first}，详见上表。",
    ),
    "t_no_fees": (
        "Interest and fees: I ask that no further interest or fees be charged during the plan.",
        "利息和费用：本人申请在分期期间停止计收利息及各项费用。",
    ),
    "t_fees": (
        "Interest and fees: charged during the plan only at the rate agreed in writing.",
        "利息和费用：分期期间仅按双方书面约定的标准收取。",
    ),
    "t_no_cards": (
        "My undertaking: I will not apply for any new credit card until the plan is repaid in full.",
        "本人承诺：在协议履行完毕前，不再申请新的信用卡。",
    ),
    "t_rights": (
        "The rights and obligations of both sides, and what happens if an instalment is missed.",
        "双方的权利义务，以及未按期还款时的处理方式。",
    ),
    "h_evidence": ("6. Documents attached", "六、证明材料"),
    "closing": (
        "I want to repay what I owe and ask only for terms I can keep. Please reply in writing.",
        "本人确有还款意愿，只希望达成本人能够履行的还款安排，恳请贵行予以审核并书面答复。",
    ),
    "signature": ("Cardholder (signature): ", "申请人（签字）："),
    "date": ("Date: ", "日期："),
}


def build_instalment(data: InstalmentData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(WORDS, lang, edits)
    proposal = data.proposal
    count = len(proposal.rows)
    total = parts.amount_words(data.outstanding.stated.total, lang)
    first = parts.date_text(proposal.first.due_date if proposal.first else None, lang)
    blocks: list[Block] = [
        Title(w("title")),
        Paragraph(w("to", bank=data.bank)),
        parts.party_lines(w("cardholder"), data.cardholder, lang),
        Paragraph(w("card_no", card_no=data.card_no)),
        Heading(w("h_owed")),
        *parts.outstanding_table(w, data.outstanding),
        Heading(w("h_hardship")),
        *parts.paragraphs(data.hardship),
        Heading(w("h_capacity")),
        Paragraph(w("capacity", amount=parts.amount_words(data.monthly_capacity, lang)), indent_first_line=True),
        Heading(w("h_request")),
        Paragraph(w("request", total=parts.amount_words(proposal.total, lang), count=count or None), indent_first_line=True),
    ]
    if proposal.rows:
        blocks.append(parts.schedule_table(proposal, lang))
    if count > MAX_MONTHS:
        blocks.append(Paragraph(w("too_long", count=count), bold=True))
    terms = [
        w("t_balance", total=total),
        w("t_schedule", count=count or None, first=first),
        w("t_fees" if data.fees_continue else "t_no_fees"),
        w("t_no_cards"),
        w("t_rights"),
    ]
    blocks += [
        Heading(w("h_terms")),
        *numbered(terms, lang),
        Heading(w("h_evidence")),
        parts.evidence_table(data.evidence, lang),
        *parts.closing(w("closing")),
        parts.signed(w("signature"), data.cardholder.name, data.on, lang, w("date")),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)
