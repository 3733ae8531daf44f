"""Subcommands of the ``ice-offices`` CLI, one module each; ``pipeline.cli`` registers them."""
