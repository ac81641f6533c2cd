"""Facets of a broad search: the producers and villages with most matches, never hundreds of them."""

from core.searchable import MAX_NAMED_OPTIONS
from sitesearch.facets import _most_matched


def test_a_broad_search_names_the_most_matched_producers_and_the_chosen_one():
    matches = {pk: pk for pk in range(1, 41)}  # producer pk → documents matched; 40 producers
    strongest = set(range(41 - MAX_NAMED_OPTIONS, 41))
    assert _most_matched(matches, None) == strongest
    assert _most_matched(matches, 3) == strongest | {3}  # the chosen one stays, so it can be cleared
    assert _most_matched(matches, 999) == strongest  # chosen but matching nothing: not listed
    assert _most_matched({7: 2, 8: 2, 9: 5}, None) == {7, 8, 9}
