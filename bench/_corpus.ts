/**
 * Deterministic synthetic corpus for benchmarks and sharding tests.
 *
 * Every article is composed from a bank of sentence templates written for this generator (no
 * text copied from real reporting), across many claimants, places and dates, with the noise real
 * articles carry: photo captions, reader comments after the body, repeated paragraphs, embedded
 * tweets with their own date, Russian and Soviet-era spellings, bylines and page furniture.
 *
 * Same `seed` and options → same files, byte for byte. Article `i` depends only on `(seed, i)`,
 * so any prefix of a corpus is the smaller corpus with the same seed.
 *
 * @module
 */
import { _parseCsv } from "../lib/shared/_csv.ts";

/** A place the generator can write about: canonical name plus spellings seen in reporting. */
export interface CorpusPlace {
  name: string;
  /** Other spellings (Russian transliterations, Soviet-era names). */
  variants: string[];
  /** Oblast or region, for captions and filler ("in the Donetsk region"). */
  region: string;
}

/** Input formats of the kit. */
export type CorpusFormat = "txt" | "md" | "html" | "json" | "jsonl";
export const CORPUS_FORMATS: readonly CorpusFormat[] = ["txt", "md", "html", "json", "jsonl"];

export interface CorpusOptions {
  /** @default 1 */
  seed?: number;
  /** Formats to draw from, weighted txt 70, md 10, html 10, json 3, jsonl 7. @default all */
  formats?: readonly CorpusFormat[];
  /** Places to write about. @default {@link DEFAULT_PLACES} */
  places?: readonly CorpusPlace[];
  /** Mean article size in bytes (log-normal spread, clamped to 1.2 KB..40 KB). @default 5000 */
  meanBytes?: number;
  /** Records per `.jsonl` batch file. @default 20 */
  jsonlBatch?: number;
  /**
   * Share of articles (0..1) that are planted syndicated copies of one of the 50 articles before
   * them (of the article its chain starts from, when that one is a copy too): the source's body under the copy's own headline, outlet, byline and comments, dated
   * the source's day or the next, sometimes without its last paragraph ({@link plantedCopies}
   * lists them). 0 leaves the corpus exactly as without the option. @default 0
   */
  copies?: number;
}

