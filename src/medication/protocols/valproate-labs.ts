import { addDays } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { defineProtocol, everyDays, firstStart, series, stopAfter, type DueDraft, type LabKind } from "../due";
import { overdueFindings } from "../overdue";

/** Baseline liver function and blood count, then levels, liver function and blood count. */
const BASELINE: readonly LabKind[] = ["liver-function", "blood-count"];
const REPEATED: readonly LabKind[] = ["valproate-level", "liver-function", "blood-count"];

/** Valproate labs from the first start: baseline LFT and CBC, then level, LFT and CBC at the interval; its rule reports the items overdue at `asOf`. */
export const valproateLabs = defineProtocol({
  id: "valproate-labs",
  generate(context) {
    const every = context.params.valproateLabsEveryDays;
    const drafts: DueDraft[] = [];
    for (const medication of context.plan.medications) {
      if (medication.class !== "valproate") continue;
      const start = firstStart(medication);
      if (start === undefined) continue;
      const until = stopAfter(medication, start);
      for (const lab of REPEATED) {
        const list = [...(BASELINE.includes(lab) ? [start] : []), ...everyDays(start, every, every, context.to)];
        if (list.length === 0) continue;
        drafts.push(
          ...series(list, addDays(list[0]!, 1 - every), context, until, {
            kind: "lab",
            labs: [lab],
            reason: `${lab} for valproate started on ${start}`,
            medicationId: medication.id,
            stream: `${medication.id}:${lab}`,
          }),
        );
      }
    }
    return drafts;
  },
  rule: defineRule({
    code: "medication/monitoring-valproate",
    summary:
      "No valproate lab is overdue at asOf. Valproate: baseline liver function and blood count at the start, then level, liver function and blood count every valproateLabsEveryDays.",
    defaultSeverity: "error",
    params: ["valproateLabsEveryDays"],
    source: "AACAP practice parameter 2007 (baseline LFT and CBC; levels, LFT and CBC every 3–6 months)",
    needsAsOf: true,
    check: (ctx): RuleFindingDraft[] => overdueFindings(ctx, valproateLabs),
  }),
});
