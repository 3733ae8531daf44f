"""Releases of the dataset: its version, and what changed between two published folders."""
