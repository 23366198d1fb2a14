"""roster: leave, holiday calendar, special periods, duty changes, duty_slot.origin

Revision ID: 0002_roster
Revises: 0001
Create Date: 2026-11-22 04:07:34.470620
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002_roster'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('holiday_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_holiday_day'))
    )
    op.create_table('holiday_year',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_holiday_year'))
    )
    op.create_table('special_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_special_period'))
    )
    with op.batch_alter_table('special_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_special_period_first_day'), ['first_day'], unique=False)

    op.create_table('duty_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('duty_date', sa.Date(), nullable=False),
    sa.Column('shift', sa.String(length=10), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('original_staff_id', sa.Integer(), nullable=True),
    sa.Column('new_staff_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('made_by', sa.String(length=50), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['new_staff_id'], ['staff.id'], name=op.f('fk_duty_change_new_staff_id_staff')),
    sa.ForeignKeyConstraint(['original_staff_id'], ['staff.id'], name=op.f('fk_duty_change_original_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_change'))
    )
    with op.batch_alter_table('duty_change', schema=None) as batch_op:
        batch_op.create_index('ix_duty_change_date', ['duty_date'], unique=False)

    op.create_table('staff_leave',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_leave_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_leave'))
    )
    with op.batch_alter_table('staff_leave', schema=None) as batch_op:
        batch_op.create_index('ix_staff_leave_person', ['staff_id', 'first_day'], unique=False)

    with op.batch_alter_table('duty_slot', schema=None) as batch_op:
        batch_op.add_column(sa.Column('origin', sa.String(length=12), server_default='manual', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('duty_slot', schema=None) as batch_op:
        batch_op.drop_column('origin')

    with op.batch_alter_table('staff_leave', schema=None) as batch_op:
        batch_op.drop_index('ix_staff_leave_person')

    op.drop_table('staff_leave')
    with op.batch_alter_table('duty_change', schema=None) as batch_op:
        batch_op.drop_index('ix_duty_change_date')

    op.drop_table('duty_change')
    with op.batch_alter_table('special_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_special_period_first_day'))

    op.drop_table('special_period')
    op.drop_table('holiday_year')
    op.drop_table('holiday_day')
