import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { transitionsInOrder } from "../levels";
import type { CareLevel } from "../schema";

/** The levels of care in words. */
const LEVEL_NAMES: Readonly<Record<CareLevel, string>> = {
  outpatient: "outpatient care",
  "intensive-outpatient": "intensive outpatient care",
  "partial-hospitalization": "partial hospitalization",
};

/** The transitions form one history: each steps from the level the one before it moved to. */
export const transitionSequence = defineRule({
  code: "attendance/transition-sequence",
  summary:
    "In date order, each level-of-care transition starts from the level the transition before it moved to (the first one's from is the level before it): a history that contradicts itself leaves the level of care between them unknown, yet billing and the weekly checks read it.",
  defaultSeverity: "error",
  params: [],
  source: "iopkit data model: transitions are one history of levels of care, each from the level in force before it",
  messages: {
    default: (p: { readonly date: Day; readonly from: CareLevel; readonly since: Day; readonly level: CareLevel }) =>
      `The transition on ${p.date} starts from ${LEVEL_NAMES[p.from]}, but the transition on ${p.since} had moved care to ${LEVEL_NAMES[p.level]}.`,
  },
  check({ plan }) {
    const transitions = plan.transitions ?? [];
    const ordered = transitionsInOrder(transitions);
    return ordered.slice(1).flatMap((transition, index) => {
      const previous = ordered[index]!;
      if (transition.from === previous.to) return [];
      const params = { date: transition.date, from: transition.from, since: previous.date, level: previous.to };
      return [{ path: ["transitions", transitions.indexOf(transition), "from"], params }];
    });
  },
});
