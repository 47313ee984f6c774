#!/usr/bin/env python3
"""Check that committed notebooks are clean: no outputs, no execution counts, Deno kernel.

Usage: python3 tools/check_notebooks.py [notebook.ipynb ...]   (default: notebooks/*.ipynb)
Prints one line per problem (file, cell number, what) and exits 1 when there is any.
Standard library only, so it runs before the virtualenv exists.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def problems(path: Path) -> list[str]:
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return [f"{path}: not a readable notebook: {err}"]
    found = []
    kernel = nb.get("metadata", {}).get("kernelspec", {}).get("name")
    if kernel != "deno":
        found.append(f"{path}: kernelspec name is {kernel!r}, expected 'deno'")
    for n, cell in enumerate(nb.get("cells", []), start=1):
        where = f"{path}: cell {n}"
        if cell.get("cell_type") != "code":
            continue
        if cell.get("outputs"):
            found.append(f"{where}: has {len(cell['outputs'])} output(s); clear outputs before committing")
        if cell.get("execution_count") is not None:
            found.append(f"{where}: has execution_count {cell['execution_count']}; clear it")
        if "execution" in cell.get("metadata", {}):
            found.append(f"{where}: has execution timing metadata; clear it")
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            found.append(f"{where}: is an injected-parameters cell (runner output, not source)")
    return found


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    found = [p for path in paths for p in problems(path)]
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"check_notebooks: {len(found)} problem(s)", file=sys.stderr)
        return 1
    print(f"check_notebooks: {len(paths)} notebook(s) clean", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
