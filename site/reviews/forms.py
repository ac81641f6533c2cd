from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ReviewForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Your rating"),
        choices=[(n, f"{n} ★") for n in range(5, 0, -1)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    title = forms.CharField(label=_("Title"), max_length=120)
    body = forms.CharField(label=_("Your review"), max_length=4000, widget=forms.Textarea(attrs={"rows": 6}))
    language = forms.ChoiceField(label=_("Language you write in"), choices=settings.LANGUAGES)
    author_name = forms.CharField(
        label=_("Name shown with your review"),
        max_length=80,
        help_text=_("Your email is never shown."),
    )
