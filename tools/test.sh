#!/usr/bin/env bash
# Everything CI checks, on a fresh machine with node/npm and python3 only:
#   setup, deno fmt --check, deno lint, deno check (lib/, tools/, tests/, bench/ and the notebooks'
#   code cells), clean committed notebooks, deno test -A tests/, every notebook executed headless,
#   and the browser test (JupyterLab driven by Chromium).
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

unit_tests() {
  "$DENO" test -A tests/ 2>&1 | tee "$TMP/deno-test.log"
}

step "deno fmt --check" fmt_check
step "deno lint" "$DENO" lint
step "deno check ${dirs[*]}" "$DENO" check --quiet "${dirs[@]}"
step "deno check + lint notebook code cells" notebook_code
step "python tools parse" .venv/bin/python -c \
  'import ast, sys; [ast.parse(open(f).read(), f) for f in sys.argv[1:]]' tools/*.py
step "committed notebooks are clean" python3 tools/check_notebooks.py
step "deno test -A tests/" unit_tests
step "notebooks executed headless" .venv/bin/python tools/run_notebooks.py --out "$TMP/out"
# JupyterLab + Chromium: every notebook run in a real browser, the report checked for XSS.
step "browser: JupyterLab + Chromium" env CLAIMGAP_BROWSER=1 "$DENO" test -A tests/browser/

closing="$(sed 's/\x1b\[[0-9;]*m//g' "$TMP/deno-test.log" 2>/dev/null | grep -E '^(ok|FAILED) \|' | tail -1)"
echo
echo "deno test: ${closing:-no closing line (deno test did not finish)}"
# The plain closing line CI reads: "tests: N passed, N failed, N skipped".
if [[ "$closing" =~ ([0-9]+)\ passed.*\|\ ([0-9]+)\ failed ]]; then
  passed="${BASH_REMATCH[1]}" nfailed="${BASH_REMATCH[2]}"
  ignored=0
  [[ "$closing" =~ ([0-9]+)\ ignored ]] && ignored="${BASH_REMATCH[1]}"
  echo "tests: ${passed} passed, ${nfailed} failed, ${ignored} skipped"
fi
if (( ${#failed[@]} )); then
  echo "test: FAILED: ${failed[*]}"
  exit 1
fi
echo "test: all checks passed"
