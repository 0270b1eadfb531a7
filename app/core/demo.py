"""Sample data for the demo vault: a fictional borrower, 张小明, behind on online loans.

Every name is invented. Dates are relative to `today`, so the demo always looks current.
Payments and diary entries refer to loans by their 1-based position in `loans`. Payments follow
each loan's own schedule, so only the overdue loan (and, a little, the one under negotiation)
is in arrears.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.core import records as r
from app.core.money import Money
from app.core.schedule import add_months, build_schedule

DEMO_OVERDUE_DAYS = 40


@dataclass(frozen=True, slots=True)
class DemoData:
    loans: tuple[r.Loan, ...]
    payments: tuple[r.Payment, ...]  # loan_id = position in loans, from 1
    income: tuple[r.IncomeSource, ...]
    expenses: tuple[r.Expense, ...]
    assets: tuple[r.Asset, ...]
    liabilities: tuple[r.Liability, ...]
    contacts: tuple[r.ContactEntry, ...]  # loan_id = position in loans, from 1
    profile: r.Profile
    evidence: tuple[DemoFile, ...] = ()


@dataclass(frozen=True, slots=True)
class DemoFile:
    """A small evidence file for the diary entry at `contact` (position in contacts, from 1)."""

    contact: int
    filename: str
    mime: str
    data: bytes


def _y(text: str) -> Money:
    return Money.yuan(text)


def demo_data(today: dt.date) -> DemoData:
    missed = today - dt.timedelta(days=DEMO_OVERDUE_DAYS)
    missed = missed.replace(day=min(missed.day, 28))  # first unpaid instalment of loan 1
    first_due_1 = add_months(missed, -5)
    start_2 = add_months(today, -4) - dt.timedelta(days=3)
    start_3 = add_months(today, -10) + dt.timedelta(days=5)
    start_4 = add_months(today, -6) + dt.timedelta(days=10)
    start_5 = add_months(today, -2) + dt.timedelta(days=1)

    loans = (
        r.Loan(
            lender="闪借花（虚构平台）", lender_type=r.LenderType.PLATFORM,
            principal=_y("10000"), received=_y("8500"),
            contract_date=add_months(first_due_1, -1), first_due_date=first_due_1, instalments=12,
            method=r.RepaymentMethod.EQUAL_INSTALMENT, rate_percent=Decimal("18"), rate_basis=r.RateBasis.ANNUAL,
            fees=(r.Fee(r.FeeKind.SERVICE, r.FeeCharge.UPFRONT, amount=_y("1500"), label="平台服务费（放款时直接扣除）"),),
            penalty_rate_percent=Decimal("0.05"), penalty_rate_basis=r.RateBasis.DAILY, late_fee=_y("50"),
            status=r.LoanStatus.OVERDUE, contract_no="SJH-DEMO-0001", contact_numbers="400-000-0001",
            notes="合同写借款 1 万元，实际到手 8500 元：1500 元服务费在放款时就扣掉了（砍头息）。",
        ),
        r.Loan(
            lender="月月省（虚构平台）", lender_type=r.LenderType.PLATFORM,
            principal=_y("20000"), received=_y("20000"),
            contract_date=start_2, first_due_date=add_months(start_2, 1), instalments=12,
            method=r.RepaymentMethod.FLAT, rate_percent=Decimal("1.6"), rate_basis=r.RateBasis.PER_PERIOD_FEE,
            penalty_rate_percent=Decimal("0.1"), status=r.LoanStatus.CURRENT, contract_no="YYS-DEMO-2002",
            notes="宣传“月费率仅 1.6%”，每期按原始本金收手续费，实际年化约 35%。",
        ),
        r.Loan(
            lender="安信小额贷款有限公司（虚构）", lender_type=r.LenderType.SMALL_LOAN,
            principal=_y("30000"), received=_y("29100"),
            contract_date=start_3, first_due_date=add_months(start_3, 1), instalments=24,
            method=r.RepaymentMethod.EQUAL_INSTALMENT, rate_percent=Decimal("23.9"), rate_basis=r.RateBasis.ANNUAL,
            fees=(
                r.Fee(r.FeeKind.GUARANTEE, r.FeeCharge.UPFRONT, percent=Decimal("3"), label="担保费"),
                r.Fee(r.FeeKind.INSURANCE, r.FeeCharge.PER_INSTALMENT, amount=_y("60"), label="履约保险费"),
            ),
            penalty_rate_percent=Decimal("0.065"), status=r.LoanStatus.NEGOTIATING, contract_no="AX-XD-DEMO-33",
            contact_numbers="0755-0000-0003",
        ),
        r.Loan(
            lender="城南银行信用卡（虚构）", lender_type=r.LenderType.BANK,
            principal=_y("15000"), received=_y("15000"),
            contract_date=start_4, first_due_date=add_months(start_4, 1), instalments=12,
            method=r.RepaymentMethod.FLAT, rate_percent=Decimal("0.6"), rate_basis=r.RateBasis.PER_PERIOD_FEE,
            late_fee_percent=Decimal("5"), status=r.LoanStatus.CURRENT, contract_no="CARD-DEMO-4444",
            notes="账单分期，每期手续费 0.6%。",
        ),
        r.Loan(
            lender="易分期消费金融（虚构）", lender_type=r.LenderType.CONSUMER_FINANCE,
            principal=_y("8000"), received=_y("8000"),
            contract_date=start_5, first_due_date=add_months(start_5, 1), instalments=6,
            method=r.RepaymentMethod.EQUAL_PRINCIPAL, rate_percent=Decimal("0.05"), rate_basis=r.RateBasis.DAILY,
            status=r.LoanStatus.CURRENT, contract_no="YFQ-DEMO-5",
        ),
    )

    def paid_as_due(position: int, instalments: int) -> tuple[r.Payment, ...]:
        """The first `instalments` rows of the loan's own schedule, each paid in full on its due date."""
        rows = build_schedule(loans[position - 1]).rows[:instalments]
        return tuple(r.Payment(position, row.due_date, row.payment, note=f"第 {row.period} 期") for row in rows)

    def due_before_today(position: int) -> int:
        return sum(1 for row in build_schedule(loans[position - 1]).rows if row.due_date < today)

    third_missed = build_schedule(loans[2]).rows[7]
    payments = (
        paid_as_due(1, 5)  # then stopped paying: overdue since `missed`
        + paid_as_due(2, due_before_today(2))
        + paid_as_due(3, 7)
        + (r.Payment(3, third_missed.due_date, _y("1000.00"), note="只还了一部分"),)
        + paid_as_due(4, due_before_today(4))
        + paid_as_due(5, due_before_today(5))
    )

    income = (
        r.IncomeSource("工资（物流公司仓管）", r.IncomeCategory.SALARY, _y("5800"), r.Frequency.MONTHLY),
        r.IncomeSource("周末代驾", r.IncomeCategory.SIDE_JOB, _y("1200"), r.Frequency.IRREGULAR, note="月平均"),
        r.IncomeSource("父母偶尔支援", r.IncomeCategory.FAMILY_SUPPORT, _y("500"), r.Frequency.IRREGULAR),
    )
    expenses = (
        r.Expense("房租（合租单间）", r.ExpenseCategory.RENT, _y("1500")),
        r.Expense("水电燃气", r.ExpenseCategory.UTILITIES, _y("220"), r.ExpenseKind.VARIABLE),
        r.Expense("伙食", r.ExpenseCategory.FOOD, _y("1200"), r.ExpenseKind.VARIABLE),
        r.Expense("通勤交通", r.ExpenseCategory.TRANSPORT, _y("300"), r.ExpenseKind.VARIABLE),
        r.Expense("手机话费", r.ExpenseCategory.PHONE, _y("59")),
        r.Expense("给父母的生活费", r.ExpenseCategory.PARENTS, _y("600")),
        r.Expense("外卖和奶茶", r.ExpenseCategory.FOOD, _y("450"), r.ExpenseKind.VARIABLE, essential=False),
        r.Expense("视频和音乐会员", r.ExpenseCategory.OTHER, _y("45"), essential=False),
        r.Expense("买衣服", r.ExpenseCategory.CLOTHING, _y("200"), r.ExpenseKind.VARIABLE, essential=False),
    )
    assets = (
        r.Asset("银行卡存款", r.AssetKind.CASH, _y("2300")),
        r.Asset("电动车", r.AssetKind.OTHER, _y("1800"), note="二手估价"),
        r.Asset("微信零钱", r.AssetKind.CASH, _y("260")),
    )
    liabilities = (
        r.Liability("表哥（家人借款）", r.LiabilityKind.FAMILY, _y("20000"), Money(0), note="没有约定期限，不收利息"),
    )

    def at(days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
        day = today - dt.timedelta(days=days_ago)
        return dt.datetime(day.year, day.month, day.day, hour, minute)

    def later(days_ago: int, days: int) -> dt.date:
        return today - dt.timedelta(days=days_ago) + dt.timedelta(days=days)

    contacts = (
        r.ContactEntry(at(58, 10, 15), r.Channel.APP, "在闪借花 App 里申请延期还款", r.Direction.OUTGOING, "闪借花在线客服", 1,
                       asked="因工资推迟发放，申请把本期延后 15 天", answer="系统不支持延期，只能按时还款",
                       follow_up=later(58, 7)),
        r.ContactEntry(at(52, 22, 40), r.Channel.PHONE, "晚上 10 点多接到催收电话", r.Direction.INCOMING, "自称“闪借花法务部”", 1,
                       answer="说再不还就“上门走访”", misconduct=("night-contact", "threat"),
                       person_name="自称王律师", phone="170 0000 1234", tags=("催收", "夜间")),
        r.ContactEntry(at(47, 9, 30), r.Channel.PHONE, "催收员给我妈打了电话", r.Direction.INCOMING, "催收员", 1,
                       answer="告诉我母亲我欠钱不还", misconduct=("contact-third-party", "disclosure"), follow_up=later(47, 3),
                       phone="138****0000", third_party="我母亲", tags=("家人",),
                       follow_up_done_at=at(44, 14, 5)),
        r.ContactEntry(at(44, 14, 0), r.Channel.PHONE, "打给闪借花客服投诉催收联系家人", r.Direction.OUTGOING, "闪借花客服", 1,
                       asked="要求停止联系我的家人，并给出协商方案", answer="记录投诉，3 个工作日内回复",
                       promised="客服小陈：3 个工作日内回电", follow_up=later(44, 3),
                       person_name="小陈", staff_id="0321", phone="400-000-0001", tags=("投诉",)),
        r.ContactEntry(at(40, 13, 20), r.Channel.SMS, "收到短信称已“立案”", r.Direction.INCOMING, "106 开头短信号码", 1,
                       answer="短信称“已提交立案，法院将强制执行”，没有法院名称和案号",
                       misconduct=("impersonation", "fake-documents"), phone="1069 0000 5555"),
        r.ContactEntry(at(35, 8, 5), r.Channel.PHONE, "一天内接到 9 个催收电话", r.Direction.INCOMING, "多个陌生号码", 1,
                       answer="全天不断打，没有接", misconduct=("flooding",)),
        r.ContactEntry(at(30, 16, 45), r.Channel.PHONE, "和安信小贷协商减免罚息", r.Direction.OUTGOING, "安信小贷 贷后部 刘经理", 3,
                       asked="申请停止计收罚息、剩余本息分 24 期还", answer="可以申请减免部分罚息，需要提交困难证明",
                       promised="收到材料后一周内答复", follow_up=later(30, 10)),
        r.ContactEntry(at(26, 11, 0), r.Channel.EMAIL, "给安信小贷寄送困难证明材料", r.Direction.OUTGOING, "安信小贷 贷后部", 3,
                       asked="附上工资流水、租房合同和财务状况说明", follow_up=later(26, 7)),
        r.ContactEntry(at(21, 23, 10), r.Channel.WECHAT, "陌生微信号加好友催收", r.Direction.INCOMING, "微信号 cuishou_***", 1,
                       answer="用私人微信发来我的身份证照片，说要发到朋友圈",
                       misconduct=("night-contact", "threat", "contact-third-party")),
        r.ContactEntry(at(15, 10, 30), r.Channel.PHONE, "安信小贷回电：同意减免部分罚息", r.Direction.INCOMING, "安信小贷 贷后部", 3,
                       answer="同意减免已产生罚息的 50%，剩余分 18 期", promised="刘经理：三天内发送补充协议",
                       follow_up=later(15, 3), person_name="刘经理", staff_id="AX-207", tags=("协商", "承诺")),
        r.ContactEntry(at(9, 15, 0), r.Channel.PHONE, "咨询城南银行信用卡个性化分期", r.Direction.OUTGOING, "城南银行信用卡中心", 4,
                       asked="能否办理个性化分期（最长 5 年）", answer="需要先提交收入证明，由专人审核",
                       follow_up=later(9, 14)),
        r.ContactEntry(at(3, 19, 30), r.Channel.PHONE, "自称受闪借花委托的外包催收再次来电", r.Direction.INCOMING, "外包催收员", None,
                       asked="要求对方报出公司名称和工号", answer="拒绝提供，只说“今天必须还清”",
                       misconduct=("threat", "unidentified"), follow_up=later(3, 5), phone="0571-0000-8888",
                       lender_name="未报名称的外包催收公司"),
    )

    profile = r.Profile(
        full_name="张小明",
        phone="138 0000 0000",
        address="某省某市某区幸福路 1 号 2 单元 301 室（虚构）",
        hardship=(
            "今年公司业务调整，我的工资从每月 8000 元降到 5800 元，还有两个月推迟发放。"
            "为了周转在几个平台借了钱，越借越多，现在每月要还的钱超过收入的一半。"
            "我愿意还款，希望能按我的实际能力协商分期，并停止计收罚息。"
        ),
    )
    evidence = (
        DemoFile(2, "通话录音文字稿.txt", "text/plain", (
            f"{at(52, 22, 40):%Y-%m-%d %H:%M} 来电 170 0000 1234\n"
            "对方：我是闪借花法务部王律师，你再不还钱，我们明天就安排人上门走访，到你单位去。\n"
            "我：现在是晚上十点多，请在工作时间联系我。\n").encode("utf-8")),
        DemoFile(5, "催收短信-立案.txt", "text/plain", (
            "【闪借花】您的借款已提交立案，法院将于三日内强制执行，冻结名下全部账户。请立即还款。\n").encode("utf-8")),
    )
    return DemoData(loans, payments, income, expenses, assets, liabilities, contacts, profile, evidence)
