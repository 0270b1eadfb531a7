"""分期还款（补充）协议: the draft agreement on the new schedule, for both parties to sign."""

from __future__ import annotations

from collections.abc import Mapping

from app.core.messages import CodedError
from app.documents import parts
from app.documents.inputs import AgreementData
from app.documents.model import Block, Document, Paragraph, SignatureBlock, Title
from app.documents.wording import Words, Wording

KIND = "agreement"

WORDS: Words = {
    "title": ("Instalment Repayment Agreement (Supplementary)", "分期还款（补充）协议"),
    "party_a": ("Party A (lender)", "甲方（出借人）"),
    "party_b": ("Party B (borrower)", "乙方（借款人）"),
    "preamble": (
        "On {contract_date} the parties signed loan contract no. {contract_no} (the original contract) for a principal "
        "of {principal}. Party B has had difficulty repaying. After negotiating as equals, the parties agree as follows "
        "on the repayment of what remains owed under the original contract.",
        "甲、乙双方于{contract_date}签订编号为{contract_no}的借款合同（以下简称“原合同”），约定借款本金{principal}元。"
        "因乙方出现还款困难，经双方平等协商，就原合同项下剩余欠款的偿还达成如下补充协议：",
    ),
    "a1": (
        "Article 1. The amount owed. On {date} Party B owes Party A the following:",
        "第一条　欠款确认。截至{date}，乙方尚欠甲方款项如下：",
    ),
    "basis_claimed": (
        "These are the amounts Party A claims under the original contract.",
        "以上为甲方依原合同主张的金额。",
    ),
    "basis_lawful": (
        "These are the amounts the law supports; charges above the legal limits are left out.",
        "以上为依法应当偿还的金额，超过法定上限的部分已剔除。",
    ),
    "a1_waiver": (
        "Party A waives {waived}. After the waiver Party B shall repay {payable} in total.",
        "甲方同意减免{waived}。减免后，乙方应偿还总额为{payable}。",
    ),
    "a2": (
        "Article 2. Repayment. Party B shall repay {total} in {count} instalments on the dates below:",
        "第二条　还款安排。乙方按下表分{count}期偿还，共计{total}：",
    ),
    "a3": (
        "Article 3. Payment method. Party B pays by {method} into the following account of Party A: {account}. "
        "Party A shall confirm each payment received.",
        "第三条　还款方式。乙方通过{method}向甲方下列账户还款：{account}。甲方收到每期款项后应向乙方确认。",
    ),
    "a4": (
        "Article 4. Default. If any instalment is more than {days} days late, Party A may end the waiver in Article 1 and "
        "claim what remains unpaid under the original contract; everything Party B has paid under this agreement is "
        "deducted from what is owed.",
        "第四条　违约责任。乙方任何一期还款逾期超过{days}日的，甲方有权终止第一条约定的减免，并就尚未偿还的部分依原合同主张权利；"
        "乙方已按本协议支付的款项从欠款中扣除。",
    ),
    "a5": (
        "Article 5. While Party B keeps to this agreement, Party A charges no further penalty interest, late fees or other "
        "fees, and stops collection, including any contact with Party B's family, friends or employer. Once Party B has paid "
        "in full under this agreement, every debt under the original contract is settled: Party A issues a written "
        "settlement certificate and reports the settlement truthfully to the credit reporting agencies.",
        "第五条　乙方按本协议履行期间，甲方不再计收罚息、滞纳金及其他费用，并停止催收，不得联系乙方的亲友及工作单位。"
        "乙方按本协议全部履行完毕后，原合同项下债务全部结清，甲方应出具书面结清证明，并如实向征信机构报送。",
    ),
    "a6": (
        "Article 6. This agreement supplements the original contract; in everything it does not change, the original "
        "contract continues to apply.",
        "第六条　本协议是原合同的补充协议；本协议未变更的事项，仍按原合同执行。",
    ),
    "a7": (
        "Article 7. Disputes. The parties shall first try to settle any dispute by negotiation; failing that, either may "
        "bring proceedings before {court}.",
        "第七条　争议解决。因本协议发生的争议，双方应协商解决；协商不成的，任何一方可向{court}提起诉讼。",
    ),
    "a8": (
        "Article 8. This agreement is made in two copies, one for each party, and takes effect when both have signed "
        "(and Party A has sealed).",
        "第八条　本协议一式两份，甲、乙双方各执一份，自双方签字（盖章）之日起生效。",
    ),
    "sign_a": ("Party A (seal): ", "甲方（盖章）："),
    "sign_a_rep": ("Authorised representative (signature): ", "授权代表（签字）："),
    "sign_b": ("Party B (signature): ", "乙方（签字）："),
    "date": ("Date: ", "日期："),
}


def build_agreement(data: AgreementData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    """Raises CodedError('document.no_schedule') when the proposal has no schedule to agree."""
    proposal = data.proposal
    if not proposal.rows:
        raise CodedError("document.no_schedule")
    w = Wording(WORDS, lang, edits)
    loan = data.loan
    waived = proposal.waived
    blocks: list[Block] = [
        Title(w("title")),
        parts.party_lines(w("party_a"), data.lender, lang),
        parts.party_lines(w("party_b"), data.borrower, lang),
        Paragraph(
            w(
                "preamble",
                contract_date=parts.date_text(loan.contract_date, lang),
                contract_no=loan.contract_no,
                principal=parts.figure(loan.principal),
            ),
            indent_first_line=True,
        ),
        Paragraph(w("a1", date=parts.date_text(data.on, lang)), indent_first_line=True),
        *parts.outstanding_table(w, data.outstanding, waived),
    ]
    if waived.total:
        payable = data.outstanding.stated.total - waived.total
        blocks.append(
            Paragraph(
                w("a1_waiver", waived=parts.amount_words(waived.total, lang), payable=parts.amount_words(payable, lang)),
                indent_first_line=True,
            )
        )
    blocks += [
        Paragraph(w("a2", total=parts.amount_words(proposal.total, lang), count=len(proposal.rows)), indent_first_line=True),
        parts.schedule_table(proposal, lang),
        Paragraph(w("a3", method=data.payment_method, account=data.account), indent_first_line=True),
        Paragraph(w("a4", days=data.default_days), indent_first_line=True),
        Paragraph(w("a5"), indent_first_line=True),
        Paragraph(w("a6"), indent_first_line=True),
        Paragraph(w("a7", court=data.dispute_court), indent_first_line=True),
        *parts.closing(w("a8")),
        SignatureBlock(
            (
                (w("sign_a"), ""),
                (w("sign_a_rep"), ""),
                (w("date"), parts.blank_date(lang)),
                (w("sign_b"), ""),
                (w("date"), parts.blank_date(lang)),
            ),
            indent=False,
        ),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)
