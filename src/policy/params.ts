import * as z from "zod";
import { englishMessage } from "../core/messages";
import type { DeepReadonly } from "../core/readonly";
import { POLICY_MESSAGES } from "./messages";
import { PAYERS } from "./payers";

const count = z.int().min(0).max(10_000);
const positive = z.int().min(1).max(10_000);

type PolicyMessages = typeof POLICY_MESSAGES;

/** A custom issue that becomes the finding `rule` with its variant, its numbers as the finding's params and its text from {@link POLICY_MESSAGES}. */
function policyIssue<Rule extends "policy/min-above-max" | "policy/phase-order">(rule: Rule, variant: keyof PolicyMessages[Rule] & string, path: PropertyKey[], values: Record<string, number>) {
  const message = englishMessage(POLICY_MESSAGES[rule], variant, values, []);
  return { code: "custom" as const, path, message, params: { rule, variant, values } };
}

type RangeCheck = z.core.ParsePayload<{ min: number; max: number }>;

function minAtMostMax(ctx: RangeCheck): void {
  const { min, max } = ctx.value;
  if (min > max) ctx.issues.push({ ...policyIssue("policy/min-above-max", "default", ["min"], { min, max }), input: ctx.value });
}

function rangeOf(bound: z.ZodInt) {
  return z.strictObject({ min: bound, max: bound }).check(minAtMostMax);
}

const range = rangeOf(count);

/**
 * The age groups a participant belongs to, each with its own weekly minutes in a policy
 * (`weeklyMinutes`, indexed by them).
 *
 * @example
 * ```ts
 * AGE_GROUPS; //=> ["adult", "adolescent"]
 * ```
 */
export const AGE_GROUPS = ["adult", "adolescent"] as const;

const sessionMinutes = z.strictObject({ min: count, max: count, targetMin: count, targetMax: count }).check((ctx) => {
  minAtMostMax(ctx);
  const { min, max, targetMin, targetMax } = ctx.value;
  if (targetMin > targetMax || targetMin < min || targetMax > max) {
    ctx.issues.push({ ...policyIssue("policy/min-above-max", "targetBand", ["targetMin"], { min, targetMin, targetMax, max }), input: ctx.value });
  }
});

const clozapinePhases = z
  .array(z.union([z.strictObject({ fromMonth: count, everyWeeks: positive }), z.strictObject({ fromMonth: count, everyMonths: positive })]))
  .min(1)
  .max(12)
  .check((ctx) => {
    ctx.value.forEach((phase, index) => {
      const previous = ctx.value[index - 1];
      const inOrder = previous === undefined ? phase.fromMonth === 0 : phase.fromMonth > previous.fromMonth;
      if (!inOrder) {
        ctx.issues.push({ ...policyIssue("policy/phase-order", "default", [index, "fromMonth"], { actual: phase.fromMonth }), input: ctx.value });
      }
    });
  });

/** A policy parameter as declared: its schema and the value the `default` preset gives it. */
interface Parameter<Schema extends z.ZodType> {
  readonly schema: Schema;
  readonly defaultValue: z.output<Schema>;
}

function parameter<Schema extends z.ZodType>(schema: Schema, defaultValue: z.output<Schema>): Parameter<Schema> {
  return { schema, defaultValue };
}

/**
 * Every threshold the rules read, each declared once with its schema, its `default` preset value
 * and TSDoc giving its unit, that value's source (see the project's domain notes) or "clinic
 * default" when no published source fixes the number, so a clinic can set its own. Numbers live
 * here, never in rule code.
 */
