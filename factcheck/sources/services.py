from urllib.parse import urlsplit

from factcheck.sources.models import Source


def source_for_url(url: str) -> Source | None:
    """The active source whose domain the URL is on (news.bbc.co.uk belongs to bbc.co.uk)."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    if not host:
        return None
    labels = host.split(".")
    candidates = [".".join(labels[index:]) for index in range(len(labels) - 1)]
    by_domain = {source.domain: source for source in Source.objects.filter(active=True, domain__in=candidates)}
    return next((by_domain[domain] for domain in candidates if domain in by_domain), None)


def source_named(name: str) -> Source | None:
    """The source an upload names ("Reuters", "reuters"), if there is one."""
    if not name.strip():
        return None
    return Source.objects.filter(name__iexact=name.strip()).first()
