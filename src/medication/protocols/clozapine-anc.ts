import { addDays, addMonths, type Day } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { ClozapineAncPhase } from "../../policy/params";
import { defineProtocol, firstStart, series, stopAfter, type DueDraft } from "../due";
import { overdueFindings } from "../overdue";

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

/** Clozapine ANC monitoring, counted from the first start (even before admission); its rule reports the items overdue at `asOf`. */
export const clozapineAnc = defineProtocol({
  id: "clozapine-anc",
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
  rule: defineRule({
    code: "medication/monitoring-clozapine",
    summary:
      "No ANC is overdue at asOf. Clozapine absolute neutrophil counts from the first start: a baseline, then per the clozapineAnc phases (weekly to 6 months, every 2 weeks to 12, monthly after).",
    defaultSeverity: "error",
    params: ["clozapineAnc"],
    source: "Clozapine label ANC monitoring (the REMS ended 24 Feb 2025; the FDA still advises label monitoring)",
    needsAsOf: true,
    check: (ctx): RuleFindingDraft[] => overdueFindings(ctx, clozapineAnc),
  }),
});