const PARAMETERS = {
  /** Program days per week. Default 3–5. Source: seed article; H0015 descriptor (≥ 3 days). */
  daysPerWeek: parameter(rangeOf(z.int().min(1).max(7)), { min: 3, max: 5 }),
  /**
   * Minutes per session. An error outside `min`–`max` (default 120–240), a warning outside
   * `targetMin`–`targetMax` (default 150–210). Source: seed "around three hours"; TRICARE ≥ 2 h per
   * treatment day; H0015 ≥ 3 h per day.
   */
  sessionMinutes: parameter(sessionMinutes, { min: 120, max: 240, targetMin: 150, targetMax: 210 }),
  /**
   * Therapeutic minutes per week by age group. Default adults 540–1199, adolescents 360–1199
   * (9 h, 6 h, under 20 h where partial hospitalization begins). `qualifyingOnly` counts only
   * Medicare qualifying services (true under `medicareIop`). Source: ASAM 2.1; SAMHSA TIP 47;
   * SSA §1861(ff).
   */
  weeklyMinutes: parameter(z.strictObject({ adult: range, adolescent: range, qualifyingOnly: z.boolean() }), { adult: { min: 540, max: 1199 }, adolescent: { min: 360, max: 1199 }, qualifyingOnly: false }),
  /** Planned program length in weeks; a warning outside it. Default 4–12. Source: DC 22-A DCMR §6329.2 (30–60 days), NY OASAS 6-week soft cap; a national norm is unconfirmed. */
  programWeeks: parameter(range, { min: 4, max: 12 }),
  /** Days from admission by which the first written plan is due. Default 7. Source: Kansas KDADS R03-606; older Illinois Level II rule. */
  firstPlanWithinDays: parameter(count, 7),
  /** Most days between plan reviews. Default 30 (a common practice, unconfirmed as a mandate); 60 under Medicare ("no less than every other month"). */
  planReviewEveryDays: parameter(positive, 30),
  /** Most days between Medicare recertifications. Default 60. Source: SSA §1861(ff) as amended by CAA 2023 §4124 ("no less than every other month"); exact day numbers unconfirmed. */
  recertifyEveryDays: parameter(positive, 60),
  /** Most days from the Medicare certification to the first recertification. Default 30. Source: 42 CFR 424.24(d) may ask the first IOP recertification by day 30, then every `recertifyEveryDays` (unconfirmed: the regulation was not read in full). */
  firstRecertifyWithinDays: parameter(positive, 30),
  /** Group therapy sessions per week, at least. Default 2. Source: AHCCCS S9480 memo (2 groups weekly). */
  groupPerWeekMin: parameter(count, 2),
  /** Minutes for a group to count. Default 45. Source: G0410 (about 45–50 minutes). */
  groupMinutesMin: parameter(count, 45),
  /** Individual therapy at least once every this many weeks. Default 1. Source: seed; AHCCCS S9480 memo. */
  individualEveryWeeks: parameter(positive, 1),
  /** Minutes for an individual session to count. Default 38. Source: CPT 90834 time band (38–52 min). */
  individualMinutesMin: parameter(count, 38),
  /** Psychoeducation activities per week, at least. Default 1. Source: seed; SSA §1861(ff)(2) item 7. */
  psychoeducationPerWeekMin: parameter(count, 1),
  /** Family sessions at least every this many weeks when involvement is planned. Default 2 (clinic default). Source: seed; SAMHSA core services. */
  familyEveryWeeks: parameter(positive, 2),
  /** Psychiatric care at least every this many weeks with medications or a psychiatric diagnosis. Default 2 (unconfirmed; AHCCCS asks weekly). */
  psychiatricEveryWeeks: parameter(positive, 2),
  /**
   * ICD-10-CM code prefixes of diagnoses that need psychiatric care even without medications
   * (for example `"F20"` or `"F31"`). Default none: no published source sets such a list, so a
   * clinic names its own; medications always need psychiatric care.
   */
  psychiatricCareDiagnoses: parameter(z.array(z.string().regex(/^[A-TV-Z][0-9]{0,2}(\.[0-9A-TV-Z]{0,4})?$/i)).max(100), []),
  /**
   * Qualifying services per program day, at least. Default 3 (clinic default). The Medicare IOP
   * per-diem APCs for 3 and for 4 or more services a day (CY2024 OPPS) are payment tiers: no source
   * makes 3 services a coverage floor (unconfirmed as a requirement, DOMAIN §8).
   */
  servicesPerDayMin: parameter(count, 3),
  /** Days after a medication start, dose change or stop by which a review is due. Default 7. Source: FDA 2004 antidepressant advisory. */
  reviewAfterChangeDays: parameter(positive, 7),
  /**
   * Weeks after an antidepressant start or dose change at which a visit is due for a person under
   * `youngAdultAge`. Default 1, 2, 3, 4, 6, 8, 12. Source: FDA 2004 schedule as given by Morrato et
   * al., Am J Psychiatry 2007 (weekly for 4 weeks, every other week for the next 4, then at 12
   * weeks); the label wording "biweekly weeks 5–8" is unconfirmed (DOMAIN §4).
   */
  antidepressantVisitWeeks: parameter(z.array(positive).min(1).max(52), [1, 2, 3, 4, 6, 8, 12]),
  /** Under this age (years), antidepressants follow the close-monitoring protocol. Default 25. Source: FDA Medication Guide boxed warning. */
  youngAdultAge: parameter(z.int().min(0).max(130), 25),
  /**
   * Antipsychotic metabolic schedule: `ada-apa-2004` (default; ADA/APA consensus, Diabetes Care
   * 2004;27:596) or `apa-2020` (APA practice guideline 2020, Table 1).
   */
  metabolicSchedule: parameter(z.enum(["ada-apa-2004", "apa-2020"]), "ada-apa-2004"),
  /** Days after a lithium start or dose change by which a level is due. Default 7. Source: lithium label (levels twice weekly until stable). */
  lithiumLevelAfterChangeDays: parameter(positive, 7),
  /** Most days between lithium levels once stable. Default 60. Source: lithium label (at least every 2 months). */
  lithiumLevelEveryDays: parameter(positive, 60),
  /**
   * Clozapine ANC phases from the start: from `fromMonth` months after the start until the next
   * phase, a count every `everyWeeks` weeks or every `everyMonths` months. Phases start at month 0
   * and increase. Default weekly to 6 months, every 2 weeks to 12, monthly after. Source:
   * clozapine label.
   */
  clozapineAnc: parameter(clozapinePhases, [{ fromMonth: 0, everyWeeks: 1 }, { fromMonth: 6, everyWeeks: 2 }, { fromMonth: 12, everyMonths: 1 }]),
  /** Most days between valproate levels, LFT and CBC. Default 90. Source: AACAP (every 3–6 months). */
  valproateLabsEveryDays: parameter(positive, 90),
  /** Days from admission within which baseline PHQ-9 / GAD-7 measures are due. Default 7 (clinic default, matching the first-plan deadline). */
  baselineWithinDays: parameter(count, 7),
  /** Most days between repeat PHQ-9 / GAD-7 measures. Default 14 (clinic default). Source: measurement-based care practice. */
  measureEveryDays: parameter(positive, 14),
  /** Days before the planned discharge by which aftercare planning starts. Default 14 (clinic default). Source: seed "toward the end". */
  aftercareStartDaysBeforeDischarge: parameter(count, 14),
  /** Days after discharge within which the first follow-up falls (from day 1). Default 7. Source: HEDIS FUH/FUM 7-day windows. */
  followUpWithinDays: parameter(positive, 7),
  /** The crisis line a safety plan names. Default `"988"`. Source: 988 Suicide & Crisis Lifeline. */
  crisisLine: parameter(z.string().min(1).max(32), "988"),
  /**
   * Suicide risk levels (`plan.risk.suicide`) that call for a safety plan. Default low, moderate
   * and high: any positive screen (The Joint Commission NPSG 15.01.01); no source sets a narrower
   * list, so a clinic may.
   */
  safetyPlanRiskLevels: parameter(z.array(z.enum(["low", "moderate", "high"])).max(3), ["low", "moderate", "high"]),
  /** Whether aftercare needs a support resource (support group or peer support). Default true. Source: seed. */
  supportResourceRequired: parameter(z.boolean(), true),
  /** Days before a concurrent review when it is noted as coming up. Default 7 (clinic default; no fixed review interval is published). */
  concurrentReviewNoticeDays: parameter(count, 7),
  /** Payers that need a prior authorization. Default commercial, Medicaid, TRICARE; none under Medicare (certification instead). */
  authorizationRequiredFor: parameter(z.array(z.enum(PAYERS)).max(PAYERS.length), ["commercial", "medicaid", "tricare"]),
  /**
   * Days after discharge within which the psychiatric follow-up for medications that continue falls
   * (from day 1). Default 30. Source: NCQA FUH/FUM 30-day follow-up window, taken as the analogue
   * for continuing medication management.
   */
  psychiatricFollowUpWithinDays: parameter(positive, 30),
  /**
   * Age in years at admission from which a participant is an adult (younger: adolescent). Default 18
   * (clinic default: the ASAM and SAMHSA hour ranges for adolescents name no age boundary).
   */
  adultFromAge: parameter(z.int().min(0).max(130), 18),
  /**
   * Days after the risk assessment or positive screen that calls for a safety plan by which the
   * plan is written, during care. Default 1 (clinic default: The Joint Commission NPSG 15.01.01
   * asks for a safety plan after a positive screen without a number of days; Stanley-Brown
   * safety planning is done at the encounter, and 1 leaves the next day when it runs late).
   */
  safetyPlanWithinDays: parameter(count, 1),
  /**
   * Days after a positive suicide screen or suicide item (C-SSRS, PHQ-9 item 9) within which a
   * psychiatric review or a documented risk assessment follows. Default 0, the same day. Source:
   * The Joint Commission NPSG 15.01.01 (assessment at the same encounter); Zero Suicide toolkit.
   */
  suicideAssessmentWithinDays: parameter(count, 0),
  /** Age (years) from which every person is screened for suicide risk at admission. Default 12. Source: The Joint Commission NPSG 15.01.01 (validated screening from age 12). */
  suicideScreenFromAge: parameter(z.int().min(0).max(130), 12),
  /**
   * Who needs a standardized measure at admission: `everyone` (default; The Joint Commission
   * CTS.03.01.09, a standardized tool for every individual served) or `diagnoses`, only those
   * whose diagnoses an instrument measures (PHQ-9 for F32/F33, GAD-7 for F41.1, …). Under
   * `everyone` a person whose diagnoses call for no instrument needs one routine measure of any
   * kind.
   */
  measuresFor: parameter(z.enum(["everyone", "diagnoses"]), "everyone"),
  /**
   * Days after a lithium start or dose change before which a level does not count: a level reflects
   * a new dose only at steady state. Default 5. Source: FDA lithium label (steady state about 5 days).
   */
  lithiumLevelNotBeforeDays: parameter(positive, 5),
  /** Months between lithium renal function tests, from a baseline at the start. Default 6. Source: South Australian lithium guideline and FDA lithium label (DOMAIN §4). */
  lithiumRenalEveryMonths: parameter(positive, 6),
  /**
   * Months between lithium thyroid (TSH) and calcium tests, from a baseline at the start. Default
   * 6, the more frequent of DOMAIN's two readings: renal function, thyroid and calcium "at start
   * and about every 6 months" (FDA lithium label with the South Australian guideline, DOMAIN §8);
   * the South Australian guideline alone has TSH and calcium yearly (DOMAIN §4), a clinic's 12.
   */
  lithiumThyroidCalciumEveryMonths: parameter(positive, 6),
  /** Days off clozapine from which a restart is monitored as a new patient (baseline, weekly phase). Default 30. Source: clozapine label (PMC9243911 table 6). */
  clozapineRestartAfterDays: parameter(positive, 30),
  /** Months after a valproate start with monthly liver tests and blood counts. Default 6 (unconfirmed: the boxed warning says "frequent intervals, especially during the first six months"; monthly is a clinic default). */
  valproateMonthlyLabsMonths: parameter(count, 6),
  /** Days before a valproate start from which a pregnancy test counts. Default 7 (clinic default). Source for the test: Depakote label (teratogenicity). */
  valproatePregnancyTestBeforeDays: parameter(count, 7),
  /** Unexcused absences in a row (sessions and appointments, attended ones ending a run) that call for outreach. Default 3 (clinic default: no published source sets a number). */
  absenceRunForOutreach: parameter(positive, 3),
  /**
   * Completed weeks in a row with delivered minutes under the weekly minimum from which the finding
   * is raised to the rule's full severity and asks for a review of the level of care. Default 2
   * (clinic default: no published source sets a number).
   */
  shortWeeksForReview: parameter(positive, 2),
  /**
   * Weeks under the weekly minimum just before a step down from IOP to outpatient care that still
   * count as IOP. Default 2. Source: ASAM Criteria 3rd edition as quoted by Aetna (below 9 h, or 6 h
   * for adolescents, for 1–2 weeks before transfer to level 1). 0 under Medicare, whose certification
   * states the need for at least 9 hours a week (SSA §1861(ff)): no Medicare source grants the
   * ASAM grace (unconfirmed either way).
   */
  stepDownGraceWeeks: parameter(count, 2),
  /**
   * Days before a step up to partial hospitalization in which an IOP service is not billed: the IOP
   * claim would be returned. Default 0 (only the same days; clinic default); 7 under Medicare.
   * Source: nahri.org on condition code 92 (an IOP claim with a line within 7 days before another
   * claim's from date is returned).
   */
  phpIopClaimWindowDays: parameter(count, 0),
};

