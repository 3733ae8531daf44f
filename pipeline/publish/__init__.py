"""Writing the validated tables to disk: deterministic formats, one atomic folder swap."""
