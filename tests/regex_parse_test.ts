/**
 * Tests of `lib/lexicon/_regex_parse.ts`: the tree read off a RegExp source, which the needles
 * (`_regex_source.ts`) and the prefixes (`_prefixes.ts`) are walks of, and the sources it refuses
 * (with a `SyntaxError` saying what it expected and what it found).
 */
import assert from "node:assert/strict";
import { _parse } from "../lib/lexicon/_regex_parse.ts";

const ch = (c: string) => ({ type: "char", c });
const seq = (...items: unknown[]) => ({ type: "seq", items });

Deno.test("_parse() reads alternatives, sequences, groups and quantifiers", () => {
  assert.deepEqual(_parse("ab|c"), { type: "alt", alts: [seq(ch("a"), ch("b")), seq(ch("c"))] });
  assert.deepEqual(
    _parse("(?:a|)x"),
    seq({
      type: "group",
      capture: false,
      body: { type: "alt", alts: [seq(ch("a")), seq()] },
    }, ch("x")),
  );
  assert.deepEqual(
    _parse("(a)+?"),
    seq({
      type: "repeat",
      op: "+",
      min: 1,
      max: Infinity,
      body: { type: "group", capture: true, body: seq(ch("a")) },
    }),
  );
  const reps = ["a?", "a*", "a{2}", "a{2,}", "a{0,3}"].map((s) => {
    const r = (_parse(s) as { items: { op: string; min: number; max: number }[] }).items[0];
    return `${r.op} ${r.min}..${r.max}`;
  });
  assert.deepEqual(reps, ["? 0..1", "* 0..Infinity", "{ 2..2", "{ 2..Infinity", "{ 0..3"]);
});

Deno.test("_parse() reads lookarounds, escapes, classes, anchors and the any-character", () => {
  assert.deepEqual(
    _parse("(?<!x)(?=y)"),
    seq(
      { type: "look", behind: true, negate: true, body: seq(ch("x")) },
      { type: "look", behind: false, negate: false, body: seq(ch("y")) },
    ),
  );
  assert.deepEqual(
    _parse("\\s\\b\\p{Lu}\\12\\.^.$"),
    seq(
      { type: "escape", kind: "s" },
      { type: "escape", kind: "b" },
      { type: "escape", kind: "p" },
      { type: "backref", n: 12 },
      ch("."),
      { type: "edge", c: "^" },
      { type: "any" },
      { type: "edge", c: "$" },
    ),
  );
  // a class of literal characters lists them (`\s` as a space); any other class does not
  assert.deepEqual(
    _parse("[- ][\\s\\-]"),
    seq(
      { type: "class", chars: ["-", " "] },
      { type: "class", chars: [" ", "-"] },
    ),
  );
  for (const c of ["[a-c]", "[^a]", "[\\d]", "[é]", "[a&&b]", "[\\]]"]) {
    assert.deepEqual(_parse(c), seq({ type: "class", chars: null }), c);
  }
});

Deno.test("_parse() refuses syntax it does not read, saying what it expected", () => {
  const refused: [string, RegExp][] = [
    ["(?<name>a)", /expected "\(", "\(\?:" or a lookaround at 0, found "\("/],
    ["(?:a", /expected "\)" at 4, found the end/],
    ["a)", /expected the end at 1, found "\)"/],
    ["[ab", /expected "\]" at 3, found the end/],
    ["\\u0041", /expected a class escape or a non-letter at 2/],
    ["\\p{L", /expected "}" at 2/],
    ["a\\", /expected a character after \\ at 1, found "\\"/],
    ["*a", /expected an atom at 0, found "\*"/],
    ["a**", /expected an atom at 2, found "\*"/],
    ["a{x}", /expected a quantifier at 1, found "{"/],
  ];
  for (const [src, message] of refused) {
    assert.throws(
      () => _parse(src),
      (e) => e instanceof SyntaxError && message.test(e.message),
      src,
    );
  }
});
