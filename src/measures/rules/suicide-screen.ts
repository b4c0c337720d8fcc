import { flatMap } from "../../core/arrays";
import { addDays, ageOn, type Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { INSTRUMENT_INFO, INSTRUMENTS, type Instrument } from "../instruments";
import { scoredAssessments, scoresOf } from "../score";

/** The validated suicide-risk screens: the instruments whose record marks them `screensSuicideRisk` (C-SSRS; ASQ for youth), in catalog order. */
export const SUICIDE_SCREENS: readonly Instrument[] = INSTRUMENTS.filter((instrument) => INSTRUMENT_INFO[instrument].screensSuicideRisk);

/** Whether the person is screened at admission: `suicideScreenFromAge` or older on the admission day, or of unknown age. */
export function screenedAtAdmission(plan: TreatmentPlan, params: Pick<PolicyParams, "suicideScreenFromAge">): boolean {
  const { birthDate } = plan.participant;
  return birthDate === undefined || ageOn(birthDate, plan.period.admitted) >= params.suicideScreenFromAge;
}

/** The days a suicide-risk screen counts as the admission screen (`firstPlanWithinDays` either side of admission), or undefined when the person is too young to be screened. */
export function admissionScreenWindow(plan: TreatmentPlan, params: Pick<PolicyParams, "firstPlanWithinDays" | "suicideScreenFromAge">): { readonly from: Day; readonly to: Day } | undefined {
  if (!screenedAtAdmission(plan, params)) return undefined;
  return { from: addDays(plan.period.admitted, -params.firstPlanWithinDays), to: addDays(plan.period.admitted, params.firstPlanWithinDays) };
}

/** Every person is screened for suicide risk with a validated instrument at admission. */
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
  },
  check({ plan, params, asOf, derive }) {
    const window = admissionScreenWindow(plan, params);
    if (window === undefined) return [];
    const { from, to } = window;
    const screens = flatMap(SUICIDE_SCREENS, (instrument) => scoresOf(plan, instrument, derive(scoredAssessments)));
    if (screens.some(({ score }) => score.date >= from && score.date <= to)) return [];
    const { discharged } = plan.period;
    const past = screens.length > 0 || (asOf !== undefined && asOf > to) || (discharged !== undefined && discharged > to);
    if (!past) return [];
    return [{ path: ["assessments"], params: { from, to, instruments: SUICIDE_SCREENS } }];
  },
});
