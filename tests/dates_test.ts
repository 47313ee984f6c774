import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { assertKeyCovers, textsLike } from "./_prefilter_check.ts";
import {
  _DATE_LOOKAHEADS,
  _DATE_PREFILTERS,
  addDays,
  findDateExpressions,
  mayNameDay,
  resolveDate,
  weekdayOnOrBefore,
} from "../lib/lexicon/dates.ts";

// 2025-11-07 is a Friday; 2025-11-05 a Wednesday.
Deno.test("resolveDate() resolves 'on Sunday' in a Friday article to five days earlier", () => {
  assert.equal(resolveDate("The army said on Sunday it held.", "2025-11-07").date, "2025-11-02");
});

Deno.test("resolveDate() resolves 'on Friday' in a Friday article to that day", () => {
  assert.equal(resolveDate("It fell on Friday.", "2025-11-07").date, "2025-11-07");
});

Deno.test("resolveDate() resolves 'on Tuesday' to the day before a Wednesday article", () => {
  const r = resolveDate("Troops advanced on Tuesday.", "2025-11-05");
  assert.equal(r.date, "2025-11-04");
  assert.equal(r.rule, "weekday");
});

Deno.test("resolveDate() resolves 'last Friday' in a Friday article to the Friday before", () => {
  assert.equal(resolveDate("It fell last Friday.", "2025-11-07").date, "2025-10-31");
  assert.equal(resolveDate("It fell last Sunday.", "2025-11-07").date, "2025-11-02");
});

Deno.test("resolveDate() resolves 'two days ago' and '3 days ago' back from the article date, 'a few days ago' to null", () => {
  assert.equal(resolveDate("It fell two days ago.", "2025-11-07").date, "2025-11-05");
  assert.equal(resolveDate("It fell 3 days ago.", "2025-11-07").date, "2025-11-04");
  assert.equal(resolveDate("It fell a few days ago.", "2025-11-07").date, null);
});

Deno.test("resolveDate() resolves 'two days ago' with a no-break space or a tab between its words", () => {
  assert.equal(resolveDate("It fell two days\u00a0ago.", "2025-11-07").date, "2025-11-05");
  assert.equal(resolveDate("It fell 3 days\tago.", "2025-11-07").date, "2025-11-04");
});

Deno.test("resolveDate() gives a sentence without a date word the article's date, or none", () => {
  assert.deepEqual(resolveDate("Troops held the town.", "2025-11-07"), {
    date: "2025-11-07",
    rule: "article",
  });
  assert.deepEqual(resolveDate("Troops held the town.", null), { date: null, rule: "none" });
});

Deno.test("resolveDate() gives 'recently' and 'in recent days' the article date, 'in recent months' null", () => {
  assert.equal(resolveDate("Troops recently advanced.", "2025-11-07").date, "2025-11-07");
  assert.equal(resolveDate("In recent days, troops advanced.", "2025-11-07").date, "2025-11-07");
  assert.equal(resolveDate("In recent months, troops advanced.", "2025-11-07").date, null);
});

Deno.test("resolveDate() uses the event's day when the statement's day comes first", () => {
  const r = resolveDate(
    "Kyiv said on Saturday the enemy did not advance on Thursday.",
    "2024-09-07",
  );
  assert.equal(r.date, "2024-09-05");
});

Deno.test("resolveDate() takes the event's day, not the statement's, when the statement's comes last", () => {
  const r = resolveDate(
    "Russian forces captured X on Tuesday, the ministry said on Thursday.",
    "2025-03-13",
  );
  assert.equal(r.date, "2025-03-11");
  const told = resolveDate(
    "Troops entered X on Monday, he told reporters on Wednesday.",
    "2025-03-13",
  );
  assert.equal(told.date, "2025-03-10");
  // (two days and neither a statement's: the last)
  assert.equal(
    resolveDate("Between Monday and Tuesday, troops entered X.", "2025-03-13").rule,
    "weekday",
  );
});

Deno.test("resolveDate() gives yesterday the day before and overnight the article date", () => {
  assert.equal(resolveDate("They attacked yesterday.", "2025-03-01").date, "2025-02-28");
  assert.equal(resolveDate("Drones flew overnight.", "2025-03-01").date, "2025-03-01");
});

Deno.test("resolveDate() gives null for earlier, last month and a past year", () => {
  for (
    const t of ["He said earlier this week it held.", "It fell last month.", "Taken in early 2024."]
  ) {
    assert.equal(resolveDate(t, "2025-11-05").date, null, t);
  }
});

Deno.test("resolveDate() puts a month and day in the article's year, or the year before", () => {
  assert.equal(resolveDate("Their map (Nov.2) shows it.", "2025-11-05").date, "2025-11-02");
  assert.equal(resolveDate("On December 30 it fell.", "2026-01-02").date, "2025-12-30");
});

