"""The statistics report of a period, in Chinese (the filed document) or English (on screen).

The printed report is a Chinese official document; the Statistics page of the English
interface shows the same figures in English. One builder serves both, with its words
looked up by language.
"""

from __future__ import annotations

import html

from dutylog.domain.briefings.reporting import UNASSIGNED_UNIT, UNASSIGNED_UNIT_EN, PeriodStatistics
from dutylog.domain.enums import Grade, MatterStatus
from dutylog.reports.official import OfficialDocument
from dutylog.reports.text import long_date, minutes_text, para, section, table

# Each phrase in (Chinese, English).
_PHRASES: dict[str, tuple[str, str]] = {
    "period": ("统计期间：{period}", "Period: {period}"),
    "to": ("{first}至{last}", "{first} to {last}"),
    "overview": ("总体情况", "Overview"),
    "figures": ("主要数据", "Main figures"),
    "breakdown": ("分类统计", "Breakdown"),
    "item": ("项目", "Item"),
    "value": ("数值", "Value"),
    "count": ("数量", "Count"),
    "none": ("{title}：无。", "{title}: none."),
    "nothing": ("本期未发现舆情事件", "No matters in this period"),
    "handled": (
        "本期共处置舆情事件{total}起（{grades}），已办结{closed}起",
        "{total} matters handled ({grades}), {closed} closed",
    ),
    "graded": ("{grade}{count}起", "{grade} {count}"),
    "removed": ("删除失实帖文{n}条", "{n} false posts removed"),
    "patrolled": ("开展巡查{n}次", "{n} patrols"),
    "instructed": ("落实领导批示指示{n}条", "{n} leaders' instructions carried out"),
    "median": ("从发现到上报平均用时（中位数）{time}", "median time from discovery to report {time}"),
    "late": ("超时报送{n}起", "{n} reported late"),
    "submitted": (
        "向上级报送信息{sent}条，被采用{adopted}条（采用率{rate}），获领导批示{instructed}条",
        "{sent} submissions sent upward, {adopted} adopted (adoption rate {rate}), "
        "{instructed} drew a leader's instruction",
    ),
    "matters_total": ("舆情事件总数", "Matters"),
    "posts_removed": ("删除帖文", "Posts removed"),
    "patrols": ("巡查次数", "Patrols"),
    "instructions": ("领导批示指示", "Leaders' instructions"),
    "reported": ("已上报事项", "Matters reported"),
    "median_row": ("发现至上报用时（中位数）", "Discovery to report (median)"),
    "max_row": ("发现至上报用时（最长）", "Discovery to report (longest)"),
    "overdue": ("超时报送", "Reported late"),
    "submissions": ("信息报送", "Submissions"),
    "adopted": ("被采用", "Adopted"),
    "rate": ("采用率", "Adoption rate"),
    "instructed_row": ("获批示", "Drew an instruction"),
    "grade": ("等级", "Grade"),
    "status": ("状态", "Status"),
    "category": ("类别", "Category"),
    "source": ("来源", "Source"),
    "unit": ("责任单位", "Responsible unit"),
    "measure": ("处置措施", "Measures"),
    "keyword": ("关键词", "Keyword"),
    "drilled": (
        "组织演练{drills}次、培训{trainings}次、参训{people}人次",
        "{drills} drills and {trainings} training sessions held, {people} attendances",
    ),
}


class _Words:
    def __init__(self, language: str) -> None:
        self.english = language.startswith("en")
        self.language = language

    def __call__(self, key: str, **values: object) -> str:
        text = _PHRASES[key][1 if self.english else 0]
        return text.format(**values) if values else text

    def date(self, day: object) -> str:
        return f"{day}" if self.english else long_date(day)  # type: ignore[arg-type]

    def minutes(self, minutes: float | None) -> str:
        if not self.english or minutes is None:
            return minutes_text(minutes)
        hours, rest = divmod(round(minutes), 60)
        return f"{hours} h {rest} min" if hours else f"{rest} min"

    def section(self, index: int, title: str) -> str:
        return f"<h2>{index}. {html.escape(title)}</h2>" if self.english else section(index, title)

    def sentence(self, parts: list[str]) -> str:
        return "; ".join(parts) + "." if self.english else "，".join(parts) + "。"


def period_label(stats: PeriodStatistics, language: str = "zh") -> str:
    words = _Words(language)
    if stats.first == stats.last:
        return words.date(stats.first)
    return words("to", first=words.date(stats.first), last=words.date(stats.last))


