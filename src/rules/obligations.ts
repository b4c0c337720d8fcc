import { addDaysWithinCalendar, byDate, compareDays, isDay, type Day } from "../core/calendar";
import type { FindingPath, Result } from "../core/finding";
import { onceItem, seriesItems, type DatedRecord, type ObligationSeries, type ObligationStatus } from "../core/obligations";
import { lastDayOfCare } from "../core/period";
import { ONGOING_CARE, safetyPlanReasons } from "../aftercare/needs";
import { followUpDue } from "../aftercare/rules/follow-up-window";
import { medicationFollowUpDue } from "../aftercare/rules/medication-continuity";
import { concurrentReviewSeries } from "../coverage/rules/concurrent-review-due";
import { recertificationSeries } from "../coverage/rules/recertification";
import type { Instrument } from "../measures/instruments";
import { assessmentRecords } from "../measures/rules/admission-record";
import { baselineNeeds } from "../measures/rules/baseline-recorded";
import { measureSeries } from "../measures/rules/repeat-every";
import { admissionScreenWindow, SUICIDE_SCREENS } from "../measures/rules/suicide-screen";
import { positiveSuicideItems, scoredAssessments, type PositiveSuicideItem, type ScoredAssessment } from "../measures/score";
import { medicationClasses, type LabKind, type ProtocolId } from "../medication/due";
import { dueItems, englishReason, planRecords, type ProtocolItem } from "../medication/due-items";
import { PROTOCOLS } from "../medication/protocols";
import { planReviewsOf } from "../plan/plan-reviews";
import { firstPlanDeadlineOf } from "../plan/rules/first-plan-deadline";
import { planReviewSeries } from "../plan/rules/review-cadence";
import type { TreatmentPlan } from "../plan/types";
import type { PolicyParams } from "../policy/params";
import { resolveEnginePolicy } from "./policy-choice";
import { resolveDayAndPolicy, type PolicyChoice } from "../policy/resolve";
import type { RuleCode } from "./registry";
import { guardResult } from "../core/plan-error";

/**
 * What a care obligation asks for.
 *
 * @category Obligations
 * @example
 * ```ts
 * const kind: ObligationKind = "lab";
 * ```
 */
export type ObligationKind =
  | "medication-review"
  | "lab"
  | "plan-review"
  | "measure"
  | "recertification"
  | "concurrent-review"
  | "follow-up"
  | "risk-assessment"
  | "safety-plan";

/**
 * Something that must happen in a window, why, and where it stands on `asOf`: `done` (a record
 * in the window), `late` (a record after the due day, `daysLate` after it), `missed` (none, and
 * the due day has passed), `due` (the window is open) or `upcoming`.
 *
 * @category Obligations
 * @example
 * ```ts
 * const obligation: Obligation = {
 *   kind: "medication-review", reason: "review after start on 2026-03-09", source: "review-after-change",
 *   window: { from: "2026-03-10", to: "2026-03-16" }, due: "2026-03-16", status: "late",
 *   satisfiedBy: ["reviews", 2], daysLate: 2, medicationId: "med-1",
 * };
 * ```
 */
export interface Obligation {
  readonly kind: ObligationKind;
  /** Why it is due, in words built from codes and days. */
  readonly reason: string;
  /** The medication protocol or the rule that asks for it. */
  readonly source: ProtocolId | RuleCode;
  /** Records count from `from`; after `to` the obligation is missed, or late once a record comes. */
  readonly window: { readonly from: Day; readonly to: Day };
  readonly due: Day;
  readonly status: ObligationStatus;
  /** Where the record that satisfied it sits in the plan. */
  readonly satisfiedBy?: FindingPath;
  /** For a `late` obligation: days from the due day to the record. */
  readonly daysLate?: number;
  readonly medicationId?: string;
  /** For a lab: any one of these satisfies it. */
  readonly labs?: readonly LabKind[];
  /** For a measure, the instrument; for a risk assessment, the instrument whose suicide item was positive. */
  readonly instrument?: Instrument;
}

/**
 * Options of {@link careObligations}.
 *
 * @category Obligations
 * @example
 * ```ts
 * const options: CareObligationOptions = { asOf: "2026-04-01", policy: "medicare-iop" };
 * ```
 */
