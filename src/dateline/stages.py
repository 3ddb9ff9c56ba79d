"""Importing this module registers every built-in stage, in pipeline order."""

from dateline import language  # noqa: F401
