/**
 * claimgap: who claimed what, about which place, on which day, and how far each side's official
 * assertions sit from what the mapping projects assess.
 *
 * One public door: notebooks, the command line and the tests import from here.
 *
 * @example
 * ```ts
 * import { loadArticles } from "../lib/mod.ts";
 * const { articles, report } = await loadArticles("../data/articles");
 * ```
 *
 * @module
 */

export type {
  Area,
  Article,
  Claim,
  ClaimKind,
  LoadEntry,
  LoadReport,
  LoadResult,
  Paragraph,
  ParagraphKind,
  Role,
  Side,
  Status,
} from "./types.ts";
export { AREAS, CLAIM_KINDS, ROLES, SIDES, STATUSES } from "./types.ts";
