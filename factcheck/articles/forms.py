from django import forms
from django.conf import settings

from factcheck.articles.ingest import BATCH_EXTENSIONS, SUPPORTED_EXTENSIONS
from factcheck.sources.models import Source


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(SUPPORTED_EXTENSIONS + BATCH_EXTENSIONS)}))
        # Empty files are refused per file by the ingest step, with their name, so that one
        # empty file does not reject the whole upload.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single_clean = super().clean
        if isinstance(data, (list, tuple)):
            return [single_clean(item, initial) for item in data]
        return [single_clean(data, initial)] if data else []


class UploadForm(forms.Form):
    source = forms.ModelChoiceField(
        queryset=Source.objects.filter(active=True), required=False, empty_label="(recognise from the URL, or unknown)"
    )
    title = forms.CharField(max_length=500, required=False, help_text="For pasted text; files take their own title.")
    url = forms.URLField(max_length=2000, required=False, assume_scheme="https")
    published = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 12}), strip=False, label="Paste the article text")
    files = MultipleFileField(
        required=False,
        label="…or upload files",
        help_text=f"{', '.join(SUPPORTED_EXTENSIONS)}, or a .zip of them, or a .jsonl file with one article per line; up to {settings.MAX_UPLOAD_BYTES // (1024 * 1024)} MB each, several at once.",
    )

    def clean_text(self):
        text = self.cleaned_data["text"]
        if len(text.encode("utf-8")) > settings.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(f"The text is longer than the limit of {settings.MAX_UPLOAD_BYTES:,} bytes.")
        return text

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > settings.MAX_UPLOAD_FILES:
            raise forms.ValidationError(f"Upload at most {settings.MAX_UPLOAD_FILES} files at once.")
        return files

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("text") or "").strip() and not cleaned.get("files"):
            raise forms.ValidationError("Paste the article's text or choose at least one file.")
        return cleaned
