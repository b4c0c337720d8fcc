import { flatMap } from "../../core/arrays";
import { addDays, ageOn } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import { coursesOf, defineProtocol, earliest, medicationClasses, medicationsOfClass, pointSeries } from "../due";
import { MISSED_MESSAGES, overdueFindings } from "../overdue";

/** The rule's messages: a missed visit, and an antidepressant for a person whose age is unknown. */
const messages = {
  ...MISSED_MESSAGES,
  ageUnknown: (p: { readonly medication: number; readonly youngAdultAge: number }) =>
    `Medication ${p.medication} is an antidepressant and the participant's age is unknown; the under-${p.youngAdultAge} monitoring cannot be checked.`,
} as const;

/** Whether the person is under `youngAdultAge` on a day; `undefined` when it cannot be told. */
function isYoungOn(plan: TreatmentPlan, day: string, youngAdultAge: number): boolean | undefined {
  if (plan.participant.birthDate !== undefined) return ageOn(plan.participant.birthDate, day) < youngAdultAge;
  // An adolescent is under 18, so under any young-adult age from 18 up.
  if (plan.participant.ageGroup === "adolescent" && youngAdultAge >= 18) return true;
  return undefined;
}

/**
 * Antidepressants for a person under `youngAdultAge`: a visit at each of `antidepressantVisitWeeks`
 * after every start or dose change (by default weeks 1, 2, 3, 4, 6, 8 and 12), the first window
 * opening the day after it. Its rule also notes an antidepressant when the person's age cannot be
 * told.
 */
export const antidepressantYoung = defineProtocol({
  id: "antidepressant-young",
  generate(context) {
    const { plan, params } = context;
    const weeks = [...params.antidepressantVisitWeeks].sort((a, b) => a - b);
    return flatMap(medicationsOfClass(context, "antidepressant"), ({ medication }) =>
      flatMap(coursesOf(medication), (course) =>
        flatMap(course.changes, (change, index) => {
          if (isYoungOn(plan, change.date, params.youngAdultAge) !== true) return [];
          const until = earliest(course.changes[index + 1]?.date, course.stop);
          const points = weeks.map((week) => addDays(change.date, week * 7));
          return [
            pointSeries(points, addDays(change.date, 1), until, context.to, {
              kind: "psychiatric",
              event: change.kind,
              eventOn: change.date,
              medicationId: medication.id,
            }),
          ];
        }),
      ),
    );
  },
  rule: defineRule({
    code: "medication/monitoring-antidepressant-young",
    summary:
      "No close-monitoring visit is missed at asOf. For a person under youngAdultAge, a visit at each of antidepressantVisitWeeks after every antidepressant start or dose change. An adult on an antidepressant without a birth date is noted, since the protocol cannot tell the age.",
    defaultSeverity: "error",
    needsAsOf: "partly",
    params: ["youngAdultAge", "antidepressantVisitWeeks"],
    source:
      "FDA 2004 schedule (Morrato et al., Am J Psychiatry 2007): weekly for 4 weeks, every other week for the next 4, then at 12 weeks; FDA Medication Guide boxed warning (children, teens, young adults)",
    messages,
    check(ctx): RuleFindingDraft<typeof messages>[] {
      const { plan, params } = ctx;
      const index = ctx.derive(medicationClasses).findIndex((classes) => classes.includes("antidepressant"));
      const ageUnknown: RuleFindingDraft<typeof messages>[] =
        index !== -1 && isYoungOn(plan, plan.period.admitted, params.youngAdultAge) === undefined
          ? [
              {
                path: ["participant", "birthDate"],
                variant: "ageUnknown",
                params: { medication: index + 1, youngAdultAge: params.youngAdultAge },
                advisory: true,
              },
            ]
          : [];
      return [...ageUnknown, ...overdueFindings(ctx, antidepressantYoung)];
    },
  }),
});
