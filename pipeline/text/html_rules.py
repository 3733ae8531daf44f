"""The HTML renderer's rules, declared here so that every rule is registered without loading
the renderer (a build of text pages never imports it; ablation and ``ice-offices rules`` must
still know them)."""

from __future__ import annotations

from pipeline.rules import register

register(
    "section_header_kept",
    "layout",
    """A ``<header>`` inside a ``<section>``, ``<article>`` or ``<main>`` is that section's
    head (its heading, the title of a card), not the page's banner: it is read as content,
    its heading heading the section's blocks. A ``<header>`` outside them is the site's banner
    (logo, site name, menus) and is dropped with the navigation.""",
)
