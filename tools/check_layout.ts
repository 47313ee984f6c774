/**
 * The layout check (`deno run --allow-read tools/check_layout.ts`, a step of `tools/test.sh`): is
 * `lib/` still a house a newcomer can read?
 *
 * Takes: `--root DIR` (default the repository), `--allow FILE` (default
 * `tools/layout_allow.txt`, relative to the root).
 * Gives: one line per problem, `file:line: what`, on stdout, and notes (allow-list entries that
 * can shrink or go) on stderr; exit status 1 when there is a problem, else 0.
 *
 * Problems:
 * - a file in `lib/` over {@link MAX_FILE_LINES} lines (counted as `wc -l` counts them);
 * - a function over {@link MAX_FUNCTION_LINES} lines: `function` declarations at the start of a
 *   line and arrow functions assigned to top-level `const`s, measured from their first line to
 *   the line that closes their body by a rough brace count (strings and `//` comments stripped,
 *   as the count in ../shared/hooks/before-stop, section 6);
 * - `lib/` importing from `tools/`, `bench/` or `notebooks/`;
 * - a stage importing a stage that comes after it in the data flow ({@link STAGES}); `lib/mod.ts`,
 *   the public door, may import every stage;
 * - a `.ts` file directly in `lib/` other than `lib/mod.ts`: each file lives in its stage's folder.
 *
 * The allow-list holds today's offenders, one a line: `lib/file.ts LINES` or
 * `lib/file.ts:function LINES`, or `lib/file.ts outside-stage` for a file that may stay directly in
 * `lib/` for now (`#` starts a comment). An entry lets its file or function be as
 * long as listed, never longer: an entry may only shrink. An entry no longer needed, or larger
 * than its file or function now is, is reported as a note to remove or shrink it.
 * @module
 */

/** Longest file in lib/, in lines. */
export const MAX_FILE_LINES = 400;
/** Longest function in lib/, in lines. */
export const MAX_FUNCTION_LINES = 80;
/**
 * The stages of lib/ in the order data flows: a file may import its own stage and earlier ones.
 * `shared`: helpers every stage uses; `lexicon`: the words and places the later stages look for;
 * `load`: files to articles; `extract`: articles to claims; `run`: extraction over an archive in
 * workers; `gap`: mapping data, geometry and the gap; `tables`: tables, summaries, exports;
 * `plots`: one chart per file; `notebook`: display in Jupyter; `report`: the report built from
 * all of them.
 */
export const STAGES = [
  "shared",
  "lexicon",
  "load",
  "extract",
  "run",
  "gap",
  "tables",
  "plots",
  "notebook",
  "report",
] as const;

/** The allow-list's mark of a file that may stay directly in lib/ for now. */
const _OUTSIDE = "outside-stage";

/** What the check found: problems fail it, notes do not. */
export interface LayoutResult {
  problems: string[];
  notes: string[];
}

/** A measured size: a file (`name` undefined) or a function of it. */
interface _Size {
  file: string;
  name?: string;
  line: number;
  lines: number;
}

