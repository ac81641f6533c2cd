"""A searchable type's own facet is filtered and counted from its declaration alone: no edit in sitesearch."""

import pytest
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.searchable import Description, Facet, Localised, SearchableType, describe_in_languages
from sitesearch import registry
from sitesearch.facets import facet_titles, parse_filters
from sitesearch.indexing import rebuild_index
from sitesearch.search import search
from stories.choices import EthnicCommunity
from stories.models import StoryPage
from tests.stories.factories import make_story, make_story_index

COMMUNITY = Facet(
    "community",
    _("Community"),
    choices=lambda: EthnicCommunity.choices,
    invalid=_("That community does not exist."),
)


def _describe(story):
    def localised(page):
        return Localised(
            title=page.title, url=page.get_url() or "", body=page.summary or "", snippet=page.summary or ""
        )

    return Description(values={"community": story.ethnic_community}, languages=describe_in_languages(story, localised))


@pytest.fixture
def told_by_community(home_page, settings):
    """A test-only type over an existing model, declaring a facet nothing else declares."""
    settings.SEARCH_ELASTICSEARCH_URL = ""  # the database engine
    index = make_story_index(home_page)
    stories = [
        make_story(index, title=title, community=community)
        for title, community in (
            ("Khèn Mông", "hmong"),
            ("Hát then", "tay"),
            ("Đàn tính", "tay"),
            ("Chợ phiên", ""),
        )
    ]
    registry.register(
        SearchableType(
            key="told_by",
            label=_("Stories by community"),
            model=StoryPage,
            queryset=lambda: StoryPage.objects.live().public(),
            describe=_describe,
            facets=(COMMUNITY,),
        )
    )
    try:
        rebuild_index()
        yield stories
    finally:
        registry.unregister("told_by")


@pytest.mark.django_db
def test_a_declared_facet_is_filtered_and_counted_on_the_database_engine(told_by_community):
    assert registry.get_facet("community") is COMMUNITY and facet_titles()["community"] == COMMUNITY.label
    everything = search(query="", language="vi", filters={})
    counts = {option.value: option.count for option in everything.facets["community"] if option.count}
    assert counts == {"hmong": 1, "tay": 2}  # the story without a community is not counted
    assert {o.value: o.count for o in everything.facets["type"] if o.count} == {"story": 4, "told_by": 4}

    filters, messages = parse_filters(QueryDict("community=tay"))
    assert filters == {"community": "tay"} and messages == []
    tay = search(query="", language="vi", filters=filters)
    assert tay.total == 2 and {hit.title for hit in tay.hits} == {"Hát then", "Đàn tính"}
    # The facet's own counts ignore its own filter; the other facets' counts follow it.
    assert {o.value: o.count for o in tay.facets["community"] if o.count} == {"hmong": 1, "tay": 2}
    assert {o.value: o.count for o in tay.facets["type"] if o.count} == {"told_by": 2}
    assert search(query="then", language="vi", filters={"community": "tay", "type": "told_by"}).total == 1

    assert parse_filters(QueryDict("community=martian")) == ({}, [str(COMMUNITY.invalid)])


@pytest.mark.django_db
def test_unregistered_the_facet_is_gone(told_by_community):
    registry.unregister("told_by")
    assert registry.get_facet("community") is None
    assert "community" not in search(query="", language="vi", filters={}).facets
