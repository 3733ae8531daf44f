"""The Markdown renderer (``pipeline/text/markdown.py``): template tags and front matter."""

from __future__ import annotations

from textwrap import dedent

from pipeline.rules import disabled
from pipeline.text.html import render_html
from pipeline.text.markdown import render_markdown
from tests.extract.helpers import extract, root


def test_markdown_template_tags_are_no_text() -> None:
    """A site generator's template tags ("{% include %}", "{{ site.baseurl }}") are filled in
    when the site is built: dropped, so that a link whose address holds one is read as its
    text."""
    source = dedent("""\
        ## Lamp Councils

        {% include councils.html %}

        - [Wick Council]({{ site.baseurl }}/about/wick-council/)
        - [Glass Council]({% page "/glass/" %})
        """)
    rendered = render_markdown(source)
    assert rendered.text == "Lamp Councils\n\nWick Council\n\nGlass Council\n"
    assert "{" not in rendered.text
    assert "](" not in rendered.text


FRONT_MATTER_PAGE = dedent("""\
    ---
    title: Wick Supply Division
    permalink: /wicks/
    redirect_from:
      - /old-wicks/
    ---

    The division keeps the bureau in wicks.

    ## Braiding Team

    The team braids wicks.

    ## Trimming Team

    The team trims wicks.
    """)


def test_front_matter_title_is_the_page_title_and_its_settings_no_text() -> None:
    """A site generator's front matter ("---", "title: ...", "permalink: ...", "---") is
    settings, not text: its title is the page's title (here its root), the rest is dropped."""
    result = extract(FRONT_MATTER_PAGE, markdown=True)
    assert root(result)[0] == "Wick Supply Division"
    assert "permalink" not in " ".join(o.name for o in result.offices)
    html = FRONT_MATTER_PAGE.split("\n\n", 1)[0] + "\n<p>The division keeps wicks.</p>\n"
    rendered = render_html(html).text
    assert rendered.startswith("Wick Supply Division")
    assert "permalink" not in rendered
    with disabled({"front_matter_title"}):
        assert root(extract(FRONT_MATTER_PAGE, markdown=True))[0] != "Wick Supply Division"
