"""Reserved; filled by another branch."""


def upgrade(connection) -> None:
    pass
