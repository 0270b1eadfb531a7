"""The one bilingual text catalogue for everything shown outside Qt widgets.

Errors from the core, the vault and the CLI, the words of documents, CSV headers and chart
labels, and the labels of enum values (which the screens show too, through app.ui.labels).
The Qt layer translates its own widgets with tr(); text born outside it is looked up here by
a stable code, so the CLI, the documents and the GUI say the same thing in either language.
Each entry is (English, 简体中文) with str.format placeholders.
"""

from __future__ import annotations

import logging
import os

CATALOGUE: dict[str, tuple[str, str]] = {
    # money and numbers
    "money.empty": ("Enter an amount.", "请输入金额。"),
    "money.invalid": ("“{text}” is not an amount of money.", "“{text}”不是有效的金额。"),
    "money.too_precise": ("Amounts are in yuan with at most two decimals (fen).", "金额最多精确到分（两位小数）。"),
    "money.too_large": ("The amount is too large.", "金额过大。"),
    "money.negative": ("The amount cannot be negative.", "金额不能为负数。"),
    "money.not_positive": ("The amount must be greater than zero.", "金额必须大于零。"),
    "rate.invalid": ("“{text}” is not a rate.", "“{text}”不是有效的利率。"),
    "rate.negative": ("The rate cannot be negative.", "利率不能为负数。"),
    "rate.absurd": ("A rate above {limit}% a year is almost certainly a typing mistake.", "年化超过 {limit}% 的利率很可能是输入错误。"),
    "number.invalid": ("“{text}” is not a whole number.", "“{text}”不是整数。"),
    "date.invalid": ("“{text}” is not a date (use YYYY-MM-DD).", "“{text}”不是有效日期（格式：YYYY-MM-DD）。"),
    # generic field checks
    "field.required": ("This field is required.", "此项必填。"),
    "field.too_long": ("At most {limit} characters.", "最多 {limit} 个字符。"),
    "field.choice": ("“{value}” is not one of the allowed values.", "“{value}”不是允许的选项。"),
    "field.range": ("Must be between {low} and {high}.", "必须在 {low} 到 {high} 之间。"),
    # loans
    "loan.received_gt_principal": ("The amount received cannot be larger than the principal on the contract.", "实际到手金额不能大于合同本金。"),
    "loan.instalments_range": ("The number of instalments must be between 1 and {high}.", "期数必须在 1 到 {high} 之间。"),
    "loan.first_due_before_contract": ("The first due date must be after the contract date.", "首个还款日必须晚于合同日期。"),
    "loan.fee_gt_principal": ("A fee cannot be larger than the principal.", "单项费用不能大于本金。"),
    "loan.fee_amount_or_percent": ("Give a fee either as an amount or as a percentage.", "费用请填写金额或百分比（二选一）。"),
    "loan.fee_date_required": ("A one-off fee needs the date it is charged.", "一次性收取的费用需要填写收取日期。"),
    "loan.custom_schedule_required": ("Type in the lender’s schedule, or choose a repayment method.", "请录入平台给出的还款计划，或选择一种还款方式。"),
    "payment.date_before_contract": ("The payment date is before the contract date.", "还款日期早于合同日期。"),
    # budget
    "budget.frequency": ("Choose how often this income arrives.", "请选择这项收入的频率。"),
    # diary
    "contact.follow_up_before": ("The follow-up date is before the contact itself.", "跟进日期早于这次联系的日期。"),
    # vault
    "vault.password_empty": ("Enter a password.", "请输入密码。"),
    "vault.password_mismatch": ("The two passwords do not match.", "两次输入的密码不一致。"),
    "vault.wrong_password": ("Wrong password, or this file is not a RepayDesk vault.", "密码错误，或此文件不是还款协商助手的保险库。"),
    "vault.not_a_vault": ("{path} is not a RepayDesk vault (it may be damaged or truncated).", "{path} 不是还款协商助手的保险库（文件可能已损坏或不完整）。"),
    "vault.not_found": ("There is no vault at {path}.", "{path} 处没有保险库。"),
    "vault.exists": ("A file already exists at {path}; it was not overwritten.", "{path} 已存在文件，未覆盖。"),
    "vault.unwritable": ("Cannot write to {path}: {reason}", "无法写入 {path}：{reason}"),
    "vault.newer_schema": ("This vault was made by a newer version of RepayDesk (schema {found}, this version knows up to {known}). Update the app; the vault was not changed.", "此保险库由更新版本的还款协商助手创建（数据结构版本 {found}，本版本最高支持 {known}）。请升级应用；保险库未被改动。"),
    "vault.in_use": ("This vault is already open in another RepayDesk window or command. Close it there first.", "此保险库已在另一个还款协商助手窗口或命令中打开，请先关闭那里。"),
    "vault.disk_full": ("The disk is full; nothing was saved. Free some space and try again.", "磁盘已满，未保存任何内容。请清理空间后重试。"),
    "vault.io_error": ("The vault could not be read or written: {reason}", "无法读写保险库：{reason}"),
    "vault.backup_bad": ("{path} is not a backup that opens with this password.", "{path} 不是能用此密码打开的备份。"),
    # exchange (JSON import/export)
    "import.not_json": ("The file is not valid JSON: {reason}", "文件不是有效的 JSON：{reason}"),
    "import.format": ("The file is not a RepayDesk export (expected format “repaydesk/1”).", "此文件不是还款协商助手的导出文件（应为 “repaydesk/1” 格式）。"),
    "import.record": ("{section}[{index}].{field}: {problem}", "{section}[{index}].{field}：{problem}"),
    "import.unreadable": ("Cannot read {path}: {reason}", "无法读取 {path}：{reason}"),
    # store (vault, repository, exchange)
    "vault.password_invalid": ("A password cannot contain a NUL character.", "密码不能包含空字符（NUL）。"),
    "store.no_such_record": ("There is no record with id {id} to link to.", "要关联的记录（编号 {id}）不存在。"),
    "import.expected_object": ("Expected an object {{…}} here.", "此处应为对象 {{…}}。"),
    "import.expected_list": ("Expected a list […] here.", "此处应为列表 […]。"),
    "import.wrong_type": ("Expected a {expected} here.", "此处应为 {expected} 类型。"),
    "import.unknown_field": ("Unknown field.", "未知字段。"),
    "import.invalid": ("Invalid value: {reason}", "无效的值：{reason}"),
    "import.bad_reference": ("Refers to id {id}, which is not in the file.", "引用的编号 {id} 不在文件中。"),
    "import.duplicate_id": ("The id {id} appears twice.", "编号 {id} 出现了两次。"),
    "import.too_large": ("The file is too large to import.", "文件过大，无法导入。"),
    # budget and documents (issue 4)
    "budget.absurd": ("More than {limit} a month is almost certainly a typing mistake.", "每月超过 {limit} 很可能是输入错误。"),
    "document.unwritable": ("Could not save {path}: {reason}", "无法保存 {path}：{reason}"),
    "document.format": ("Unknown document format “{suffix}” (use .docx, .html or .csv).", "不支持的文件格式“{suffix}”（请使用 .docx、.html 或 .csv）。"),
    # loan finance core (schedules, real cost, legal lines, LPR, CLI calculators — issue 3)
    "schedule.method": ("“{method}” is not a repayment method.", "“{method}”不是有效的还款方式。"),
    "irr.no_sign_change": ("The cash flows need both money received and money repaid; no rate can be computed.", "现金流必须既有到手的钱又有还款，无法计算利率。"),
    "irr.no_solution": ("No interest rate makes these cash flows balance.", "没有任何利率能使这些现金流平衡。"),
    "irr.not_unique": ("These cash flows fit {count} different rates, so there is no single real rate.", "这些现金流对应 {count} 个不同的利率，无法得出唯一的实际利率。"),
    "cost.upfront": ("You received {received} but repay as if you had borrowed {principal}, so the real annual rate is {apr}%.", "您实际到手 {received}，却按借了 {principal} 来还款，所以实际年化利率是 {apr}%。"),
    "cost.flat_rate": ("The {rate}% per-period rate is charged on the original principal every period, even after most of it is repaid, so the real annual rate is {apr}% — not the {advertised}% it looks like.", "每期 {rate}% 的费率始终按最初的全部本金收取，即使本金已大部分还清，所以实际年化利率是 {apr}%，而不是看起来的 {advertised}%。"),
    "cost.fees": ("Fees of {fees} on top of the interest raise the real annual rate to {apr}% from the advertised {advertised}%.", "利息之外另收 {fees} 的费用，使实际年化利率从宣传的 {advertised}% 升至 {apr}%。"),
    "cost.higher": ("The real annual rate is {apr}%, higher than the advertised {advertised}%.", "实际年化利率是 {apr}%，高于宣传的 {advertised}%。"),
    "cost.in_line": ("The real annual rate, {apr}%, is in line with the advertised {advertised}%.", "实际年化利率 {apr}% 与宣传的 {advertised}% 基本一致。"),
    "legal.not_legal_advice": ("These verdicts are estimates from the figures you entered, not legal advice.", "以上判断是根据您录入的数字所作的估算，不构成法律意见。"),
    "legal.line_over": ("The all-in annual cost, {value}%, is above the {limit}% line ({source}, from {valid_from}); the excess can be challenged.", "综合年化成本 {value}% 超过 {limit}% 的界限（{source}，{valid_from} 起），超出部分可以主张调减。"),
    "legal.line_near": ("The all-in annual cost, {value}%, is close to the {limit}% line ({source}, from {valid_from}).", "综合年化成本 {value}% 接近 {limit}% 的界限（{source}，{valid_from} 起）。"),
    "legal.line_within": ("The all-in annual cost, {value}%, is within the {limit}% line ({source}, from {valid_from}).", "综合年化成本 {value}% 未超过 {limit}% 的界限（{source}，{valid_from} 起）。"),
    "legal.private_over": ("The annual rate, {value}%, is above 4 × the one-year LPR in force at the contract date ({lpr}% from {lpr_date}) = {limit}%; interest above that is not protected ({source}).", "年化利率 {value}% 超过合同成立时一年期 LPR（{lpr_date} 起 {lpr}%）的 4 倍，即 {limit}%；超出部分不受法律保护（{source}）。"),
    "legal.private_near": ("The annual rate, {value}%, is close to 4 × the one-year LPR in force at the contract date ({lpr}% from {lpr_date}) = {limit}% ({source}).", "年化利率 {value}% 接近合同成立时一年期 LPR（{lpr_date} 起 {lpr}%）的 4 倍，即 {limit}%（{source}）。"),
    "legal.private_within": ("The annual rate, {value}%, is within 4 × the one-year LPR in force at the contract date ({lpr}% from {lpr_date}) = {limit}% ({source}).", "年化利率 {value}% 未超过合同成立时一年期 LPR（{lpr_date} 起 {lpr}%）的 4 倍，即 {limit}%（{source}）。"),
    "legal.private_2015_over": ("The annual rate, {value}%, is above 36%: interest above that is void, and what was paid above it can be claimed back ({source}).", "年化利率 {value}% 超过 36%：超出部分的利息约定无效，已支付的超出部分可以要求返还（{source}）。"),
    "legal.private_2015_near": ("The annual rate, {value}%, is between 24% and 36%: courts do not enforce that part, but what was paid voluntarily is not refunded ({source}).", "年化利率 {value}% 在 24% 至 36% 之间：法院不支持这部分利息，但已自愿支付的不予返还（{source}）。"),
    "legal.private_2015_within": ("The annual rate, {value}%, is within 24% ({source}).", "年化利率 {value}% 未超过 24%（{source}）。"),
    "legal.upfront_principal": ("{deducted} was kept back at payout, so the principal is the {received} you actually received, not {principal}; interest is owed only on {received} ({source}).", "放款时预先扣除了 {deducted}，本金应按实际到手的 {received} 计算，而不是 {principal}；利息也只按 {received} 计算（{source}）。"),
    "legal.consumer_finance_fees": ("A consumer-finance company may charge no fees besides interest, except on breach of contract ({source}); this loan lists {count} fee(s).", "消费金融公司除借款人违约外，不得在利息之外另收费用（{source}）；这笔贷款列有 {count} 项费用。"),
    "lpr.before_history": ("There is no one-year LPR before {first}.", "{first} 之前没有一年期 LPR。"),
    "lpr.rate_range": ("An LPR must be above 0 and below 20%.", "LPR 必须大于 0 且小于 20%。"),
    "lpr.file_bad": ("The LPR table is damaged at line {line}.", "LPR 数据表第 {line} 行有误。"),
    "allocation.order": ("The order must name each of fees, penalty, interest and principal exactly once.", "冲抵顺序必须恰好包含费用、罚息、利息、本金各一次。"),
    "cli.rate_missing": ("Give the rate with --annual-rate (or --monthly-rate).", "请用 --annual-rate（或 --monthly-rate）给出利率。"),
    "cli.rate_both": ("Give either --annual-rate or --monthly-rate, not both.", "--annual-rate 与 --monthly-rate 只能给出一个。"),
    "cli.apr_inputs": ("Give either --flows FILE, or all of --received, --payment and --count.", "请给出 --flows 文件，或同时给出 --received、--payment 和 --count。"),
    "cli.upfront_ge_received": ("The up-front fee must be less than the amount received.", "预扣费用必须小于到手金额。"),
    "cli.flows_unreadable": ("Cannot read {path}: {reason}", "无法读取 {path}：{reason}"),
    "cli.flows_line": ("{path}, line {line}: {problem}", "{path} 第 {line} 行：{problem}"),
    "cli.flows_shape": ("expected “date,amount”", "应为“日期,金额”"),
    "cli.warning": ("warning: {message}", "警告：{message}"),
    "cli.col.period": ("Period", "期数"),
    "cli.col.payment": ("Payment", "还款额"),
    "cli.col.principal": ("Principal", "本金"),
    "cli.col.interest": ("Interest", "利息"),
    "cli.col.balance": ("Balance", "剩余本金"),
    "cli.col.lender": ("Lender", "机构"),
    "cli.col.outstanding": ("Outstanding", "未还本金"),
    "cli.col.apr": ("Real APR", "实际年化"),
    "cli.col.next_due": ("Next due", "下次还款"),
    "cli.col.overdue": ("Days overdue", "逾期天数"),
    "cli.col.verdict": ("Verdict", "判断"),
    "cli.total_interest": ("Total interest: {amount}   Total repaid: {total}", "利息合计：{amount}　还款合计：{total}"),
    "cli.apr_result": ("Real annual rate: {simple}% simple (period rate × {per_year}), {compound}% compound; period rate {period}%.", "实际年化利率：单利 {simple}%（期利率 × {per_year}），复利 {compound}%；期利率 {period}%。"),
    "cli.no_loans": ("The vault has no loans.", "保险库中没有贷款。"),
    "level.red": ("Above the line", "超出红线"),
    "level.amber": ("Close to the line / check", "接近红线 / 请核实"),
    "level.green": ("Within the line", "在红线以内"),
    "level.none": ("No verdict", "无结论"),
    # ---- one text catalogue (issue 7): enum labels for the screens, the documents and the CLI ----
    "enum.LoanStatus.current": ("Current", "正常"),
    "enum.LoanStatus.overdue": ("Overdue", "逾期"),
    "enum.LoanStatus.negotiating": ("Negotiating", "协商中"),
    "enum.LoanStatus.agreement": ("Under agreement", "已达成协议"),
    "enum.LoanStatus.settled": ("Settled", "已结清"),
    "enum.LoanStatus.written-off": ("Written off", "已核销"),
    "enum.LenderType.platform": ("Online platform", "网贷平台"),
    "enum.LenderType.consumer_finance": ("Consumer finance company", "消费金融公司"),
    "enum.LenderType.bank": ("Bank / credit card", "银行 / 信用卡"),
    "enum.LenderType.small_loan": ("Small-loan company", "小额贷款公司"),
    "enum.LenderType.private": ("Private lender", "民间借贷（个人）"),
    "enum.Channel.phone": ("Phone", "电话"),
    "enum.Channel.sms": ("SMS", "短信"),
    "enum.Channel.wechat": ("WeChat", "微信"),
    "enum.Channel.app": ("In-app", "应用内"),
    "enum.Channel.email": ("Email", "电子邮件"),
    "enum.Channel.letter": ("Letter", "信函"),
    "enum.Channel.in-person": ("In person", "当面"),
    "enum.Channel.other": ("Other", "其他"),
    "enum.RepaymentMethod.equal-installment": ("Equal instalments (等额本息)", "等额本息"),
    "enum.RepaymentMethod.equal-principal": ("Equal principal (等额本金)", "等额本金"),
    "enum.RepaymentMethod.interest-only": ("Interest first, principal at the end (先息后本)", "先息后本"),
    "enum.RepaymentMethod.flat": ("Flat rate on the original principal (等本等息)", "等本等息"),
    "enum.RepaymentMethod.bullet": ("All at the end (一次性还本付息)", "一次性还本付息"),
    "enum.RepaymentMethod.custom": ("The lender's own schedule", "平台给出的还款计划"),
    "enum.Period.month": ("Monthly", "每月"),
    "enum.Period.week": ("Weekly", "每周"),
    "enum.Period.day": ("Daily", "每日"),
    "enum.RateBasis.annual": ("% a year", "% 每年"),
    "enum.RateBasis.monthly": ("% a month", "% 每月"),
    "enum.RateBasis.daily": ("% a day (日息)", "% 每日（日息）"),
    "enum.RateBasis.per-period-fee": ("% fee per instalment", "% 每期手续费"),
    "enum.FeeKind.agency": ("Agency fee (中介费)", "中介费"),
    "enum.FeeKind.service": ("Service fee (服务费)", "服务费"),
    "enum.FeeKind.membership": ("Membership fee (会员费)", "会员费"),
    "enum.FeeKind.guarantee": ("Guarantee fee (担保费)", "担保费"),
    "enum.FeeKind.rights": ("Benefits fee (权益费)", "权益费"),
    "enum.FeeKind.insurance": ("Insurance fee (保险费)", "保险费"),
    "enum.FeeKind.other": ("Other fee", "其他费用"),
    "enum.FeeCharge.upfront": ("Up front", "预先扣除"),
    "enum.FeeCharge.per-instalment": ("Every instalment", "每期收取"),
    "enum.FeeCharge.once": ("Once, on a date", "一次性（指定日期）"),
    "enum.IncomeCategory.salary": ("Salary", "工资"),
    "enum.IncomeCategory.side-job": ("Side job", "兼职"),
    "enum.IncomeCategory.benefits": ("Benefits", "补助/救济"),
    "enum.IncomeCategory.family-support": ("Family support", "家人资助"),
    "enum.IncomeCategory.other": ("Other", "其他"),
    "enum.Frequency.monthly": ("Monthly", "每月"),
    "enum.Frequency.weekly": ("Weekly", "每周"),
    "enum.Frequency.yearly": ("Yearly", "每年"),
    "enum.Frequency.irregular": ("Irregular (monthly average)", "不固定（月均）"),
    "enum.ExpenseKind.fixed": ("Fixed", "固定"),
    "enum.ExpenseKind.variable": ("Variable", "变动"),
    "enum.ExpenseCategory.rent": ("Rent", "房租/房贷"),
    "enum.ExpenseCategory.utilities": ("Utilities", "水电燃气"),
    "enum.ExpenseCategory.insurance": ("Insurance", "保险"),
    "enum.ExpenseCategory.transport": ("Transport", "交通"),
    "enum.ExpenseCategory.childcare": ("Childcare", "子女抚养"),
    "enum.ExpenseCategory.parents": ("Support of parents", "赡养父母"),
    "enum.ExpenseCategory.food": ("Food", "餐饮"),
    "enum.ExpenseCategory.phone": ("Phone and internet", "通讯"),
    "enum.ExpenseCategory.medical": ("Medical", "医疗"),
    "enum.ExpenseCategory.education": ("Education", "教育"),
    "enum.ExpenseCategory.clothing": ("Clothing", "衣物"),
    "enum.ExpenseCategory.other": ("Other", "其他"),
    "enum.AssetKind.cash": ("Cash and deposits", "现金及存款"),
    "enum.AssetKind.car": ("Vehicle", "车辆"),
    "enum.AssetKind.property": ("Property", "房产"),
    "enum.AssetKind.other": ("Other", "其他"),
    "enum.LiabilityKind.family": ("Family or friends", "亲友借款"),
    "enum.LiabilityKind.credit-card": ("Credit card", "信用卡"),
    "enum.LiabilityKind.other": ("Other", "其他"),
    # ---- one text catalogue (issue 7): the 财务状况说明 (app/documents/statement.py) ----
    "statement.title": ("Statement of Financial Circumstances", "财务状况说明"),
    "statement.file_stem": ("financial-statement", "财务状况说明"),
    "statement.name": ("Name: ", "姓名："),
    "statement.date": ("Date: ", "日期："),
    "statement.unnamed": ("(name not entered)", "（未填写）"),
    "statement.empty": (
        "No income, expenses, assets or debts have been entered yet; this statement is empty.",
        "尚未填写任何收入、支出、资产或负债，本说明为空。",
    ),
    "statement.intro": (
        "I set out below my income, spending, assets and debts as they stand on {date}, "
        "and the amount I can honestly pay towards my debts each month.",
        "本人现将截至{date}的收入、支出、资产及负债情况说明如下，并据此说明本人每月实际能够用于还款的金额。",
    ),
    "statement.h_income": ("1. Monthly income", "一、收入情况"),
    "statement.h_expenses": ("2. Monthly spending", "二、支出情况"),
    "statement.h_assets": ("3. Assets", "三、资产情况"),
    "statement.h_debts": ("4. Debts", "四、负债情况"),
    "statement.h_summary": ("5. Summary and repayment capacity", "五、汇总及还款能力"),
    "statement.h_hardship": ("6. My circumstances", "六、困难情况说明"),
    "statement.item": ("Item", "项目"),
    "statement.category": ("Category", "类别"),
    "statement.amount": ("Amount", "金额"),
    "statement.frequency": ("Frequency", "频率"),
    "statement.per_month": ("Per month", "折合每月"),
    "statement.kind": ("Type", "性质"),
    "statement.essential": ("Essential", "必需"),
    "statement.need": ("Essential or not", "必需/可削减"),
    "statement.cuttable": ("Can be cut", "可削减"),
    "statement.value": ("Value", "价值"),
    "statement.creditor": ("Creditor", "债权人"),
    "statement.outstanding": ("Outstanding", "未还余额"),
    "statement.monthly_due": ("Due per month", "每月应还"),
    "statement.overdue": ("Overdue", "已逾期"),
    "statement.loan": ("Loan", "借款"),
    "statement.total": ("Total", "合计"),
    "statement.none": ("None entered.", "无。"),
    "statement.s_income": ("Monthly income", "每月收入"),
    "statement.s_spending": ("Monthly spending", "每月支出"),
    "statement.s_essential": ("of which essential", "其中：必需支出"),
    "statement.s_cuttable": ("of which can be cut", "其中：可削减支出"),
    "statement.s_protected": ("Protected living minimum", "基本生活保障金额"),
    "statement.s_liability_payments": ("Monthly payments on other debts", "其他负债每月还款"),
    "statement.s_available": ("Available for loan repayment each month", "每月可用于偿还借款的金额"),
    "statement.s_demand": ("What the current loan contracts demand each month", "现有借款合同每月应还合计"),
    "statement.s_surplus": ("Surplus", "结余"),
    "statement.s_shortfall": ("Shortfall", "缺口"),
    "statement.s_dti": ("Debt payments as a share of income", "负债收入比"),
    "statement.s_assets": ("Total assets", "资产合计"),
    "statement.s_liabilities": ("Total debts", "负债合计"),
    "statement.s_net_worth": ("Net worth", "净资产"),
    "statement.capacity": (
        "I can pay at most {figure} a month towards my loans (in Chinese capitals: 人民币{upper}).",
        "本人每月最多可用于偿还借款的金额为人民币{figure}（大写：人民币{upper}）。",
    ),
    "statement.gap": (
        "The current contracts demand {demand} a month, {shortfall} more than I can pay. "
        "I therefore ask to negotiate a repayment plan within my means.",
        "现有借款合同每月应还{demand}，超出本人还款能力{shortfall}，故恳请协商与本人能力相符的还款方案。",
    ),
    "statement.no_hardship": ("(Not filled in.)", "（未填写。）"),
    "statement.declaration": (
        "I declare that the above is true and complete to the best of my knowledge.",
        "本人承诺以上情况真实、完整。",
    ),
    "statement.signature": ("Signature: ", "本人签名："),
    "statement.signed_on": ("Date: ", "日期："),
    "statement.na": ("—", "—"),
    # ---- one text catalogue (issue 7): CSV headers (csv_export.py, schedule_csv.py) ----
    "csv.statement.section": ("section", "部分"),
    "csv.statement.item": ("item", "项目"),
    "csv.statement.category": ("category", "类别"),
    "csv.statement.amount": ("amount", "金额"),
    "csv.statement.frequency": ("frequency", "频率"),
    "csv.statement.monthly": ("monthly", "每月"),
    "csv.statement.essential": ("essential", "必需"),
    "csv.statement.overdue": ("overdue", "逾期"),
    "csv.section.income": ("income", "收入"),
    "csv.section.expense": ("expense", "支出"),
    "csv.section.asset": ("asset", "资产"),
    "csv.section.loan": ("loan", "借款"),
    "csv.section.liability": ("other debt", "其他负债"),
    "csv.section.summary": ("summary", "汇总"),
    "csv.summary.monthly_income": ("monthly income", "每月收入"),
    "csv.summary.total_spending": ("monthly spending", "每月支出"),
    "csv.summary.essential_spending": ("essential spending", "必需支出"),
    "csv.summary.cuttable_spending": ("spending that can be cut", "可削减支出"),
    "csv.summary.protected_minimum": ("protected living minimum", "基本生活保障金额"),
    "csv.summary.liability_payments": ("monthly payments on other debts", "其他负债每月还款"),
    "csv.summary.available": ("available for repayment", "每月可用于还款"),
    "csv.summary.contract_demand": ("contracts demand", "合同每月应还"),
    "csv.summary.surplus": ("surplus (negative: shortfall)", "结余（负数为缺口）"),
    "csv.summary.total_assets": ("total assets", "资产合计"),
    "csv.summary.total_liabilities": ("total debts", "负债合计"),
    "csv.summary.net_worth": ("net worth", "净资产"),
    "csv.summary.debt_to_income": ("debt-to-income ratio", "负债收入比"),
    "csv.yes": ("yes", "是"),
    "csv.no": ("no", "否"),
    "csv.schedule.period": ("period", "期数"),
    "csv.schedule.due_date": ("due date", "还款日"),
    "csv.schedule.payment": ("payment", "应还金额"),
    "csv.schedule.principal": ("principal", "本金"),
    "csv.schedule.interest": ("interest", "利息"),
    "csv.schedule.fee": ("fee", "费用"),
    "csv.schedule.balance": ("balance", "剩余本金"),
    "csv.schedule.status": ("status", "状态"),
    "csv.schedule.total": ("total", "合计"),
    # ---- one text catalogue (issue 7): the .docx footer, the budget history chart, where an import problem is ----
    "docx.page": ("Page {page}", "第 {page} 页"),
    "chart.budget.title": ("Budget over time", "预算变化"),
    "chart.budget.income": ("Monthly income", "每月收入"),
    "chart.budget.spending": ("Monthly spending", "每月支出"),
    "chart.budget.available": ("Available for repayment", "每月可用于还款"),
    "chart.budget.demand": ("Contracts demand", "合同每月应还"),
    "chart.budget.debt": ("Total debt", "负债合计"),
    "chart.budget.flows": ("Per month (¥)", "每月金额（元）"),
    "chart.budget.stock": ("Debt (¥)", "负债（元）"),
    "chart.budget.empty": ("No snapshots yet. Keep one each month to see the trend here.", "还没有预算快照。每月保存一次，这里就会显示变化趋势。"),
    "import.at": ("{place}: {problem}", "{place}：{problem}"),
}


