import type { Rule, RuleFindingDraft } from "../../core/rule";
import { antidepressantYoung, isYoungOn } from "../protocols/antidepressant-young";
import { overdueFindings } from "./overdue";

/** Young people starting or changing an antidepressant are seen on the close schedule. */
export const monitoringAntidepressantYoung: Rule = {
  code: "medication/monitoring-antidepressant-young",
  area: "medication",
  summary: `No close-monitoring visit is overdue at asOf. ${antidepressantYoung.summary} An adult on an antidepressant without a birth date is noted, since the protocol cannot tell the age.`,
  defaultSeverity: "error",
  params: ["youngAdultAge", "antidepressantVisitWeeks"],
  source: antidepressantYoung.source,
  check(ctx) {
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
};
