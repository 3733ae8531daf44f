"""The documentation's org chart: a Mermaid flowchart of the offices table (parent to child)."""

from __future__ import annotations

import pandas as pd

from pipeline.publish.org_chart import label, tree_rows


def mermaid_chart(offices: pd.DataFrame) -> str:
    """A fenced Mermaid block: one node per office (depth-first), one edge per parent link."""
    rows = tree_rows(offices)
    ids = {row["office_id"]: f"o{i}" for i, (row, _) in enumerate(rows)}
    lines = ["```mermaid", "flowchart LR"]
    lines += [f'  {ids[row["office_id"]]}["{_escape(label(row))}"]' for row, _ in rows]
    for row, _ in rows:
        parent = row["parent_id"]
        if isinstance(parent, str) and parent in ids:
            lines.append(f"  {ids[parent]} --> {ids[row['office_id']]}")
    lines.append("```")
    return "\n".join(lines)


def _escape(text: str) -> str:
    """Mermaid's numeric codes (``#34;``) for the characters that end or confuse a label."""
    for char in '#"<>':
        text = text.replace(char, f"#{ord(char)};")
    return text
