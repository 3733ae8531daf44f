"""Placeholder: programs come next."""

from __future__ import annotations


def extract_programs(source_id, page, units, by_unit, definitions):
    return []
