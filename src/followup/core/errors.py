"""One error type for everything a user can get wrong; each carries its exit code and HTTP status."""

from __future__ import annotations


class FollowupError(Exception):
    """A user error: one line that says what was wrong and what was expected."""

    exit_code = 2
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(FollowupError):
    """A field had a value that is not what the field expects."""

    def __init__(self, field: str, expected: str, got: object = None) -> None:
        message = f"{field}: expected {expected}"
        if got is not None:
            message += f", got {got!r}"
        super().__init__(message)
        self.field = field


class DuplicateError(InputError):
    """An interview that looks recorded already: the same company, role and time as interview `existing`."""

    def __init__(self, existing: int, what: str) -> None:
        other = f"#{existing} ({what})" if existing else f"another one being added ({what})"
        super().__init__("when", f"an interview not recorded yet, but {other} has the same company, "
                                 "role and time; add --force to record it again")
        self.existing, self.what = existing, what


class NotFoundError(FollowupError):
    http_status = 404

    def __init__(self, what: str, key: object, field: str = "id", where: str = "'followup list'") -> None:
        super().__init__(f"{field}: expected the id of a stored {what}, got {key!r} (see {where})")


class ConfigError(FollowupError):
    """The configuration file is malformed or holds a value out of range. `problems`: one line each,
    "setting: what was expected", when they are about settings."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems
