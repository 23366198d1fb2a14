"""Draft the end-of-day briefing (当日汇报) from a day's facts, as editable HTML."""

from __future__ import annotations

import html

from dutylog.domain.briefings.reporting import DayFacts, EntryLine, MatterLine
from dutylog.domain.enums import EntryKind, Grade, MatterStatus
from dutylog.domain.log.patrols import PatrolStatus, patrol_summary
from dutylog.domain.supervision.assignments import MeetingRecord
from dutylog.reports.text import clock, long_date, long_date_weekday, para, section, stamp, subsection, table


def briefing_title(facts: DayFacts) -> str:
    shift = f"（{facts.shift.zh}）" if facts.shift is not None else ""
    return f"{long_date(facts.duty_date)}{shift}网络舆情值班情况汇报"


def summary_sentence(facts: DayFacts) -> str:
    """The one-paragraph summary: "今日共巡查N次，发现舆情M条，其中重大X条……"."""
    patrols = len(facts.of_kind(EntryKind.PATROL))
    new = [m for m in facts.matters_today if m.id in facts.new_matter_ids]
    on_time = all(slot.status is PatrolStatus.DONE for slot in facts.patrols)
    # A schedule not kept is said so ("应巡查3次，实际巡查2次，17:30巡查未按时完成").
    parts = [f"今日共巡查{patrols}次" if on_time else f"今日{patrol_summary(facts.patrols, patrols)}"]
    if facts.since_last:
        parts.append(f"上次汇报后新发现舆情{len(facts.since_last)}条")
    if new:
        by_grade = [
            f"{grade.zh}{sum(1 for m in new if m.grade is grade)}条"
            for grade in sorted(Grade, key=lambda g: -g.rank)
            if any(m.grade is grade for m in new) or grade in (Grade.MAJOR, Grade.ORDINARY)
        ]
        parts.append(f"发现舆情{len(new)}条，其中{'、'.join(by_grade)}")
    elif not facts.since_last:
        parts.append("未发现新的舆情")
    closed = sum(1 for m in facts.matters_today if m.status is MatterStatus.CLOSED)
    removed = sum(m.posts_removed for m in facts.matters_today)
    if facts.matters_today:
        parts.append(f"当日涉及事项{len(facts.matters_today)}件，办结{closed}件")
    if removed:
        parts.append(f"累计删除帖文{removed}条")
    if facts.carried_over:
        parts.append(f"此前未办结、持续关注事项{len(facts.carried_over)}件")
    calls = len(facts.of_kind(EntryKind.CALL))
    instructions = len(facts.of_kind(EntryKind.INSTRUCTION))
    parts.append(f"接听来电来文{calls}次，领导指示{instructions}条")
    return "，".join(parts) + "。"


def _matter_paragraph(index: int, matter: MatterLine, is_new: bool) -> str:
    facts = [matter.number]
    if matter.source:
        facts.append(matter.source)
    facts.append(f"{'发现于' if is_new else '发现时间'} {stamp(matter.discovered_at)}")
    if matter.reported_at is not None:
        facts.append(f"{clock(matter.reported_at)} 上报")
    mark = f"【{matter.grade.zh}】" if matter.major else ""
    text = f"{index}. {mark}{matter.title}（{'，'.join(facts)}）。"
    details = [f"当前状态：{matter.status.zh}"]
    if matter.measures:
        details.append(f"处置措施：{'、'.join(matter.measures)}")
    if matter.posts_removed:
        details.append(f"删除帖文{matter.posts_removed}条")
    if matter.unit_name:
        details.append(f"责任单位：{matter.unit_name}")
    if matter.outcome:
        details.append(f"处理结果：{matter.outcome}")
    details.extend(matter.plan_progress)
    body = html.escape(text)
    if matter.major:
        body = f"<b>{body}</b>"
    extra = html.escape("；".join(details) + "。")
    summary = f"{html.escape(matter.summary)}" if matter.summary else ""
    return f"<p>{body}{summary}{extra}</p>"


_PATROL_RESULTS = {"none": "未发现负面舆情", "found": "发现舆情，已登记"}


def _patrol_text(entry: EntryLine) -> str:
    """Sources and result when the entry form recorded them; else what the officer wrote."""
    if not entry.sources:
        return entry.text
    result = _PATROL_RESULTS.get(entry.result, "")
    return "、".join(entry.sources) + (f"；{result}" if result else "")


