"""The rules of ``pipeline/extract/offices/contact_and_staff_filters.py``, each on short synthetic text.

Filters on contact blocks, staff entries and lines about people: contact sections and
details, staff entries, person, dated and signature lines, bare link headings, branches of
government and possessive headings."""

from __future__ import annotations

import pytest

from pipeline.extract.page import NoStructureError
from tests.extract.helpers import extract, offices


def test_contact_heading_over_units_bureaus_and_contacts() -> None:
    """ "Bureaus & Contacts" names units beside their contacts: the sections under it are
    the divisions, not contact details."""
    page = (
        "<h1>Lamp Court Keepers</h1><h2>Bureaus &amp; Contacts</h2>"
        "<h3>Wick Ledgers Division</h3>"
        "<p>The Wick Ledgers Division keeps the records of the wick courts.</p>"
        "<h3>Oil Supplies Division</h3><p>The division supplies oil to the courts.</p>"
    )
    found = offices(extract(page, html=True))
    assert found["Wick Ledgers Division"].parent == "Lamp Court Keepers"
    assert "Oil Supplies Division" in found
    with pytest.raises(NoStructureError):  # before: read as contact details, page refused
        extract(page, html=True, off={"contact_heading_over_units", "unit_names_in_text"})


def test_contact_heading_over_units_menu_link_over_unit_sections() -> None:
    """A "Contact Us" menu link read as a heading over the page's sections headed by units'
    names ("Division of Wicks", "Department of Lamp Oil") does not make them contact
    details."""
    page = (
        "<p>The Official Website of Lampshire</p><h2>Contact Us</h2>"
        "<h3>Departments of the Lamp Branch</h3><h4>Division of Wicks</h4>"
        "<p>DW, a division serving under the Warden, trims the wicks of the state.</p>"
        "<h4>Department of Lamp Oil</h4>"
        "<p>DLO, a department under the Oil Keeper, stores the lamp oil.</p>"
    )
    assert "Division of Wicks" in offices(extract(page, html=True))
    with pytest.raises(NoStructureError):  # before: read as contact details, page refused
        extract(page, html=True, off={"contact_heading_over_units", "unit_names_in_text"})


def test_contact_heading_over_units_leaves_one_contact_line() -> None:
    """One section under "Contact Us" ("Staff Directory") is a line of contact details."""
    page = (
        "<h1>Lamp Court Keepers</h1>"
        "<p>The Wick Ledgers Division keeps the records. The Oil Supplies Division supplies"
        " oil.</p><h2>Contact Us</h2><h3>Staff Directory</h3>"
        "<p>Call 555-0100 for the staff directory.</p>"
    )
    assert "Staff Directory" not in offices(extract(page, html=True))


def test_contact_heading_over_units_leaves_contact_details_that_name_an_office() -> None:
    """Two headings under "Contact Us" worded as contact details ("Lamp Office Opening Hours", "Lamp
    Office Mailing Address") are the contact details, though each names an office."""
    page = (
        "<h1>Lamp Bureau</h1><p>The Lamp Bureau keeps the lamps lit.</p>"
        "<h2>Wick Division</h2><p>The Wick Division trims wicks.</p>"
        "<h2>Oil Division</h2><p>The Oil Division buys oil.</p>"
        "<h2>Contact Us</h2><h3>Lamp Office Opening Hours</h3><p>Monday to Friday, 8 to 5.</p>"
        "<h3>Wick Office Mailing Address</h3><p>Box 12, Lampton.</p>"
    )
    found = offices(extract(page, html=True))
    assert "Lamp Office Opening Hours" not in found and "Wick Office Mailing Address" not in found
    assert found["Oil Division"].parent == "Lamp Bureau"
