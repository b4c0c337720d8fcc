import { addDays, addMonths, type Day } from "../../core/calendar";
import type { ClozapineAncPhase } from "../../policy/params";
import { firstStart, series, stopAfter, type DueDraft, type Protocol } from "../due";

function nextCount(day: Day, phase: ClozapineAncPhase): Day {
  return "everyWeeks" in phase ? addDays(day, phase.everyWeeks * 7) : addMonths(day, phase.everyMonths);
}

/** ANC counts from the first start: a baseline, then at each phase's interval. */
function ancDays(start: Day, phases: readonly ClozapineAncPhase[], to: Day): Day[] {
  const days = [start];
  let day = start;
  while (day <= to) {
    const phase = [...phases].reverse().find((candidate) => addMonths(start, candidate.fromMonth) <= day) ?? phases[0]!;
    day = nextCount(day, phase);
    if (day <= to) days.push(day);
  }
  return days;
}

/** Clozapine ANC monitoring, counted from the first start (even before admission). */
export const clozapineAnc: Protocol<"clozapineAnc"> = {
  id: "clozapine-anc",
  summary: "Clozapine absolute neutrophil counts from the first start: a baseline, then per the clozapineAnc phases (weekly to 6 months, every 2 weeks to 12, monthly after).",
  source: "Clozapine label ANC monitoring (the REMS ended 24 Feb 2025; the FDA still advises label monitoring)",
  generate(context) {
    const drafts: DueDraft[] = [];
    for (const medication of context.plan.medications) {
      if (medication.class !== "clozapine") continue;
      const start = firstStart(medication);
      if (start === undefined) continue;
      const list = ancDays(start, context.params.clozapineAnc, context.to);
      drafts.push(
        ...series(list, addDays(start, -6), context, stopAfter(medication, start), {
          kind: "lab",
          labs: ["anc"],
          reason: `ANC for clozapine started on ${start}`,
          medicationId: medication.id,
          stream: medication.id,
        }),
      );
    }
    return drafts;
  },
};
