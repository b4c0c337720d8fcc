import { isDay } from "./calendar";
import type { Finding, FindingPath } from "./finding";
import { catalogFinding, type MessageOf, type MessageSet } from "./messages";

/**
 * The messages of a day option (`asOf`, `from`, `to`, a closure) that is not a calendar day:
 * `option` is the option's name, `closure` a closure's number from 1.
 */
export const DAY_OPTION_MESSAGES = {
  "engine/invalid-option": {
    impossibleDay: (p: { option: string; value: string }) => `The ${p.option} option is ${p.value}, which is not a day of the calendar.`,
    notDay: (p: { option: string }) => `The ${p.option} option must be a calendar day written YYYY-MM-DD.`,
    impossibleClosure: (p: { closure: number; value: string }) => `Closure ${p.closure} is ${p.value}, which is not a day of the calendar.`,
    notClosure: (p: { closure: number }) => `Closure ${p.closure} must be a calendar day written YYYY-MM-DD.`,
  },
} as const;

/** An `engine/invalid-option` finding written from a module's own set of option messages. */
export function optionFindingFrom<Set extends MessageSet>(set: Set, path: FindingPath, said: MessageOf<Set>): Finding {
  return catalogFinding({ "engine/invalid-option": set }, "engine/invalid-option", "error", path, said);
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
  const set = DAY_OPTION_MESSAGES["engine/invalid-option"];
  if (path.length > 1) {
    const closure = Number(path[1]) + 1;
    return [optionFindingFrom(set, path, writtenAsDay(value) ? { variant: "impossibleClosure", params: { closure, value } } : { variant: "notClosure", params: { closure } })];
  }
  const option = String(path[0]);
  return [optionFindingFrom(set, path, writtenAsDay(value) ? { variant: "impossibleDay", params: { option, value } } : { variant: "notDay", params: { option } })];
}
