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
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../dutylog/ui/widgets/connection_banner.py" line="35"/>
        <source>立即重试</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/connection_banner.py" line="52"/>
        <source>⚠ 数据库连接中断，正在自动重连……已填写的内容会保留，恢复后请重新保存。</source>
        <translation>⚠ Lost the connection to the database; reconnecting automatically… What you typed is kept: save it again once the connection is back.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="51"/>
        <source>例如：早间巡查微博、微信公众号、抖音、本地论坛，未发现涉我单位负面舆情。</source>
        <translation>e.g. Morning patrol of Weibo, WeChat accounts, Douyin and local forums: nothing negative about our unit found.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="59"/>
        <source>保存记录</source>
        <translation>Save entry</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="62"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="71"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="73"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="74"/>
        <source>内容</source>
        <translation>Content</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="45"/>
        <source>DutyLog 值班管理</source>
        <translation>DutyLog Duty Office</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="73"/>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="150"/>
        <source>数据库连接已恢复</source>
        <translation>Database connection restored</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="156"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="157"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="162"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="169"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="170"/>
        <source>关于 DutyLog(&amp;A)</source>
        <translation>&amp;About DutyLog</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="179"/>
        <source>关于 DutyLog</source>
        <translation>About DutyLog</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="180"/>
        <source>DutyLog 值班管理 {version}
数据库：{db}</source>
        <translation>DutyLog Duty Office {version}
Database: {db}</translation>
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
        <location filename="../../dutylog/ui/pages/__init__.py" line="37"/>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="38"/>
        <source>舆情台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="39"/>
        <source>报告</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="40"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="41"/>
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
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
