<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../dutylog/app.py" line="30"/>
        <source>DutyLog 值班管理</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="37"/>
        <source>搜索标题、摘要、网址、发布者、日志内容（如：删帖、谣言）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="39"/>
        <source>发现日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="51"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="53"/>
        <source>新建事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="119"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/pages/ledger_page.py" line="144"/>
        <source>共 %n 条</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogEntriesModel</name>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="20"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="21"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="22"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="23"/>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/models/log_entries_model.py" line="24"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogEntryEditor</name>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="60"/>
        <source>微博、微信公众号、抖音、本地论坛</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="62"/>
        <source>未发现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="62"/>
        <source>有发现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="72"/>
        <source>例如：早间巡查，未发现涉我单位负面舆情。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="78"/>
        <source>保存记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="89"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="97"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="98"/>
        <source>巡查平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="99"/>
        <source>巡查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="100"/>
        <source>事项编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="101"/>
        <source>来电单位/指示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="102"/>
        <source>移交未办结事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="103"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/log_entry_editor.py" line="167"/>
        <source>已恢复 %1 自动保存的草稿。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="38"/>
        <source>全部班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="43"/>
        <source>交班并关闭本班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="46"/>
        <source>补正所选记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="62"/>
        <source>值班日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="82"/>
        <source>本班已关闭（只读，可补正）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="103"/>
        <source>补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/log_page.py" line="103"/>
        <source>更正说明（原记录保留）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="36"/>
        <source>DutyLog 值班管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="60"/>
        <source>数据库：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="100"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="101"/>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="106"/>
        <source>转到(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="113"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="114"/>
        <source>关于 DutyLog(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="123"/>
        <source>关于 DutyLog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="124"/>
        <source>DutyLog 值班管理 {version}
数据库：{db}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="80"/>
        <source>新建事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="80"/>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="307"/>
        <source>事项 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="84"/>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="85"/>
        <source>办理过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="86"/>
        <source>证据备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="95"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="96"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="135"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="148"/>
        <source> 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="153"/>
        <source>跟踪至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="159"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="160"/>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="163"/>
        <source>发布者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="165"/>
        <source>来源平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="166"/>
        <source>网址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="167"/>
        <source>发布时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="168"/>
        <source>发现时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="169"/>
        <source>上报时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="170"/>
        <source>专报时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="173"/>
        <source>倾向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="175"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="177"/>
        <source>等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="178"/>
        <source>分类标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="183"/>
        <source>删帖数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="187"/>
        <source>处置措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="188"/>
        <source>处置结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="189"/>
        <source>跟踪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="198"/>
        <source>办理说明（可选），点击下方步骤按钮时一并记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="209"/>
        <source>选择一个文件查看预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="213"/>
        <source>添加证据文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="264"/>
        <source>转为：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="331"/>
        <source>请先保存事项，再添加证据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="335"/>
        <source>选择证据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/dialogs/matter_dialog.py" line="337"/>
        <source>证据 (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mht *.mhtml *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="31"/>
        <source>今日值班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="36"/>
        <source>排班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="39"/>
        <source>值班日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="46"/>
        <source>舆情台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="51"/>
        <source>报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="52"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="53"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/placeholder_page.py" line="18"/>
        <source>这一功能尚在建设中。今日值班与日志记录请使用“今日值班”页。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="42"/>
        <source>当前值班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="49"/>
        <source>未办结事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="67"/>
        <source>今天还没有记录。在下方选择类型、填写内容后点“保存记录”（Ctrl+Enter）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="72"/>
        <source>今日值班日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="79"/>
        <source>新增记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="115"/>
        <source>当前时段没有安排值班。请到“排班”页安排值班员和带班领导。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="120"/>
        <source>值班员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="120"/>
        <location filename="../../dutylog/ui/pages/today_page.py" line="121"/>
        <source>（未安排）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="121"/>
        <source>带班领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="124"/>
        <source>备班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="134"/>
        <source>未办结事项（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="136"/>
        <source>【{grade}】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/today_page.py" line="142"/>
        <source>暂无未办结事项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../dutylog/ui/print/roster_print.py" line="108"/>
        <source>打印值班表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
