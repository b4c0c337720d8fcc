import { flatMap } from "../../core/arrays";
import { addDays, addMonths, daysBetween, type Day } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { ClozapineAncPhase } from "../../policy/params";
import { courseEvent, coursesOf, defineProtocol, intervalSeries, medicationsOfClass } from "../due";
import { MISSED_MESSAGES, overdueFindings } from "../overdue";

/** The day the next count is due after one on `day`, in the phase of `day` counted from `origin`. */
function nextCount(origin: Day, phases: readonly ClozapineAncPhase[], day: Day): Day {
  const phase = [...phases].reverse().find((candidate) => addMonths(origin, candidate.fromMonth) <= day) ?? phases[0]!;
  return "everyWeeks" in phase ? addDays(day, phase.everyWeeks * 7) : addMonths(day, phase.everyMonths);
}

/** The first count after a short interruption: its interval after the last count before the restart, and not before the restart. */
function resumed(restart: Day, lastCount: Day | undefined, step: (day: Day) => Day): { from: Day; due: Day } {
  const due = lastCount === undefined ? restart : step(lastCount);
  return { from: restart, due: due < restart ? restart : due };
}

/**
 * Clozapine ANC monitoring for every course: a baseline (from 6 days before the start), then each
 * count at its phase's interval after the last one. A restart after `clozapineRestartAfterDays` or
 * more off begins again in the weekly phase with a baseline; a shorter interruption continues the
 * phases of the earlier course: the next count is due its interval after the last count before the
 * restart, on the restart day when that has passed (or when there is none). Its rule reports the
 * items missed at `asOf`.
 */
export const clozapineAnc = defineProtocol({
  id: "clozapine-anc",
  generate(context) {
    const { clozapineAnc: phases, clozapineRestartAfterDays } = context.params;
    return flatMap(medicationsOfClass(context, "clozapine"), ({ medication }) => {
      let origin: Day | undefined;
      let lastStop: Day | undefined;
      return coursesOf(medication).map((course) => {
        const continues = origin !== undefined && lastStop !== undefined && daysBetween(lastStop, course.start) < clozapineRestartAfterDays;
        if (!continues) origin = course.start;
        lastStop = course.stop;
        const from = origin!;
        const step = (day: Day) => nextCount(from, phases, day);
        const first = continues ? resumed(course.start, context.lastLab("anc", addDays(course.start, -1)), step) : { from: addDays(course.start, -6), due: course.start };
        return intervalSeries(first, step, course.stop, {
          kind: "lab",
          labs: ["anc"],
          event: continues ? "restart" : courseEvent(course),
          eventOn: course.start,
          medicationId: medication.id,
        });
      });
    });
  },
  rule: defineRule({
    code: "medication/monitoring-clozapine",
    summary:
      "No ANC is missed at asOf. Clozapine absolute neutrophil counts for every course: a baseline, then per the clozapineAnc phases (weekly to 6 months, every 2 weeks to 12, monthly after) from the last count; after clozapineRestartAfterDays off, the weekly phase again.",
    defaultSeverity: "error",
    params: ["clozapineAnc", "clozapineRestartAfterDays"],
    source:
      "Clozapine label ANC monitoring, interruptions of 30 days or more monitored as a new patient (PMC9243911 table 6; the REMS ended 24 Feb 2025, the FDA still advises label monitoring)",
    needsAsOf: true,
    messages: MISSED_MESSAGES,
    check: (ctx): RuleFindingDraft<typeof MISSED_MESSAGES>[] => overdueFindings(ctx, clozapineAnc),
  }),
});