Deno.test("resolveDate() reads a full date even when the article has no date", () => {
  assert.equal(resolveDate("Posted September 6, 2024 by a user.", null).date, "2024-09-06");
  assert.equal(resolveDate("On 3 March 2025 they left.", null).date, "2025-03-03");
});

Deno.test("resolveDate() gives null for weekdays and plain news when the article has no date", () => {
  assert.deepEqual(resolveDate("On Thursday it held.", null).date, null);
  assert.deepEqual(resolveDate("It held.", null), { date: null, rule: "none" });
  assert.deepEqual(resolveDate("It held.", "2025-01-01"), { date: "2025-01-01", rule: "article" });
});

Deno.test("resolveDate() does not read the verb 'may' or 'march' as a month", () => {
  assert.equal(resolveDate("Troops may 3 times march 4 km.", "2025-06-10").date, "2025-06-10");
});

Deno.test("weekdayOnOrBefore() never looks forward and checks its input", () => {
  assert.equal(weekdayOnOrBefore("2025-11-07", "saturday"), "2025-11-01");
  assert.equal(weekdayOnOrBefore("2025-11-07", 5), "2025-11-07");
  assert.throws(() => weekdayOnOrBefore("2025-11-07", 9), {
    name: "RangeError",
    message: /weekday 0-6/,
  });
  assert.throws(() => resolveDate("x", "07/11/2025"), {
    name: "TypeError",
    message: /articleDate: expected an ISO date YYYY-MM-DD, found "07\/11\/2025"/,
  });
});

Deno.test("findDateExpressions() lists expressions in text order with offsets", () => {
  const t = "On Monday, earlier than June 5, it moved.";
  const es = findDateExpressions(t, "2025-06-10");
  assert.deepEqual(es.map((e) => t.slice(e.start, e.end)), ["On Monday", "earlier", "June 5"]);
  assert.equal(addDays("2024-03-01", -1), "2024-02-29");
});

Deno.test("addDays() and weekdayOnOrBefore() give the same answer when asked again", () => {
  for (let i = 0; i < 2; i++) {
    assert.equal(addDays("2024-12-31", 1), "2025-01-01");
    assert.equal(addDays("2024-03-01", -1), "2024-02-29");
    assert.equal(weekdayOnOrBefore("2025-11-07", "sunday"), "2025-11-02");
    assert.equal(weekdayOnOrBefore("2025-11-07", 0), "2025-11-02");
    // a malformed day keeps failing (nothing is remembered for it)
    assert.throws(() => addDays("2024-13-01", 1), RangeError);
    assert.throws(() => weekdayOnOrBefore("2024-02-30", 1), RangeError);
    assert.throws(() => weekdayOnOrBefore("2024-02-28", 7), RangeError);
  }
});

/** Days, ordinals and years beside the month words: what the month-day patterns need. */
const DATE_WORDS = ["3", "3rd", "21st", "12th", "06", "2024", "of", "November", "Sept"];

Deno.test("each cheap test of findDateExpressions() matches wherever the RegExps it guards do, each RegExp reached", () => {
  // (with whole dates too: the key of every rule guards the ISO and full-date forms)
  const words = [...DATE_WORDS, "2024-09-06", "Nov 3, 2024", "3 Nov 2024"];
  for (const { key, guards } of _DATE_PREFILTERS) {
    assertKeyCovers(key, guards, textsLike(guards, words), 7);
  }
});

Deno.test("the date texts reach 'Nov. 3', '3 November 2024' and '21st of Sept' (the month-day forms)", () => {
  const [mdy, dmy, md, dm] = _DATE_PREFILTERS[1].guards;
  const seen = { mdy: 0, dmy: 0, mdDot: 0, dm: 0 };
  fc.assert(
    fc.property(textsLike(_DATE_PREFILTERS[1].guards, DATE_WORDS), (t) => {
      const test = (re: RegExp) => (re.lastIndex = 0, re.test(t));
      if (test(mdy)) seen.mdy++;
      if (test(dmy)) seen.dmy++;
      if (test(md) && /[a-z]\.\s*\d/i.test(t)) seen.mdDot++;
      if (test(dm)) seen.dm++;
    }),
    { seed: 7, numRuns: 10000 },
  );
  for (const [form, n] of Object.entries(seen)) assert.ok(n >= 10, `${form}: ${n} texts`);
});

