/**
 * The trace: what the extractor saw in a sentence (places and their roles, actors, frames, the
 * voice from context, claim words) and the records it made, or why a sentence with a claim word
 * made none; and the trace of an article as plain text, for the command line.
 *
 * @module
 */

import type { Claim } from "../shared/types.ts";
import type { ActorMention } from "../lexicon/actors.ts";
import type { TriggerMatch } from "./triggers.ts";
import { placeName, type Target } from "./targets.ts";
import type { Frame, Voice } from "./speakers.ts";
import { usable } from "./backrefs.ts";

/** What happened in one sentence (for `explainClaims`). */
export interface SentenceTrace {
  start: number;
  end: number;
  text: string;
  places: { text: string; place: string; role: Target["role"] }[];
  actors: string[];
  frames: string[];
  voice: string;
  triggers: { text: string; kind: string; blocked: string | null }[];
  records: string[];
  /** Why a sentence with a claim word gave no record. */
  none: string | null;
}

/** The trace of one sentence. */
export function traceOf(
  s: { start: number; end: number; text: string },
  targets: readonly Target[],
  actors: readonly ActorMention[],
  frames: readonly Frame[],
  fallback: Voice,
  triggers: readonly TriggerMatch[],
  records: readonly Claim[],
  live: number,
): SentenceTrace {
  const own = usable(targets, s.text);
  return {
    start: s.start,
    end: s.end,
    text: s.text,
    places: targets.map((t) => ({ text: t.mention.text, place: placeName(t), role: t.role })),
    actors: actors.map((a) => `${a.text} → ${a.canonical} (${a.side}, ${a.role})`),
    frames: frames.map((f) => `${f.voices.map((v) => v.name).join(" + ")}: ${f.how}`),
    voice: `${fallback.name} (${fallback.side}, ${fallback.role})`,
    triggers: triggers.map((t) => ({ text: t.text, kind: t.kind, blocked: t.blocked })),
    records: records.map((r) => `${r.claimant} | ${r.place} | ${r.claim} | ${r.status}`),
    none: records.length || !triggers.length
      ? null
      : !live
      ? "every claim word is blocked (attempt, negation or hypothesis)"
      : !own.length
      ? "no place a claim can be about"
      : "no place within reach of a claim word",
  };
}

/** An article's trace as plain text: each sentence with a claim word, what was found, and why. */
export function formatTrace(id: string, trace: readonly SentenceTrace[]): string {
  const out: string[] = [];
  for (const s of trace) {
    if (!s.triggers.length && !s.records.length) continue;
    out.push(`${id} ${s.start}-${s.end}: ${s.text}`);
    if (s.places.length) {
      out.push(
        `  places:   ${s.places.map((p) => `${p.text} → ${p.place} (${p.role})`).join("; ")}`,
      );
    }
    if (s.actors.length) out.push(`  actors:   ${s.actors.join("; ")}`);
    out.push(`  speakers: ${s.frames.length ? s.frames.join("; ") : `none; voice ${s.voice}`}`);
    const words = s.triggers.map((t) =>
      `${t.text} (${t.kind}${t.blocked ? `, ${t.blocked}` : ""})`
    );
    out.push(`  claim words: ${words.join("; ") || "none"}`);
    for (const r of s.records) out.push(`  → ${r}`);
    if (s.none) out.push(`  no record: ${s.none}`);
  }
  return out.join("\n");
}
