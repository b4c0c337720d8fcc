import { addDays } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { defineProtocol, everyDays, series, stopAfter, type DueDraft } from "../due";
import { overdueFindings } from "../overdue";

/** Lithium levels after every start or dose change, then at the steady-state interval; its rule reports the items overdue at `asOf`. */
export const lithiumLevel = defineProtocol({
  id: "lithium-level",
  generate(context) {
    const { lithiumLevelAfterChangeDays: after, lithiumLevelEveryDays: every } = context.params;
    const drafts: DueDraft[] = [];
    for (const medication of context.plan.medications) {
      if (medication.class !== "lithium") continue;
      const changes = medication.events.filter((event) => event.kind !== "stop");
      changes.forEach((change, index) => {
        const next = changes[index + 1]?.date;
        const stop = stopAfter(medication, change.date);
        const until = [next, stop].filter((day) => day !== undefined).sort()[0];
        const first = addDays(change.date, after);
        drafts.push(
          ...series([first, ...everyDays(first, every, every, context.to)], change.date, context, until, {
            kind: "lab",
            labs: ["lithium-level"],
            reason: `lithium level after ${change.kind} on ${change.date}`,
            medicationId: medication.id,
            stream: `${medication.id}#${index}`,
          }),
        );
      });
    }
    return drafts;
  },
  rule: defineRule({
    code: "medication/monitoring-lithium",
    summary:
      "No lithium level is overdue at asOf. A lithium level within lithiumLevelAfterChangeDays of every start or dose change, then every lithiumLevelEveryDays until the next change.",
    defaultSeverity: "error",
    params: ["lithiumLevelAfterChangeDays", "lithiumLevelEveryDays"],
    source: "Lithium label (levels twice weekly until stable, then at least every 2 months; draw 8–12 h post-dose)",
    needsAsOf: true,
    check: (ctx): RuleFindingDraft[] => overdueFindings(ctx, lithiumLevel),
  }),
});