type ParameterTable = typeof PARAMETERS;

/**
 * The schema of a policy's parameters, made from their declarations: the TypeScript type
 * {@link PolicyParams}, the checks of `definePolicy` (types, bounds, each `min` at most its `max`)
 * and the rules reference all come from it.
 *
 * @category Policies
 * @example
 * ```ts
 * PolicyParamsSchema.safeParse(policies.default.params).success; //=> true
 * ```
 */
export const PolicyParamsSchema = z.strictObject(
  Object.fromEntries(Object.entries(PARAMETERS).map(([name, { schema }]) => [name, schema])) as { [Name in keyof ParameterTable]: ParameterTable[Name]["schema"] },
);

/**
 * Every threshold the rules read, typed from {@link PolicyParamsSchema} (where each entry's unit,
 * default and source are documented).
 *
 * @category Policies
 * @example
 * ```ts
 * policies.default.params.weeklyMinutes.adult; //=> { min: 540, max: 1199 }
 * ```
 */
export type PolicyParams = DeepReadonly<z.output<typeof PolicyParamsSchema>>;

/** The value of every parameter under the `default` preset, which the other presets extend. */
export const DEFAULT_PARAMS = Object.fromEntries(Object.entries(PARAMETERS).map(([name, { defaultValue }]) => [name, defaultValue])) as { [Name in keyof ParameterTable]: z.output<ParameterTable[Name]["schema"]> } satisfies PolicyParams;

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
 * An inclusive range of numbers.
 *
 * @category Policies
 * @example
 * ```ts
 * const days: Range = { min: 3, max: 5 };
 * ```
 */
export type Range = PolicyParams["programWeeks"];

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
export type MetabolicSchedule = PolicyParams["metabolicSchedule"];

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
export type ClozapineAncPhase = PolicyParams["clozapineAnc"][number];