Deno.test("each date RegExp that looks ahead first finds the matches it finds without the look ahead", () => {
  const words = [
    ...DATE_WORDS,
    "Sunday",
    "on",
    "last",
    "this",
    "past",
    "Nov 3, 2024",
    "3 Nov 2024",
  ];
  for (const re of _DATE_LOOKAHEADS) {
    const bare = new RegExp(re.source.replace(/^\(\?=(?:\[[^\]]*\]|\\d)\)/, ""), re.flags);
    assert.notEqual(bare.source, re.source, `${re}: a look ahead first`);
    const all = (r: RegExp, t: string) => [...t.matchAll(r)].map((m) => [m.index, ...m]);
    let hits = 0;
    fc.assert(
      fc.property(textsLike([bare], words), (t) => {
        const got = all(re, t);
        if (got.length) hits++;
        assert.deepEqual(got, all(bare, t), t);
      }),
      { seed: 11, numRuns: 3000 },
    );
    assert.ok(hits >= 10, `${re}: ${hits} texts matched`);
  }
});

Deno.test("resolveDate() asked twice in a row gives equal answers, each its own object", () => {
  const t = "The army said on Sunday it held.";
  const a = resolveDate(t, "2025-11-07");
  const b = resolveDate(t, "2025-11-07");
  assert.deepEqual(a, b);
  assert.notEqual(a, b);
  // (an answer changed by its caller leaves the next one as it was)
  b.date = "2000-01-01";
  assert.deepEqual(resolveDate(t, "2025-11-07"), a);
  // (the same text with another date, or other options, is answered anew)
  assert.equal(resolveDate(t, "2025-11-14").date, "2025-11-09");
  assert.deepEqual(resolveDate("It fell earlier.", null, { vagueIsNull: false }), {
    date: null,
    rule: "none",
  });
  assert.equal(resolveDate("It fell earlier.", null).rule, "vague");
});

Deno.test("resolveDate() decides as the last explicit expression not right after 'said' (else the last), else the first vague one", () => {
  // the rules of resolveDate() read off findDateExpressions(), which finds every expression
  const reference = (t: string, d: string | null) => {
    const exprs = findDateExpressions(t, d);
    const explicit = exprs.filter((x) => x.rule !== "vague");
    const event = explicit.length > 1
      ? explicit.findLast((x) => !/\bsaid\s+(?:on\s+)?$/.test(t.slice(0, x.start)))
      : undefined;
    const e = event ?? explicit.at(-1) ?? exprs.find((x) => x.rule === "vague");
    if (e) return { date: e.date, rule: e.rule, start: e.start, end: e.end };
    return d ? { date: d, rule: "article" } : { date: null, rule: "none" };
  };
  const word = fc.constantFrom(
    "on Sunday",
    "Friday",
    "yesterday",
    "this morning",
    "earlier",
    "last week",
    "in early 2024",
    "since August",
    "Nov. 3",
    "3 November",
    "September 6, 2024",
    "2024-09-06",
    "recently",
    "said",
    "troops",
  );
  const texts = fc.array(fc.tuple(word, fc.constantFrom(" ", ", ", ". ")), { maxLength: 5 }).map((
    xs,
  ) => xs.flat().join(""));
  let both = 0;
  fc.assert(
    fc.property(texts, fc.constantFrom("2025-11-07", null), (t, d) => {
      const rules = new Set(findDateExpressions(t, d).map((e) => e.rule === "vague"));
      if (rules.size === 2) both++;
      assert.deepEqual(resolveDate(t, d), reference(t, d), JSON.stringify(t));
    }),
    { seed: 22, numRuns: 3000 },
  );
  assert.ok(both > 300, `texts should often hold vague and other expressions (${both})`);
});

Deno.test("resolveDate() gives no date for an ISO date of a year before 100 ('0024-05-06'), never the 1924 Date.UTC makes of it", () => {
  assert.deepEqual(resolveDate("Troops entered the town on 0024-05-06.", "2024-05-07"), {
    date: null,
    rule: "full",
    start: 27,
    end: 37,
  });
  assert.equal(resolveDate("It fell on 2024-05-06.", "2024-05-07").date, "2024-05-06");
});

Deno.test("mayNameDay() is true wherever resolveDate() finds a day the text names", () => {
  const words = [
    "on Monday",
    "Tuesday",
    "yesterday",
    "overnight",
    "this morning",
    "last night",
    "on the night of",
    "March 12",
    "12 March 2025",
    "2025-03-12",
    "last week",
    "earlier",
    "said",
    "troops",
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 6 }), (ws) => {
      const text = ws.join(" ");
      const r = resolveDate(text, "2025-11-05");
      const named = r.rule !== "article" && r.rule !== "vague" && r.rule !== "none";
      return !named || mayNameDay(text);
    }),
    { seed: 9, numRuns: 2000 },
  );
  assert.equal(mayNameDay("The army said troops held the town."), false);
});
