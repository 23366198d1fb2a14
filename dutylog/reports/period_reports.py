"""Statistics, weekly and special reports as HTML bodies in the report subset."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.reporting import PeriodStatistics, SpecialReportFacts
from dutylog.reports.official import OfficialDocument
from dutylog.reports.text import long_date, minutes_text, para, section, stamp, table

if TYPE_CHECKING:
    from dutylog.services.reports import WeeklyFacts


def period_label(stats: PeriodStatistics) -> str:
    if stats.first == stats.last:
        return long_date(stats.first)
    return f"{long_date(stats.first)}至{long_date(stats.last)}"


def summary_paragraph(stats: PeriodStatistics) -> str:
    """A work-summary sentence: "本期共处置舆情事件8起，删除失实帖文36条……"."""
    if not stats.matters_total:
        head = "本期未发现舆情事件"
    else:
        grades = "、".join(
            f"{grade.zh}{stats.by_grade.get(grade.value, 0)}起"
            for grade in sorted(Grade, key=lambda g: -g.rank)
            if stats.by_grade.get(grade.value, 0)
        )
        head = f"本期共处置舆情事件{stats.matters_total}起（{grades}），已办结{stats.closed}起"
    parts = [head]
    if stats.posts_removed:
        parts.append(f"删除失实帖文{stats.posts_removed}条")
    parts.append(f"开展巡查{stats.patrols}次")
    if stats.instructions:
        parts.append(f"落实领导批示指示{stats.instructions}条")
    if stats.reported:
        parts.append(f"从发现到上报平均用时（中位数）{minutes_text(stats.median_minutes_to_report)}")
    if stats.overdue:
        parts.append(f"超时报送{stats.overdue}起")
    if stats.submissions:
        rate = f"{stats.adoption_rate:.0%}" if stats.adoption_rate is not None else "—"
        parts.append(
            f"向上级报送信息{stats.submissions}条，被采用{stats.adopted}条（采用率{rate}），"
            f"获领导批示{stats.instructed}条"
        )
    return "，".join(parts) + "。"


def _count_table(title: str, counts: dict[str, int], labels: dict[str, str] | None = None) -> str:
    rows = [[(labels or {}).get(key, key), str(value)] for key, value in counts.items() if value]
    if not rows:
        return para(f"{title}：无。")
    return table([title, "数量"], rows)


def statistics_html(stats: PeriodStatistics) -> str:
    grades = {grade.value: grade.zh for grade in Grade}
    statuses = {status.value: status.zh for status in MatterStatus}
    rate = f"{stats.adoption_rate:.1%}" if stats.adoption_rate is not None else "—"
    out = [
        para(f"统计期间：{period_label(stats)}"),
        section(1, "总体情况"),
        para(summary_paragraph(stats)),
        section(2, "主要数据"),
        table(
            ["项目", "数值"],
            [
                ["舆情事件总数", str(stats.matters_total)],
                ["删除帖文", str(stats.posts_removed)],
                ["巡查次数", str(stats.patrols)],
                ["领导批示指示", str(stats.instructions)],
                ["已上报事项", str(stats.reported)],
                ["发现至上报用时（中位数）", minutes_text(stats.median_minutes_to_report)],
                ["发现至上报用时（最长）", minutes_text(stats.max_minutes_to_report)],
                ["超时报送", str(stats.overdue)],
                ["信息报送", str(stats.submissions)],
                ["被采用", str(stats.adopted)],
                ["采用率", rate],
                ["获批示", str(stats.instructed)],
            ],
        ),
        section(3, "分类统计"),
        _count_table("等级", stats.by_grade, grades),
        _count_table("状态", stats.by_status, statuses),
        _count_table("类别", stats.by_category),
        _count_table("来源", stats.by_source),
        _count_table("责任单位", stats.by_unit),
        _count_table("处置措施", stats.by_measure),
    ]
    return "\n".join(out)


def weekly_title(facts: WeeklyFacts) -> str:
    return f"网络舆情工作周报（{long_date(facts.first)}—{long_date(facts.last)}）"


def weekly_html(facts: WeeklyFacts) -> str:
    stats = facts.statistics
    out = [
        para(f"单位：{facts.unit_name}　周次：{facts.week}"),
        section(1, "本周概况"),
        para(summary_paragraph(stats)),
        section(2, "重大舆情"),
    ]
    majors = [m for m in facts.matters if m.major]
    out += [
        f"<p><b>{i}. 【{html.escape(m.grade.zh)}】{html.escape(m.title)}（{m.number}）</b>"
        f"{html.escape(m.summary)}当前状态：{m.status.zh}。</p>"
        for i, m in enumerate(majors, 1)
    ] or [para("无。")]
    out.append(section(3, "舆情事项一览"))
    if facts.matters:
        rows = [
            [m.number, f"{m.discovered_at:%m-%d %H:%M}", m.title, m.grade.zh, m.source, m.status.zh]
            for m in facts.matters
        ]
        out.append(table(["编号", "发现时间", "事项", "等级", "来源", "状态"], rows))
    else:
        out.append(para("无。"))
    out.append(section(4, "当日汇报审签情况"))
    if facts.briefings:
        rows = [
            [long_date(b.duty_date), b.author_name, b.status.zh, b.signer_name or "—", stamp(b.signed_at)]
            for b in facts.briefings
        ]
        out.append(table(["日期", "撰写人", "状态", "审签人", "审签时间"], rows))
    else:
        out.append(para("无。"))
    out.append(section(5, "信息报送"))
    if facts.submissions:
        rows = [
            [
                f"{s.sent_on:%m-%d}",
                s.title,
                s.recipient,
                s.matter_number or "—",
                _yes(s.adopted),
                _yes(s.instructed),
            ]
            for s in facts.submissions
        ]
        out.append(table(["日期", "标题", "报送单位", "关联事项", "采用", "批示"], rows))
    else:
        out.append(para("无。"))
    return "\n".join(out)


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


def special_title(facts: SpecialReportFacts) -> str:
    return f"关于“{facts.matter.title}”的舆情专报"


_SUGGESTIONS = {
    Grade.EXTRAORDINARY: (
        "建议立即启动应急处置机制，由主要领导统筹，第一时间发布权威信息，组织召开新闻发布会回应关切。"
    ),
    Grade.MAJOR: (
        "建议责任单位尽快核实情况并发布权威信息，同步开展跟帖引导，"
        "对失实帖文依法依规申请删除，持续跟踪舆情走势。"
    ),
    Grade.SERIOUS: "建议责任单位出具情况说明，做好跟帖引导，密切关注舆情发展，防范负面舆情出现反复。",
    Grade.ORDINARY: "建议保持关注，做好冷处理，必要时由责任单位作出解释说明。",
}


def special_html(facts: SpecialReportFacts) -> str:
    m = facts.matter
    deadline = stamp(facts.deadline) if facts.deadline else "随当日汇报报送"
    late = facts.late
    facts_rows = [
        ["事项编号", m.number],
        ["舆情等级", m.grade.zh],
        ["来源平台", m.source or "—"],
        ["网址", m.url or "—"],
        ["发布者", facts.author_name or "—"],
        ["发布时间", stamp(facts.published_at)],
        ["发现时间", stamp(m.discovered_at)],
        ["上报时间", stamp(m.reported_at)],
        ["专报时限", deadline + ("（已超时）" if late else "")],
        ["责任单位", m.unit_name or "—"],
        ["当前状态", m.status.zh],
    ]
    out = [
        para(f"报送单位：{facts.unit_name}　编号：{m.number}　报送时间：{stamp(facts.now)}"),
        section(1, "基本情况"),
        para(m.summary or m.title),
        table(["项目", "内容"], facts_rows),
        section(2, "事件经过"),
    ]
    if facts.timeline:
        rows = [
            [stamp(step.at), step.to_status.zh, step.actor_name or "—", step.note] for step in facts.timeline
        ]
        out.append(table(["时间", "环节", "经办人", "说明"], rows))
    else:
        out.append(para("无。"))
    out.append(section(3, "处置措施"))
    measures = "、".join(m.measures) if m.measures else "暂无"
    out.append(para(f"已采取措施：{measures}；删除帖文{m.posts_removed}条。"))
    if m.outcome:
        out.append(para(f"处理结果：{m.outcome}"))
    out += [para(f"{stamp(e.occurred_at)}　{e.text}") for e in facts.instructions]
    out.append(section(4, "下步建议"))
    out.append(para(_SUGGESTIONS[m.grade]))
    return "\n".join(out)


def special_document(facts: SpecialReportFacts) -> OfficialDocument:
    return OfficialDocument(special_title(facts), special_html(facts))


def weekly_document(facts: WeeklyFacts) -> OfficialDocument:
    return OfficialDocument(weekly_title(facts), weekly_html(facts))
