from django.db import models
from django.db.models.functions import Lower


class Source(models.Model):
    """A publication whose articles we read: a wire agency, a newspaper, a ministry."""

    class Kind(models.TextChoices):
        WIRE = "wire", "Wire agency"
        NEWSPAPER = "newspaper", "Newspaper"
        BROADCASTER = "broadcaster", "Broadcaster"
        ONLINE = "online", "Online outlet"
        STATE_MEDIA = "state_media", "State media"
        GOVERNMENT = "government", "Government"
        NGO = "ngo", "NGO or international body"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    domain = models.CharField(max_length=253, blank=True, help_text="e.g. reuters.com; used to recognise the source of an uploaded URL")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NEWSPAPER)
    country = models.CharField(max_length=100, blank=True)
    notes = models.TextField(blank=True)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"), name="source_name_unique_ci", violation_error_message="A source with this name already exists."
            ),
            models.UniqueConstraint(
                Lower("domain"),
                condition=~models.Q(domain=""),
                name="source_domain_unique_ci",
                violation_error_message="A source with this domain already exists.",
            ),
        ]

    def __str__(self) -> str:
        return self.name
