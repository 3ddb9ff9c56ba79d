"""Evaluation of each stage on public data, and the floors our scores must not fall below."""
