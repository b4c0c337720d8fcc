import type { Day } from "../core/calendar";
import { countBySeverity, type Finding, type Severity, type SeverityCounts } from "../core/finding";
import { catalogFinding, englishMessage, type Locale } from "../core/messages";
import { dayOptionFindings } from "../core/options";
import type { Rule, RuleContext, RuleFindingDraft } from "../core/rule";
import type { TreatmentPlan } from "../plan/types";
import type { PolicyChoice } from "../policy/resolve";
import type { Policy, RuleSetting } from "../policy/types";
import type { RuleCode } from "./registry";

/**
 * Options of {@link validatePlan} and {@link checkPlan}.
 *
 * @category Rules
 * @example
 * ```ts
 * const options: ValidateOptions = { policy: policies.medicareIop, asOf: "2026-04-01" };
 * ```
 */
export interface ValidateOptions {
  /** The policy to apply: a policy or a preset id. Default: `policies.default`. */
  readonly policy?: PolicyChoice;
  /** The day the plan is looked at; rules about things overdue need it. Default: none (those checks are skipped). */
  readonly asOf?: Day;
  /**
   * The language of the messages: `"en"` (the default) or a locale such as `es` from
   * `iopkit/locales/es`. The policy's `messages` for that language replace iopkit's own.
   */
  readonly locale?: "en" | Locale;
}

/**
 * The result of checking a plan: `ok` when there is no error, every finding in a stable order
 * (structural findings first, then rules in catalog order), counts by severity, and the rules
 * skipped for want of `asOf`.
 *
 * @category Rules
 * @example
 * ```ts
 * const report: Report = validatePlan(plan);
 * report.counts.error; //=> 0
 * report.skipped.includes("medication/review-after-change"); //=> true
 * validatePlan(plan, { asOf: "2026-03-20" }).skipped; //=> []
 * ```
 */
export interface Report {
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  readonly counts: SeverityCounts;
  /**
   * The rules the policy turns on that need `asOf` and did not run, or ran without their checks of
   * what is due by a date, because it was missing or malformed, in catalog order: an `ok` report
   * says nothing about what they check by date. Empty when `asOf` was given, and when no rule ran
   * (an unknown preset id, input that is not a plan).
   */
  readonly skipped: readonly RuleCode[];
}

/**
 * A {@link Report} from {@link checkPlan}, with the parsed plan when the input was a valid plan.
 *
 * @category Rules
 * @example
 * ```ts
 * const report: CheckReport = checkPlan(JSON.parse(text));
 * if (report.plan) console.log(report.plan.id);
 * ```
 */
export interface CheckReport extends Report {
  readonly plan?: TreatmentPlan;
}

const SOFTER: Record<Severity, Severity> = { error: "warning", warning: "info", info: "info" };

/** Each policy's own rule settings by code, read once per policy: a lookup in a map costs less than one in an object keyed by dozens of codes. */
const settingsByPolicy = new WeakMap<Policy, ReadonlyMap<string, RuleSetting>>();

/** A policy's own rule settings by code. */
function settingsOf(policy: Policy): ReadonlyMap<string, RuleSetting> {
  let settings = settingsByPolicy.get(policy);
  if (settings === undefined) {
    settings = new Map(Object.entries(policy.rules as Readonly<Record<string, RuleSetting>>));
    settingsByPolicy.set(policy, settings);
  }
  return settings;
}

/** A rule's setting under a policy: the policy's own, else the rule's default severity. */
export function settingFor(policy: Policy, rule: Pick<Rule, "code" | "defaultSeverity">): RuleSetting {
  return settingIn(settingsOf(policy), rule);
}

/** A rule's setting among a policy's own settings, else the rule's default severity. */
function settingIn(settings: ReadonlyMap<string, RuleSetting>, rule: Pick<Rule, "code" | "defaultSeverity">): RuleSetting {
  return settings.get(rule.code) ?? rule.defaultSeverity;
}

/** A rule's finding: its text written in English from the rule's message for the draft's variant and params. */
function toFinding(rule: Rule, severity: Severity, draft: RuleFindingDraft): Finding {
  const variant = draft.variant ?? "default";
  const finding: { -readonly [Key in keyof Finding]: Finding[Key] } = {
    rule: rule.code,
    severity: draft.advisory ? SOFTER[severity] : severity,
    path: draft.path,
    message: englishMessage(rule.messages, variant, draft.params, draft.path),
  };
  if (variant !== "default") finding.variant = variant;
  if (draft.params && Object.keys(draft.params).length > 0) finding.params = draft.params;
  return finding;
}

/** The message of a rule that threw: the other rules still ran. */
export const RUN_MESSAGES = {
  "engine/rule-failed": {
    default: (p: { readonly failedRule: string }) => `The rule ${p.failedRule} failed to run; the other rules ran.`,
  },
} as const;

function ruleFailed(rule: Rule, severity: Severity): Finding {
  return catalogFinding(RUN_MESSAGES, "engine/rule-failed", severity, [], { params: { failedRule: rule.code } });
}

/** Counts the findings, says whether the plan passed (no error) and lists the rules skipped for want of `asOf`. */
export function report(findings: readonly Finding[], skipped: readonly RuleCode[] = []): Report {
  const counts = countBySeverity(findings);
  return { ok: counts.error === 0, findings, counts, skipped };
}

function createContext(plan: TreatmentPlan, policy: Policy, asOf: Day | undefined): RuleContext {
  const derived = new Map<unknown, unknown>();
  const context: RuleContext = {
    plan,
    params: policy.params,
    asOf,
    derive<T>(compute: (plan: TreatmentPlan, ctx: RuleContext) => T): T {
      const known = derived.get(compute);
      if (known !== undefined || derived.has(compute)) return known as T;
      const value = compute(plan, context);
      derived.set(compute, value);
      return value;
    },
  };
  return context;
}

/**
 * Runs rules over a parsed plan under a policy and builds the report. Never throws: a rule that
 * fails is reported as `engine/rule-failed`; a malformed `asOf` as `engine/invalid-option`. Without
 * a valid `asOf`, the rules that need it do not run, those that need it in part run the rest, and
 * both are listed in `skipped`.
 */
export function runRules(plan: TreatmentPlan, rules: readonly Rule<RuleCode>[], policy: Policy, requestedAsOf: Day | undefined): Report {
  const findings = dayOptionFindings(["asOf"], requestedAsOf, false);
  const asOf = findings.length === 0 ? requestedAsOf : undefined;
  const context = createContext(plan, policy, asOf);
  const skipped: RuleCode[] = [];
  const settings = settingsOf(policy);
  for (const rule of rules) {
    const setting = settingIn(settings, rule);
    if (setting === "off") continue;
    if (rule.needsAsOf !== undefined && rule.needsAsOf !== false && asOf === undefined) {
      skipped.push(rule.code);
      if (rule.needsAsOf === true) continue;
    }
    try {
      for (const draft of rule.check(context)) findings.push(toFinding(rule, setting, draft));
    } catch {
      findings.push(ruleFailed(rule, setting));
    }
  }
  return report(findings, skipped);
}
