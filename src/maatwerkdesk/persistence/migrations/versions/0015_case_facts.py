"""The dossier's facts as data: amounts with their periods, third parties with their role,
the stage of the procedure and court rulings by ECLI (domain/case_facts.py).

One JSON column on `dossier`, beside `doenvermogen`: the facts are always read and
written with the dossier's other fields, travel with them (drafts, the exchange format,
a sync) and have no meaning on their own. The program reads the column strictly, so a
value changed outside it is refused with a sentence rather than shown half. Added in place
(no table copy), so the triggers on `dossier` stay as they are.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 03:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("dossier", sa.Column("facts", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    op.drop_column("dossier", "facts")  # in place, too: the triggers stay
