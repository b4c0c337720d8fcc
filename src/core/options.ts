import { isDay } from "./calendar";
import type { Finding, FindingPath } from "./finding";

/** An `engine/invalid-option` finding: an option the caller passed is unusable. */
export function optionFinding(path: FindingPath, message: string): Finding {
  return { rule: "engine/invalid-option", severity: "error", path, message };
}

/** Whether a value is written like a day (`YYYY-MM-DD`), whether or not the calendar has it. */
export function writtenAsDay(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/**
 * What is wrong with a value that is no calendar day, in plain words: a day written right that
 * the calendar does not have ("2026-02-30") is called impossible; anything else is told the form.
 */
export function dayProblem(value: unknown): string {
  return writtenAsDay(value) ? `${value} is not a day of the calendar.` : "Expected a calendar day written YYYY-MM-DD.";
}

/**
 * The finding for a day option (`asOf`, `from`, `to`, a closure) that is not a calendar day, or
 * none. `required` options are reported when missing too.
 */
export function dayOptionFindings(path: FindingPath, value: unknown, required = true): Finding[] {
  if (isDay(value) || (!required && value === undefined)) return [];
  const name = path.length > 1 ? `Closure ${Number(path[1]) + 1}` : `The ${String(path[0])} option`;
  const message = writtenAsDay(value) ? `${name} is ${value}, which is not a day of the calendar.` : `${name} must be a calendar day written YYYY-MM-DD.`;
  return [optionFinding(path, message)];
}
