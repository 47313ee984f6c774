import { textAt } from "../lib/shared/offsets.ts";
import assert from "node:assert/strict";
import { extractClaims, findTriggers } from "../lib/extract/mod.ts";
import {
  CLAIM_FIELDS,
  claimsToCsv,
  claimsToJsonl,
  SCHEMA_FIELDS,
} from "../lib/run/extract_claims_format.ts";
import { loadArticles } from "../lib/load/load_articles.ts";
import type { Article, Claim, ParagraphKind } from "../lib/shared/types.ts";

/** An article from paragraphs; each entry is text or [kind, text] (or [kind, text, date]). */
function art(
  paras: (string | [ParagraphKind, string] | [ParagraphKind, string, string | null])[],
  date: string | null = "2025-11-05",
  outlet: string | null = null,
  id = "a1",
): Article {
  let text = "";
  const paragraphs: Article["paragraphs"] = [];
  for (const p of paras) {
    const [kind, t, pd] = typeof p === "string" ? ["body" as ParagraphKind, p, undefined] : p;
    const start = text.length;
    text += t;
    paragraphs.push({ start, end: text.length, kind, ...(pd !== undefined ? { date: pd } : {}) });
    text += "\n\n";
  }
  return {
    id,
    path: `${id}.txt`,
    format: "txt",
    outlet,
    date,
    title: null,
    url: null,
    text,
    paragraphs,
  };
}

const brief = (cs: Claim[]) =>
  cs.map((c) =>
    `${c.claimant}|${c.side}|${c.role}|${c.place}|${c.area ?? "-"}|${c.claim}|${c.status}|${c.date}`
  );

Deno.test("extractClaims() attributes 'X said ... captured' to X with the capturer's status", () => {
  const cs = extractClaims(
    art(["Russia's defence ministry said its troops had captured Udachne."]),
  );
  assert.deepEqual(brief(cs), [
    "Russian Defence Ministry|russia|official|Udachne|-|captured|russia|2025-11-05",
  ]);
});

Deno.test("extractClaims() reads a trailing ', the General Staff said' as the claimant", () => {
  const cs = extractClaims(
    art(["Ukrainian units repelled attacks on Siversk, Ukraine's General Staff said."]),
  );
  assert.deepEqual(brief(cs), [
    "Ukrainian General Staff|ukraine|official|Siversk|-|repelled|ukraine|2025-11-05",
  ]);
});

Deno.test("extractClaims() reads 'according to X' at the start and at the end of a sentence", () => {
  const a = extractClaims(art(["According to DeepState, Russian troops advanced in Toretsk."]));
  assert.deepEqual(brief(a), [
    "DeepState|ukraine|mapping|Toretsk|-|advancing|contested|2025-11-05",
  ]);
  const b = extractClaims(art(["Russian troops entered Lyman, according to the ISW."]));
  assert.deepEqual(brief(b), ["ISW|independent|mapping|Lyman|-|advancing|contested|2025-11-05"]);
});

Deno.test("extractClaims() carries 'it also said' to the last claimant", () => {
  const cs = extractClaims(art([
    "The Russian Defense Ministry said its forces took Terny. It also said its units surrounded enemy troops near Lyman.",
  ]));
  assert.deepEqual(brief(cs), [
    "Russian Defence Ministry|russia|official|Terny|-|captured|russia|2025-11-05",
    "Russian Defence Ministry|russia|official|Lyman|-|encircled|contested|2025-11-05",
  ]);
});

Deno.test('extractClaims() gives a record to X for "X\'s claim that ... is a lie" and a denial to the speaker', () => {
  const cs = extractClaims(art([
    "A Ukrainian commander, Serhiy Lysak, said the Kremlin's claim that it has taken Siversk is a lie.",
  ]));
  assert.deepEqual(brief(cs).sort(), [
    "Kremlin|russia|official|Siversk|-|captured|russia|2025-11-05",
    "Serhiy Lysak|ukraine|official|Siversk|-|denied|ukraine|2025-11-05",
  ]);
});

Deno.test("extractClaims() reads negations: has not fallen, hasn't advanced a single metre", () => {
  const a = extractClaims(art(["Lyman has not fallen, the Ukrainian military said."]));
  assert.deepEqual(brief(a), [
    "Ukrainian military|ukraine|official|Lyman|-|denied|ukraine|2025-11-05",
  ]);
  const b = extractClaims(art([
    '"The enemy hasn\'t advanced a single metre near Siversk," Syrskyi said.',
  ]));
  assert.deepEqual(brief(b), [
    "Oleksandr Syrskyi|ukraine|official|Siversk|-|repelled|ukraine|2025-11-05",
  ]);
});

Deno.test("extractClaims() makes no claims of attempts, aims, hypotheticals, fighting near, distances, casualties", () => {
  const cs = extractClaims(art([
    "Russia is trying to capture Kostiantynivka.",
    "Moscow aims to encircle Lyman by winter.",
    "Seizing Siversk would open the road north.",
    "If Terny falls, the front will move.",
    "Fighting raged near Kupiansk on Tuesday.",
    "Russian troops are 5 km from Kramatorsk.",
    "A strike on Sumy killed four people, the governor said.",
    "Russian forces captured 30 Ukrainian soldiers near Vovchansk.",
  ]));
  assert.deepEqual(brief(cs), []);
});

