"""Is a signed briefing still what its signer approved?

Signing stores the SHA-256 of the approved content (see `content_hash`) on the briefing
and writes a "signed" row to its version history. Both copies can be checked: the
briefing against its own hash, and the history row, which keeps the title, the text,
the instruction (as its note), the signer (as its actor) and the time, against the
same hash. Someone editing the database file would have to change both consistently
and forge a SHA-256 to go unnoticed.
"""

from __future__ import annotations

from dutylog.domain.briefings.briefing import BriefingRecord, BriefingVersionRecord, content_hash
from dutylog.domain.enums import BriefingStatus

# The version-history action the sign step writes.
SIGNED_ACTION = "signed"


def signed_hash(briefing: BriefingRecord) -> str:
    """The hash the briefing's current content, instruction and signature would have."""
    return content_hash(
        duty_date=briefing.duty_date,
        shift=briefing.shift,
        title=briefing.title,
        body_html=briefing.body_html,
        instruction=briefing.instruction,
        signed_by=briefing.signed_by,
        signed_at=briefing.signed_at,
        kind=briefing.kind,
    )


def signed_version_hash(briefing: BriefingRecord, version: BriefingVersionRecord) -> str:
    """The hash the signed version in the history would have (date and shift never change)."""
    return content_hash(
        duty_date=briefing.duty_date,
        shift=briefing.shift,
        title=version.title,
        body_html=version.body_html,
        instruction=version.note,
        signed_by=version.actor_id,
        signed_at=version.at,
        kind=briefing.kind,
    )


def is_intact(briefing: BriefingRecord) -> bool:
    """True when ``briefing`` is signed and still matches the hash stored when it was signed."""
    return (
        briefing.status is BriefingStatus.SIGNED
        and bool(briefing.content_sha256)
        and briefing.content_sha256 == signed_hash(briefing)
    )


def briefing_name(briefing: BriefingRecord) -> str:
    """How the office names a briefing: "2026-11-20 当日汇报", or "2026-11-20 夜班汇报" for a shift.

    A monthly bulletin is "2026-11 舆情月报".
    """
    if briefing.monthly:
        return f"{briefing.duty_date:%Y-%m} 舆情月报"
    if briefing.shift is None:
        return f"{briefing.duty_date:%Y-%m-%d} 当日汇报"
    return f"{briefing.duty_date:%Y-%m-%d} {briefing.shift.zh}汇报"


def signature_problem(briefing: BriefingRecord, signed: BriefingVersionRecord | None) -> str | None:
    """What is wrong with a briefing that is, or once was, signed, in one line (None when sound).

    ``signed`` is the latest "signed" row of its version history. One line per briefing
    names every copy that no longer matches, so a consistent edit of both reads as one finding.
    """
    name = briefing_name(briefing)
    if briefing.status is not BriefingStatus.SIGNED:
        if signed is None:
            return None
        # Nothing in the application takes a signature back: the status was edited.
        return (
            f"{name}已于 {signed.at:%Y-%m-%d %H:%M} 签批，"
            f"现状态却为“{briefing.status.zh}”（签批后的汇报不应再变动）"
        )
    if not briefing.content_sha256:
        return f"已签批的 {name}没有签批时的哈希"
    current_ok = is_intact(briefing)
    if signed is None:
        if current_ok:
            return f"已签批的 {name}在版本记录中缺少签批版本"
        return f"已签批的 {name}内容与签批时的哈希不符（版本记录中也缺少签批版本）"
    history_ok = signed.content_sha256 == briefing.content_sha256 == signed_version_hash(briefing, signed)
    if current_ok and history_ok:
        return None
    if current_ok:
        return f"已签批的 {name}的签批版本（第 {signed.version} 版）与签批时的哈希不符"
    if history_ok:
        return f"已签批的 {name}内容与签批时的哈希不符（版本记录中的签批版本第 {signed.version} 版仍相符）"
    return f"已签批的 {name}内容与签批时的哈希不符（版本记录中的签批版本第 {signed.version} 版也不符）"
