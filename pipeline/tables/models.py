"""Pandera models of the published tables: the one place their columns and rules are defined.

Columns, dtypes, nullability, descriptions and every rule live here; frames, validation,
publishing and the exported JSON/Table schemas are all derived from these models.

Dtypes: text columns are pandas' default ``str`` dtype (pandas 3), nulls are real nulls (NaN in
that dtype, ``null`` in JSON/Parquet, an empty cell in CSV); no text value may be the empty
string, so CSV round-trips exactly. Integer columns are plain ``int64``: none of them may be null.

Every dataframe-level rule declares the columns it is about (``columns=...``, kept by Pandera
as check statistics); validation reports its failures against those columns only.

Rules that need another table (a reference to ``offices`` or ``sources``) cannot be part of a
model's static schema; they are :class:`ForeignKey` s declared with each table in
:mod:`pipeline.tables.registry`, and attached there when the referenced frames are at hand.
Provenance (a row's span really is its evidence) is checked on a joined frame by
:class:`EvidenceSpansModel`.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from pipeline.corrections.vocabulary import CORRECTION_ID_PATTERN
from pipeline.extract.evidence import MAX_DESCRIPTION_CHARS
from pipeline.extract.records import UnitType
from pipeline.sources.dates import DATE_PATTERN, is_iso_date
from pipeline.sources.metadata import URL_PATTERN
from pipeline.tables import rules

SOURCE_ID_PATTERN = r"[a-z0-9_.\-]+"
ROW_ID_PATTERN = r"[a-z0-9_.\-]+:[a-z0-9\-]+"
# Starts with a letter or digit, at least 2 characters, some capital or digit somewhere:
# OCR, ASM/CFO/CPO, M&A, 18F, 287(g), FinCEN, CoE, U.S.
ACRONYM_PATTERN = (
    r"[A-Z0-9][A-Za-z0-9/&.()\-]*[A-Za-z0-9).]"
    r"|[a-z][A-Za-z0-9/&.()\-]*[A-Z0-9]([A-Za-z0-9/&.()\-]*[A-Za-z0-9).])?"
)
SHA256_PATTERN = r"[0-9a-f]{64}"
# The name of an extraction rule (``pipeline/rules.py``): "section_heading".
RULE_PATTERN = r"[a-z][a-z0-9_]*"


class AssertedBy(StrEnum):
    """Who asserts a published row: the extractor, or a curator's correction."""

    EXTRACTOR = "extractor"
    CORRECTION = "correction"


def _not_geopandas(pd_dtype: Any) -> bool:
    """Pandera's ``is_geopandas_dtype`` where geopandas is not installed: never one."""
    return False


def _skip_geopandas_probe() -> None:
    """Pandera tries ``from geopandas.array import GeometryDtype`` each time it resolves a
    dtype it has not registered (74 failed imports a one-page build, each a search of the
    import path: about 6 ms); where geopandas is not installed the answer is always no, so
    it is given without the search. Where it is installed, Pandera's probe is left alone."""
    if importlib.util.find_spec("geopandas") is None:
        pandas_engine.is_geopandas_dtype = _not_geopandas


_skip_geopandas_probe()


class Text(pandas_engine.STRING):
    """pandas' default ``str`` dtype (what ``Series[str]`` declares), whose dtype check answers
    once for a whole column that has it.

    Pandera's own answer for a ``str`` column of that dtype is one True per value, so its
    validation takes the per-value route for every text column of every table: it gathers the
    (empty) failing values and formats them into a message even when the column passes, about a
    quarter of a build's validation time. A column of another dtype (values that did not all
    fit ``str``) is still checked value by value and reported as before.
    """

    def check(self, pandera_dtype: Any, data_container: Any = None) -> Any:
        result = super().check(pandera_dtype, data_container)
        if isinstance(result, np.ndarray) and result.all():
            return True
        return result


ROOT_UNIT_TYPE = UnitType.AGENCY.value
UNIT_TYPE_VALUES = [t.value for t in UnitType]


