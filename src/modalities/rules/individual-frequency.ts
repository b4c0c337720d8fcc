import { defineRule } from "../../core/rule";
import { careItemsOfPlan, contactShortfall } from "../care-items";
import { everyWeeks } from "../../core/words";

/** Individual therapy at least once every `individualEveryWeeks` weeks, long enough to count. */
export const individualFrequency = defineRule({
  code: "modality/individual-frequency",
  summary: "Individual therapy of at least individualMinutesMin minutes happens at least once every individualEveryWeeks weeks.",
  defaultSeverity: "error",
  params: ["individualEveryWeeks", "individualMinutesMin"],
  source: "Seed article (one-on-one sessions with a licensed therapist); AHCCCS S9480 memo (1–3 individual sessions weekly); CPT 90834 (38–52 min)",
  messages: {
    default: (p: { readonly actual: number; readonly required: number; readonly minMinutes: number; readonly everyWeeks: number }, words) =>
      `Individual therapy of at least ${words.number(p.minMinutes)} minutes happens ${words.count(p.actual, { one: "time", other: "times" })} a week; the policy asks for once ${everyWeeks(p.everyWeeks)}.`,
  },
  check({ params, derive }) {
    const shortfall = contactShortfall(derive(careItemsOfPlan), "individual-therapy", 1 / params.individualEveryWeeks, params.individualMinutesMin);
    if (!shortfall) return [];
    return [{ path: ["schedule"], params: { ...shortfall, minMinutes: params.individualMinutesMin, everyWeeks: params.individualEveryWeeks } }];
  },
});
