"""The published tables: Pandera models, canonical frames, validation and schema export."""
