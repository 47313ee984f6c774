#!/usr/bin/env python3
"""Headless notebook runner for claimgap (run it with the project venv: .venv/bin/python).

Executes every notebooks/NN_*.ipynb in order, each from a fresh Deno kernel with the notebook's
folder as working directory, and writes to the output folder (default out/):
  NN_name.ipynb   the executed notebook
  NN_name.html    rendered HTML, self-contained (no CDN scripts)
  index.html      links to every rendered notebook, with titles and timings
  timings.json    seconds per notebook
Every file is written atomically (temporary file, then rename).

A cell error stops the run: the cell, its source and the error are printed, the partly executed
notebook is still written, and the exit status is 1.

Deno kernel output race: the Deno kernel sometimes publishes a cell's output after its "idle"
status. Stock nbclient stops reading at idle and silently drops those outputs. This runner keeps
reading iopub after each idle until --late-ms milliseconds pass without a message, and appends late
outputs to the cell they belong to; anything later still (arriving while a following cell runs) is
routed by its parent message id to its own cell, and a last drain runs before the kernel is shut
down. The quiet window must not be skipped: when the next cell is sent too early, the kernel
publishes the previous cell's late result under the next cell's id (seen in tests). Late messages
come 0.2-11 ms after idle with two kernels on two loaded cores; the default window is 50 ms.

Notebooks are independent (each has its own kernel), so --jobs N runs up to N at a time (the
report uses one per core). Outputs do not depend on it: every file is written in notebook order
once its notebook is done, and a failed notebook stops the run exactly as when run one by one
(notebooks after it are not started, or stopped, and not written).

Parameters (papermill style, without papermill): a code cell tagged "parameters" declares
defaults (`const windowDays = 7;`); `-p windowDays 14` or `--params file.json` adds a cell tagged
"injected-parameters" right after it that redeclares them (`const windowDays = 14;`). Values are
parsed as JSON when they parse, else taken as strings. Only names declared in a notebook's
parameters cell are injected into it; a name no notebook declares is an error.

Path parameters: a parameter whose default is a string that looks like a path (starts with "." or
"/" or contains "/", e.g. `const corpus = "../data/articles";`) is a path. A relative path given
with -p or --params is resolved from the folder the command is run in (not from notebooks/), and
the absolute path is injected; when it does not exist the run stops before any notebook starts,
naming the value given and the resolved path. The defaults stay relative to notebooks/.

Stale pages: after a run, out/ holds the pages of this run only: every NN_*.ipynb / NN_*.html of
an earlier run that this run did not write (a notebook not reached after a failure, or one no
longer run) is removed, so the index never sits beside pages made with other parameters. An error
shared by several notebooks run at once is printed in full once.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import html
import json
import os
import re
import sys
import time
from pathlib import Path
from queue import Empty
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# jsonschema (imported by nbformat) loads rfc3987_syntax when it is installed (JupyterLab's
# jupyter_events pulls it into the venv), and that module builds a Lark grammar at import time:
# ~2 s of CPU at every start of the runner. It only checks the "iri" formats, which the notebook
# schema does not use: tell Python it is absent.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]

try:
    import nbformat
except ImportError:  # run with the wrong python: use the project venv when there is one
    _venv = ROOT / ".venv" / "bin" / "python"
    if _venv.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
        os.execv(str(_venv), [str(_venv), __file__, *sys.argv[1:]])
    sys.exit("run_notebooks: nbformat/nbclient missing: run tools/setup.sh, then .venv/bin/python")
from nbclient import NotebookClient  # noqa: E402
from nbclient.exceptions import CellExecutionComplete, CellExecutionError  # noqa: E402
from nbclient.util import ensure_async, run_sync  # noqa: E402

NOTEBOOK_NAME = re.compile(r"^\d\d_.+\.ipynb$")
IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
EXTERNAL_SCRIPT = re.compile(
    r"<script\b[^>]*\bsrc=[\"']?(?:https?:)?//[^>]*>\s*</script>\s*", re.IGNORECASE
)


# --------------------------------------------------------------------------------------------
# The client: stock nbclient plus the late-output fix.


class LateOutputClient(NotebookClient):
    """NotebookClient that does not lose outputs the kernel sends after "idle".

    late_ms: after each idle, read iopub until this long passes without a message (0 = stock
    behaviour).
    """

    def __init__(self, nb: Any, late_ms: float = 50.0, **kw: Any) -> None:
        super().__init__(nb, **kw)
        self.late_ms = late_ms
        # parent msg id -> (cell, index) for every cell executed so far.
        self._cells_by_msg: dict[str, tuple[Any, int]] = {}
        self.late_outputs = 0  # outputs caught after idle (for reports and tests)

    async def _async_cleanup_kernel(self) -> None:
        # A run cancelled while its kernel was being stopped has no manager left when nbclient's
        # atexit hook calls this again: nothing to clean, and no "Exception ignored" traceback.
        if self.km is None:
            return
        await super()._async_cleanup_kernel()

    # nbclient's atexit hook and context manager call this synchronous wrapper, not the method.
    _cleanup_kernel = run_sync(_async_cleanup_kernel)

    def _route_late(self, msg: dict[str, Any]) -> bool:
        """Append a message belonging to an earlier cell to that cell. True when handled."""
        target = self._cells_by_msg.get(msg["parent_header"].get("msg_id", ""))
        if target is None:
            return False
        cell, index = target
        if msg["msg_type"] == "status":
            return True
        before = len(cell.outputs)
        try:
            self.process_message(msg, cell, index)
        except CellExecutionComplete:
            pass
        self.late_outputs += max(0, len(cell.outputs) - before)
        return True

    async def _async_poll_output_msg(
        self, parent_msg_id: str, cell: Any, cell_index: int
    ) -> None:
        assert self.kc is not None
        if self.late_ms <= 0:
            await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
            return
        self._cells_by_msg[parent_msg_id] = (cell, cell_index)
        while True:
            msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=None))
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    break
            else:
                self._route_late(msg)
        await self._drain_late(self.late_ms / 1000.0)

    async def _drain_late(self, window: float) -> None:
        """Read iopub until `window` seconds pass without a message; route what comes."""
        assert self.kc is not None
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=window))
            except Empty:
                return
            self._route_late(msg)

    async def final_drain(self) -> None:
        if self.late_ms > 0 and self.kc is not None:
            await self._drain_late(self.late_ms / 1000.0)


async def _execute(client: LateOutputClient) -> None:
    """Like NotebookClient.async_execute, with a final late-output drain before shutdown."""
    async with client.async_setup_kernel():
        assert client.kc is not None
        info_msg = await client.async_wait_for_reply(await ensure_async(client.kc.kernel_info()))
        if info_msg is not None and "language_info" in info_msg["content"]:
            client.nb.metadata["language_info"] = info_msg["content"]["language_info"]
        try:
            for index, cell in enumerate(client.nb.cells):
                await client.async_execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
        finally:
            await client.final_drain()


def _client(nb: Any, cwd: Path, late_ms: float, timeout: int, kernel: str) -> LateOutputClient:
    return LateOutputClient(
        nb,
        late_ms=late_ms,
        timeout=timeout,
        kernel_name=kernel,
        resources={"metadata": {"path": str(cwd)}},
        record_timing=False,
        # Every output has been read (final drain) when the kernel is stopped: no need to wait
        # for a graceful exit, polled every 100 ms by jupyter_client.
        shutdown_kernel="immediate",
    )


def execute_notebook(
    nb: Any, cwd: Path, *, late_ms: float = 50.0, timeout: int = 300, kernel: str = "deno"
) -> LateOutputClient:
    """Execute `nb` in place from a fresh kernel. Raises CellExecutionError on a cell error."""
    client = _client(nb, cwd, late_ms, timeout, kernel)
    asyncio.run(_execute(client))
    return client


# --------------------------------------------------------------------------------------------
# Parameters.


def parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def declared_names(source: str) -> set[str]:
    return set(re.findall(r"\b(?:const|let|var)\s+([A-Za-z_$][A-Za-z0-9_$]*)", source))


PATH_DEFAULT = re.compile(
    r"\b(?:const|let|var)\s+([A-Za-z_$][A-Za-z0-9_$]*)\s*(?::[^=\n]+)?=\s*([\"'])([^\"'\n]*)\2"
)


def path_names(source: str) -> set[str]:
    """Names of a parameters cell whose default is a path-like string literal."""
    return {m.group(1) for m in PATH_DEFAULT.finditer(source)
            if m.group(3).startswith((".", "/")) or "/" in m.group(3)}


def resolve_path_params(params: dict[str, Any], names: set[str], cwd: Path) -> dict[str, Any]:
    """Path parameters made absolute from `cwd`. Raises FileNotFoundError naming both paths."""
    out = dict(params)
    for name in sorted(names & set(params)):
        value = params[name]
        if not isinstance(value, str) or not value:
            continue
        resolved = Path(os.path.normpath(cwd / Path(value).expanduser()))
        if not resolved.exists():
            raise FileNotFoundError(
                f"-p {name} {value}: no such file or folder: {resolved} (relative paths are "
                f"resolved from the folder the command runs in, {cwd})")
        out[name] = str(resolved)
    return out


def remove_stale_pages(out: Path, written: set[str]) -> list[str]:
    """Delete NN_*.ipynb/html files in `out` not in `written`; returns their names, sorted."""
    stale = sorted(p.name for p in out.glob("*") if re.match(r"^\d\d_.+\.(?:ipynb|html)$", p.name)
                   and p.name not in written and p.is_file())
    for name in stale:
        (out / name).unlink(missing_ok=True)
    return stale


def inject_parameters(nb: Any, params: dict[str, Any]) -> list[str]:
    """Insert an "injected-parameters" cell after the "parameters" cell. Returns names injected."""
    if not params:
        return []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            names = [n for n in params if n in declared_names(cell.source)]
            if not names:
                return []
            lines = ["// Injected by tools/run_notebooks.py"]
            lines += [f"const {n} = {json.dumps(params[n], ensure_ascii=False)};" for n in names]
            new = nbformat.v4.new_code_cell("\n".join(lines))
            new.metadata["tags"] = ["injected-parameters"]
            # a fixed id: deterministic output, and no nbformat MissingIDFieldWarning on write
            new["id"] = "injected-parameters"
            nb.cells.insert(index + 1, new)
            return names
    return []


# --------------------------------------------------------------------------------------------
# Output.


def write_atomic(path: Path, data: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def notebook_title(nb: Any, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                m = re.match(r"^#{1,6}\s+(.+?)\s*#*\s*$", line)
                if m:
                    return m.group(1)
    return fallback


@functools.cache
def _html_exporter() -> Any:
    """One HTML exporter for the run: its templates are compiled once, not per notebook."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.embed_images = True
    return exporter


