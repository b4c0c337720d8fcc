import type { Rule } from "../../core/rule";
import { careItemsOfPlan, roundRate, weeklyContacts } from "../care-items";

/** Individual therapy at least once every `individualEveryWeeks` weeks, long enough to count. */
export const individualFrequency: Rule = {
  code: "modality/individual-frequency",
  area: "modality",
  summary: "Individual therapy of at least individualMinutesMin minutes happens at least once every individualEveryWeeks weeks.",
  defaultSeverity: "error",
  params: ["individualEveryWeeks", "individualMinutesMin"],
  source: "Seed article (one-on-one sessions with a licensed therapist); AHCCCS S9480 memo (1–3 individual sessions weekly); CPT 90834 (38–52 min)",
  check({ params, derive }) {
    const actual = roundRate(weeklyContacts(derive(careItemsOfPlan), "individual-therapy", params.individualMinutesMin));
    const required = roundRate(1 / params.individualEveryWeeks);
    if (actual >= required) return [];
    return [
      {
        path: ["schedule"],
        message: `Individual therapy of at least ${params.individualMinutesMin} minutes happens ${actual} times a week; the policy asks for once every ${params.individualEveryWeeks} week(s).`,
        params: { actual, required, minMinutes: params.individualMinutesMin },
      },
    ];
  },
};
