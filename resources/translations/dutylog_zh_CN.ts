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
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../dutylog/ui/widgets/connection_banner.py" line="35"/>
        <source>立即重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/connection_banner.py" line="52"/>
        <source>⚠ 数据库连接中断，正在自动重连……已填写的内容会保留，恢复后请重新保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="51"/>
        <source>例如：早间巡查微博、微信公众号、抖音、本地论坛，未发现涉我单位负面舆情。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="59"/>
        <source>保存记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="62"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="71"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="73"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/entry_form.py" line="74"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="45"/>
        <source>DutyLog 值班管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="73"/>
        <source>数据库：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="150"/>
        <source>数据库连接已恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="156"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="157"/>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="162"/>
        <source>转到(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="169"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="170"/>
        <source>关于 DutyLog(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="179"/>
        <source>关于 DutyLog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="180"/>
        <source>DutyLog 值班管理 {version}
数据库：{db}</source>
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
        <location filename="../../dutylog/ui/pages/__init__.py" line="37"/>
        <source>值班日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="38"/>
        <source>舆情台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="39"/>
        <source>报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="40"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages/__init__.py" line="41"/>
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
