from django import forms

from factcheck.extraction import MEASURES
from factcheck.stories.models import Story


class StoryForm(forms.ModelForm):
    class Meta:
        model = Story
        fields = ["title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class FigureFilterForm(forms.Form):
    conflicts = forms.BooleanField(required=False, label="Conflicts only")
    measure = forms.ChoiceField(required=False, choices=[("", "Any measure"), *[(measure, measure) for measure in MEASURES]])
    q = forms.CharField(required=False, max_length=100, label="Text", widget=forms.TextInput(attrs={"placeholder": "missiles, Pentagon…"}))
