from django import forms

from factcheck.claims.models import Claim
from factcheck.figures.models import Figure

NEW_FIGURE = "new"


class CorrectForm(forms.ModelForm):
    """The fields of a claim an editor may fix; only the ones changed are recorded."""

    class Meta:
        model = Claim
        fields = ["value", "low", "high", "hedge", "unit", "measure", "claimant"]

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("low"), cleaned.get("high")
        if low is not None and high is not None and low > high:
            raise forms.ValidationError("The low end of the range is above the high end.")
        return cleaned


class MoveForm(forms.Form):
    figure = forms.CharField()

    def __init__(self, *args, claim: Claim, **kwargs):
        super().__init__(*args, **kwargs)
        self.claim = claim

    def clean_figure(self):
        choice = self.cleaned_data["figure"]
        if choice == NEW_FIGURE:
            return None
        figure = Figure.objects.filter(pk=choice if choice.isdigit() else 0, story_id=self.claim.article.story_id).first()
        if figure is None:
            raise forms.ValidationError("Choose a figure of this story, or a new one.")
        return figure


class SeparateForm(forms.Form):
    other = forms.ModelChoiceField(queryset=Claim.objects.none())

    def __init__(self, *args, claim: Claim, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["other"].queryset = Claim.objects.filter(article__story_id=claim.article.story_id).exclude(pk=claim.pk)


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Words")
    story = forms.ModelChoiceField(queryset=None, required=False, empty_label="Any story")
    source = forms.ModelChoiceField(queryset=None, required=False, empty_label="Any source")
    claimant = forms.CharField(required=False, max_length=200)
    measure = forms.ChoiceField(required=False)
    verdict = forms.ChoiceField(required=False)
    conflict = forms.BooleanField(required=False, label="In a conflicting figure")

    def __init__(self, *args, **kwargs):
        from factcheck.claims.models import Verdict
        from factcheck.extraction import MEASURES
        from factcheck.sources.models import Source
        from factcheck.stories.models import Story

        super().__init__(*args, **kwargs)
        self.fields["story"].queryset = Story.objects.only("pk", "title")
        self.fields["source"].queryset = Source.objects.only("pk", "name")
        self.fields["measure"].choices = [("", "Any measure"), *[(measure, measure) for measure in MEASURES]]
        self.fields["verdict"].choices = [("", "Any verdict"), *Verdict.choices]
