#!/usr/bin/env bash
# Everything CI checks, on a fresh machine with node/npm and python3 only:
#   setup, deno fmt --check, deno lint, the layout of lib/ (tools/check_layout.ts), deno check
#   (lib/, tools/, tests/, bench/ and the notebooks' code cells), clean committed notebooks,
#   deno test -A tests/ (but tests/browser/), every notebook executed headless and what each
#   shows checked, the browser test (JupyterLab driven by Chromium, the report just executed
#   included), and that no test skipped without a reason allowed in CI.
# Every step runs; the exit status is 1 when any failed.
# Installs (when missing): npm packages into node_modules/, the Python venv .venv/ with JupyterLab
# (~240 MB, for the browser test) and the Deno kernelspec in .jupyter/; Debian's chromium and
# librsvg2-bin via apt-get (needs root). Writes: executed notebooks to a temporary folder, browser
# screenshots to test-artefacts/browser/ (gitignored), golden mismatches as
# tests/output/*-changed.*; the report in out/ is left alone.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
unset RUST_BACKTRACE
# Golden tests must compare, never rewrite their files.
unset UPDATE_GOLDEN

bash tools/setup.sh || { echo "test: setup failed" >&2; exit 1; }
# The browser test needs JupyterLab (into .venv) and Debian's chromium: installed when missing.
bash tools/setup.sh --lab --browser || { echo "test: setup --lab --browser failed" >&2; exit 1; }
DENO=./node_modules/.bin/deno
TMP="$(mktemp -d "${TMPDIR:-/tmp}/claimgap-test.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

failed=()
step() { # name, command...
  local name="$1"
  shift
  echo "=== $name" >&2
  local t0=$SECONDS
  if "$@"; then
    echo "--- $name: ok ($((SECONDS - t0)) s)" >&2
  else
    echo "--- $name: FAILED" >&2
    failed+=("$name")
  fi
}

dirs=()
for d in lib tools tests bench; do [[ -d "$d" ]] && dirs+=("$d"); done

notebook_code() {
  "$DENO" run --quiet --allow-read --allow-write tools/notebook_code.ts --out "$TMP/nbcode" >/dev/null &&
    "$DENO" check --quiet --config deno.json "$TMP"/nbcode/*.ts &&
    "$DENO" lint --quiet --config deno.json "$TMP"/nbcode/*.ts
}

# `deno fmt --check` on .ipynb reports even formatted notebooks as unformatted (Deno 2.9.5, on any
# machine whose fmt cache has not seen the file), while `deno fmt` leaves them unchanged: check
# notebooks by formatting them through stdin and comparing bytes instead.
fmt_check() {
  local ok=0 nb p targets=()
  # Every top-level entry but notebooks/ (a CLI --ignore would replace deno.json's excludes).
  for p in *; do [[ "$p" == notebooks ]] || targets+=("$p"); done
  "$DENO" fmt --check "${targets[@]}" || ok=1
  for nb in notebooks/*.ipynb; do
    [[ -e "$nb" ]] || continue
    if ! "$DENO" fmt --ext=ipynb - < "$nb" | cmp -s - "$nb"; then
      echo "not formatted: $nb (run: ./node_modules/.bin/deno fmt $nb)" >&2
      ok=1
    fi
  done
  return $ok
}

# The browser test runs in its own step below (with CLAIMGAP_BROWSER=1), not here.
unit_tests() {
  "$DENO" test -A --ignore=tests/browser/ tests/ 2>&1 | tee "$TMP/deno-test.log"
}

browser_tests() {
  env CLAIMGAP_BROWSER=1 CLAIMGAP_REPORT="$TMP/out" "$DENO" test -A tests/browser/ 2>&1 |
    tee "$TMP/browser-test.log"
}

# Skips that nobody sees: every ignored test or step of the logs must name why it may skip in CI
# (absent ../shared, the one expected reason).
named_skips() {
  local bad
  bad="$(sed 's/\x1b\[[0-9;]*m//g' "$TMP/deno-test.log" "$TMP/browser-test.log" 2>/dev/null |
    grep -E ' \.\.\. ignored' | grep -vF '(skips without ../shared)')"
  [[ -z "$bad" ]] && return 0
  echo "skipped without a reason allowed in CI (only an absent ../shared may skip):" >&2
  echo "$bad" >&2
  return 1
}

step "deno fmt --check" fmt_check
step "deno lint" "$DENO" lint
# lib/ a newcomer can read: file and function sizes, stage order, no imports from tools/bench/notebooks.
step "layout" "$DENO" run --allow-read tools/check_layout.ts
step "deno check ${dirs[*]}" "$DENO" check --quiet "${dirs[@]}"
step "deno check + lint notebook code cells" notebook_code
step "python tools parse" .venv/bin/python -c \
  'import ast, sys; [ast.parse(open(f).read(), f) for f in sys.argv[1:]]' tools/*.py
step "committed notebooks are clean" python3 tools/check_notebooks.py
step "deno test -A tests/" unit_tests
step "notebooks executed headless" .venv/bin/python tools/run_notebooks.py --out "$TMP/out"
# What each notebook shows: counts, table rows and chart marks, against lib/ on the same inputs.
step "notebook outputs checked" "$DENO" run -A tools/check_notebook_outputs.ts --out "$TMP/out"
# JupyterLab + Chromium: every notebook run in a real browser, the report (the notebooks just
# executed) checked for XSS and charts.
step "browser: JupyterLab + Chromium" browser_tests
step "no unnamed skips" named_skips

# deno's closing line of a log: "ok | N passed (M steps) | N failed | N ignored (K steps)"
closing_of() { sed 's/\x1b\[[0-9;]*m//g' "$1" 2>/dev/null | grep -E '^(ok|FAILED) \|' | tail -1; }
closing="$(closing_of "$TMP/deno-test.log")"
browser_closing="$(closing_of "$TMP/browser-test.log")"
echo
echo "deno test: ${closing:-no closing line (deno test did not finish)}"
echo "browser test: ${browser_closing:-no closing line (the browser test did not finish)}"
# The plain closing line CI reads: "tests: N passed, N failed, N skipped", over the unit tests and
# the browser test with its steps (a skipped step counts as a skip).
passed=0 nfailed=0 skipped=0
for line in "$closing" "$browser_closing"; do
  [[ "$line" =~ ([0-9]+)\ passed ]] && passed=$((passed + BASH_REMATCH[1]))
  [[ "$line" =~ ([0-9]+)\ passed\ \(([0-9]+)\ step ]] && passed=$((passed + BASH_REMATCH[2]))
  [[ "$line" =~ ([0-9]+)\ failed ]] && nfailed=$((nfailed + BASH_REMATCH[1]))
  [[ "$line" =~ ([0-9]+)\ failed\ \(([0-9]+)\ step ]] && nfailed=$((nfailed + BASH_REMATCH[2]))
  [[ "$line" =~ ([0-9]+)\ ignored ]] && skipped=$((skipped + BASH_REMATCH[1]))
  [[ "$line" =~ ([0-9]+)\ ignored\ \(([0-9]+)\ step ]] && skipped=$((skipped + BASH_REMATCH[2]))
done
echo "tests: ${passed} passed, ${nfailed} failed, ${skipped} skipped"
if (( ${#failed[@]} )); then
  echo "test: FAILED: ${failed[*]}"
  exit 1
fi
echo "test: all checks passed"