Deno.test("extractClaims() uses the outlet as the media voice, or 'media' when it is unknown", () => {
  const t = "Russian troops have slowly been advancing into Toretsk.";
  assert.equal(extractClaims(art([t], "2025-11-05", "Daily Test"))[0].claimant, "Daily Test");
  const c = extractClaims(art([t]))[0];
  assert.deepEqual([c.claimant, c.side, c.role], ["media", "independent", "media"]);
});

Deno.test("extractClaims() records background control in the article's voice", () => {
  const cs = extractClaims(art(["Drones hit Ukrainian-held Kramatorsk, the mayor said."]));
  assert.deepEqual(brief(cs), ["media|independent|media|Kramatorsk|-|holding|ukraine|2025-11-05"]);
  const b = extractClaims(art(["Its army has been slow since taking Vuhledar in 2024."]));
  assert.deepEqual(brief(b), ["media|independent|media|Vuhledar|-|captured|russia|null"]);
});

Deno.test("extractClaims() marks hedged sentences and can drop them", () => {
  const a = art(["Russian forces reportedly entered Siversk."]);
  assert.equal(extractClaims(a)[0].hedged, true);
  assert.equal(extractClaims(a, { keepHedged: false }).length, 0);
});

Deno.test("extractClaims() returns records sorted by article and start with stable ids", () => {
  const a = art(["Russia said it captured Terny and Torske."], "2025-11-05", null, "b2");
  const b = art(["Kyiv said it recaptured Robotyne."], "2025-11-05", null, "a1");
  const cs = extractClaims([a, b]);
  assert.deepEqual(cs.map((c) => c.id), ["a1:0:0", "b2:0:0", "b2:0:1"]);
  assert.deepEqual(extractClaims([a, b]), cs);
  for (const c of cs) {
    assert.equal(textAt([a, b].find((x) => x.id === c.article)!.text, c.start, c.end), c.quote);
  }
});

Deno.test("extractClaims() keeps text.slice(start, end) === quote on every sample article", async () => {
  const { articles } = await loadArticles(new URL("../data/articles", import.meta.url).pathname);
  assert.ok(articles.length >= 5);
  const cs = extractClaims(articles);
  assert.ok(cs.length > 20);
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const c of cs) {
    assert.equal(textAt(byId.get(c.article)!.text, c.start, c.end), c.quote, String(c.id));
    for (const f of SCHEMA_FIELDS) assert.ok(f in c, f);
  }
});

Deno.test("extractClaims() rejects what is not an article", () => {
  assert.throws(() => extractClaims([{ id: 3 } as unknown as Article]), {
    name: "TypeError",
    message: /expected article 0 as an object with id, text and paragraphs, found object/,
  });
  const bad = art(["Short text."]);
  bad.paragraphs[0].end = 999;
  assert.throws(() => extractClaims(bad), {
    name: "RangeError",
    message: /article a1 paragraph 0: expected 0 <= start <= end <= \d+, found start 0, end 999/,
  });
  assert.throws(() => extractClaims([], { mediaName: "" }), {
    name: "TypeError",
    message: /expected mediaName as a non-empty string/,
  });
});

Deno.test("findTriggers() marks attempts as blocked and negations as negated", () => {
  const ts = findTriggers(
    "They tried to capture it but did not take the town and have not captured it.",
  );
  assert.ok(ts.find((t) => t.text === "capture")?.blocked);
  assert.equal(ts.find((t) => /have not captured/.test(t.text))?.kind, "denied");
});

Deno.test("claimsToJsonl() and claimsToCsv() write schema fields in schema order", () => {
  const cs = extractClaims(art(['Kyiv said, "we hold Lyman".']));
  const line = JSON.parse(claimsToJsonl(cs).trim());
  assert.deepEqual(Object.keys(line), [...CLAIM_FIELDS]);
  const csv = claimsToCsv(cs).split("\n");
  assert.equal(csv[0], CLAIM_FIELDS.join(","));
  assert.ok(csv[1].includes('"Kyiv said, ""we hold Lyman""."'));
});

Deno.test("the claims command prints JSONL, CSV with --csv, and fails only when nothing is read", async () => {
  const deno = Deno.execPath();
  const run = async (...args: string[]) => {
    const out = await new Deno.Command(deno, {
      args: ["run", "--allow-read", "--allow-env", "tools/claims.ts", ...args],
      cwd: new URL("..", import.meta.url).pathname,
      stdout: "piped",
      stderr: "piped",
    }).output();
    return {
      code: out.code,
      out: new TextDecoder().decode(out.stdout),
      err: new TextDecoder().decode(out.stderr),
    };
  };
  const j = await run("data/articles");
  assert.equal(j.code, 0);
  const first = JSON.parse(j.out.split("\n")[0]);
  assert.deepEqual(Object.keys(first), [...CLAIM_FIELDS]);
  assert.match(j.err, /read .*000_bfdbc586fe7f5f88/);
  const c = await run("data/articles/004_9a8d005c62acf2a2.txt", "--csv");
  assert.equal(c.code, 0);
  assert.equal(c.out.split("\n")[0], CLAIM_FIELDS.join(","));
  const bad = await run("no/such/folder");
  assert.equal(bad.code, 1);
  assert.equal(bad.out, "");
});

