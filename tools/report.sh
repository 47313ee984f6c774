#!/usr/bin/env bash
# The main job: install what is missing, execute every notebook headless, write out/.
#   bash tools/report.sh [run_notebooks.py options, e.g. -p corpus ../my/articles]
# Relative paths in -p values are resolved from the folder this command is run in (the runner
# makes them absolute before injecting them).
# Output: out/NN_*.ipynb, out/NN_*.html, out/index.html, out/timings.json, plus whatever the
# export hooks in tools/report.d/ write. Pages of an earlier run are removed from out/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
unset RUST_BACKTRACE
CALLER="$PWD"

(cd "$ROOT" && bash tools/setup.sh)
# The notebooks are independent: one at a time per core (--jobs 0); outputs are the same as one by
# one. Timings in out/timings.json are then with the cores shared; pass --jobs 1 to time each
# notebook alone. Run from the caller's folder, so that its relative paths mean what they say.
"$ROOT/.venv/bin/python" "$ROOT/tools/run_notebooks.py" --out "$ROOT/out" --jobs 0 "$@"

# Export hook: every tools/report.d/*.sh runs here, in name order, after the notebooks succeeded
# (e.g. a 10_export.sh writing out/claims.csv), with the runner's arguments, so that its files
# come from the same corpus and parameters as the pages. Add a file there rather than editing
# this script.
cd "$ROOT"
shopt -s nullglob
for hook in tools/report.d/*.sh; do
  echo "report: $hook" >&2
  bash "$hook" --out out --cwd "$CALLER" "$@"
done
echo "report: open out/index.html" >&2