def summary_paragraph(stats: PeriodStatistics, language: str = "zh") -> str:
    """A work-summary sentence: "本期共处置舆情事件8起，删除失实帖文36条……"."""
    words = _Words(language)
    if not stats.matters_total:
        head = words("nothing")
    else:
        grades = ("、" if not words.english else ", ").join(
            words("graded", grade=grade.label(language), count=stats.by_grade.get(grade.value, 0))
            for grade in sorted(Grade, key=lambda g: -g.rank)
            if stats.by_grade.get(grade.value, 0)
        )
        head = words("handled", total=stats.matters_total, grades=grades, closed=stats.closed)
    parts = [head]
    if stats.posts_removed:
        parts.append(words("removed", n=stats.posts_removed))
    parts.append(words("patrolled", n=stats.patrols))
    if stats.instructions:
        parts.append(words("instructed", n=stats.instructions))
    if stats.reported:
        parts.append(words("median", time=words.minutes(stats.median_minutes_to_report)))
    if stats.overdue:
        parts.append(words("late", n=stats.overdue))
    if stats.submissions:
        rate = f"{stats.adoption_rate:.0%}" if stats.adoption_rate is not None else "—"
        parts.append(
            words(
                "submitted",
                sent=stats.submissions,
                adopted=stats.adopted,
                rate=rate,
                instructed=stats.instructed,
            )
        )
    if stats.drills or stats.trainings:
        people = stats.training_attendances
        parts.append(words("drilled", drills=stats.drills, trainings=stats.trainings, people=people))
    return words.sentence(parts)


def _count_table(
    words: _Words, key: str, counts: dict[str, int], labels: dict[str, str] | None = None
) -> str:
    title = words(key)
    rows = [[(labels or {}).get(name, name), str(value)] for name, value in counts.items() if value]
    if not rows:
        return para(words("none", title=title))
    return table([title, words("count")], rows)


def statistics_html(stats: PeriodStatistics, language: str = "zh") -> str:
    words = _Words(language)
    grades = {grade.value: grade.label(language) for grade in Grade}
    statuses = {status.value: status.label(language) for status in MatterStatus}
    units = {UNASSIGNED_UNIT: UNASSIGNED_UNIT_EN} if words.english else {}
    rate = f"{stats.adoption_rate:.1%}" if stats.adoption_rate is not None else "—"
    figures = [
        ("matters_total", str(stats.matters_total)),
        ("posts_removed", str(stats.posts_removed)),
        ("patrols", str(stats.patrols)),
        ("instructions", str(stats.instructions)),
        ("reported", str(stats.reported)),
        ("median_row", words.minutes(stats.median_minutes_to_report)),
        ("max_row", words.minutes(stats.max_minutes_to_report)),
        ("overdue", str(stats.overdue)),
        ("submissions", str(stats.submissions)),
        ("adopted", str(stats.adopted)),
        ("rate", rate),
        ("instructed_row", str(stats.instructed)),
    ]
    out = [
        para(words("period", period=period_label(stats, language))),
        words.section(1, words("overview")),
        para(summary_paragraph(stats, language)),
        words.section(2, words("figures")),
        table([words("item"), words("value")], [[words(key), value] for key, value in figures]),
        words.section(3, words("breakdown")),
        _count_table(words, "grade", stats.by_grade, grades),
        _count_table(words, "status", stats.by_status, statuses),
        _count_table(words, "category", stats.by_category),
        _count_table(words, "source", stats.by_source),
        _count_table(words, "unit", stats.by_unit, units),
        _count_table(words, "measure", stats.by_measure),
        _count_table(words, "keyword", stats.by_keyword),
    ]
    return "\n".join(out)


def statistics_title(stats: PeriodStatistics) -> str:
    """The filed report's title (Chinese whatever the interface's language)."""
    return f"网络舆情工作统计报告（{period_label(stats)}）"


def statistics_document(stats: PeriodStatistics) -> OfficialDocument:
    return OfficialDocument(statistics_title(stats), statistics_html(stats))


def statistics_sheets(stats: PeriodStatistics) -> list[tuple[str, list[str], list[list[object]]]]:
    """The report's tables as (sheet name, headings, rows), for the workbook."""
    grades = {grade.value: grade.zh for grade in Grade}
    statuses = {status.value: status.zh for status in MatterStatus}
    words = _Words("zh")
    rate = f"{stats.adoption_rate:.1%}" if stats.adoption_rate is not None else "—"
    figures: list[list[object]] = [
        [words("matters_total"), stats.matters_total],
        [words("posts_removed"), stats.posts_removed],
        [words("patrols"), stats.patrols],
        [words("instructions"), stats.instructions],
        [words("reported"), stats.reported],
        [words("median_row"), words.minutes(stats.median_minutes_to_report)],
        [words("max_row"), words.minutes(stats.max_minutes_to_report)],
        [words("overdue"), stats.overdue],
        [words("submissions"), stats.submissions],
        [words("adopted"), stats.adopted],
        [words("rate"), rate],
        [words("instructed_row"), stats.instructed],
    ]
    sheets: list[tuple[str, list[str], list[list[object]]]] = [("主要数据", ["项目", "数值"], figures)]
    for key, counts, labels in (
        ("grade", stats.by_grade, grades),
        ("status", stats.by_status, statuses),
        ("category", stats.by_category, {}),
        ("source", stats.by_source, {}),
        ("unit", stats.by_unit, {}),
        ("measure", stats.by_measure, {}),
    ):
        rows: list[list[object]] = [
            [labels.get(name, name), value] for name, value in counts.items() if value
        ]
        sheets.append((words(key), [words(key), "数量"], rows))
    sheets.append(("每日事项", ["日期", "数量"], [[day, count] for day, count in stats.per_day.items()]))
    return sheets
