"""Unit tests of the extraction rules, one or more per rule, on short synthetic pages."""
