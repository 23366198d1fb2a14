"""Storage: the only package that touches SQLAlchemy. Services reach it through `Database`."""
