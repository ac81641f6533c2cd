from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.ratings import register_rating_provider
from core.sections import register_section


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = _("Reviews")

    def ready(self):
        # The rules use the models, which Django loads after the app configs.
        from reviews.rules import aggregate_rating

        # Product and experience pages show their reviews, and the order page links to the review
        # form, and so does each order on the customer's account page, without naming this app
        # (core.sections); product JSON-LD asks core.ratings.
        register_section("reviews/includes/page_reviews.html")
        register_section("reviews/includes/order_reviews.html", on="order")
        register_section("reviews/includes/account_order_reviews.html", on="account_order")
        register_rating_provider(aggregate_rating)
