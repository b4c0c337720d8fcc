/** Bounds the cache so a stream of made-up names cannot grow it without end. */
const MAX_CACHED_ZONES = 1024;
let knownZones: Map<string, boolean> | undefined;

/**
 * Whether the runtime knows an IANA time zone name (`"America/Phoenix"`). Answers are cached per
 * name, so checking many plans does not build a formatter per plan.
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
  knownZones ??= new Map();
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name });
      known = name.length > 0;
    } catch {
      known = false;
    }
    if (knownZones.size < MAX_CACHED_ZONES) knownZones.set(name, known);
  }
  return known;
}
