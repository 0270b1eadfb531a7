<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BudgetPage</name>
    <message>
        <source>Income, spending, assets and other debts in the vault. Editing comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month on average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is re-encrypted with the new password. Backups made before keep the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Open loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal of open loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups in the next %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Contact diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later version: a diary of every call, message and visit from lenders and collectors — when, who, what was asked, said and promised, the follow-up date — with evidence files kept inside the encrypted vault and flags for collection misconduct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later version: Word drafts filled from your vault — a negotiation request, an extension request, an instalment agreement, a statement of your finances, a complaint about collection misconduct and a credit-record objection — with amounts in figures and in capital Chinese numerals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>RepayDesk — welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to RepayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RepayDesk keeps your loans, budget and contacts with lenders in one encrypted file on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember, e.g. four unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the password down and keep it safe. If you lose it, nobody — not even the makers of RepayDesk — can open the vault again: there is no recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a throwaway vault with sample data; nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak — use a longer passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way through, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Take stock: enter every loan with its real terms — the amount you actually received, the rate, every fee (agency, service, membership, guarantee, insurance…) and what is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Know what you can pay: income, essential spending, assets and other debts give the monthly amount that can honestly go to repayment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Plan: compare payoff orders and negotiated what-ifs within that amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Negotiate: contact each lender yourself, keep a diary of every contact and keep the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Put it in writing: ask for any agreement in writing, with the amounts and the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Follow through: pay as agreed and record each payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beware of paid “agents”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not pay “debt optimisation” or “negotiation agents”, “anti-collection” services or anyone promising to “clean” your credit record (征信洗白). Regulators warn that these are scams: accurate negative records cannot be deleted, and an objection to a wrong record is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can negotiate with a lender yourself; it costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First complain to the lender itself, in writing; it should answer within 15 days (30 if complex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12378 — the financial regulator’s consumer hotline (banks, consumer finance companies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12363 — the People’s Bank of China, including credit-report questions and objections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12348 — public legal aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>110 — the police, if you are threatened or your safety is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not legal advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app helps you organise facts and draft letters. It is not legal advice; for a decision that matters, ask a lawyer or legal aid (12348).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer finance company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank / credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-loan company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>Every loan in the vault. Adding and editing loans comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RepayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create another vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock this vault and open another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted copy of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vault and hide everything until the password is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RepayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offline &amp;&amp; privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is encrypted with your password (SQLCipher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault — nothing is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks in %1 when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted backup was written to:
%1
It opens with the same password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RepayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline &amp; privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit RepayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vault and quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later version: payoff plans across all your loans within what you can pay each month (avalanche, snowball, your own order, pro-rata), and what-ifs for a negotiation: extension, grace period, waived penalties, a principal discount, more instalments — with charts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the whole app; it changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without keyboard or mouse activity for this long, the vault locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for confirmation before the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard: follow-ups for the next days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead the dashboard lists follow-ups from the contact diary. Kept in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>This is the demo vault; its password is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>RepayDesk %1 — an offline, encrypted assistant for people behind on loans who want to negotiate with their lenders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network. RepayDesk never connects to the internet: no accounts, no updates, no analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted vault. Everything you enter — loans, budget, diary, evidence files, your profile — is stored only in one SQLCipher-encrypted file, protected by your password:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings. Window size and position, the language and the lock delay are kept in the system&apos;s settings store for this app; they contain no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and backups. Backups are encrypted copies of the vault. Documents and exports are written only where you choose, and they are not encrypted — keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not legal advice. RepayDesk helps you organise facts and draft letters; for decisions that matter, ask a lawyer or legal aid (12348).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>RepayDesk — unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
