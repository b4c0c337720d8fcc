import { addDays } from "../../core/calendar";
import { everyDays, isActiveOn, type Protocol } from "../due";

/** A psychiatric review every `psychiatricEveryWeeks` weeks from admission while any medication is taken. */
export const routinePsychiatric: Protocol<"psychiatricEveryWeeks"> = {
  id: "routine-psychiatric",
  summary: "A psychiatric review every psychiatricEveryWeeks weeks from admission while any medication is taken.",
  source: "Seed article (regular check-ins with a psychiatrist); AHCCCS S9480 memo (1 prescriber session a week); cadence a policy parameter",
  generate(context) {
    const { plan, params } = context;
    const step = params.psychiatricEveryWeeks * 7;
    return everyDays(plan.period.admitted, step, step, context.to).flatMap((due) => {
      const opensOn = addDays(due, 1 - step);
      const active = plan.medications.some((medication) => isActiveOn(medication, opensOn) || isActiveOn(medication, due));
      if (!active || due < context.from) return [];
      return [{ due, opensOn, kind: "psychiatric" as const, reason: "routine psychiatric review", stream: "routine" }];
    });
  },
};
