/**
 * The longest zone name looked up. IANA names are at most 30-odd characters
 * ("America/Argentina/ComodRivadavia"); anything longer is not a zone and is never cached.
 */
export const MAX_TIME_ZONE_LENGTH = 64;
/** Names kept; with the length limit the cache holds at most 64 KiB of names. */
const MAX_CACHED_ZONES = 1024;
/** Canonical spelling by lower-cased name, or `null` for a name the runtime rejects. */
let knownZones: Map<string, string | null> | undefined;

/**
 * The runtime's canonical spelling of a zone name (`"america/new_york"` → `"America/New_York"`,
 * `"US/Eastern"` → `"America/New_York"`), or undefined when it is not a zone. Zone names match
 * in any letter case, so answers are cached by the lower-cased name: every spelling shares one
 * entry. Names longer than {@link MAX_TIME_ZONE_LENGTH} are rejected without a lookup.
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (typeof name !== "string" || name.length === 0 || name.length > MAX_TIME_ZONE_LENGTH) return undefined;
  const key = name.toLowerCase();
  knownZones ??= new Map();
  let canonical = knownZones.get(key);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    if (knownZones.size >= MAX_CACHED_ZONES) knownZones.clear();
    knownZones.set(key, canonical);
  }
  return canonical ?? undefined;
}

/**
 * Whether the runtime knows an IANA time zone name (`"America/Phoenix"`), in any letter case.
 * Answers are cached per name (bounded in count and length), so checking many plans does not
 * build a formatter per plan.
 *
 * @param name - a candidate zone name
 * @returns true when `Intl` accepts the zone
 * @category Calendar
 * @example
 * ```ts
 * isTimeZone("Australia/Lord_Howe"); //=> true
 * isTimeZone("Mars/Olympus_Mons"); //=> false
 * ```
 */
export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== undefined;
}
