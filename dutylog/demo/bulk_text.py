"""Text for the large demo office: varied Chinese lines built from the demo word pools.

Many distinct lines (not a handful repeated a million times) so that the search
index and its term lists have the size and shape of a real office's.
"""

from __future__ import annotations

import random

from dutylog.demo import text as words

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志海燕晨雪宇浩文博"
LEADER_TITLES = ("主任", "副主任", "副主任", "副主任", "调研员", "副调研员")
FINDINGS = (
    "未发现涉我县负面舆情。",
    "未发现异常。",
    "发现涉{p}相关帖文{n}条，均为正常讨论，持续关注。",
    "发现涉{p}的转发{n}条，内容与已报事项相同，已并入跟踪。",
    "关注到网民讨论{p}相关话题，热度较低，暂不上报。",
    "涉{p}话题评论量较前一时段上升{n}条，已截图备份。",
)
PROGRESS = (
    "事项 {m}：已转{p}所属责任单位核实，要求当日反馈。",
    "事项 {m}：责任单位已回复情况说明，正在组织跟帖引导。",
    "事项 {m}：已联系平台处置，删除不实帖文{n}条。",
    "事项 {m}：已起草回应口径，报带班领导审定后发布。",
)
SUMMARY_TAILS = (
    "帖文称{p}相关问题长期未解决，部分网民转发并附现场图片。",
    "网民在评论区集中反映{p}情况，情绪较为激动。",
    "视频时长约一分钟，画面显示{p}现场，配文带有明显引导性。",
    "帖文内容尚未核实，已有本地自媒体跟进转载。",
)


def staff_names(rng: random.Random) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Six leaders, thirty officers and four standby officers with distinct names."""
    taken: set[str] = set()
    names: list[str] = []
    for name in (*(n for n, _t in words.LEADERS), *words.OFFICERS, *words.STANDBY):
        taken.add(name)
        names.append(name)
    while len(names) < 40:
        name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))
        if name not in taken:
            taken.add(name)
            names.append(name)
    leaders = [n for n, _t in words.LEADERS] + names[12:15]
    officers = [n for n in names if n not in leaders][:30]
    standby = [n for n in names if n not in leaders and n not in officers]
    return list(zip(leaders, LEADER_TITLES, strict=True)), officers, standby


class DayText:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _place(self) -> str:
        return self.rng.choice(words.PLACES)

    def patrol(self, hour: int) -> tuple[list[str], str]:
        rng = self.rng
        sources = rng.sample(words.SOURCES, rng.randint(2, 5))
        finding = rng.choice(FINDINGS).format(p=self._place(), n=rng.randint(2, 60))
        return sources, f"{hour:02d}时巡查：{'、'.join(sources)}，{finding}"

    def call(self) -> tuple[str, str]:
        caller = self.rng.choice(words.CALLERS)
        return caller, f"{caller}：{self.rng.choice(words.CALL_TEXTS).format(p=self._place())}"

    def handover(self, leader: str) -> str:
        return f"交接班：在办事项已逐项交接，设备运行正常，报{leader}知悉，接班人员继续关注。"

    def progress(self, number: str, place: str) -> str:
        return self.rng.choice(PROGRESS).format(m=number, p=place, n=self.rng.randint(1, 20))

    def matter(self) -> tuple[str, str, str, str, str, str]:
        """source, place, title, summary, url, author of a new matter."""
        rng = self.rng
        source = rng.choice(words.SOURCES)
        place = self._place()
        title = rng.choice(words.TOPICS).format(p=place)
        summary = (
            f"{source}出现涉及{place}的帖文，阅读量{rng.randint(2, 80)}千，评论{rng.randint(5, 400)}条。"
            + rng.choice(SUMMARY_TAILS).format(p=place)
        )
        url = words.SOURCE_HOSTS[source].format(n=rng.randint(10**8, 10**9))
        return source, place, title, summary, url, rng.choice(words.AUTHORS)
