"""Behaviour of search(), the same on both engines (the `engine` fixture runs each test twice)."""

import pytest
from django.utils import timezone

from sitesearch.registry import facets
from sitesearch.search import search, suggest


def titles(query, language="vi", filters=None):
    return [hit.title for hit in search(query=query, language=language, filters=filters or {}).hits]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["mien dong", "miến dong", "MIẾN DONG", "Phia Den", "phja đén"])
def test_vietnamese_with_or_without_diacritics(shop, query):
    assert titles(query)[0] == "Miến dong Phja Đén"


@pytest.mark.django_db
def test_exact_diacritics_rank_above_a_folded_match(shop):
    found = titles("miến")
    # "Dao mien nui" matches only once folded, so it comes after the exact "Miến".
    assert found.index("Miến dong Phja Đén") < found.index("Dao rèn Phúc Sen")


@pytest.mark.django_db
def test_spelling_variants_of_place_names(shop):
    assert "Hạt dẻ Trùng Khánh" in titles("trung khanh")
    assert "Miến dong Phja Đén" in titles("phia den")


@pytest.mark.django_db
def test_lao_word_inside_a_longer_phrase(shop):
    assert titles("ເສັ້ນລ້ອນ", "lo") == ["ເສັ້ນລ້ອນແປ້ງມັນສາຄູ Phja Đén"]


@pytest.mark.django_db
def test_lao_sara_am_typed_as_two_code_points(shop):
    decomposed = "\u0e99\u0ec9\u0ecd\u0eb2\u0edc\u0eb1\u0e81"  # ນ້ຳໜັກ with ຳ as U+0ECD U+0EB2
    assert titles(decomposed, "lo") == ["ມີດຕີ Phúc Sen"]


@pytest.mark.django_db
def test_chinese_word_inside_a_longer_name(shop):
    assert titles("板栗", "zh-hans") == ["越南高平省重庆县板栗"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [("knife", "Phúc Sen forged knives"), ("chestnut", "Trùng Khánh chestnuts"), ("noodle", "Phja Đén canna noodles")],
)
def test_english_plurals(shop, query, expected):
    assert titles(query, "en") == [expected]


@pytest.mark.django_db
def test_other_languages_are_a_fallback(shop):
    # Vietnamese words on the English site: found through the other languages' text, shown in English.
    assert titles("hạt dẻ", "en") == ["Trùng Khánh chestnuts"]


@pytest.mark.django_db
def test_own_language_text_ranks_above_the_fallback(shop):
    found = titles("phuc sen", "en")
    assert found[0] == "Phúc Sen forged knives"


@pytest.mark.django_db
def test_producers_are_found_and_type_filter(shop):
    assert "HTX Minh Tuấn" in titles("minh tuan")
    assert titles("minh tuan", filters={"type": "producer"}) == ["HTX Minh Tuấn"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "mien", "phja"])
@pytest.mark.parametrize("base_filters", [{}, {"group": "food"}, {"in_season": True}])
def test_every_facet_count_is_the_number_of_results_when_chosen(shop, query, base_filters):
    results = search(query=query, language="vi", filters=base_filters)
    checked = 0
    for name, parse in [("type", str), *((facet.name, facet.parse) for facet in facets())]:
        options = results.facets[name] if isinstance(results.facets[name], list) else [results.facets[name]]
        for option in options:
            chosen = {**base_filters, name: parse(option.value)}
            assert search(query=query, language="vi", filters=chosen).total == option.count, (name, option.value)
            checked += 1
    assert checked > 10


@pytest.mark.django_db
def test_facets_and_filters_combine(shop):
    results = search(query="", language="vi", filters={"group": "food", "stars": 4})
    assert [hit.title for hit in results.hits] == ["Hạt dẻ Trùng Khánh"]
    in_season = search(query="", language="vi", filters={"in_season": True})
    assert [hit.title for hit in in_season.hits] == ["Miến dong Phja Đén"]
    cheap = search(query="", language="vi", filters={"price": "100000-300000"})
    assert {hit.title for hit in cheap.hits} == {"Miến dong Phja Đén", "Hạt dẻ Trùng Khánh"}
    by_producer = search(query="", language="vi", filters={"producer": shop["smiths"].pk})
    assert {hit.title for hit in by_producer.hits} == {"Dao rèn Phúc Sen", "HTX Minh Tuấn"}
    counts = {
        option.value: option.count
        for option in search(query="", language="vi", filters={}).facets["type"]
        if option.count
    }
    assert counts == {"product": 3, "producer": 2}  # the other registered types have nothing to show here


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["mie", "miế", "MIE", "mien d"])
def test_type_ahead_with_and_without_diacritics(shop, prefix):
    assert "Miến dong Phja Đén" in [s.title for s in suggest(prefix=prefix, language="vi")]


@pytest.mark.django_db
def test_type_ahead_in_lao_and_chinese(shop):
    assert [s.title for s in suggest(prefix="ເສັ້ນ", language="lo")] == ["ເສັ້ນລ້ອນແປ້ງມັນສາຄູ Phja Đén"]
    assert [s.title for s in suggest(prefix="板栗", language="zh-hans")] == ["越南高平省重庆县板栗"]


@pytest.mark.django_db
def test_snippets_mark_matches_and_escape_html(shop):
    hit = search(query="mien", language="vi", filters={}).hits[0]
    assert "<mark>Miến</mark>" in hit.snippet
    assert "&lt;ngon&gt;" in hit.snippet and "<ngon>" not in hit.snippet


@pytest.mark.django_db
def test_empty_state_suggests_something(shop):
    results = search(query="mietzsche", language="vi", filters={})
    assert results.total == 0
    assert any("No results for “mietzsche”" in m or "mietzsche" in m for m in results.messages)
    assert "Miến dong Phja Đén" in [s.title for s in results.suggestions]


@pytest.mark.django_db
def test_pages(shop, settings):
    from sitesearch import search as search_module

    settings_page_size = search_module.PAGE_SIZE
    search_module.PAGE_SIZE = 2
    try:
        first = search(query="", language="vi", filters={}, page=1)
        second = search(query="", language="vi", filters={}, page=2)
        beyond = search(query="", language="vi", filters={}, page=99)
    finally:
        search_module.PAGE_SIZE = settings_page_size
    assert (first.total, first.num_pages, len(first.hits), len(second.hits)) == (5, 3, 2, 2)
    assert not {h.url for h in first.hits} & {h.url for h in second.hits}
    assert beyond.page == 3 and len(beyond.hits) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query", "filters"),
    [
        ("vi", "mien dong", {}),
        ("zh-hans", "粉丝", {}),
        ("vi", "", {"group": "food", "in_season": True, "price": "100000-300000", "stars": 3}),
    ],
)
def test_database_engine_answers_in_two_queries(shop, engine, language, query, filters, django_assert_num_queries):
    """Total, every facet's counts and the page's ids in one query, then the page's documents."""
    if engine != "database":
        pytest.skip("counts the database engine's SQL queries")
    from sitesearch.engines import get_engine
    from sitesearch.text import parse_query

    with django_assert_num_queries(2):
        result = get_engine().search(
            parsed=parse_query(query),
            language=language,
            filters=filters,
            today=timezone.localdate(),
            offset=0,
            limit=10,
        )
    assert result.total and result.rows and result.counts["type"]
    with django_assert_num_queries(1):  # nothing found: no page to read
        assert (
            get_engine()
            .search(
                parsed=parse_query("zzzq"),
                language=language,
                filters=filters,
                today=timezone.localdate(),
                offset=0,
                limit=10,
            )
            .total
            == 0
        )
