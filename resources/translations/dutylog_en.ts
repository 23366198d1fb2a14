<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../dutylog/app.py" line="30"/>
        <source>DutyLog 值班管理</source>
        <translation>DutyLog Duty Office</translation>
    </message>
</context>
<context>
    <name>BriefingListModel</name>
    <message>
        <location filename="../../dutylog/ui/models/briefings_model.py" line="22"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/briefings_model.py" line="23"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/briefings_model.py" line="24"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/briefings_model.py" line="25"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/briefings_model.py" line="26"/>
        <source>撰写人</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/briefings_model.py" line="27"/>
        <source>审签人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/briefings_model.py" line="42"/>
        <source>全天</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/briefings_model.py" line="97"/>
        <source>退回原因：</source>
        <translation>Reason for return: </translation>
    </message>
</context>
<context>
    <name>BriefingReminder</name>
    <message>
        <location filename="../../dutylog/ui/briefing_reminder.py" line="48"/>
        <source>当日汇报提醒</source>
        <translation>Daily briefing reminder</translation>
    </message>
</context>
<context>
    <name>BriefingsPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="65"/>
        <source>以谁的身份撰写和提交（账户功能上线前）</source>
        <translation>Who writes and submits (until accounts exist)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="66"/>
        <source>撰写今日汇报</source>
        <translation>Write today&apos;s briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="70"/>
        <source>其他报告</source>
        <translation>Other reports</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="73"/>
        <source>舆情专报…</source>
        <translation>Special report…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="74"/>
        <source>周报…</source>
        <translation>Weekly report…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="77"/>
        <source>操作人</source>
        <translation>Acting as</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="114"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="146"/>
        <source>选择左侧的汇报，或点击“撰写今日汇报”。</source>
        <translation>Choose a briefing on the left, or click “Write today&apos;s briefing”.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="159"/>
        <source>加粗</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="172"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="173"/>
        <source>重新生成</source>
        <translation>Redraft</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="174"/>
        <source>提交审签</source>
        <translation>Submit for sign-off</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="175"/>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="176"/>
        <source>审签…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="177"/>
        <source>历史版本</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="178"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="179"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="180"/>
        <source>导出 Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="251"/>
        <source>状态：</source>
        <translation>Status: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="252"/>
        <source>撰写人：</source>
        <translation>Author: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="255"/>
        <source>退回原因：</source>
        <translation>Reason for return: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="259"/>
        <source>批示：</source>
        <translation>Instruction: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="260"/>
        <source>审签：</source>
        <translation>Signed: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="300"/>
        <source>已打开今日汇报草稿，修改后请保存并提交。</source>
        <translation>Today&apos;s draft is open: edit it, then save and submit.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="321"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="332"/>
        <source>已根据值班日志重新生成（原稿保存在历史版本中）。</source>
        <translation>Redrafted from the log (the old text is kept in the history).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="345"/>
        <source>已提交，等待领导审签。</source>
        <translation>Submitted; waiting for the leader to sign.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="359"/>
        <source>请选择审签领导。</source>
        <translation>Choose the signing leader.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="373"/>
        <source>已审签，汇报已锁定。</source>
        <translation>Signed; the briefing is now locked.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="373"/>
        <source>已退回。</source>
        <translation>Returned.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="408"/>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="415"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="418"/>
        <source>舆情专报</source>
        <translation>Special report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="418"/>
        <source>事项编号（如 YQ-2026-0042）：</source>
        <translation>Matter number (e.g. YQ-2026-0042):</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="425"/>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefings_page.py" line="425"/>
        <source>周次（YYYY-Www）：</source>
        <translation>Week (YYYY-Www):</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="28"/>
        <source>生成草稿</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="29"/>
        <source>重新生成</source>
        <translation>Redraft</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="30"/>
        <source>修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="31"/>
        <source>提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="32"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="33"/>
        <source>审签</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="94"/>
        <source>历史版本</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="124"/>
        <source>说明：</source>
        <translation>Note: </translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="91"/>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="364"/>
        <source>导入台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="99"/>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="100"/>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="206"/>
        <source>下一步：检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="101"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="102"/>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="128"/>
        <source>选择 Excel (.xlsx) 或 CSV 台账文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="130"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="142"/>
        <source>工作表：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="146"/>
        <source>可导入 Excel/WPS 保存的 .xlsx 或 CSV（UTF-8 或 GBK）台账。程序会识别常见表头（序号、标题、网址、来源、发布者、发布时间、发现时间、上报时间、等级、处置措施、处置结果、责任单位、备注），无法识别的列可在下一步手动指定。导入前会逐行检查，有任何错误都不会导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="167"/>
        <source>文件中的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="167"/>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="167"/>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="171"/>
        <source>自动新建台账中出现的新责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="206"/>
        <source>下一步：列对应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="226"/>
        <source>选择台账文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="226"/>
        <source>台账文件 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="239"/>
        <source>请选择台账文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="255"/>
        <source>该文件已于 {0} 导入过（{1} 条），不能重复导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="262"/>
        <source>表头在第 {0} 行，约 {1} 行数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="279"/>
        <source>（第 {0} 列，无表头）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="288"/>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="305"/>
        <source>“{0}”工作表“{1}”。已自动识别 {2} 列，{3} 列未能识别（橙色），请为需要导入的列选择字段。必需：{4}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="343"/>
        <source>正在逐行检查台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="357"/>
        <source>正在导入台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="362"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="383"/>
        <source>{0}：{1} / {2} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="386"/>
        <source>{0}：已处理 {1} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="405"/>
        <source>检查通过：{0} 行可以导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="407"/>
        <source> 将新建责任单位：{0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="409"/>
        <source> 另有 {0} 条提示，见下表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="413"/>
        <source>发现 {0} 处错误（共 {1} 行），请修改文件或列对应后重试；不会导入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="425"/>
        <source>已导入 {0} 条事项，编号 {1} 至 {2}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/ledger_import_dialog.py" line="430"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="37"/>
        <source>搜索标题、摘要、网址、发布者、日志内容（如：删帖、谣言）</source>
        <translation>Search titles, summaries, URLs, authors and log text (e.g. deletion, rumour)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="39"/>
        <source>发现日期</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="51"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="53"/>
        <source>新建事项</source>
        <translation>New matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="119"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="144"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogEntriesModel</name>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="20"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="21"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="22"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="23"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="24"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
</context>
<context>
    <name>LogEntryEditor</name>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="60"/>
        <source>微博、微信公众号、抖音、本地论坛</source>
        <translation>Weibo, WeChat accounts, Douyin, local forums</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="62"/>
        <source>未发现</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="62"/>
        <source>有发现</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="72"/>
        <source>例如：早间巡查，未发现涉我单位负面舆情。</source>
        <translation>e.g. Morning patrol: nothing negative about our unit found.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="78"/>
        <source>保存记录</source>
        <translation>Save entry</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="89"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="97"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="98"/>
        <source>巡查平台</source>
        <translation>Sources patrolled</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="99"/>
        <source>巡查结果</source>
        <translation>Patrol result</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="100"/>
        <source>事项编号</source>
        <translation>Matter number</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="101"/>
        <source>来电单位/指示领导</source>
        <translation>Caller / instructing leader</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="102"/>
        <source>移交未办结事项</source>
        <translation>Open matters handed over</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="103"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="167"/>
        <source>已恢复 %1 自动保存的草稿。</source>
        <translation>Restored the draft saved automatically at %1.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="38"/>
        <source>全部班次</source>
        <translation>All shifts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="43"/>
        <source>交班并关闭本班</source>
        <translation>Hand over and close shift</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="46"/>
        <source>补正所选记录…</source>
        <translation>Amend selected entry…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="62"/>
        <source>值班日期</source>
        <translation>Duty date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="82"/>
        <source>本班已关闭（只读，可补正）</source>
        <translation>Shift closed (read-only; amendments allowed)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="103"/>
        <source>补正</source>
        <translation>Amend</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="103"/>
        <source>更正说明（原记录保留）：</source>
        <translation>Correction (the original entry is kept):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="36"/>
        <source>DutyLog 值班管理</source>
        <translation>DutyLog Duty Office</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="60"/>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="100"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="101"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="106"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="113"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="114"/>
        <source>关于 DutyLog(&amp;A)</source>
        <translation>&amp;About DutyLog</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="123"/>
        <source>关于 DutyLog</source>
        <translation>About DutyLog</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="124"/>
        <source>DutyLog 值班管理 {version}
数据库：{db}</source>
        <translation>DutyLog Duty Office {version}
Database: {db}</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="80"/>
        <source>新建事项</source>
        <translation>New matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="80"/>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="307"/>
        <source>事项 </source>
        <translation>Matter </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="84"/>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="85"/>
        <source>办理过程</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="86"/>
        <source>证据备份</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="95"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="96"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="135"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="148"/>
        <source> 条</source>
        <translation> posts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="153"/>
        <source>跟踪至</source>
        <translation>Follow up until</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="159"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="160"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="163"/>
        <source>发布者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="165"/>
        <source>来源平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="166"/>
        <source>网址</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="167"/>
        <source>发布时间</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="168"/>
        <source>发现时间</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="169"/>
        <source>上报时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="170"/>
        <source>专报时间</source>
        <translation>Special report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="173"/>
        <source>倾向</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="175"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="177"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="178"/>
        <source>分类标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="183"/>
        <source>删帖数量</source>
        <translation>Posts removed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="187"/>
        <source>处置措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="188"/>
        <source>处置结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="189"/>
        <source>跟踪</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="198"/>
        <source>办理说明（可选），点击下方步骤按钮时一并记录</source>
        <translation>Note (optional), recorded with the step you click below</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="209"/>
        <source>选择一个文件查看预览</source>
        <translation>Select a file to preview it</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="213"/>
        <source>添加证据文件…</source>
        <translation>Add evidence file…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="264"/>
        <source>转为：</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="331"/>
        <source>请先保存事项，再添加证据。</source>
        <translation>Save the matter before adding evidence.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="335"/>
        <source>选择证据文件</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="337"/>
        <source>证据 (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mht *.mhtml *.txt)</source>
        <translation>Evidence (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mht *.mhtml *.txt)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="31"/>
        <source>今日值班</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="36"/>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="39"/>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="46"/>
        <source>舆情台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="53"/>
        <source>报告</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="60"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="65"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/placeholder_page.py" line="18"/>
        <source>这一功能尚在建设中。今日值班与日志记录请使用“今日值班”页。</source>
        <translation>This area is still being built. Use the Today page for today&apos;s duty and the log.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../dutylog/ui/printing.py" line="27"/>
        <source>打印预览 — </source>
        <translation>Print preview — </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/printing.py" line="40"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/printing.py" line="55"/>
        <source>导出 Word</source>
        <translation>Export Word</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="50"/>
        <source>审签汇报</source>
        <translation>Sign the briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="50"/>
        <source>退回汇报</source>
        <translation>Return the briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="62"/>
        <source>批示意见（留空则为“已阅。”）</source>
        <translation>Instruction (empty means “Read.”)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="62"/>
        <source>请写明退回原因</source>
        <translation>Say why it is returned</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="65"/>
        <source>审签领导</source>
        <translation>Signing leader</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="66"/>
        <source>批示意见</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="66"/>
        <source>退回原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="71"/>
        <source>审签</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="71"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/briefing_dialogs.py" line="76"/>
        <source>审签后汇报将被锁定，不能再修改。</source>
        <translation>Once signed, the briefing is locked and cannot be changed.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="58"/>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="62"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="62"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="62"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="67"/>
        <source>统计</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="73"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="75"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="77"/>
        <source>导出 Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="86"/>
        <source>统计报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="87"/>
        <source>信息报送</source>
        <translation>Upward submissions</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="125"/>
        <source>报送信息标题</source>
        <translation>Title of the item sent</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="127"/>
        <source>如：市委网信办</source>
        <translation>e.g. the city cyberspace office</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="129"/>
        <source>事项编号（可空）</source>
        <translation>Matter number (optional)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="130"/>
        <source>已采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="131"/>
        <source>获批示</source>
        <translation>Drew an instruction</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="132"/>
        <source>添加报送记录</source>
        <translation>Add submission</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="136"/>
        <source>报送日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="138"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="140"/>
        <source>报送单位</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="142"/>
        <source>关联事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="195"/>
        <source>每日舆情数量</source>
        <translation>Matters per day</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="196"/>
        <source>按等级</source>
        <translation>By grade</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="197"/>
        <source>按来源</source>
        <translation>By source</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="205"/>
        <source>本期报送 {sent} 条，采用 {adopted} 条（采用率 {rate}），获批示 {instructed} 条。</source>
        <translation>{sent} sent, {adopted} adopted (rate {rate}), {instructed} drew an instruction.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="241"/>
        <source>已添加报送记录。</source>
        <translation>Submission added.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="245"/>
        <source>网络舆情工作统计报告（{period}）</source>
        <translation>Statistics report ({period})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="265"/>
        <location filename="../../dutylog/ui/pages/stats_page.py" line="272"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../../dutylog/ui/models/submissions_model.py" line="23"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/submissions_model.py" line="24"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/submissions_model.py" line="25"/>
        <source>报送单位</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/submissions_model.py" line="26"/>
        <source>关联事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/submissions_model.py" line="27"/>
        <source>采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/submissions_model.py" line="28"/>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="42"/>
        <source>当前值班</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="49"/>
        <source>未办结事项</source>
        <translation>Open matters</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="67"/>
        <source>今天还没有记录。在下方选择类型、填写内容后点“保存记录”（Ctrl+Enter）。</source>
        <translation>No entries yet today. Choose a kind below, type the content and press &quot;Save entry&quot; (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="72"/>
        <source>今日值班日志</source>
        <translation>Today&apos;s duty log</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="79"/>
        <source>新增记录</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="115"/>
        <source>当前时段没有安排值班。请到“排班”页安排值班员和带班领导。</source>
        <translation>Nobody is rostered for this shift. Assign a duty officer and a leader on the Roster page.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="120"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="120"/>
        <location filename="../../dutylog/ui/pages/today_page.py" line="121"/>
        <source>（未安排）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="121"/>
        <source>带班领导</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="124"/>
        <source>备班</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="134"/>
        <source>未办结事项（{n}）</source>
        <translation>Open matters ({n})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="136"/>
        <source>【{grade}】</source>
        <translation>[{grade}] </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="142"/>
        <source>暂无未办结事项</source>
        <translation>No open matters</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../dutylog/ui/print/roster_print.py" line="108"/>
        <source>打印值班表</source>
        <translation>Print roster</translation>
    </message>
</context>
</TS>
