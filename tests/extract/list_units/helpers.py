"""The page texts several of the list rules' test files share."""

from __future__ import annotations

from textwrap import dedent

# A regulation section: lettered paragraphs, the second leading into numbered ones.
STAFF = dedent("""\
    § 9.3 Organization.

    (a) The Lamp Board is composed of five members appointed by the Governor of Wicks.

    (b) The board's staff is comprised of the following:

    (1) Wick staff who trim and inspect the wicks of the public lamps, as described in section 9.4 of this part; and

    (2) Glass staff who clean, repair and replace the panes of the public lamps on a schedule the board sets; and

    (3) Oil staff who order, store and deliver lamp oil to the keepers of the public lamps.
    """)
