"""Word helpers of ``pipeline.text.words``."""

from pipeline.text.words import singular_noun


def test_singular_noun_ies_ches_and_sses_plurals() -> None:
    """The vocabulary's singular nouns are found under their "-ies", "-ches" and "-sses"
    plurals, which cutting the last "s" misreads."""
    assert singular_noun("agencies") == "agency"
    assert singular_noun("laboratories") == "laboratory"
    assert singular_noun("branches") == "branch"
    assert singular_noun("addresses") == "address"
    assert singular_noun("annexes") == "annex"


def test_singular_noun_plain_plurals_and_singulars() -> None:
    """A plain plural loses its "s" ("bureaus" too); a word with no final "s" stays as it is,
    and "corps" is both."""
    assert singular_noun("divisions") == "division"
    assert singular_noun("bureaus") == "bureau"
    assert singular_noun("office") == "office"
    assert singular_noun("corps") == "corps"
