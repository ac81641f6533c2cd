"""The key public pages of the demo content, by language."""

from django.utils import translation

LANGUAGES = ("vi", "en", "lo", "zh-hans")
BROWSER_LOCALES = {"vi": "vi-VN", "en": "en-GB", "lo": "lo-LA", "zh-hans": "zh-CN"}


def key_pages(language):
    """{name: path} of one page of each kind, in `language`."""
    from home.models import HomePage
    from storefront.models import CataloguePage, ProductPage
    from stories.models import StoryPage
    from tourism.models import CraftVillagePage, ExperiencePage

    with translation.override(language):
        return {
            "home": HomePage.objects.get().url,
            "catalogue": CataloguePage.objects.get().url,
            "product": ProductPage.objects.get(slug_vi="mien-dong-phja-den").url,
            "village": CraftVillagePage.objects.get(slug_en="phuc-sen-forge-village").url,
            "experience": ExperiencePage.objects.live().get(slug_en="half-day-forging-workshop").url,
            "story": StoryPage.objects.live().get(slug_en="the-phuc-sen-forging-legend").url,
            "cart": f"/{language}/cart/",
            "checkout": f"/{language}/checkout/",
        }


def put_in_cart(page, site, language):
    """Add one pack of the product to this browser's cart, through the product page's form."""
    page.goto(site + key_pages(language)["product"])
    page.locator("form.add-to-cart button[type=submit]").click()
    page.wait_for_url(f"**/{language}/cart/")
