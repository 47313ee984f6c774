#!/usr/bin/env bash
# Report hook: writes out/claims.csv, out/claims.jsonl, out/gap.csv, out/assertions.csv,
# out/assertions.jsonl, out/assertion_reports.csv, out/syndication.csv and out/params.json
# (tools/export_report.ts) from the same corpus and mapping data as the pages: it takes the
# arguments given to the notebook runner ("$@": -p corpus DIR, --params FILE, --out DIR...), with
# the notebooks' own parameter defaults.
set -euo pipefail
./node_modules/.bin/deno run --allow-read --allow-write --allow-env tools/export_report.ts \
  --runner "$@"
