"""Weekly and special reports as HTML bodies in the report subset (statistics: statistics_report)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from dutylog.domain.briefings.reporting import SpecialReportFacts
from dutylog.domain.enums import Grade
from dutylog.reports.official import OfficialDocument
from dutylog.reports.statistics_report import summary_paragraph
from dutylog.reports.supervision import assessment_table, figures_table
from dutylog.reports.text import long_date, para, section, stamp, table

if TYPE_CHECKING:
    from dutylog.domain.briefings.reporting import WeeklyFacts


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
    out.append(section(6, "交办件办理情况"))
    out.append(figures_table(facts.unit_figures))
    out.append(section(7, "信息报送考核（本月累计）"))
    out.append(assessment_table(facts.assessment))
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
    out += [para(sentence + "。") for sentence in m.plan_progress]
    out += [para(f"{stamp(e.occurred_at)}　{e.text}") for e in facts.instructions]
    out.append(section(4, "下步建议"))
    out.append(para(_SUGGESTIONS[m.grade]))
    return "\n".join(out)


def special_document(facts: SpecialReportFacts) -> OfficialDocument:
    return OfficialDocument(special_title(facts), special_html(facts))


def weekly_document(facts: WeeklyFacts) -> OfficialDocument:
    return OfficialDocument(weekly_title(facts), weekly_html(facts))
