from django import forms

from factcheck.claims.models import Claim
from factcheck.figures.models import Figure


class RenameForm(forms.Form):
    label = forms.CharField(max_length=300)


class SplitForm(forms.Form):
    claims = forms.ModelMultipleChoiceField(queryset=Claim.objects.none())
    label = forms.CharField(max_length=300, required=False)

    def __init__(self, *args, figure: Figure, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["claims"].queryset = Claim.objects.filter(figure=figure)


class MergeForm(forms.Form):
    figures = forms.ModelMultipleChoiceField(queryset=Figure.objects.none())

    def __init__(self, *args, story_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["figures"].queryset = Figure.objects.filter(story_id=story_id).order_by("pk")

    def clean_figures(self):
        figures = self.cleaned_data["figures"]
        if len(figures) < 2:
            raise forms.ValidationError("Choose two or more figures to merge.")
        return figures
