/**
 * Citing: a sentence's frames → the frames that speak when one cites another ("Reuters, citing
 * TASS, reported": TASS; "RIA Novosti reported, citing the defence ministry": the ministry).
 *
 * @module
 */

import type { Frame } from "./speakers.ts";

const _CITES =
  /\b(?:citing|cited|quoting|quoted|with\s+reference\s+to|referring\s+to|according\s+to)\b/iu;

/** A frame whose actor follows "citing", "quoting" or "according to". */
export function _cited(text: string, f: Frame): boolean {
  return /\b(?:citing|quoting|according\s+to)\s+(?:the\s+)?$/iu.test(
    text.slice(Math.max(0, f.at - 20), f.at),
  );
}

/**
 * "RIA Novosti reported, citing the defence ministry": an outlet of a side citing that side's
 * ministry, military or a unit ("citing the brigade"), named generically, gives way to it (the
 * schema: the source is the claimant).
 */
export function _citedGeneric(text: string, frames: Frame[]): Frame[] {
  if (frames.length !== 1 || !_CITES.test(text)) return frames;
  const [f] = frames;
  const v = f.voices[0];
  const m = text.slice(f.at).match(_CITED_GENERIC);
  if (f.voices.length !== 1 || v.role !== "media" || v.side === "independent" || !m) return frames;
  const side = v.side === "russia" ? "Russian" : "Ukrainian";
  const name = /ministry/i.test(m[1]) ? `${side} Defence Ministry` : `${side} military`;
  return [{ ...f, voices: [{ name, side: v.side, role: "official" }], how: `${f.how}, ${m[0]}` }];
}

const _CITED_GENERIC =
  /\b(?:citing|quoting|with\s+reference\s+to)\s+(?:the\s+|a\s+)?((?:defen[cs]e\s+)?ministry|military|general\s+staff|army|armed\s+forces|(?:military|defen[cs]e)\s+source|brigade|corps|battalion|regiment|(?:unit|brigade|corps)['’]s\s+(?:spokes(?:man|woman|person)|commander|press\s+service))\b/iu;

/** An outlet citing a source in the same sentence gives way to the source. */
export function _preferSources(text: string, frames: Frame[]): Frame[] {
  if (frames.length < 2 || !_CITES.test(text)) return frames;
  const sources = frames.filter((f) => f.voices.some((v) => v.role !== "media"));
  // "Reuters, citing TASS, reported ...": an outlet citing another outlet gives way to it
  if (!sources.length) {
    const cited = frames.filter((f) => _cited(text, f));
    return cited.length ? cited : frames;
  }
  return frames.filter((f) => f.voices.some((v) => v.role !== "media") || !_citesAfter(text, f));
}

function _citesAfter(text: string, f: Frame): boolean {
  return _CITES.test(text.slice(f.at, f.at + 200)) || _CITES.test(text.slice(0, f.at));
}

/**
 * "Geolocated footage indicates that ..., the ISW said": evidence named as a source (footage,
 * maps, open-source data) gives way to a named source speaking after it in the same sentence.
 */
export function _evidenceGivesWay(text: string, frames: Frame[]): Frame[] {
  if (frames.length < 2) return frames;
  const evidence = frames.filter((f) => _evidenceNoun(text, f));
  if (!evidence.length) return frames;
  const named = frames.some((f) =>
    !evidence.includes(f) && f.at > evidence[0].at && f.voices.every((v) => v.role !== "media") &&
    _TAIL_END.test(text.slice(f.verbEnd)) &&
    _TAIL_START.test(text.slice(Math.max(0, f.at - 8), f.at))
  );
  return named ? frames.filter((f) => !evidence.includes(f)) : frames;
}

/** After a closing attribution's verb: the sentence ends ("..., the ISW said on Monday."). */
const _TAIL_END = /^[^,;:]{0,30}$/u;
/** Before a closing attribution's speaker: a comma or a closing quotation mark. */
const _TAIL_START = /[,"”]\s*(?:the\s+)?$/iu;

/**
 * A frame of evidence named as a source: the actor table's generic footage, maps and data
 * (`data/actors.csv`: the aliases of GeoConfirmed other than its own name).
 */
function _evidenceNoun(text: string, f: Frame): boolean {
  return f.voices.length === 1 && f.voices[0].name === "GeoConfirmed" &&
    !/^GeoConfirmed/i.test(text.slice(f.at, f.at + 12));
}