def _none() -> str:
    return para("无。")


def meeting_sentence(facts: DayFacts, meeting: MeetingRecord) -> str:
    """One research meeting (研判) as the briefing reports it: when, on what, who, what was decided."""
    matters = {m.id: m for m in (*facts.matters_today, *facts.since_last, *facts.carried_over)}
    matter = matters.get(meeting.matter_id)
    subject = f"就“{matter.title}”（{matter.number}）" if matter is not None else ""
    units = f"，{meeting.units}参加" if meeting.units else ""
    text = f"{clock(meeting.at)}　{subject}组织研判，参会人员：{meeting.participants}{units}。"
    text += f"研判结论：{meeting.conclusion.rstrip('。')}"
    if meeting.measures:
        text += f"。处置措施：{meeting.measures.rstrip('。')}"
    return text + "。"


def draft_briefing_html(facts: DayFacts) -> str:
    """The body an officer starts editing from. Empty days still give a complete "无" briefing."""
    officers = "、".join(facts.officers) or "无"
    leaders = "、".join(facts.leaders) or "无"
    shift = f"　班次：{facts.shift.zh}" if facts.shift is not None else ""
    out = [
        f"<p>单位：{html.escape(facts.unit_name)}　日期：{long_date_weekday(facts.duty_date)}{shift}</p>",
        f"<p>值班员：{html.escape(officers)}　带班领导：{html.escape(leaders)}</p>",
        section(1, "总体情况"),
        para(summary_sentence(facts) if not facts.is_empty else "今日无值班记录，未发现舆情。"),
    ]
    n = 2
    majors = [m for m in facts.matters_today if m.major]
    if majors:
        out.append(section(n, "重大舆情（重点关注）"))
        out += [_matter_paragraph(i, m, m.id in facts.new_matter_ids) for i, m in enumerate(majors, 1)]
        n += 1
    out.append(section(n, "当日舆情事项"))
    if not facts.matters_today:
        out.append(_none())
    sub = 1
    for grade in sorted(Grade, key=lambda g: -g.rank):
        group = [m for m in facts.matters_today if m.grade is grade]
        if not group:
            continue
        out.append(subsection(sub, f"{grade.zh}（{len(group)}件）"))
        out += [_matter_paragraph(i, m, m.id in facts.new_matter_ids) for i, m in enumerate(group, 1)]
        sub += 1
    n += 1
    if facts.since_last:
        out.append(section(n, "上次汇报后新发现"))
        out += [_matter_paragraph(i, m, True) for i, m in enumerate(facts.since_last, 1)]
        n += 1
    out.append(section(n, "持续关注事项"))
    if facts.carried_over:
        rows = [
            [m.number, m.title, m.grade.zh, m.status.zh, f"{m.discovered_at:%m-%d %H:%M}"]
            for m in facts.carried_over
        ]
        out.append(table(["编号", "事项", "等级", "状态", "发现时间"], rows))
    else:
        out.append(_none())
    n += 1
    out.append(section(n, "巡查情况"))
    patrols = facts.of_kind(EntryKind.PATROL)
    if patrols:
        rows = [[clock(e.occurred_at), _patrol_text(e), e.author_name] for e in patrols]
        out.append(table(["时间", "巡查内容及来源", "值班员"], rows))
    elif not facts.patrols:
        out.append(_none())
    missed = [slot for slot in facts.patrols if slot.status is PatrolStatus.MISSED]
    if missed:
        out.append(para(f"{patrol_summary(facts.patrols, len(patrols))}。"))
    n += 1
    out.append(section(n, "来电来文及领导指示"))
    talks = [e for e in facts.entries if e.kind in (EntryKind.CALL, EntryKind.INSTRUCTION)]
    out += [para(f"{clock(e.occurred_at)}　{e.kind.zh}：{e.text}") for e in talks] or [_none()]
    n += 1
    if facts.meetings:
        out.append(section(n, "研判情况"))
        out += [para(meeting_sentence(facts, meeting)) for meeting in facts.meetings]
        n += 1
    out.append(section(n, "交接班事项"))
    handovers = facts.of_kind(EntryKind.HANDOVER)
    out += [para(f"{clock(e.occurred_at)}　{e.text}") for e in handovers] or [_none()]
    return "\n".join(out)
