"""The one error raised for unusable raw input, so callers can report it without a traceback."""

from __future__ import annotations


class SourceError(ValueError):
    """A raw file or folder that cannot be loaded; the message is one line naming the file."""
