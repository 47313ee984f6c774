/**
 * Constructions of real reporting added in session 14 (issue "Claims from real reporting"): a
 * title in apposition after a place the gazetteer lacks ("took X, the head of the region said");
 * the speaker of a title-only tail on the side that beat back the attacks a sentence opens with.
 * fighting or holding north/south/east/west of a place (beside it); "has only observed" as a
 * speaker's verb; every sentence of a quotation in the voice of the speaker named after it; "the
 * village captures" as the last two places; "a campaign to capture" as an aim; "the partially
 * occupied X region" as the article's own claim about the region, beside a settlement it locates;
 * a region followed by a clause of its own (", where ...") as a place of the sentence; "marked X
 * as Russian-controlled" in the marker's voice; "the fall of A opened the way for an advance on
 * B" (B neither fallen nor advanced on); "grinding forward around X" as an advance; Ukraine's
 * air assault forces, marines and southern defence forces as speakers; "..., the corps said" with
 * no speaker before it as a Ukrainian unit's voice; a headline's "Russian assault on X repelled"
 * (the attack is the repelled word's object); "fighting continues there" after a place; Russian
 * spellings of two-word village names the gazetteer lacks ("Zelyony Gai", "Chernaya Balka");
 * "Ukraine's military spokesman for the east said" (a title, then a phrase, before the verb); "The
 * Defence Ministry said ..." opening an article's first frame, with the side its clause names;
 * "taken X and Y into a pincer" as a squeeze; an attack named by its failure in the article's
 * voice beaten back by the attacker's other side; lists past a locator in parentheses or a day ("A
 * (Donetsk region) and B", "A on Monday and B on Tuesday"); "fighting continued in X" before a
 * name the gazetteer lacks; "The ministry listed ..."; a "Source: X" line after the lead it
 * sources, and in force for the paragraphs after it; "assault groups" as a kind of unit, no
 * attack; the subject of "repelled" in the article's voice as the defender; an adjective of the
 * article's own under an aim ("a campaign to capture the partially occupied X region"); "The
 * ministry reported that Kiev's troops had been ousted from X" (the side that lost speaks not);
 * "pushed the enemy back" closing a clause as a repelled attack; "exaggerated", "premature" as
 * denials; ", as fighting continues in X" as the denier's own reason; "X held out ... before
 * Ukraine withdrew" as a hold and a loss; no inverted speaker after a verb of showing ("footage
 * geolocated by DeepState shows Russian soldiers ..."); "X is ours" said by its holder; a
 * phrase between a title and its verb at the end (", the commander of a Ukrainian drone unit
 * told the BBC"), ", speaking on condition of anonymity" after a tail; "with ties to ..." between
 * a speaker and its verb; "forces are now in X"; "almost all of X region" as a part; "a quarter
 * of the X region, including A and B" as a claim about the region too; "moved north of X" as an
 * advance near X; "the Russian advance on X has stalled" as a repelled attack; "destroyed a
 * column trying to break into X" as an assault beaten back; claims before ", dismissing Russian
 * claims that ..." as the speaker's own; each later "the city" of a sentence; "X, which Russia
 * claimed to have captured, is still contested, according to DeepState" (the main clause's own
 * claim word and speaker); a later clause about a part of the place ("..., while Ukrainian
 * troops control the north", "..., but infiltration groups are active in the northern districts");
 * "to try to complete the encirclement" as an aim; "the breach has been closed" as an attack
 * beaten back.
 * Short sentences of our own.
 */