/** One generated file. */
export interface CorpusFile {
  /** File name (no folder). */
  name: string;
  content: string;
  /** Number of articles in it (1, or the batch size for `.jsonl`). */
  articles: number;
}

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mix two integers into one 32-bit seed (splitmix-style finaliser). */
export function _mixSeed(a: number, b: number): number {
  let h = (Math.imul(a >>> 0, 0x9e3779b1) ^ Math.imul((b >>> 0) + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

class _Rng {
  #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  float(): number {
    return this.#next();
  }
  int(n: number): number {
    return Math.floor(this.#next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  hex(len: number): string {
    let s = "";
    while (s.length < len) s += this.int(0x10000).toString(16).padStart(4, "0");
    return s.slice(0, len);
  }
  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.#next();
    const v = this.#next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

// ---------------------------------------------------------------------------------------------
// Banks (synthetic; names of real institutions and places, sentences of our own)

/** Built-in fallback when `data/places.csv` is not available. */
export const DEFAULT_PLACES: readonly CorpusPlace[] = [
  { name: "Pokrovsk", variants: ["Krasnoarmeisk", "Krasnoarmeysk"], region: "Donetsk" },
  { name: "Myrnohrad", variants: ["Mirnograd", "Dimitrov"], region: "Donetsk" },
  { name: "Kupiansk", variants: ["Kupyansk"], region: "Kharkiv" },
  { name: "Toretsk", variants: ["Dzerzhinsk"], region: "Donetsk" },
  { name: "Vuhledar", variants: ["Ugledar", "Vugledar"], region: "Donetsk" },
  { name: "Selydove", variants: ["Selidovo"], region: "Donetsk" },
  { name: "Krasnohorivka", variants: ["Krasnogorovka"], region: "Donetsk" },
  { name: "Kurakhove", variants: ["Kurakhovo"], region: "Donetsk" },
  { name: "Chasiv Yar", variants: ["Chasov Yar"], region: "Donetsk" },
  { name: "Kostiantynivka", variants: ["Konstantinovka"], region: "Donetsk" },
  { name: "Siversk", variants: ["Seversk"], region: "Donetsk" },
  { name: "Lyman", variants: ["Krasny Liman"], region: "Donetsk" },
  { name: "Avdiivka", variants: ["Avdeyevka"], region: "Donetsk" },
  { name: "Ocheretyne", variants: ["Ocheretino"], region: "Donetsk" },
  { name: "Novohrodivka", variants: ["Novogrodovka"], region: "Donetsk" },
  { name: "Kalynove", variants: ["Kalinovo"], region: "Donetsk" },
  { name: "Niu-York", variants: ["New York", "Novgorodskoye"], region: "Donetsk" },
  { name: "Velyka Novosilka", variants: ["Velikaya Novosyolka"], region: "Donetsk" },
  { name: "Dobropillia", variants: ["Dobropolye"], region: "Donetsk" },
  { name: "Huliaipole", variants: ["Gulyaipole"], region: "Zaporizhzhia" },
  { name: "Orikhiv", variants: ["Orekhov"], region: "Zaporizhzhia" },
  { name: "Vovchansk", variants: ["Volchansk"], region: "Kharkiv" },
  { name: "Sudzha", variants: [], region: "Kursk" },
  { name: "Korenevo", variants: [], region: "Kursk" },
];

type Side = "russia" | "ukraine" | "independent";
interface _Claimant {
  forms: string[];
  side: Side;
  kind: "official" | "mapping" | "blogger";
  /** Twitter-like handle for embedded posts. */
  handle: string;
}

const _CLAIMANTS: readonly _Claimant[] = [
  {
    forms: [
      "Russia's Defence Ministry",
      "the Russian Defense Ministry",
      "Russia's defence ministry (MoD)",
      "the Russian Ministry of Defence",
      "Moscow's defence ministry",
    ],
    side: "russia",
    kind: "official",
    handle: "mod_russia",
  },
  {
    forms: ["the Russian General Staff", "Valery Gerasimov", "General Valery Gerasimov"],
    side: "russia",
    kind: "official",
    handle: "genstaff_ru",
  },
  {
    forms: ["Vladimir Putin", "President Vladimir Putin", "Putin"],
    side: "russia",
    kind: "official",
    handle: "kremlin_ru",
  },
  {
    forms: ["Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"],
    side: "russia",
    kind: "official",
    handle: "kremlin_ru",
  },
  {
    forms: ["Russia's Centre group of forces", "the Tsentr group of forces", "the Vostok group"],
    side: "russia",
    kind: "official",
    handle: "mod_russia",
  },
  {
    forms: [
      "Ukraine's General Staff",
      "the General Staff of Ukraine's armed forces",
      "the Ukrainian General Staff",
      "Ukraine's military",
    ],
    side: "ukraine",
    kind: "official",
    handle: "GeneralStaffUA",
  },
  {
    forms: [
      "Oleksandr Syrskyi",
      "commander-in-chief Oleksandr Syrskii",
      "General Sirsky",
      "Syrsky",
      "Ukraine's top commander, Oleksandr Sirski",
    ],
    side: "ukraine",
    kind: "official",
    handle: "OSyrskyi",
  },
  {
    forms: ["Volodymyr Zelenskyy", "President Zelensky", "Zelenskiy"],
    side: "ukraine",
    kind: "official",
    handle: "ZelenskyyUa",
  },
  {
    forms: ["the 7th Rapid Response Corps", "Ukraine's 7th Corps"],
    side: "ukraine",
    kind: "official",
    handle: "7corps_ua",
  },
  {
    forms: ["the 93rd Mechanised Brigade", "the 93rd Brigade"],
    side: "ukraine",
    kind: "official",
    handle: "93brigade",
  },
  {
    forms: ["the 3rd Assault Brigade", "Ukraine's 3rd Assault Brigade"],
    side: "ukraine",
    kind: "official",
    handle: "ab3_ua",
  },
  {
    forms: ["the Khortytsia group of forces", "military spokesman Viktor Trehubov"],
    side: "ukraine",
    kind: "official",
    handle: "khortytsia_ua",
  },
  {
    forms: [
      "DeepState",
      "the DeepState project",
      "DeepStateMap",
      "Ukrainian monitoring group DeepState",
    ],
    side: "ukraine",
    kind: "mapping",
    handle: "Deep_State_UA",
  },
  {
    forms: ["the Institute for the Study of War", "ISW", "the US-based ISW think tank"],
    side: "independent",
    kind: "mapping",
    handle: "TheStudyofWar",
  },
  {
    forms: ["Black Bird Group", "the Finnish Black Bird Group"],
    side: "independent",
    kind: "mapping",
    handle: "blackbirdgroup",
  },
  {
    forms: ["Liveuamap"],
    side: "independent",
    kind: "mapping",
    handle: "Liveuamap",
  },
  {
    forms: ["Rybar", "Russian military blogger Rybar", "the pro-Kremlin Rybar channel"],
    side: "russia",
    kind: "blogger",
    handle: "rybar_en",
  },
  {
    forms: ["the Two Majors channel", "Two Majors"],
    side: "russia",
    kind: "blogger",
    handle: "two_majors",
  },
  {
    forms: ["Andrei Marochko", "Russian-installed official Andrei Marochko"],
    side: "russia",
    kind: "blogger",
    handle: "marochko",
  },
  {
    forms: ["journalist Yurii Butusov", "Yuriy Butusov"],
    side: "ukraine",
    kind: "blogger",
    handle: "butusov",
  },
];

const _OUTLETS = [
  "Kyiv Ledger",
  "Eastern Front Daily",
  "The Wire Review",
  "Morning Dispatch",
  "Baltic Observer",
  "Continental Herald",
  "Danube Times",
  "Northern Gazette",
  "Pacific Briefing",
  "The Evening Record",
  "Atlas News Service",
  "Frontline Monitor",
];

const _AGENCIES = ["Agency One", "Wirefoto", "PressPool", "Field Images", "Northlight Photo"];
const _PHOTOGRAPHERS = [
  "Anna Koval",
  "Marek Duda",
  "Ilya Serov",
  "Olena Bilyk",
  "Tom Harker",
  "Sofia Lind",
];
const _REPORTERS = [
  "Daria Moroz",
  "Peter Hale",
  "Karin Vogt",
  "Oleh Tkach",
  "Lucy Brandt",
  "Ivan Petrenko",
  "Mia Costa",
];
const _COMMENTERS = [
  "steppe_watcher",
  "Gordon B.",
  "mapnerd77",
  "FreedomFirst",
  "old_sapper",
  "quietreader",
  "Anon",
  "vlad_k",
];
const _AREAS = ["northern", "southern", "eastern", "western", "central"];
const _WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const _MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// Claim templates. Slots: {C} claimant, {P} place, {Q} second place, {A} area adjective,
// {W} when-phrase ("on Tuesday", "" ...), {N} number, {O} opposing force.
const _CLAIM_TEMPLATES: Record<string, readonly string[]> = {
  captured: [
    "{C} said{W} that its forces had taken full control of {P}.",
    "{C} announced{W} the capture of the village of {P}.",
    "According to {C}, troops {W2}seized {P} after weeks of fighting.",
    "{C} claimed{W} that {P} had been liberated.",
    "{C} said{W} its units now fully control the {A} part of {P}.",
    "{C} said{W} that {O} had withdrawn from {P} to avoid encirclement.",
    "Both {P} and {Q} are now in our hands, {C} said{W}.",
  ],
  advancing: [
    "{C} said{W} its soldiers had cleared {N} buildings in {P}.",
    "{C} reported{W} that assault groups had pushed further into {P}.",
    "According to {C}, {O} entered the {A} outskirts of {P}{W}.",
    "{C} said{W} that small infiltration teams had been spotted in {P}.",
    "Troops gained ground around {P} and {Q}, {C} said{W}.",
    "{C} said{W} its units had advanced up to {N} hundred metres in the {P} direction.",
  ],
  encircled: [
    "{C} said{W} that the garrison in {P} was surrounded.",
    "According to {C}, the defenders of {P} were almost cut off, with the last road under fire control.",
    "{C} claimed{W} that a cauldron was closing around {P} and {Q}.",
  ],
  holding: [
    "{C} said{W} that its troops still hold the {A} part of {P}.",
    "{C} insisted{W} that {P} remains under Ukrainian control.",
    "Defenders continue to control key positions in {P}, {C} said{W}.",
    "{C} said{W} the enemy was not in full control of any district of {P}.",
  ],
  repelled: [
    "{C} said{W} that {N} attacks near {P} had been repelled.",
    "{C} reported{W} that {O} had not advanced a single metre at {P}.",
    "According to {C}, an armoured assault on {P} was beaten back{W}.",
  ],
  denied: [
    "{C} denied{W} that {P} had fallen.",
    "{C} called the claim that {P} was encircled a lie.",
    "{C} said{W} reports of the capture of {P} were false.",
  ],
  recaptured: [
    "{C} said{W} its troops had retaken {P}.",
    "{C} reported{W} that units had recaptured positions on the {A} edge of {P}.",
  ],
  contested: [
    "{C} described {P} as a grey zone where neither side holds firm control.",
    "Street fighting continues in {P}, {C} said{W}.",
    "{C} said{W} that {P} remained contested.",
  ],
};

// Sentences that must not yield claims (attempts, distances, casualties, weather, politics).
const _FILLER: readonly string[] = [
  "The town had a pre-war population of about {N} thousand people, most of whom have left.",
  "{P} lies roughly {N} kilometres from {Q}.",
  "Moscow has been trying to capture {P} for months.",
  "Officials on both sides gave no casualty figures.",
  "Drone strikes damaged power lines in the {R} region overnight.",
  "Analysts say supply routes into {P} have become difficult to use.",
  "The claims could not be independently verified.",
  "Peace talks remain stalled, with no date set for a new round.",
  "Heavy rain turned roads near {Q} into mud this week.",
  "Aid groups said several hundred civilians remained in {P}.",
  "The battle for {P} has lasted well over a year.",
  "Fighting was reported near {Q}, where both sides have dug in.",
  "Western officials expect Russia to keep up pressure in the {R} region.",
  "A regional governor said two people were wounded in shelling of {Q}.",
  "Ukraine has asked its partners for more air defence systems.",
  "Military analysts expect the winter to slow the pace of assaults.",
  "The ministry did not say how many soldiers took part in the operation.",
  "Russia aims to encircle {P} from the north and south, analysts said.",
  "Thousands of troops are massed around {P}, according to estimates.",
  "Electricity and water supplies in {Q} have been cut for weeks.",
];

// Embedded posts (first person, as such posts read).
const _TWEETS: readonly string[] = [
  "Our units repelled {N} assaults in the {P} direction today.",
  "Updated the map: enemy advance recorded in {P} and near {Q}.",
  "{P}: the {A} districts remain a grey zone.",
  "Our forces have liberated {P}.",
  "The situation around {P} is under control, the defence holds.",
];

const _CYRILLIC: readonly string[] = [
  "«Ситуация остаётся сложной», — сказал он.",
  "«Мы держим позиции», — написал командир.",
  "«Бои продолжаются», — сообщил источник.",
];

const _BOILERPLATE: readonly string[] = [
  "Advertisement",
  "Share this article",
  "Read more: What the front line looks like this week",
  "Sign up for our daily briefing",
  "Share on X · Share on Facebook · Copy link",
  "Related coverage",
];

const _COMMENT_TEXTS: readonly string[] = [
  "Hard to trust any of these numbers, from either side.",
  "The maps tell a different story than the press releases.",
  "They said the same about {P} last month and nothing changed.",
  "Good reporting, thank you.",
  "Everyone claims victory and the map barely moves.",
  "Watch {Q} next, that is where the real pressure is.",
  "I doubt {P} holds out through winter.",
];

// ---------------------------------------------------------------------------------------------
// Dates

const _DAY_MS = 86_400_000;
const _START = Date.UTC(2024, 6, 8); // 2024-07-08
const _DAYS = 776; // to 2026-08-22

function _iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// One article

interface _Doc {
  id: string;
  date: string | null;
  /** When the source format should carry no date (txt without header, etc.). */
  outlet: string;
  title: string;
  url: string;
  byline: string | null;
  /** Paragraphs in reading order (captions, body, tweets, boilerplate...). */
  lead: string[];
  body: string[];
  comments: string[];
  tweet: { text: string; author: string; handle: string; date: string } | null;
  captions: string[];
}

function _fill(
  rng: _Rng,
  template: string,
  slots: { C?: string; P: string; Q: string; R: string; when: string; O: string },
): string {
  return template
    .replaceAll("{C}", slots.C ?? "")
    .replaceAll("{P}", slots.P)
    .replaceAll("{Q}", slots.Q)
    .replaceAll("{R}", slots.R)
    .replaceAll("{A}", rng.pick(_AREAS))
    .replaceAll("{N}", String(rng.range(2, 60)))
    .replaceAll("{O}", slots.O)
    .replaceAll("{W2}", slots.when ? slots.when.trim() + " " : "")
    .replaceAll("{W}", slots.when);
}

function _capitalise(s: string): string {
  return s.length ? s[0].toUpperCase() + s.slice(1) : s;
}

function _spell(rng: _Rng, p: CorpusPlace, russianBias: number): string {
  if (p.variants.length && rng.chance(russianBias)) return rng.pick(p.variants);
  return p.name;
}

/** An article's first draws: its day, outlet and id (shared with {@link plantedCopies}). */
function _head(rng: _Rng, index: number) {
  const dayMs = _START + rng.int(_DAYS) * _DAY_MS;
  const outlet = rng.pick(_OUTLETS);
  const id = `${String(index).padStart(6, "0")}_${rng.hex(16)}`;
  return { dayMs, outlet, id };
}

/** The index article `index` is a planted copy of, or null (`share` of the articles are). */
function _copyOf(seed: number, index: number, share: number): number | null {
  if (share <= 0 || index === 0) return null;
  const r = mulberry32(_mixSeed(seed ^ 0x2545f491, index));
  if (r() >= share) return null;
  return index - 1 - Math.floor(r() * Math.min(index, 50));
}

/**
 * The planted copies of an `n`-article corpus generated with `seed` and `copies`: copy id → the
 * id of the first article of its chain (a copy of a copy maps to the one both come from).
 */
export function plantedCopies(n: number, seed: number, copies: number): Map<string, string> {
  const id = (i: number) => _head(new _Rng(_mixSeed(seed, i)), i).id;
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    let j = _copyOf(seed, i, copies);
    if (j === null) continue;
    for (let k = _copyOf(seed, j, copies); k !== null; k = _copyOf(seed, j, copies)) j = k;
    out.set(id(i), id(j));
  }
  return out;
}

/** Article `index` made a copy of `src`: the source's body and day (or the next), its own rest. */
function _asCopy(doc: _Doc, src: _Doc, rng: _Rng): _Doc {
  const day = Date.parse(`${src.date}T00:00:00Z`) + (rng.chance(0.5) ? _DAY_MS : 0);
  const body = src.body.length > 3 && rng.chance(0.3) ? src.body.slice(0, -1) : src.body;
  return { ...doc, date: _iso(day), body, captions: [], tweet: null };
}

function _makeDoc(seed: number, index: number, places: readonly CorpusPlace[], meanBytes: number) {
  const rng = new _Rng(_mixSeed(seed, index));
  const { dayMs, outlet, id } = _head(rng, index);
  const date = _iso(dayMs);
  const weekday = new Date(dayMs).getUTCDay();
  // A focus place and a few neighbours.
  const focus = rng.pick(places);
  const others = [rng.pick(places), rng.pick(places), rng.pick(places)];
  const russianBias = rng.chance(0.25) ? 0.6 : 0.08;
  const target = Math.min(
    40_000,
    Math.max(1_200, meanBytes * Math.exp(0.55 * rng.normal() - 0.15)),
  );

  const whenPhrase = (): string => {
    const r = rng.float();
    if (r < 0.45) return "";
    if (r < 0.8) {
      const back = rng.range(1, 6);
      return " on " + _WEEKDAYS[(weekday - back + 7) % 7];
    }
    if (r < 0.9) return " overnight";
    return " earlier this week";
  };
  const placeName = (p: CorpusPlace) => _spell(rng, p, russianBias);
  const sentence = (): string => {
    const P = rng.chance(0.6) ? focus : rng.pick(others);
    const Q = rng.pick(others);
    const slots = {
      P: placeName(P),
      Q: placeName(Q === P ? focus : Q),
      R: P.region,
      when: whenPhrase(),
      O: rng.pick(["Russian forces", "Ukrainian units", "enemy troops", "the defenders"]),
    };
    if (rng.chance(0.35)) {
      const kinds = Object.keys(_CLAIM_TEMPLATES);
      const kind = rng.pick(kinds);
      const claimant = rng.pick(_CLAIMANTS);
      const form = rng.pick(claimant.forms);
      const t = rng.pick(_CLAIM_TEMPLATES[kind]);
      let s = _fill(rng, t, { ...slots, C: form });
      if (rng.chance(0.08)) s = s.replace(/\.$/, ", though this could not be verified.");
      return _capitalise(s);
    }
    if (rng.chance(0.03)) return rng.pick(_CYRILLIC);
    return _fill(rng, rng.pick(_FILLER), slots);
  };
  const paragraph = (): string => {
    const n = rng.range(1, 4);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(sentence());
    return out.join(" ");
  };

  const titleKinds = [
    `Fighting grinds on around ${placeName(focus)}`,
    `${_capitalise(rng.pick(rng.pick(_CLAIMANTS).forms))} claims gains near ${placeName(focus)}`,
    `Conflicting accounts of the battle for ${placeName(focus)}`,
    `What we know about the situation in ${placeName(focus)}`,
    `Pressure mounts on ${placeName(focus)} as ${placeName(others[0])} comes under fire`,
  ];
  const title = rng.pick(titleKinds);
  const captions: string[] = [];
  if (rng.chance(0.5)) {
    const d = new Date(dayMs - rng.range(0, 200) * _DAY_MS);
    captions.push(
      `PHOTO: A soldier walks past a damaged building in ${
        placeName(focus)
      }, ${focus.region} region, ${
        _MONTHS[d.getUTCMonth()]
      } ${d.getUTCDate()}, ${d.getUTCFullYear()}. ${rng.pick(_AGENCIES)}/${
        rng.pick(_PHOTOGRAPHERS)
      }`,
    );
    if (rng.chance(0.3)) {
      captions.push(`Image: ${rng.pick(_AGENCIES)}/${rng.pick(_PHOTOGRAPHERS)}`);
    }
  }
  const byline = rng.chance(0.6) ? `By ${rng.pick(_REPORTERS)}` : null;
  const lead: string[] = [];
  if (rng.chance(0.4)) {
    lead.push(rng.pick(["KYIV", "MOSCOW/KYIV", "KRAMATORSK, Ukraine", "LONDON"]));
  }

  const body: string[] = [];
  let size = title.length + captions.reduce((a, c) => a + c.length, 0);
  while (size < target * 0.97) {
    const p = paragraph();
    body.push(p);
    size += p.length + 2;
    if (rng.chance(0.06)) body.push(rng.pick(_BOILERPLATE));
  }
  // Repeated block (a page scraped twice).
  if (rng.chance(0.08) && body.length > 3) {
    const from = rng.int(body.length - 2);
    body.push(...body.slice(from, from + rng.range(2, Math.min(8, body.length - from))));
  }
  let tweet: _Doc["tweet"] = null;
  if (rng.chance(0.15)) {
    const c = rng.pick(_CLAIMANTS);
    const td = _iso(dayMs - rng.range(0, 3) * _DAY_MS);
    tweet = {
      text: _fill(rng, rng.pick(_TWEETS), {
        P: placeName(focus),
        Q: placeName(others[1]),
        R: focus.region,
        when: "",
        O: "the enemy",
      }),
      author: c.forms[0].replace(/^the /, ""),
      handle: c.handle,
      date: td,
    };
  }
  const comments: string[] = [];
  if (rng.chance(0.3)) {
    const n = rng.range(1, 5);
    for (let i = 0; i < n; i++) {
      comments.push(
        _fill(rng, rng.pick(_COMMENT_TEXTS), {
          P: placeName(focus),
          Q: placeName(others[2]),
          R: focus.region,
          when: "",
          O: "",
        }),
      );
    }
  }
  const doc: _Doc = {
    id,
    date,
    outlet,
    title,
    url: `https://news.example/${date.replaceAll("-", "/")}/${id}`,
    byline,
    lead,
    body,
    comments,
    tweet,
    captions,
  };
  return { doc, rng };
}

function _tweetDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

function _plainText(doc: _Doc, rng: _Rng): string {
  const parts: string[] = [];
  parts.push(...doc.captions);
  parts.push(doc.title);
  if (doc.byline) parts.push(doc.byline);
  parts.push(...doc.lead);
  const body = [...doc.body];
  if (doc.tweet) {
    const t = doc.tweet;
    const at = Math.min(body.length, 1 + rng.int(Math.max(1, body.length)));
    body.splice(
      at,
      0,
      `${t.text} pic.twitter.com/${rng.hex(10)} — ${t.author} (@${t.handle}) ${_tweetDate(t.date)}`,
    );
  }
  parts.push(...body);
  parts.push(...doc.comments);
  return parts.join("\n\n");
}

function _txt(doc: _Doc, rng: _Rng): string {
  const text = _plainText(doc, rng);
  const r = rng.float();
  let out: string;
  if (r < 0.72) out = ` date ${doc.date}  ${doc.outlet}\n${text}\n`;
  else if (r < 0.8) out = ` date ${doc.date} ${text}\n`;
  else out = `${text}\n`;
  if (rng.chance(0.05)) out = out.replaceAll("\n", "\r\n");
  return out;
}

function _md(doc: _Doc, rng: _Rng): string {
  const fm = [
    "---",
    `title: ${JSON.stringify(doc.title)}`,
    `date: ${doc.date}`,
    `outlet: ${doc.outlet}`,
    `url: ${doc.url}`,
    "---",
    "",
  ].join("\n");
  const body: string[] = [`# ${doc.title}`];
  if (doc.byline) body.push(`*${doc.byline}*`);
  for (const c of doc.captions) body.push(`![${c}](photo.jpg)`);
  body.push(...doc.lead, ...doc.body);
  if (doc.tweet) {
    const t = doc.tweet;
    body.push(`> ${t.text} — ${t.author} (@${t.handle}) ${_tweetDate(t.date)}`);
  }
  if (doc.comments.length) {
    body.push("## Comments");
    for (const c of doc.comments) body.push(`**${rng.pick(_COMMENTERS)}**: ${c}`);
  }
  return fm + body.join("\n\n") + "\n";
}

function _esc(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll(
    '"',
    "&quot;",
  );
}

function _html(doc: _Doc, rng: _Rng): string {
  const out: string[] = [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${_esc(doc.title)} | ${_esc(doc.outlet)}</title>`,
    `<meta property="og:title" content="${_esc(doc.title)}">`,
    `<meta property="og:site_name" content="${_esc(doc.outlet)}">`,
    `<meta property="article:published_time" content="${doc.date}T${
      String(rng.range(5, 22)).padStart(2, "0")
    }:00:00Z">`,
    `<link rel="canonical" href="${doc.url}">`,
    "<script>window.dataLayer = window.dataLayer || [];</script>",
    "</head><body>",
    '<nav><a href="/">Home</a> · <a href="/world">World</a></nav>',
    "<article>",
    `<h1>${_esc(doc.title)}</h1>`,
  ];
  if (doc.byline) out.push(`<p class="byline">${_esc(doc.byline)}</p>`);
  for (const c of doc.captions) {
    out.push(`<figure><img src="photo.jpg" alt=""><figcaption>${_esc(c)}</figcaption></figure>`);
  }
  for (const p of [...doc.lead, ...doc.body]) out.push(`<p>${_esc(p)}</p>`);
  if (doc.tweet) {
    const t = doc.tweet;
    out.push(
      `<blockquote class="twitter-tweet"><p>${_esc(t.text)}</p>&mdash; ${
        _esc(t.author)
      } (@${t.handle}) <a href="https://twitter.example/${t.handle}">${
        _tweetDate(t.date)
      }</a></blockquote>`,
    );
  }
  out.push("</article>");
  if (doc.comments.length) {
    out.push('<section class="comments"><h2>Comments</h2>');
    for (const c of doc.comments) {
      out.push(
        `<div class="comment"><span class="author">${_esc(rng.pick(_COMMENTERS))}</span><p>${
          _esc(c)
        }</p></div>`,
      );
    }
    out.push("</section>");
  }
  out.push("<footer><p>© Example Media</p></footer></body></html>");
  return out.join("\n") + "\n";
}

function _record(doc: _Doc, rng: _Rng): Record<string, unknown> {
  return {
    id: doc.id,
    date: doc.date,
    outlet: doc.outlet,
    title: doc.title,
    url: doc.url,
    text: _plainText(doc, rng),
  };
}

const _WEIGHTS: Record<CorpusFormat, number> = { txt: 70, md: 10, html: 10, json: 3, jsonl: 7 };

/** The format article `index` takes under `formats` (deterministic). */
export function _formatOf(
  seed: number,
  index: number,
  formats: readonly CorpusFormat[],
): CorpusFormat {
  if (formats.length === 1) return formats[0];
  const r = mulberry32(_mixSeed(seed ^ 0x5bd1e995, index))();
  const total = formats.reduce((a, f) => a + _WEIGHTS[f], 0);
  let acc = 0;
  for (const f of formats) {
    acc += _WEIGHTS[f] / total;
    if (r < acc) return f;
  }
  return formats[formats.length - 1];
}

/**
 * Generate the files of an `n`-article corpus, in order. A generator, so 50k articles never sit in
 * memory at once (only the pending `.jsonl` batch is buffered).
 */
export function* generateCorpus(n: number, options: CorpusOptions = {}): Generator<CorpusFile> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`generateCorpus: expected a whole number of articles >= 0, found ${n}`);
  }
  const seed = options.seed ?? 1;
  const formats = options.formats ?? CORPUS_FORMATS;
  for (const f of formats) {
    if (!CORPUS_FORMATS.includes(f)) {
      throw new TypeError(
        `generateCorpus: expected formats among ${CORPUS_FORMATS.join(", ")}, found ${
          JSON.stringify(f)
        }`,
      );
    }
  }
  const places = options.places?.length ? options.places : DEFAULT_PLACES;
  const meanBytes = options.meanBytes ?? 5000;
  const batchSize = options.jsonlBatch ?? 20;
  const copies = options.copies ?? 0;
  if (!(copies >= 0 && copies <= 1)) {
    throw new RangeError(`generateCorpus: copies: expected a share from 0 to 1, found ${copies}`);
  }
  let batch: string[] = [];
  let batchNo = 0;
  const flush = (): CorpusFile => {
    const file = {
      name: `batch_${String(batchNo++).padStart(5, "0")}.jsonl`,
      content: batch.join("\n") + "\n",
      articles: batch.length,
    };
    batch = [];
    return file;
  };
  for (let i = 0; i < n; i++) {
    const format = _formatOf(seed, i, formats);
    const made = _makeDoc(seed, i, places, meanBytes);
    const rng = made.rng;
    // A copy of a copy reprints the text the chain starts from (the only one written).
    let from = _copyOf(seed, i, copies);
    for (let k = from === null ? null : _copyOf(seed, from, copies); k !== null;) {
      from = k;
      k = _copyOf(seed, k, copies);
    }
    const doc = from === null
      ? made.doc
      : _asCopy(made.doc, _makeDoc(seed, from, places, meanBytes).doc, rng);
    switch (format) {
      case "txt":
        yield { name: `${doc.id}.txt`, content: _txt(doc, rng), articles: 1 };
        break;
      case "md":
        yield { name: `${doc.id}.md`, content: _md(doc, rng), articles: 1 };
        break;
      case "html":
        yield { name: `${doc.id}.html`, content: _html(doc, rng), articles: 1 };
        break;
      case "json":
        yield {
          name: `${doc.id}.json`,
          content: JSON.stringify(_record(doc, rng), null, 1) + "\n",
          articles: 1,
        };
        break;
      case "jsonl":
        batch.push(JSON.stringify(_record(doc, rng)));
        if (batch.length >= batchSize) yield flush();
        break;
    }
  }
  if (batch.length) yield flush();
}

