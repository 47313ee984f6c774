/**
 * The assertions of a prepared report: takes {@link ReportData} (from `prepareReport`), gives the
 * syndicated copies, the assertions, and the gap and confirmation lag per assertion. Notebook 05
 * and the report export both call this, so their numbers are the same.
 *
 * @example
 * ```ts
 * const data = await prepareReport(corpus, { mapping });
 * const a = assertionReport(data);
 * table(assertionRows(a.assertions));
 * table(roundRows(summarizeLag(a.lagRows)));
 * ```
 * @module
 */
import type { Role } from "../shared/types.ts";
import { ROLES } from "../shared/types.ts";
import type { ReportData } from "./report_data.ts";
import { type Assertion, assertionClaims, assertions } from "../tables/assertions.ts";
import {
  findSyndication,
  type Syndication,
  type SyndicationOptions,
} from "../tables/syndication.ts";
import { confirmationLag } from "../gap/lag.ts";
import { gap } from "../gap/gap.ts";
import { type GapRow, type LagRow } from "../gap/gap_types.ts";
import { _describe, _number, _oneOf } from "../shared/_validate.ts";

/** Options of {@link assertionReport}. */
export interface AssertionReportOptions {
  /** Roles whose assertions get gap rows and lags. @default ["official"] */
  roles?: readonly Role[];
  /** Days a mapping-project claim stays in force (as `gap`). @default 7 */
  windowDays?: number;
  /** Options of the copy finder. @default its defaults */
  syndication?: SyndicationOptions;
}

/** What {@link assertionReport} returns. */
export interface AssertionReportData {
  syndication: Syndication;
  assertions: Assertion[];
  /** One gap row per assertion of the chosen roles; `id` is the assertion's id. */
  gapRows: GapRow[];
  /** Confirmation lag per capture assertion, from its day (empty without mapping data). */
  lagRows: LagRow[];
}

/** Copies, assertions, gap and lag per assertion of `data`: see the module documentation. */
export function assertionReport(
  data: Pick<ReportData, "articles" | "claims" | "mapping" | "places">,
  options: AssertionReportOptions = {},
): AssertionReportData {
  if (!data || !Array.isArray(data.articles) || !Array.isArray(data.claims)) {
    throw new TypeError(
      `assertionReport: expected prepareReport() data with articles and claims, found ${
        _describe(data)
      }`,
    );
  }
  const roles = (options.roles ?? ["official"]).map((r, i) =>
    _oneOf(`assertionReport: options.roles[${i}]`, r, ROLES)
  );
  const windowDays = _number("assertionReport: options.windowDays", options.windowDays ?? 7, 0);
  const syndication = findSyndication(data.articles, options.syndication);
  const list = assertions(data.claims, { articles: data.articles, syndication });
  const asClaims = assertionClaims(list);
  const usable = data.mapping && data.places.length ? data.mapping : null;
  const gapRows = gap(asClaims, {
    windowDays,
    roles,
    mapping: usable,
    places: usable ? data.places : null,
  });
  const lagRows = usable
    ? confirmationLag(asClaims.filter((c) => roles.includes(c.role)), usable, data.places)
    : [];
  return { syndication, assertions: list, gapRows, lagRows };
}
