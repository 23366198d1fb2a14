<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AccountDialogs</name>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="64"/>
        <source>初始密码（至少 8 位）</source>
        <translation>Initial password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="65"/>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="74"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AccountsGroup</name>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="36"/>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="45"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="45"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="45"/>
        <source>关联人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="45"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="45"/>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="55"/>
        <source>添加账号…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="60"/>
        <source>设置角色</source>
        <translation>Set role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="63"/>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="66"/>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="136"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="109"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="110"/>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="136"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="110"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="157"/>
        <source>已添加账号 {name}。</source>
        <translation>Account {name} added.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="172"/>
        <source>已重置 {name} 的密码。</source>
        <translation>Password of {name} reset.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="185"/>
        <source>{name} 的角色已改为 {role}。</source>
        <translation>{name} is now {role}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="193"/>
        <source>不能停用正在使用的账号。</source>
        <translation>You cannot disable the account you are using.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="201"/>
        <source>已启用 {name}。</source>
        <translation>{name} enabled.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/accounts_group.py" line="201"/>
        <source>已停用 {name}。</source>
        <translation>{name} disabled.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="88"/>
        <source>添加账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="95"/>
        <source>（不关联）</source>
        <translation>(no person)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="99"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="100"/>
        <source>关联人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="101"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="102"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../dutylog/app.py" line="45"/>
        <source>DutyLog 值班管理</source>
        <translation>DutyLog Duty Office</translation>
    </message>
    <message>
        <location filename="../../dutylog/app.py" line="225"/>
        <source>自动备份失败：</source>
        <translation>Automatic backup failed: </translation>
    </message>
    <message>
        <location filename="../../dutylog/app.py" line="233"/>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location filename="../../dutylog/app.py" line="221"/>
        <source>已自动备份到 </source>
        <translation>Backed up automatically to </translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="190"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="191"/>
        <source>任务数</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="192"/>
        <source>报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="193"/>
        <source>采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="194"/>
        <source>批示</source>
        <translation>Instructed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="195"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="196"/>
        <source>完成任务</source>
        <translation>Quota met</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="218"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="220"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="43"/>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="178"/>
        <source>交办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="51"/>
        <source>自动（尚无主办单位时为主办）</source>
        <translation>Automatic (lead if no unit leads yet)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="52"/>
        <source>主办</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="53"/>
        <source>协办</source>
        <translation>Assisting</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="56"/>
        <source>照录领导批示原文</source>
        <translation>The leader&apos;s instruction, word for word</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="59"/>
        <source>工作日</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="64"/>
        <source>按类别预设…</source>
        <translation>Preset by kind…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="71"/>
        <source> 个工作日</source>
        <translation> workdays</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="72"/>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="88"/>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="89"/>
        <source>主办/协办</source>
        <translation>Lead or assisting</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="90"/>
        <source>领导批示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="91"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="92"/>
        <source>补录交办时间</source>
        <translation>Assigned at (late entry)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="93"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="110"/>
        <source>读取通讯录</source>
        <translation>Reading the contacts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="122"/>
        <source>通讯录里还没有单位：请先在“通讯录”页添加。</source>
        <translation>There are no units in the contacts yet: add them on the “Contacts” page first.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="148"/>
        <source>计算截止日期</source>
        <translation>Calculating the deadline</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="158"/>
        <source>请选择承办单位。</source>
        <translation>Choose the handling unit.</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="51"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="52"/>
        <source>主/协办</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="53"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="54"/>
        <source>交办时间</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="55"/>
        <source>完成时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="56"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="69"/>
        <source>交办…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="75"/>
        <source>研判记录</source>
        <translation>Assessment meetings</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="77"/>
        <source>记录研判…</source>
        <translation>Record assessment…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="100"/>
        <source>读取交办记录</source>
        <translation>Reading the assignments</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="113"/>
        <source>主办</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="113"/>
        <source>协办</source>
        <translation>Assisting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="117"/>
        <source>（%n 个工作日）</source>
        <translation>
            <numerusform> (%n workday)</numerusform>
            <numerusform> (%n workdays)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="123"/>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="123"/>
        <source>已采纳</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="123"/>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="127"/>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="129"/>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="129"/>
        <source>已同意</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="129"/>
        <source>不同意</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="133"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/matter_tab.py" line="146"/>
        <source>催办</source>
        <translation>Chased</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="46"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="47"/>
        <source>校验审计链</source>
        <translation>Verify audit chain</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="54"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="55"/>
        <source>对象</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="56"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="57"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="67"/>
        <source>所选期间没有审计记录。调整人员、对象或日期后点“查询”。</source>
        <translation>No audit records in this period. Change the person, object or dates and click “Search”.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="77"/>
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="98"/>
        <source>全部人员</source>
        <translation>All people</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="100"/>
        <source>全部对象</source>
        <translation>All entities</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="122"/>
        <source>共 %n 条记录</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="127"/>
        <source>审计链完整：%n 条记录均未被改动。</source>
        <translation>
            <numerusform>Audit chain intact: the %n record has not been altered.</numerusform>
            <numerusform>Audit chain intact: none of the %n records has been altered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_page.py" line="130"/>
        <source>审计链被破坏：</source>
        <translation>Audit chain broken: </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="30"/>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="31"/>
        <source>修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="32"/>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="33"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="34"/>
        <source>审签</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="35"/>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="36"/>
        <source>提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="37"/>
        <source>登录</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="38"/>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="39"/>
        <source>账号锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="40"/>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="41"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="42"/>
        <source>恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="43"/>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="46"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="47"/>
        <source>排班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="48"/>
        <source>值班日志</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="49"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="50"/>
        <source>汇报</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="51"/>
        <source>设置</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="52"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="53"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="54"/>
        <source>排班计划</source>
        <translation>Roster plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="55"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="56"/>
        <source>特殊时期</source>
        <translation>Special period</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="57"/>
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="58"/>
        <source>证据材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="66"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="67"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="61"/>
        <source>序号</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="62"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="63"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="64"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_model.py" line="65"/>
        <source>对象</source>
        <translation>Entity</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="80"/>
        <source>自动生成</source>
        <translation>generated</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="81"/>
        <source>手工排班</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="82"/>
        <source>调班/替班</source>
        <translation>swap/substitute</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="86"/>
        <source>管理员重置</source>
        <translation>reset by an administrator</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="87"/>
        <source>本人修改</source>
        <translation>changed by the user</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="88"/>
        <source>无此用户名</source>
        <translation>no such user name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="89"/>
        <source>账号已停用</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="90"/>
        <source>密码错误</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="91"/>
        <source>账号已锁定</source>
        <translation>account locked</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="97"/>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="107"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="98"/>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="108"/>
        <source>撰写人</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="99"/>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="100"/>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="101"/>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="109"/>
        <source>审签人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="102"/>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="103"/>
        <source>办结人</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="104"/>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="105"/>
        <source>接班人员</source>
        <translation>Taking over</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="106"/>
        <source>原值班人员</source>
        <translation>Originally on duty</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="110"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="111"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="112"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="113"/>
        <source>值班角色</source>
        <translation>Duty roles</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="114"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="115"/>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="116"/>
        <source>连续输错次数</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="117"/>
        <source>第几次</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="118"/>
        <source>操作方</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="119"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="120"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="121"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="122"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="123"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="124"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="125"/>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="126"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="127"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="128"/>
        <source>退回原因</source>
        <translation>Return reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="129"/>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="130"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="131"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="132"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="133"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="134"/>
        <source>值班日期</source>
        <translation>Duty date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="135"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="136"/>
        <source>发现时间</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="137"/>
        <source>审签时间</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="138"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="139"/>
        <source>来由</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="140"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="141"/>
        <source>分类标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="142"/>
        <source>处置措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="143"/>
        <source>处置结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="144"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="145"/>
        <source>添加时间</source>
        <translation>Added at</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="146"/>
        <source>文件类型</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="147"/>
        <source>大小（字节）</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="148"/>
        <source>事项序号</source>
        <translation>Matter id</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="149"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="153"/>
        <source>关联人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="154"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="167"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="168"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="169"/>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="170"/>
        <source>已修改</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="171"/>
        <source>{field}：{before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="172"/>
        <source>{field}：{value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/audit_words.py" line="173"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <location filename="../../dutylog/ui/office/backup_now.py" line="28"/>
        <source>已备份到 {path}（{size:.1f} MB，已校验）。</source>
        <translation>Backed up to {path} ({size:.1f} MB, verified).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/backup_now.py" line="44"/>
        <source>备份数据库</source>
        <translation>Back up the database</translation>
    </message>
</context>
<context>
    <name>BriefingListModel</name>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_model.py" line="24"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_model.py" line="25"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_model.py" line="26"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_model.py" line="27"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_model.py" line="28"/>
        <source>撰写人</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_model.py" line="29"/>
        <source>审签人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_model.py" line="50"/>
        <source>月报</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_model.py" line="52"/>
        <source>全天</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_model.py" line="93"/>
        <source>退回原因：</source>
        <translation>Reason for return: </translation>
    </message>
</context>
<context>
    <name>BriefingsPage</name>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="63"/>
        <source>撰写今日汇报</source>
        <translation>Write today&apos;s briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="71"/>
        <source>其他报告</source>
        <translation>Other reports</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="69"/>
        <source>舆情专报…</source>
        <translation>Special report…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="67"/>
        <source>撰写舆情月报…</source>
        <translation>Write the monthly bulletin…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="70"/>
        <source>周报…</source>
        <translation>Weekly report…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="107"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="113"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="130"/>
        <source>所选期间没有汇报。点“撰写今日汇报”开始，或调整日期范围。</source>
        <translation>No briefings in this period. Click “Write today&apos;s briefing” to start, or widen the dates.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="150"/>
        <source>选择左侧的汇报，或点击“撰写今日汇报”。</source>
        <translation>Select a briefing on the left, or click &quot;Write today&apos;s briefing&quot;.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="163"/>
        <source>加粗</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="176"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="177"/>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="399"/>
        <source>重新生成</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="178"/>
        <source>提交审签</source>
        <translation>Submit for sign-off</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="179"/>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="180"/>
        <source>审签…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="181"/>
        <source>历史版本</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="182"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="183"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="184"/>
        <source>导出 Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="258"/>
        <source>状态：</source>
        <translation>Status: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="259"/>
        <source>撰写人：</source>
        <translation>Author: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="262"/>
        <source>退回原因：</source>
        <translation>Reason for return: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="266"/>
        <source>批示：</source>
        <translation>Instruction: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="273"/>
        <source>审签：</source>
        <translation>Signed: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="323"/>
        <source>已打开今日汇报草稿，修改后请保存并提交。</source>
        <translation>Today&apos;s draft briefing is open: edit it, then save and submit.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="334"/>
        <source>已打开舆情月报，请填写下月工作重点后保存并提交审签。</source>
        <translation>The monthly bulletin is open: fill in next month&apos;s focus, then save it and submit it for signing.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="343"/>
        <source>撰写舆情月报</source>
        <translation>Write the monthly bulletin</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="372"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="383"/>
        <source>已载入他人保存的最新内容，请在此基础上重新修改。</source>
        <translation>Loaded the version someone else saved; make your changes again on top of it.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="396"/>
        <source>已根据值班日志重新生成（原稿保存在历史版本中）。</source>
        <translation>Regenerated from the duty log (the previous text is kept in the history).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefings_page.py" line="414"/>
        <source>已提交，等待领导审签。</source>
        <translation>Submitted; waiting for sign-off.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_documents.py" line="73"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_documents.py" line="78"/>
        <source>舆情专报</source>
        <translation>Special report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_documents.py" line="79"/>
        <source>事项编号（如 YQ-2026-0042）：</source>
        <translation>Matter number (e.g. YQ-2026-0042):</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_documents.py" line="88"/>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_documents.py" line="89"/>
        <source>周次（YYYY-Www）：</source>
        <translation>Week (YYYY-Www):</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_review.py" line="54"/>
        <source>当日值班领导：</source>
        <translation>Leader on duty that day: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_review.py" line="55"/>
        <source>（未排班）</source>
        <translation>(not on the roster)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_review.py" line="79"/>
        <source>当前账号没有关联人员，无法以领导身份审签；请管理员在“设置”中关联。</source>
        <translation>This account is not linked to a person, so it cannot sign as a leader; ask an administrator to link it in Settings.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_review.py" line="88"/>
        <source>汇报提交后才能审签或退回。</source>
        <translation>A briefing can be signed or returned once it is submitted.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_review.py" line="116"/>
        <source>请选择审签领导。</source>
        <translation>Choose the signing leader.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_review.py" line="132"/>
        <source>已审签，汇报已锁定。</source>
        <translation>Signed; the briefing is locked.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_review.py" line="134"/>
        <source>已退回。</source>
        <translation>Returned.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="150"/>
        <source>舆情月报</source>
        <translation>Monthly bulletin</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="151"/>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
</context>
<context>
    <name>CaptureButton</name>
    <message>
        <location filename="../../dutylog/ui/matters/capture.py" line="29"/>
        <source>网页取证…</source>
        <translation>Capture web page…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/capture.py" line="31"/>
        <source>用本机浏览器保存网页当前的截图、PDF 和源文件，作为证据</source>
        <translation>Save a screenshot, PDF and source of the web page with this computer&apos;s browser, as evidence</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/capture.py" line="39"/>
        <source>请先保存事项，再添加证据。</source>
        <translation>Save the matter before adding evidence.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/capture.py" line="42"/>
        <location filename="../../dutylog/ui/matters/capture.py" line="66"/>
        <source>网页取证</source>
        <translation>Capture web page</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/capture.py" line="42"/>
        <source>网页地址：</source>
        <translation>Web address:</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="174"/>
        <source>调班</source>
        <translation>Swap duties</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="174"/>
        <source>替班</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="189"/>
        <source>例如：出差、病假、本人申请</source>
        <translation>e.g. business trip, sick leave, own request</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="190"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="192"/>
        <source>原值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="193"/>
        <source>与此值班对调</source>
        <translation>Swap with this duty</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="193"/>
        <source>替班人员</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="194"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="195"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="208"/>
        <source>没有可调整的未来值班。</source>
        <translation>There are no future duties to change.</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../dutylog/ui/widgets/conflict.py" line="19"/>
        <source>保存冲突</source>
        <translation>Save conflict</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/conflict.py" line="22"/>
        <source>载入最新内容</source>
        <translation>Load the latest version</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/widgets/conflict.py" line="24"/>
        <source>保留我的输入</source>
        <translation>Keep my input</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../dutylog/ui/office/connection_banner.py" line="33"/>
        <source>立即重试</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_banner.py" line="50"/>
        <source>⚠ 数据库连接中断，正在自动重连……已填写的内容会保留，恢复后请重新保存。</source>
        <translation>⚠ Connection to the database lost; reconnecting… What you typed is kept: save again once it is back.</translation>
    </message>
</context>
<context>
    <name>ConnectionGroup</name>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="76"/>
        <source>数据库连接（本机）</source>
        <translation>Database connection (this workstation)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="84"/>
        <source>本机默认数据库文件</source>
        <translation>Default database file on this computer</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="87"/>
        <source>其他 SQLite 数据库文件</source>
        <translation>Another SQLite database file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="89"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="91"/>
        <source>PostgreSQL 服务器（多个工作站共用）</source>
        <translation>PostgreSQL server (shared by several workstations)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="110"/>
        <source>只影响本机；需要管理员权限；保存后在下次启动 DutyLog 时生效。</source>
        <translation>Affects this workstation only and needs an administrator; a saved change takes effect the next time DutyLog starts.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="118"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="123"/>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="124"/>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="125"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="126"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="128"/>
        <source>当前数据库</source>
        <translation>Current database</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="136"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="161"/>
        <source>已保存；留空则保持不变</source>
        <translation>Saved; leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="163"/>
        <source>密码以明文保存在 %1（仅本人可读）。</source>
        <translation>The password is stored in plain text in %1 (readable by you only).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="170"/>
        <source>命令行参数 --db</source>
        <translation>the --db option</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="171"/>
        <source>环境变量 DUTYLOG_DB</source>
        <translation>the DUTYLOG_DB environment variable</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="172"/>
        <source>本机保存的连接</source>
        <translation>the connection saved on this workstation</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="173"/>
        <source>默认数据库文件</source>
        <translation>the default database file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="178"/>
        <source>（来自%1）</source>
        <translation> (from %1)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="205"/>
        <source>本机没有可用的系统密钥环：密码将以明文保存在 %1（仅本人可读）。</source>
        <translation>No system keyring is available on this computer: the password will be stored in plain text in %1 (readable by you only).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="244"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="252"/>
        <source>数据库中已有 DutyLog 数据。</source>
        <translation> The database already holds DutyLog data.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="254"/>
        <source>数据库为空，首次启动时将创建表结构。</source>
        <translation> The database is empty; its tables will be created at the first start.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="256"/>
        <source>连接成功：%1。</source>
        <translation>Connected: %1.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="261"/>
        <source>连接失败：%1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="267"/>
        <source>已保存，下次启动 DutyLog 时生效。</source>
        <translation>Saved; takes effect the next time DutyLog starts.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="270"/>
        <source>注意：--db 和环境变量 DUTYLOG_DB 优先于保存的连接。</source>
        <translation> Note: --db and the DUTYLOG_DB environment variable take precedence over the saved connection.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="278"/>
        <source>选择数据库文件</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/connection_group.py" line="280"/>
        <source>SQLite 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>SQLite databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="104"/>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="159"/>
        <source>新增联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="104"/>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="165"/>
        <source>编辑联系人</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="122"/>
        <source>在岗</source>
        <translation>In post</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="125"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="126"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="127"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="128"/>
        <source>办公电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="129"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="130"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="70"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="71"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="72"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="73"/>
        <source>办公电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="74"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="75"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="93"/>
        <source>在岗</source>
        <translation>In post</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="95"/>
        <source>不再联系</source>
        <translation>Former</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="62"/>
        <source>通讯录</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="66"/>
        <source>搜索单位、姓名、职务或电话</source>
        <translation>Search units, names, positions or phones</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="68"/>
        <source>显示已撤销单位</source>
        <translation>Show retired units</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="69"/>
        <source>新增单位…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="71"/>
        <source>编辑/撤销单位…</source>
        <translation>Edit/retire unit…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="73"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="83"/>
        <source>通讯录里还没有单位。点“新增单位”或“从 Excel 导入”。</source>
        <translation>No units in the contacts yet. Click “Add unit” or “Import from Excel”.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="85"/>
        <source>新增联系人…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="87"/>
        <source>编辑联系人…</source>
        <translation>Edit contact…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="89"/>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="180"/>
        <source>选择左侧单位查看联系人</source>
        <translation>Select a unit on the left to see its contacts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="144"/>
        <source>读取通讯录</source>
        <translation>Reading the contacts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="169"/>
        <source>{units} 个单位，{people} 位联系人</source>
        <translation>Units: {units}, contacts: {people}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="206"/>
        <source>请先在左侧选择单位。</source>
        <translation>Select a unit on the left first.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="224"/>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="237"/>
        <source>导入通讯录</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="224"/>
        <source>通讯录 (*.xlsx *.csv)</source>
        <translation>Contacts (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="244"/>
        <source>导入完成：新增 %n 个单位</source>
        <translation>
            <numerusform>Import done: %n unit added</numerusform>
            <numerusform>Import done: %n units added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="245"/>
        <source>、%n 位联系人</source>
        <translation>
            <numerusform>, %n contact</numerusform>
            <numerusform>, %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/supervision/contacts_page.py" line="248"/>
        <source>；%n 位联系人已在通讯录中，未重复导入</source>
        <translation>
            <numerusform>; %n contact was already listed and was skipped</numerusform>
            <numerusform>; %n contacts were already listed and were skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="59"/>
        <source>已报送</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="62"/>
        <source>逾期报送 %1</source>
        <translation>Reported late by %1</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="68"/>
        <source>超时 %1</source>
        <translation>Overdue by %1</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="69"/>
        <source>剩余 %1</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>DecideExtensionDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="218"/>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="244"/>
        <source>审批延期</source>
        <translation>Decide extension</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="223"/>
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="225"/>
        <source>{at} 申请由 {old} 延至 {to}：{reason}</source>
        <translation>{at}: asked to move the due date from {old} to {to}. Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="235"/>
        <source>同意延期</source>
        <translation>Grant the extension</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="236"/>
        <source>不同意，仍按原时限</source>
        <translation>Refuse; keep the original due date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="237"/>
        <source>审批</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../dutylog/ui/details_dialog.py" line="42"/>
        <source>日志文件：{path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/details_dialog.py" line="75"/>
        <location filename="../../dutylog/ui/details_dialog.py" line="86"/>
        <source>隐藏详细信息</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/details_dialog.py" line="75"/>
        <location filename="../../dutylog/ui/details_dialog.py" line="86"/>
        <source>显示详细信息…</source>
        <translation>Show details…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/details_dialog.py" line="78"/>
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/details_dialog.py" line="98"/>
        <source>发生意外错误，当前操作未完成，已保存的数据不受影响。
如问题反复出现，请点“复制详细信息”并发给系统管理员。</source>
        <translation>An unexpected error occurred: the current operation did not finish, and data already saved is not affected.
If this keeps happening, click “Copy details” and send them to your system administrator.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/details_dialog.py" line="110"/>
        <source>DutyLog 值班管理 {version}
排班、值班日志、舆情台账与当日汇报。</source>
        <translation>DutyLog Duty Office {version}
Rosters, the duty log, the ledger and the daily briefing.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/details_dialog.py" line="113"/>
        <source>关于 DutyLog</source>
        <translation>About DutyLog</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="152"/>
        <source>登记演练或培训</source>
        <translation>Record a drill or training</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="159"/>
        <source>（不针对预案）</source>
        <translation>(no plan)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="181"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="182"/>
        <source>预案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="183"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="184"/>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="185"/>
        <source>情景/内容</source>
        <translation>Scenario/content</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="186"/>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="187"/>
        <source>改进措施</source>
        <translation>Improvements</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="218"/>
        <source>登记演练</source>
        <translation>Record drill</translation>
    </message>
</context>
<context>
    <name>DrillsTab</name>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="236"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="237"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="238"/>
        <source>预案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="239"/>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="240"/>
        <source>情景/内容</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="241"/>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="248"/>
        <source>按预案或人员筛选</source>
        <translation>Filter by plan or person</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="250"/>
        <source>登记演练或培训…</source>
        <translation>Record drill or training…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="264"/>
        <source>本年度：</source>
        <translation>This year: </translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="182"/>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="209"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="189"/>
        <source>同意延期（不勾选则记为待审批的申请）</source>
        <translation>Grant the extension (untick to record a request awaiting approval)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="192"/>
        <source>延期至</source>
        <translation>Extend to</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="193"/>
        <source>延期理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsView</name>
    <message>
        <location filename="../../dutylog/ui/matters/extra_fields.py" line="17"/>
        <source>原台账列</source>
        <translation>Ledger column</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/extra_fields.py" line="17"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="154"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="155"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="156"/>
        <source>交办</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="157"/>
        <source>按时回复</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="158"/>
        <source>超时回复</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="159"/>
        <source>超期未回复</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="160"/>
        <source>回复率</source>
        <translation>Reply rate</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="161"/>
        <source>办结率</source>
        <translation>Closure rate</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="162"/>
        <source>平均回复工作日</source>
        <translation>Avg. workdays to reply</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="32"/>
        <source>首次使用 — DutyLog 值班管理</source>
        <translation>First run — DutyLog Duty Office</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="37"/>
        <source>欢迎使用 DutyLog。请填写本单位名称，并创建第一个管理员账号（之后可在“设置”中添加其他账号）。</source>
        <translation>Welcome to DutyLog. Enter your unit&apos;s name and create the first administrator account (more accounts can be added later under Settings).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="43"/>
        <source>例如：某某市委网信办值班室</source>
        <translation>e.g. Duty room of the county&apos;s cyberspace office</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="60"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="61"/>
        <source>管理员姓名</source>
        <translation>Administrator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="62"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="63"/>
        <source>密码（至少 8 位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="64"/>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="68"/>
        <source>创建并进入</source>
        <translation>Create and open</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="69"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="87"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/first_run_dialog.py" line="106"/>
        <source>首次使用 — 为人员创建账号</source>
        <translation>First use — accounts for the staff</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="64"/>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="150"/>
        <source>生成排班</source>
        <translation>Generate roster</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="78"/>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="80"/>
        <source>休息日连续由同一值班员值守（一人值整个周末）</source>
        <translation>One officer covers a whole run of rest days (a whole weekend)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="82"/>
        <source>休息日连续由同一带班领导带班</source>
        <translation>One leader covers a whole run of rest days</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="85"/>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="86"/>
        <source>结束日期</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="87"/>
        <source>值班员从谁开始</source>
        <translation>Start officers with</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="88"/>
        <source>带班领导从谁开始</source>
        <translation>Start leaders with</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="89"/>
        <source>每天值班员人数</source>
        <translation>Officers per day</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="90"/>
        <source>每天带班领导人数</source>
        <translation>Leaders per day</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="91"/>
        <source>两次值班最短间隔</source>
        <translation>Minimum rest between duties</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="94"/>
        <source>只会为明天及以后的日期排班；手工安排和调班、替班的结果保持不变。</source>
        <translation>Only days from tomorrow on are planned; manual assignments, swaps and substitutes are kept.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="99"/>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="109"/>
        <source>（按上次轮到的位置继续）</source>
        <translation>(continue where the rotation stopped)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="140"/>
        <source>无法生成排班</source>
        <translation>Cannot generate the roster</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="58"/>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="158"/>
        <source>接班确认</source>
        <translation>Confirm handover</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="58"/>
        <source>交接班</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="62"/>
        <source>{who} {at} 的交接班：请逐项核对，勾选后确认。</source>
        <translation>Handover by {who} at {at}: check each item, tick it, then confirm.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="66"/>
        <source>请逐项填写交接内容；仍需下一班办理的事项请勾选“待办”，将转入下一班。</source>
        <translation>Fill in each handover item; tick “To do” for anything the next shift must still handle, and it will be carried over.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="71"/>
        <source>交接事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="71"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="71"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="71"/>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="84"/>
        <source>确认所勾选事项</source>
        <translation>Confirm ticked items</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="85"/>
        <source>全部确认</source>
        <translation>Confirm all</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="91"/>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="153"/>
        <source>提交交接班</source>
        <translation>Submit handover</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="110"/>
        <source>{note}（待办，转本班办理）</source>
        <translation>{note} (to do, carried over to this shift)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="116"/>
        <source>{who}已确认</source>
        <translation>Confirmed by {who}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="179"/>
        <source>读取交接班清单</source>
        <translation>Reading the handover checklist</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/handover_dialog.py" line="190"/>
        <source>读取待确认的交接班</source>
        <translation>Reading the handover to confirm</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="31"/>
        <source>生成草稿</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="32"/>
        <source>重新生成</source>
        <translation>Redraft</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="33"/>
        <source>修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="34"/>
        <source>提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="35"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="36"/>
        <source>审签</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="103"/>
        <source>历史版本</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="133"/>
        <source>说明：</source>
        <translation>Note: </translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="229"/>
        <source>节假日与调休</source>
        <translation>Holidays and make-up workdays</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="238"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="238"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="238"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="249"/>
        <source>例如：元旦、春节</source>
        <translation>e.g. New Year&apos;s Day, Spring Festival</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="250"/>
        <source>添加/修改</source>
        <translation>Add/change</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="254"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="257"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="279"/>
        <source>{year} 年共 %n 天。</source>
        <translation>
            <numerusform>{year}: %n day.</numerusform>
            <numerusform>{year}: %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="282"/>
        <source>{year} 年的节假日安排尚未录入：排班只按周六、周日休息。国务院通常在每年 11 月公布次年安排，请在下方录入。</source>
        <translation>The holidays of {year} have not been entered: the roster treats only Saturdays and Sundays as rest days. The State Council usually publishes next year&apos;s schedule in November; enter it below.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../dutylog/ui/matters/import_problems_model.py" line="20"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/import_problems_model.py" line="21"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/import_problems_model.py" line="22"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/import_problems_model.py" line="23"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/import_problems_model.py" line="67"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/import_problems_model.py" line="68"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>KeywordsTab</name>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="59"/>
        <source>关键词</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="59"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="59"/>
        <source>关联预案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="59"/>
        <source>标记事项数</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="65"/>
        <source>一个或多个词，用顿号或空格分隔</source>
        <translation>One or more words, separated by commas or spaces</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="68"/>
        <source>类别：地名、项目、机构、热点</source>
        <translation>Category: place, project, organisation, hot topic</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="69"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="72"/>
        <source>停用所选</source>
        <translation>Disable selected</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="93"/>
        <source>（已停用）</source>
        <translation> (disabled)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="117"/>
        <source>添加关键词</source>
        <translation>Add keywords</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="123"/>
        <source>已添加。</source>
        <translation>Added.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="137"/>
        <source>停用关键词</source>
        <translation>Disable keyword</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/watch_tabs.py" line="142"/>
        <source>已停用，已标记的事项保留。</source>
        <translation>Disabled. Matters already flagged keep the flag.</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="71"/>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="407"/>
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="79"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="80"/>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="205"/>
        <source>下一步：检查</source>
        <translation>Next: check</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="81"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="82"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="108"/>
        <source>选择 Excel (.xlsx) 或 CSV 台账文件</source>
        <translation>Choose an Excel (.xlsx) or CSV ledger file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="110"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="122"/>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="126"/>
        <source>可导入 Excel/WPS 保存的 .xlsx 或 CSV（UTF-8 或 GBK）台账。程序会识别常见表头（序号、标题、网址、来源、发布者、发布时间、发现时间、上报时间、等级、处置措施、处置结果、责任单位、备注），无法识别的列可在下一步手动指定。导入前会逐行检查，有任何错误都不会导入。</source>
        <translation>Imports a ledger saved by Excel or WPS as .xlsx or CSV (UTF-8 or GBK). Common Chinese headers are recognised; columns it cannot place can be assigned in the next step. Every row is checked first, and nothing is imported if any row has an error.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="147"/>
        <source>文件中的列</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="147"/>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="147"/>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="151"/>
        <source>自动新建台账中出现的新责任单位</source>
        <translation>Create responsible units that are new</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="157"/>
        <source>列出并停止导入</source>
        <translation>List them and stop the import</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="158"/>
        <source>跳过，保留已有事项</source>
        <translation>Skip them, keep the existing matters</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="159"/>
        <source>用文件中的内容更新已有事项</source>
        <translation>Update the existing matters from the file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="161"/>
        <source>与已有事项重复的行：</source>
        <translation>Rows that repeat existing matters:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="205"/>
        <source>下一步：列对应</source>
        <translation>Next: map columns</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="227"/>
        <source>选择台账文件</source>
        <translation>Choose ledger file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="245"/>
        <source>请选择台账文件。</source>
        <translation>Choose a ledger file.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="314"/>
        <source>（保留为附加列）</source>
        <translation>(keep as an extra column)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="279"/>
        <source>表头在第 {0} 行，约 {1} 行数据。</source>
        <translation>Header on row {0}, about {1} data rows.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="228"/>
        <source>台账文件 (*.xlsx *.xls *.xlsb *.ods *.csv);;所有文件 (*)</source>
        <translation>Ledgers (*.xlsx *.xls *.xlsb *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="257"/>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="263"/>
        <source>读取台账文件</source>
        <translation>Read the ledger file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="285"/>
        <source>该文件已于 {0} 导入过（{1} 条）：与已有事项重复的行默认跳过。</source>
        <translation> This file was already imported on {0} ({1} rows): rows that repeat existing matters are skipped by default.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="305"/>
        <source>（第 {0} 列，无表头）</source>
        <translation>(column {0}, no header)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="328"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="331"/>
        <source>“{0}”工作表“{1}”。已自动识别 {2} 列，{3} 列未能识别（橙色），请为需要导入的列选择字段。必需：{4}。</source>
        <translation>&quot;{0}&quot;, sheet &quot;{1}&quot;: {2} columns recognised, {3} not (orange); choose a field for each column to import. Required: {4}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="441"/>
        <source>读取</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="441"/>
        <source>写入</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="418"/>
        <source>{0}：{1} / {2} 行</source>
        <translation>{0}: {1} / {2} rows</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="387"/>
        <source>逐行检查台账</source>
        <translation>Checking the ledger row by row</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="418"/>
        <source>{0}：已处理 {1} 行</source>
        <translation>{0}: {1} rows done</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="455"/>
        <source>检查通过：{0} 行可以导入。</source>
        <translation>Check passed: {0} rows can be imported.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="457"/>
        <source> 将新建责任单位：{0}。</source>
        <translation> New responsible units: {0}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="459"/>
        <source> 另有 {0} 条提示，见下表。</source>
        <translation> {0} notes below.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="463"/>
        <source>发现 {0} 处错误（共 {1} 行），请修改文件或列对应后重试；不会导入任何数据。</source>
        <translation>{0} errors found ({1} rows): fix the file or the column mapping and try again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="476"/>
        <source>列的去向：</source>
        <translation>Where the columns go:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="477"/>
        <source>各行状态：</source>
        <translation>Row statuses:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="478"/>
        <source>  第 {0} 行：{1}（依据：{2}）</source>
        <translation>  Row {0}: {1} (based on: {2})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="480"/>
        <source>与已有事项重复：</source>
        <translation>Repeats of existing matters:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="480"/>
        <source>  第 {0} 行 {1}：同 {2}（{3}）</source>
        <translation>  Row {0} {1}: same as {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="503"/>
        <source>已导入 {0} 条事项，编号 {1} 至 {2}。</source>
        <translation>Imported {0} matters, numbered {1} to {2}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_import_dialog.py" line="508"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="47"/>
        <source>搜索标题、摘要、网址、发布者、日志内容（如：删帖、谣言）</source>
        <translation>Search titles, summaries, URLs, authors and log text (e.g. deletion, rumour)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="49"/>
        <source>发现日期</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="55"/>
        <source>全部等级</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="57"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="60"/>
        <source>全部责任单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="63"/>
        <source>全部处置措施</source>
        <translation>All measures</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="66"/>
        <source>全部分类标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="70"/>
        <source>全部关键词</source>
        <translation>All keywords</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="74"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="76"/>
        <source>新建事项</source>
        <translation>New matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="79"/>
        <source>导入台账…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="97"/>
        <source>没有符合条件的事项。清除搜索词或放宽筛选条件；发现舆情请点“新建事项”（Ctrl+Shift+N）。</source>
        <translation>No matters match. Clear the search words or widen the filters; to register a new incident click “New matter” (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="201"/>
        <source>搜索台账</source>
        <translation>Search the ledger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/matters/ledger_page.py" line="213"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="43"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="44"/>
        <source>发现时间</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="45"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="46"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="47"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="48"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="49"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="50"/>
        <source>处置措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="51"/>
        <source>报送时限</source>
        <translation>Report deadline</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="243"/>
        <source>（已作废）</source>
        <translation> (voided)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/ledger_model.py" line="261"/>
        <source> 作废</source>
        <translation> Voided</translation>
    </message>
</context>
<context>
    <name>LogEntriesModel</name>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="27"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="28"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="29"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="30"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="31"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="39"/>
        <source>有发现</source>
        <translation>found</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="40"/>
        <source>未发现</source>
        <translation>nothing found</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="41"/>
        <source>巡查：{sources}；结果：{result}</source>
        <translation>patrolled: {sources}; result: {result}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="42"/>
        <source>来自：{caller}</source>
        <translation>from: {caller}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="43"/>
        <source>指示领导：{leader}</source>
        <translation>instructed by: {leader}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="45"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="46"/>
        <source>已确认</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="47"/>
        <source>待接班人确认</source>
        <translation>awaiting the next officer&apos;s confirmation</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="119"/>
        <source>补录：发生于 {occurred}，录入于 {entered}</source>
        <translation>Late entry: happened {occurred}, typed in {entered}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="44"/>
        <source>移交未办结事项：{matters}；{confirmed}</source>
        <translation>open matters handed over: {matters}; {confirmed}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="98"/>
        <source>（补正）</source>
        <translation> (amendment)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="101"/>
        <source>（补录）</source>
        <translation> (late entry)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entries_model.py" line="111"/>
        <source>{text}&#x3000;〔{details}〕</source>
        <translation>{text}  [{details}]</translation>
    </message>
</context>
<context>
    <name>LogEntryEditor</name>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="64"/>
        <source>微博、微信公众号、抖音、本地论坛</source>
        <translation>Weibo, WeChat accounts, Douyin, local forums</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="68"/>
        <source>未发现</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="68"/>
        <source>有发现</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="77"/>
        <source>例如：早间巡查，未发现涉我单位负面舆情。</source>
        <translation>e.g. Morning patrol: nothing negative about our unit found.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="83"/>
        <source>保存记录</source>
        <translation>Save entry</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="92"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="100"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="101"/>
        <source>巡查平台</source>
        <translation>Sources patrolled</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="102"/>
        <source>巡查结果</source>
        <translation>Patrol result</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="103"/>
        <source>事项编号</source>
        <translation>Matter number</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="104"/>
        <source>来电单位/指示领导</source>
        <translation>Caller / instructing leader</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="105"/>
        <source>移交未办结事项</source>
        <translation>Open matters handed over</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="106"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="170"/>
        <source>已恢复 %1 自动保存的草稿。</source>
        <translation>Restored the draft saved automatically at %1.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_entry_editor.py" line="226"/>
        <source>保存日志</source>
        <translation>Save log entry</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="51"/>
        <source>全部班次</source>
        <translation>All shifts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="56"/>
        <location filename="../../dutylog/ui/log/log_page.py" line="173"/>
        <source>交班并关闭本班</source>
        <translation>Hand over and close shift</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="59"/>
        <source>补正所选记录…</source>
        <translation>Amend selected entry…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="61"/>
        <source>接班确认…</source>
        <translation>Confirm handover…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="63"/>
        <location filename="../../dutylog/ui/log/log_page.py" line="143"/>
        <source>接班人确认所选交接班记录</source>
        <translation>Incoming officer confirms the selected handover</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="75"/>
        <source>这一天（班次）还没有记录。在下方填写内容后点“保存记录”，或用 Alt+←/→ 换一天。</source>
        <translation>No entries for this day (shift) yet. Fill in the form below and click “Save entry”, or change the day with Alt+←/→.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="89"/>
        <source>值班日期</source>
        <translation>Duty date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="131"/>
        <source>读取值班日志</source>
        <translation>Reading the duty log</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="140"/>
        <source>本班已关闭（只读，可补正）</source>
        <translation>Shift closed (read-only; amendments allowed)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="148"/>
        <source>巡查：{0}</source>
        <translation>Patrols: {0}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="180"/>
        <location filename="../../dutylog/ui/log/log_page.py" line="182"/>
        <source>补正</source>
        <translation>Amend</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="180"/>
        <source>更正说明（原记录保留）：</source>
        <translation>Correction (the original entry is kept):</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/log_page.py" line="190"/>
        <source>接班确认</source>
        <translation>Confirm handover</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="57"/>
        <source>登录 — DutyLog 值班管理</source>
        <translation>Log in — DutyLog Duty Office</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="57"/>
        <source>切换用户 — DutyLog 值班管理</source>
        <translation>Switch user — DutyLog Duty Office</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="61"/>
        <source>DutyLog 值班管理</source>
        <translation>DutyLog Duty Office</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="81"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="82"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="86"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="87"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="87"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="95"/>
        <source>当前用户：{name}。登录另一个账号后，本窗口将以该账号操作。</source>
        <translation>Current user: {name}. After another account logs in, this window works as that account.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/login_dialog.py" line="139"/>
        <source>正在打开数据库，打开后自动登录…</source>
        <translation>Opening the database; you will be logged in once it is open…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="86"/>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="216"/>
        <source>数据库连接已恢复</source>
        <translation>Database connection restored</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="222"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="223"/>
        <source>年度归档…</source>
        <translation>Year&apos;s archive…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="228"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="233"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="241"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/main_window.py" line="242"/>
        <source>关于 DutyLog(&amp;A)</source>
        <translation>&amp;About DutyLog</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="62"/>
        <source>新建事项</source>
        <translation>New matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="62"/>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="381"/>
        <source>事项 </source>
        <translation>Matter </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="66"/>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="67"/>
        <source>办理过程</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="68"/>
        <source>证据备份</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="74"/>
        <source>交办督办</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="79"/>
        <source>应急预案</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="82"/>
        <source>台账原有列</source>
        <translation>Original columns</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="91"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="92"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="95"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="97"/>
        <source>作废后事项仍保留在台账中，编号不再使用</source>
        <translation>A voided matter stays in the ledger and its number is never reused</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="138"/>
        <source>负面</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="139"/>
        <source>中性</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="140"/>
        <source>正面</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="145"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="158"/>
        <source> 条</source>
        <translation> posts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="164"/>
        <source>跟踪至</source>
        <translation>Follow up until</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="170"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="171"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="174"/>
        <source>发布者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="176"/>
        <source>来源平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="177"/>
        <source>网址</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="178"/>
        <source>发布时间</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="179"/>
        <source>发现时间</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="180"/>
        <source>上报时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="181"/>
        <source>专报时间</source>
        <translation>Special report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="184"/>
        <source>倾向</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="186"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="188"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="189"/>
        <source>分类标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="194"/>
        <source>删帖数量</source>
        <translation>Posts removed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="198"/>
        <source>处置措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="199"/>
        <source>处置结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="200"/>
        <source>跟踪</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="209"/>
        <source>办理说明（可选），点击下方步骤按钮时一并记录</source>
        <translation>Note (optional), recorded with the step you click below</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="220"/>
        <source>选择一个文件查看预览</source>
        <translation>Select a file to preview it</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="224"/>
        <source>添加证据文件…</source>
        <translation>Add evidence file…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="253"/>
        <source>新事项：保存后自动编号。</source>
        <translation>New matter: numbered automatically when saved.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="286"/>
        <source>转为：</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="300"/>
        <source>报送时限：{due}（{state}）</source>
        <translation>Report due: {due} ({state})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="305"/>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="306"/>
        <source>等级：{grade}</source>
        <translation>Grade: {grade}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="312"/>
        <source>专报时限：{due}</source>
        <translation>Special report due: {due}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="314"/>
        <source>（已作废：{reason}）</source>
        <translation>(voided: {reason})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="405"/>
        <source>读取事项</source>
        <translation>Reading the matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="419"/>
        <source>已载入其他工作站保存的最新内容，请在此基础上重新修改。</source>
        <translation>Loaded the version saved on another workstation; make your changes again on top of it.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="425"/>
        <source>保存事项</source>
        <translation>Save matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="450"/>
        <source>办理事项</source>
        <translation>Handle matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="457"/>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="466"/>
        <source>作废事项</source>
        <translation>Void matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="457"/>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="471"/>
        <source>请先保存事项，再添加证据。</source>
        <translation>Save the matter before adding evidence.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="475"/>
        <source>选择证据文件</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="477"/>
        <source>证据 (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mht *.mhtml *.txt)</source>
        <translation>Evidence (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mht *.mhtml *.txt)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/matters/matter_dialog.py" line="500"/>
        <source>添加证据</source>
        <translation>Add evidence</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="187"/>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="221"/>
        <source>记录研判</source>
        <translation>Record assessment</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="202"/>
        <source>研判时间</source>
        <translation>Held at</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="203"/>
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="204"/>
        <source>参会单位</source>
        <translation>Units present</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="205"/>
        <source>研判结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/assign_dialog.py" line="206"/>
        <source>处置措施</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../dutylog/ui/office/opening.py" line="66"/>
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/opening.py" line="79"/>
        <source>正在打开数据库（如需升级，会先自动备份）…</source>
        <translation>Opening the database (a backup is made first if it needs an upgrade)…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/opening.py" line="91"/>
        <source>打开数据库时发生意外错误：{error}</source>
        <translation>Unexpected error while opening the database: {error}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../dutylog/ui/progress.py" line="41"/>
        <source>已取消，未保存任何结果。</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/operations.py" line="93"/>
        <source>程序内部错误：{error}</source>
        <translation>Internal error: {error}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/operations.py" line="385"/>
        <source>{what}未能完成。</source>
        <translation>{what} could not be completed.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="54"/>
        <source>今日值班</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="62"/>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="70"/>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="78"/>
        <source>舆情台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="86"/>
        <source>报告</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="94"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="102"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="109"/>
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="116"/>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="124"/>
        <source>通讯录</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/pages.py" line="132"/>
        <source>预案</source>
        <translation>Plans</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../dutylog/ui/accounts/password_dialog.py" line="24"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/password_dialog.py" line="34"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/password_dialog.py" line="35"/>
        <source>新密码（至少 8 位）</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/password_dialog.py" line="36"/>
        <source>再次输入新密码</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/password_dialog.py" line="49"/>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>PatrolPanel</name>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="43"/>
        <source>{time}  已巡查（{at} {who}）</source>
        <translation>{time}  patrolled ({at}, {who})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="47"/>
        <source>{time}  应巡查（{until} 前完成）</source>
        <translation>{time}  due (complete by {until})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="51"/>
        <source>{time}  未按时完成</source>
        <translation>{time}  missed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="52"/>
        <source>{time}  未到时间</source>
        <translation>{time}  not yet due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="63"/>
        <source>巡查安排</source>
        <translation>Patrol schedule</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="99"/>
        <source>读取巡查安排</source>
        <translation>Reading the patrol schedule</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="110"/>
        <source>巡查安排（已巡查 {done}/{n}）</source>
        <translation>Patrol schedule ({done}/{n} done)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="112"/>
        <source>巡查安排（已巡查 {done}/{n}，未按时完成 {missed}）</source>
        <translation>Patrol schedule ({done}/{n} done, {missed} missed)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="128"/>
        <source>未设置巡查时间</source>
        <translation>No patrol times set</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="139"/>
        <source>每次巡查搜索：{words}</source>
        <translation>Search on every patrol: {words}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/patrol_panel.py" line="148"/>
        <source>交接待办：{label}：{note}</source>
        <translation>Carried over: {label}: {note}</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="335"/>
        <source>请假/不可值班</source>
        <translation>Leave / unavailable</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="335"/>
        <source>特殊时期（24小时值守）</source>
        <translation>Special period (24-hour coverage)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="340"/>
        <source>例如：重大活动保障、敏感时期</source>
        <translation>e.g. major event, sensitive period</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="346"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="348"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="349"/>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="350"/>
        <source>结束日期</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="351"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="351"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="353"/>
        <source>请假期间不会排班；已排的值班会在检查中标出，可用替班调整。</source>
        <translation>No duties are planned during leave; duties already planned are flagged by the check and can be substituted.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="355"/>
        <source>特殊时期内值班员按白班、夜班轮换，保证全天有人值守；重新生成排班后生效。</source>
        <translation>During a special period officers take day and night shifts so the whole day is covered; takes effect when the roster is generated again.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_dialogs.py" line="373"/>
        <source>没有可选的人员。</source>
        <translation>Nobody to choose.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../dutylog/ui/office/placeholder_page.py" line="18"/>
        <source>这一功能尚在建设中。今日值班与日志记录请使用“今日值班”页。</source>
        <translation>This area is still being built. Use the Today page for today&apos;s duty and the log.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="70"/>
        <source>新建预案</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="70"/>
        <source>编辑预案</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="75"/>
        <source>不按等级</source>
        <translation>Not by grade</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="77"/>
        <source>及以上</source>
        <translation> or above</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="86"/>
        <source>预案名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="87"/>
        <source>按等级启动</source>
        <translation>Start at grade</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="88"/>
        <source>按标签启动</source>
        <translation>Start on tags</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="89"/>
        <source>按关键词启动</source>
        <translation>Start on keywords</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="90"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="95"/>
        <source>步骤内容</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="95"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="95"/>
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="95"/>
        <source>产出文书</source>
        <translation>Produces</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="98"/>
        <source>officer 值班员、leader 带班领导、head 办公室主任，或 unit:单位名称</source>
        <translation>officer (duty officer), leader (leader on duty), head (office head), or unit:unit name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="99"/>
        <source>分钟数（30）、小时（4h）或工作日（2wd）</source>
        <translation>Minutes (30), hours (4h) or working days (2wd)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="112"/>
        <source>添加步骤</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="115"/>
        <source>删除步骤</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="118"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="120"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="221"/>
        <source>保存预案</source>
        <translation>Save plan</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="50"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="50"/>
        <source>责任</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="50"/>
        <source>时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="50"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="50"/>
        <source>完成人/时间或原因</source>
        <translation>Done by/at or reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="56"/>
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="59"/>
        <source>跳过…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="62"/>
        <source>终止预案…</source>
        <translation>Stop plan…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="67"/>
        <source>手动启动</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="74"/>
        <source>预案：</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="103"/>
        <source>读取预案</source>
        <translation>Reading the plans</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="111"/>
        <source>关键词：</source>
        <translation>Keywords: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="111"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="114"/>
        <source>执行中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="114"/>
        <source>已终止：</source>
        <translation>Stopped: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="194"/>
        <source>标记预案步骤</source>
        <translation>Mark plan step</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="198"/>
        <source>跳过步骤</source>
        <translation>Skip step</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="198"/>
        <source>跳过原因：</source>
        <translation>Reason for skipping:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="211"/>
        <source>跳过预案步骤</source>
        <translation>Skip plan step</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="216"/>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="226"/>
        <source>终止预案</source>
        <translation>Stop plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="216"/>
        <source>终止原因（如事态平息、经研判无需处置）：</source>
        <translation>Reason for stopping (e.g. the situation has calmed down, or assessment found no action needed):</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="232"/>
        <source>启动预案</source>
        <translation>Start plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/matter_tab.py" line="236"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="50"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plan_dialog.py" line="52"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="72"/>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="125"/>
        <source>预案</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="73"/>
        <source>执行中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="76"/>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="79"/>
        <source>演练培训</source>
        <translation>Drills and training</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="98"/>
        <source>新建预案…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="99"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="100"/>
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="101"/>
        <source>附加预案文件…</source>
        <translation>Attach plan file…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="102"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="103"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="124"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="126"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="127"/>
        <source>责任</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="128"/>
        <source>时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="129"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="135"/>
        <source>正在执行的预案（逾期步骤标红；在事项的“应急预案”页标记完成）</source>
        <translation>Plans in progress (overdue steps in red; mark steps done on the matter’s “Emergency plan” tab)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="147"/>
        <source>读取预案</source>
        <translation>Reading the plans</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="156"/>
        <source>（已停用）</source>
        <translation> (disabled)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="160"/>
        <source>尚无预案。点“新建预案”录入，或从 Excel 导入。</source>
        <translation>No plans yet. Click “New plan” to enter one, or import them from Excel.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="175"/>
        <source>预案文件：</source>
        <translation>Plan file: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="182"/>
        <source>（{who}，{limit}内</source>
        <translation> ({who}, within {limit}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="185"/>
        <source>，产出{what}</source>
        <translation>, output: {what}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="246"/>
        <source>停用/启用预案</source>
        <translation>Disable/enable plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="251"/>
        <source>预案文件</source>
        <translation>Plan file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="251"/>
        <source>预案文件 (*.pdf *.docx *.doc *.wps)</source>
        <translation>Plan files (*.pdf *.docx *.doc *.wps)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="259"/>
        <source>附加预案文件</source>
        <translation>Attach plan file</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="262"/>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="267"/>
        <source>导入预案</source>
        <translation>Import plans</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="262"/>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="271"/>
        <source>预案表 (*.xlsx)</source>
        <translation>Plan workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="271"/>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="283"/>
        <source>导出预案</source>
        <translation>Export plans</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="281"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/plans_page.py" line="298"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../dutylog/ui/printing.py" line="42"/>
        <source>打印预览 — </source>
        <translation>Print preview — </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/printing.py" line="112"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/printing.py" line="126"/>
        <source>导出 Word</source>
        <translation>Export Word</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../dutylog/ui/plans/proposal.py" line="38"/>
        <source>启动应急预案</source>
        <translation>Start emergency plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/proposal.py" line="39"/>
        <source>该事项符合以下预案的启动条件。确认启动后，各步骤的时限自发现时间起算：</source>
        <translation>This matter meets the start conditions of the plans below. Once started, each step’s time limit counts from when the matter was discovered:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/proposal.py" line="47"/>
        <source>（{who}，{limit}内）</source>
        <translation> ({who}, within {limit})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/proposal.py" line="62"/>
        <location filename="../../dutylog/ui/plans/proposal.py" line="93"/>
        <source>启动预案</source>
        <translation>Start plan</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/plans/proposal.py" line="63"/>
        <source>暂不启动</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../dutylog/ui/office/recovery.py" line="22"/>
        <source>数据库文件 {path} 未通过完整性检查：
{problem}</source>
        <translation>The database file {path} failed its integrity check:
{problem}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/recovery.py" line="28"/>
        <location filename="../../dutylog/ui/office/recovery.py" line="38"/>
        <source>数据库损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/recovery.py" line="31"/>
        <source>在 {folder} 中没有找到可用的备份。请联系管理员。</source>
        <translation>No usable backup was found in {folder}. Please contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/recovery.py" line="41"/>
        <source>最近一份完好的备份是：
{name}

是否用它恢复？当前文件会另存一份，不会被删除。</source>
        <translation>The latest sound backup is:
{name}

Restore from it? The current file is kept aside, not deleted.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/recovery.py" line="51"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/recovery.py" line="52"/>
        <source>已从备份恢复：{name}</source>
        <translation>Restored from the backup: {name}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="27"/>
        <source>当日汇报提醒</source>
        <translation>Daily briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="30"/>
        <source>事项报送时限将至</source>
        <translation>Report deadline near</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="31"/>
        <source>{number}《{title}》须在 {due} 前报送。</source>
        <translation>{number} “{title}” must be reported by {due}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="34"/>
        <source>事项报送超时</source>
        <translation>Report overdue</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="35"/>
        <source>{number}《{title}》已超过报送时限（{due}），请立即报送。</source>
        <translation>{number} “{title}” was due at {due}: report it now.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="39"/>
        <source>专报提醒</source>
        <translation>Special report due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="40"/>
        <source>{number}《{title}》须在 {due} 前报送专报。</source>
        <translation>{number} “{title}”: the special report is due by {due}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="42"/>
        <source>专报超时</source>
        <translation>Special report overdue</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="43"/>
        <source>{number}《{title}》专报已超过时限（{due}），请立即报送。</source>
        <translation>{number} “{title}”: the special report was due at {due}; send it now.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="47"/>
        <source>已超时1小时以上，请报告带班领导。</source>
        <translation> More than an hour overdue: tell the leader on duty.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="49"/>
        <source>预案步骤逾期</source>
        <translation>Plan step overdue</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="50"/>
        <source>{number}《{plan}》第{step}步“{text}”（{who}）已超过时限（{due}），请尽快办理。</source>
        <translation>{number} “{plan}”, step {step} “{text}” ({who}), was due at {due}: please deal with it promptly.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="54"/>
        <source>巡查提醒</source>
        <translation>Patrol due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="55"/>
        <source>{time} 巡查已到时间，请在 {due} 前完成并记录。</source>
        <translation>The {time} patrol is due: complete and record it by {due}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="59"/>
        <source>舆情月报提醒</source>
        <translation>Monthly bulletin</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="62"/>
        <source>明日值班提醒</source>
        <translation>Duty tomorrow</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="63"/>
        <source>您明天（{day}）{shifts}担任{roles}。</source>
        <translation>Tomorrow ({day}) you are on duty: {shifts}, {roles}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="73"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="74"/>
        <source>明日到期</source>
        <translation>Due tomorrow</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="75"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="76"/>
        <source>回复待审核</source>
        <translation>Reply awaiting review</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="77"/>
        <source>跟踪到期</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="79"/>
        <source>督办提醒：{what}</source>
        <translation>Supervision: {what}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="81"/>
        <source>{number}《{title}》{unit}的回复待审核。</source>
        <translation>{number} “{title}”: the reply from {unit} awaits review.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="83"/>
        <source>{number}《{title}》跟踪至 {due}，请跟进。</source>
        <translation>{number} “{title}” is followed up until {due}: check on it.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="85"/>
        <source>{number}《{title}》{unit}，办理时限 {due}。</source>
        <translation>{number} “{title}”, {unit}: due {due}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="92"/>
        <source>{month} 舆情月报尚未撰写</source>
        <translation>The {month} monthly bulletin has not been written</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="93"/>
        <source>{month} 舆情月报尚未提交审签</source>
        <translation>The {month} monthly bulletin has not been submitted for signing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="94"/>
        <source>{month} 舆情月报已被退回，需修改后重新提交</source>
        <translation>The {month} monthly bulletin was returned and must be revised and submitted again</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="95"/>
        <source>{month} 舆情月报已提交，等待审签。</source>
        <translation>The {month} monthly bulletin was submitted and awaits signing.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="100"/>
        <source>，已过 {due} 报送时间。</source>
        <translation>; it was due on {due}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="102"/>
        <source>，请在 {due} 前报送。</source>
        <translation>; it is due by {due}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="116"/>
        <source>今日汇报已被退回，请修改后重新提交</source>
        <translation>Today&apos;s briefing was returned; please revise and resubmit it</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="118"/>
        <source>今日汇报尚未撰写</source>
        <translation>Today&apos;s briefing is not written yet</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="120"/>
        <source>今日汇报尚未提交</source>
        <translation>Today&apos;s briefing is not submitted yet</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="122"/>
        <source>，已过 {due} 下班时间。</source>
        <translation>; the {due} deadline has passed.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/reminder_text.py" line="124"/>
        <source>，请在 {due} 前提交。</source>
        <translation>; please submit it before {due}.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="77"/>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="130"/>
        <source>记录回复</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="80"/>
        <source>已办结，直接采纳（不再审核）</source>
        <translation>Closed: accept at once (no review)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="82"/>
        <source>已答复网民</source>
        <translation>Answered the netizen</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="84"/>
        <source>答复位置，如：留言板原帖下</source>
        <translation>Where, e.g. under the original post on the message board</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="91"/>
        <source>无附件</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="92"/>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="97"/>
        <source>回复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="99"/>
        <source>答复网民</source>
        <translation>Netizen answer</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="100"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="104"/>
        <source>选择回复附件</source>
        <translation>Choose reply attachment</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="141"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="142"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/account_dialogs.py" line="143"/>
        <source>重置</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="55"/>
        <source>审签汇报</source>
        <translation>Sign briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="55"/>
        <source>退回汇报</source>
        <translation>Return briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="59"/>
        <source>{name}（{title}）</source>
        <translation>{name} ({title})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="68"/>
        <source>批示意见（留空则为“已阅。”）</source>
        <translation>Instruction (empty means &quot;Read.&quot;)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="68"/>
        <source>请写明退回原因</source>
        <translation>State the reason for returning it</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="71"/>
        <source>审签领导</source>
        <translation>Signing leader</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="74"/>
        <source>批示意见</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="74"/>
        <source>退回原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="79"/>
        <source>审签</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="79"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/briefing_dialogs.py" line="84"/>
        <source>审签后汇报将被锁定，不能再修改。</source>
        <translation>A signed briefing is locked and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="139"/>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="173"/>
        <source>审核回复</source>
        <translation>Review reply</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="141"/>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="163"/>
        <source>没有待审核的回复。</source>
        <translation>No reply awaits review.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="144"/>
        <source>采纳，办结</source>
        <translation>Accept and close</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="146"/>
        <source>退回重办</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="151"/>
        <source>退回理由（退回时必填）</source>
        <translation>Reason for return (required when returning)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="156"/>
        <source>回复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="157"/>
        <source>审核意见</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="158"/>
        <source>退回理由</source>
        <translation>Return reason</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="42"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="44"/>
        <source>只读查看</source>
        <translation>Read-only viewer</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="47"/>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="56"/>
        <source>只有审核人（领导）可以审签</source>
        <translation>Only a reviewer (leader) may sign</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="57"/>
        <source>只有审核人（领导）可以退回</source>
        <translation>Only a reviewer (leader) may return</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="58"/>
        <source>只有当班的值班员可以撰写和提交汇报</source>
        <translation>Only the officer on duty may write and submit the briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="59"/>
        <source>只有值班员和领导可以撰写舆情月报</source>
        <translation>Only officers and leaders can write the monthly bulletin</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="60"/>
        <source>只有当班的值班员可以接班确认和补正</source>
        <translation>Only the officer on duty may confirm a handover or amend</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="61"/>
        <source>只有管理员可以修改值班表</source>
        <translation>Only an administrator may change the roster</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="62"/>
        <source>只有管理员可以管理人员</source>
        <translation>Only an administrator may manage the staff</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="63"/>
        <source>只有管理员可以导入往年台账</source>
        <translation>Only an administrator may import past ledgers</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="64"/>
        <source>只有管理员可以管理账号</source>
        <translation>Only an administrator may manage accounts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="65"/>
        <source>只有管理员可以修改单位设置</source>
        <translation>Only an administrator may change the office settings</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="66"/>
        <source>只有管理员可以设置备份</source>
        <translation>Only an administrator may set up backups</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="68"/>
        <source>当前账号无此权限</source>
        <translation>This account may not do this</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/rights.py" line="69"/>
        <source>{reason}；当前账号：{who}</source>
        <translation>{reason}; current account: {who}</translation>
    </message>
</context>
<context>
    <name>RosterListModel</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="185"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="186"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="187"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="188"/>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="189"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="190"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="191"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="192"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="195"/>
        <source>自动排班</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="196"/>
        <source>手工</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="197"/>
        <source>调整</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="221"/>
        <source>{kind}（{holiday}）</source>
        <translation>{kind} ({holiday})</translation>
    </message>
</context>
<context>
    <name>RosterMonthModel</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="38"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="39"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="40"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="41"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="42"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="43"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="44"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="113"/>
        <source>特殊时期：</source>
        <translation>Special period: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="117"/>
        <source>带班领导：</source>
        <translation>Leader: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="121"/>
        <source>值班员：</source>
        <translation>Officer: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="126"/>
        <source>备班：</source>
        <translation>Standby: </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="130"/>
        <source>⇄ 经调班或替班安排</source>
        <translation>⇄ Arranged by swap or substitute</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="156"/>
        <source>（班）</source>
        <translation> (workday)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="162"/>
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="168"/>
        <source>领导 </source>
        <translation>Leader </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="172"/>
        <source>值班 </source>
        <translation>Officer </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="177"/>
        <source>备班 </source>
        <translation>Standby </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/roster/roster_models.py" line="180"/>
        <source>%n 个问题</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="61"/>
        <source>上个月</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="65"/>
        <source>下个月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="67"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="75"/>
        <source>生成排班…</source>
        <translation>Generate…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="77"/>
        <source>调班…</source>
        <translation>Swap…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="78"/>
        <source>替班…</source>
        <translation>Substitute…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="79"/>
        <source>调班申请…</source>
        <translation>Swap requests…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="81"/>
        <source>节假日…</source>
        <translation>Holidays…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="82"/>
        <source>班次…</source>
        <translation>Shifts…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="86"/>
        <source>请假/不可值班…</source>
        <translation>Leave…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="87"/>
        <source>特殊时期…</source>
        <translation>Special period…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="88"/>
        <source>从表格导入人员…</source>
        <translation>Import staff from a spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="93"/>
        <source>人员与时期</source>
        <translation>People and periods</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="94"/>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="96"/>
        <source>PDF 值班表…</source>
        <translation>PDF roster…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="97"/>
        <source>Excel 表格…</source>
        <translation>Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="98"/>
        <source>日历文件 (.ics)…</source>
        <translation>Calendar file (.ics)…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="99"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="139"/>
        <source>月历</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="140"/>
        <source>列表</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="146"/>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="269"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="149"/>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="160"/>
        <source>统计与检查</source>
        <translation>Statistics and checks</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="161"/>
        <source>调整记录</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="217"/>
        <source>{y}年{m}月</source>
        <translation>{y}-{m:02d}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="237"/>
        <source>值班员次数最多与最少相差 {n}</source>
        <translation>Officers&apos; duty counts differ by {n}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="238"/>
        <source>带班领导次数最多与最少相差 {n}</source>
        <translation>Leaders&apos; duty counts differ by {n}.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="240"/>
        <source>；</source>
        <translation> </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/roster/roster_page.py" line="245"/>
        <source>本月 %n 个班次</source>
        <translation>
            <numerusform>%n duty this month</numerusform>
            <numerusform>%n duties this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/roster/roster_page.py" line="246"/>
        <source>（节假日 %n）</source>
        <translation>
            <numerusform> (%n on a holiday)</numerusform>
            <numerusform> (%n on holidays)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/roster/roster_page.py" line="247"/>
        <source>，缺岗 %n</source>
        <translation>
            <numerusform>, %n gap</numerusform>
            <numerusform>, %n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/roster/roster_page.py" line="248"/>
        <source>，问题 %n。</source>
        <translation>
            <numerusform>, %n problem.</numerusform>
            <numerusform>, %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/roster/roster_page.py" line="282"/>
        <source>已排 %n 个班次（{a} 至 {b}）。</source>
        <translation>
            <numerusform>%n duty planned ({a} to {b}).</numerusform>
            <numerusform>%n duties planned ({a} to {b}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/roster/roster_page.py" line="344"/>
        <source>已导入 %n 人，</source>
        <translation>
            <numerusform>%n person imported; </numerusform>
            <numerusform>%n people imported; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/roster/roster_page.py" line="345"/>
        <source>%n 人已在名单中未重复导入。</source>
        <translation>
            <numerusform>%n already on the list was skipped.</numerusform>
            <numerusform>%n already on the list were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="252"/>
        <source> {y} 年节假日尚未录入，仅按周末区分休息日。</source>
        <translation> Holidays of {y} not entered: only weekends count as rest days.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="287"/>
        <source>生成排班</source>
        <translation>Generate roster</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="329"/>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="339"/>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="343"/>
        <source>导入人员</source>
        <translation>Import staff</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="329"/>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="364"/>
        <source>导出值班表</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="383"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="390"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>RosterPrint</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_page.py" line="357"/>
        <source>打印值班表</source>
        <translation>Print roster</translation>
    </message>
</context>
<context>
    <name>RosterStatsModel</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="243"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="244"/>
        <source>值班次数</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="245"/>
        <source>带班</source>
        <translation>As leader</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="246"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="247"/>
        <source>工作日</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="248"/>
        <source>休息日</source>
        <translation>Rest days</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="249"/>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_models.py" line="250"/>
        <source>时长(小时)</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>RosterText</name>
    <message>
        <location filename="../../dutylog/ui/roster/roster_text.py" line="40"/>
        <source>{day} {role} {start}–{end} 无人值守</source>
        <translation>{day} {role}: nobody on duty {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_text.py" line="42"/>
        <source>{day} {name} 同时安排了两个值班（{start}–{end}）</source>
        <translation>{day} {name} has two duties at once ({start}–{end})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_text.py" line="44"/>
        <source>{day} {name} 请假期间被排班</source>
        <translation>{day} {name} is on duty while on leave</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_text.py" line="46"/>
        <source>{day} {name} 两次值班间仅休息 {hours} 小时</source>
        <translation>{day} {name} rests only {hours} h between duties</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_text.py" line="48"/>
        <source>{day} {name} 已停用</source>
        <translation>{day} {name} is inactive</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_text.py" line="59"/>
        <source>{day} {role}（{shift}）{name}</source>
        <translation>{day} {role} ({shift}) {name}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_text.py" line="66"/>
        <source>{at} {by} {kind}：{day} {role} {before} → {after}；原因：{reason}</source>
        <translation>{at} {by} {kind}: {day} {role} {before} → {after}; reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/roster_text.py" line="74"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../dutylog/ui/accounts/session.py" line="36"/>
        <source>账号(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/session.py" line="38"/>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/session.py" line="41"/>
        <source>注销/切换用户(&amp;L)…</source>
        <translation>&amp;Log out / switch user…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/session.py" line="50"/>
        <source>当前用户：</source>
        <translation>Current user: </translation>
    </message>
</context>
<context>
    <name>SettingsGroup</name>
    <message>
        <location filename="../../dutylog/ui/widgets/settings_group.py" line="23"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="61"/>
        <source>单位设置需要管理员权限；界面设置只影响本机。</source>
        <translation>Office settings need an administrator; interface settings affect this computer only.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="64"/>
        <source>单位与时间</source>
        <translation>Office and times</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="70"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="78"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="81"/>
        <source>提前提醒</source>
        <translation>remind before</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="85"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="86"/>
        <source>白班时间（交接班）</source>
        <translation>Day shift (handover)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="87"/>
        <source>事项编号前缀</source>
        <translation>Matter number prefix</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="88"/>
        <source>当日汇报截止</source>
        <translation>Daily briefing due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="90"/>
        <source>报送时限（自发现起，分钟）</source>
        <translation>Report time limits (minutes from discovery)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="92"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="93"/>
        <source>首报时限</source>
        <translation>First report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="94"/>
        <source>专报时限</source>
        <translation>Special report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="97"/>
        <source>随当日汇报</source>
        <translation>In daily briefing</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="97"/>
        <source>不需要</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="104"/>
        <source>选项列表（每行一项）</source>
        <translation>Option lists (one per line)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="108"/>
        <source>巡查平台</source>
        <translation>Patrol platforms</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="109"/>
        <source>分类标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="110"/>
        <source>处置措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="111"/>
        <source>责任单位</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="123"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="125"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="132"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="133"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="134"/>
        <source>保留份数</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="135"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="137"/>
        <source>现在把数据库复制到备份文件夹，并校验副本</source>
        <translation>Copy the database into the backup folder now and verify the copy</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="141"/>
        <source>节假日与调休…</source>
        <translation>Holidays and make-up days…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="144"/>
        <source>界面（本机）</source>
        <translation>Interface (this computer)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="148"/>
        <source>关闭窗口时最小化到系统托盘，继续提醒</source>
        <translation>Closing the window keeps DutyLog in the system tray with reminders</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="149"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="220"/>
        <source>服务器数据库请使用其自带的备份工具（如 pg_dump）。</source>
        <translation>Back up a server database with its own tools (such as pg_dump).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="263"/>
        <source>已保存。新的编号前缀用于此后登记的事项。</source>
        <translation>Saved. The new prefix applies to matters registered from now on.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="272"/>
        <source>已保存，倒计时立即按新时限计算。</source>
        <translation>Saved; countdowns use the new limits at once.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="280"/>
        <source>已保存。已在使用的责任单位不会被删除。</source>
        <translation>Saved. Units in use are never removed.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="284"/>
        <location filename="../../dutylog/ui/office/settings_page.py" line="299"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="298"/>
        <source>界面语言已切换；部分文字需重新启动后更新。</source>
        <translation>Language changed; some texts change after a restart.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="304"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/settings_page.py" line="308"/>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
</context>
<context>
    <name>ShiftPatternDialog</name>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="34"/>
        <source>全天班（24 小时）</source>
        <translation>Full day (24 hours)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="35"/>
        <source>白班/夜班</source>
        <translation>Day/night shifts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="36"/>
        <source>三班：早班、中班、大夜班</source>
        <translation>Three shifts: early, middle, night</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="48"/>
        <source>{day} 起：{kind}，{times}</source>
        <translation>From {day}: {kind}, {times}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="60"/>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="133"/>
        <source>班次设置</source>
        <translation>Shift pattern</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="81"/>
        <source>班次</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="82"/>
        <source>各班开始时间</source>
        <translation>Shift start times</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="83"/>
        <source>自此日起</source>
        <translation>Starting on</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="90"/>
        <source>已设置的班次（此前的日期保持原班次）：</source>
        <translation>Shift patterns set (earlier days keep theirs):</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="93"/>
        <source>改变班次后，请重新生成该日期以后的排班。</source>
        <translation>After changing the shifts, generate the roster again from that date on.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="104"/>
        <source>读取班次</source>
        <translation>Reading the shifts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/shift_dialog.py" line="111"/>
        <source>未设置：按作息时间与排班规则</source>
        <translation>None set: office hours and roster rules apply</translation>
    </message>
</context>
<context>
    <name>StaffAccountsForm</name>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="54"/>
        <source>管理员账号已创建。可以现在为名单上的人员各建一个账号，也可以跳过，以后在“设置”中添加。</source>
        <translation>The administrator account is created. You can now create an account for each person on the staff list, or skip and add them later in Settings.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="56"/>
        <source>勾选的人使用同一个初始密码，请他们首次登录后在“账号”菜单中修改。</source>
        <translation>The ticked people share one initial password; ask them to change it in the Account menu at their first login.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="61"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="61"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="61"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="83"/>
        <source>初始密码（至少 8 位）</source>
        <translation>Initial password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="84"/>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="89"/>
        <source>创建账号</source>
        <translation>Create accounts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="93"/>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/accounts/staff_accounts.py" line="122"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="56"/>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="60"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="60"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="60"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="65"/>
        <source>统计</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="71"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="73"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="75"/>
        <source>导出 Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="84"/>
        <source>统计报告</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="85"/>
        <source>信息报送</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="87"/>
        <source>交办与考核</source>
        <translation>Assignments and assessment</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="125"/>
        <source>报送信息标题</source>
        <translation>Title of the submission</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="127"/>
        <source>如：市委网信办</source>
        <translation>e.g. the city cyberspace office</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="129"/>
        <source>事项编号（可空）</source>
        <translation>Matter number (optional)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="132"/>
        <source>信息由哪个单位报来：计入该单位的信息报送考核</source>
        <translation>The unit that sent the information; it counts toward that unit’s submission assessment</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="133"/>
        <source>设置所选记录的来源单位…</source>
        <translation>Set source unit…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="136"/>
        <source>已采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="137"/>
        <source>获批示</source>
        <translation>Instructed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="138"/>
        <source>添加报送记录</source>
        <translation>Add submission</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="144"/>
        <source>报送日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="146"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="148"/>
        <source>报送单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="150"/>
        <source>关联事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="152"/>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="272"/>
        <source>信息来源单位</source>
        <translation>Source unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="210"/>
        <source>每日舆情数量</source>
        <translation>Matters per day</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="211"/>
        <source>按等级</source>
        <translation>By grade</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="212"/>
        <source>按来源</source>
        <translation>By source</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="219"/>
        <source>本期报送 %n 条，</source>
        <translation>
            <numerusform>%n submission in the period, </numerusform>
            <numerusform>%n submissions in the period, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="220"/>
        <source>采用 %n 条（采用率 {rate}），</source>
        <translation>
            <numerusform>%n adopted ({rate}), </numerusform>
            <numerusform>%n adopted ({rate}), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="221"/>
        <source>获批示 %n 条。</source>
        <translation>
            <numerusform>%n with an instruction.</numerusform>
            <numerusform>%n with instructions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="252"/>
        <source>已添加报送记录。</source>
        <translation>Submission added.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="257"/>
        <source>本单位（不计入单位考核）</source>
        <translation>Our unit (not assessed)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="267"/>
        <source>请先在表中选择一条报送记录。</source>
        <translation>Select a submission in the table first.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="284"/>
        <source>已设置来源单位。</source>
        <translation>Source unit set.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="292"/>
        <source>网络舆情工作统计报告（{period}）</source>
        <translation>Public-opinion work statistics ({period})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/stats_page.py" line="308"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="53"/>
        <source>{number} {title}&#x3000;{unit}（{role}），时限 {due}，{status}</source>
        <translation>{number} {title}  {unit} ({role}), due {due}, {status}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="57"/>
        <source>主办</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="57"/>
        <source>协办</source>
        <translation>Assisting</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="66"/>
        <source>补录过去发生的步骤时勾选并填写时间；不勾选即为现在</source>
        <translation>Tick and enter the time to record a step that happened earlier; unticked means now</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="70"/>
        <source>补录时间</source>
        <translation>Happened at</translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../../dutylog/ui/briefings/submissions_model.py" line="26"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/submissions_model.py" line="27"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/submissions_model.py" line="28"/>
        <source>报送单位</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/submissions_model.py" line="29"/>
        <source>信息来源单位</source>
        <translation>Source unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/submissions_model.py" line="30"/>
        <source>关联事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/submissions_model.py" line="31"/>
        <source>采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/briefings/submissions_model.py" line="32"/>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../dutylog/ui/supervision/steps.py" line="55"/>
        <source>记录回复…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/steps.py" line="56"/>
        <source>审核回复…</source>
        <translation>Review reply…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/steps.py" line="57"/>
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/steps.py" line="58"/>
        <source>催办…</source>
        <translation>Chase…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/steps.py" line="59"/>
        <source>督查卡预览</source>
        <translation>Preview card</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/steps.py" line="60"/>
        <source>督查卡 PDF…</source>
        <translation>Card PDF…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/steps.py" line="85"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/steps.py" line="113"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>SupervisionCard</name>
    <message>
        <location filename="../../dutylog/ui/supervision/card.py" line="35"/>
        <source>督查卡</source>
        <translation>Supervision card</translation>
    </message>
</context>
<context>
    <name>SupervisionModel</name>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="120"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/supervision/models.py" line="118"/>
        <source>超期 %n 个工作日</source>
        <translation>
            <numerusform>%n workday late</numerusform>
            <numerusform>%n workdays late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dutylog/ui/supervision/models.py" line="121"/>
        <source>剩 %n 个工作日</source>
        <translation>
            <numerusform>%n workday left</numerusform>
            <numerusform>%n workdays left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="103"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="104"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="105"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="106"/>
        <source>主/协办</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="107"/>
        <source>交办时间</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="108"/>
        <source>完成时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="109"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="110"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="111"/>
        <source>催办</source>
        <translation>Chased</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="139"/>
        <source>主办</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="141"/>
        <source>协办</source>
        <translation>Assisting</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../../dutylog/ui/supervision/supervision_page.py" line="52"/>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/supervision_page.py" line="63"/>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/supervision_page.py" line="71"/>
        <source>没有待办理的交办件。在事项的“交办督办”页交办后，会列在这里。</source>
        <translation>No open assignments. Assign a matter on its “Assignments” tab and it is listed here.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/supervision_page.py" line="78"/>
        <source>待审核回复、跟踪到期</source>
        <translation>Replies to review, follow-ups due</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/supervision_page.py" line="92"/>
        <source>打开事项</source>
        <translation>Open matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/supervision_page.py" line="133"/>
        <source>读取督办</source>
        <translation>Reading the supervision list</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/supervision_page.py" line="157"/>
        <source>今日没有到期、超期或待审核的交办件。</source>
        <translation>No assignments due, overdue or awaiting review today.</translation>
    </message>
</context>
<context>
    <name>SupervisionSettings</name>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="40"/>
        <source>交办督办</source>
        <translation>Assignments and supervision</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="48"/>
        <source> 个工作日</source>
        <translation> workdays</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="55"/>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="56"/>
        <source>首次响应</source>
        <translation>First response</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="58"/>
        <source>办理时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="63"/>
        <source>报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="64"/>
        <source>采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="65"/>
        <source>批示</source>
        <translation>Instructed</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="71"/>
        <source> 分</source>
        <translation> points</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="76"/>
        <source>信息报送计分（每条）</source>
        <translation>Submission points (each)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="91"/>
        <source> 条</source>
        <translation> items</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="92"/>
        <source>设置任务数</source>
        <translation>Set quota</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="99"/>
        <source>单位任务数</source>
        <translation>Unit quotas</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="128"/>
        <source>已保存交办时限和计分标准。</source>
        <translation>Time limits and points saved.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="133"/>
        <source>通讯录里还没有单位。</source>
        <translation>No units in the contacts yet.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/settings_group.py" line="145"/>
        <source>已设置 {unit} 自 {start} 起的{period}任务数：{n} 条。</source>
        <translation>Quota set for {unit} ({period} from {start}): {n}.</translation>
    </message>
</context>
<context>
    <name>SupervisionStats</name>
    <message>
        <location filename="../../dutylog/ui/supervision/stats_tab.py" line="56"/>
        <source>所选期间没有交办件。</source>
        <translation>No assignments in this period.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/stats_tab.py" line="58"/>
        <source>该考核期没有信息报送，也未设任务数。</source>
        <translation>No submissions and no quotas in this assessment period.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/stats_tab.py" line="64"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/stats_tab.py" line="72"/>
        <source>各单位交办件办理情况（按按时回复率排名）</source>
        <translation>Assignments by unit (ranked by on-time reply rate)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/stats_tab.py" line="77"/>
        <source>信息报送考核</source>
        <translation>Submission assessment</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/stats_tab.py" line="112"/>
        <source>统计交办件</source>
        <translation>Counting assignments</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/stats_tab.py" line="124"/>
        <location filename="../../dutylog/ui/supervision/stats_tab.py" line="141"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/stats_tab.py" line="146"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>SwapRequestDialog</name>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="87"/>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="240"/>
        <source>申请调班</source>
        <translation>Request a swap</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="100"/>
        <source>例如：出差、病假、家中有事</source>
        <translation>e.g. business trip, sick leave, family matters</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="106"/>
        <source>申请人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="107"/>
        <source>我的值班</source>
        <translation>My duty</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="108"/>
        <source>请谁接班</source>
        <translation>Who takes over</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="109"/>
        <source>我换回对方的值班</source>
        <translation>Their duty I take in return</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="110"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="114"/>
        <source>提交申请</source>
        <translation>Submit request</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="119"/>
        <source>调班须对方确认、领导批准后才生效；只列出按规则可以接班的同岗位人员。</source>
        <translation>A swap takes effect once the other person accepts and a leader approves; only people in the same role whom the rules allow are listed.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="129"/>
        <source>读取人员</source>
        <translation>Reading the staff</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="132"/>
        <source>当前账号没有关联值班人员，不能申请调班。</source>
        <translation>This account is not linked to a person, so it cannot request swaps.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="158"/>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="208"/>
        <source>读取值班</source>
        <translation>Reading the duties</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="167"/>
        <source>近两个月没有可以调整的值班。</source>
        <translation>No duties in the next two months can be changed.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="182"/>
        <source>读取可接班人员</source>
        <translation>Reading who can take over</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="192"/>
        <source>没有按规则可以接这个班的人员（同岗位、未请假、休息充足）。</source>
        <translation>Nobody can take this duty under the rules (same role, not on leave, enough rest).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="199"/>
        <source>不换回（替班）</source>
        <translation>Nothing in return (substitute)</translation>
    </message>
</context>
<context>
    <name>SwapRequestsDialog</name>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="251"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="252"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="253"/>
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="254"/>
        <source>申请人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="255"/>
        <source>接班人</source>
        <translation>Taking over</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="256"/>
        <source>换回</source>
        <translation>In return</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="257"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="258"/>
        <source>处理</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="269"/>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="382"/>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="389"/>
        <source>调班申请</source>
        <translation>Swap requests</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="282"/>
        <source>申请调班…</source>
        <translation>Request a swap…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="283"/>
        <source>接受</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="284"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="285"/>
        <source>不同意…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="313"/>
        <source>读取调班申请</source>
        <translation>Reading the swap requests</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="326"/>
        <source>{who} 批准</source>
        <translation>Approved by {who}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="369"/>
        <source>不同意</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="369"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/roster/swap_dialogs.py" line="389"/>
        <source>未能批准：{why}</source>
        <translation>Could not approve: {why}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="119"/>
        <source>当前值班</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="126"/>
        <source>双击或按回车打开事项</source>
        <translation>Double-click or press Enter to open the matter</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="129"/>
        <source>未办结事项</source>
        <translation>Open matters</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="137"/>
        <source>提醒</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="169"/>
        <source>今天还没有记录。在下方选择类型、填写内容后点“保存记录”（Ctrl+Enter）。</source>
        <translation>No entries yet today. Choose a kind below, type the content and press &quot;Save entry&quot; (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="174"/>
        <source>今日值班日志</source>
        <translation>Today&apos;s duty log</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="181"/>
        <source>新增记录</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="191"/>
        <source>交接班…</source>
        <translation>Handover…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="194"/>
        <source>接班确认…</source>
        <translation>Confirm handover…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="241"/>
        <source>读取今日值班</source>
        <translation>Reading today&apos;s duty</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="253"/>
        <source>填写交接班清单</source>
        <translation>Fill in the handover checklist</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="254"/>
        <source>接班人逐项确认交接班</source>
        <translation>The incoming officer confirms the handover item by item</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="282"/>
        <source>{day} 的汇报被退回：{reason}</source>
        <translation>The briefing of {day} was returned: {reason}</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="283"/>
        <source>（未写理由）</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="291"/>
        <source>请到“汇报”页修改后重新提交。</source>
        <translation>Revise it on the Briefings page and submit it again.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="309"/>
        <source>当前时段没有安排值班。请到“排班”页安排值班员和带班领导。</source>
        <translation>Nobody is rostered for this shift. Assign a duty officer and a leader on the Roster page.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="314"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="314"/>
        <location filename="../../dutylog/ui/log/today_page.py" line="315"/>
        <source>（未安排）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="315"/>
        <source>带班领导</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="318"/>
        <source>备班</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="330"/>
        <source>未办结事项（{n}）</source>
        <translation>Open matters ({n})</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="332"/>
        <source>【{grade}】</source>
        <translation>[{grade}] </translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/today_page.py" line="344"/>
        <source>暂无未办结事项</source>
        <translation>No open matters</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="39"/>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="80"/>
        <source>新增单位</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="39"/>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="89"/>
        <source>编辑单位</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="49"/>
        <source>在用（取消勾选即撤销，历史记录保留）</source>
        <translation>Active (untick to retire it; its history is kept)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="52"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="53"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="54"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="61"/>
        <source>联络员（可选）</source>
        <translation>Liaison (optional)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/unit_dialogs.py" line="62"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="38"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="39"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="40"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="41"/>
        <source>联络员</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="42"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="60"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/models.py" line="62"/>
        <source>已撤销</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>UrgeDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="260"/>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="281"/>
        <source>催办</source>
        <translation>Chase up</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="267"/>
        <source>如：已电话联系联络员，承诺明日回复</source>
        <translation>e.g. phoned the liaison, who promised a reply tomorrow</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="268"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/action_dialogs.py" line="269"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>WatchSettings</name>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="22"/>
        <source>巡查与交接班</source>
        <translation>Patrols and handover</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="27"/>
        <source>每天的巡查时间，用逗号分开</source>
        <translation>Daily patrol times, separated by commas</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="31"/>
        <source> 分钟内完成</source>
        <translation> min to finish</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="36"/>
        <source> 分钟一次</source>
        <translation> min apart</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="37"/>
        <source>不安排</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="42"/>
        <source>巡查时间</source>
        <translation>Patrol times</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="43"/>
        <source>每次巡查</source>
        <translation>Each patrol</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="44"/>
        <source>重点时段夜间巡查</source>
        <translation>Night patrols in key periods</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="45"/>
        <source>交接班清单（每行一项）</source>
        <translation>Handover checklist (one item per line)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/log/watch_settings.py" line="65"/>
        <source>已保存。今天起按新的巡查时间提醒，交接班使用新的清单。</source>
        <translation>Saved. From today patrol reminders follow the new times, and handovers use the new checklist.</translation>
    </message>
</context>
<context>
    <name>WindowShell</name>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="78"/>
        <source>操作(&amp;A)</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="83"/>
        <source>新增日志记录</source>
        <translation>New log entry</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="84"/>
        <source>新建事项…</source>
        <translation>New matter…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="85"/>
        <source>搜索台账</source>
        <translation>Search the ledger</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="86"/>
        <source>打印当前页…</source>
        <translation>Print this page…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="87"/>
        <source>前一天</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="88"/>
        <source>后一天</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="96"/>
        <source>使用说明(&amp;U)</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="98"/>
        <source>键盘快捷键(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="143"/>
        <source>本页没有可打印的内容。</source>
        <translation>Nothing to print on this page.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="163"/>
        <source>保存对话框 / 取消</source>
        <translation>Save dialog / cancel</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="164"/>
        <source>保存日志记录</source>
        <translation>Save log entry</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="170"/>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="173"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="173"/>
        <source>快捷键</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="189"/>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="226"/>
        <source>检查提醒</source>
        <translation>Checking reminders</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="267"/>
        <source>显示主窗口</source>
        <translation>Show window</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="268"/>
        <source>注销/切换用户…</source>
        <translation>Log out / switch user…</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="270"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="303"/>
        <source>DutyLog 仍在运行</source>
        <translation>DutyLog is still running</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/shell.py" line="303"/>
        <source>提醒会继续显示在这里。右键图标可退出。</source>
        <translation>Reminders keep appearing here. Right-click the icon to quit.</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../../dutylog/ui/supervision/write_dialog.py" line="37"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/supervision/write_dialog.py" line="38"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>YearArchive</name>
    <message>
        <location filename="../../dutylog/ui/office/year_archive.py" line="46"/>
        <location filename="../../dutylog/ui/office/year_archive.py" line="70"/>
        <location filename="../../dutylog/ui/office/year_archive.py" line="84"/>
        <source>年度归档</source>
        <translation>Year&apos;s archive</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/year_archive.py" line="47"/>
        <source>归档年份：</source>
        <translation>Year to archive:</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/year_archive.py" line="54"/>
        <source>{unit}{year}年档案.zip</source>
        <translation>{unit} archive {year}.zip</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/year_archive.py" line="60"/>
        <source>保存归档包</source>
        <translation>Save the archive package</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/year_archive.py" line="62"/>
        <source>归档包 (*.zip)</source>
        <translation>Archive package (*.zip)</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/year_archive.py" line="71"/>
        <source>已生成 {year} 年归档包：
{path}
{files} 个文件，{matters} 条事项，{size} 字节。</source>
        <translation>The {year} archive package is ready:
{path}
{files} files, {matters} matters, {size} bytes.</translation>
    </message>
    <message>
        <location filename="../../dutylog/ui/office/year_archive.py" line="93"/>
        <source>生成 {year} 年归档包</source>
        <translation>Build the {year} archive package</translation>
    </message>
</context>
<context>
    <name>self.operations</name>
    <message>
        <location filename="../../dutylog/ui/operations.py" line="157"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
