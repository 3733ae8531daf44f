"""ice-offices: a validated, citable dataset of an agency's offices, built from its own pages."""
