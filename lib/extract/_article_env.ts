/**
 * What the sentence loop of `article.ts` keeps for one article: its environment (the article, its
 * places and voices, the state the sentences update), and what the sentence before named, worked
 * out from that sentence only when a sentence asks for it.
 *
 * @module
 */

import type { Article } from "../shared/types.ts";
import type { PlaceMention } from "../lexicon/find_places.ts";
import type { ArticleContext } from "./article.ts";
import type { ReadSentence } from "./reading.ts";
import type { Target } from "./targets.ts";
import type { Voice } from "./speakers.ts";
import type { ArticleState } from "./context.ts";
import type { SentenceTrace } from "./trace.ts";
import type { Statement } from "./statements.ts";
import { listedSettlements, oneNamed, spansIn } from "./lists.ts";
import { _findActorsGiven, _tableMentionsIn, type ActorMention } from "../lexicon/actors.ts";
import { _knownPeople, _withoutPlaces, mergeMentions } from "./people.ts";
import { sourcesBeyondTable } from "./organisations.ts";
import { orgOfAnalysts } from "./descriptions.ts";

/** The article a sentence is read in, and the paragraph's voice and day. */
export interface ArticleEnv {
  article: Article;
  ctx: ArticleContext;
  places: readonly PlaceMention[];
  media: Voice;
  base: Voice;
  st: ArticleState;
  date: string | null;
  trace: SentenceTrace[] | null;
  pi: number;
  /** The place the article is about (its most named settlement), for comments naming none. */
  main: Target | null;
  /** The region the article is about, when it is named more than its settlements. */
  region: Target | null;
  /** The text has characters beyond U+FFFF: offsets must be converted to code points. */
  astral: boolean;
  /** Names found as settlements by a pattern earlier in the article ("liberated the village of X"). */
  learned: Map<string, PlaceMention>;
  /** The last speaker's statement with a day of its own ("X said on Tuesday ..."). */
  said: { statement: Statement | null };
  /**
   * The sentence before (null before the first): what it named ("these villages", "the village")
   * is worked out from it only when a sentence needs it (see `_before`).
   */
  before: ReadSentence | null;
}

/**
 * The settlements the sentence before named when it named two or more, and the one settlement it
 * named (`listedSettlements`, `oneNamed`): functions of that sentence and the article's places
 * alone, so asked for only by the sentences that read them (most have no claim word).
 */
export function _before(
  before: ReadSentence | null,
  env: ArticleEnv,
): { listed: () => Target[]; named: Target | null } {
  if (before === null) return { listed: () => [], named: null };
  let listed: Target[] | null = null;
  return {
    listed: () => listed ??= listedSettlements(before, env.places, env.ctx.gazetteer),
    named: oneNamed(env.places, before),
  };
}

/**
 * The actors a sentence names: the table's (from its mentions found by `readArticle`), people by
 * title and name, groups by their employer.
 */
export function actorsOf(s: ReadSentence, env: ArticleEnv): ActorMention[] {
  const { st } = env;
  const side = { actors: env.ctx.actors, contextSide: st.last?.side ?? null };
  const table = _findActorsGiven(s.text, side, s.table!);
  for (const m of table) _rememberFullName(m, env);
  const people = _knownPeople(
    s.text,
    st.people,
    _withoutPlaces(s.people!, spansIn(env.places, s)),
  );
  const more = sourcesBeyondTable(s.text, table, people);
  return orgOfAnalysts(s.text, mergeMentions(table, more.length ? [...people, ...more] : people));
}

/**
 * "spokesman Vladyslav Voloshyn", named in full by the table: a later "Voloshyn" is the same
 * person, not the other the table gives that surname alone (remembered in the article's people).
 */
function _rememberFullName(m: ActorMention, env: ArticleEnv): void {
  const name = /^\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}{3,})$/u.exec(m.text);
  if (!name || env.st.people.has(name[1])) return;
  const alone = _tableMentionsIn(name[1], env.ctx.actors)[0];
  if (alone && alone.canonical !== m.canonical) {
    env.st.people.set(name[1], { canonical: m.canonical, side: m.side, role: m.role });
  }
}
