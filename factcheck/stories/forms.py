from django import forms

from factcheck.stories.models import Story


class StoryForm(forms.ModelForm):
    class Meta:
        model = Story
        fields = ["title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
