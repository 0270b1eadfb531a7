<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssetForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. savings account</source>
        <translation>例如 储蓄账户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>e.g. 2300</source>
        <translation>例如 2300</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>新增资产</translation>
    </message>
    <message>
        <source>Edit asset</source>
        <translation>编辑资产</translation>
    </message>
</context>
<context>
    <name>AssetModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Take snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <source>Keep today&apos;s figures to see the trend in the History tab</source>
        <translation>保存今天的数字，在“历史”标签页中查看变化趋势</translation>
    </message>
    <message>
        <source>Export financial statement (.docx)…</source>
        <translation>导出财务状况说明（.docx）…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Salary, side jobs, benefits, family support. Weekly and yearly amounts are turned into monthly ones.</source>
        <translation>工资、兼职、补助、家人资助。按周或按年的金额会自动折算成每月金额。</translation>
    </message>
    <message>
        <source>What you spend each month. Mark what is essential; what can be cut is not protected.</source>
        <translation>每月的支出。请标明哪些是必需的；可削减的支出不计入基本生活保障。</translation>
    </message>
    <message>
        <source>Cash and deposits, a car, property, anything of value.</source>
        <translation>现金和存款、车辆、房产以及其他有价值的财物。</translation>
    </message>
    <message>
        <source>Loans from the Loans page appear here by themselves (grey, read-only). Add other debts here: money owed to family, a credit-card balance as one line.</source>
        <translation>“借款”页中的借款会自动列在这里（灰色，只读）。其他债务请在这里添加：欠亲友的钱、信用卡欠款（一行即可）。</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>负债</translation>
    </message>
    <message>
        <source>Statement details</source>
        <translation>说明信息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>收支</translation>
    </message>
    <message>
        <source>Snapshot of %1 kept.</source>
        <translation>已保存 %1 的快照。</translation>
    </message>
    <message>
        <source>Export the financial statement</source>
        <translation>导出财务状况说明</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>正在生成财务状况说明…</translation>
    </message>
    <message>
        <source>The financial statement was saved to:
%1</source>
        <translation>财务状况说明已保存到：
%1</translation>
    </message>
    <message>
        <source>Note: nothing has been entered yet, so the statement is empty.</source>
        <translation>注意：尚未填写任何内容，因此这份说明是空的。</translation>
    </message>
    <message>
        <source>Statement saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The statement was not saved</source>
        <translation>未能保存财务状况说明</translation>
    </message>
    <message>
        <source>Export the budget as CSV</source>
        <translation>将收支导出为 CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>CSV saved</source>
        <translation>CSV 已保存</translation>
    </message>
    <message>
        <source>The budget was saved to:
%1</source>
        <translation>收支数据已保存到：
