"""Curators' corrections as data: ``raw/corrections/<source_id>.yaml`` files, read, checked
against their generated JSON Schema and applied to the extracted rows with provenance."""
