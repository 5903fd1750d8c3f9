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