export interface CareObligationOptions {
  /** The day to judge statuses on. */
  readonly asOf: Day;
  /** The policy whose cadences apply: a policy or a preset id. Default `policies.default`. */
  readonly policy?: PolicyChoice;
}

/** A medication protocol's item as an obligation: its codes and reason, then where it stands, its kind and protocol. */
function medicationObligation(item: ProtocolItem): Obligation {
  const { protocol, kind, window, due, status, satisfiedBy, daysLate, ...info } = item;
  return {
    ...info,
    reason: englishReason(item),
    window,
    due,
    status,
    ...(satisfiedBy !== undefined ? { satisfiedBy } : {}),
    ...(daysLate !== undefined ? { daysLate } : {}),
    kind: kind === "lab" ? "lab" : "medication-review",
    source: protocol,
  };
}

/** Orders obligations by due day (a stable sort keeps the producers' order within a day). */
function byDue(a: Obligation, b: Obligation): number {
  return compareDays(a.due, b.due);
}

/** The items of cadence series as obligations of one kind and source. */
function cadenceObligations<Item extends { readonly reason: string }>(
  series: readonly ObligationSeries<Item>[],
  kind: ObligationKind,
  source: RuleCode,
  asOf: Day,
  to: Day,
): Obligation[] {
  return series.flatMap((one) => seriesItems(one, asOf, to)).map((item) => ({ ...item, kind, source }));
}

/** One obligation that is no cadence: a window, the records that may satisfy it (late up to `lateUntil`), judged on `asOf`. */
function onceObligation<Item extends { readonly reason: string }>(
  window: { readonly from: Day; readonly due: Day; readonly lateUntil: Day },
  records: readonly DatedRecord[],
  item: Item,
  kind: ObligationKind,
  source: RuleCode,
  asOf: Day,
): Obligation[] {
  return [{ ...onceItem(window, records, item, asOf), kind, source }];
}

/**
 * The first written plan, due `firstPlanWithinDays` after admission; a later first plan satisfies
 * it late. As for its rule, a plan written before admission (at intake) is the first plan: the
 * window opens on the earlier of admission and that plan.
 */
function firstPlanObligation(plan: TreatmentPlan, withinDays: number, asOf: Day): Obligation[] {
  const due = firstPlanDeadlineOf(plan, withinDays);
  const first = planReviewsOf(plan)[0];
  const records = first === undefined ? [] : [{ date: first.review.date, path: first.path }];
  const from = first !== undefined && first.review.date < plan.period.admitted ? first.review.date : plan.period.admitted;
  return onceObligation({ from, due, lateUntil: lastDayOfCare(plan) }, records, { reason: `first plan within ${withinDays} days of admission` }, "plan-review", "plan/first-plan-deadline", asOf);
}

/** The suicide-risk screen at admission (C-SSRS, or the ASQ for youth): a screen inside the window is the admission screen, a later one in care satisfies it late. */
function admissionScreenObligation(plan: TreatmentPlan, params: Pick<PolicyParams, "firstPlanWithinDays" | "suicideScreenFromAge">, scored: readonly ScoredAssessment[], asOf: Day): Obligation[] {
  const window = admissionScreenWindow(plan, params);
  if (window === undefined) return [];
  const reason = `suicide-risk screen (${SUICIDE_SCREENS.join(" or ")}) within ${params.firstPlanWithinDays} days of admission`;
  return onceObligation(window, assessmentRecords(plan, SUICIDE_SCREENS, scored), { reason }, "measure", "measures/suicide-screen", asOf);
}

/** The baseline measures around admission: a measure inside the window is a baseline, a later one in care satisfies it late. */
function baselineObligations(plan: TreatmentPlan, params: Pick<PolicyParams, "baselineWithinDays" | "measuresFor">, scored: readonly ScoredAssessment[], asOf: Day): Obligation[] {
  return baselineNeeds(plan, params).flatMap(({ anyOf, instrument, window }) => {
    const reason = `baseline ${instrument ?? anyOf.join(" or ")} within ${params.baselineWithinDays} days of admission`;
    return onceObligation(window, assessmentRecords(plan, anyOf, scored), { reason, ...(instrument === undefined ? {} : { instrument }) }, "measure", "measures/baseline-recorded", asOf);
  });
}

