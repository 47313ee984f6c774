#!/usr/bin/env bash
# The main job: install what is missing, execute every notebook headless, write out/.
#   bash tools/report.sh [run_notebooks.py options, e.g. -p corpus ../my/articles]
# Output: out/NN_*.ipynb, out/NN_*.html, out/index.html, out/timings.json, plus whatever the
# export hooks in tools/report.d/ write.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
unset RUST_BACKTRACE

bash tools/setup.sh
# The notebooks are independent: one at a time per core (--jobs 0); outputs are the same as one by
# one. Timings in out/timings.json are then with the cores shared; pass --jobs 1 to time each
# notebook alone.
.venv/bin/python tools/run_notebooks.py --out out --jobs 0 "$@"

# Export hook: every tools/report.d/*.sh runs here, in name order, after the notebooks succeeded
# (e.g. a 10_export.sh writing out/claims.csv), with the runner's arguments, so that its files
# come from the same corpus and parameters as the pages. Add a file there rather than editing
# this script.
shopt -s nullglob
for hook in tools/report.d/*.sh; do
  echo "report: $hook" >&2
  bash "$hook" --out out "$@"
done
echo "report: open out/index.html" >&2