// Strings, regular expression literals (after an operator, a bracket or `return`) and `//` comments.
const _STRIP = new RegExp(
  [
    String.raw`"(?:\\.|[^"\\])*"`,
    String.raw`'(?:\\.|[^'\\])*'`,
    String.raw`\`(?:\\.|[^\`\\])*\``,
    String
      .raw`(?<=(?:^|[(,=:\[!&|?{};+\-*%<>~^]|\breturn)\s*)\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[])+\/[dgimsuvy]*`,
    String.raw`\/\/.*$`,
  ].join("|"),
  "g",
);
const _FUNCTION = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\*?\s+(\w+)/;
const _CONST = /^(?:export\s+)?const\s+(\w+)\b/;
const _IMPORT =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new\s+URL\s*\(\s*)(["'`])(\.{1,2}\/[^"'`$]*)\1?/g;

/** Lines of `text` as `wc -l` counts them. */
function _lineCount(text: string): number {
  const n = text.split("\n").length;
  return text.endsWith("\n") ? n - 1 : n;
}

/** The index of the line that closes the braces opened from line `from` on (or the last line). */
function _closingLine(lines: string[], from: number, col = 0): number {
  let depth = 0;
  let seen = false;
  for (let j = from; j < lines.length; j++) {
    const text = (j === from ? lines[j].slice(col) : lines[j]).replace(_STRIP, '""');
    for (const ch of text) {
      if (ch === "{" || ch === "(" || ch === "[") {
        depth++;
        seen = true;
      } else if (ch === "}" || ch === ")" || ch === "]") depth--;
    }
    if (seen && depth <= 0) return j;
    if (!seen && /;\s*$/.test(text)) return j;
  }
  return lines.length - 1;
}

/** Where an arrow function's `=>` is in a top-level const starting at line `i`, if it is one. */
function _arrowAt(lines: string[], i: number): [number, number] | undefined {
  const first = lines[i].replace(_STRIP, (m) => " ".repeat(m.length));
  const eq = first.search(/=(?!>)/);
  if (eq < 0) return undefined;
  // An object, an array, a call or a literal is a value, not an arrow function.
  const rest = first.slice(eq + 1).trim();
  if (rest !== "" && !/^(async\b|\(|<|\w+\s*=>)/.test(rest)) return undefined;
  // The parameters and types up to the arrow: at most a few lines.
  for (let j = i; j < Math.min(lines.length, i + 8); j++) {
    const text = j === i ? first : lines[j].replace(_STRIP, (m) => " ".repeat(m.length));
    const arrow = text.indexOf("=>", j === i ? eq + 1 : 0);
    if (arrow >= 0) return [j, arrow + 2];
    if (/;\s*$/.test(text) || (j > i && /^\S/.test(lines[j]) && !/^[)>]/.test(lines[j]))) {
      return undefined;
    }
  }
  return undefined;
}

/** The functions of a file with their sizes (rough: see the module comment). */
export function functionSizes(file: string, text: string): _Size[] {
  const lines = text.split("\n");
  const out: _Size[] = [];
  let i = 0;
  while (i < lines.length) {
    const fn = _FUNCTION.exec(lines[i]);
    if (fn) {
      const j = _closingLine(lines, i, lines[i].indexOf("function"));
      out.push({ file, name: fn[1], line: i + 1, lines: j - i + 1 });
      i = j + 1;
      continue;
    }
    const c = _CONST.exec(lines[i]);
    const arrow = c ? _arrowAt(lines, i) : undefined;
    if (c && arrow) {
      const j = _closingLine(lines, arrow[0], arrow[1]);
      out.push({ file, name: c[1], line: i + 1, lines: j - i + 1 });
      i = j + 1;
      continue;
    }
    i++;
  }
  return out;
}

/** Relative specifiers a file imports (static, dynamic, re-exports, `new URL(...)`), with lines. */
export function importsOf(text: string): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  text.split("\n").forEach((line, k) => {
    if (/^\s*(\*|\/\/|\/\*)/.test(line)) return;
    for (const m of line.matchAll(_IMPORT)) out.push({ spec: m[2], line: k + 1 });
  });
  return out;
}

/** Parses the allow-list: key (`file` or `file:function`) to lines allowed. */
export function parseAllow(text: string, name = "layout_allow.txt"): Map<string, number> {
  const allow = new Map<string, number>();
  text.split("\n").forEach((raw, k) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "") return;
    const m = /^(\S+)\s+(\d+|outside-stage)$/.exec(line);
    if (!m) {
      throw new SyntaxError(
        `${name}:${
          k + 1
        }: expected "lib/file.ts LINES", "lib/file.ts:function LINES" or "lib/file.ts outside-stage", found "${line}"`,
      );
    }
    if (m[2] === "outside-stage") allow.set(`${m[1]} ${_OUTSIDE}`, 0);
    else allow.set(m[1], Number(m[2]));
  });
  return allow;
}