%1</translation>
    </message>
    <message>
        <source>Print the financial statement</source>
        <translation>打印财务状况说明</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this until the vault is locked.</source>
        <translation>删除“%1”？在锁定保险库之前可以撤销。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with the new password. Backups made before keep the old one.</source>
        <translation>保险库将用新密码重新加密。之前的备份仍使用旧密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>确认新密码(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Suggest a password</source>
        <translation>推荐一个密码(&amp;S)</translation>
    </message>
    <message>
        <source>Five random words: strong, and easier to remember than symbols. Write it down.</source>
        <translation>随机的五个词：很强，也比符号好记。请把它抄下来。</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Still owed</source>
        <translation>剩余欠款</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>利息和费用</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>每月还款</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>CustomScheduleEditor</name>
    <message>
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除该行</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overdue loans</source>
        <translation>逾期借款</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Still owed on your loans</source>
        <translation>借款尚欠总额</translation>
    </message>
    <message>
        <source>Principal not yet repaid + all contract interest and fees still to come (future instalments included) + penalty interest and late fees charged up to today</source>
        <translation>未还本金 + 合同约定的全部剩余利息和费用（含尚未到期的各期）+ 截至今天已产生的罚息和滞纳金</translation>
    </message>
    <message>
        <source>of which principal:</source>
        <translation>其中本金：</translation>
    </message>
    <message>
        <source>Open loans:</source>
        <translation>未结清借款：</translation>
    </message>
    <message>
        <source>Regular instalments per month</source>
        <translation>每月常规应还</translation>
    </message>
    <message>
        <source>Loans still within their term, from now on</source>
        <translation>仍在还款期内的借款，从现在起每月应还</translation>
    </message>
    <message>
        <source>You can pay:</source>
        <translation>每月可用于还款：</translation>
    </message>
    <message>
        <source>The monthly amount available for repayment, from the Budget page</source>
        <translation>每月可用于还款的金额，来自“收支”页</translation>
    </message>
    <message>
        <source>Shortfall:</source>
        <translation>缺口：</translation>
    </message>
    <message>
        <source>Enter your income and spending on the Budget page to compare.</source>
        <translation>在“收支”页填写收入和支出后即可对比。</translation>
    </message>
    <message>
        <source>Overdue now:</source>
        <translation>目前已逾期：</translation>
    </message>
    <message>
        <source>Arrears to negotiate, not a monthly amount; penalties and late fees in brackets</source>
        <translation>需要协商的既往欠款，不是每月金额；括号内为罚息及滞纳金</translation>
    </message>
    <message>
        <source>Lump sums in 12 months:</source>
        <translation>12个月内一次性还款：</translation>
    </message>
    <message>
        <source>Loans above a legal line</source>
        <translation>超过法定红线的借款</translation>
    </message>
    <message>
        <source>Not legal advice: see the Guide, and ask legal aid (12348).</source>
        <translation>这不是法律意见：请看“指南”，或咨询法律援助（12348）。</translation>
    </message>
    <message>
        <source>Longest overdue:</source>
        <translation>最长逾期：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due in the next %1 days</source>
        <translation>未来 %1 天内到期</translation>
    </message>
    <message>
        <source>Nothing falls due in this period.</source>
        <translation>这段时间内没有到期的还款。</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Penalties to date</source>
        <translation>至今罚息及滞纳金</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No loan is overdue.</source>
        <translation>没有逾期的借款。</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>没有待跟进事项。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>还没有联系记录。</translation>
    </message>
    <message>
        <source>Click a loan to open it on the Loans page</source>
        <translation>点击借款，在“借款”页中打开</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due by tomorrow</source>
        <translation>已过期或明天之前的待跟进事项</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due in the next %1 days</source>
        <translation>已过期或未来 %1 天内的待跟进事项</translation>
    </message>
    <message>
        <source>Surplus:</source>
        <translation>结余：</translation>
    </message>
    <message>
        <source>%1 (+ %2 penalties)</source>
        <translation>%1（另罚息等 %2）</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
</context>
<context>
    <name>DataForm</name>
    <message>
        <source>Spread the total evenly</source>
        <translation>按期数平均分摊</translation>
    </message>
    <message>
        <source>The same total in this many equal monthly instalments, from the first due date</source>
        <translation>把同一总额按所选期数平均分摊到每月，从首期还款日起算</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Mark follow-up done</source>
        <translation>标记跟进已完成</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>存入时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete the original from disk after storing it</source>
        <translation>存入后从磁盘删除原文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Kept encrypted in the vault; the originals are never changed.</source>
        <translation>文件加密保存在保险库中；原文件不会被改动。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Evidence files (%1)</source>
        <translation>证据文件（%1）</translation>
    </message>
    <message>
        <source>added</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>保管记录：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Someone else contacted</source>
        <translation>被联系的其他人</translation>
    </message>
    <message>
        <source>What I asked</source>
        <translation>我提出的要求</translation>
    </message>
    <message>
        <source>What they said or offered</source>
        <translation>对方的答复或方案</translation>
    </message>
    <message>
        <source>Promises and deadlines</source>
        <translation>承诺和期限</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Flagged: what the rules say</source>
        <translation>已标记：相关规定</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>可以采取的措施</translation>
    </message>
    <message>
        <source>%1, done on %2</source>
        <translation>%1，已于 %2 完成</translation>
    </message>
    <message>
        <source>Attach a file as evidence</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <source>Storing %1 … %p%</source>
        <translation>正在存入 %1 … %p%</translation>
    </message>
    <message>
        <source>The original file changed after it was stored, so it was not deleted.</source>
        <translation>原文件在存入后发生了变化，因此没有删除。</translation>
    </message>
    <message>
        <source>Export the file to</source>
        <translation>将文件导出到</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>DiaryEntryDialog</name>
    <message>
        <source>New diary entry</source>
        <translation>新建联系记录</translation>
    </message>
    <message>
        <source>Edit diary entry</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <source>A loan&apos;s lender, or any name (agency, unknown caller)</source>
        <translation>借款机构，或任意名称（催收公司、不明来电）</translation>
    </message>
    <message>
        <source>e.g. collector, customer service, legal department</source>
        <translation>例如：催收员、客服、法务部</translation>
    </message>
    <message>
        <source>as they gave it or as it showed</source>
        <translation>按对方所报或来电显示填写</translation>
    </message>
    <message>
        <source>if they contacted someone else: my mother, my employer …</source>
        <translation>如果对方联系了别人：我母亲、我的单位 …</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>一句话说明发生了什么</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>separated by commas or spaces</source>
        <translation>用逗号或空格分隔</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lender</source>
        <translation>机构(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>方式(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>方向(&amp;D)</translation>
    </message>
    <message>
        <source>Who (role)</source>
        <translation>对方身份</translation>
    </message>
    <message>
        <source>Name they gave</source>
        <translation>对方自报姓名</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Someone else contacted</source>
        <translation>被联系的其他人</translation>
    </message>
    <message>
        <source>This time is in the future. Check the date and time.</source>
        <translation>这个时间在将来，请检查日期和时间。</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>What I asked</source>
        <translation>我提出的要求</translation>
    </message>
    <message>
        <source>What they said or offered</source>
        <translation>对方的答复或方案</translation>
    </message>
    <message>
        <source>Promises and deadlines</source>
        <translation>承诺和期限</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Collection misconduct</source>
        <translation>违规催收</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Suggested from what you entered (bold): check them before saving.</source>
        <translation>根据填写内容建议的标记（粗体）：保存前请核对。</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Contact diary</source>
        <translation>联系日志</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Evidence report…</source>
        <translation>证据清单…</translation>
    </message>
    <message>
        <source>Evidence package…</source>
        <translation>证据包…</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Search everything: words, names, staff IDs, phone numbers</source>
        <translation>搜索全部内容：文字、姓名、工号、电话号码</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Flagged or not</source>
        <translation>不限标记</translation>
    </message>
    <message>
        <source>Any misconduct flag</source>
        <translation>有任何违规标记</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完成的跟进</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or overdue.</source>
        <translation>
            <numerusform>有 %n 项跟进今天到期或已过期。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <source>All lenders</source>
        <translation>全部机构</translation>
    </message>
    <message numerus="yes">
        <source>Delete the entry “%1” and its %n file(s)?</source>
        <translation>
            <numerusform>删除记录“%1”及其 %n 个文件？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Save the evidence report</source>
        <translation>保存证据清单</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Where to put the evidence package</source>
        <translation>证据包保存位置</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Written to:
%1

The app cannot certify time: for court use, take the SHA256SUMS manifest and the files to a notary or a trusted timestamp service.</source>
        <translation>已写入：
%1

本软件无法证明时间：如需用于诉讼，请将 SHA256SUMS 清单及文件交公证机构公证，或通过可信时间戳服务固定。</translation>
    </message>
</context>
<context>
    <name>DiaryTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1（已完成）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <source>Request to negotiate repayment (协商还款申请书)</source>
        <translation>协商还款申请书</translation>
    </message>
    <message>
        <source>Request for an extension (延期/展期还款申请)</source>
        <translation>延期/展期还款申请</translation>
    </message>
    <message>
        <source>Instalment agreement (分期还款协议)</source>
        <translation>分期还款（补充）协议</translation>
    </message>
    <message>
        <source>Statement of financial circumstances (财务状况说明)</source>
        <translation>财务状况说明</translation>
    </message>
    <message>
        <source>Complaint about collection (投诉信)</source>
        <translation>投诉信（违规催收）</translation>
    </message>
    <message>
        <source>Credit report objection (征信异议申请)</source>
        <translation>征信异议申请</translation>
    </message>
    <message>
        <source>Credit card instalment plan (个性化分期申请)</source>
        <translation>信用卡个性化分期申请</translation>
    </message>
    <message>
        <source>You (borrower)</source>
        <translation>本人（借款人）</translation>
    </message>
    <message>
        <source>You (applicant)</source>
        <translation>本人（申请人）</translation>
    </message>
    <message>
        <source>You (complainant)</source>
        <translation>本人（投诉人）</translation>
    </message>
    <message>
        <source>You (cardholder)</source>
        <translation>本人（持卡人）</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Original contract</source>
        <translation>原借款合同</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>实际到手</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Rate as the contract states it</source>
        <translation>合同约定的利率</translation>
    </message>
    <message>
        <source>Overdue since</source>
        <translation>逾期起始日</translation>
    </message>
    <message>
        <source>Amount overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>What is owed</source>
        <translation>欠款情况</translation>
    </message>
    <message>
        <source>As the lender claims it</source>
        <translation>按机构主张的金额</translation>
    </message>
    <message>
        <source>The lawful balance (when known)</source>
        <translation>依法应还余额（已知时）</translation>
    </message>
    <message>
        <source>The document states</source>
        <translation>文书中写明</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Penalty interest and late fees</source>
        <translation>罚息及滞纳金</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>What you propose</source>
        <translation>还款方案</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>新的还款计划</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <translation>展期（月）</translation>
    </message>
    <message>
        <source>Grace period (months)</source>
        <translation>宽限期（月）</translation>
    </message>
    <message>
        <source>Waiver asked</source>
        <translation>申请减免</translation>
    </message>
    <message>
        <source>New annual rate asked (%)</source>
        <translation>申请调整后的年利率（%）</translation>
    </message>
    <message>
        <source>One-off settlement offered</source>
        <translation>一次性结清金额</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>Your circumstances</source>
        <translation>困难情况</translation>
    </message>
    <message>
        <source>You can pay each month</source>
        <translation>每月可还金额</translation>
    </message>
    <message>
        <source>Ask to waive the penalties</source>
        <translation>申请减免罚息</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Payments resume on</source>
        <translation>恢复还款日期</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>Lender&apos;s account</source>
        <translation>出借方收款账户</translation>
    </message>
    <message>
        <source>Default after (days late)</source>
        <translation>逾期多少天视为违约</translation>
    </message>
    <message>
        <source>Court for disputes</source>
        <translation>争议管辖法院</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Staff or collectors</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>Facts (flagged diary entries)</source>
        <translation>事实（日记中标记违规的记录）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Misconduct</source>
        <translation>违规行为</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>您的请求</translation>
    </message>
    <message>
        <source>Evidence (one per line)</source>
        <translation>证据（每行一项）</translation>
    </message>
    <message>
        <source>The entry in the report</source>
        <translation>信用报告中的记录</translation>
    </message>
    <message>
        <source>What it should say</source>
        <translation>应更正为</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Interest and fees continue during the plan</source>
        <translation>分期期间继续计收利息和费用</translation>
    </message>
    <message>
        <source>the amount the lender claims</source>
        <translation>机构主张的金额</translation>
    </message>
    <message>
        <source>the lawful balance</source>
        <translation>依法应还的余额</translation>
    </message>
    <message>
        <source>the lender&apos;s complaints department</source>
        <translation>机构的投诉处理部门</translation>
    </message>
    <message>
        <source>the financial regulator (12378)</source>
        <translation>金融监管总局（12378）</translation>
    </message>
    <message>
        <source>the People&apos;s Bank (12363)</source>
        <translation>中国人民银行（12363）</translation>
    </message>
    <message>
        <source>the local financial regulator</source>
        <translation>地方金融管理部门</translation>
    </message>
    <message>
        <source>the consumers&apos; association</source>
        <translation>消费者协会</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Fill in again from the vault</source>
        <translation>重新从保险库填写</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>协商方案</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文书语言</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as Word (.docx)…</source>
        <translation>保存为 Word（.docx）…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Edit the wording…</source>
        <translation>修改措辞…</translation>
    </message>
    <message>
        <source>Sent? To whom, when…</source>
        <translation>是否寄出、寄给谁、何时…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Documents made so far (each file is kept in the vault)</source>
        <translation>已生成的文书（每份文件都保存在保险库中）</translation>
    </message>
    <message>
        <source>(the most relevant loan)</source>
        <translation>（自动选择最相关的借款）</translation>
    </message>
    <message>
        <source>By default the scenario marked as the proposal for this lender on the Scenarios page, else penalties waived and equal monthly instalments</source>
        <translation>默认使用在“还款方案”页标记给该出借方的协商方案；没有时减免罚息、按月等额分期</translation>
    </message>
    <message>
        <source>(the marked scenario, else the default)</source>
        <translation>（已标记的方案，否则默认方案）</translation>
    </message>
    <message>
        <source>Default: penalties waived, equal monthly instalments</source>
        <translation>默认：减免罚息，按月等额分期</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>方案“%1”</translation>
    </message>
    <message>
        <source>marked for %1</source>
        <translation>已标记给 %1</translation>
    </message>
    <message>
        <source>Every field is filled from your vault; change anything before you print or save.</source>
        <translation>各项内容已从保险库自动填写；打印或保存前可以修改任何一项。</translation>
    </message>
    <message>
        <source>The proposal is the saved scenario “%1”.</source>
        <translation>协商方案取自已保存的方案“%1”。</translation>
    </message>
    <message>
        <source>It pays nothing to this lender, so it has no schedule: an agreement cannot be drafted from it.</source>
        <translation>该方案不向此出借方还款，因此没有还款计划，无法据此起草分期还款协议。</translation>
    </message>
    <message>
        <source>No saved scenario is used: the default proposal (penalties waived, equal monthly instalments).</source>
        <translation>未使用已保存的方案：采用默认方案（减免罚息，按月等额分期）。</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>正在生成文书…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>文书已保存</translation>
    </message>
    <message>
        <source>Saved to:
%1

A copy is kept in the vault.</source>
        <translation>已保存到：
%1

保险库中也保存了一份副本。</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <source>The wording of this document cannot be changed yet.</source>
        <translation>这份文书的措辞暂时不能修改。</translation>
    </message>
    <message>
        <source>Our wording is back.</source>
        <translation>已恢复默认措辞。</translation>
    </message>
    <message>
        <source>Your wording is saved.</source>
        <translation>您的措辞已保存。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the record of “%1” and the copy kept in the vault? The file you saved stays where it is.</source>
        <translation>删除“%1”的记录及保险库中的副本吗？您已保存在别处的文件不受影响。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed by the failed step. The details below contain no personal data: you can copy them into a bug report.</source>
        <translation>发生了意外错误；失败的这一步没有改动任何内容。下面的详细信息不含个人数据，可以复制到问题报告中。</translation>
    </message>
</context>
<context>
    <name>ExpenseForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. rent</source>
        <translation>例如 房租</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>e.g. 1500</source>
        <translation>例如 1500</translation>
    </message>
    <message>
        <source>Fixed or variable</source>
        <translation>固定或变动</translation>
    </message>
    <message>
        <source>Essential (cannot be cut)</source>
        <translation>必要（不可削减）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>新增支出</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>编辑支出</translation>
    </message>
</context>
<context>
    <name>ExpenseModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Fixed or variable</source>
        <translation>固定或变动</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Can be cut</source>
        <translation>可削减</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FeesEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount or %</source>
        <translation>金额或百分比</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收取方式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add fee</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <source>Remove fee</source>
        <translation>删除费用</translation>
    </message>
    <message>
        <source>e.g. 500 or 3%</source>
        <translation>例如 500 或 3%</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>RepayDesk — welcome</source>
        <translation>还款协商助手 —— 欢迎</translation>
    </message>
    <message>
        <source>Welcome to RepayDesk</source>
        <translation>欢迎使用还款协商助手</translation>
    </message>
    <message>
        <source>RepayDesk keeps your loans, budget and contacts with lenders in one encrypted file on this computer. Nothing is sent anywhere.</source>
        <translation>还款协商助手把您的借款、收支和与出借方的联系记录保存在本机的一个加密文件中，不会发送到任何地方。</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>新建保险库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember, e.g. four unrelated words.</source>
        <translation>使用一个您记得住的长密码短语，例如四个不相关的词。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Suggest a password</source>
        <translation>推荐一个密码(&amp;S)</translation>
    </message>
    <message>
        <source>Five random words: strong, and easier to remember than symbols. Write it down.</source>
        <translation>随机的五个词：很强，也比符号好记。请把它抄下来。</translation>
    </message>
    <message>
        <source>Write the password down and keep it safe. If you lose it, nobody — not even the makers of RepayDesk — can open the vault again: there is no recovery.</source>
        <translation>请把密码写下来并妥善保管。一旦遗失，任何人——包括还款协商助手的开发者——都无法再打开这个保险库：密码无法找回。</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>Open an existing vault file…</source>
        <translation>打开已有的保险库文件…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Open a throwaway vault with sample data; nothing is kept.</source>
        <translation>打开一个带示例数据的临时保险库；不会保存任何内容。</translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation>打开保险库文件</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>The way through, step by step</source>
        <translation>一步一步走出困境</translation>
    </message>
    <message>
        <source>1. Take stock: enter every loan with its real terms — the amount you actually received, the rate, every fee (agency, service, membership, guarantee, insurance…) and what is overdue.</source>
        <translation>1. 摸清家底：录入每一笔借款的真实条件——实际到手金额、利率、每一项费用（中介费、服务费、会员费、担保费、保险费……）以及逾期情况。</translation>
    </message>
    <message>
        <source>2. Know what you can pay: income, essential spending, assets and other debts give the monthly amount that can honestly go to repayment.</source>
        <translation>2. 量力而行：根据收入、必要支出、资产和其他债务，算出每月真正能用于还款的金额。</translation>
    </message>
    <message>
        <source>3. Plan: compare payoff orders and negotiated what-ifs within that amount.</source>
        <translation>3. 制定方案：在这个金额之内比较不同的还款顺序和协商假设。</translation>
    </message>
    <message>
        <source>4. Negotiate: contact each lender yourself, keep a diary of every contact and keep the evidence.</source>
        <translation>4. 协商：亲自联系每一家出借方，记录每一次沟通并保留证据。</translation>
    </message>
    <message>
        <source>5. Put it in writing: ask for any agreement in writing, with the amounts and the schedule.</source>
        <translation>5. 落实书面：任何约定都要求书面确认，写明金额和还款计划。</translation>
    </message>
    <message>
        <source>6. Follow through: pay as agreed and record each payment.</source>
        <translation>6. 履约跟进：按约定还款，并记录每一笔还款。</translation>
    </message>
    <message>
        <source>Beware of paid “agents”</source>
        <translation>警惕收费“代理”</translation>
    </message>
    <message>
        <source>Do not pay “debt optimisation” or “negotiation agents”, “anti-collection” services or anyone promising to “clean” your credit record (征信洗白). Regulators warn that these are scams: accurate negative records cannot be deleted, and an objection to a wrong record is free.</source>
        <translation>不要向“债务优化”“协商代理”“反催收”服务或任何承诺“征信洗白”的人付钱。监管部门提醒这些都是骗局：真实的不良记录无法删除，对错误记录提出异议是免费的。</translation>
    </message>
    <message>
        <source>You can negotiate with a lender yourself; it costs nothing.</source>
        <translation>您可以自己与出借方协商，不需要花钱。</translation>
    </message>
    <message>
        <source>Where to complain</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>First complain to the lender itself, in writing; it should answer within 15 days (30 if complex).</source>
        <translation>先向出借机构本身书面投诉；机构应在 15 日内答复（情况复杂的 30 日）。</translation>
    </message>
    <message>
        <source>12378 — the financial regulator’s consumer hotline (banks, consumer finance companies).</source>
        <translation>12378 —— 金融监管部门消费者投诉热线（银行、消费金融公司）。</translation>
    </message>
    <message>
        <source>12363 — the People’s Bank of China, including credit-report questions and objections.</source>
        <translation>12363 —— 中国人民银行，包括征信查询与异议。</translation>
    </message>
    <message>
        <source>12348 — public legal aid.</source>
        <translation>12348 —— 公共法律服务（法律援助）。</translation>
    </message>
    <message>
        <source>110 — the police, if you are threatened or your safety is at risk.</source>
        <translation>110 —— 报警：受到威胁或人身安全受到危害时。</translation>
    </message>
    <message>
        <source>Not legal advice</source>
        <translation>不是法律意见</translation>
    </message>
    <message>
        <source>This app helps you organise facts and draft letters. It is not legal advice; for a decision that matters, ask a lawyer or legal aid (12348).</source>
        <translation>本应用帮助您整理事实、起草文书，不是法律意见；重要决定请咨询律师或法律援助（12348）。</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>寄给</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Take a snapshot each month (button above) to see how your budget and debts change.</source>
        <translation>每月保存一次快照（上方按钮），就能看到收支和负债的变化。</translation>
    </message>
</context>
<context>
    <name>IncomeForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. salary from the warehouse job</source>
        <translation>例如 仓库工作的工资</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>e.g. 5800 or 1.2万</source>
        <translation>例如 5800 或 1.2万</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New income source</source>
        <translation>新增收入来源</translation>
    </message>
    <message>
        <source>Edit income source</source>
        <translation>编辑收入来源</translation>
    </message>
</context>
<context>
    <name>IncomeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LiabilityForm</name>
    <message>
        <source>Owed to</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>e.g. my cousin, or a credit card</source>
        <translation>例如 表哥，或某张信用卡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>欠款余额</translation>
    </message>
    <message>
        <source>e.g. 20000 or 2万</source>
        <translation>例如 20000 或 2万</translation>
    </message>
    <message>
        <source>Paid per month</source>
        <translation>每月还款</translation>
    </message>
    <message>
        <source>0 if nothing is agreed</source>
        <translation>没有约定则填 0</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New debt</source>
        <translation>新增债务</translation>
    </message>
    <message>
        <source>Edit debt</source>
        <translation>编辑债务</translation>
    </message>
</context>
<context>
    <name>LiabilityModel</name>
    <message>
        <source>Owed to</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未还本金</translation>
    </message>
    <message>
        <source>Due per month</source>
        <translation>每月应还</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Loan (from the register)</source>
        <translation>借款（来自借款登记）</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Read-only here: this loan comes from the Loans page.</source>
        <translation>此处只读：这笔借款来自“借款”页面。</translation>
    </message>
</context>
<context>
    <name>LoanEditorDialog</name>
    <message>
        <source>Edit loan</source>
        <translation>编辑借款</translation>
    </message>
    <message>
        <source>Add a loan</source>
        <translation>添加借款</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Platform, company or person</source>
        <translation>平台、公司或个人</translation>
    </message>
    <message>
        <source>e.g. 10000 or 1万</source>
        <translation>例如 10000 或 1万</translation>
    </message>
    <message>
        <source>what reached your account</source>
        <translation>实际到账金额</translation>
    </message>
    <message>
        <source>e.g. 18, 1.5 or 0.05</source>
        <translation>例如 18、1.5 或 0.05</translation>
    </message>
    <message>
        <source>If fees or interest were kept back when the money was paid out (砍头息), enter what you actually got.</source>
        <translation>如果放款时预先扣除了费用或利息（砍头息），请填写实际到手的金额。</translation>
    </message>
    <message>
        <source>&amp;Lender:</source>
        <translation>出借方(&amp;L)：</translation>
    </message>
    <message>
        <source>Lender &amp;type:</source>
        <translation>出借方类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Contract &amp;no.:</source>
        <translation>合同编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Principal on the contract:</source>
        <translation>合同本金(&amp;P)：</translation>
    </message>
    <message>
        <source>Amount actually &amp;received:</source>
        <translation>实际到手金额(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Contract date:</source>
        <translation>合同日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;First due date:</source>
        <translation>首个还款日(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>期数(&amp;I)：</translation>
    </message>
    <message>
        <source>Preview: fill in the marked items.</source>
        <translation>预览：请填写标红的项目。</translation>
    </message>
    <message>
        <source>the principal</source>
        <translation>合同本金</translation>
    </message>
    <message>
        <source>the amount received</source>
        <translation>实际到手金额</translation>
    </message>
    <message>
        <source>the contract date</source>
        <translation>合同日期</translation>
    </message>
    <message>
        <source>the first due date</source>
        <translation>首个还款日</translation>
    </message>
    <message>
        <source>the term</source>
        <translation>借款期限</translation>
    </message>
    <message>
        <source>the instalments</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>the rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>the lender&apos;s schedule</source>
        <translation>平台的还款计划</translation>
    </message>
    <message>
        <source>the fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>the penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>the late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Preview: fill in %1.</source>
        <translation>预览：请填写%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Repayment &amp;method:</source>
        <translation>还款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Advertised rate:</source>
        <translation>宣传利率(&amp;A)：</translation>
    </message>
    <message>
        <source>Lender&apos;s &amp;schedule:</source>
        <translation>平台还款计划(&amp;S)：</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Every fee besides interest: 中介费, 服务费, 会员费, 担保费, 权益费, 保险费 … as an amount (500) or a percent of the principal (3%).</source>
        <translation>利息之外的每一项费用：中介费、服务费、会员费、担保费、权益费、保险费……填写金额（如 500）或占本金的百分比（如 3%）。</translation>
    </message>
    <message>
        <source>Penalties if late</source>
        <translation>逾期罚则</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>¥ per late instalment</source>
        <translation>元 / 每期逾期</translation>
    </message>
    <message>
        <source>% of the late instalment</source>
        <translation>% 逾期当期金额</translation>
    </message>
    <message>
        <source>Penalty interest (罚息):</source>
        <translation>罚息：</translation>
    </message>
    <message>
        <source>Late fee (滞纳金):</source>
        <translation>滞纳金：</translation>
    </message>
    <message>
        <source>Status and notes</source>
        <translation>状态与备注</translation>
    </message>
    <message>
        <source>the lender&apos;s phone numbers</source>
        <translation>平台的电话号码</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Platform&apos;s p&amp;hone numbers:</source>
        <translation>平台电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Company&apos;s p&amp;hone numbers:</source>
        <translation>公司电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Bank&apos;s p&amp;hone numbers:</source>
        <translation>银行电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Lender&apos;s p&amp;hone numbers:</source>
        <translation>出借人电话(&amp;H)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Fee %1: %2</source>
        <translation>费用 %1：%2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>借款期限(&amp;E)：</translation>
    </message>
    <message>
        <source>due on %1</source>
        <translation>到期日 %1</translation>
    </message>
    <message>
        <source>%1 was kept back at payout (砍头息). In law the principal is the %2 you received.</source>
        <translation>放款时被预先扣除 %1（砍头息）。依法本金应按实际到手的 %2 计算。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>Preview: first instalment %1 on %2 · real APR %3 % compound (%4 % simple) · advertised %5 % a year</source>
        <translation>预览：首期 %1（%2）· 实际年化 %3%（复利）/ %4%（单利）· 宣传年利率 %5%</translation>
    </message>
</context>
<context>
    <name>LoanTableModel</name>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未还本金</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次还款</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Real APR</source>
        <translation>实际年化</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>The real cost could not be computed.</source>
        <translation>无法计算实际成本。</translation>
    </message>
    <message>
        <source>Compound %1 % · simple %2 % · %3</source>
        <translation>复利 %1% · 单利 %2% · %3</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>Real cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>还款记录</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Add loan</source>
        <translation>添加借款</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>记录还款</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>LPR table…</source>
        <translation>LPR 利率表…</translation>
    </message>
    <message>
        <source>Filter by lender, contract no. or phone</source>
        <translation>按机构、合同编号或电话筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n payment(s) on the instalments&apos; due dates.</source>
        <translation>
            <numerusform>已按各期应还日记录 %n 笔还款。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the loan “%1” and its %n payment(s)?</source>
        <translation>
            <numerusform>删除借款“%1”及其 %n 条还款记录？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete loan</source>
        <translation>删除借款</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Delete the payment of %1 made on %2?</source>
        <translation>删除 %2 的这笔 %1 还款记录？</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>删除还款记录</translation>
    </message>
    <message>
        <source>Deleted the payment of %1.</source>
        <translation>已删除 %1 的还款记录。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>LprDialog</name>
    <message>
        <source>One-year LPR table</source>
        <translation>一年期 LPR 利率表</translation>
    </message>
    <message>
        <source>The one-year Loan Prime Rate decides the line for private loans (4 × the LPR at the contract date). When a new LPR is published, add it here.</source>
        <translation>一年期贷款市场报价利率（LPR）决定民间借贷的利率上限（合同成立时 LPR 的 4 倍）。公布新的 LPR 后，请在这里添加。</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>利率 %</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>e.g. 3.00</source>
        <translation>例如 3.00</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove mine</source>
        <translation>删除我添加的(&amp;R)</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>公布日期：</translation>
    </message>
    <message>
        <source>Rate %:</source>
        <translation>利率 %：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>您添加的</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>应用自带</translation>
    </message>
    <message>
        <source>Added: %1 % from %2.</source>
        <translation>已添加：%2 起 %1%。</translation>
    </message>
    <message>
        <source>Only rows you added can be removed.</source>
        <translation>只能删除您自己添加的行。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RepayDesk</source>
        <translation>还款协商助手</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue: %1 — open the diary</source>
        <translation>今天到期或已过期的跟进：%1 条 — 打开联系日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>新建保险库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create another vault file</source>
        <translation>新建另一个保险库文件</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>打开保险库(&amp;O)…</translation>
    </message>
    <message>
        <source>Lock this vault and open another file</source>
        <translation>锁定当前保险库并打开另一个文件</translation>
    </message>
    <message>
        <source>New &amp;diary entry…</source>
        <translation>新建联系记录(&amp;D)…</translation>
    </message>
    <message>
        <source>Record a contact with a lender or collector</source>
        <translation>记录一次与借款机构或催收方的联系</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the vault</source>
        <translation>写入保险库的加密副本</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Close the vault and hide everything until the password is entered</source>
        <translation>关闭保险库并隐藏所有内容，直到再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RepayDesk</source>
        <translation>关于还款协商助手(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Offline &amp;&amp; privacy</source>
        <translation>离线与隐私(&amp;O)</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>The vault file is encrypted with your password (SQLCipher).</source>
        <translation>保险库文件已用您的密码加密（SQLCipher）。</translation>
    </message>
    <message>
        <source>Demo vault — nothing is kept</source>
        <translation>演示保险库——不会保存任何内容</translation>
    </message>
    <message>
        <source>Locks in %1 when idle</source>
        <translation>空闲 %1 后锁定</translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation>新的保险库文件</translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation>打开保险库文件</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>将保险库备份到</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>An encrypted backup was written to:
%1
It opens with the same password.</source>
        <translation>加密备份已写入：
%1
使用相同的密码即可打开。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>About RepayDesk</source>
        <translation>关于还款协商助手</translation>
    </message>
    <message>
        <source>Offline &amp; privacy</source>
        <translation>离线与隐私</translation>
    </message>
    <message>
        <source>Quit RepayDesk</source>
        <translation>退出还款协商助手</translation>
    </message>
    <message>
        <source>Close the vault and quit?</source>
        <translation>关闭保险库并退出？</translation>
    </message>
</context>
<context>
    <name>MonthAmounts</name>
    <message>
        <source>Month no.</source>
        <translation>第几个月</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Row %1: the month is a number from 1 (the first month).</source>
        <translation>第 %1 行：月份应为从 1（第一个月）开始的数字。</translation>
    </message>
</context>
<context>
    <name>MonthTableModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可还金额</translation>
    </message>
    <message>
        <source>Minimums due</source>
        <translation>应还最低额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实还</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Penalties and fees</source>
        <translation>罚息及费用</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>剩余欠款</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment — %1</source>
        <translation>记录还款 — %1</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>例如 500</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>还款日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Filled in from the next unpaid instalment, due %1. Change them to what you paid.</source>
        <translation>已按下一期未还款（应还日 %1）预填，请改成您实际还款的日期和金额。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This payment goes to: fees %1 → penalty interest and late fees %2 → interest %3 → principal %4</source>
        <translation>这笔还款冲抵：费用 %1 → 罚息及滞纳金 %2 → 利息 %3 → 本金 %4</translation>
    </message>
    <message>
        <source>Order: expenses, then penalty interest and late fees, then interest, then principal (Civil Code art. 561).</source>
        <translation>冲抵顺序：先费用，再罚息及滞纳金，再利息，最后本金（《民法典》第五百六十一条）。</translation>
    </message>
    <message>
        <source>%1 is more than the schedule still asks for.</source>
        <translation>%1 超出了还款计划尚需偿还的金额。</translation>
    </message>
    <message>
        <source>Principal outstanding: %1 → %2</source>
        <translation>未还本金：%1 → %2</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Record payment…</source>
        <translation>记录还款…</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>删除还款记录</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Paid %1: principal %2, interest %3, fees %4. Still owed: principal %5, interest %6, fees %7, penalties %8.</source>
        <translation>已还 %1：本金 %2，利息 %3，费用 %4。尚欠：本金 %5，利息 %6，费用 %7，罚息及滞纳金 %8。</translation>
    </message>
</context>
<context>
    <name>RealCostPanel</name>
    <message>
        <source>Advertised (a year)</source>
        <translation>宣传利率（年）</translation>
    </message>
    <message>
        <source>Real APR, simple</source>
        <translation>实际年化（单利）</translation>
    </message>
    <message>
        <source>Real APR, compound (IRR)</source>
        <translation>实际年化（复利，IRR）</translation>
    </message>
    <message>
        <source>Legal lines</source>
        <translation>法律界限</translation>
    </message>
    <message>
        <source>Lawful balance</source>
        <translation>依法应还余额</translation>
    </message>
    <message>
        <source>The law would count</source>
        <translation>按法律计算</translation>
    </message>
    <message>
        <source>The lender claims</source>
        <translation>出借方主张</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Overdue charges</source>
        <translation>逾期费用</translation>
    </message>
    <message>
        <source>Accrued up to:</source>
        <translation>计算截至：</translation>
    </message>
    <message>
        <source>IRR of the dated cash flows (XIRR)</source>
        <translation>按实际日期的现金流计算 IRR（XIRR）</translation>
    </message>
    <message>
        <source>IRR per period</source>
        <translation>按期计算 IRR</translation>
    </message>
    <message>
        <source>PBOC announcement 〔2021〕 No. 3: simple = period rate × %1, compound = (1 + period rate)^%1 − 1; %2. Starts from the %3 actually received; total repaid %4.</source>
        <translation>依据中国人民银行公告〔2021〕第3号：单利 = 期利率 × %1，复利 = (1 + 期利率)^%1 − 1；%2。以实际到手的 %3 为起点；还款合计 %4。</translation>
    </message>
    <message>
        <source>Restated principal (the amount actually received): %1 instead of %2 on the contract.</source>
        <translation>应认定的本金（实际到手金额）：%1，而不是合同上的 %2。</translation>
    </message>
    <message>
        <source>No legal line could be checked for this loan.</source>
        <translation>这笔借款无法对照任何法律界限。</translation>
    </message>
    <message>
        <source>From %1: at most %2 % a year (%3)</source>
        <translation>自 %1 起：年化不超过 %2 %（%3）</translation>
    </message>
    <message>
        <source>the loan&apos;s own rate</source>
        <translation>借款本身的利率</translation>
    </message>
    <message>
        <source>Days overdue: %1 · instalments overdue: %2 · amount overdue: %3</source>
        <translation>逾期天数：%1 · 逾期期数：%2 · 逾期金额：%3</translation>
    </message>
    <message>
        <source>Penalty interest (罚息): %1 · late fees (滞纳金): %2</source>
        <translation>罚息：%1 · 滞纳金：%2</translation>
    </message>
    <message>
        <source>Of these charges, %1 was paid out of your payments (they come first, Civil Code art. 561); %2 is unpaid.</source>
        <translation>其中 %1 已从您的还款中扣除（按《民法典》第五百六十一条优先冲抵）；尚有 %2 未付。</translation>
    </message>
    <message>
        <source>No overdue charges have accrued by this date.</source>
        <translation>截至该日期没有产生逾期费用。</translation>
    </message>
    <message>
        <source>With these charges the all-in cost is %1 % a year (simple, comparable with the simple real APR above): above the %2 % line.</source>
        <translation>计入这些费用后，综合年化成本（单利，与上方“实际年化（单利）”口径相同）为 %1%：超过 %2% 的界限。</translation>
    </message>
    <message>
        <source>With these charges the all-in cost is %1 % a year (simple, comparable with the simple real APR above): within the %2 % line.</source>
        <translation>计入这些费用后，综合年化成本（单利，与上方“实际年化（单利）”口径相同）为 %1%：未超过 %2% 的界限。</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <source>Scenarios</source>
        <translation>还款方案</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Mark as proposal for this lender</source>
        <translation>设为对该机构的协商方案</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>已存方案：</translation>
    </message>
    <message>
        <source>Avalanche: highest real rate first</source>
        <translation>雪崩法：先还实际利率最高的</translation>
    </message>
    <message>
        <source>Snowball: smallest balance first</source>
        <translation>雪球法：先还余额最小的</translation>
    </message>
    <message>
        <source>My own order (drag below)</source>
        <translation>自定顺序（在下方拖动）</translation>
    </message>
    <message>
        <source>Pro-rata: share among all lenders</source>
        <translation>按比例：在各机构之间分摊</translation>
    </message>
    <message>
        <source>by balance</source>
        <translation>按余额</translation>
    </message>
    <message>
        <source>by minimum payment</source>
        <translation>按最低还款额</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>一次性金额</translation>
    </message>
    <message>
        <source>Change per month (±)</source>
        <translation>每月增减（±）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>还款策略</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分摊方式</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>每月可还</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>一次性还款</translation>
    </message>
    <message>
        <source>Income change</source>
        <translation>收入变化</translation>
    </message>
    <message>
        <source>Custom order</source>
        <translation>自定还款顺序</translation>
    </message>
    <message>
        <source>Negotiated what-ifs</source>
        <translation>协商条件假设</translation>
    </message>
    <message>
        <source>By lender</source>
        <translation>按机构</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月明细</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Print table…</source>
        <translation>打印明细表…</translation>
    </message>
    <message>
        <source>Save chart (PNG/PDF)…</source>
        <translation>保存图表（PNG/PDF）…</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>还清时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实还</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>利息和费用</translation>
    </message>
    <message>
        <source>Most behind</source>
        <translation>最多逾期</translation>
    </message>
    <message>
        <source>First months</source>
        <translation>前几个月还款</translation>
    </message>
    <message>
        <source>Ask for monthly</source>
        <translation>建议每月还</translation>
    </message>
    <message>
        <source>Term at that amount</source>
        <translation>按此金额所需期限</translation>
    </message>
    <message>
        <source>from the budget: %1</source>
        <translation>来自收支预算：%1</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>我的方案</translation>
    </message>
    <message>
        <source>(new scenario)</source>
        <translation>（新方案）</translation>
    </message>
    <message>
        <source>Avalanche</source>
        <translation>雪崩法</translation>
    </message>
    <message>
        <source>Snowball</source>
        <translation>雪球法</translation>
    </message>
    <message>
        <source>My order</source>
        <translation>自定顺序</translation>
    </message>
    <message>
        <source>Pro-rata</source>
        <translation>按比例</translation>
    </message>
    <message>
        <source>As contracted</source>
        <translation>按原合同</translation>
    </message>
    <message>
        <source>Everything repaid by %1 (%2 months).</source>
        <translation>%1 全部还清（共 %2 个月）。</translation>
    </message>
    <message>
        <source>Not everything is repaid at this amount.</source>
        <translation>按此金额无法全部还清。</translation>
    </message>
    <message>
        <source>Paid %1, of which interest and fees %2. Due in the first month %3, of which already overdue %5; shortfall %4.</source>
        <translation>共还 %1，其中利息和费用 %2。首月应还 %3，其中已逾期 %5；缺口 %4。</translation>
    </message>
    <message>
        <source>Paid %1, of which interest and fees %2. Minimums %3 a month, shortfall %4.</source>
        <translation>共还 %1，其中利息和费用 %2。每月最低还款 %3，缺口 %4。</translation>
    </message>
    <message>
        <source>Compared with the contract: interest and fees %1.</source>
        <translation>与原合同相比：利息和费用 %1。</translation>
    </message>
    <message>
        <source>not repaid</source>
        <translation>无法还清</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>never</source>
        <translation>无法还清</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Delete this saved scenario?</source>
        <translation>删除这个已保存的方案吗？</translation>
    </message>
    <message>
        <source>★ proposal for %1</source>
        <translation>★ 对 %1 的协商方案</translation>
    </message>
    <message>
        <source>Export the month-by-month table</source>
        <translation>导出逐月明细表</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Print the month-by-month table</source>
        <translation>打印逐月明细表</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Paid</source>
        <translation>已还清</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <source>Paid?</source>
        <translation>是否已还</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Mark selected paid on their due dates</source>
        <translation>将所选各期记为按期已还</translation>
    </message>
    <message>
        <source>Total to repay %1, of which interest %2 and fees %3.</source>
        <translation>共需还款 %1，其中利息 %2，费用 %3。</translation>
    </message>
    <message>
        <source>Repayment schedule — %1</source>
        <translation>还款计划 — %1</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>导出还款计划</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Schedule exported</source>
        <translation>还款计划已导出</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Sent?</source>
        <translation>是否已寄出</translation>
    </message>
    <message>
        <source>This document was sent</source>
        <translation>这份文书已寄出</translation>
    </message>
    <message>
        <source>e.g. the lender&apos;s complaints e-mail, 12378</source>
        <translation>例如：机构投诉邮箱、12378</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>寄给</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language of the whole app; it changes at once.</source>
        <translation>整个应用的语言；立即生效。</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>文书语言</translation>
    </message>
    <message>
        <source>Letters and statements go to Chinese institutions, so they are in Chinese unless you choose English.</source>
        <translation>申请书和说明是递交给中国机构的，因此默认使用中文，除非您选择英文。</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>空闲多少分钟后锁定</translation>
    </message>
    <message>
        <source>Without keyboard or mouse activity for this long, the vault locks itself.</source>
        <translation>键盘和鼠标无操作达到该时长后，保险库自动锁定。</translation>
    </message>
    <message>
        <source>Ask before quitting</source>
        <translation>退出前确认</translation>
    </message>
    <message>
        <source>Ask for confirmation before the app closes.</source>
        <translation>关闭应用前先询问确认。</translation>
    </message>
    <message>
        <source>Dashboard: follow-ups for the next days</source>
        <translation>总览：显示未来几天的待跟进事项</translation>
    </message>
    <message>
        <source>How far ahead the dashboard lists follow-ups from the contact diary. Kept in the vault.</source>
        <translation>总览页列出联系日志中多少天内的待跟进事项。保存在保险库中。</translation>
    </message>
    <message>
        <source>Vault password: minimum strength (0–4)</source>
        <translation>保险库密码：最低强度（0–4）</translation>
    </message>
    <message>
        <source>A new vault password below this strength needs an explicit confirmation (3: one gaming graphics card would need hours or more to guess it).</source>
        <translation>新的保险库密码低于这个强度时，需要你明确确认（3：一块游戏显卡至少要几个小时才能猜中）。</translation>
    </message>
    <message>
        <source>Automatic daily backups to keep</source>
        <translation>保留的每日自动备份份数</translation>
    </message>
    <message>
        <source>After unlocking, once a day, an encrypted backup is written to the “backups” folder beside the vault; older ones beyond this number are deleted.</source>
        <translation>每天第一次解锁后，会在保险库旁的“backups”文件夹中写入一份加密备份；超过此数量的旧备份会被删除。</translation>
    </message>
    <message>
        <source>Clear copied personal data after seconds</source>
        <translation>复制的个人数据在几秒后清除</translation>
    </message>
    <message>
        <source>An ID number, phone or account number copied from RepayDesk is wiped from the clipboard after this long.</source>
        <translation>从还款协商助手复制的身份证号、电话号码或账号，经过这么长时间后会从剪贴板中清除。</translation>
    </message>
    <message>
        <source>Diary: contacts a day before “too many” is suggested</source>
        <translation>联系日志：每天联系超过几次提示“频繁骚扰”</translation>
    </message>
    <message>
        <source>More contacts than this from one lender in one day suggest the harassment flag. Guidelines allow 3 answered calls a day.</source>
        <translation>同一机构一天内联系超过此次数时，建议标记为频繁骚扰。指引允许每天接通 3 次。</translation>
    </message>
    <message>
        <source>Diary: largest evidence file (MB)</source>
        <translation>联系日志：证据文件大小上限（MB）</translation>
    </message>
    <message>
        <source>Larger files are refused with a message. Every file is copied into the vault.</source>
        <translation>超过上限的文件会被拒绝并提示。每个文件都会复制进保险库。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 (in the vault)</source>
        <translation>%1（保存在保险库中）</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>This is the demo vault; its password is “%1”.</source>
        <translation>这是演示保险库，密码是“%1”。</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>无法启动演示</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>SnapshotModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用于还款</translation>
    </message>
    <message>
        <source>Contracts demand</source>
        <translation>合同每月应还</translation>
    </message>
    <message>
        <source>Total debt</source>
        <translation>负债合计</translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
</context>
<context>
    <name>StatementDetails</name>
    <message>
        <source>as on your ID card</source>
        <translation>与身份证一致</translation>
    </message>
    <message>
        <source>empty: my essential spending</source>
        <translation>留空：按必需支出计算</translation>
    </message>
    <message>
        <source>What you and your family need each month to live: rent, food, transport, care. It is kept out of the amount offered to lenders. Leave it empty to use your essential spending.</source>
        <translation>您和家人每月维持生活所必需的钱：房租、吃饭、交通、照护等。这部分不会计入向出借方提出的还款金额。留空则按您的必需支出计算。</translation>
    </message>
    <message>
        <source>For example: since my hours were cut in 2024 my income fell by a third; I support my parents…</source>
        <translation>例如：2024年起工时被削减，收入减少了三分之一；我还要赡养父母……</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Protected living minimum</source>
        <translation>基本生活保障金额</translation>
    </message>
    <message>
        <source>Your situation in your own words</source>
        <translation>用自己的话说明您的情况</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>保存信息</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>RepayDesk %1 — an offline, encrypted assistant for people behind on loans who want to negotiate with their lenders.</source>
        <translation>还款协商助手 %1 —— 一款离线、加密的工具，帮助借款逾期的人与出借方协商还款。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <source>Not legal advice.</source>
        <translation>不是法律意见。</translation>
    </message>
    <message>
        <source>No network. RepayDesk never connects to the internet: no accounts, no updates, no analytics.</source>
        <translation>不联网。还款协商助手从不连接互联网：没有账号、没有自动更新、没有统计分析。</translation>
    </message>
    <message>
        <source>Encrypted vault. Everything you enter — loans, budget, diary, evidence files, your profile — is stored only in one SQLCipher-encrypted file, protected by your password:
%1</source>
        <translation>加密保险库。您录入的一切——借款、收支、联系日志、证据文件、个人资料——只保存在一个以您的密码保护的 SQLCipher 加密文件中：
%1</translation>
    </message>
    <message>
        <source>Settings. Window size and position, the language and the lock delay are kept in the system&apos;s settings store for this app; they contain no personal data.</source>
        <translation>设置。窗口大小和位置、语言和自动锁定时间保存在系统为本应用提供的设置存储中，不含任何个人数据。</translation>
    </message>
    <message>
        <source>Exports and backups. Backups are encrypted copies of the vault. Documents and exports are written only where you choose, and they are not encrypted — keep them safe.</source>
        <translation>导出与备份。备份是保险库的加密副本。文书和导出文件只写入您选择的位置，且未加密——请妥善保管。</translation>
    </message>
    <message>
        <source>Not legal advice. RepayDesk helps you organise facts and draft letters; for decisions that matter, ask a lawyer or legal aid (12348).</source>
        <translation>不是法律意见。还款协商助手帮助您整理事实、起草文书；重要决定请咨询律师或法律援助（12348）。</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>This password is easy to guess</source>
        <translation>这个密码很容易被猜中</translation>
    </message>
    <message>
        <source>The vault file is protected only by its password. Anyone who gets a copy of the file — from this computer, a backup or a lost phone — can keep guessing offline, without limit.</source>
        <translation>保险库文件只靠密码保护。任何拿到文件副本的人——从这台电脑、备份或丢失的手机上——都可以离线不停地猜，没有次数限制。</translation>
    </message>
    <message>
        <source>Use it anyway — I understand anyone with the file could open it</source>
        <translation>仍然使用——我明白拿到文件的人可能打开它</translation>
    </message>
    <message>
        <source>Choose another password</source>
        <translation>换一个密码</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Showing what you are typing — not saved yet</source>
        <translation>显示的是正在输入的内容——尚未保存</translation>
    </message>
    <message>
        <source>Available for repayment each month</source>
        <translation>每月可用于偿还借款的金额</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <source>Essential spending</source>
        <translation>必需支出</translation>
    </message>
    <message>
        <source>All spending</source>
        <translation>全部支出</translation>
    </message>
    <message>
        <source>Protected living minimum</source>
        <translation>基本生活保障金额</translation>
    </message>
    <message>
        <source>Payments on other debts</source>
        <translation>其他负债每月还款</translation>
    </message>
    <message>
        <source>Regular loan instalments per month</source>
        <translation>借款每月常规应还</translation>
    </message>
    <message>
        <source>Loans still within their term, from now on; overdue amounts and lump sums are shown apart</source>
        <translation>仍在还款期内的借款，从现在起每月应还；已逾期金额和一次性还款另行列示</translation>
    </message>
    <message>
        <source>Debt payments ÷ income</source>
        <translation>还款额 ÷ 收入</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>目前已逾期</translation>
    </message>
    <message>
        <source>Penalties and late fees on top</source>
        <translation>另计罚息及滞纳金</translation>
    </message>
    <message>
        <source>Lump sums due in the next 12 months</source>
        <translation>未来12个月内一次性还款</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>资产合计</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>负债合计</translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <source>Income does not cover the protected minimum: %1 short.</source>
        <translation>收入不足以覆盖基本生活保障：缺口 %1。</translation>
    </message>
    <message>
        <source>Income minus the protected living minimum and payments on other debts.</source>
        <translation>收入减去基本生活保障和其他债务的还款。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Shortfall each month</source>
        <translation>每月缺口</translation>
    </message>
    <message>
        <source>Surplus each month</source>
        <translation>每月结余</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>RepayDesk — unlock</source>
        <translation>还款协商助手 —— 解锁</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>解锁保险库</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>打开其他保险库…</translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation>新建保险库…</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in %1 s.</source>
        <translation>密码错误次数过多：请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation>打开保险库文件</translation>
    </message>
</context>
<context>
    <name>VaultFile</name>
    <message>
        <source>RepayDesk vault (*.repaydesk);;All files (*)</source>
        <translation>还款协商助手保险库 (*.repaydesk);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>VerdictRow</name>
    <message>
        <source>Source: %1 · applies from %2</source>
        <translation>依据：%1 · %2 起适用</translation>
    </message>
    <message>
        <source>One-year LPR used: %1 % (published %2)</source>
        <translation>采用的一年期 LPR：%1%（%2 公布）</translation>
    </message>
    <message>
        <source>Restated principal: %1</source>
        <translation>应认定的本金：%1</translation>
    </message>
</context>
<context>
    <name>WhatIfEditor</name>
    <message>
        <source>Spread what is left (from the plan&apos;s start)</source>
        <translation>剩余欠款分期（自方案开始起）</translation>
    </message>
    <message>
        <source> new instalments</source>
        <translation> 期</translation>
    </message>
    <message>
        <source>Everything still owed on this loan, arrears included, is spread over this many new equal monthly instalments counted from the plan&apos;s first month. It is not the loan&apos;s total term: with 6 instalments left, 12 here means 12 more months from the start of the plan.</source>
        <translation>把这笔贷款尚欠的全部金额（含已逾期部分）重新分成这么多期等额月供，从方案的第一个月起算；这不是贷款的总期数：例如剩 6 期时填 12，表示从方案开始再还 12 个月。</translation>
    </message>
    <message>
        <source>Grace period (months)</source>
        <translation>宽限期（月）</translation>
    </message>
    <message>
        <source>interest runs</source>
        <translation>期间计息</translation>
    </message>
    <message>
        <source>Lower annual rate (%)</source>
        <translation>降低年利率（%）</translation>
    </message>
    <message>
        <source>from month </source>
        <translation>起始月 </translation>
    </message>
    <message>
        <source>Waive penalty interest and late fees</source>
        <translation>减免罚息和滞纳金</translation>
    </message>
    <message>
        <source>Settle with a discount (%)</source>
        <translation>一次性结清减免（%）</translation>
    </message>
    <message>
        <source>paid in month </source>
        <translation>支付月 </translation>
    </message>
    <message>
        <source>Restructure into (instalments)</source>
        <translation>重新分期为（期）</translation>
    </message>
    <message>
        <source>lawful balance only</source>
        <translation>仅按合法本金</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <source>Change any phrase in the right-hand column. Words in braces, such as {amount}, are filled in from your data: keep them (or leave them out), but do not invent new ones. An empty cell uses our wording.</source>
        <translation>在右栏修改任意一句。花括号中的词（如 {amount}）会用您的数据填入：可以保留或删去，但不能自创新的。留空则使用默认措辞。</translation>
    </message>
    <message>
        <source>Our wording</source>
        <translation>默认措辞</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>您的措辞</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
</context>
</TS>
