import type { Day } from "./calendar";
import type { FindingParams, FindingPath, Severity } from "./finding";
import type { PolicyParamName, PolicyParams } from "../policy/params";
import type { TreatmentPlan } from "../plan/types";
import type { MessageOf, MessageSet } from "./messages";
import { guardValue } from "./plan-error";

/**
 * The areas rules are grouped in; a rule code starts with its area (`schedule/weekly-hours`).
 *
 * @category Rules
 * @example
 * ```ts
 * const area: RuleArea = "schedule";
 * ```
 */
export type RuleArea = "plan" | "schedule" | "modality" | "medication" | "measures" | "aftercare" | "coverage" | "attendance";

/**
 * The area of a rule code: the part before the slash.
 *
 * @category Rules
 * @example
 * ```ts
 * const area: AreaOf<"schedule/weekly-hours"> = "schedule";
 * ```
 */
export type AreaOf<Code extends string> = string extends Code ? RuleArea : Code extends `${infer Area extends RuleArea}/${string}` ? Area : never;

/**
 * What the catalog says about a rule.
 *
 * @category Rules
 * @example
 * ```ts
 * explainRule("plan/discharge-criteria")?.defaultSeverity; //=> "error"
 * ```
 */
export interface RuleMeta<Code extends string = string, Param extends PolicyParamName = PolicyParamName> {
  /** Stable code, like an ESLint rule name; it starts with the rule's area. */
  readonly code: Code;
  /** The area the rule belongs to, taken from its code. */
  readonly area: AreaOf<Code>;
  /** One line saying what the rule checks. */
  readonly summary: string;
  /** Severity when the policy does not set one. */
  readonly defaultSeverity: Severity;
  /** Policy parameters the rule reads. */
  readonly params: readonly Param[];
  /** Where the requirement comes from. */
  readonly source: string;
  /**
   * What the rule needs `asOf` for: `true`, everything (without it the rule does not run);
   * `"partly"`, its checks of what is due or complete by a date (without it the rule runs the rest).
   * Either way a report without `asOf` lists the rule in `skipped`.
   */
  readonly needsAsOf?: boolean | "partly";
}

/**
 * What a rule reports before the engine adds the rule code, the severity and the message text:
 * where, which of the rule's messages (`variant`, left out for `default`) and the params it is
 * written from. An `advisory` finding is one step softer than the rule's severity (an error rule's
 * advisory finding is a warning).
 *
 * @category Rules
 * @example
 * ```ts
 * const draft: RuleFindingDraft = { path: ["dischargeCriteria"] };
 * ```
 */
export type RuleFindingDraft<Messages extends MessageSet = MessageSet> = {
  readonly path: FindingPath;
  readonly advisory?: boolean;
} & (string extends keyof Messages ? { readonly variant?: string; readonly params?: FindingParams } : MessageOf<Messages>);

/**
 * What a rule sees: the plan, the policy parameters it declared, `asOf` when given, and `derive`
 * to share work computed from the plan between rules (computed once per check).
 *
 * @category Rules
 * @example
 * ```ts
 * const check = (ctx: RuleContext<"firstPlanWithinDays">) => (ctx.params.firstPlanWithinDays > 7 ? [{ path: ["period"], params: { days: ctx.params.firstPlanWithinDays } }] : []);
 * ```
 */
export interface RuleContext<Param extends PolicyParamName = PolicyParamName> {
  readonly plan: TreatmentPlan;
  /** The parameters the rule declared in `params`, from the policy in use. */
  readonly params: Pick<PolicyParams, Param>;
  readonly asOf: Day | undefined;
  /**
   * Computes a value once per check, shared by every rule that asks for it. `compute` must be a
   * stable (module-level) function: it is the cache key. It sees every parameter, so a rule
   * declares the parameters its derived values read.
   */
  derive<T>(compute: (plan: TreatmentPlan, ctx: RuleContext) => T): T;
}

/**
 * A rule: its catalog entry and a pure check.
 *
 * @category Rules
 * @example
 * ```ts
 * const rule: Rule<"plan/example", never> = defineRule({
 *   code: "plan/example", summary: "An example.", defaultSeverity: "info", params: [], source: "none",
 *   messages: { default: () => "An example." }, check: () => [],
 * });
 * rule.area; //=> "plan"
 * ```
 */
export interface Rule<Code extends string = string, Param extends PolicyParamName = PolicyParamName, Messages extends MessageSet = MessageSet>
  extends RuleMeta<Code, Param> {
  /** The rule's messages in English, by variant: each finding's text is written from its params. */
  readonly messages: Messages;
  /** The pure check: findings for the plan in `ctx`, none when the plan complies. */
  readonly check: (ctx: RuleContext<Param>) => readonly RuleFindingDraft<Messages>[];
}

/**
 * What {@link defineRule} takes: a rule without its area, which comes from the code.
 *
 * @category Rules
 * @example
 * ```ts
 * const definition: RuleDefinition<"plan/example", never> = {
 *   code: "plan/example", summary: "An example.", defaultSeverity: "info", params: [], source: "none", messages: { default: () => "An example." }, check: () => [],
 * };
 * ```
 */
export type RuleDefinition<Code extends string, Param extends PolicyParamName, Messages extends MessageSet = MessageSet> = Omit<Rule<Code, Param, Messages>, "area">;

/**
 * Declares a rule. The code is kept as a literal type (so policies can name it and editors
 * complete it), the area is read from the code, and `check` sees only the parameters listed in
 * `params`: reading another one does not compile.
 *
 * @param definition - the code, summary, default severity, parameters read, source and check
 * @returns the rule, ready for the catalog
 * @throws `InputError` when the definition has no code
 * @category Rules
 * @example
 * ```ts
 * const firstPlanSoon = defineRule({
 *   code: "plan/first-plan-soon",
 *   summary: "The first plan is due within a week.",
 *   defaultSeverity: "info",
 *   params: ["firstPlanWithinDays"],
 *   source: "clinic default",
 *   messages: { default: (p: { days: number }) => `The first plan may come ${p.days} days after admission: more than a week.` },
 *   check: ({ params }) => (params.firstPlanWithinDays > 7 ? [{ path: ["period"], params: { days: params.firstPlanWithinDays } }] : []),
 * });
 * firstPlanSoon.area; //=> "plan"
 * ```
 */
export function defineRule<const Code extends `${RuleArea}/${string}`, const Param extends PolicyParamName = never, Messages extends MessageSet = MessageSet>(
  definition: RuleDefinition<Code, Param, Messages>,
): Rule<Code, Param, Messages> {
  return guardValue("rule definition", () => {
    const area = definition.code.slice(0, definition.code.indexOf("/")) as AreaOf<Code>;
    return { ...definition, area };
  });
}
