import { flatMap } from "../../core/arrays";
import { addDays, addMonths } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { courseEvent, coursesOf, defineProtocol, earliest, intervalSeries, medicationsOfClass, type Course, type DueSeries, type LabKind } from "../due";
import { MISSED_MESSAGES, overdueFindings } from "../overdue";

/** A lab at the start of a course (counting from `months` before it), then every `months` months from the last one. */
function startAndEvery(course: Course, months: number, labs: readonly LabKind[], medicationId: string): DueSeries {
  return intervalSeries({ from: addDays(addMonths(course.start, -months), 1), due: course.start }, (day) => addMonths(day, months), course.stop, {
    kind: "lab",
    labs,
    event: courseEvent(course),
    eventOn: course.start,
    medicationId,
  });
}

/**
 * Lithium: after every start or dose change a level from day `lithiumLevelNotBeforeDays` (steady
 * state) to day `lithiumLevelAfterChangeDays`, then every `lithiumLevelEveryDays` from the last
 * level until the next change; a course taken on from before admission, a level at its start (one
 * in the `lithiumLevelEveryDays` before it counts), then the same cadence; renal function every
 * `lithiumRenalEveryMonths`, thyroid and calcium every `lithiumThyroidCalciumEveryMonths`, each
 * from a baseline at the start of every course. A lab of these cadences due before admission and
 * not on record is due at admission.
 * Its rule reports the items missed at `asOf`.
 */
export const lithiumLevel = defineProtocol({
  id: "lithium-level",
  generate(context) {
    const { lithiumLevelNotBeforeDays: notBefore, lithiumLevelAfterChangeDays: after, lithiumLevelEveryDays: every } = context.params;
    return flatMap(medicationsOfClass(context, "lithium"), ({ medication }) =>
      flatMap(coursesOf(medication), (course) => [
        ...course.changes.map((change, index) =>
          intervalSeries(
            { from: addDays(change.date, notBefore), due: addDays(change.date, Math.max(after, notBefore)) },
            (day) => addDays(day, every),
            earliest(course.changes[index + 1]?.date, course.stop),
            { kind: "lab", labs: ["lithium-level"], event: change.kind, eventOn: change.date, medicationId: medication.id },
          ),
        ),
        // A course taken on from before admission (`continuing`) has no change to follow: its
        // routine levels start with one at the start, a level from the span before it counting.
        ...(course.changes[0]?.date === course.start
          ? []
          : [
              intervalSeries({ from: addDays(course.start, 1 - every), due: course.start }, (day) => addDays(day, every), earliest(course.changes[0]?.date, course.stop), {
                kind: "lab",
                labs: ["lithium-level"],
                event: "continuing",
                eventOn: course.start,
                medicationId: medication.id,
              }),
            ]),
        startAndEvery(course, context.params.lithiumRenalEveryMonths, ["renal-function"], medication.id),
        startAndEvery(course, context.params.lithiumThyroidCalciumEveryMonths, ["thyroid"], medication.id),
        startAndEvery(course, context.params.lithiumThyroidCalciumEveryMonths, ["calcium"], medication.id),
      ]),
    );
  },
  rule: defineRule({
    code: "medication/monitoring-lithium",
    summary:
      "No lithium lab is missed at asOf. A level from lithiumLevelNotBeforeDays to lithiumLevelAfterChangeDays after every start or dose change, then every lithiumLevelEveryDays from the last level (for lithium continued from before admission, a level at admission, one in the lithiumLevelEveryDays before counting, then the same); renal function, thyroid and calcium at each start, then every lithiumRenalEveryMonths / lithiumThyroidCalciumEveryMonths.",
    defaultSeverity: "error",
    params: ["lithiumLevelNotBeforeDays", "lithiumLevelAfterChangeDays", "lithiumLevelEveryDays", "lithiumRenalEveryMonths", "lithiumThyroidCalciumEveryMonths"],
    source:
      "Lithium label (steady state about 5 days; levels twice weekly until stable, then at least every 2 months; renal, thyroid and electrolytes); South Australian lithium guideline (renal, thyroid, calcium about every 6 months)",
    needsAsOf: true,
    messages: MISSED_MESSAGES,
    check: (ctx): RuleFindingDraft<typeof MISSED_MESSAGES>[] => overdueFindings(ctx, lithiumLevel),
  }),
});
