from django.urls import path

from sitesearch import views

urlpatterns = [
    path("", views.search_page, name="search"),
    path("api/", views.search_api, name="search_api"),
    path("suggest/", views.suggest_api, name="search_suggest"),
]
