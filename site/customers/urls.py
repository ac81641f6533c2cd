from django.urls import path

from customers import views

app_name = "customers"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("addresses/", views.addresses, name="addresses"),
    path("addresses/new/", views.address_edit, name="address_add"),
    path("addresses/<int:address_id>/", views.address_edit, name="address_edit"),
    path("addresses/<int:address_id>/delete/", views.address_delete, name="address_delete"),
    path("addresses/<int:address_id>/default/", views.address_default, name="address_default"),
    path("details/", views.details, name="details"),
]