/** When something is due after an event on `date`, in English: "on 2026-03-10, the day of …", or "within 3 days of … on 2026-03-10". */
function dueAfter(days: number, event: string, date: Day): string {
  return days === 0 ? `on ${date}, the day of ${event}` : `within ${days === 1 ? "1 day" : `${days} days`} of ${event} on ${date}`;
}

/** What answers a positive suicide item: the psychiatric reviews and the documented risk assessment, in date order. */
function riskAssessmentRecords(plan: TreatmentPlan): DatedRecord[] {
  const records: DatedRecord[] = [];
  plan.reviews.forEach((review, index) => {
    if (review.kind === "psychiatric") records.push({ date: review.date, path: ["reviews", index] });
  });
  if (plan.risk !== undefined) records.push({ date: plan.risk.assessedOn, path: ["risk", "assessedOn"] });
  return records.sort(byDate);
}

/**
 * A risk assessment after each positive suicide item, as `measures/suicide-item-positive` asks: a
 * psychiatric review or the documented risk assessment from the day of the item (the same
 * encounter counts) to `suicideAssessmentWithinDays` after it. A later one does not count, so
 * none is ever `late`.
 */
function riskAssessmentObligations(plan: TreatmentPlan, withinDaysOfItem: number, positive: readonly PositiveSuicideItem[], asOf: Day): Obligation[] {
  const records = riskAssessmentRecords(plan);
  return positive.flatMap(({ instrument, item, date }) => {
    const due = addDaysWithinCalendar(date, withinDaysOfItem);
    const reason = `suicide risk assessment ${dueAfter(withinDaysOfItem, `a positive ${instrument} item ${item + 1}`, date)}`;
    return onceObligation({ from: date, due, lateUntil: due }, records, { reason, instrument }, "risk-assessment", "measures/suicide-item-positive", asOf);
  });
}

/**
 * The safety plan, as `aftercare/safety-plan` judges it: due `safetyPlanWithinDays` after what
 * called for it (a risk level of the policy's list, a positive suicide item, or a risk assessed
 * high later), from that day on. A dated plan answers the latest call on or before its day
 * (`done`, or `late` whenever it came, as the rule reports it); a call after it is owed a new plan.
 * Without a plan the first call is owed. An undated plan cannot be placed in time: no obligation
 * is listed for it (the rule reports it as advisory).
 */
function safetyPlanObligations(
  plan: TreatmentPlan,
  params: Pick<PolicyParams, "safetyPlanRiskLevels" | "safetyPlanWithinDays">,
  positive: readonly PositiveSuicideItem[],
  asOf: Day,
): Obligation[] {
  const reasons = safetyPlanReasons(plan, params, positive);
  const safety = plan.aftercare?.safetyPlan;
  if (reasons.length === 0 || (safety !== undefined && safety.writtenOn === undefined)) return [];
  const writtenOn = safety?.writtenOn;
  const answered = writtenOn === undefined ? undefined : reasons.filter((call) => call.date <= writtenOn).at(-1);
  const owed = writtenOn === undefined ? reasons[0] : reasons.find((call) => call.date > writtenOn);
  return [answered, owed].flatMap((call) => {
    if (call === undefined) return [];
    const due = addDaysWithinCalendar(call.date, params.safetyPlanWithinDays);
    const records = call === answered ? [{ date: writtenOn!, path: ["aftercare", "safetyPlan", "writtenOn"] }] : [];
    const reason = `safety plan ${dueAfter(params.safetyPlanWithinDays, `the ${call.reason === "risk" ? "risk assessed" : `positive ${call.reason}`}`, call.date)}`;
    return onceObligation({ from: call.date, due, lateUntil: writtenOn !== undefined && writtenOn > due ? writtenOn : due }, records, { reason }, "safety-plan", "aftercare/safety-plan", asOf);
  });
}

/**
 * A follow-up after discharge as an obligation: booking the first appointment in its window
 * satisfies it (`done`, or `late` when booked after the due day), whatever `asOf` is; without one it
 * is `upcoming`, `due` or `missed` on `asOf`.
 */
function followUpObligation(followUp: ReturnType<typeof followUpDue>, reason: string, source: RuleCode, asOf: Day): Obligation[] {
  // A discharge at the calendar's end has no follow-up window inside the calendar.
  if (followUp === undefined || !isDay(followUp.due)) return [];
  const { from, due, first } = followUp;
  const booked = first === undefined ? [] : [{ date: first.day, path: ["aftercare", "components", first.index, "firstAppointment"] }];
  const judgedOn = first !== undefined && first.day > asOf ? first.day : asOf;
  return onceObligation({ from, due, lateUntil: first?.day ?? due }, booked, { reason }, "follow-up", source, judgedOn);
}

