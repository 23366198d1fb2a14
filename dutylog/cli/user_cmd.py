"""`dutylog user add|passwd|list`: login accounts."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dutylog.cli.common import Access, ask_secret, declare, open_office, print_json, setup_office
from dutylog.domain.enums import UserRole
from dutylog.domain.errors import ValidationError
from dutylog.domain.text import name_key


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("user", help="manage login accounts")
    actions = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="create an account")
    add.add_argument("name", help="login name")
    add.add_argument(
        "--role", required=True, help="officer, supervisor, admin or viewer (值班员/审核领导/管理员/查看人员)"
    )
    add.add_argument("--staff", metavar="NAME", help="link the account to this member of staff")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(func=run_add)
    declare(add, Access.SETUP)  # the first administrator of a database without accounts

    passwd = actions.add_parser(
        "passwd", help="change your own password (with --user), or reset another account's (administrator)"
    )
    passwd.add_argument("name", nargs="?", help="account to reset (default: your own, with --user)")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    passwd.set_defaults(func=run_passwd)
    declare(passwd, Access.WRITE)

    listing = actions.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=run_list)
    declare(listing, Access.READ)


STDIN_HINT = "可用 --password-stdin 从标准输入读入密码。"


def read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = ask_secret("密码: ", hint=STDIN_HINT)
    second = ask_secret("再次输入密码: ", hint=STDIN_HINT)
    if first != second:
        raise ValidationError("两次输入的密码不一致。", code="password_mismatch", field="password")
    return first


def run_add(args: argparse.Namespace) -> int:
    try:
        role = UserRole.parse(args.role)
    except ValueError:
        raise ValidationError(
            f"未知的角色：{args.role}（可用 officer、supervisor、admin、viewer）",
            code="bad_role",
            field="role",
        ) from None
    password = read_password(args)  # asked before anything is opened or created
    with setup_office(args) as office:
        if office.actor.system and role is not UserRole.ADMIN:
            # No account yet, so no login: the first account must be able to add the others.
            raise ValidationError(
                "数据库中还没有账号：第一个账号必须是管理员（--role admin）。",
                code="first_account_admin",
                field="role",
            )
        staff_id = None
        if args.staff:
            matches = [p for p in office.staff.all() if name_key(p.name) == name_key(args.staff)]
            if len(matches) != 1:
                raise ValidationError(
                    f"人员 {args.staff} {'不存在' if not matches else '重名，请先区分'}。",
                    code="bad_staff",
                    field="staff",
                )
            staff_id = matches[0].id
        user = office.accounts.add_user(args.name, role, password, staff_id=staff_id)
    print(f"created: {user.username} ({user.role.value}){' - ' + user.staff_name if user.staff_name else ''}")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        me = office.actor
        if me.user_id is not None and args.name in (None, me.username):
            old = (
                sys.stdin.readline().rstrip("\r\n")
                if args.password_stdin
                else ask_secret("原密码: ", hint=STDIN_HINT)
            )
            office.accounts.change_password(old, read_password(args))
            name = me.username
        elif args.name is None:
            raise ValidationError(
                "请指定账号，或用 --user 登录后修改自己的密码。", code="required", field="name"
            )
        else:
            name = office.accounts.reset_password(args.name, read_password(args)).username
    finally:
        office.close()
    print(f"password set: {name}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        users = office.accounts.users()
    finally:
        office.close()
    if args.json:
        print_json([u.__dict__ for u in users])
        return 0
    for u in users:
        state = "active" if u.active else "disabled"
        if u.locked_until is not None:
            state += f", locked until {u.locked_until:%Y-%m-%d %H:%M}"
        print(f"{u.id}\t{u.username}\t{u.role.value}\t{u.staff_name or '-'}\t{state}")
    return 0
