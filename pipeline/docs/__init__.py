"""Documentation sections generated from the models and the published data, and drift checks."""
