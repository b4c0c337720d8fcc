import { addDays, ageOn } from "../../core/calendar";
import type { TreatmentPlan } from "../../plan/types";
import { series, stopAfter, type DueDraft, type Protocol } from "../due";

/** Whether the person is under `youngAdultAge` on a day; `undefined` when it cannot be told. */
export function isYoungOn(plan: TreatmentPlan, day: string, youngAdultAge: number): boolean | undefined {
  if (plan.participant.birthDate !== undefined) return ageOn(plan.participant.birthDate, day) < youngAdultAge;
  // An adolescent is under 18, so under any young-adult age from 18 up.
  if (plan.participant.ageGroup === "adolescent" && youngAdultAge >= 18) return true;
  return undefined;
}

/**
 * Antidepressants for a person under `youngAdultAge`: a visit at each of `antidepressantVisitWeeks`
 * after every start or dose change (by default weekly for 4 weeks, then weeks 8 and 12).
 */
export const antidepressantYoung: Protocol<"youngAdultAge" | "antidepressantVisitWeeks"> = {
  id: "antidepressant-young",
  summary: "For a person under youngAdultAge, a visit at each of antidepressantVisitWeeks after every antidepressant start or dose change.",
  source: "FDA March 2004 advisory (PMC427603): weekly in-person visits for 4 weeks, checkpoints at 4, 8 and 12 weeks; FDA Medication Guide boxed warning (children, teens, young adults)",
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
};
