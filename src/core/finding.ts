import { guardValue } from "./plan-error";

/**
 * How serious a finding is. `error` blocks a plan (a report with an error is not `ok`), `warning`
 * asks a clinician to look, `info` only informs.
 *
 * @category Findings
 * @example
 * ```ts
 * const severity: Severity = "warning";
 * ```
 */
export type Severity = "error" | "warning" | "info";

/**
 * Where in the input a finding points: object keys and array indexes from the root of the plan.
 *
 * @category Findings
 * @example
 * ```ts
 * const path: FindingPath = ["schedule", "sessions", 2, "start"];
 * ```
 */
export type FindingPath = readonly (string | number)[];

/**
 * Everything a finding's message says (numbers, days, codes, enumerated values, lists of codes),
 * so an app can re-word or translate it ({@link formatFinding}).
 *
 * @category Findings
 * @example
 * ```ts
 * const params: FindingParams = { actual: 480, min: 540 };
 * ```
 */
export type FindingParams = Readonly<Record<string, number | string | readonly string[]>>;

/**
 * One problem found in a plan: which rule, how serious, where, and what. The message is built
 * from the rule and its params and never repeats free text from the input.
 *
 * @category Findings
 * @example
 * ```ts
 * const finding: Finding = {
 *   rule: "plan/diagnosis-required",
 *   severity: "error",
 *   path: ["diagnoses"],
 *   message: "The plan has no diagnosis.",
 * };
 * ```
 */
export interface Finding {
  /** Stable rule code, such as `schedule/weekly-hours` or `schema/invalid_type`. */
  readonly rule: string;
  /** Severity after the policy was applied. */
  readonly severity: Severity;
  /** Full path from the root of the input. */
  readonly path: FindingPath;
  /** Human-readable text in English, written from `params`; never echoes free text from the input. */
  readonly message: string;
  /** Which of the code's messages the text is, when the code has several (absent: `default`). */
  readonly variant?: string;
  /** The numbers the message was built from. */
  readonly params?: FindingParams;
}

/**
 * The outcome of an operation that does not throw on bad data: the value, or every finding that
 * stopped it.
 *
 * @category Findings
 * @example
 * ```ts
 * const result: Result<number> = { success: true, data: 3 };
 * if (result.success) console.log(result.data); //=> 3
 * ```
 */
export type Result<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly findings: readonly Finding[] };

/**
 * Counts of findings by severity.
 *
 * @category Findings
 * @example
 * ```ts
 * const counts: SeverityCounts = { error: 1, warning: 0, info: 2 };
 * ```
 */
export type SeverityCounts = Readonly<Record<Severity, number>>;

/**
 * Counts findings by severity.
 *
 * @param findings - the findings to count
 * @returns how many errors, warnings and infos there are
 * @throws `InputError` when the argument is not a list of findings
 * @category Findings
 * @example
 * ```ts
 * countBySeverity([{ rule: "plan/discharge-criteria", severity: "error", path: [], message: "…" }]);
 * //=> { error: 1, warning: 0, info: 0 }
 * ```
 */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  return guardValue("list of findings", () => {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const finding of findings) counts[finding.severity] += 1;
    return counts;
  });
}