STRICT_ENV = "REPAYDESK_STRICT_TEXT"
_log = logging.getLogger("repaydesk")


def strict() -> bool:
    """True when an unknown code or a missing parameter must raise (the test suite sets REPAYDESK_STRICT_TEXT=1)."""
    return os.environ.get(STRICT_ENV) == "1"


def text(code: str, lang: str = "zh_CN", **params: object) -> str:
    """The message for `code` in `lang` ('zh_CN' or 'en'), with params filled in.

    An unknown code or a missing parameter raises KeyError in strict mode; otherwise the
    code, or the template with its {placeholders}, is shown rather than nothing.
    """
    entry = CATALOGUE.get(code)
    if entry is None:
        if strict():
            raise KeyError(f"no message {code!r} in the catalogue")
        _log.warning("no message %r in the catalogue", code)
        return code
    template = entry[1] if lang == "zh_CN" else entry[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError) as missing:
        if strict():
            raise KeyError(f"message {code!r} needs the parameter {missing}") from None
        _log.warning("message %r is missing the parameter %s", code, missing)
        return template


class CodedError(Exception):
    """An error that carries a catalogue code and parameters instead of fixed text."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(text(code, "en", **params))
        self.code = code
        self.params = params

    def message(self, lang: str = "zh_CN") -> str:
        return text(self.code, lang, **self.params)
