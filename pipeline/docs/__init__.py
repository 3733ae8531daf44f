"""README sections generated from the models and the published data, and their drift checks."""
