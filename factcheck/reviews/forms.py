from django import forms
from django.core.validators import URLValidator

from factcheck.claims.models import Verdict


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(choices=[choice for choice in Verdict.choices if choice[0] != Verdict.UNREVIEWED])
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=5000)
    evidence = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), help_text="Links to the evidence, one per line."
    )

    def clean_evidence(self):
        links = [line.strip() for line in self.cleaned_data["evidence"].splitlines() if line.strip()]
        validate = URLValidator(schemes=["http", "https"])
        for link in links:
            try:
                validate(link)
            except forms.ValidationError:
                raise forms.ValidationError(f"“{link}” is not a web address (http:// or https://).") from None
        return links


class ResolveForm(forms.Form):
    value = forms.FloatField(required=False, help_text="The best-supported figure, or leave empty and give a range.")
    low = forms.FloatField(required=False)
    high = forms.FloatField(required=False)
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=5000, help_text="Why this value: which sources, which evidence.")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("value") is None and cleaned.get("low") is None and cleaned.get("high") is None:
            raise forms.ValidationError("Give the best-supported value, or a range.")
        low, high = cleaned.get("low"), cleaned.get("high")
        if low is not None and high is not None and low > high:
            raise forms.ValidationError("The low end is above the high end.")
        return cleaned
