from django.urls import path

from reviews import views

app_name = "reviews"

urlpatterns = [
    path("<str:token>/<int:line_id>/", views.review_form, name="write"),
]