/**
 * Lists everything a plan asks to happen by a date, from admission to the end of care, with where
 * each stands on `asOf`: psychiatric reviews and labs of every medication protocol, the first
 * written plan (`plan/first-plan-deadline`) and the plan reviews after it (`plan/review-cadence`),
 * the baseline measures (`measures/baseline-recorded`) and the routine measures after them
 * (`measures/repeat-every`), the suicide-risk screen at admission (`measures/suicide-screen`), the
 * risk assessment after a positive suicide item (`measures/suicide-item-positive`, the same day
 * by default) and the safety plan a risk calls for (`aftercare/safety-plan`), Medicare recertifications
 * (`coverage/recertification`), the next concurrent review (`coverage/concurrent-review-due`) and
 * the follow-ups after discharge (`aftercare/follow-up-window`, `aftercare/medication-continuity`:
 * a booked appointment satisfies them).
 * A window opens the day after the event that triggers it unless its source says otherwise; a
 * recurring item is due its interval after the record that satisfied the previous one (after the
 * previous due day when that one was missed); a record after the due day satisfies it `late`.
 * Sorted by due day. Never throws.
 *
 * @param plan - a parsed plan
 * @param options - `asOf` and the policy
 * @returns the obligations, or findings for a bad `asOf` and a policy the engine cannot apply (an
 * unknown preset, invalid parameters, an unknown rule code or message override)
 * @category Obligations
 * @example
 * ```ts
 * const result = careObligations(plan, { asOf: "2026-04-01" });
 * result.success && result.data.filter((item) => item.status === "missed").map((item) => item.source); //=> ["review-after-change", "plan/first-plan-deadline", "measures/baseline-recorded", "measures/suicide-screen", "routine-psychiatric"]
 * ```
 */
export function careObligations(plan: TreatmentPlan, options: CareObligationOptions): Result<Obligation[]> {
  return guardResult("plan or its options", () => {
    const resolved = resolveDayAndPolicy(options, resolveEnginePolicy);
    if (!resolved.success) return resolved;
    const { asOf, policy } = resolved.data;
    const { params } = policy;
    const to = lastDayOfCare(plan);
    const records = planRecords(plan);
    const classes = medicationClasses(plan);
    const scored = scoredAssessments(plan);
    const positive = positiveSuicideItems(plan);
    const medication = PROTOCOLS.flatMap((protocol) => dueItems(protocol, plan, params, asOf, to, records, classes)).map(medicationObligation);
    const obligations = [
      ...medication,
      ...firstPlanObligation(plan, params.firstPlanWithinDays, asOf),
      ...cadenceObligations([planReviewSeries(plan, params.planReviewEveryDays)], "plan-review", "plan/review-cadence", asOf, to),
      ...baselineObligations(plan, params, scored, asOf),
      ...admissionScreenObligation(plan, params, scored, asOf),
      ...riskAssessmentObligations(plan, params.suicideAssessmentWithinDays, positive, asOf),
      ...safetyPlanObligations(plan, params, positive, asOf),
      ...cadenceObligations(measureSeries(plan, params.measureEveryDays), "measure", "measures/repeat-every", asOf, to),
      ...cadenceObligations(recertificationSeries(plan, params.recertifyEveryDays, params.firstRecertifyWithinDays), "recertification", "coverage/recertification", asOf, to),
      ...cadenceObligations(concurrentReviewSeries(plan, params.concurrentReviewNoticeDays), "concurrent-review", "coverage/concurrent-review-due", asOf, plan.coverage?.authorization?.nextReview ?? to),
      ...followUpObligation(followUpDue(plan, ONGOING_CARE, params.followUpWithinDays), `ongoing care within ${params.followUpWithinDays} days of discharge`, "aftercare/follow-up-window", asOf),
      ...followUpObligation(medicationFollowUpDue(plan, params.psychiatricFollowUpWithinDays), `psychiatric follow-up within ${params.psychiatricFollowUpWithinDays} days of discharge`, "aftercare/medication-continuity", asOf),
    ];
    return { success: true, data: obligations.sort(byDue) };
  });
}
