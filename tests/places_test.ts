import assert from "node:assert/strict";
import {
  _damerau1,
  defaultGazetteer,
  distanceKm,
  findPlaces,
  loadGazetteer,
  makeGazetteer,
  parseGazetteer,
  resolvePlaces,
} from "../lib/places.ts";

const REF = new URL(
  "../../shared/reference/gazetteer/warreport_ua_settlement_aliases.csv",
  import.meta.url,
);
let refExists = false;
try {
  Deno.statSync(REF);
  refExists = true;
} catch { /* absent: the test below is skipped */ }

Deno.test("findPlaces() maps Russian and Soviet-era names to the Ukrainian-based canonical name", () => {
  const pairs: [string, string][] = [
    ["Krasnoarmeisk", "Pokrovsk"],
    ["Dimitrov", "Myrnohrad"],
    ["Mirnograd", "Myrnohrad"],
    ["Dzerzhinsk", "Toretsk"],
    ["Krasnogorovka", "Krasnohorivka"],
    ["Kupyansk", "Kupiansk"],
    ["Vugledar", "Vuhledar"],
    ["Selidovo", "Selydove"],
    ["Artemovsk", "Bakhmut"],
    ["Avdeyevka", "Avdiivka"],
    ["Chasov Yar", "Chasiv Yar"],
  ];
  for (const [variant, canonical] of pairs) {
    const ms = findPlaces(`Troops were seen in ${variant} today.`);
    assert.equal(ms.length, 1, variant);
    assert.equal(ms[0].canonical, canonical, variant);
    assert.equal(ms[0].text, variant);
  }
});

Deno.test("findPlaces() finds region phrases and keeps offsets into the text", () => {
  const t = "Shelling hit the Kharkiv region and Zaporizhzhia Oblast.";
  const ms = findPlaces(t);
  assert.deepEqual(ms.map((m) => m.canonical), ["Kharkiv Oblast", "Zaporizhzhia Oblast"]);
  for (const m of ms) assert.equal(t.slice(m.start, m.end), m.text);
});

Deno.test("findPlaces() accepts a one-letter slip in a long name but not in a short one", () => {
  assert.equal(findPlaces("near Kostiantinivka")[0]?.canonical, "Kostiantynivka");
  assert.equal(findPlaces("in Sumyy")[0], undefined);
  assert.ok(_damerau1("toretsk", "torestk"));
  assert.ok(!_damerau1("toretsk", "toretsk"));
});

Deno.test("findPlaces() reads unknown names listed after 'the villages of'", () => {
  const ms = findPlaces("They reached the villages of Zorianka, Pidhirne and Sosnivka yesterday.");
  assert.deepEqual(ms.map((m) => [m.canonical, m.source]), [
    ["Zorianka", "pattern"],
    ["Pidhirne", "pattern"],
    ["Sosnivka", "pattern"],
  ]);
});

Deno.test("findPlaces() ignores capitalised words of the stop list after 'the town of'", () => {
  assert.equal(findPlaces("the town of Monday").length, 0);
});

Deno.test("resolvePlaces() picks the Kalynove of the oblast named in the text", () => {
  const t = "They took Kalynove in the Kharkiv region.";
  const ms = resolvePlaces(findPlaces(t));
  assert.equal(ms[0].canonical, "Kalynove");
  assert.equal(ms[0].place?.oblast, "Kharkiv");
  const t2 = "They took Kalynove in the Donetsk region.";
  assert.equal(resolvePlaces(findPlaces(t2))[0].place?.oblast, "Donetsk");
});

Deno.test("resolvePlaces() picks the candidate nearest to the other places without an oblast", () => {
  const g = makeGazetteer([
    {
      canonical: "Dubove",
      variants: [],
      oblast: "Kharkiv",
      lat: 49.8,
      lon: 37.6,
      kind: "village",
      radiusKm: 2,
    },
    {
      canonical: "Dubove",
      variants: [],
      oblast: "Donetsk",
      lat: 48.3,
      lon: 37.2,
      kind: "village",
      radiusKm: 2,
    },
    {
      canonical: "Anchorville",
      variants: [],
      oblast: "Donetsk",
      lat: 48.28,
      lon: 37.18,
      kind: "town",
      radiusKm: 4,
    },
  ]);
  const ms = resolvePlaces(findPlaces("Dubove lies past Anchorville.", { gazetteer: g }));
  assert.equal(ms[0].place?.oblast, "Donetsk");
  const input = findPlaces("Dubove lies past Anchorville.", { gazetteer: g });
  resolvePlaces(input);
  assert.equal(input[0].place, null, "input not mutated");
});

Deno.test("parseGazetteer() reads the project CSV, the alias CSV and GeoNames rows", () => {
  const own = parseGazetteer(
    "canonical,variants,oblast,lat,lon,kind,radius_km\nTestivka,Testovka,Donetsk,48.1,37.2,village,2\n",
  );
  assert.equal(own.index.get("testovka")?.[0].canonical, "Testivka");
  const alias = parseGazetteer(
    "name,aliases,place,wikidata,region,group,usage,lon,lat,cid\ntestivka,testovka;testiwka,village,Q1,donetsk region,,0,37.2,48.1,1\n",
  );
  assert.equal(alias.places[0].canonical, "Testivka");
  assert.equal(alias.places[0].oblast, "Donetsk");
  const geo = parseGazetteer(
    "1\tTestivka\tTestivka\tTestovka,Тестівка\t48.1\t37.2\tP\tPPL\tUA\t\t14\t\t\t\t120\t\t200\tEurope/Kyiv\t2020-01-01\n",
  );
  assert.equal(geo.places[0].oblast, "Donetsk");
  assert.deepEqual(geo.places[0].variants, ["Testovka"]);
});

Deno.test("parseGazetteer() names the file and line of a bad row", () => {
  assert.throws(
    () =>
      parseGazetteer(
        "canonical,variants,oblast,lat,lon,kind\nX,,Donetsk,north,37,village\n",
        "g.csv",
      ),
    { name: "SyntaxError", message: /g\.csv:2: expected lat as a number, found "north"/ },
  );
  assert.throws(() => parseGazetteer("hello world\n", "h.txt"), {
    name: "SyntaxError",
    message: /h\.txt:1: expected a gazetteer header/,
  });
});

Deno.test("the curated gazetteer has a few hundred places with plausible coordinates", () => {
  const g = defaultGazetteer();
  assert.ok(g.places.length >= 240, `${g.places.length}`);
  for (const p of g.places) {
    assert.ok(p.lat > 44 && p.lat < 53.5 && p.lon > 30 && p.lon < 41, p.canonical);
  }
  const pokrovsk = g.index.get("pokrovsk")![0];
  const myrnohrad = g.index.get("myrnohrad")![0];
  assert.ok(distanceKm(pokrovsk, myrnohrad) < 10);
});

Deno.test({
  name: "loadGazetteer() reads the reference alias CSV and it agrees with our coordinates",
  ignore: !refExists,
  fn: async () => {
    const ref = await loadGazetteer(REF.pathname);
    assert.ok(ref.places.length > 8000);
    const ours = defaultGazetteer();
    let checked = 0;
    for (const name of ["pokrovsk", "kupiansk", "toretsk", "vuhledar", "chasiv yar"]) {
      const a = ours.index.get(name)![0];
      const b = ref.index.get(name)!.find((p) => p.oblast === a.oblast)!;
      assert.ok(distanceKm(a, b) < 5, name);
      checked++;
    }
    assert.equal(checked, 5);
  },
});
