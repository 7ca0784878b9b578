"""Report files are private: only the access-checked download reaches them (dotted path kept for migrations)."""

from sandbox.uploads import PrivateStorage


def report_storage():
    return PrivateStorage("reports")