/** The `.ts` files under `dir` (paths relative to `root`, `/`-separated), sorted. */
function _tsFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of Deno.readDirSync(`${root}/${rel}`)) {
      const path = `${rel}/${e.name}`;
      if (e.isDirectory) walk(path);
      else if (e.isFile && e.name.endsWith(".ts")) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** `a/b/../c` to `a/c`, for paths relative to the root (".." past the root kept). */
function _normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

/** The stage index of a path in lib/ (-1 for lib/mod.ts and files outside the stages). */
function _stage(path: string): number {
  const parts = path.split("/");
  return parts.length > 2 ? (STAGES as readonly string[]).indexOf(parts[1]) : -1;
}

/** The import problems of one lib file. */
function _importProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const dir = file.split("/").slice(0, -1).join("/");
  const from = _stage(file);
  for (const { spec, line } of importsOf(text)) {
    const target = _normalize(`${dir}/${spec}`);
    const top = target.split("/")[0];
    if (top === "tools" || top === "bench" || top === "notebooks") {
      problems.push(`${file}:${line}: lib/ imports from ${top}/ ("${spec}")`);
      continue;
    }
    if (file === "lib/mod.ts" || from < 0 || !target.startsWith("lib/")) continue;
    const to = _stage(target);
    if (to > from) {
      problems.push(
        `${file}:${line}: stage ${STAGES[from]} imports the later stage ${STAGES[to]} ("${spec}")` +
          ` (order: ${STAGES.join(" → ")})`,
      );
    }
  }
  return problems;
}

/** A size against its limit and the allow-list; adds problems and notes. */
function _judge(size: _Size, limit: number, allow: Map<string, number>, out: LayoutResult): void {
  const key = size.name ? `${size.file}:${size.name}` : size.file;
  const what = size.name ? `function ${size.name} has` : "file has";
  const allowed = allow.get(key);
  allow.delete(key);
  if (size.lines <= limit) {
    if (allowed !== undefined) out.notes.push(`${key} is within ${limit} lines: remove its entry`);
    return;
  }
  if (allowed === undefined) {
    out.problems.push(`${size.file}:${size.line}: ${what} ${size.lines} lines (limit ${limit})`);
  } else if (size.lines > allowed) {
    out.problems.push(
      `${size.file}:${size.line}: ${what} ${size.lines} lines, more than the ${allowed} allowed` +
        ` (limit ${limit}; an allowed entry may only shrink)`,
    );
  } else if (size.lines < allowed) {
    out.notes.push(`${key} has ${size.lines} lines: shrink its entry from ${allowed}`);
  }
}

/** Checks `root`/lib against the limits, the stage order and the allow-list text. */
export function checkLayout(root: string, allowText = ""): LayoutResult {
  const allow = parseAllow(allowText);
  const out: LayoutResult = { problems: [], notes: [] };
  for (const file of _tsFiles(root, "lib")) {
    const text = Deno.readTextFileSync(`${root}/${file}`);
    if (
      file.split("/").length === 2 && file !== "lib/mod.ts" && !allow.delete(`${file} ${_OUTSIDE}`)
    ) {
      out.problems.push(
        `${file}:1: file outside a stage folder (lib/<stage>/, stages ${STAGES.join(", ")})`,
      );
    }
    _judge({ file, line: 1, lines: _lineCount(text) }, MAX_FILE_LINES, allow, out);
    for (const f of functionSizes(file, text)) _judge(f, MAX_FUNCTION_LINES, allow, out);
    out.problems.push(..._importProblems(file, text));
  }
  for (const key of allow.keys()) {
    out.notes.push(
      key.endsWith(_OUTSIDE)
        ? `${key.slice(0, -_OUTSIDE.length - 1)} is no longer directly in lib/: remove its entry`
        : `${key} is no longer in lib/: remove its entry`,
    );
  }
  return out;
}

if (import.meta.main) {
  const args = Deno.args;
  const arg = (name: string, fallback: string) => {
    const k = args.indexOf(name);
    return k >= 0 && k + 1 < args.length ? args[k + 1] : fallback;
  };
  const root = arg("--root", new URL("..", import.meta.url).pathname.replace(/\/$/, ""));
  const allowPath = arg("--allow", `${root}/tools/layout_allow.txt`);
  let allowText = "";
  try {
    allowText = Deno.readTextFileSync(allowPath);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  const { problems, notes } = checkLayout(root, allowText);
  for (const n of notes) console.error(`note: ${n}`);
  for (const p of problems) console.log(p);
  console.error(
    `layout: ${problems.length} problem(s); limits ${MAX_FILE_LINES} lines a file,` +
      ` ${MAX_FUNCTION_LINES} a function; order ${STAGES.join(" → ")}`,
  );
  Deno.exit(problems.length > 0 ? 1 : 0);
}
