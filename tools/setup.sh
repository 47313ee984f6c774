#!/usr/bin/env bash
# Install what is missing, quickly when everything is there (idempotent):
#   - node_modules from package-lock.json (npm ci), re-run when the lockfile changes;
#   - .venv with requirements.txt (and requirements-lab.txt with --lab);
#   - the project-local Deno kernelspec .jupyter/kernels/deno/kernel.json (use JUPYTER_PATH=.jupyter);
#   - with --browser: Debian packages for rendering checks (librsvg2-bin, chromium), only if missing.
# Nothing is written to the user's home.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

LAB=0
BROWSER=0
for arg in "$@"; do
  case "$arg" in
    --lab) LAB=1 ;;
    --browser) BROWSER=1 ;;
    *) echo "setup.sh: unknown option $arg (expected --lab or --browser)" >&2; exit 2 ;;
  esac
done

say() { echo "setup: $*" >&2; }

_hash() { sha256sum "$@" | sha256sum | cut -c1-16; }

# 1. npm dependencies (Deno itself comes from the npm "deno" package).
NPM_STAMP="node_modules/.claimgap-stamp"
want="$(_hash package.json package-lock.json)"
if [[ ! -x node_modules/.bin/deno || ! -f "$NPM_STAMP" || "$(cat "$NPM_STAMP")" != "$want" ]]; then
  command -v npm >/dev/null || { echo "setup: npm is required (install Node.js 20+)" >&2; exit 1; }
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$want" > "$NPM_STAMP"
fi
DENO="$ROOT/node_modules/.bin/deno"

# 2. Python virtualenv for the runner (and optionally JupyterLab).
PIP_INDEX=()
if [[ -d /opt/pypi/simple ]]; then
  PIP_INDEX+=(--index-url file:///opt/pypi/simple)
  [[ -d /opt/pypi-more/simple ]] && PIP_INDEX+=(--extra-index-url file:///opt/pypi-more/simple)
fi
_venv_install() { # $1 = requirements file
  local req="$1" stamp=".venv/.stamp-$(basename "$1" .txt)"
  local want
  want="$(_hash "$req" requirements.txt)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then return 0; fi
  say "pip install -r $req"
  if ! .venv/bin/python -m pip install --quiet --disable-pip-version-check "${PIP_INDEX[@]}" \
    -r "$req" > .venv/pip.log 2>&1; then
    grep -v 'is ignored: it is neither a file nor a directory' .venv/pip.log >&2
    echo "setup: pip install -r $req failed (log: .venv/pip.log)" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
}
if [[ ! -x .venv/bin/python ]]; then
  PY="$(command -v python3 || true)"
  [[ -n "$PY" ]] || { echo "setup: python3 is required" >&2; exit 1; }
  say "python3 -m venv .venv"
  rm -rf .venv
  "$PY" -m venv .venv || {
    echo "setup: python3 -m venv failed (on Debian/Ubuntu: apt-get install python3-venv)" >&2
    rm -rf .venv
    exit 1
  }
fi
_venv_install requirements.txt
[[ "$LAB" == 1 ]] && _venv_install requirements-lab.txt

# 3. Project-local kernelspec with the absolute path of this checkout's Deno.
SPEC=".jupyter/kernels/deno/kernel.json"
mkdir -p "$(dirname "$SPEC")"
new="$(sed "s#@DENO@#${DENO//#/\\#}#" kernels/deno/kernel.json.in)"
if [[ ! -f "$SPEC" ]] || [[ "$(cat "$SPEC")" != "$new" ]]; then
  printf '%s\n' "$new" > "$SPEC.tmp" && mv "$SPEC.tmp" "$SPEC"
fi

# 4. Debian packages for rendering checks, only when asked and missing.
if [[ "$BROWSER" == 1 ]]; then
  missing=()
  command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
  command -v chromium >/dev/null || missing+=(chromium)
  if (( ${#missing[@]} )); then
    SUDO=""
    if [[ "$(id -u)" != 0 ]]; then
      command -v sudo >/dev/null || {
        echo "setup: missing ${missing[*]}; install them with apt-get as root" >&2
        exit 1
      }
      SUDO="sudo"
    fi
    say "apt-get install ${missing[*]}"
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
  fi
fi
