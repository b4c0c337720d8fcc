import type { Finding, Result } from "../core/finding";
import { guardResult } from "../core/plan-error";
import { dayOptionFindings } from "../core/options";
import { withinPeriodLimit } from "../core/period";
import { safeParseOwnedPlan, safeParsePlan } from "../plan/parse";
import type { TreatmentPlan } from "../plan/types";
import type { Policy } from "../policy/types";
import { localeFindings } from "./locale-option";
import { localizeFindings } from "./localize";
import { resolveEnginePolicy } from "./policy-choice";
import { allRules } from "./registry";
import { report, runRules, type CheckReport, type Report, type ValidateOptions } from "./run-rules";

/** What is wrong with the options themselves: a malformed `asOf`, an unknown preset id, an invalid policy. */
function optionFindings(options: ValidateOptions): Finding[] {
  const policy = resolveEnginePolicy(options);
  return [...dayOptionFindings(["asOf"], options.asOf, false), ...localeFindings(options.locale), ...(policy.success ? [] : policy.findings)];
}

/** A report with its messages in the language and wording the options and the policy ask for. */
function inLanguage<T extends Report>(result: T, options: ValidateOptions, policy: Policy | undefined): T {
  if (localeFindings(options.locale).length > 0) return result;
  const findings = localizeFindings(result.findings, options.locale, policy);
  return findings === result.findings ? result : { ...result, findings };
}

/** Runs an entry point: options that cannot be read (null, a Proxy, a throwing getter) give a report with the finding. */
function guardReport<T extends Report>(body: () => T): T | Report {
  const result = guardResult("options", () => ({ success: true, data: body() }));
  return result.success ? result.data : report(result.findings);
}

/**
 * Runs every rule of a policy over a parsed plan. Never throws: a rule that fails is reported as
 * `engine/rule-failed` and the other rules still run; a malformed `asOf` is reported as
 * `engine/invalid-option`. Without a valid `asOf` the time-dependent rules do not run and the
 * report lists them in `skipped`. An object that was never parsed and spans more than a plan may
 * (ten years) gets the parser's findings, not a walk over its days.
 *
 * @param plan - a plan from {@link safeParsePlan}, {@link parsePlan} or {@link createPlan}
 * @param options - the policy (an object or a preset id; default `policies.default`) and `asOf`
 * @returns the report
 * @category Rules
 * @example
 * ```ts
 * const report = validatePlan(plan, { policy: policies.asam21 });
 * report.ok; //=> true
 * validatePlan(plan, { asOf: "2026-04-01" }).findings.filter((finding) => finding.severity === "error").map((finding) => finding.rule);
 * //=> ["plan/first-plan-deadline", "medication/review-overdue", "medication/review-after-change", "measures/baseline-recorded", "measures/suicide-screen"]
 * validatePlan(plan).skipped.length > 0; //=> true
 * ```
 */
export function validatePlan(plan: TreatmentPlan, options: ValidateOptions = {}): Report {
  return guardReport(() => {
    const policy = resolveEnginePolicy(options);
    if (!policy.success || localeFindings(options.locale).length > 0) return report(optionFindings(options));
    const unbounded = unboundedPeriodFindings(plan);
    if (unbounded.length > 0) return inLanguage(report(unbounded), options, policy.data);
    return inLanguage(runRules(plan, allRules, policy.data, options.asOf), options, policy.data);
  });
}

/**
 * The parser's findings on a plan whose period is longer than any parsed plan's: an object typed
 * as a plan without being parsed, whose rules would walk its millions of days. A parsed plan, the
 * only kind the rules are written for, never has one.
 */
function unboundedPeriodFindings(plan: TreatmentPlan): readonly Finding[] {
  const { admitted, plannedDischarge, discharged } = plan.period;
  if (withinPeriodLimit(admitted, plannedDischarge) && withinPeriodLimit(admitted, discharged)) return [];
  const parsed = safeParsePlan(plan);
  return parsed.success ? [] : parsed.findings;
}

/**
 * Parses unknown input and, when it is a valid plan, validates it: one call for data straight
 * from a file, a form or an API. Never throws.
 *
 * @param input - anything, typically the result of `JSON.parse`
 * @param options - the policy and `asOf`, as for {@link validatePlan}
 * @returns the report, with `plan` when the input parsed
 * @category Rules
 * @example
 * ```ts
 * const report = checkPlan({ schemaVersion: 1 });
 * report.ok; //=> false
 * report.findings[0]?.rule.startsWith("schema/"); //=> true
 * ```
 */
export function checkPlan(input: unknown, options: ValidateOptions = {}): CheckReport {
  return checkParsed(safeParsePlan, input, options);
}

/**
 * {@link checkPlan} of input the caller owns and gives up, such as a line it has just parsed from
 * JSON: the same report, from a parse that does not copy a valid plan (`safeParseOwnedPlan`), so
 * the report's plan may be the input itself.
 */
export function checkOwnedPlan(input: unknown, options: ValidateOptions = {}): CheckReport {
  return checkParsed(safeParseOwnedPlan, input, options);
}

/** Parses input with `parse`, then checks the plan as {@link validatePlan} does; input that is not a plan gets its structural findings. */
function checkParsed(parse: (input: unknown) => Result<TreatmentPlan>, input: unknown, options: ValidateOptions): CheckReport {
  return guardReport(() => {
    const parsed = parse(input);
    if (!parsed.success) {
      const policy = resolveEnginePolicy(options);
      return inLanguage(report([...optionFindings(options), ...parsed.findings]), options, policy.success ? policy.data : undefined);
    }
    const { ok, findings, counts, skipped } = validatePlan(parsed.data, options);
    return { ok, findings, counts, skipped, plan: parsed.data };
  });
}
