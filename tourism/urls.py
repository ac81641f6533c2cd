from django.urls import path

from tourism import views

app_name = "tourism"

urlpatterns = [
    path("bookings/add/", views.add_booking, name="booking_add"),
]
