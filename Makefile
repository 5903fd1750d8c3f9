# The two commands of the README, and the tools around them.
.PHONY: run test eval bench lock vendor

run:  ## install, migrate, load the demo, start a worker and the web server
	scripts/run

test:  ## install and run the whole suite against PostgreSQL, Redis, a worker and Chromium
	scripts/test

eval:  ## score the extractor and the matcher on the annotated corpus
	scripts/bootstrap dev
	.venv/bin/python scripts/eval_extraction.py
	.venv/bin/python scripts/eval_matching.py

bench:  ## speed and memory benchmarks; results go to docs/BENCHMARKS.md by hand
	scripts/bootstrap dev
	.venv/bin/python scripts/bench_extraction.py
	.venv/bin/python scripts/bench_matching.py
	# needs PostgreSQL and Redis (BENCH_DATABASE_URL, BENCH_BROKER_URL; see the script)
	.venv/bin/python scripts/bench_import.py

lock:  ## rewrite the hash-locked requirements from requirements*.in
	scripts/bootstrap dev
	.venv/bin/pip-compile -q --generate-hashes --allow-unsafe --strip-extras -o requirements.txt requirements.in
	.venv/bin/pip-compile -q --generate-hashes --allow-unsafe --strip-extras -o requirements-dev.txt requirements-dev.in

vendor:  ## refresh the front-end files vendored from the npm registry
	scripts/vendor-static
