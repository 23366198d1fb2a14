"""Database-level checks behind `dutylog check`. Each returns a list of problems in words."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from dutylog.domain.enums import DutyRole, EntryKind, Grade, MatterStatus, Shift
from dutylog.storage.models import Base, Briefing, DutySlot, LogEntry, Matter, RecordVoid
from dutylog.storage.search_pg import GRAM_INDEXES

_SAMPLE = 5  # name at most this many offending rows per check


class HealthRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def engine_integrity(self) -> list[str]:
        """SQLite's own integrity and foreign-key checks; a round trip on other servers."""
        dialect = self.session.get_bind().dialect.name
        if dialect == "postgresql":
            return self._sequences_behind() + self._search_indexes_missing()
        if dialect != "sqlite":
            self.session.execute(text("SELECT 1"))
            return []
        problems = [
            f"SQLite 完整性检查：{row[0]}"
            for row in self.session.execute(text("PRAGMA integrity_check"))
            if row[0] != "ok"
        ]
        for table, rowid, parent, _fk in self.session.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"外键失效：{table} 第 {rowid} 行引用了不存在的 {parent} 记录")
        return problems

    def _sequences_behind(self) -> list[str]:
        """PostgreSQL: an id sequence behind its table's largest id makes the next insert fail.

        That happens when rows were copied in with explicit ids and the sequence was not moved.
        """
        problems = []
        for table in Base.metadata.sorted_tables:
            column = table.autoincrement_column
            if column is None:
                continue
            row = self.session.execute(
                text(
                    f'SELECT (SELECT MAX("{column.name}") FROM "{table.name}"), '
                    "(SELECT s.last_value FROM pg_sequences s WHERE "
                    "format('%I.%I', s.schemaname, s.sequencename) = pg_get_serial_sequence(:t, :c)::text)"
                ),
                {"t": table.name, "c": column.name},
            ).one()
            largest, last_value = row
            if largest is not None and (last_value is None or last_value < largest):
                problems.append(
                    f"{table.name} 的编号序列（{last_value or 0}）落后于最大编号 {largest}，新增记录将失败"
                )
        return problems

    def _search_indexes_missing(self) -> list[str]:
        """PostgreSQL: without its gram indexes every search reads and splits every row."""
        valid = set(
            self.session.execute(
                text(
                    "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    "WHERE c.relname = ANY(:names) AND i.indisvalid"
                ),
                {"names": list(GRAM_INDEXES)},
            ).scalars()
        )
        return [
            f"搜索索引 {name} 缺失或无效，搜索会很慢：请管理员按迁移 0008_pg_search 中的定义重建"
            f"（无效的索引可执行 REINDEX INDEX {name}）"
            for name in GRAM_INDEXES
            if name not in valid
        ]

    def consistency(self) -> list[str]:
        problems: list[str] = []
        problems += self._bad_codes(LogEntry, LogEntry.kind, {k.value for k in EntryKind}, "日志记录类型")
        problems += self._bad_codes(LogEntry, LogEntry.shift, {s.value for s in Shift}, "日志班次")
        problems += self._bad_codes(Matter, Matter.grade, {g.value for g in Grade}, "事项等级")
        problems += self._bad_codes(Matter, Matter.status, {s.value for s in MatterStatus}, "事项状态")
        problems += self._bad_codes(DutySlot, DutySlot.role, {r.value for r in DutyRole}, "值班角色")
        problems += self._bad_codes(DutySlot, DutySlot.shift, {s.value for s in Shift}, "排班班次")
        out_of_order = (
            self.session.execute(
                select(Matter.number)
                .where(
                    ((Matter.published_at.is_not(None)) & (Matter.published_at > Matter.discovered_at))
                    | ((Matter.reported_at.is_not(None)) & (Matter.reported_at < Matter.discovered_at))
                )
                .limit(_SAMPLE)
            )
            .scalars()
            .all()
        )
        problems += [f"事项 {number} 的时间顺序错误（发布 ≤ 发现 ≤ 上报）" for number in out_of_order]
        return problems

    def _bad_codes(
        self, model: type[Base], column: InstrumentedAttribute[str], allowed: set[str], label: str
    ) -> list[str]:
        id_column: InstrumentedAttribute[int] = getattr(model, "id")  # noqa: B009 - every table here has one
        query = select(id_column, column).where(column.not_in(sorted(allowed))).limit(_SAMPLE)
        return [
            f"{model.__tablename__} 第 {row_id} 行：未知的{label} {value!r}"
            for row_id, value in self.session.execute(query)
        ]

    def voids_without_reason(self) -> list[str]:
        """Voided records and voided matters whose reason is empty: a void must say why.

        Voids are few, so every one is read and its reason judged here rather than in SQL,
        where "blank" would only mean ASCII spaces (a full-width space is blank too).
        """
        problems = []
        voids = select(RecordVoid.id, RecordVoid.entity, RecordVoid.entity_id, RecordVoid.reason)
        for void_id, entity, entity_id, reason in self.session.execute(voids.order_by(RecordVoid.id)):
            if not (reason or "").strip():
                problems.append(f"作废记录 #{void_id}（{self._void_target(entity, entity_id)}）没有作废理由")
        matters = select(Matter.number, Matter.void_reason).where(Matter.voided_at.is_not(None))
        for number, reason in self.session.execute(matters.order_by(Matter.id)):
            if not (reason or "").strip():
                problems.append(f"已作废的事项 {number} 没有作废原因")
        return problems

    def _void_target(self, entity: str, entity_id: int) -> str:
        """The voided record in the office's words, as far as it can still be found."""
        if entity == "matter":
            number = self.session.scalar(select(Matter.number).where(Matter.id == entity_id))
            return f"事项 {number}" if number else f"事项 #{entity_id}"
        if entity == "log_entry":
            at = self.session.scalar(select(LogEntry.occurred_at).where(LogEntry.id == entity_id))
            return f"日志记录 #{entity_id}" + (f"，{at:%Y-%m-%d %H:%M}" if at else "")
        if entity == "briefing":
            day = self.session.scalar(select(Briefing.duty_date).where(Briefing.id == entity_id))
            return f"{day:%Y-%m-%d} 汇报" if day else f"汇报 #{entity_id}"
        if entity == "duty_slot":
            day = self.session.scalar(select(DutySlot.duty_date).where(DutySlot.id == entity_id))
            return f"排班 #{entity_id}" + (f"，{day:%Y-%m-%d}" if day else "")
        return f"{entity} #{entity_id}"
