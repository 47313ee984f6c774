"""Where the Deno kernel's outputs land: a diagnostic for "outputs under the wrong cell".

Usage (after `bash tools/setup.sh`): JUPYTER_PATH=.jupyter .venv/bin/python bench/kernel_outputs.py
NOTEBOOK [RUNS]

Sends all code cells of NOTEBOOK at once, as JupyterLab's "Restart Kernel and Run All" does (the
kernel queues them), RUNS times (default 4) from a fresh kernel, and prints for each run:
- every output (display_data, execute_result, stream, error) that arrived after its cell's "idle",
  with its size and how late;
- every execute_result whose execution count says it belongs to another cell than its parent
  header (MISROUTED: JupyterLab shows it under the wrong cell);
- the kinds of outputs each cell received.
Prints figures only; it asserts nothing (the browser test does, in JupyterLab).
"""
from __future__ import annotations

import json
import os
import queue
import sys
import time

import nbformat
from jupyter_client.manager import KernelManager


def run(path: str, runs: int) -> None:
    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code"]
    km = KernelManager(kernel_name="deno")
    km.start_kernel(cwd=os.path.dirname(os.path.abspath(path)))
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    try:
        for r in range(runs):
            if r:
                km.restart_kernel(now=True)
                kc.wait_for_ready(timeout=60)
            _drain(kc)
            index = {kc.execute(c.source): i for i, c in enumerate(cells)}
            idle: dict[int, float] = {}
            got: dict[int, list[str]] = {i: [] for i in range(len(cells))}
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                try:
                    msg = kc.get_iopub_msg(timeout=1.5)
                except queue.Empty:
                    if len(idle) == len(cells):
                        break
                    continue
                now = time.monotonic()
                i = index.get(msg["parent_header"].get("msg_id"))
                kind = msg["msg_type"]
                if i is None:
                    continue
                if kind == "status" and msg["content"]["execution_state"] == "idle":
                    idle[i] = now
                    continue
                if kind not in ("display_data", "execute_result", "stream", "error"):
                    continue
                size = len(json.dumps(msg["content"]))
                got[i].append(kind)
                if i in idle:
                    late = (now - idle[i]) * 1000
                    print(f"run {r} cell {i}: {kind} {size} B arrived {late:.1f} ms after idle")
                count = msg["content"].get("execution_count")
                if kind == "execute_result" and count is not None and count - 1 != i:
                    print(f"MISROUTED run {r}: result of cell {count - 1} ({size} B) under cell {i}")
            print(f"run {r}: outputs per cell {[got[i] for i in range(len(cells))]}", flush=True)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def _drain(kc) -> None:
    while True:
        try:
            kc.get_iopub_msg(timeout=0.2)
        except queue.Empty:
            return


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    run(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4)