def anchored(pattern: str) -> str:
    """The full-match form Pandera and JSON Schema need of a pattern kept unanchored here.

    Unanchored is how Table Schema (XML Schema regex) wants them, matching the whole value.
    """
    return f"^({pattern})$"


def _text(
    description: str,
    *,
    nullable: bool = False,
    pattern: str | None = None,
    unique: bool = False,
    max_length: int | None = None,
) -> Any:
    """A text column: never the empty string (null instead), optionally matching ``pattern``
    or at most ``max_length`` characters long."""
    length: dict[str, int] = {"min_value": 1}
    if max_length is not None:
        length["max_value"] = max_length
    return pa.Field(
        nullable=nullable,
        unique=unique,
        str_matches=anchored(pattern) if pattern else None,
        str_length=None if pattern else length,
        description=description,
    )


_SOURCE_ID = "Id of the source page the row was extracted from (a key of `sources`)."
_EVIDENCE = "The exact text of the source the row was read from: `text[char_start:char_end]`."
_CHAR_START = "Offset of the first character of `evidence` in the source's normalized text."
_CHAR_END = "Offset just past the last character of `evidence` in the source's normalized text."


def _source_id() -> Any:
    return _text(_SOURCE_ID, pattern=SOURCE_ID_PATTERN)


def _evidence() -> Any:
    return _text(_EVIDENCE)


def _rule(description: str, *, nullable: bool = False) -> Any:
    return _text(description, nullable=nullable, pattern=RULE_PATTERN)


def _asserted_by() -> Any:
    values = [a.value for a in AssertedBy]
    return pa.Field(
        isin=values,
        description="Who asserts the row: `extractor` (as read from the page) or `correction`"
        " (changed or added by the curators' correction `correction_id`).",
    )


def _correction_id() -> Any:
    return _text(
        "Id of the correction that changed or added the row (a row of `corrections`); null"
        " for a row as the extractor read it.",
        nullable=True,
        pattern=CORRECTION_ID_PATTERN,
    )


def _char_start() -> Any:
    return pa.Field(ge=0, description=_CHAR_START)


def _char_end() -> Any:
    return pa.Field(ge=1, description=_CHAR_END)


def _span_ordered(df: pd.DataFrame) -> pd.Series:
    return df["char_end"] > df["char_start"]


def _span_length(df: pd.DataFrame) -> pd.Series:
    return df["evidence"].str.len() == df["char_end"] - df["char_start"]


