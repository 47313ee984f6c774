/**
 * Tests of `tools/check_layout.ts` on small temporary trees of our own: a long file, a long
 * function (declared and arrow), a stage importing a later one, lib/ importing tools/, and the
 * allow-list (an entry lets a file be as long as listed, never longer, and says when it can go).
 */
import assert from "node:assert/strict";
import {
  checkLayout,
  functionSizes,
  MAX_FILE_LINES,
  MAX_FUNCTION_LINES,
  parseAllow,
} from "../tools/check_layout.ts";

/** A temporary root with the files given (path relative to the root → text). */
function tree(files: Record<string, string>): string {
  const root = Deno.makeTempDirSync({ prefix: "claimgap-layout-" });
  for (const [path, text] of Object.entries(files)) {
    Deno.mkdirSync(`${root}/${path.split("/").slice(0, -1).join("/")}`, { recursive: true });
    Deno.writeTextFileSync(`${root}/${path}`, text);
  }
  return root;
}

function lines(n: number, line = "const x = 1;"): string {
  return Array.from({ length: n }, (_, i) => line.replace("x", `x${i}`)).join("\n") + "\n";
}

/** A function declaration of `n` lines in all. */
function fn(name: string, n: number): string {
  return `export function ${name}(a: number): number {\n${lines(n - 2, "  const x = a;")}}\n`;
}

function check(files: Record<string, string>, allow = "") {
  const root = tree(files);
  try {
    return checkLayout(root, allow);
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
}

Deno.test("checkLayout() passes a small tree within the limits and the stage order", () => {
  const r = check({
    "lib/mod.ts": `export * from "./report/a.ts";\nexport * from "./shared/b.ts";\n`,
    "lib/shared/b.ts": fn("b", 10),
    "lib/report/a.ts": `import { b } from "../shared/b.ts";\nexport const a = b;\n`,
  });
  assert.deepEqual(r, { problems: [], notes: [] });
});

Deno.test("checkLayout() fails a file over 400 lines with its name and size", () => {
  const r = check({ "lib/load/long.ts": lines(MAX_FILE_LINES + 1) });
  assert.deepEqual(r.problems, ["lib/load/long.ts:1: file has 401 lines (limit 400)"]);
  assert.deepEqual(check({ "lib/load/ok.ts": lines(MAX_FILE_LINES) }).problems, []);
});

Deno.test("checkLayout() fails a function over 80 lines at its first line", () => {
  const r = check({
    "lib/gap/f.ts": `// one\n${fn("long", MAX_FUNCTION_LINES + 1)}${fn("ok", 80)}`,
  });
  assert.deepEqual(r.problems, ["lib/gap/f.ts:2: function long has 81 lines (limit 80)"]);
});

Deno.test("functionSizes() measures arrow functions of top-level consts, not other consts", () => {
  const text = [
    "export const arrow = async (",
    "  a: number,",
    "): Promise<number> => {",
    '  const s = "}}}";',
    "  return a; // }",
    "};",
    "const table = { f: (x: number) => x };",
    "const call = list.map((x) => x);",
    "const short = (x: number) => x + 1;",
    "function g() {",
    "  return /[}]/.test('{');",
    "}",
  ].join("\n");
  assert.deepEqual(
    functionSizes("f.ts", text).map((f) => [f.name, f.line, f.lines]),
    [["arrow", 1, 6], ["short", 9, 1], ["g", 10, 3]],
  );
});

Deno.test("checkLayout() fails a stage importing a later stage, naming file, line and stages", () => {
  const r = check({
    "lib/load/read.ts":
      `import type { X } from "../shared/t.ts";\nimport { g } from "../gap/g.ts";\n`,
    "lib/shared/t.ts": "export type X = number;\n",
    "lib/gap/g.ts": "export const g = 1;\n",
  });
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0], /^lib\/load\/read\.ts:2: stage load imports the later stage gap /);
});

