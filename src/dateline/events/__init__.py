"""Coded political events: PLOVER types with their closest CAMEO codes."""
