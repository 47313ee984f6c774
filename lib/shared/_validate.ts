/**
 * Option validation shared by every stage: one helper per kind of check, so messages read alike.
 * @module
 */

/** Throws a `TypeError` unless `value` is one of `allowed`. */
export function _oneOf<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new TypeError(
      `${name}: expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, found ${
        _describe(value)
      }`,
    );
  }
  return value as T;
}

/** Throws `TypeError` unless a finite number, `RangeError` unless within [min, max]. */
export function _number(
  name: string,
  value: unknown,
  min = -Infinity,
  max = Infinity,
): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TypeError(`${name}: expected a finite number, found ${_describe(value)}`);
  }
  if (value < min || value > max) {
    throw new RangeError(`${name}: expected a number from ${min} to ${max}, found ${value}`);
  }
  return value;
}

/** Throws `TypeError` unless an ISO `YYYY-MM-DD` string naming a real day (or null when allowed). */
export function _isoDate(name: string, value: unknown, nullable = false): string | null {
  if (value === null && nullable) return null;
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new TypeError(`${name}: expected an ISO date YYYY-MM-DD, found ${_describe(value)}`);
  }
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`${name}: expected a real calendar day, found ${JSON.stringify(value)}`);
  }
  return value;
}

/** A short description of a value for error messages. */
export function _describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}
