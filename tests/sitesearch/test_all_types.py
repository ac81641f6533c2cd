"""Villages, homestays, experiences, packages, stories and events are searchable too, on both engines."""

import pytest

from sitesearch.indexing import rebuild_index
from sitesearch.search import search
from tests.stories.factories import make_event, make_events, make_story, make_story_index, paragraph
from tests.tourism.factories import make_experience, make_homestay, make_operator, make_package, make_village


@pytest.mark.django_db
def test_every_content_type_is_found_and_faceted(home_page, engine):
    village = make_village(home_page, name="Làng đá Khuổi Ky")
    make_experience(village, name="Rèn dao cùng thợ Khuổi Ky", price=450_000)
    make_homestay(village, name="Homestay đá Khuổi Ky", rooms=((1_000_000, 2), (400_000, 4)))
    make_package(make_operator(home_page), name="Hai ngày Khuổi Ky", price=2_500_000)
    make_story(
        make_story_index(home_page),
        title="Khuổi Ky bốn trăm năm",
        bodies={"vi": [paragraph("<p>Nhà sàn đá của người Tày.</p>")]},
    )
    make_event(make_events(home_page), title="Hội chợ OCOP Vientiane")
    rebuild_index()

    results = search(query="khuoi ky", language="vi", filters={}, page=1)
    types = {option.value: option.count for option in results.facets["type"]}

    assert {"village", "experience", "homestay", "package", "story"} <= {key for key, count in types.items() if count}
    assert results.total == 5
    homestays = search(query="khuoi ky", language="vi", filters={"type": "homestay"}, page=1)
    assert [hit.title for hit in homestays.hits] == ["Homestay đá Khuổi Ky"]
    assert search(query="hoi cho vientiane", language="vi", filters={"type": "event"}, page=1).total == 1
