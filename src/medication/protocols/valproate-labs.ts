import { flatMap } from "../../core/arrays";
import { addDays, addMonths, type Day } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { coursesOf, defineProtocol, intervalSeries, medicationsOfClass, pointSeries, type DueSeries, type LabKind } from "../due";
import { MISSED_MESSAGES, overdueFindings } from "../overdue";

/**
 * Liver function or blood count for a course: a baseline at the start, monthly for the first
 * `monthlyMonths`, then every `everyDays` from the last one.
 */
function liverOrCount(start: Day, monthlyMonths: number, everyDays: number, stop: Day | undefined, lab: LabKind, medicationId: string): DueSeries {
  const monthlyUntil = addMonths(start, monthlyMonths);
  const step = (day: Day) => (day < monthlyUntil ? addMonths(day, 1) : addDays(day, everyDays));
  return intervalSeries({ from: addDays(addMonths(start, -1), 1), due: start }, step, stop, { kind: "lab", labs: [lab], event: "start", eventOn: start, medicationId });
}

/**
 * Valproate labs for every course: liver function and blood count at the start, monthly for the
 * first `valproateMonthlyLabsMonths`, then every `valproateLabsEveryDays` from the last one; a
 * level every `valproateLabsEveryDays`; and a pregnancy test by the start (from
 * `valproatePregnancyTestBeforeDays` before it) when the participant can become pregnant. Its rule
 * reports the items missed at `asOf`.
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
          event: "start",
          eventOn: course.start,
          medicationId: medication.id,
        }),
        liverOrCount(course.start, monthly, every, course.stop, "blood-count", medication.id),
        liverOrCount(course.start, monthly, every, course.stop, "liver-function", medication.id),
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
      "No valproate lab is missed at asOf. Valproate: liver function and blood count at each start, monthly for valproateMonthlyLabsMonths, then every valproateLabsEveryDays; a level every valproateLabsEveryDays; a pregnancy test by the start when the participant can become pregnant.",
    defaultSeverity: "error",
    params: ["valproateLabsEveryDays", "valproateMonthlyLabsMonths", "valproatePregnancyTestBeforeDays"],
    source:
      "AACAP practice parameter 2007 (baseline LFT and CBC; levels, LFT and CBC every 3–6 months); Depakote label boxed warning (liver tests at frequent intervals, especially in the first six months; teratogenicity)",
    needsAsOf: true,
    messages: MISSED_MESSAGES,
    check: (ctx): RuleFindingDraft<typeof MISSED_MESSAGES>[] => overdueFindings(ctx, valproateLabs),
  }),
});
