"""Every model says what its rows change on the cached pages (core.cache_policy); the page cache reads that."""

import pytest
from django.apps import apps
from wagtail.models import Page, Site

from core.cache_policy import CachePolicy, LiveRows
from pagecache import tags
from pagecache.invalidation import policy_of
from storefront.models import Cart, ExchangeRates, ProductPage, StockLevel
from tests.storefront.factories import make_cart, make_catalogue, make_producer, make_product
from tourism.models import ExperiencePage, HomestayRoom

# The apps whose rows pages show; sessions, Wagtail's revisions and logs, search documents are not.
CONTENT_APPS = ["home", "storefront", "tourism", "stories"]


def _token(tag=tags.CONTENT):
    return tags.ensure([tag])[tag]


def test_every_model_of_a_content_app_declares_what_its_rows_change():
    """Without a declaration a new model's saves would change nothing cached, or (as before
    declarations) clear every cached page on each save: say which with `cache_policy`."""
    undeclared = [
        model._meta.label
        for label in CONTENT_APPS
        for model in apps.get_app_config(label).get_models()
        if not isinstance(policy_of(model), CachePolicy)
    ]
    assert undeclared == []


def test_page_types_inherit_content_and_third_party_models_have_theirs():
    assert policy_of(ProductPage) == CachePolicy.CONTENT
    assert policy_of(Site) == CachePolicy.STRUCTURE
    assert policy_of(apps.get_model("wagtailimages.Image")) == CachePolicy.CONTENT
    assert policy_of(HomestayRoom) == CachePolicy.BOOKINGS | CachePolicy.CONTENT
    assert policy_of(apps.get_model("wagtailcore.Revision")) is None  # shown on no page
    assert (ProductPage.live_rows, ExperiencePage.live_rows) == (LiveRows.OWN_STOCK, LiveRows.BOOKINGS)


@pytest.mark.django_db
def test_saving_a_transactional_row_keeps_the_content_token():
    before = _token()
    cart = Cart.objects.create()
    cart.save()
    cart.delete()
    assert _token() == before


@pytest.mark.django_db
def test_saving_a_content_row_replaces_the_content_token():
    before = _token()
    rates = ExchangeRates.load()
    rates.vnd_per_usd += 1
    rates.save()
    assert _token() != before


@pytest.mark.django_db
def test_a_stock_row_changes_only_its_product_page(home_page):
    catalogue, index = make_catalogue(home_page)
    product = make_product(catalogue, make_producer(index), title="Dao rèn", prices=[(185000, 40)])
    content, page = _token(), _token(tags.page_tag(product.pk))
    level = StockLevel.objects.get(variant=product.variants.get())
    level.quantity = 3
    level.save()
    make_cart((product.variants.get(), 1))
    assert (_token(), _token(tags.page_tag(product.pk)) != page) == (content, True)


@pytest.mark.django_db
def test_a_new_site_changes_the_structure(home_page):
    before = _token(tags.STRUCTURE)
    Site.objects.create(hostname="other.example", port=80, root_page=Page.objects.get(pk=home_page.pk))
    assert _token(tags.STRUCTURE) != before
