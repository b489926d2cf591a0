"""The small vocabulary of errors newsetl raises on purpose."""


class NewsetlError(Exception):
    """Base class: an expected failure with a message meant for the user."""


class SourcesError(NewsetlError):
    """The sources file is missing, malformed or invalid."""


class MigrationError(NewsetlError):
    """A migration file is broken, or an applied one was edited."""


class WarehouseError(NewsetlError):
    """The warehouse cannot be reached or refused a batch."""
