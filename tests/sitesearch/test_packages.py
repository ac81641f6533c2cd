"""Tour packages in site search, on both engines: their own type facet, found by the places they visit."""

import pytest
from django.utils import translation

from sitesearch.indexing import rebuild_index
from sitesearch.registry import searchable_types
from sitesearch.search import search
from tests.tourism.factories import make_experience, make_homestay, make_operator, make_package, make_village


@pytest.mark.django_db
def test_packages_have_their_own_type_and_are_found_by_the_places_they_visit(home_page, engine):
    village = make_village(home_page, name="Làng đá Khuổi Ky")
    homestay = make_homestay(village, name="Homestay đá Khuổi Ky")
    forging = make_experience(village, name="Rèn dao Phúc Sen")
    operator = make_operator(home_page)
    make_package(operator, name="Hai ngày vùng cao", days=[(1, forging, homestay), (2, None, None)], price=2_500_000)
    draft = make_package(operator, name="Gói nháp Phúc Sen", days=[(1, forging, None)])
    draft.unpublish()
    rebuild_index()

    results = search(query="phuc sen", language="vi", filters={}, page=1)
    types = {option.value: option.count for option in results.facets["type"]}
    assert types["package"] == 1  # the draft is never indexed
    tours = search(query="phuc sen", language="vi", filters={"type": "package"}, page=1)
    assert [hit.title for hit in tours.hits] == ["Hai ngày vùng cao"]  # found by its day's experience
    in_english = search(query="khuoi ky", language="en", filters={"type": "package"}, page=1)
    assert [hit.title for hit in in_english.hits] == ["Hai ngày vùng cao EN"]  # by its homestay, in English
    priced = search(query="phuc sen", language="vi", filters={"type": "package", "price": "over-1000000"}, page=1)
    assert priced.total == 1


def test_the_package_type_is_declared_by_tourism_with_its_own_label():
    (package,) = [kind for kind in searchable_types() if kind.key == "package"]
    assert package.model.__module__.startswith("tourism.")
    with translation.override("en"):
        assert str(package.label) == "Tour packages"
