import { addDays, ageOn } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import { defineProtocol, series, stopAfter, type DueDraft } from "../due";
import { overdueFindings } from "../overdue";

/** Whether the person is under `youngAdultAge` on a day; `undefined` when it cannot be told. */
function isYoungOn(plan: TreatmentPlan, day: string, youngAdultAge: number): boolean | undefined {
  if (plan.participant.birthDate !== undefined) return ageOn(plan.participant.birthDate, day) < youngAdultAge;
  // An adolescent is under 18, so under any young-adult age from 18 up.
  if (plan.participant.ageGroup === "adolescent" && youngAdultAge >= 18) return true;
  return undefined;
}

/**
 * Antidepressants for a person under `youngAdultAge`: a visit at each of `antidepressantVisitWeeks`
 * after every start or dose change (by default weekly for 4 weeks, then weeks 8 and 12). Its rule
 * also notes an antidepressant when the person's age cannot be told.
 */
export const antidepressantYoung = defineProtocol({
  id: "antidepressant-young",
  generate(context) {
    const { plan, params } = context;
    const weeks = [...params.antidepressantVisitWeeks].sort((a, b) => a - b);
    const drafts: DueDraft[] = [];
    for (const medication of plan.medications) {
      if (medication.class !== "antidepressant") continue;
      medication.events.forEach((event, index) => {
        if (event.kind === "stop" || isYoungOn(plan, event.date, params.youngAdultAge) !== true) return;
        const next = medication.events.slice(index + 1).find((later) => later.kind !== "stop")?.date;
        const until = [stopAfter(medication, event.date), next].filter((day) => day !== undefined).sort()[0];
        const points = weeks.map((week) => addDays(event.date, week * 7));
        drafts.push(
          ...series(points, event.date, context, until, {
            kind: "psychiatric",
            reason: `antidepressant visit after ${event.kind} on ${event.date}`,
            medicationId: medication.id,
            stream: `${medication.id}#${index}`,
          }),
        );
      });
    }
    return drafts;
  },
  rule: defineRule({
    code: "medication/monitoring-antidepressant-young",
    summary:
      "No close-monitoring visit is overdue at asOf. For a person under youngAdultAge, a visit at each of antidepressantVisitWeeks after every antidepressant start or dose change. An adult on an antidepressant without a birth date is noted, since the protocol cannot tell the age.",
    defaultSeverity: "error",
    params: ["youngAdultAge", "antidepressantVisitWeeks"],
    source:
      "FDA March 2004 advisory (PMC427603): weekly in-person visits for 4 weeks, checkpoints at 4, 8 and 12 weeks; FDA Medication Guide boxed warning (children, teens, young adults)",
    check(ctx): RuleFindingDraft[] {
      const { plan, params } = ctx;
      const index = plan.medications.findIndex((medication) => medication.class === "antidepressant");
      const ageUnknown: RuleFindingDraft[] =
        index !== -1 && isYoungOn(plan, plan.period.admitted, params.youngAdultAge) === undefined
          ? [
              {
                path: ["participant", "birthDate"],
                message: `Medication ${index} is an antidepressant and the participant's age is unknown; the under-${params.youngAdultAge} monitoring cannot be checked.`,
                params: { medication: index, youngAdultAge: params.youngAdultAge },
                advisory: true,
              },
            ]
          : [];
      return [...ageUnknown, ...overdueFindings(ctx, antidepressantYoung)];
    },
  }),
});
