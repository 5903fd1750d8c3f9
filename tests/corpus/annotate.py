"""Maintain the annotated corpus: fill offsets and validate every file.

    python tests/corpus/annotate.py fix     # fill start/end of gold claims from their text
    python tests/corpus/annotate.py check   # validate; exits 1 and lists problems

Plain Python on purpose: annotators run it without installing the project.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent
STORIES_DIR = CORPUS_DIR / "stories"

HEDGES = {"exact", "approximate", "at_least", "more_than", "at_most", "less_than", "range", "vague"}
MEASURES = {
    "killed", "injured", "casualties", "missing", "people", "weapons", "targets",
    "money", "percent", "distance", "duration", "other",
}
REQUIRED_CLAIM_KEYS = {"text", "value", "low", "high", "hedge", "unit", "measure", "claimant", "zero", "figure"}
ARTICLE_KEYS = {"text", "outlet", "published", "title", "url"}


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def article_paths() -> list[Path]:
    return sorted(p for p in STORIES_DIR.glob("*/*.json") if not p.name.endswith(".gold.json") and p.name != "story.json")


def gold_path(article_path: Path) -> Path:
    return article_path.with_name(article_path.stem + ".gold.json")


def find_occurrence(text: str, needle: str, occurrence: int) -> int:
    """Start offset of the n-th (1-based) whole-word occurrence of needle, or -1."""
    # Not inside a word, and not a piece of a bigger number ("200" in "1,200").
    pattern = re.compile(r"(?<!\w)(?<!\d[,.])" + re.escape(needle) + r"(?!\w)(?![,.]\d)")
    matches = list(pattern.finditer(text))
    return matches[occurrence - 1].start() if len(matches) >= occurrence else -1


def fix() -> int:
    problems = 0
    for path in article_paths():
        text = load_json(path)["text"]
        gold_file = gold_path(path)
        if not gold_file.exists():
            continue
        gold = load_json(gold_file)
        for claim in gold["claims"]:
            start = find_occurrence(text, claim["text"], claim.get("occurrence", 1))
            if start < 0:
                print(f"{gold_file}: {claim['text']!r} (occurrence {claim.get('occurrence', 1)}) not in text")
                problems += 1
                continue
            claim["start"], claim["end"] = start, start + len(claim["text"])
        write_json(gold_file, gold)
    return problems


def check_claim(where: str, claim: dict, text: str, figures: dict) -> list[str]:
    errors = []
    missing = REQUIRED_CLAIM_KEYS - claim.keys()
    if missing:
        return [f"{where}: missing keys {sorted(missing)}"]
    start, end = claim.get("start"), claim.get("end")
    if start is None or end is None or text[start:end] != claim["text"]:
        errors.append(f"{where}: offsets do not select {claim['text']!r} (run annotate.py fix)")
    elif (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()) or (
        start > 1 and text[start - 1] in ",." and text[start - 2].isdigit()
    ):
        errors.append(f"{where}: {claim['text']!r} is matched inside a word; give its occurrence")
    if claim["hedge"] not in HEDGES:
        errors.append(f"{where}: unknown hedge {claim['hedge']!r}")
    for measure in [claim["measure"], *claim.get("measure_alt", [])]:
        if measure not in MEASURES:
            errors.append(f"{where}: unknown measure {measure!r}")
    low, high, value = claim["low"], claim["high"], claim["value"]
    if low is not None and high is not None and low > high:
        errors.append(f"{where}: low > high")
    if claim["zero"] and (value, low, high) != (0, 0, 0):
        errors.append(f"{where}: an explicit zero has value, low and high 0")
    if claim["figure"] is not None and claim["figure"] not in figures:
        errors.append(f"{where}: figure {claim['figure']!r} is not in story.json")
    if claim["unit"] != claim["unit"].lower():
        errors.append(f"{where}: unit must be lower case")
    return errors


def check() -> list[str]:
    errors: list[str] = []
    stories = sorted(p for p in STORIES_DIR.iterdir() if p.is_dir())
    for story_dir in stories:
        story_file = story_dir / "story.json"
        if not story_file.exists():
            errors.append(f"{story_dir}: no story.json")
            continue
        story = load_json(story_file)
        if story.get("split") not in {"dev", "test"}:
            errors.append(f"{story_file}: split must be dev or test")
        figures = story.get("figures", {})
        for figure_id, figure in figures.items():
            if figure.get("measure") not in MEASURES:
                errors.append(f"{story_file}: figure {figure_id} has unknown measure")
            if not isinstance(figure.get("conflict"), bool):
                errors.append(f"{story_file}: figure {figure_id} needs conflict true/false")
    for path in article_paths():
        article = load_json(path)
        if set(article) - ARTICLE_KEYS or "text" not in article:
            errors.append(f"{path}: keys must be among {sorted(ARTICLE_KEYS)}, text required")
            continue
        gold_file = gold_path(path)
        if not gold_file.exists():
            errors.append(f"{path}: no gold file")
            continue
        story_file = path.parent / "story.json"
        figures = load_json(story_file).get("figures", {}) if story_file.exists() else {}
        gold = load_json(gold_file)
        for index, claim in enumerate(gold.get("claims", [])):
            errors += check_claim(f"{gold_file}#{index}", claim, article["text"], figures)
        for word in gold.get("not_claims", []) + gold.get("optional", []):
            if word not in article["text"]:
                errors.append(f"{gold_file}: {word!r} listed but not in text")
        # A claim is a claim or optional, not both: the scorer drops what overlaps an optional
        # span from the extractor's claims, and would count the gold claim missed.
        claimed = {claim.get("text") for claim in gold.get("claims", [])}
        for word in gold.get("optional", []):
            if word in claimed:
                errors.append(f"{gold_file}: {word!r} is both a claim and optional")
    return errors


def main(argv: list[str]) -> int:
    if argv[1:] == ["fix"]:
        return 1 if fix() else 0
    if argv[1:] == ["check"]:
        errors = check()
        print("\n".join(errors) or "corpus ok")
        return 1 if errors else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
