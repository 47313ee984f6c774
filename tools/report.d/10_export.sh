#!/usr/bin/env bash
# Report hook: writes out/claims.csv, out/claims.jsonl and out/gap.csv (tools/export_report.ts).
# Corpus and mapping folder: $CLAIMGAP_CORPUS (default data/articles) and $CLAIMGAP_MAPPING
# (default ../shared/reference/deepstate; a missing folder gives a text-based gap, said on stderr).
set -euo pipefail
./node_modules/.bin/deno run --allow-read --allow-write --allow-env tools/export_report.ts \
  "${CLAIMGAP_CORPUS:-data/articles}" "${CLAIMGAP_MAPPING:-../shared/reference/deepstate}" out
