import type { Finding } from "./finding";

/**
 * An error that carries every finding that caused it: the base of {@link PlanError} and
 * `PolicyError`, so a caller can catch either and read `findings`.
 *
 * @category Findings
 * @example
 * ```ts
 * try {
 *   parsePlan({});
 * } catch (error) {
 *   if (error instanceof FindingsError) console.log(error.findings.length > 0); //=> true
 * }
 * ```
 */
export class FindingsError extends Error {
  override readonly name: string = "FindingsError";
  /** Every finding that made the input invalid, in report order. */
  readonly findings: readonly Finding[];

  /**
   * @param message - a summary naming how many findings there are
   * @param findings - the findings, in report order
   */
  constructor(message: string, findings: readonly Finding[]) {
    super(message);
    this.findings = findings;
  }
}

/**
 * Thrown by `parsePlan`, the throwing twin of `safeParsePlan`, when its input is not a valid plan.
 * It carries every finding, exactly as `safeParsePlan` would have returned them. (`definePolicy`
 * throws its own `PolicyError` the same way.)
 *
 * @category Findings
 * @example
 * ```ts
 * try {
 *   parsePlan({});
 * } catch (error) {
 *   if (error instanceof PlanError) console.log(error.name); //=> "PlanError"
 * }
 * ```
 */
export class PlanError extends FindingsError {
  override readonly name = "PlanError";
}

/**
 * Builds the summary line of a thrown error ({@link PlanError}, `PolicyError`): how many findings
 * and the first one. The first message is iopkit's own text, never the input's.
 *
 * @internal
 */
export function describeFindings(subject: string, findings: readonly Finding[]): string {
  const first = findings[0];
  const where = first ? ` First: ${first.rule} at ${formatPath(first.path)}: ${first.message}` : "";
  return `${subject} is invalid: ${findings.length} finding${findings.length === 1 ? "" : "s"}.${where}`;
}

/**
 * Formats a finding path the way JavaScript would address it: `schedule.sessions[2].start`.
 *
 * @param path - a finding path
 * @returns the path as text, `(root)` for the empty path
 * @category Findings
 * @example
 * ```ts
 * formatPath(["schedule", "sessions", 2, "start"]); //=> "schedule.sessions[2].start"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}
