from django.urls import path

from customers import privacy_views

app_name = "customers_privacy"

urlpatterns = [
    path("", privacy_views.overview, name="overview"),
    path("export/", privacy_views.export, name="export"),
    path("delete/", privacy_views.delete, name="delete"),
    path("deleted/", privacy_views.deleted, name="deleted"),
]
