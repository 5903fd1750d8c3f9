from django import forms

from factcheck.sources.models import Source


class SourceForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ["name", "domain", "kind", "country", "notes", "active"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def clean_domain(self):
        domain = self.cleaned_data["domain"].strip().lower()
        for prefix in ("https://", "http://", "www."):
            domain = domain.removeprefix(prefix)
        return domain.split("/")[0]
