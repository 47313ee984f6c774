/**
 * Days on the charts' time axes: ISO days as UTC dates, the first day of the week or month
 * holding a day, a padded time domain and day ticks for short spans. Used by the timeline and the
 * gap chart.
 * Takes ISO days and dates; gives new dates, strings and Plot axis options.
 * @module
 */

/** Parse an ISO day to a UTC Date (midday avoids nothing: Plot's utc scale uses UTC). */
export function _day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The first day (UTC) of the bin holding an ISO day. */
export function _binStart(iso: string, bin: "day" | "week" | "month"): string {
  if (bin === "day") return iso;
  if (bin === "month") return iso.slice(0, 8) + "01";
  const d = _day(iso);
  const back = (d.getUTCDay() + 6) % 7; // Monday starts the week
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** {@link _binStart} for one bin, remembered per day (claims share a few hundred days). */
export function _binStarts(bin: "day" | "week" | "month"): (iso: string) => string {
  if (bin !== "week") return (iso) => _binStart(iso, bin);
  const seen = new Map<string, string>();
  return (iso) => {
    let start = seen.get(iso);
    if (start === undefined) seen.set(iso, start = _binStart(iso, bin));
    return start;
  };
}

/** A time domain padded by a day each side (a single day gets a week around it). */
export function _dayDomain(dates: readonly Date[]): [Date, Date] {
  if (!dates.length) return [_day("2024-01-01"), _day("2024-01-08")];
  let lo = Infinity, hi = -Infinity;
  for (const d of dates) {
    lo = Math.min(lo, d.getTime());
    hi = Math.max(hi, d.getTime());
  }
  const day = 86_400_000;
  const pad = hi - lo < 7 * day ? 3 * day : Math.max(day, Math.round((hi - lo) * 0.03 / day) * day);
  return [new Date(lo - pad), new Date(hi + pad)];
}

/** Day ticks for short spans (Plot would label hours); Plot's own ticks otherwise. */
export function _dayTicks(domain: readonly [Date, Date]): { ticks?: string; tickFormat?: string } {
  const days = (domain[1].getTime() - domain[0].getTime()) / 86_400_000;
  return days <= 21 ? { ticks: "day", tickFormat: "%-d %b" } : {};
}