/**
 * Read places from a CSV gazetteer (the project's `data/places.csv`): the header must name a
 * canonical-name column (`name`, `canonical` or `place`); a variants column (`variants`,
 * `aliases`, separated by `;` or `|`) and a region column (`oblast`, `region`) are used when
 * present. Returns null when the file has no usable name column. Read with the project's one CSV
 * reader (`lib/shared/_csv.ts`): throws `SyntaxError` naming `file` and the line on malformed CSV.
 */
export function parsePlacesCsv(text: string, file = "places CSV"): CorpusPlace[] | null {
  const rows = _parseCsv(text, file).rows;
  if (rows.length < 2) return null;
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const nameCol = col("name", "canonical", "place", "canonical_name");
  if (nameCol < 0) return null;
  const varCol = col("variants", "aliases", "spellings", "alias");
  const regCol = col("oblast", "region", "admin1");
  const seen = new Set<string>();
  const out: CorpusPlace[] = [];
  for (const r of rows.slice(1)) {
    const name = (r[nameCol] ?? "").trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    const variants = varCol >= 0
      ? (r[varCol] ?? "").split(/[;|]/).map((v) => v.trim()).filter((v) =>
        v && v !== name && /^[\p{Script=Latin}\s'’-]+$/u.test(v)
      )
      : [];
    const region = regCol >= 0 ? (r[regCol] ?? "").trim().replace(/\s+Oblast$/i, "") : "";
    out.push({ name, variants, region: region || "Donetsk" });
  }
  return out.length ? out : null;
}

/**
 * Write an `n`-article corpus into `dir` (created if missing). Returns counts.
 */
export async function writeCorpus(
  dir: string,
  n: number,
  options: CorpusOptions = {},
): Promise<{ files: number; articles: number; bytes: number }> {
  await Deno.mkdir(dir, { recursive: true });
  const enc = new TextEncoder();
  let files = 0, articles = 0, bytes = 0;
  for (const f of generateCorpus(n, options)) {
    const data = enc.encode(f.content);
    await Deno.writeFile(`${dir}/${f.name}`, data);
    files++;
    articles += f.articles;
    bytes += data.length;
  }
  return { files, articles, bytes };
}
