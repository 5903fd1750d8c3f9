"""python manage.py extract_claims FILE... --format jsonl, as PRODUCT.md specifies."""

import json
import subprocess
import sys

from tests.support import ROOT, SAMPLE_ARTICLE

FRAME_KEYS = {"start", "end", "text", "value", "low", "high", "hedge", "unit", "measure", "claimant", "sentence", "file"}


def run(*args: str, env=None):
    return subprocess.run(
        [sys.executable, "manage.py", "extract_claims", *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none", **(env or {})},
    )


def test_prints_one_claim_frame_per_line_for_text_and_json_files(tmp_path):
    article = json.loads(SAMPLE_ARTICLE.read_text(encoding="utf-8"))
    text_file = tmp_path / "plain.txt"
    text_file.write_text(article["text"], encoding="utf-8")
    result = run(str(text_file), str(SAMPLE_ARTICLE), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {line["file"] for line in lines} == {str(text_file), str(SAMPLE_ARTICLE)}
    for line in lines:
        assert FRAME_KEYS <= line.keys()
        assert article["text"][line["start"]:line["end"]] == line["text"]
    missiles = next(line for line in lines if line["text"] == "15")
    assert (missiles["value"], missiles["unit"], missiles["claimant"]) == (15, "missile", "Iranian state television")


def test_needs_no_database(tmp_path):
    """The database URL above points nowhere; the command never connects."""
    path = tmp_path / "a.txt"
    path.write_text("Officials said 40 people were killed.", encoding="utf-8")
    result = run(str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["value"] == 40


def test_a_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "no text"}', encoding="utf-8")
    result = run(str(bad))
    assert result.returncode == 1
    assert f'{bad}: a .json article needs a "text" string' in result.stderr
    missing = run(str(tmp_path / "missing.txt"))
    assert "cannot read it" in missing.stderr
