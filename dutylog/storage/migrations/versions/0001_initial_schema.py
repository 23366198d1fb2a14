"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 04:03:35.430723
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('name', name=op.f('uq_unit_name'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=50), nullable=False),
    sa.Column('is_officer', sa.Boolean(), nullable=False),
    sa.Column('is_leader', sa.Boolean(), nullable=False),
    sa.Column('is_standby', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_staff_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_name'), ['name'], unique=False)

    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_app_user_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('briefing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('duty_date', sa.Date(), nullable=False),
    sa.Column('shift', sa.String(length=10), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('instruction', sa.Text(), nullable=False),
    sa.Column('return_reason', sa.Text(), nullable=False),
    sa.Column('signed_by', sa.Integer(), nullable=True),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['staff.id'], name=op.f('fk_briefing_author_id_staff')),
    sa.ForeignKeyConstraint(['signed_by'], ['staff.id'], name=op.f('fk_briefing_signed_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_briefing'))
    )
    with op.batch_alter_table('briefing', schema=None) as batch_op:
        batch_op.create_index('ix_briefing_date', ['duty_date'], unique=False)

    op.create_table('duty_slot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('duty_date', sa.Date(), nullable=False),
    sa.Column('shift', sa.String(length=10), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_duty_slot_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_slot')),
    sa.UniqueConstraint('duty_date', 'shift', 'role', 'staff_id', name='uq_duty_slot_person')
    )
    with op.batch_alter_table('duty_slot', schema=None) as batch_op:
        batch_op.create_index('ix_duty_slot_date_shift', ['duty_date', 'shift'], unique=False)

    op.create_table('matter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('author_name', sa.String(length=100), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('discovered_at', sa.DateTime(), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=True),
    sa.Column('grade', sa.String(length=20), nullable=False),
    sa.Column('sentiment', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('posts_removed', sa.Integer(), nullable=False),
    sa.Column('follow_up_until', sa.Date(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_matter_created_by_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_matter_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matter')),
    sa.UniqueConstraint('number', name=op.f('uq_matter_number')),
    sa.UniqueConstraint('year', 'seq', name='uq_matter_year_seq')
    )
    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.create_index('ix_matter_discovered', ['discovered_at'], unique=False)
        batch_op.create_index('ix_matter_status_grade', ['status', 'grade'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('before_json', sa.Text(), nullable=False),
    sa.Column('after_json', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_audit_log_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('log_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('duty_date', sa.Date(), nullable=False),
    sa.Column('shift', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('matter_id', sa.Integer(), nullable=True),
    sa.Column('amends_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['amends_id'], ['log_entry.id'], name=op.f('fk_log_entry_amends_id_log_entry')),
    sa.ForeignKeyConstraint(['author_id'], ['staff.id'], name=op.f('fk_log_entry_author_id_staff')),
    sa.ForeignKeyConstraint(['matter_id'], ['matter.id'], name=op.f('fk_log_entry_matter_id_matter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_log_entry'))
    )
    with op.batch_alter_table('log_entry', schema=None) as batch_op:
        batch_op.create_index('ix_log_entry_day', ['duty_date', 'occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_log_entry_matter_id'), ['matter_id'], unique=False)

    op.create_table('matter_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('matter_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_matter_event_actor_id_staff')),
    sa.ForeignKeyConstraint(['matter_id'], ['matter.id'], name=op.f('fk_matter_event_matter_id_matter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matter_event'))
    )
    with op.batch_alter_table('matter_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matter_event_matter_id'), ['matter_id'], unique=False)

    op.create_table('matter_measure',
    sa.Column('matter_id', sa.Integer(), nullable=False),
    sa.Column('measure', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['matter_id'], ['matter.id'], name=op.f('fk_matter_measure_matter_id_matter'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('matter_id', 'measure', name=op.f('pk_matter_measure'))
    )
    with op.batch_alter_table('matter_measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matter_measure_measure'), ['measure'], unique=False)

    op.create_table('matter_tag',
    sa.Column('matter_id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['matter_id'], ['matter.id'], name=op.f('fk_matter_tag_matter_id_matter'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('matter_id', 'tag', name=op.f('pk_matter_tag'))
    )
    with op.batch_alter_table('matter_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matter_tag_tag'), ['tag'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('matter_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matter_tag_tag'))

    op.drop_table('matter_tag')
    with op.batch_alter_table('matter_measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matter_measure_measure'))

    op.drop_table('matter_measure')
    with op.batch_alter_table('matter_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matter_event_matter_id'))

    op.drop_table('matter_event')
    with op.batch_alter_table('log_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_log_entry_matter_id'))
        batch_op.drop_index('ix_log_entry_day')

    op.drop_table('log_entry')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.drop_index('ix_matter_status_grade')
        batch_op.drop_index('ix_matter_discovered')

    op.drop_table('matter')
    with op.batch_alter_table('duty_slot', schema=None) as batch_op:
        batch_op.drop_index('ix_duty_slot_date_shift')

    op.drop_table('duty_slot')
    with op.batch_alter_table('briefing', schema=None) as batch_op:
        batch_op.drop_index('ix_briefing_date')

    op.drop_table('briefing')
    op.drop_table('app_user')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_name'))

    op.drop_table('staff')
    op.drop_table('unit')
    op.drop_table('setting')