def render_html(nb: Any, title: str) -> str:
    body, _ = _html_exporter().from_notebook_node(nb, resources={"metadata": {"name": title}})
    # The lab template loads require.js and MathJax from a CDN; the notebooks need neither, and
    # the report must open offline: drop every external script.
    body = EXTERNAL_SCRIPT.sub("", body)
    # The mermaid loader imports from a CDN when a page has diagrams; these pages have none.
    if 'class="jp-Mermaid' not in body:
        body = re.sub(r"<script type=\"module\">(?:(?!</script>)[\s\S])*?cdnjs[\s\S]*?</script>\s*", "", body)
    return body


def render_index(rows: list[dict[str, Any]], total: float) -> str:
    items = []
    for r in rows:
        status = "ok" if r["ok"] else "FAILED"
        items.append(
            f'<tr><td><a href="{html.escape(r["html"])}">{html.escape(r["title"])}</a></td>'
            f'<td><code>{html.escape(r["notebook"])}</code></td>'
            f'<td class="num">{r["seconds"]:.1f} s</td><td>{status}</td></tr>'
        )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>claimgap report</title><style>"
        "body{font-family:system-ui,sans-serif;margin:2em;max-width:50em}"
        "table{border-collapse:collapse}td,th{padding:.3em .8em;border-bottom:1px solid #ddd;"
        "text-align:left}.num{text-align:right}</style></head><body>\n"
        "<h1>claimgap report</h1>\n<table><thead><tr><th>Notebook</th><th>File</th>"
        "<th>Time</th><th>Status</th></tr></thead><tbody>\n"
        + "\n".join(items)
        + f"\n</tbody></table>\n<p>Total: {total:.1f} s.</p>\n</body></html>\n"
    )


