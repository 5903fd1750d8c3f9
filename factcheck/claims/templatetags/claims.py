"""How claims read on the pages: numbers, intervals, sentences with the number marked."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def number(value) -> str:
    """12000.0 -> "12,000"; 66.6667 -> "66.67"."""
    if value is None:
        return ""
    value = float(value)
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


@register.filter
def interval(claim) -> str:
    """The range a claim allows, the way a reviewer says it."""
    low, high = claim.low, claim.high
    if low is None and high is None:
        return "any"
    if low is None:
        return f"≤ {number(high)}"
    if high is None:
        return f"≥ {number(low)}"
    if low == high:
        return number(low)
    return f"{number(low)}–{number(high)}"


@register.simple_tag
def sentence_with_claim(claim):
    """The claim's sentence with its words marked; every part is escaped."""
    sentence = claim.sentence or ""
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    if not (0 <= start < end <= len(sentence)) or sentence[start:end] != claim.text:
        return format_html("{}", sentence)
    return format_html("{}<mark>{}</mark>{}", sentence[:start], sentence[start:end], sentence[end:])
