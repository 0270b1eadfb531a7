"""征信异议申请: an objection to an entry in the credit report (征信业管理条例 art. 25: a written
answer within 20 days; objections are free and need no agent)."""

from __future__ import annotations

from collections.abc import Mapping

from app.documents import parts
from app.documents.inputs import ObjectionData
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.wording import Words, Wording

KIND = "objection"

WORDS: Words = {
    "title": ("Objection to a Credit Report Entry", "征信异议申请"),
    "to": ("To: {institution}", "致：{institution}"),
    "applicant": ("Applicant", "申请人"),
    "h_entry": ("1. The entry objected to", "一、异议信息"),
    "entry_intro": (
        "My personal credit report contains the following entry, which does not match the facts:",
        "本人个人信用报告中的下列信息与事实不符：",
    ),
    "entry_loan": ("Reported by: {lender}; contract no. {contract_no}.", "报送机构：{lender}；合同编号：{contract_no}。"),
    "h_reason": ("2. Why it is wrong", "二、异议理由"),
    "h_request": ("3. What I ask", "三、申请事项"),
    "request": (
        "Under art. 25 of the Regulation on the Administration of Credit Reporting, please check the entry, correct it to "
        "read: {correction}, and answer me in writing within 20 days of receiving this objection.",
        "依据《征信业管理条例》第二十五条，请对上述信息进行核查，更正为：{correction}；并自收到本申请之日起20日内书面答复本人。",
    ),
    "h_evidence": ("4. Evidence attached", "四、证明材料"),
    "closing": ("I confirm that the above is true.", "本人承诺以上内容真实。"),
    "signature": ("Applicant (signature): ", "申请人（签字）："),
    "date": ("Date: ", "日期："),
}


def build_objection(data: ObjectionData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(WORDS, lang, edits)
    blocks: list[Block] = [
        Title(w("title")),
        Paragraph(w("to", institution=data.institution)),
        parts.party_lines(w("applicant"), data.applicant, lang),
        Heading(w("h_entry")),
        Paragraph(w("entry_intro"), indent_first_line=True),
        *parts.paragraphs(data.entry),
        Paragraph(w("entry_loan", lender=data.loan.lender, contract_no=data.loan.contract_no), indent_first_line=True),
        Heading(w("h_reason")),
        *parts.paragraphs(data.reason),
        Heading(w("h_request")),
        Paragraph(w("request", correction=data.correction.strip()), indent_first_line=True),
        Heading(w("h_evidence")),
        parts.evidence_table(data.evidence, lang),
        *parts.closing(w("closing")),
        parts.signed(w("signature"), data.applicant.name, data.on, lang, w("date")),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)
