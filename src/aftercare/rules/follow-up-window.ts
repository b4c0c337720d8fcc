import { addDays, daysBetween, type Day } from "../../core/calendar";
import { lastDayOfCare } from "../../core/period";
import { defineRule } from "../../core/rule";
import type { Aftercare, TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { mustBeComplete, ONGOING_CARE, type AftercareComponentKind } from "../needs";
import { LEVELS_OF_CARE } from "../schema";

const RESIDENTIAL = LEVELS_OF_CARE.indexOf("residential");

/** A dated aftercare appointment after the last day of care: its day, how many days after discharge, and its component's index. */
export interface FollowUp {
  readonly day: Day;
  readonly daysAfter: number;
  readonly index: number;
}

/**
 * The earliest dated appointment of the given component kinds after the last day of care.
 * Appointments on or before that day are not follow-up: the window opens the day after discharge.
 */
export function firstAppointmentAfter(aftercare: Aftercare | undefined, kinds: readonly AftercareComponentKind[], discharge: Day): FollowUp | undefined {
  let best: FollowUp | undefined;
  aftercare?.components.forEach((component, index) => {
    const day = component.firstAppointment;
    if (!kinds.includes(component.kind) || day === undefined || day <= discharge) return;
    if (!best || day < best.day) best = { day, daysAfter: daysBetween(discharge, day), index };
  });
  return best;
}

/**
 * Whether the person steps up to residential or inpatient care on discharge, where the receiving
 * service takes over: follow-up in the community is then not due.
 */
export function stepsUpToResidentialCare(plan: TreatmentPlan): boolean {
  const level = plan.aftercare?.stepDownTo;
  return level !== undefined && LEVELS_OF_CARE.indexOf(level) >= RESIDENTIAL;
}

/**
 * The follow-up a discharge calls for: due from the day after the last day of care to `withinDays`
 * after it, with the first appointment of the given kinds after that day; `undefined` when none is
 * due (the person steps up to residential or inpatient care).
 */
export function followUpDue(plan: TreatmentPlan, kinds: readonly AftercareComponentKind[], withinDays: number): { readonly from: Day; readonly due: Day; readonly first: FollowUp | undefined } | undefined {
  if (stepsUpToResidentialCare(plan)) return undefined;
  const discharge = lastDayOfCare(plan);
  return { from: addDays(discharge, 1), due: addDays(discharge, withinDays), first: firstAppointmentAfter(plan.aftercare, kinds, discharge) };
}

/** Whether a follow-up is booked in its window, or none is due. */
export function followUpBooked(followUp: ReturnType<typeof followUpDue>): boolean {
  return followUp === undefined || (followUp.first !== undefined && followUp.first.day <= followUp.due);
}

/**
 * Whether the ongoing-care follow-up is arranged: the first ongoing-care appointment after the last
 * day of care is at most `followUpWithinDays` days after it, or none is due (the person steps up to
 * residential or inpatient care).
 */
export function followUpArranged(plan: TreatmentPlan, params: Pick<PolicyParams, "followUpWithinDays">): boolean {
  return followUpBooked(followUpDue(plan, ONGOING_CARE, params.followUpWithinDays));
}

/** The first ongoing-care appointment after discharge falls within followUpWithinDays days. */
export const followUpWindow = defineRule({
  code: "aftercare/follow-up-window",
  summary:
    "The first ongoing-care appointment (outpatient therapy, psychiatric follow-up or family therapy) after the last day of care falls 1 to followUpWithinDays days after it; appointments on or before that day do not count, and none is due when the person steps up to residential or inpatient care. A missing one is reported once the plan must be complete.",
  defaultSeverity: "error",
  needsAsOf: "partly",
  params: ["followUpWithinDays"],
  source:
    "NCQA HEDIS FUH/FUM 7-day follow-up, counted from the day after discharge (same-day visits do not count for FUH); not applicable to a transfer to inpatient or residential care",
  messages: {
    missing: (p: { readonly discharge: string; readonly min: number; readonly max: number }) => `No ongoing-care appointment after discharge (${p.discharge}) is booked.`,
    late: (p: { readonly actual: number; readonly discharge: string; readonly min: number; readonly max: number }, words) =>
      `The first ongoing-care appointment after discharge is ${words.count(p.actual, { one: "day", other: "days" })} after it (${p.discharge}); it should be ${words.number(p.min)} to ${words.number(p.max)} days after.`,
  },
  check({ plan, params, asOf }) {
    if (followUpArranged(plan, params)) return [];
    const discharge = lastDayOfCare(plan);
    const first = firstAppointmentAfter(plan.aftercare, ONGOING_CARE, discharge);
    const max = params.followUpWithinDays;
    if (!first) {
      if (!mustBeComplete(plan, asOf)) return [];
      return [{ path: ["aftercare", "components"], variant: "missing", params: { discharge, min: 1, max } }];
    }
    return [
      { path: ["aftercare", "components", first.index, "firstAppointment"], variant: "late", params: { actual: first.daysAfter, discharge, min: 1, max } },
    ];
  },
});
