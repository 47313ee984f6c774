#!/usr/bin/env bash
# Open the notebooks in JupyterLab with the project's Deno kernel ("Deno (claimgap)").
# Installs JupyterLab into .venv on first use (~240 MB). Jupyter's config, data and runtime files
# go to .jupyter/ in the project, not to your home. Extra arguments go to `jupyter lab`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash tools/setup.sh --lab
export JUPYTER_PATH="$ROOT/.jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
export JUPYTER_CONFIG_DIR="$ROOT/.jupyter/config"
export JUPYTER_DATA_DIR="$ROOT/.jupyter/data"
export JUPYTER_RUNTIME_DIR="$ROOT/.jupyter/runtime"
extra=()
[[ "$(id -u)" == 0 ]] && extra+=(--allow-root)
exec .venv/bin/jupyter lab --notebook-dir="$ROOT/notebooks" "${extra[@]}" "$@"
