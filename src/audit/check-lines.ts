import type { SeverityCounts } from "../core/finding";
import { checkOwnedPlan, type checkPlan } from "../rules/engine";
import type { ValidateOptions } from "../rules/run-rules";

/**
 * The verdict on one line of an NDJSON caseload: whether the plan on it passed, its counts by
 * severity (as in {@link checkPlan}) and how many findings each rule code gave. Rule codes and
 * numbers only, never a finding's message, so verdicts can leave the clinic's network.
 *
 * @category Audit
 * @example
 * ```ts
 * const verdict: Verdict = { line: 1, planId: "plan-1", ok: true, counts: { error: 0, warning: 0, info: 0 }, rules: {} };
 * ```
 */
export interface Verdict {
  /** The line's number, counting from 1. */
  readonly line: number;
  /** The plan's id, when the line held a valid plan. */
  readonly planId?: string;
  readonly ok: boolean;
  readonly counts: SeverityCounts;
  /** Rule code → number of findings, in report order. */
  readonly rules: Readonly<Record<string, number>>;
}

/** The code of a verdict on an empty line. */
const EMPTY_LINE = "audit/empty-line";
/** The code of a verdict on a line that is not JSON. */
const NOT_JSON = "audit/not-json";

/** The WHATWG decoder of every runtime iopkit supports (browsers, Node 20), declared as the library compiles without DOM or Node types. */
declare const TextDecoder: new (label: string) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

const LINE_ERROR_COUNTS: SeverityCounts = { error: 1, warning: 0, info: 0 };

/** Splits text arriving in chunks cut anywhere (bytes decoded as UTF-8 in stream mode) into lines, without their `\n` or `\r\n`. */
async function* splitLines(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  for await (const chunk of source) {
    pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      yield pending.slice(start, end > start && pending.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending !== "") yield pending.endsWith("\r") ? pending.slice(0, -1) : pending;
}

/** The verdict on one line of text. */
export function checkLine(text: string, line: number, options: ValidateOptions): Verdict {
  if (text.trim() === "") return { line, ok: false, counts: LINE_ERROR_COUNTS, rules: { [EMPTY_LINE]: 1 } };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { line, ok: false, counts: LINE_ERROR_COUNTS, rules: { [NOT_JSON]: 1 } };
  }
  // The value JSON.parse returned is this line's alone: the plan is checked without a copy.
  const report = checkOwnedPlan(input, options);
  const rules: Record<string, number> = {};
  for (const finding of report.findings) rules[finding.rule] = (rules[finding.rule] ?? 0) + 1;
  return report.plan ? { line, planId: report.plan.id, ok: report.ok, counts: report.counts, rules } : { line, ok: report.ok, counts: report.counts, rules };
}

/**
 * Checks a caseload written as NDJSON (one plan per line), streaming: lines are read, checked
 * and forgotten one at a time, so memory does not grow with the caseload. The source is text or
 * bytes in chunks cut anywhere, even inside a UTF-8 character (a file stream, a `fetch` body).
 * Every line gets a verdict, in order: an empty line gets `audit/empty-line`, a line that is not
 * JSON `audit/not-json`, a line that is not a plan its `schema/…` codes; the stream goes on.
 *
 * @param source - the NDJSON text or bytes, in chunks
 * @param options - the policy and `asOf`, as for {@link checkPlan}
 * @returns the verdicts, one per line
 * @category Audit
 * @example
 * ```ts
 * const verdicts = [];
 * for await (const verdict of checkLines([`${text}\nnot json\n`], { asOf: "2026-03-12" })) verdicts.push(verdict);
 * verdicts.map((verdict) => verdict.ok); //=> [true, false]
 * verdicts[1]?.rules; //=> { "audit/not-json": 1 }
 * ```
 */
export async function* checkLines(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, options: ValidateOptions = {}): AsyncGenerator<Verdict> {
  let line = 0;
  for await (const text of splitLines(source)) yield checkLine(text, ++line, options);
}
