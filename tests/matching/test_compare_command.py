"""python manage.py compare_claims FILE... --format json, as PRODUCT.md specifies."""

import json
import subprocess
import sys

from tests.support import CORPUS_DIR, ROOT


def run(*args):
    return subprocess.run(
        [sys.executable, "manage.py", "compare_claims", *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"},
    )


def test_figures_of_a_story_with_their_claims_and_conflicts():
    story = CORPUS_DIR / "iran-missile-strikes"
    files = [str(story / "reuters.json"), str(story / "ap.json"), str(story / "press-tv.json")]
    result = run(*files, "--format", "json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)["figures"]
    claim_ids = [(claim["file"], claim["start"]) for figure in figures for claim in figure["claims"]]
    assert len(claim_ids) == len(set(claim_ids)), "each claim in at most one figure"
    for figure in figures:
        assert {"id", "label", "measure", "unit", "conflict", "claims"} <= figure.keys()
        for claim in figure["claims"]:
            assert {"start", "end", "text", "value", "low", "high", "claimant", "file", "outlet", "published"} <= claim.keys()
    killed = next(figure for figure in figures if any(claim["text"] == "80" for claim in figure["claims"]))
    assert killed["conflict"], "80 killed (Iranian state television) against no American killed (US officials)"
    assert {claim["outlet"] for claim in killed["claims"]} >= {"Reuters", "Associated Press"}


def test_a_missing_file_is_a_clear_error():
    result = run("no-such-article.txt")
    assert result.returncode == 1
    assert "no-such-article.txt: cannot read it" in result.stderr
