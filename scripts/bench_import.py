#!/usr/bin/env python
"""A bulk import through the real stack: PostgreSQL, Redis and a Celery worker process.

    python scripts/bench_import.py                          # 1,000 articles, 2 worker processes
    python scripts/bench_import.py --articles 100 --concurrency 1

The articles are the extraction benchmark's (paragraphs of the annotated corpus, seeded), sent
as one .jsonl batch into one story, which is the heaviest case: every article asks for the
story to be matched again. The script works in a database of its own, made and dropped here
(BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/factcheck_bench) and on the
broker in BENCH_BROKER_URL (default redis://127.0.0.1:6379/13, flushed).

Measured:
  pure extraction   extract_claims on each text in this process, one core, nothing else
  ingest            articles_import: reading the batch, saving articles, enqueueing tasks
  extracted         until every article of the batch is done or failed, from the start
  matched           until the story's figures include the last article, from the start
and the peak resident memory of the worker's processes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import psutil  # noqa: E402
import psycopg2  # noqa: E402
import redis  # noqa: E402
from bench_extraction import SEED, corpus_paragraphs, generated_articles, words  # noqa: E402

from tests.support import start_worker, stop_worker  # noqa: E402  (the suite's own worker harness)

POLL_S = 0.5


def recreate_database(url: str) -> None:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    connection = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def drop_database(url: str) -> None:
    parts = urlsplit(url)
    connection = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}" WITH (FORCE)')
    connection.close()


def pure_extraction(texts: list[str]) -> float:
    from factcheck.extraction import extract_claims, get_pipeline

    get_pipeline()
    extract_claims(texts[0])  # warm up, as a worker has by its second article
    started = time.perf_counter()
    for text in texts:
        extract_claims(text)
    return time.perf_counter() - started


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def task_durations(log: str) -> dict[str, list[float]]:
    """Seconds per run of each task, from the worker's log lines "Task NAME[id] succeeded in Ns"."""
    times: dict[str, list[float]] = {}
    for name, seconds in re.findall(r"Task [\w.]+\.(\w+)\[[^\]]+\] succeeded in ([0-9.]+)s", log):
        times.setdefault(name, []).append(float(seconds))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes (default 2, the cores here)")
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck_bench")
    broker_url = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/13")
    os.environ.update(DATABASE_URL=database_url, CELERY_BROKER_URL=broker_url, DJANGO_SETTINGS_MODULE="factcheck.settings")
    os.environ.pop("CELERY_TASK_ALWAYS_EAGER", None)
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-" + "x" * 40)

    rng = random.Random(SEED)
    texts = generated_articles(args.articles, rng, corpus_paragraphs())
    lines = [json.dumps({"text": text, "title": f"Generated article {number}", "outlet": "Benchmark Wire", "published": "2024-03-01"})
             for number, text in enumerate(texts, 1)]
    batch_bytes = ("\n".join(lines) + "\n").encode("utf-8")
    print(f"{len(texts):,} articles, {words(texts):,} words, {len(batch_bytes) / 1e6:.1f} MB as .jsonl")

    recreate_database(database_url)
    redis.Redis.from_url(broker_url).flushdb()

    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db.models import Count, Max

    from factcheck.articles.ingest import items_from_jsonl
    from factcheck.articles.models import Article
    from factcheck.articles.services import articles_import
    from factcheck.claims.models import Claim
    from factcheck.figures.models import Figure
    from factcheck.stories.models import Story

    call_command("migrate", verbosity=0)
    user = User.objects.create_superuser("bench", "bench@example.org", "bench")
    story = Story.objects.create(title="Bulk import benchmark", created_by=user)

    extraction_s = pure_extraction(texts)
    print(f"pure extraction: {extraction_s:.1f} s ({1000 * extraction_s / len(texts):.1f} ms per article)")

    with tempfile.TemporaryDirectory() as folder:
        worker = start_worker(database_url, broker_url, Path(folder) / "worker.log", "--concurrency", str(args.concurrency))
        watched = psutil.Process(worker.pid)
        peak_rss = tree_rss(watched)
        try:
            started = time.perf_counter()
            batch = articles_import(story=story, uploaded_by=user, items=items_from_jsonl("bench.jsonl", batch_bytes), name="bench.jsonl")
            ingest_s = time.perf_counter() - started
            extracted_s = matched_s = None
            while True:
                peak_rss = max(peak_rss, tree_rss(watched))
                now = time.perf_counter() - started
                statuses = dict(Article.objects.filter(batch=batch).values_list("status").annotate(n=Count("pk")))
                finished = statuses.get("done", 0) + statuses.get("failed", 0)
                if extracted_s is None and finished >= batch.added:
                    extracted_s = now
                if extracted_s is not None:
                    story.refresh_from_db()
                    last_done = Article.objects.filter(story=story).aggregate(last=Max("processed_at"))["last"]
                    if not story.needs_matching and story.matched_at and last_done and story.matched_at >= last_done:
                        matched_s = now
                        break
                if now > args.timeout:
                    sys.exit(f"gave up after {args.timeout:.0f} s: {statuses}")
                time.sleep(POLL_S)
        except BaseException:
            print((Path(folder) / "worker.log").read_text(errors="replace")[-4000:], file=sys.stderr)
            raise
        finally:
            stop_worker(worker)
        task_times = task_durations((Path(folder) / "worker.log").read_text(errors="replace"))

    failed = Article.objects.filter(batch=batch, status="failed").count()
    claims = Claim.objects.filter(article__batch=batch).count()
    figures = Figure.objects.filter(story=story).count()
    per_article_ms = 1000 * matched_s / batch.added
    pure_ms = 1000 * extraction_s / len(texts)
    print()
    print(f"added {batch.added:,} of {batch.total:,} ({batch.duplicates} duplicates, {failed} failed); {claims:,} claims, {figures:,} figures")
    print(f"worker processes: {args.concurrency}; peak resident memory of the worker: {peak_rss / 2**20:.0f} MiB")
    print()
    print("| step | seconds from the start | ms per article |")
    print("| --- | --- | --- |")
    print(f"| ingest (read, save, enqueue) | {ingest_s:.1f} | {1000 * ingest_s / batch.added:.1f} |")
    print(f"| every article extracted | {extracted_s:.1f} | {1000 * extracted_s / batch.added:.1f} |")
    print(f"| story matched (wall time) | {matched_s:.1f} | {per_article_ms:.1f} |")
    print(f"| pure extraction, one process | {extraction_s:.1f} | {pure_ms:.1f} |")
    print()
    print("| task | runs | seconds in all | ms per run |")
    print("| --- | --- | --- | --- |")
    for name, times in sorted(task_times.items()):
        print(f"| {name} | {len(times):,} | {sum(times):.1f} | {1000 * sum(times) / len(times):.1f} |")
    print()
    print(f"wall time per article is {per_article_ms / pure_ms:.2f} x the pure extraction time "
          f"({args.concurrency} worker process{'es' if args.concurrency > 1 else ''} against one)")

    from django.db import connections

    connections.close_all()
    drop_database(database_url)


if __name__ == "__main__":
    main()
