import { isDay } from "./calendar";
import type { Finding, FindingPath } from "./finding";

/** An `engine/invalid-option` finding: an option the caller passed is unusable. */
export function optionFinding(path: FindingPath, message: string): Finding {
  return { rule: "engine/invalid-option", severity: "error", path, message };
}

/**
 * The finding for a day option (`asOf`, `from`, `to`, a closure) that is not a calendar day, or
 * none. `required` options are reported when missing too.
 */
export function dayOptionFindings(path: FindingPath, value: unknown, required = true): Finding[] {
  if (isDay(value) || (!required && value === undefined)) return [];
  const name = path.length > 1 ? "Each closure" : `The ${String(path[0])} option`;
  return [optionFinding(path, `${name} must be a calendar day written YYYY-MM-DD.`)];
}
