import type { Severity } from "../core/finding";
import type { Payer } from "../coverage/payers";

/**
 * An inclusive range of numbers.
 *
 * @category Policies
 * @example
 * ```ts
 * const days: Range = { min: 3, max: 5 };
 * ```
 */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * How a policy sets a rule: off, or on at a severity.
 *
 * @category Policies
 * @example
 * ```ts
 * const setting: RuleSetting = "warning";
 * ```
 */
export type RuleSetting = "off" | Severity;

/**
 * Which antipsychotic metabolic monitoring schedule to follow.
 * - `ada-apa-2004`: ADA/APA consensus, Diabetes Care 2004;27:596.
 * - `apa-2020`: APA practice guideline 2020, Table 1.
 *
 * @category Policies
 * @example
 * ```ts
 * const schedule: MetabolicSchedule = "apa-2020";
 * ```
 */
export type MetabolicSchedule = "ada-apa-2004" | "apa-2020";

/**
 * One phase of clozapine ANC monitoring, from `fromMonth` months after the start until the next
 * phase: a count every `everyWeeks` weeks or every `everyMonths` months.
 *
 * @category Policies
 * @example
 * ```ts
 * const phase: ClozapineAncPhase = { fromMonth: 6, everyWeeks: 2 };
 * ```
 */
export type ClozapineAncPhase =
  | { readonly fromMonth: number; readonly everyWeeks: number }
  | { readonly fromMonth: number; readonly everyMonths: number };

/**
 * Every threshold the rules read. Numbers live here, never in rule code. Each entry documents its
 * unit, the `default` preset's value and its source (see the project's domain notes); values
 * marked "clinic default" have no published source and exist so a clinic can set its own.
 *
 * @category Policies
 * @example
 * ```ts
 * policies.default.params.weeklyMinutes.adult; //=> { min: 540, max: 1199 }
 * ```
 */
