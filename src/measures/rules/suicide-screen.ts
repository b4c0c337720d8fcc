import { ageOn, type Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { INSTRUMENT_INFO, INSTRUMENTS, type Instrument } from "../instruments";
import { scoredAssessments } from "../score";
import { admissionRecord, admissionWindow, assessmentRecords, type AdmissionWindow, type LateAssessmentParams } from "./admission-record";

/** The validated suicide-risk screens: the instruments whose record marks them `screensSuicideRisk` (C-SSRS; ASQ for youth), in catalog order. */
export const SUICIDE_SCREENS: readonly Instrument[] = INSTRUMENTS.filter((instrument) => INSTRUMENT_INFO[instrument].screensSuicideRisk);

/** Whether the person is screened at admission: `suicideScreenFromAge` or older on the admission day, or of unknown age. */
export function screenedAtAdmission(plan: TreatmentPlan, params: Pick<PolicyParams, "suicideScreenFromAge">): boolean {
  const { birthDate } = plan.participant;
  return birthDate === undefined || ageOn(birthDate, plan.period.admitted) >= params.suicideScreenFromAge;
}

/**
 * The days a suicide-risk screen counts as the admission screen (`firstPlanWithinDays` either side
 * of admission, late after that up to the last day of care), or undefined when the person is too
 * young to be screened.
 *
 * @example
 * ```ts
 * // plan: an adult admitted 2026-03-09, planned discharge 2026-05-04
 * admissionScreenWindow(plan, policies.default.params); //=> { from: "2026-03-02", due: "2026-03-16", lateUntil: "2026-05-04" }
 * ```
 */
export function admissionScreenWindow(plan: TreatmentPlan, params: Pick<PolicyParams, "firstPlanWithinDays" | "suicideScreenFromAge">): AdmissionWindow | undefined {
  return screenedAtAdmission(plan, params) ? admissionWindow(plan, params.firstPlanWithinDays) : undefined;
}

/**
 * Every person is screened for suicide risk with a validated instrument at admission: without a
 * screen in the window, the rule reports `default` (none on record there), or `late` (the first
 * screen after the window, up to the last day of care, with its day and the days late).
 *
 * A late screen stays an error, unlike other late items (a warning by default, as
 * `medication/review-late`): the screen is how risk is identified under The Joint Commission's
 * National Patient Safety Goal NPSG 15.01.01 and the Zero Suicide toolkit, which ask for it at
 * admission; the window already allows `firstPlanWithinDays` (7 days by default) for it, and every
 * day after it the person is in care with an unknown suicide risk and no safety plan it could have
 * called for. That is a safety lapse, not a slipped cadence. A policy can lower the rule's severity.
 *
 * @example
 * ```ts
 * // plan: admitted 2026-03-09, a C-SSRS on 2026-03-19
 * validatePlan(plan, { asOf: "2026-04-01" }).findings.filter((finding) => finding.rule === "measures/suicide-screen").map((finding) => finding.message);
 * //=> ["The suicide-risk screen (C-SSRS) is dated 2026-03-19, 3 days after its deadline 2026-03-16."]
 * ```
 */
export const suicideScreen = defineRule({
  code: "measures/suicide-screen",
  summary:
    "A person aged suicideScreenFromAge or older (or of unknown age) has a scorable suicide-risk screen (an instrument its record marks screensSuicideRisk: the C-SSRS, or the ASQ for youth) within firstPlanWithinDays of admission; without any screen it is reported once asOf or the discharge is past that window.",
  defaultSeverity: "error",
  needsAsOf: "partly",
  params: ["firstPlanWithinDays", "suicideScreenFromAge"],
  source: "The Joint Commission NPSG 15.01.01 (validated screening from age 12); Zero Suicide toolkit (identify: screen everyone at admission); C-SSRS screen version; NIMH ASQ toolkit",
  messages: {
    default: (p: { readonly from: Day; readonly to: Day; readonly instruments: readonly string[] }, words) =>
      `No suicide-risk screen (${words.list(p.instruments, "or")}) is recorded between ${p.from} and ${p.to}.`,
    late: (p: LateAssessmentParams, words) =>
      `The suicide-risk screen (${p.instrument}) is dated ${p.date}, ${words.count(p.daysLate, { one: "day", other: "days" })} after its deadline ${p.due}.`,
  },
  check({ plan, params, asOf, derive }) {
    const window = admissionScreenWindow(plan, params);
    if (window === undefined) return [];
    const screens = assessmentRecords(plan, SUICIDE_SCREENS, derive(scoredAssessments));
    const screen = admissionRecord(window, screens);
    if (screen.status === "done") return [];
    if (screen.status === "late") return [{ path: screen.path, variant: "late", params: screen.params }];
    const { from, due: to } = window;
    const { discharged } = plan.period;
    const past = screens.length > 0 || (asOf !== undefined && asOf > to) || (discharged !== undefined && discharged > to);
    if (!past) return [];
    return [{ path: ["assessments"], params: { from, to, instruments: SUICIDE_SCREENS } }];
  },
});
