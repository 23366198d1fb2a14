"""Swap requests with approval: ask, accept, approve or refuse (调班/替班申请).

An officer asks to hand one of their own duties to someone (替班), or to exchange it
for one of that person's duties (调班); an administrator may ask on someone's behalf.
The other person accepts, logged in as themselves; a supervisor or administrator who
is neither of the two approves or refuses. Only the approval changes the roster, and
it writes the change record (original assignee, reason, approver, time) as a change
made by hand does; the request keeps requester, acceptor, approver and times.

Whether a person may take the duty is the house's one rule (`eligibility.refusals`
through `changes.refusal_of`), rest rule on, asked at every step: a request that
breaks it is not stored, and one that has come to break it since (leave entered,
another duty planned) is refused on approval with the reason, which is kept.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission, allowed
from dutylog.domain.errors import NotFoundError, PermissionDenied, ValidationError
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.eligibility import Refusal
from dutylog.domain.roster.records import ChangeKind, SwapRequestRecord, SwapStatus
from dutylog.domain.roster.rotation import ShiftPattern
from dutylog.domain.roster.staff import StaffRecord
from dutylog.domain.validation import clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.roster.changes import refusal_of
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.services.roster.roster import RosterService
    from dutylog.storage.database import Store


class SwapContext(OfficeContext, Protocol):
    @property
    def roster(self) -> RosterService: ...


class SwapService:
    def __init__(self, office: SwapContext) -> None:
        self.office = office

    # -- reading ------------------------------------------------------------
    def requests(self, *, open_only: bool = False) -> list[SwapRequestRecord]:
        with self.office.db.transaction() as store:
            return store.roster.swap_requests(open_only=open_only)

    def between(self, first: date, last: date) -> list[SwapRequestRecord]:
        with self.office.db.transaction() as store:
            return store.roster.swap_requests(first=first, last=last)

    def own_duties(self, staff_id: int, days: int = 62) -> list[DutyAssignment]:
        """``staff_id``'s duties that have not begun, over the next ``days`` days: what a
        swap may be asked for."""
        pattern = self.office.roster.pattern()
        now = self.office.clock()
        today = now.date()
        with self.office.db.transaction() as store:
            duties = store.roster.between(today, today + timedelta(days=days), staff_id)
        return [d for d in duties if pattern.bounds(d.duty_date, d.shift)[0] > now]

    def candidates(self, slot_id: int) -> list[StaffRecord]:
        """The people who may take duty ``slot_id`` now: same role, not on leave, rested,
        free that day (the one rule)."""
        rules = self.office.roster.rules()
        pattern = self.office.roster.pattern(rules)
        with self.office.db.transaction() as store:
            slot = store.roster.get(slot_id)
            people = store.staff.all(active_only=True, role=slot.role)
            return [
                person
                for person in people
                if person.id != slot.staff_id
                and refusal_of(
                    store,
                    person,
                    slot,
                    pattern=pattern,
                    min_rest_hours=rules.min_rest_hours,
                    ignore_rest=False,
                    ignore=slot.id,
                )
                is None
            ]

    # -- the steps ------------------------------------------------------------
    @writes
    def request(
        self,
        duty_date: date,
        with_staff_id: int,
        reason: str,
        *,
        for_staff_id: int | None = None,
        their_slot_id: int | None = None,
    ) -> SwapRequestRecord:
        """Ask that ``with_staff_id`` take the requester's duty on ``duty_date`` (and, with
        ``their_slot_id``, that the requester take that duty of theirs in exchange)."""
        why = clean_text(reason, field="reason", label="调班原因", max_length=200, multiline=False)
        self.office.require(Permission.ROSTER_SWAP_REQUEST)
        actor = self.office.actor
        if for_staff_id is not None and for_staff_id != actor.staff_id:
            self.office.require(Permission.ROSTER_MANAGE)  # on someone's behalf: an administrator
            requester = for_staff_id
        elif actor.staff_id is not None:
            requester = actor.staff_id
        else:
            raise ValidationError(
                "当前账号没有关联值班人员，不能申请调班；管理员可用 --for 代为申请。",
                code="no_staff",
                field="for",
            )
        rules = self.office.roster.rules()
        pattern = self.office.roster.pattern(rules)
        with self.office.db.transaction() as store:
            person = store.staff.get(requester)
            other = store.staff.get(with_staff_id)
            if other.id == person.id:
                raise ValidationError("调班双方是同一人。", code="same_person", field="with")
            slot = self._own_slot(store, person, duty_date, pattern)
            theirs = self._their_slot(store, other, slot, their_slot_id, pattern)
            if any(r.slot_id == slot.id for r in store.roster.swap_requests(open_only=True)):
                raise ValidationError(
                    f"{person.name} {slot.duty_date} 的值班已有待处理的调班申请。",
                    code="duplicate",
                    field="date",
                )
            found = self._refusal(store, slot, other, theirs, person, pattern, rules.min_rest_hours)
            if found is not None:
                raise ValidationError(found.message, code=found.code.value, field="with")
            record = store.roster.add_swap_request(
                slot=slot,
                other_staff_id=other.id,
                other_slot_id=theirs.id if theirs else None,
                reason=why,
                requested_by=actor.display,
                requested_at=self.office.clock(),
            )
            self.office.audit.record(store, AuditAction.CREATE, "swap_request", record.id, after=record)
            return record

    @writes
    def accept(self, request_id: int) -> SwapRequestRecord:
        """The other person agrees, logged in as themselves."""
        self.office.require(Permission.ROSTER_SWAP_REQUEST)
        actor = self.office.actor
        rules = self.office.roster.rules()
        pattern = self.office.roster.pattern(rules)
        with self.office.db.transaction() as store:
            before = store.roster.swap_request(request_id)
            if before.status is not SwapStatus.PENDING:
                raise ValidationError(
                    f"调班申请 {request_id} {before.status.zh}，不能再接受。", code="bad_status"
                )
            if actor.staff_id != before.other_staff_id:
                raise PermissionDenied(f"只有{before.other_name}本人可以接受这项调班申请。", code="not_yours")
            found = self._recheck(store, before, pattern, rules.min_rest_hours)
            if found is not None:
                raise ValidationError(found, code="not_eligible")
            after = store.roster.update_swap_request(
                request_id,
                status=SwapStatus.ACCEPTED,
                accepted_by=actor.display,
                accepted_at=self.office.clock(),
            )
            self.office.audit.record(
                store, AuditAction.UPDATE, "swap_request", request_id, before=before, after=after
            )
            return after

    @writes
    def approve(self, request_id: int) -> SwapRequestRecord:
        """Change the roster as asked; or, if the swap now breaks the rule, refuse it with
        the reason (kept on the request; the answer's status says which)."""
        self.office.require(Permission.ROSTER_SWAP_APPROVE)
        actor = self.office.actor
        rules = self.office.roster.rules()
        pattern = self.office.roster.pattern(rules)
        now = self.office.clock()
        with self.office.db.transaction() as store:
            before = store.roster.swap_request(request_id)
            if before.status is SwapStatus.PENDING:
                raise ValidationError(
                    f"{before.other_name}尚未接受调班申请 {request_id}，不能审批。", code="not_accepted"
                )
            if before.status is not SwapStatus.ACCEPTED:
                raise ValidationError(f"调班申请 {request_id} {before.status.zh}。", code="bad_status")
            self._not_a_party(before)
            problem = self._recheck(store, before, pattern, rules.min_rest_hours)
            if problem is not None:
                after = store.roster.update_swap_request(
                    request_id,
                    status=SwapStatus.REFUSED,
                    decided_by=actor.display,
                    decided_at=now,
                    decision_reason=problem,
                )
            else:
                change_id = self._apply(store, before, actor.display, now)
                after = store.roster.update_swap_request(
                    request_id,
                    status=SwapStatus.APPROVED,
                    decided_by=actor.display,
                    decided_at=now,
                    change_id=change_id,
                )
            self.office.audit.record(
                store, AuditAction.UPDATE, "swap_request", request_id, before=before, after=after
            )
            return after

    @writes
    def refuse(self, request_id: int, reason: str) -> SwapRequestRecord:
        """A supervisor or administrator refuses; the other person may decline their own."""
        why = clean_text(reason, field="reason", label="不同意的理由", max_length=200, multiline=False)
        actor = self.office.actor
        with self.office.db.transaction() as store:
            before = store.roster.swap_request(request_id)
            declining = actor.staff_id is not None and actor.staff_id == before.other_staff_id
            if not (declining and allowed(actor, Permission.ROSTER_SWAP_REQUEST)):
                self.office.require(Permission.ROSTER_SWAP_APPROVE)
                self._not_a_party(before)
            if not before.status.is_open:
                raise ValidationError(f"调班申请 {request_id} {before.status.zh}。", code="bad_status")
            after = store.roster.update_swap_request(
                request_id,
                status=SwapStatus.REFUSED,
                decided_by=actor.display,
                decided_at=self.office.clock(),
                decision_reason=why,
            )
            self.office.audit.record(
                store, AuditAction.UPDATE, "swap_request", request_id, before=before, after=after
            )
            return after

    # -- the rules ------------------------------------------------------------
    def _not_a_party(self, request: SwapRequestRecord) -> None:
        if self.office.actor.staff_id in (request.requester_staff_id, request.other_staff_id):
            raise PermissionDenied("不能审批本人参与的调班申请。", code="own_swap")

    def _not_started(self, slot: DutyAssignment, pattern: ShiftPattern) -> None:
        if pattern.bounds(slot.duty_date, slot.shift)[0] <= self.office.clock():
            raise ValidationError(
                f"{slot.duty_date} {slot.shift.zh}的值班已开始或已过去，不能调班。",
                code="past_duty",
                field="date",
            )

    def _own_slot(
        self, store: Store, person: StaffRecord, duty_date: date, pattern: ShiftPattern
    ) -> DutyAssignment:
        own = [s for s in store.roster.on(duty_date) if s.staff_id == person.id]
        if not own:
            raise NotFoundError(f"{person.name} 在 {duty_date} 没有值班安排。", code="no_duty", field="date")
        upcoming = [s for s in own if pattern.bounds(s.duty_date, s.shift)[0] > self.office.clock()]
        if not upcoming:
            self._not_started(own[0], pattern)
        return upcoming[0]

    def _their_slot(
        self,
        store: Store,
        other: StaffRecord,
        slot: DutyAssignment,
        their_slot_id: int | None,
        pattern: ShiftPattern,
    ) -> DutyAssignment | None:
        if their_slot_id is None:
            return None
        theirs = store.roster.get(their_slot_id)
        if theirs.staff_id != other.id:
            raise ValidationError(f"所选值班不是{other.name}的。", code="not_theirs", field="slot")
        if theirs.role is not slot.role:
            raise ValidationError(
                f"只能在同一岗位间调班（{slot.role.zh} 与 {theirs.role.zh}）。", code="role_mismatch"
            )
        self._not_started(theirs, pattern)
        return theirs

    def _refusal(
        self,
        store: Store,
        slot: DutyAssignment,
        other: StaffRecord,
        theirs: DutyAssignment | None,
        person: StaffRecord,
        pattern: ShiftPattern,
        min_rest_hours: float,
    ) -> Refusal | None:
        """The first reason the exchange breaks the rule: the other person taking the
        requester's duty, then the requester taking theirs."""
        steps: list[tuple[StaffRecord, DutyAssignment, int | None]] = [
            (other, slot, theirs.id if theirs else None)
        ]
        if theirs is not None:
            steps.append((person, theirs, slot.id))
        for who, wanted, given_up in steps:
            found = refusal_of(
                store,
                who,
                wanted,
                pattern=pattern,
                min_rest_hours=min_rest_hours,
                ignore_rest=False,
                ignore=given_up,
            )
            if found is not None:
                return found
        return None

    def _recheck(
        self, store: Store, request: SwapRequestRecord, pattern: ShiftPattern, min_rest_hours: float
    ) -> str | None:
        """Why the request can no longer be carried out, or None: the duties must still be
        the two people's, not begun, and the rule must still allow the exchange."""
        slot = store.roster.get(request.slot_id)
        theirs = store.roster.get(request.other_slot_id) if request.other_slot_id else None
        if slot.staff_id != request.requester_staff_id or (
            theirs is not None and theirs.staff_id != request.other_staff_id
        ):
            return "值班安排已经变化，请重新申请。"
        for duty in (slot, theirs):
            if duty is not None and pattern.bounds(duty.duty_date, duty.shift)[0] <= self.office.clock():
                return f"{duty.duty_date} {duty.shift.zh}的值班已开始或已过去。"
        person = store.staff.get(request.requester_staff_id)
        other = store.staff.get(request.other_staff_id)
        found = self._refusal(store, slot, other, theirs, person, pattern, min_rest_hours)
        return found.message if found else None

    def _apply(self, store: Store, request: SwapRequestRecord, approver: str, now: datetime) -> int:
        """Put the people on the duties and write the change records; the first change's id."""
        slot = store.roster.get(request.slot_id)
        moves = [(slot, request.other_staff_id)]
        if request.other_slot_id:
            moves.append((store.roster.get(request.other_slot_id), request.requester_staff_id))
        kind = ChangeKind.SWAP if request.other_slot_id else ChangeKind.SUBSTITUTE
        group: int | None = None
        for old, staff_id in moves:
            new = store.roster.set_person(old.id, staff_id)
            change_id = store.roster.add_change(
                kind=kind,
                duty_date=old.duty_date,
                shift=old.shift,
                role=old.role,
                original_staff_id=old.staff_id,
                new_staff_id=staff_id,
                reason=f"{request.reason}（申请 {request.id}）",
                made_by=approver,
                made_at=now,
                group_id=group if kind is ChangeKind.SWAP else None,
            )
            group = group or change_id
            self.office.audit.record(store, AuditAction.UPDATE, "duty_slot", old.id, before=old, after=new)
        assert group is not None
        return group
