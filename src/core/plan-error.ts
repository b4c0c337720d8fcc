import type { Finding, Result } from "./finding";
import { catalogFinding } from "./messages";
import { counted } from "./words";

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
 * Thrown by a function whose argument is not what its type says (a value from JavaScript or
 * unchecked JSON that cannot be read as one): it carries one `engine/invalid-argument` finding
 * naming the argument. Functions that return a `Result` report the same finding instead.
 *
 * @category Findings
 * @example
 * ```ts
 * try {
 *   objectiveProgress(JSON.parse("null"));
 * } catch (error) {
 *   if (error instanceof InputError) console.log(error.findings[0]?.rule); //=> "engine/invalid-argument"
 * }
 * ```
 */
export class InputError extends FindingsError {
  override readonly name = "InputError";
}

/**
 * The subjects of thrown errors that take a plural verb ("The options are invalid"); every other
 * subject iopkit names is singular. A subject joined by "or" agrees with its nearer part.
 */
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(["The options", "The plans", "The plan or its options"]);

/**
 * Builds the summary line of a thrown error ({@link PlanError}, `PolicyError`, {@link InputError}):
 * how many findings and the first one's rule and message. Both are iopkit's own text; the path is
 * left out, since its keys may be the input's own (free text).
 *
 * @internal
 */
export function describeFindings(subject: string, findings: readonly Finding[]): string {
  const first = findings[0];
  const where = first ? ` First: ${first.rule}: ${first.message}` : "";
  return `${subject} ${PLURAL_SUBJECTS.has(subject) ? "are" : "is"} invalid: ${counted(findings.length, "finding")}.${where}`;
}

/**
 * Formats a finding path the way JavaScript would address it: `schedule.sessions[2].start`.
 *
 * @param path - a finding path
 * @returns the path as text, `(root)` for the empty path
 * @throws `InputError` when the argument is not a list of keys and indexes
 * @category Findings
 * @example
 * ```ts
 * formatPath(["schedule", "sessions", 2, "start"]); //=> "schedule.sessions[2].start"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  return guardValue("path", () => {
    if (!Array.isArray(path)) return rejectArgument("path");
    if (path.length === 0) return "(root)";
    let text = "";
    for (const segment of path) {
      if (typeof segment === "number") text += `[${segment}]`;
      else text += text === "" ? segment : `.${segment}`;
    }
    return text;
  });
}

/**
 * The message of an argument that could not be read; `argument` names it in English as the
 * function's documentation does ("plan or its options").
 */
export const ARGUMENT_MESSAGES = {
  "engine/invalid-argument": {
    default: (p: { readonly argument: string }) => `The ${p.argument} could not be read: the value given is not of the type the function takes.`,
  },
} as const;

/** The finding for an argument that is not what its type says and could not be read as one. */
export function invalidArgument(argument: string): Finding {
  return catalogFinding(ARGUMENT_MESSAGES, "engine/invalid-argument", "error", [], { params: { argument } });
}

/**
 * Runs the body of a public function that returns a `Result`: a throw while reading a malformed
 * argument (a value from JavaScript, a Proxy, a throwing getter, a cycle) becomes its findings.
 */
export function guardResult<T>(argument: string, body: () => Result<T>): Result<T> {
  try {
    return body();
  } catch (error) {
    return { success: false, findings: error instanceof FindingsError ? error.findings : [invalidArgument(argument)] };
  }
}

/**
 * Runs the body of a public function that returns a plain value: a throw while reading a
 * malformed argument becomes an {@link InputError}; iopkit's own typed errors pass through.
 */
export function guardValue<T>(argument: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof FindingsError) throw error;
    return rejectArgument(argument);
  }
}

/** Throws the {@link InputError} for an argument that is not of the type a function takes. */
export function rejectArgument(argument: string): never {
  const findings = [invalidArgument(argument)];
  throw new InputError(describeFindings(`The ${argument}`, findings), findings);
}