export interface PolicyParams {
  /** Program days per week. Default 3–5. Source: seed article; H0015 descriptor (≥ 3 days). */
  readonly daysPerWeek: Range;
  /**
   * Minutes per session. An error outside `min`–`max` (default 120–240), a warning outside
   * `targetMin`–`targetMax` (default 150–210). Source: seed "around three hours"; TRICARE ≥ 2 h per
   * treatment day; H0015 ≥ 3 h per day.
   */
  readonly sessionMinutes: Range & { readonly targetMin: number; readonly targetMax: number };
  /**
   * Therapeutic minutes per week by age group. Default adults 540–1199, adolescents 360–1199
   * (9 h, 6 h, under 20 h where partial hospitalisation begins). `qualifyingOnly` counts only
   * Medicare qualifying services (true under `medicareIop`). Source: ASAM 2.1; SAMHSA TIP 47;
   * SSA §1861(ff).
   */
  readonly weeklyMinutes: {
    readonly adult: Range;
    readonly adolescent: Range;
    readonly qualifyingOnly: boolean;
  };
  /** Planned programme length in weeks; a warning outside it. Default 4–12. Source: DC 22-A DCMR §6329.2 (30–60 days), NY OASAS 6-week soft cap; a national norm is unconfirmed. */
  readonly programWeeks: Range;
  /** Days from admission by which the first written plan is due. Default 7. Source: Kansas KDADS R03-606; older Illinois Level II rule. */
  readonly firstPlanWithinDays: number;
  /** Most days between plan reviews. Default 30 (a common practice, unconfirmed as a mandate); 60 under Medicare ("no less than every other month"). */
  readonly planReviewEveryDays: number;
  /** Most days between Medicare recertifications. Default 60. Source: SSA §1861(ff) as amended by CAA 2023 §4124 ("no less than every other month"); exact day numbers unconfirmed. */
  readonly recertifyEveryDays: number;
  /** Group therapy sessions per week, at least. Default 2. Source: AHCCCS S9480 memo (2 groups weekly). */
  readonly groupPerWeekMin: number;
  /** Minutes for a group to count. Default 45. Source: G0410 (about 45–50 minutes). */
  readonly groupMinutesMin: number;
  /** Individual therapy at least once every this many weeks. Default 1. Source: seed; AHCCCS S9480 memo. */
  readonly individualEveryWeeks: number;
  /** Minutes for an individual session to count. Default 38. Source: CPT 90834 time band (38–52 min). */
  readonly individualMinutesMin: number;
  /** Psychoeducation activities per week, at least. Default 1. Source: seed; SSA §1861(ff)(2) item 7. */
  readonly psychoeducationPerWeekMin: number;
  /** Family sessions at least every this many weeks when involvement is planned. Default 2 (clinic default). Source: seed; SAMHSA core services. */
  readonly familyEveryWeeks: number;
  /** Psychiatric care at least every this many weeks with medications or a psychiatric diagnosis. Default 2 (unconfirmed; AHCCCS asks weekly). */
  readonly psychiatricEveryWeeks: number;
  /**
   * ICD-10-CM code prefixes of diagnoses that need psychiatric care even without medications
   * (for example `"F20"` or `"F31"`). Default none: no published source sets such a list, so a
   * clinic names its own; medications always need psychiatric care.
   */
  readonly psychiatricCareDiagnoses: readonly string[];
  /** Qualifying services per program day, at least. Default 3. Source: Medicare IOP per-diem tiers (3 services, 4 or more), CY2024 OPPS. */
  readonly servicesPerDayMin: number;
  /** Days after a medication start, dose change or stop by which a review is due. Default 7. Source: FDA 2004 antidepressant advisory. */
  readonly reviewAfterChangeDays: number;
  /**
   * Weeks after an antidepressant start or dose change at which a visit is due for a person under
   * `youngAdultAge`. Default 1, 2, 3, 4, 8, 12. Source: FDA March 2004 advisory (weekly visits in
   * the first 4 weeks; checkpoints at 4, 8 and 12 weeks).
   */
  readonly antidepressantVisitWeeks: readonly number[];
  /** Under this age (years), antidepressants follow the close-monitoring protocol. Default 25. Source: FDA Medication Guide boxed warning. */
  readonly youngAdultAge: number;
  /** Antipsychotic metabolic schedule. Default `ada-apa-2004`; alternative `apa-2020`. */
  readonly metabolicSchedule: MetabolicSchedule;
  /** Days after a lithium start or dose change by which a level is due. Default 7. Source: lithium label (levels twice weekly until stable). */
  readonly lithiumLevelAfterChangeDays: number;
  /** Most days between lithium levels once stable. Default 60. Source: lithium label (at least every 2 months). */
  readonly lithiumLevelEveryDays: number;
  /** Clozapine ANC phases from the start. Default weekly to 6 months, every 2 weeks to 12, monthly after. Source: clozapine label. */
  readonly clozapineAnc: readonly ClozapineAncPhase[];
  /** Most days between valproate levels, LFT and CBC. Default 90. Source: AACAP (every 3–6 months). */
  readonly valproateLabsEveryDays: number;
  /** Days from admission within which baseline PHQ-9 / GAD-7 measures are due. Default 7 (clinic default, matching the first-plan deadline). */
  readonly baselineWithinDays: number;
  /** Most days between repeat PHQ-9 / GAD-7 measures. Default 14 (clinic default). Source: measurement-based care practice. */
  readonly measureEveryDays: number;
  /** Days before the planned discharge by which aftercare planning starts. Default 14 (clinic default). Source: seed "towards the end". */
  readonly aftercareStartDaysBeforeDischarge: number;
  /** Days after discharge within which the first follow-up falls (from day 1). Default 7. Source: HEDIS FUH/FUM 7-day windows. */
  readonly followUpWithinDays: number;
  /** The crisis line a safety plan names. Default `"988"`. Source: 988 Suicide & Crisis Lifeline. */
  readonly crisisLine: string;
  /**
   * Suicide risk levels (`plan.risk.suicide`) that call for a safety plan. Default low, moderate
   * and high: any positive screen (The Joint Commission NPSG 15.01.01); no source sets a narrower
   * list, so a clinic may.
   */
  readonly safetyPlanRiskLevels: readonly ("low" | "moderate" | "high")[];
  /** Whether aftercare needs a support resource (support group or peer support). Default true. Source: seed. */
  readonly supportResourceRequired: boolean;
  /** Days before a concurrent review when it is noted as coming up. Default 7 (clinic default; no fixed review interval is published). */
  readonly concurrentReviewNoticeDays: number;
  /** Payers that need a prior authorisation. Default commercial, Medicaid, TRICARE; none under Medicare (certification instead). */
  readonly authorizationRequiredFor: readonly Payer[];
}

/**
 * The name of one policy parameter.
 *
 * @category Policies
 * @example
 * ```ts
 * const name: PolicyParamName = "weeklyMinutes";
 * ```
 */
export type PolicyParamName = keyof PolicyParams;

/**
 * A complete policy: thresholds (`params`) and per-rule settings (`rules`). Rules not named in
 * `rules` run at their catalog default severity.
 *
 * @category Policies
 * @example
 * ```ts
 * const policy: Policy = policies.medicareIop;
 * policy.params.planReviewEveryDays; //=> 60
 * ```
 */
export interface Policy {
  /** Stable identifier, such as `default` or `medicare-iop`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Thresholds read by rules. */
  readonly params: PolicyParams;
  /** Per-rule settings overriding the catalog defaults. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
}