@dataclass(frozen=True)
class ForeignKey:
    """``table.fields`` must match ``ref_table.ref_fields`` of some row (nulls do not refer)."""

    table: str
    fields: tuple[str, ...]
    ref_table: str
    ref_fields: tuple[str, ...]

    @property
    def column(self) -> str:
        """The referencing column the rule is about (the last field; others scope it)."""
        return self.fields[-1]

    @property
    def name(self) -> str:
        return f"{self.column}_resolves"

    @property
    def description(self) -> str:
        scope = " of the same source" if len(self.fields) > 1 else ""
        target = self.ref_fields[-1]
        return f"{self.column} refers to an existing {self.ref_table}.{target}{scope}"

    def resolves(self, df: pd.DataFrame, ref: pd.DataFrame) -> pd.Series:
        return rules.references_resolve(df, self.fields, ref, self.ref_fields)

    def check(self, ref: pd.DataFrame) -> pa.Check:
        """This key as a Pandera dataframe check against the referenced frame."""

        def resolves(df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
            return self.resolves(df, ref)

        return pa.Check(
            resolves, name=self.name, description=self.description, columns=(self.column,)
        )


OFFICE_PARENT = ForeignKey(
    "offices", ("source_id", "parent_id"), "offices", ("source_id", "office_id")
)
PROGRAM_PARENT = ForeignKey(
    "programs", ("source_id", "parent_program_id"), "programs", ("source_id", "program_id")
)


class SourcesModel(pa.DataFrameModel):
    """One row per source page; `text` is the normalized text every evidence span points into."""

    source_id: Series[Text] = _text(
        "Stable id of the page, derived from its file name.", pattern=SOURCE_ID_PATTERN, unique=True
    )
    path: Series[Text] = _text("File name of the page in the raw folder.")
    sha256: Series[Text] = _text(
        "SHA-256 of the raw file's bytes (lowercase hex).", pattern=SHA256_PATTERN
    )
    title: Series[Text] = _text("Title of the page.", nullable=True)
    url: Series[Text] = _text("Where the page was published.", nullable=True, pattern=URL_PATTERN)
    archive_url: Series[Text] = _text(
        "The web-archive capture the page's text was taken from.",
        nullable=True,
        pattern=URL_PATTERN,
    )
    as_of: Series[Text] = _text(
        "The date the page describes (YYYY-MM-DD): from `sources.json`, else the capture"
        " timestamp of `archive_url` or `url`; null when unknown.",
        nullable=True,
        pattern=DATE_PATTERN,
    )
    agency: Series[Text] = _text("The agency the page describes.", nullable=True)
    n_chars: Series[int] = pa.Field(ge=1, description="Length of `text` in characters.")
    text: Series[Text] = _text("Normalized text of the page; all offsets point into it.")

    class Config:
        name = "sources"
        strict = True
        ordered = True

    @pa.dataframe_check(columns=("n_chars",))
    @classmethod
    def n_chars_is_text_length(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """n_chars equals the length of text."""
        return df["text"].str.len() == df["n_chars"]

    @pa.dataframe_check(columns=("as_of",))
    @classmethod
    def as_of_is_a_date(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """as_of is a real calendar date."""
        return df["as_of"].map(lambda v: not isinstance(v, str) or is_iso_date(v)).astype(bool)


class _EvidencedModel(pa.DataFrameModel):
    """The span and provenance rules every table of extracted rows shares (its columns stay in
    each model)."""

    @pa.dataframe_check(columns=("correction_id",))
    @classmethod
    def correction_id_iff_corrected(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """correction_id is given exactly when asserted_by is 'correction'."""
        return (df["asserted_by"] == AssertedBy.CORRECTION.value) == df["correction_id"].notna()

    @pa.dataframe_check(columns=("char_end",))
    @classmethod
    def span_ordered(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """char_end is greater than char_start."""
        return _span_ordered(df)

    @pa.dataframe_check(columns=("evidence",))
    @classmethod
    def span_length_is_evidence_length(
        cls, df: pd.DataFrame, columns: tuple[str, ...]
    ) -> pd.Series:
        """char_end - char_start equals the length of evidence."""
        return _span_length(df)


class OfficesModel(_EvidencedModel):
    """One row per office or organizational unit of an agency, with its place in the hierarchy."""

    source_id: Series[Text] = _source_id()
    office_id: Series[Text] = _text(
        "Readable unique id: `<source_id>:<slug of the name>`.", pattern=ROW_ID_PATTERN, unique=True
    )
    name: Series[Text] = _text(
        "The unit's canonical name: the page's words, completed to a full name where the page"
        ' names the unit by its field alone (invented examples: "Office of Glass and Lamp'
        ' Safety" for the heading "Glass and Lamp Safety (OGLS)", as its acronym spells it;'
        ' "Office of Wick Supply" for "Wick Supply", as the section\'s text names it), without'
        " acronyms, in title case where"
        " the page writes it in capitals. The page's own words are in `heading` and `evidence`."
    )
    acronym: Series[Text] = _text(
        "The unit's acronym, when the page gives one.", nullable=True, pattern=ACRONYM_PATTERN
    )
    unit_type: Series[Text] = pa.Field(
        isin=UNIT_TYPE_VALUES, description=f"Kind of unit, one of: {', '.join(UNIT_TYPE_VALUES)}."
    )
    parent_id: Series[Text] = _text(
        "office_id of the unit this one reports to; null only for the agency itself.",
        nullable=True,
        pattern=ROW_ID_PATTERN,
    )
    heading: Series[Text] = _text("The heading the unit appears under.", nullable=True)
    description: Series[Text] = _text(
        "What the page says the unit does: the text under its heading, at most "
        f"{MAX_DESCRIPTION_CHARS:,} characters (cut at a line break or space).",
        nullable=True,
        max_length=MAX_DESCRIPTION_CHARS,
    )
    found_by: Series[Text] = _rule("The extraction rule that found the unit (or the root).")
    parent_by: Series[Text] = _rule(
        "The extraction rule that chose parent_id; null for the root.", nullable=True
    )
    asserted_by: Series[Text] = _asserted_by()
    correction_id: Series[Text] = _correction_id()
    evidence: Series[Text] = _evidence()
    char_start: Series[int] = _char_start()
    char_end: Series[int] = _char_end()

    class Config:
        name = "offices"
        strict = True
        ordered = True

    @pa.dataframe_check(columns=("office_id",))
    @classmethod
    def office_id_in_source_namespace(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """office_id starts with its source_id and a colon."""
        return rules.in_namespace(df, "office_id")

    @pa.dataframe_check(columns=("parent_id",))
    @classmethod
    def parent_id_resolves(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """parent_id refers to an existing office of the same source."""
        return OFFICE_PARENT.resolves(df, df)

    @pa.dataframe_check(columns=("parent_id",))
    @classmethod
    def one_root_per_source(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """Each source has exactly one office with a null parent_id (its root)."""
        return rules.one_root_per_source(df, "parent_id")

    @pa.dataframe_check(columns=("unit_type",))
    @classmethod
    def root_is_agency(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """The root office of a source has unit_type 'agency'."""
        return rules.roots_have_type(df, "parent_id", "unit_type", ROOT_UNIT_TYPE)

    @pa.dataframe_check(columns=("parent_id",))
    @classmethod
    def parent_id_acyclic(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """Following parent_id never comes back to the same office."""
        return rules.acyclic(df, "office_id", "parent_id")


class AcronymsModel(_EvidencedModel):
    """One row per acronym a page defines, with its expansion and the office it names."""

    source_id: Series[Text] = _source_id()
    acronym: Series[Text] = _text("The acronym as written.", pattern=ACRONYM_PATTERN)
    expansion: Series[Text] = _text("What the acronym stands for, as the page spells it out.")
    office_id: Series[Text] = _text(
        "The office the acronym names, when it names one.", nullable=True, pattern=ROW_ID_PATTERN
    )
    found_by: Series[Text] = _rule("The extraction rule that found the definition.")
    asserted_by: Series[Text] = _asserted_by()
    correction_id: Series[Text] = _correction_id()
    evidence: Series[Text] = _evidence()
    char_start: Series[int] = _char_start()
    char_end: Series[int] = _char_end()

    class Config:
        name = "acronyms"
        strict = True
        ordered = True
        unique = ("source_id", "acronym", "expansion")


class ProgramsModel(_EvidencedModel):
    """One row per named program or initiative, with the office that runs it."""

    source_id: Series[Text] = _source_id()
    program_id: Series[Text] = _text(
        "Readable unique id: `<source_id>:<slug of the name>`.", pattern=ROW_ID_PATTERN, unique=True
    )
    name: Series[Text] = _text("Name of the program as the page gives it.")
    acronym: Series[Text] = _text(
        "The program's acronym, when the page gives one.", nullable=True, pattern=ACRONYM_PATTERN
    )
    office_id: Series[Text] = _text(
        "The office that runs the program, when the page says.",
        nullable=True,
        pattern=ROW_ID_PATTERN,
    )
    parent_program_id: Series[Text] = _text(
        "program_id of the program this one is part of.", nullable=True, pattern=ROW_ID_PATTERN
    )
    found_by: Series[Text] = _rule("The extraction rule that found the program.")
    asserted_by: Series[Text] = _asserted_by()
    correction_id: Series[Text] = _correction_id()
    evidence: Series[Text] = _evidence()
    char_start: Series[int] = _char_start()
    char_end: Series[int] = _char_end()

    class Config:
        name = "programs"
        strict = True
        ordered = True

    @pa.dataframe_check(columns=("program_id",))
    @classmethod
    def program_id_in_source_namespace(
        cls, df: pd.DataFrame, columns: tuple[str, ...]
    ) -> pd.Series:
        """program_id starts with its source_id and a colon."""
        return rules.in_namespace(df, "program_id")

    @pa.dataframe_check(columns=("parent_program_id",))
    @classmethod
    def parent_program_id_resolves(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """parent_program_id refers to an existing program of the same source."""
        return PROGRAM_PARENT.resolves(df, df)

    @pa.dataframe_check(columns=("parent_program_id",))
    @classmethod
    def parent_program_id_acyclic(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """Following parent_program_id never comes back to the same program."""
        return rules.acyclic(df, "program_id", "parent_program_id")


class CorrectionsModel(pa.DataFrameModel):
    """One row per curator's correction applied to the extracted rows: what it changed, why,
    who asserts it and where it is written (`raw/corrections/<source_id>.yaml`)."""

    correction_id: Series[Text] = _text(
        "Id of the correction, as its file gives it.", pattern=CORRECTION_ID_PATTERN, unique=True
    )
    source_id: Series[Text] = _text(
        "Id of the page the correction is about (a key of `sources`).", pattern=SOURCE_ID_PATTERN
    )
    action: Series[Text] = _text("What the correction does (see docs/corrections.md).")
    row_table: Series[Text] = _text("The table whose row it changed, added or dropped.")
    row_id: Series[Text] = _text(
        "Key of that row after the correction (office_id, program_id, or acronym | expansion)."
    )
    changes: Series[Text] = _text("What changed, column by column: `column: old -> new`.")
    reason: Series[Text] = _text("Why the extracted row was wrong, in the curator's words.")
    author: Series[Text] = _text("Who asserts the correction.")
    file: Series[Text] = _text("The corrections file, relative to the raw folder.")
    line: Series[int] = pa.Field(ge=1, description="Line of the correction in its file.")

    class Config:
        name = "corrections"
        strict = True
        ordered = True


class EvidenceSpansModel(pa.DataFrameModel):
    """One row per evidence span of a table row, joined to the text of its source.

    Built by :func:`pipeline.tables.frames.evidence_spans`; its index is the row's index in
    its own table, so failures point back at that row.
    """

    table: Series[Text] = pa.Field(description="Table the row belongs to.")
    row_key: Series[Text] = pa.Field(description="Primary key of the row, joined with ' | '.")
    source_id: Series[Text] = pa.Field(description=_SOURCE_ID)
    char_start: Series[int] = pa.Field(ge=0, description=_CHAR_START)
    char_end: Series[int] = pa.Field(description=_CHAR_END)
    evidence: Series[Text] = pa.Field(description=_EVIDENCE)
    n_chars: Series[int] = pa.Field(ge=0, description="Length of the source's text.")
    span_text: Series[Text] = pa.Field(
        description="The source text at the span; empty when the span is not inside it."
    )

    class Config:
        name = "evidence_spans"
        strict = True
        ordered = True

    @pa.dataframe_check(columns=("char_end",))
    @classmethod
    def span_inside_text(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """0 <= char_start < char_end <= the length of the source's text."""
        return (df["char_start"] >= 0) & _span_ordered(df) & (df["char_end"] <= df["n_chars"])

    @pa.dataframe_check(columns=("evidence",))
    @classmethod
    def span_matches_evidence(cls, df: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
        """text[char_start:char_end] of the source equals evidence."""
        return df["span_text"] == df["evidence"]
