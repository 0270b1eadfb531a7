"""The collection-misconduct checklist for diary entries, and the flags the app can see itself.

Each item names what it covers, the rule it touches and where that rule is written
(DESIGN.md, "Collection misconduct"). Texts are (English, 简体中文) pairs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.records import ContactEntry, Direction

NIGHT_STARTS = dt.time(22, 0)
NIGHT_ENDS = dt.time(8, 0)
DEFAULT_DAILY_LIMIT = 3  # answered calls a day (GB/T 45251-2025); the user can change it


@dataclass(frozen=True, slots=True)
class Misconduct:
    code: str
    label: tuple[str, str]
    rule: tuple[str, str]  # what the rule says, in plain words
    source: tuple[str, str]
    safety: bool = False  # a threat to the person's safety: call 110


CHECKLIST: tuple[Misconduct, ...] = (
    Misconduct(
        "impersonation",
        ("Impersonated police, a court, a lawyer or the government", "冒充公检法、律师或政府机关"),
        ("Collectors may not pretend to be the police, a court or any state body.",
         "催收不得冒用行政机关、司法机关等名义。"),
        ("Interim Measures on Small-Loan Companies, art. 37(1)", "《小额贷款公司监督管理暂行办法》第三十七条第（一）项"),
    ),
    Misconduct(
        "violence",
        ("Violence or threat of violence", "暴力或以暴力相威胁"),
        ("Violence or threats of violence in collecting a debt are forbidden and can be a crime.",
         "以暴力或暴力威胁方式催收被明令禁止，情节严重的构成犯罪（催收非法债务罪）。"),
        ("Criminal Law art. 293-1; Consumer Finance Company Measures art. 56", "《刑法》第二百九十三条之一；《消费金融公司管理办法》第五十六条"),
        safety=True,
    ),
    Misconduct(
        "threat",
        ("Threats, insults or defamation", "恐吓、侮辱或诽谤"),
        ("Collectors may not threaten, insult or defame the borrower.",
         "催收不得采用恐吓、侮辱、诽谤等方式。"),
        ("Consumer Finance Company Measures art. 56", "《消费金融公司管理办法》第五十六条"),
    ),
    Misconduct(
        "stalking",
        ("Following me or waiting at my door", "跟踪、蹲守、堵门"),
        ("Stalking or besieging a debtor to collect a debt can be a crime.",
         "以跟踪、滋扰等方式催收，情节严重的构成犯罪。"),
        ("Criminal Law art. 293-1", "《刑法》第二百九十三条之一"),
        safety=True,
    ),
    Misconduct(
        "flooding",
        ("Too many calls or messages in a day", "一天内频繁来电或发信息（骚扰）"),
        ("Guidelines: at most 3 answered calls a day, or 6 unanswered attempts a day, to one number.",
         "指引要求：同一号码每天接通不超过 3 次，或未接通的呼叫不超过 6 次。"),
        ("GB/T 45251-2025 (post-loan collection guideline); banking association guideline 2026",
         "GB/T 45251-2025《贷后催收风控指引》；银行业协会催收指引（2026）"),
    ),
    Misconduct(
        "night-contact",
        ("Contact between 22:00 and 08:00", "晚上 22 点至早上 8 点之间联系"),
        ("Collectors should not contact the borrower between 22:00 and 08:00.",
         "不应在 22:00 至次日 8:00 之间进行催收。"),
        ("GB/T 45251-2025; banking association guideline 2026", "GB/T 45251-2025；银行业协会催收指引（2026）"),
    ),
    Misconduct(
        "contact-third-party",
        ("Contacted my family, friends, colleagues or employer", "联系我的家人、朋友、同事或单位"),
        ("Collectors may not press people other than the borrower (and guarantors) to pay or pass messages.",
         "不得向借款人（及担保人）以外的无关人员催收或施压。"),
        ("Consumer Finance Company Measures art. 56; Small-Loan Measures art. 37(5)",
         "《消费金融公司管理办法》第五十六条；《小额贷款公司监督管理暂行办法》第三十七条第（五）项"),
    ),
    Misconduct(
        "disclosure",
        ("Disclosed my debt or personal data, public notices", "泄露我的欠款或个人信息、公开“通告”"),
        ("Collectors may not disclose the debt or the borrower's personal data to others.",
         "不得向他人泄露借款人的债务情况或个人信息。"),
        ("Small-Loan Measures art. 37(4)", "《小额贷款公司监督管理暂行办法》第三十七条第（四）项"),
    ),
    Misconduct(
        "address-book",
        ("Used my phone's address book without consent", "未经同意使用我的通讯录"),
        ("Personal data may only be used with consent and for the stated purpose.",
         "处理个人信息须取得同意并限于明示的目的。"),
        ("Small-Loan Measures art. 38; Personal Information Protection Law arts. 6, 10",
         "《小额贷款公司监督管理暂行办法》第三十八条；《个人信息保护法》第六条、第十条"),
    ),
    Misconduct(
        "fake-documents",
        ("Fake “blacklist”, inflated amount or fake legal papers", "伪造“黑名单”、虚增欠款或伪造法律文书"),
        ("Collectors may not invent consequences, inflate the debt or send fake legal documents.",
         "不得以虚构后果、虚增债务、伪造法律文书等方式催收。"),
        ("Small-Loan Measures art. 37(2)", "《小额贷款公司监督管理暂行办法》第三十七条第（二）项"),
    ),
    Misconduct(
        "extra-fees",
        ("Demanded fees not in the contract, or to borrow elsewhere", "索要合同外费用，或逼我借新还旧"),
        ("Only what the contract provides is owed; “collection fees” and pressure to borrow elsewhere are not.",
         "只需按合同约定履行；合同外的“催收费”等不应支付，也不应被逼借新还旧。"),
        ("Civil Code art. 509 (perform as agreed)", "《民法典》第五百零九条（按约定履行）"),
    ),
    Misconduct(
        "home-entry",
        ("Entered my home or workplace, or kept me from leaving", "闯入住所或单位、限制人身自由"),
        ("Entering a home or restricting someone's liberty to collect a debt can be a crime.",
         "非法侵入住宅、限制人身自由催收，情节严重的构成犯罪。"),
        ("Criminal Law art. 293-1", "《刑法》第二百九十三条之一"),
        safety=True,
    ),
    Misconduct(
        "unidentified",
        ("Unidentified outsourced collector or a private WeChat account", "外包催收不表明身份，或用私人微信催收"),
        ("The lender answers for its collectors, who must say who they are and act for the lender.",
         "金融机构对委托的催收机构负责，催收人员应表明身份。"),
        ("Consumer Finance Company Measures art. 57", "《消费金融公司管理办法》第五十七条"),
    ),
)

BY_CODE: dict[str, Misconduct] = {item.code: item for item in CHECKLIST}

WHAT_TO_DO: tuple[str, str] = (
    "Keep the evidence. Complain to the lender first, in writing (who you are, which staff, what you ask, "
    "the facts; it must answer within 15 days). If that does not help: 12378 (financial regulator) or "
    "12363 (People's Bank, also for credit reports); for a small-loan company, the provincial financial "
    "regulator.",
    "保存好证据。先向借款机构书面投诉（写明身份和联系方式、涉及的机构或人员、诉求、事实和依据；机构应在 15 日内答复）。"
    "无果再拨打 12378（金融监管投诉热线）或 12363（人民银行，含征信问题）；小额贷款公司可向省级地方金融管理部门投诉。",
)
SAFETY_FIRST: tuple[str, str] = (
    "If your safety is threatened, call 110 first.",
    "人身安全受到威胁时，请先拨打 110 报警。",
)
COLLECTION_RECORDS: tuple[str, str] = (
    "Lenders must keep their collection records for at least 5 years (Consumer Finance Company Measures art. 58): "
    "you can ask for them when you complain.",
    "机构须保存催收记录至少 5 年（《消费金融公司管理办法》第五十八条），投诉时可要求调取。",
)


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "zh_CN" else pair[0]


def known(codes: Iterable[str]) -> tuple[Misconduct, ...]:
    """The checklist items among `codes`, in checklist order (unknown codes are skipped)."""
    wanted = set(codes)
    return tuple(item for item in CHECKLIST if item.code in wanted)


def advice(codes: Iterable[str], lang: str) -> list[str]:
    """What the user can do about these flags: 110 first when safety is at stake, then complain."""
    items = known(codes)
    if not items:
        return []
    lines = [pick(SAFETY_FIRST, lang)] if any(item.safety for item in items) else []
    return [*lines, pick(WHAT_TO_DO, lang), pick(COLLECTION_RECORDS, lang)]


def is_night(moment: dt.datetime) -> bool:
    return moment.time() >= NIGHT_STARTS or moment.time() < NIGHT_ENDS


def lender_key(entry: ContactEntry) -> tuple[str, object]:
    """Who an entry is with: its loan, else its free lender name (case-insensitive)."""
    if entry.loan_id is not None:
        return ("loan", entry.loan_id)
    return ("name", entry.lender_name.strip().casefold())


def contacts_that_day(entry: ContactEntry, diary: Iterable[ContactEntry]) -> int:
    """Incoming contacts from the entry's lender on the entry's day, the entry itself included once."""
    key, day = lender_key(entry), entry.happened_at.date()
    others = sum(
        1 for other in diary
        if (entry.id is None or other.id != entry.id)
        and other.direction == Direction.INCOMING and other.happened_at.date() == day and lender_key(other) == key
    )
    return others + (1 if entry.direction == Direction.INCOMING else 0)


def suggest(entry: ContactEntry, same_day: Iterable[ContactEntry], daily_limit: int = DEFAULT_DAILY_LIMIT) -> tuple[str, ...]:
    """Flags the app can see for an entry: a contact at night from their side, more than
    `daily_limit` contacts from one lender that day, someone other than me contacted.

    `same_day` holds the diary's other entries (at least those of the entry's day); the entry
    itself may be among them (matched by id).
    """
    found: list[str] = []
    if entry.direction == Direction.INCOMING and is_night(entry.happened_at):
        found.append("night-contact")
    if entry.direction == Direction.INCOMING and contacts_that_day(entry, same_day) > daily_limit:
        found.append("flooding")
    if entry.third_party.strip():
        found.append("contact-third-party")
    return tuple(found)


def daily_counts(diary: Iterable[ContactEntry]) -> Counter[tuple[tuple[str, object], dt.date]]:
    """Incoming contacts per (lender, day)."""
    return Counter(
        (lender_key(entry), entry.happened_at.date()) for entry in diary if entry.direction == Direction.INCOMING
    )
