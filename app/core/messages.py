"""Bilingual message catalogue for errors raised outside Qt (core validation, vault, CLI).

The Qt layer translates its own widgets with tr(); text born in the core or the store is
looked up here by a stable code, so the CLI and the GUI say the same thing in either language.
Each entry is (English, 简体中文) with str.format placeholders.
"""

from __future__ import annotations

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
    "level.red": ("above the line", "超过界限"),
    "level.amber": ("close to the line", "接近界限"),
    "level.green": ("within the line", "未超过界限"),
    "level.none": ("no verdict", "无法判断"),
    # contact diary and evidence locker (issue 10)
    "diary.attachment_unreadable": ("“{name}” cannot be read: {reason}", "无法读取“{name}”：{reason}"),
    "diary.attachment_empty": ("“{name}” is empty (0 bytes); nothing to keep.", "“{name}”是空文件（0 字节），没有可保存的内容。"),
    "diary.attachment_too_large": ("“{name}” is {size} MB, above the limit of {limit} MB (Settings).", "“{name}”有 {size} MB，超过了设置中的上限 {limit} MB。"),
    "diary.attachment_cancelled": ("The file was not stored: the copy was cancelled.", "已取消复制，文件没有保存。"),
    "diary.attachment_corrupt": ("The stored copy of “{name}” does not match its SHA-256; it was not written.", "“{name}”的存档与其 SHA-256 不符，未导出。"),
    "diary.no_entry": ("There is no diary entry {id}.", "没有编号为 {id} 的联系记录。"),
    "diary.bad_time": ("“{text}” is not a date and time (use YYYY-MM-DDTHH:MM).", "“{text}”不是有效的日期时间（格式：YYYY-MM-DDTHH:MM）。"),
    "diary.bad_flag": ("“{flag}” is not a misconduct flag; known: {known}.", "“{flag}”不是可用的违规标记；可用：{known}。"),
    "diary.exists": ("“{path}” already exists; choose an empty or new folder.", "“{path}”已存在，请选择一个空的或新的文件夹。"),
}


def text(code: str, lang: str = "zh_CN", **params: object) -> str:
    """The message for `code` in `lang` ('zh_CN' or 'en'), with params filled in."""
    en, zh = CATALOGUE.get(code, (code, code))
    template = zh if lang == "zh_CN" else en
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


class CodedError(Exception):
    """An error that carries a catalogue code and parameters instead of fixed text."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(text(code, "en", **params))
        self.code = code
        self.params = params

    def message(self, lang: str = "zh_CN") -> str:
        return text(self.code, lang, **self.params)
