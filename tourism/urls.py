from django.urls import path

from tourism import views

app_name = "tourism"

urlpatterns = [
    path("bookings/add/", views.add_booking, name="booking_add"),
    path("bookings/<str:token>/cancel/", views.cancel_order_bookings, name="order_cancel"),
    path("bookings/<str:token>/<int:booking_id>/cancel/", views.cancel_one_booking, name="booking_cancel"),
    path("bookings/<str:token>/<int:booking_id>/change/", views.change_booking_date, name="booking_change"),
]