def _error_summary(err: CellExecutionError) -> str:
    text = str(err)
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


# --------------------------------------------------------------------------------------------
# Running: up to --jobs notebooks at a time, files written in notebook order.


async def _run_one(path: Path, params: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    """Execute one notebook from a fresh kernel. Returns its row; writes nothing."""
    nb = nbformat.read(path, as_version=4)
    inject_parameters(nb, params)
    t0 = time.monotonic()
    print(f"run_notebooks: {path.name} ...", file=sys.stderr, flush=True)
    ok = True
    late = 0
    client = _client(nb, path.parent, args.late_ms, args.timeout, args.kernel)
    try:
        await _execute(client)
        late = client.late_outputs
    except CellExecutionError as err:
        ok = False
        key = f"{err.ename}: {err.evalue}"
        first = args.seen_errors.setdefault(key, path.name)
        if first == path.name:
            print(f"\nrun_notebooks: {path.name}: cell error\n{_error_summary(err)}", file=sys.stderr)
        else:
            print(f"\nrun_notebooks: {path.name}: cell error, the same as {first}'s: {key}",
                  file=sys.stderr)
    except Exception as err:  # kernel died, timeout, kernel missing...
        ok = False
        print(f"\nrun_notebooks: {path.name}: {type(err).__name__}: {err}", file=sys.stderr)
    seconds = time.monotonic() - t0
    print(f"run_notebooks: {path.name} {'ok' if ok else 'FAILED'} in {seconds:.1f} s"
          + (f" ({late} late outputs kept)" if late else ""), file=sys.stderr, flush=True)
    return {"nb": nb, "notebook": path.name, "html": f"{path.stem}.html",
            "title": notebook_title(nb, path.stem), "seconds": seconds, "ok": ok,
            "late_outputs": late}


def _write_one(row: dict[str, Any], out: Path, no_html: bool) -> None:
    stem = Path(row["notebook"]).stem
    write_atomic(out / f"{stem}.ipynb", nbformat.writes(row["nb"]))
    if not no_html:
        write_atomic(out / f"{stem}.html", render_html(row["nb"], row["title"]))


async def _run_all(
    paths: list[Path], params: dict[str, Any], args: argparse.Namespace
) -> tuple[list[dict[str, Any]], bool]:
    """Run the notebooks, at most args.jobs at a time; write each one's files in order.

    Notebook i is written once notebooks 0..i are done; when one fails it is written (partly
    executed), the ones after it are cancelled or never started, and nothing after it is written.
    """
    paths = [p.resolve() for p in paths]
    gate = asyncio.Semaphore(max(1, args.jobs))
    stop = asyncio.Event()

    async def guarded(path: Path) -> dict[str, Any] | None:
        async with gate:
            if stop.is_set():
                return None
            row = await _run_one(path, params, args)
            if not row["ok"]:
                stop.set()
            return row

    tasks = [asyncio.ensure_future(guarded(p)) for p in paths]
    rows: list[dict[str, Any]] = []
    failed = False
    for i, task in enumerate(tasks):
        row = await task
        if row is None:  # not started: an earlier notebook failed
            failed = True
            break
        # Rendering is CPU-bound Python: off the event loop, so running kernels keep being read.
        await asyncio.to_thread(_write_one, row, args.out, args.no_html)
        del row["nb"]
        rows.append(row)
        if not row["ok"]:
            failed = True
            for later in tasks[i + 1:]:
                later.cancel()
            await asyncio.gather(*tasks[i + 1:], return_exceptions=True)
            break
    return rows, failed


# --------------------------------------------------------------------------------------------
# Command line.


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("notebooks", nargs="*", type=Path,
                    help="notebooks to run (default: every notebooks/NN_*.ipynb, in order)")
    ap.add_argument("--out", type=Path, default=ROOT / "out", help="output folder (default: out/)")
    ap.add_argument("-p", "--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                    help="parameter for cells tagged 'parameters' (repeatable)")
    ap.add_argument("--params", type=Path, help="JSON file of parameters {name: value}")
    ap.add_argument("--late-ms", type=float, default=50.0,
                    help="after each cell's idle, read outputs until this long passes without one "
                         "(default 50; 0 = stock nbclient)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per cell (default 300)")
    ap.add_argument("--no-html", action="store_true", help="write executed notebooks only")
    ap.add_argument("--kernel", default="deno", help="kernel name (default deno)")
    ap.add_argument("-j", "--jobs", type=int, default=1,
                    help="notebooks run at a time, each with its own kernel (default 1; 0 = one per core)")
    args = ap.parse_args(argv)
    if args.jobs < 0:
        print("run_notebooks: --jobs must be 0 (one per core) or more", file=sys.stderr)
        return 2
    # cores this process may use (affinity, container limits), not the machine's
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    args.jobs = args.jobs or cores or 1

    jupyter_path = str(ROOT / ".jupyter")
    if jupyter_path not in os.environ.get("JUPYTER_PATH", "").split(os.pathsep):
        os.environ["JUPYTER_PATH"] = os.pathsep.join(
            p for p in [jupyter_path, os.environ.get("JUPYTER_PATH", "")] if p
        )
    if args.kernel == "deno" and not (ROOT / ".jupyter/kernels/deno/kernel.json").exists():
        print("run_notebooks: no kernelspec .jupyter/kernels/deno/kernel.json; run tools/setup.sh",
              file=sys.stderr)
        return 2

    params: dict[str, Any] = {}
    if args.params:
        loaded = json.loads(args.params.read_text(encoding="utf-8"))
        if not isinstance(loaded, dict):
            print(f"run_notebooks: {args.params}: expected a JSON object of parameters", file=sys.stderr)
            return 2
        params.update(loaded)
    for name, value in args.param:
        params[name] = parse_value(value)
    for name in params:
        if not IDENT.match(name):
            print(f"run_notebooks: parameter name {name!r} is not an identifier", file=sys.stderr)
            return 2

    paths = args.notebooks or sorted(
        p for p in (ROOT / "notebooks").glob("*.ipynb") if NOTEBOOK_NAME.match(p.name)
    )
    if not paths:
        print("run_notebooks: no notebooks found", file=sys.stderr)
        return 2
    declared: set[str] = set()
    paths_declared: set[str] = set()
    for path in paths:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
                declared |= declared_names(cell.source)
                paths_declared |= path_names(cell.source)
    unknown = sorted(set(params) - declared)
    if unknown:
        print(f"run_notebooks: parameter(s) {', '.join(unknown)} declared by no 'parameters' cell",
              file=sys.stderr)
        return 2
    try:
        params = resolve_path_params(params, paths_declared, Path.cwd())
    except FileNotFoundError as err:
        print(f"run_notebooks: {err}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    args.seen_errors = {}

    started = time.monotonic()
    rows, failed = asyncio.run(_run_all(paths, params, args))
    written = {f"{Path(r['notebook']).stem}.{ext}" for r in rows for ext in ("ipynb", "html")}
    stale = remove_stale_pages(args.out, written)
    if stale:
        print(f"run_notebooks: removed {len(stale)} page(s) of an earlier run from {args.out}: "
              f"{', '.join(stale)}", file=sys.stderr)
    total = time.monotonic() - started
    if not args.no_html:
        write_atomic(args.out / "index.html", render_index(rows, total))
    write_atomic(args.out / "timings.json", json.dumps(
        {"total_seconds": round(total, 2),
         "notebooks": [{k: (round(v, 2) if k == "seconds" else v) for k, v in r.items()} for r in rows]},
        indent=2) + "\n")
    if failed:
        print("run_notebooks: FAILED", file=sys.stderr)
        return 1
    print(f"run_notebooks: {len(rows)} notebook(s) ok in {total:.1f} s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
