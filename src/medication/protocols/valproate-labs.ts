import { flatMap } from "../../core/arrays";
import { addDays, addMonths, type Day } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { lastDayOfCare } from "../../core/period";
import type { Medication } from "../../plan/types";
import { courseEvent, coursesOf, defineProtocol, intervalSeries, medicationClasses, medicationsOfClass, pointSeries, type Course, type DueSeries, type LabKind } from "../due";
import { MISSED_MESSAGES, overdueFindings } from "../overdue";

/**
 * Liver function or blood count for a course: a baseline at the start, monthly for the first
 * `monthlyMonths`, then every `everyDays` from the last one.
 */
function liverOrCount(course: Course, monthlyMonths: number, everyDays: number, lab: LabKind, medicationId: string): DueSeries {
  const monthlyUntil = addMonths(course.start, monthlyMonths);
  const step = (day: Day) => (day < monthlyUntil ? addMonths(day, 1) : addDays(day, everyDays));
  return intervalSeries({ from: addDays(addMonths(course.start, -1), 1), due: course.start }, step, course.stop, {
    kind: "lab",
    labs: [lab],
    event: courseEvent(course),
    eventOn: course.start,
    medicationId,
  });
}

/** The rule's messages: a missed lab, and valproate taken in care by a person of whom it is not recorded whether they can become pregnant. */
const messages = {
  ...MISSED_MESSAGES,
  pregnancyUnknown: (p: { readonly medication: number }) =>
    `Medication ${p.medication} is valproate and whether the participant can become pregnant is not recorded; the pregnancy test valproate asks for cannot be checked.`,
} as const;

/**
 * Valproate labs for every course: liver function and blood count at the start, monthly for the
 * first `valproateMonthlyLabsMonths`, then every `valproateLabsEveryDays` from the last one; a
 * level every `valproateLabsEveryDays`; and a pregnancy test by the start (from
 * `valproatePregnancyTestBeforeDays` before it) when the participant can become pregnant. Its rule
 * reports the items missed at `asOf`, and notes valproate taken during care when the plan does
 * not say whether the participant can become pregnant.
 */
export const valproateLabs = defineProtocol({
  id: "valproate-labs",
  generate(context) {
    const { valproateLabsEveryDays: every, valproateMonthlyLabsMonths: monthly, valproatePregnancyTestBeforeDays: before } = context.params;
    const pregnancyTest = context.plan.participant.canBecomePregnant === true;
    return flatMap(medicationsOfClass(context, "valproate"), ({ medication }) =>
      flatMap(coursesOf(medication), (course) => [
        intervalSeries({ from: addDays(course.start, 1), due: addDays(course.start, every) }, (day) => addDays(day, every), course.stop, {
          kind: "lab",
          labs: ["valproate-level"],
          event: courseEvent(course),
          eventOn: course.start,
          medicationId: medication.id,
        }),
        liverOrCount(course, monthly, every, "blood-count", medication.id),
        liverOrCount(course, monthly, every, "liver-function", medication.id),
        ...(pregnancyTest
          ? [
              pointSeries([course.start], addDays(course.start, -before), undefined, context.to, {
                kind: "lab",
                labs: ["pregnancy-test"],
                event: "start",
                eventOn: course.start,
                medicationId: medication.id,
              }),
            ]
          : []),
      ]),
    );
  },
  rule: defineRule({
    code: "medication/monitoring-valproate",
    summary:
      "No valproate lab is missed at asOf. Valproate: liver function and blood count at each start, monthly for valproateMonthlyLabsMonths, then every valproateLabsEveryDays; a level every valproateLabsEveryDays; a pregnancy test by the start when the participant can become pregnant. Valproate for a participant of whom the plan does not say whether they can become pregnant is noted, since the test cannot be checked.",
    defaultSeverity: "error",
    params: ["valproateLabsEveryDays", "valproateMonthlyLabsMonths", "valproatePregnancyTestBeforeDays"],
    source:
      "AACAP practice parameter 2007 (baseline LFT and CBC; levels, LFT and CBC every 3–6 months); Depakote label boxed warning (liver tests at frequent intervals, especially in the first six months; teratogenicity)",
    needsAsOf: true,
    messages,
    check(ctx): RuleFindingDraft<typeof messages>[] {
      const { admitted } = ctx.plan.period;
      const end = lastDayOfCare(ctx.plan);
      const takenInCare = (medication: Medication) => coursesOf(medication).some((course) => course.start <= end && (course.stop === undefined || course.stop > admitted));
      const classes = ctx.derive(medicationClasses);
      const index = ctx.plan.medications.findIndex((medication, at) => classes[at]!.includes("valproate") && takenInCare(medication));
      const pregnancyUnknown: RuleFindingDraft<typeof messages>[] =
        index !== -1 && ctx.plan.participant.canBecomePregnant === undefined
          ? [{ path: ["participant", "canBecomePregnant"], variant: "pregnancyUnknown", params: { medication: index + 1 }, advisory: true }]
          : [];
      return [...pregnancyUnknown, ...overdueFindings(ctx, valproateLabs)];
    },
  }),
});