Deno.test("extractClaims() takes a capitalised unknown name right after a claim word as the place", () => {
  const cs = extractClaims(art(["Russia's defence ministry said its forces captured Zabutivka."]));
  assert.deepEqual(brief(cs), [
    "Russian Defence Ministry|russia|official|Zabutivka|-|captured|russia|2025-11-05",
  ]);
  assert.deepEqual(extractClaims(art(["Russian troops captured August positions."])), []);
});

Deno.test("extractClaims() reads a withdrawal by the defender as a capture by the attacker", () => {
  const cs = extractClaims(
    art(["Ukraine's military said it had pulled its troops out of Vuhledar."]),
  );
  assert.deepEqual(brief(cs), [
    "Ukrainian military|ukraine|official|Vuhledar|-|captured|russia|2025-11-05",
  ]);
});

Deno.test("extractClaims() does not count meetings held in a place or hypothetical falls", () => {
  assert.deepEqual(
    extractClaims(art([
      "Zelenskiy held talks with generals in Kramatorsk.",
      "The fall of Siversk would be a blow, analysts say.",
    ])),
    [],
  );
});

Deno.test("extractClaims() gives an unknown village the owner of the region named after it", () => {
  const cs = extractClaims(art([
    "Russia said its forces had recaptured the village of Zarubino in the Kursk region.",
  ]));
  assert.deepEqual(brief(cs), ["Russia|russia|official|Zarubino|-|recaptured|russia|2025-11-05"]);
});

Deno.test("the claims command writes the one-thread order when ids do not sort like file names, and --limit N", async () => {
  const root = new URL("..", import.meta.url).pathname;
  const text = (n: number) =>
    Deno.readTextFileSync(
      `${root}data/articles/${
        [...Deno.readDirSync(`${root}data/articles`)].map((e) => e.name)
          .filter((n) => n.endsWith(".txt")).sort()[n]
      }`,
    );
  const dir = await Deno.makeTempDir({ prefix: "claimgap-claims-cli-" });
  try {
    // Path order a-1.txt, a.md, a.txt, b.jsonl, c.txt; id order "0", "a", "a-1", "a~2", "c", "zz".
    Deno.writeTextFileSync(`${dir}/a-1.txt`, text(0));
    Deno.writeTextFileSync(`${dir}/a.md`, text(1));
    Deno.writeTextFileSync(`${dir}/a.txt`, text(2));
    Deno.writeTextFileSync(
      `${dir}/b.jsonl`,
      [{ id: "zz", text: text(3) }, { id: "0", text: text(4) }]
        .map((r) => JSON.stringify(r)).join("\n"),
    );
    Deno.writeTextFileSync(`${dir}/c.txt`, text(3));
    const run = async (...args: string[]) => {
      const out = await new Deno.Command(Deno.execPath(), {
        args: ["run", "--allow-read", "--allow-env", "tools/claims.ts", ...args],
        cwd: root,
        stdout: "piped",
        stderr: "piped",
      }).output();
      const dec = new TextDecoder();
      return { code: out.code, out: dec.decode(out.stdout), err: dec.decode(out.stderr) };
    };
    for (const limit of [undefined, 2, 4]) {
      const { articles } = await loadArticles(dir, limit === undefined ? {} : { limit });
      const claims = extractClaims(articles);
      assert.ok(new Set(claims.map((c) => c.article)).size === (limit ?? 6), `limit ${limit}`);
      const opts = limit === undefined ? [] : ["--limit", String(limit)];
      for (const workers of ["0", "2"]) {
        const j = await run(dir, "--workers", workers, ...opts);
        assert.equal(j.code, 0, j.err);
        assert.equal(j.out, claimsToJsonl(claims), `JSONL, ${workers} workers, limit ${limit}`);
        const c = await run(dir, "--csv", "--workers", workers, ...opts);
        assert.equal(c.out, claimsToCsv(claims), `CSV, ${workers} workers, limit ${limit}`);
        if (limit === 2) assert.match(j.err, /skipped .*a\.txt: limit reached \(limit: 2\)/);
      }
    }
    for (const bad of ["0", "-1", "1.5", "x", ""]) {
      const r = await run(dir, "--limit", ...(bad === "" ? [] : [bad]));
      assert.equal(r.code, 2, bad);
      assert.equal(r.out, "");
      assert.match(
        r.err,
        new RegExp(
          `^--limit expects a whole number of at least 1, found ${bad ? `"${bad}"` : "nothing"}`,
        ),
      );
    }
    const help = await run("--help");
    assert.match(help.out, /--limit N +the first N articles/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