import assert from "node:assert/strict";
import { quoteCloser } from "../lib/extract/quote_ahead.ts";
import { splitSentences } from "../lib/lexicon/sentences.ts";
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() keeps an unknown village after 'took full control of' when a title in apposition follows it",
    "Russian troops have taken full control of Zorianske, the head of the Moscow-installed administration, Ivan Petrov, said.",
    ["Russian-installed officials|russia|official|Zorianske|captured|russia"],
  ],
  [
    "extractClaims() gives 'Russian attacks near X were repelled, the military said' to Ukraine",
    "Russian attacks near Siversk were repelled, the military said.",
    ["Ukrainian military|ukraine|official|Siversk|repelled|ukraine"],
  ],
  [
    "extractClaims() gives 'Ukrainian forces tried to break through near X but were thrown back, the ministry said' to Russia",
    "Ukrainian forces tried to break through near Siversk but were thrown back, the Defence Ministry said.",
    ["Russian military|russia|official|Siversk|repelled|russia"],
  ],
  [
    "extractClaims() keeps 'Ukrainian forces repelled Russian assaults near X, the military said' Ukraine's",
    "Ukrainian forces repelled five Russian assaults near Siversk, the military said.",
    ["Ukrainian military|ukraine|official|Siversk|repelled|ukraine"],
  ],
  [
    "extractClaims() gives every sentence of a quotation the speaker named after its closing mark",
    '"Little has changed there. There are neither our positions nor those of the enemy in Siversk. The town is a grey zone," said Syniehubov.',
    [
      "Oleh Syniehubov|ukraine|official|Siversk|contested|contested",
      "Oleh Syniehubov|ukraine|official|Siversk|contested|contested",
    ],
  ],
  [
    "extractClaims() keeps a quotation closed without an attribution in the voice it had",
    '"Russian troops entered Siversk. The town is a grey zone." Nobody else spoke.',
    [
      "Daily Test|independent|media|Siversk|advancing|contested",
      "Daily Test|independent|media|Siversk|contested|contested",
    ],
  ],
  [
    "extractClaims() reads 'the village captures' as the two villages named before",
    [
      "Moscow said its troops captured the village of Vovche.",
      "The ministry also said it took the village of Rivne.",
      "Russia's military announced the village captures on Tuesday.",
    ],
    [
      "Russian military|russia|official|Rivne|captured|russia",
      "Russian military|russia|official|Vovche|captured|russia",
      "Russia|russia|official|Rivne|captured|russia",
      "Russia|russia|official|Vovche|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'wages a campaign to capture X' as an aim, no capture",
    "Russia wages a campaign to capture Siversk.",
    [],
  ],
  [
    "extractClaims() gives 'X in the partially occupied Y region' to the region, in the article's voice",
    "Civilians fled to Siversk in the partially occupied Donetsk region, the ministry said.",
    ["Daily Test|independent|media|Donetsk Oblast|captured|contested"],
  ],
  [
    "extractClaims() reads 'Ukraine's partially occupied Y region' as a part Russia holds",
    "Russia wants all of eastern Ukraine's partially occupied Donetsk region.",
    ["Daily Test|independent|media|Donetsk Oblast|captured|contested"],
  ],
  [
    "extractClaims() keeps the region of 'reported advances in Donetsk, where its troops took X'",
    "Moscow has reported advances in Donetsk, where its troops took Pokrovsk.",
    [
      "Russia|russia|official|Donetsk Oblast|advancing|contested",
      "Russia|russia|official|Pokrovsk|captured|russia",
    ],
  ],
  [
    "extractClaims() still reads a region after a settlement as locating it ('X in the Y region')",
    "Russian troops took Pokrovsk in the Donetsk region, where fighting goes on.",
    ["Daily Test|independent|media|Pokrovsk|captured|russia"],
  ],
  [
    "extractClaims() gives 'DeepState marked X as Russian-controlled' to DeepState, not the article",
    "DeepState marked the village of Tykhe as Russian-controlled on its map.",
    ["DeepState|ukraine|mapping|Tykhe|captured|russia"],
  ],
  [
    "extractClaims() keeps 'Russian-controlled X' before a name in the article's own voice",
    "DeepState said civilians left Russian-controlled Tykhe.",
    ["Daily Test|independent|media|Tykhe|captured|russia"],
  ],
  [
    "extractClaims() keeps the fall of A from reaching B past 'opened the way for an advance on B'",
    "The fall of Avdiivka opened the way for Russia's advance on Pokrovsk.",
    ["Daily Test|independent|media|Avdiivka|captured|russia"],
  ],
  [
    "extractClaims() reads 'grinding forward around X' as an advance near X",
    "Russian forces have been slowly grinding forward around Pokrovsk.",
    ["Daily Test|independent|media|Pokrovsk|advancing|ukraine"],
  ],
  [
    "extractClaims() hears 'Ukraine's Air Assault Forces said' as a Ukrainian official speaker",
    "Ukraine's Air Assault Forces said their units had pushed Russian troops out of Tykhe.",
    ["Ukrainian Air Assault Forces|ukraine|official|Tykhe|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads no claim word in the name 'Air Assault Forces'",
    "The Air Assault Forces reported that Ukrainian defenders repelled an attack in Siversk.",
    ["Ukrainian Air Assault Forces|ukraine|official|Siversk|repelled|ukraine"],
  ],
  [
    "extractClaims() gives '..., the corps said' with no speaker before it to a Ukrainian unit",
    "Russian sabotage groups have infiltrated Siversk, the corps said.",
    ["Ukrainian military|ukraine|official|Siversk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'Russian assault on X repelled' as one repelled attack, no advance",
    "Ukrainian army: Russian assault on Huliaipole repelled",
    ["Ukrainian military|ukraine|official|Huliaipole|repelled|ukraine"],
  ],
  [
    "extractClaims() still reads 'Russian assault on X continues' as an advance",
    "Russian assault on Huliaipole continues, DeepState said.",
    ["DeepState|ukraine|mapping|Huliaipole|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'fighting continues there' after a place as fighting in it",
    "Russia says the city of Pokrovsk is surrounded and fighting continues there.",
    [
      "Russia|russia|official|Pokrovsk|contested|contested",
      "Russia|russia|official|Pokrovsk|encircled|contested",
    ],
  ],
  [
    "extractClaims() reads Russian spellings of two-word village names the gazetteer lacks",
    "Russian forces liberated Zelyony Gai and Chernaya Balka, the ministry said.",
    [
      "Russian military|russia|official|Chernaya Balka|captured|russia",
      "Russian military|russia|official|Zelyony Gai|captured|russia",
    ],
  ],
  [
    "extractClaims() hears 'Ukraine's military spokesman for the east said' as Ukraine's military",
    "Ukraine's military spokesman for the east said Russian troops had entered Siversk.",
    ["Ukrainian military|ukraine|official|Siversk|advancing|contested"],
  ],
  [
    "extractClaims() gives 'The Defence Ministry said Russian forces liberated X' to Russia's military",
    "The Defence Ministry said Russian forces had liberated Tykhe.",
    ["Russian military|russia|official|Tykhe|captured|russia"],
  ],
  [
    "extractClaims() gives 'The brigade said its soldiers still hold X' to a Ukrainian unit",
    "The brigade said its soldiers were still holding Siversk.",
    ["Ukrainian military|ukraine|official|Siversk|holding|ukraine"],
  ],
  [
    "extractClaims() reads 'The ministry said ...' after another speaker as a reference back",
    [
      "Russia's Defence Ministry said its forces took Tykhe.",
      "The ministry said Ukrainian troops left Siversk.",
    ],
    [
      "Russian Defence Ministry|russia|official|Siversk|captured|russia",
      "Russian Defence Ministry|russia|official|Tykhe|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'have taken X and Y into a pincer' as encircling both, no capture",
    "Russian forces have taken Kostiantynivka and Druzhkivka into a pincer, DeepState said.",
    [
      "DeepState|ukraine|mapping|Druzhkivka|encircled|contested",
      "DeepState|ukraine|mapping|Kostiantynivka|encircled|contested",
    ],
  ],
  [
    "extractClaims() gives 'Ukraine's counteroffensive failed to break through in X' Russia as defender",
    "Ukraine's counteroffensive failed to break through in Zaporizhzhia.",
    ["Daily Test|independent|media|Zaporizhzhia Oblast|repelled|russia"],
  ],
  [
    "extractClaims() keeps 'Ukrainian forces have stopped Russian advancement near X' Ukraine's defence",
    "Ukrainian forces have stopped Russian advancement near Dobropillia.",
    ["Daily Test|independent|media|Dobropillia|repelled|ukraine"],
  ],
  [
    "extractClaims() reads a list past a locator in parentheses ('A (Donetsk region) and B')",
    "Russia's defence ministry said its forces had captured Tykhe (Donetsk region) and Zorianske (Zaporizhzhia region).",
    [
      "Russian Defence Ministry|russia|official|Tykhe|captured|russia",
      "Russian Defence Ministry|russia|official|Zorianske|captured|russia",
    ],
  ],
  [
    "extractClaims() reads a list past a day ('captured A on Monday and B on Tuesday')",
    "Russian forces captured Tykhe on Monday and Zorianske on Tuesday, according to the Russian Defence Ministry.",
    [
      "Russian Defence Ministry|russia|official|Tykhe|captured|russia",
      "Russian Defence Ministry|russia|official|Zorianske|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'fighting continued in X' before a village the gazetteer lacks",
    "The General Staff said fighting continued in Zorianske.",
    ["Ukrainian General Staff|ukraine|official|Zorianske|contested|contested"],
  ],
  [
    "extractClaims() hears 'The ministry listed A and B among the settlements captured' as the ministry",
    "The ministry listed Tykhe and Siversk among the settlements Russian troops captured this week.",
    [
      "Russian military|russia|official|Siversk|captured|russia",
      "Russian military|russia|official|Tykhe|captured|russia",
    ],
  ],
  [
    "extractClaims() gives a lead to the speaker of the 'Source:' line after it, and the quote after that too",
    [
      "Ukrainian forces have stopped the Russian advance near Dobropillia.",
      "Source: Viktor Trehubov, spokesperson of the Dnipro group of forces, on television",
      'Quote: "The enemy has not managed to enter Siversk."',
    ],
    [
      "Viktor Trehubov|ukraine|official|Dobropillia|repelled|ukraine",
      "Viktor Trehubov|ukraine|official|Siversk|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() gives a lead to the one a 'Source: X citing Y' line cites",
    ["Russian troops have entered Siversk.", "Source: Ukrainska Pravda citing Syrskyi"],
    ["Oleksandr Syrskyi|ukraine|official|Siversk|advancing|contested"],
  ],
  [
    "extractClaims() keeps a lead without a source line in the article's voice",
    ["Russian troops have entered Siversk.", "More fighting is expected."],
    ["Daily Test|independent|media|Siversk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'repelled counterattacks by Ukrainian assault groups near A and B' as Russia's defence, no advance",
    "Russian troops repelled six counterattacks by Ukrainian assault groups near Siversk and Tykhe.",
    [
      "Daily Test|independent|media|Siversk|repelled|russia",
      "Daily Test|independent|media|Tykhe|repelled|russia",
    ],
  ],
  [
    "extractClaims() reads 'the encircled Ukrainian grouping in X' as an encirclement of X",
    "Russian troops are destroying the encircled Ukrainian grouping in Pokrovsk.",
    ["Daily Test|independent|media|Pokrovsk|encircled|contested"],
  ],
  [
    "extractClaims() keeps 'the partially occupied X region' under an aim as the article's own claim",
    "Civilians have fled as Russia wages a campaign to capture the whole of the partially occupied Donetsk region.",
    ["Daily Test|independent|media|Donetsk Oblast|captured|contested"],
  ],
  [
    "extractClaims() gives 'The ministry reported that Kiev's troops had been ousted from X' to Russia",
    "The Defence Ministry reported that Kiev's troops had been ousted from Tykhe.",
    ["Russian military|russia|official|Tykhe|captured|russia"],
  ],
  [
    "extractClaims() reads 'pushed the enemy back' closing a clause as a repelled attack, no advance",
    "Our units stabilized the situation near Dobropillia and pushed the enemy back, the Dnipro operational group said.",
    ["Dnipro operational-strategic group|ukraine|official|Dobropillia|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'Russian claims of capturing X are exaggerated, DeepState said' as DeepState's denial",
    "Russian claims of capturing Siversk are exaggerated, DeepState said.",
    [
      "DeepState|ukraine|mapping|Siversk|denied|ukraine",
      "Russia|russia|official|Siversk|captured|russia",
    ],
  ],
  [
    "extractClaims() keeps ', as fighting continues in X' after a denial in the denier's voice",
    "DeepState said the Russian claim about Tykhe was premature, as fighting continues in Tykhe.",
    [
      "DeepState|ukraine|mapping|Tykhe|contested|contested",
      // (the denier admits fighting inside: contested, the schema's rule for `denied`; session 18)
      "DeepState|ukraine|mapping|Tykhe|denied|contested",
    ],
  ],
  [
    "extractClaims() still ends a speaker's scope at ', as its forces ...'",
    "Moscow said it had taken Tykhe, as its forces close in on Siversk.",
    [
      "Daily Test|independent|media|Siversk|advancing|ukraine",
      "Russia|russia|official|Tykhe|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'X held out for two years before Ukraine withdrew' as a hold and a loss",
    "Vuhledar held out for more than two years before Ukraine withdrew in October 2024.",
    [
      "Daily Test|independent|media|Vuhledar|captured|russia",
      "Daily Test|independent|media|Vuhledar|holding|ukraine",
    ],
  ],
  [
    "extractClaims() gives 'footage geolocated by DeepState shows Russian soldiers in X' to DeepState",
    "Footage geolocated by DeepState shows Russian soldiers raising a flag in central Siversk.",
    ["DeepState|ukraine|mapping|Siversk|advancing|contested"],
  ],
  [
    "extractClaims() still reads 'said the ministry' after a claim as its speaker",
    "Russian troops took Tykhe, said the Russian Defence Ministry.",
    ["Russian Defence Ministry|russia|official|Tykhe|captured|russia"],
  ],
  [
    "extractClaims() reads '\"X is ours,\" Zelenskyy wrote' as Ukraine holding X",
    '"Kupiansk is ours," Zelenskyy wrote on X.',
    ["Volodymyr Zelenskyy|ukraine|official|Kupiansk|holding|ukraine"],
  ],
  [
    "extractClaims() still reads '\"X is ours,\" the Russian commander said' as Russia's capture",
    '"Kupiansk is ours," the Russian commander said.',
    ["Russian military|russia|official|Kupiansk|captured|russia"],
  ],
  [
    "extractClaims() hears ', the commander of a Ukrainian drone unit told the BBC' as Ukraine's military",
    "Russian troops are storming Siversk from three directions, the commander of a Ukrainian drone unit told the BBC.",
    ["Ukrainian military|ukraine|official|Siversk|advancing|contested"],
  ],
  [
    "extractClaims() hears a tail followed by ', speaking on condition of anonymity'",
    "Moscow's forces are now in the centre of Pokrovsk, a Ukrainian officer told Reuters, speaking on condition of anonymity.",
    ["Ukrainian military|ukraine|official|Pokrovsk|advancing|contested"],
  ],
  [
    "extractClaims() hears 'A Russian military blogger with ties to the defence ministry said' as the blogger",
    "A Russian military blogger with ties to the defence ministry said Russian forces had surrounded Myrnohrad.",
    ["Russian military bloggers|russia|blogger|Myrnohrad|encircled|contested"],
  ],
  [
    "extractClaims() reads 'occupies almost all of X region' as a part of it",
    "Russia now occupies almost all of Luhansk region.",
    ["Daily Test|independent|media|Luhansk Oblast|captured|contested"],
  ],
  [
    "extractClaims() still reads 'occupies all of X region' as the whole of it",
    "Russia now occupies all of Luhansk region.",
    ["Daily Test|independent|media|Luhansk Oblast|captured|russia"],
  ],
  [
    "extractClaims() keeps the region of 'controls a quarter of the X region, including A and B'",
    "Ukraine still controls about a quarter of the Donetsk region, including the cities of Kramatorsk and Sloviansk.",
    [
      "Daily Test|independent|media|Donetsk Oblast|holding|contested",
      "Daily Test|independent|media|Kramatorsk|holding|ukraine",
      "Daily Test|independent|media|Sloviansk|holding|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'moved north of X towards Y' as an advance near both",
    "One Russian military blogger reported that Russian forces have moved north of Synkivka towards Kupiansk.",
    [
      "Russian military bloggers|russia|blogger|Kupiansk|advancing|ukraine",
      "Russian military bloggers|russia|blogger|Synkivka|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'the Russian advance on X has stalled' as an attack beaten back",
    "The Russian advance on Kostiantynivka has stalled, according to Ukrainian commanders.",
    ["Ukrainian military|ukraine|official|Kostiantynivka|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'destroyed a Russian column trying to break into X' as an assault beaten back",
    "Ukrainian defenders destroyed a Russian column trying to break into Huliaipole, the Southern Defence Forces said.",
    ["Southern Defence Forces|ukraine|official|Huliaipole|repelled|ukraine"],
  ],
  [
    "extractClaims() keeps claims before ', dismissing Russian claims that the city had fallen' the speaker's own",
    "Ukraine's forces have retaken several positions in Kupiansk and are clearing the city, Syrskyi said on Friday, dismissing Russian claims that the city had fallen.",
    [
      "Oleksandr Syrskyi|ukraine|official|Kupiansk|advancing|contested",
      "Oleksandr Syrskyi|ukraine|official|Kupiansk|denied|ukraine",
      "Oleksandr Syrskyi|ukraine|official|Kupiansk|recaptured|ukraine",
      "Russia|russia|official|Kupiansk|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'X, which Russia claimed to have captured, is still contested, according to DeepState' as two claims",
    "The village of Tykhe, which Russia claimed to have captured last week, is still contested, according to DeepState.",
    [
      "DeepState|ukraine|mapping|Tykhe|contested|contested",
      "Russia|russia|official|Tykhe|captured|russia",
    ],
  ],
  [
    "extractClaims() reads '..., while Ukrainian troops control the north' as a part of X held",
    "Russian forces hold the southern and eastern parts of Siversk, while Ukrainian troops control the north, DeepState said.",
    [
      "DeepState|ukraine|mapping|Siversk|captured|contested",
      "DeepState|ukraine|mapping|Siversk|holding|contested",
    ],
  ],
  [
    "extractClaims() reads '..., but infiltration groups are active in the northern districts' as an advance into X",
    "Kupiansk remains under Ukrainian control, but Russian infiltration groups are active in the northern districts, the corps said.",
    [
      "Ukrainian military|ukraine|official|Kupiansk|advancing|contested",
      "Ukrainian military|ukraine|official|Kupiansk|holding|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'to try to complete the encirclement' as an aim, no encirclement",
    "Russia has deployed fresh reserves to the Pokrovsk direction to try to complete the encirclement.",
    [],
  ],
  [
    "extractClaims() reads '..., but Ukraine says the breach has been closed' as Ukraine's repelled attack",
    "The Russian army claims to have broken through Ukrainian lines near Dobropillia, but Ukraine says the breach has been closed.",
    [
      "Russian military|russia|official|Dobropillia|advancing|ukraine",
      "Ukraine|ukraine|official|Dobropillia|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() makes no claim of 'holding ground south of X'",
    "DeepState said Russian troops hold ground south of Siversk.",
    [],
  ],
  [
    "extractClaims() makes no claim of 'fighting continued northeast of X' (beside a place, not in it)",
    "Fighting continued northeast of Siversk on Monday.",
    [],
  ],
  [
    "extractClaims() still reads 'fighting continued in the east of X' as fighting inside it",
    "Fighting continued in the east of Siversk on Monday.",
    ["Daily Test|independent|media|Siversk|contested|contested"],
  ],
  [
    "extractClaims() hears 'ISW has only observed' as ISW speaking after another speaker's claim",
    "A Russian milblogger claimed that Russian troops entered Siversk, but ISW has only observed evidence of Russian infiltration into the town.",
    [
      "ISW|independent|mapping|Siversk|advancing|contested",
      "Russian military blogger|russia|blogger|Siversk|advancing|contested",
    ],
  ],
]);

Deno.test("quoteCloser() finds the sentence closing a curly quotation with a speaker after it", () => {
  const text = "“We hold. The town is ours,” he said. Next.";
  const p = { start: 0, end: text.length, kind: "body" as const };
  const ss = splitSentences(text);
  assert.deepEqual(quoteCloser(text, p, ss, 0), { j: 1, after: 18 });
  assert.equal(ss[1].text.slice(18), " he said.");
  // the closing sentence itself leaves no quotation open
  assert.equal(quoteCloser(text, p, ss, 1), null);
});

Deno.test("quoteCloser() is null for a quotation that runs past its paragraph or closes on a full stop", () => {
  const open = '"We hold. The town is ours';
  assert.equal(
    quoteCloser(open, { start: 0, end: open.length, kind: "body" }, splitSentences(open), 0),
    null,
  );
  const closed = '"We hold. The town is ours." Then silence.';
  const p = { start: 0, end: closed.length, kind: "body" as const };
  assert.equal(quoteCloser(closed, p, splitSentences(closed), 0), null);
});