Deno.test("checkLayout() fails lib/ importing tools/, bench/ or notebooks/ (mod.ts too)", () => {
  const r = check({
    "lib/mod.ts": `export { t } from "../tools/t.ts";\n`,
    "lib/plots/p.ts": `const b = await import("../../bench/b.ts");\nexport { b };\n`,
  });
  assert.deepEqual(r.problems, [
    `lib/mod.ts:1: lib/ imports from tools/ ("../tools/t.ts")`,
    `lib/plots/p.ts:1: lib/ imports from bench/ ("../../bench/b.ts")`,
  ]);
});

Deno.test("checkLayout() fails a file directly in lib/ but mod.ts, unless listed outside-stage", () => {
  const files = {
    "lib/mod.ts": `export * from "./loose.ts";\n`,
    "lib/loose.ts": "export const a = 1;\n",
  };
  const r = check(files);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0], /^lib\/loose\.ts:1: file outside a stage folder /);
  assert.deepEqual(check(files, "lib/loose.ts outside-stage\n"), { problems: [], notes: [] });
  assert.deepEqual(
    check({ "lib/shared/loose.ts": "export const a = 1;\n" }, "lib/loose.ts outside-stage\n").notes,
    ["lib/loose.ts is no longer directly in lib/: remove its entry"],
  );
});

Deno.test("checkLayout() lets an allowed file be as long as listed, never longer", () => {
  const files = { "lib/gap/big.ts": lines(450) };
  assert.deepEqual(check(files, "lib/gap/big.ts 450\n"), { problems: [], notes: [] });
  const grown = check(files, "lib/gap/big.ts 440\n");
  assert.equal(grown.problems.length, 1);
  assert.match(
    grown.problems[0],
    /^lib\/gap\/big\.ts:1: file has 450 lines, more than the 440 allowed/,
  );
  assert.deepEqual(check(files, "# old size\nlib/gap/big.ts 460\n").notes, [
    "lib/gap/big.ts has 450 lines: shrink its entry from 460",
  ]);
});

Deno.test("checkLayout() says when an allow-list entry can be removed", () => {
  const r = check(
    { "lib/gap/g.ts": fn("g", 20) },
    "lib/gap/g.ts:g 120\nlib/gap/gone.ts 500\n",
  );
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.notes, [
    "lib/gap/g.ts:g is within 80 lines: remove its entry",
    "lib/gap/gone.ts is no longer in lib/: remove its entry",
  ]);
});

Deno.test("parseAllow() throws SyntaxError naming the line of a malformed entry", () => {
  assert.throws(
    () => parseAllow("lib/a.ts 10\nlib/b.ts many\n", "allow.txt"),
    (e: unknown) =>
      e instanceof SyntaxError &&
      /^allow\.txt:2: expected .* found "lib\/b\.ts many"/.test(e.message),
  );
});

Deno.test("tools/check_layout.ts exits 1 and prints file:line on a problem, 0 when clean", async () => {
  const run = async (root: string) => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--allow-read",
        new URL("../tools/check_layout.ts", import.meta.url).pathname,
        "--root",
        root,
      ],
      stdout: "piped",
      stderr: "piped",
    }).output();
    return { code: out.code, stdout: new TextDecoder().decode(out.stdout) };
  };
  const bad = tree({ "lib/shared/a.ts": `import "../../notebooks/n.ts";\n` });
  const good = tree({ "lib/shared/a.ts": "export const a = 1;\n" });
  try {
    assert.deepEqual(await run(bad), {
      code: 1,
      stdout: `lib/shared/a.ts:1: lib/ imports from notebooks/ ("../../notebooks/n.ts")\n`,
    });
    assert.deepEqual(await run(good), { code: 0, stdout: "" });
  } finally {
    Deno.removeSync(bad, { recursive: true });
    Deno.removeSync(good, { recursive: true });
  }
});
