"""The Dagster layer: thin assets, checks, resources and the job that wire the pipeline."""
