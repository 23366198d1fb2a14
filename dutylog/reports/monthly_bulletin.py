"""The monthly bulletin (舆情月报) as an official document, drafted from the records.

Sections as offices send them to their leaders: 本月舆情概况 (with the comparison to
the month before), figures by grade and source, the month's major matters with how
they were handled and how they ended, the submissions sent upward and adopted, and
下月工作重点, left for the editor to write.
"""

from __future__ import annotations

from dutylog.domain.briefings.monthly import MonthlyFacts
from dutylog.domain.enums import Grade
from dutylog.reports.official import OfficialDocument
from dutylog.reports.statistics_report import summary_paragraph
from dutylog.reports.text import para, section, table

EDITOR_NOTE = "（请编辑填写下月工作重点。）"


def bulletin_title(facts: MonthlyFacts) -> str:
    return f"{facts.unit_name}{facts.label}网络舆情月报"


def _comparison(facts: MonthlyFacts) -> str:
    now, before = facts.statistics.matters_total, facts.previous_total
    if before == 0:
        return f"上月未发现舆情事件，本月{now}起。"
    change = (now - before) / before
    direction = "上升" if change > 0 else "下降" if change < 0 else "持平"
    amount = f"{abs(change):.0%}" if change else ""
    return f"与上月（{before}起）相比{direction}{amount}。"


def bulletin_html(facts: MonthlyFacts) -> str:
    stats = facts.statistics
    grades = {grade.value: grade.zh for grade in Grade}
    out = [
        section(1, "本月舆情概况"),
        para(summary_paragraph(stats) + _comparison(facts)),
        section(2, "分级分类情况"),
    ]
    grade_rows = [[grades.get(name, name), str(count)] for name, count in stats.by_grade.items() if count]
    out.append(para("（一）按等级"))
    out.append(table(["等级", "数量"], grade_rows) if grade_rows else para("无。"))
    source_rows = [[name, str(count)] for name, count in stats.by_source.items() if count]
    out.append(para("（二）按来源"))
    out.append(table(["来源", "数量"], source_rows) if source_rows else para("无。"))
    out.append(section(3, "重点舆情及处置情况"))
    if facts.major:
        for number, line in enumerate(facts.major, 1):
            measures = "、".join(line.measures) or "持续关注"
            outcome = line.outcome or line.status.zh
            text = (
                f"{number}. {line.title}（{line.number}，{line.grade.zh}）："
                f"{line.discovered_at:%m月%d日%H:%M}发现于{line.source or '网络'}。"
                f"处置措施：{measures}。处置结果：{outcome}。"
            )
            out.append(para(text))
    else:
        out.append(para("本月未发生较大及以上舆情。"))
    out.append(section(4, "信息报送及采用情况"))
    adopted = [item for item in facts.submissions if item.adopted]
    out.append(
        para(
            f"本月向上级报送信息{len(facts.submissions)}条，被采用{len(adopted)}条，获领导批示{stats.instructed}条。"
        )
    )
    if facts.submissions:
        rows = [
            [f"{item.sent_on:%m-%d}", item.title, item.recipient, "是" if item.adopted else "否"]
            for item in facts.submissions
        ]
        out.append(table(["报送日期", "标题", "报送单位", "采用"], rows))
    out += [section(5, "下月工作重点"), para(EDITOR_NOTE)]
    return "\n".join(out)


def bulletin_document(facts: MonthlyFacts) -> OfficialDocument:
    return OfficialDocument(bulletin_title(facts), bulletin_html(facts), [("编辑", ""), ("审签", "")])
