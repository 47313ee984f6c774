/**
 * Plain data types shared by every stage of claimgap.
 *
 * Data flows one way: files → {@link Article}s (+ {@link LoadReport}) → {@link Claim}s →
 * tables, gap rows and charts. Every stage takes these plain objects and returns new ones.
 *
 * @module
 */

/** Whose camp a claimant belongs to. */
export type Side = "russia" | "ukraine" | "independent";
/** What kind of voice a claimant is. */
export type Role = "official" | "mapping" | "blogger" | "media" | "commenter";
/** What a claim asserts (see `claims-schema.md`). */
export type ClaimKind =
  | "captured"
  | "advancing"
  | "encircled"
  | "holding"
  | "repelled"
  | "denied"
  | "recaptured"
  | "contested";
/** Who controls the place according to a claim. */
export type Status = "russia" | "ukraine" | "contested";
/** Part of a place a claim is about; null for the whole place. */
export type Area = "north" | "south" | "east" | "west" | "centre";

export const SIDES: readonly Side[] = ["russia", "ukraine", "independent"];
export const ROLES: readonly Role[] = ["official", "mapping", "blogger", "media", "commenter"];
export const CLAIM_KINDS: readonly ClaimKind[] = [
  "captured",
  "advancing",
  "encircled",
  "holding",
  "repelled",
  "denied",
  "recaptured",
  "contested",
];
export const STATUSES: readonly Status[] = ["russia", "ukraine", "contested"];
export const AREAS: readonly Area[] = ["north", "south", "east", "west", "centre"];

/**
 * What a paragraph of an article is. Cleaning never deletes text: it marks it.
 * - `header`: the ` date YYYY-MM-DD  Outlet` line of the sample format (metadata, not prose)
 * - `headline`: the title line
 * - `body`: the article's own prose
 * - `caption`: photo caption or credit line ("FILE PHOTO: ...", "Image: Reuters/...")
 * - `comment`: reader comment below the article body
 * - `tweet`: embedded social-media post (may carry its own `date`)
 * - `repeat`: exact repeat of an earlier paragraph (`repeatOf` is that paragraph's index)
 * - `boilerplate`: share buttons, "Advertisement", "Read more" and similar page furniture
 */
export type ParagraphKind =
  | "header"
  | "headline"
  | "body"
  | "caption"
  | "comment"
  | "tweet"
  | "repeat"
  | "boilerplate";

/** A paragraph: a span of the article's `text`, never a copy that could drift from it. */
export interface Paragraph {
  /** Offset of the first character in `Article.text` (UTF-16 code units, as JS strings). */
  start: number;
  /** Offset just past the last character (exclusive). `text.slice(start, end)` is the paragraph. */
  end: number;
  kind: ParagraphKind;
  /** For `repeat`: index in `Article.paragraphs` of the paragraph this one repeats. */
  repeatOf?: number;
  /** For `tweet` (and any paragraph with its own date): ISO date, or null when not given. */
  date?: string | null;
}

/** One loaded article. `text` is the decoded source text, unaltered; offsets point into it. */
export interface Article {
  /** Stable id: the file stem (`000_bfdbc586fe7f5f88`), or the record's id for JSON inputs. */
  id: string;
  /** The file it came from (as given by the caller). */
  path: string;
  format: "txt" | "md" | "html" | "json" | "jsonl";
  outlet: string | null;
  /** Publication date, ISO `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  title: string | null;
  url: string | null;
  /** The article text. For `.txt`/`.md` the decoded file content; for HTML the visible text. */
  text: string;
  paragraphs: Paragraph[];
}

/** What happened to one input file (or one record of a JSON/JSONL file). */
export interface LoadEntry {
  file: string;
  /** `read`: loaded as is; `repaired`: loaded with a fix (re-decoded, bad date dropped...); `skipped`. */
  action: "read" | "repaired" | "skipped";
  /** Article ids produced by this file (empty when skipped). */
  articles: string[];
  /** Why it was repaired or skipped, or what was noticed (repeats, comments...). */
  notes: string[];
  /** 1-based line (or record) number the note refers to, when there is one. */
  line?: number;
}

export interface LoadReport {
  entries: LoadEntry[];
}

export interface LoadResult {
  articles: Article[];
  report: LoadReport;
}

/** A claim record, exactly as `claims-schema.md` defines it (plus optional extra fields). */
export interface Claim {
  article: string;
  claimant: string;
  side: Side;
  role: Role;
  place: string;
  area: Area | null;
  claim: ClaimKind;
  status: Status;
  date: string | null;
  reported: string | null;
  quote: string;
  start: number;
  end: number;
  /** Deterministic id: `<article>:<start>:<n>`. */
  id?: string;
  /** True when the sentence hedges ("reportedly", "could not verify"). */
  hedged?: boolean;
}
