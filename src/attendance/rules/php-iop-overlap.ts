import { addDays, type Day } from "../../core/calendar";
import type { Words } from "../../core/messages";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import { attendanceOfPlan } from "../delivered";
import { levelOn, transitionsInOrder } from "../levels";
import { isAttended, type RecordedSession } from "../match";

const PHP = "partial-hospitalization";

/** Whether an IOP service was delivered: recorded as attended, in whole or in part, and (with `asOf`) dated before it. A session to come or without a record bills nothing. */
function delivered({ session, status }: RecordedSession, asOf: Day | undefined): boolean {
  return isAttended(status) && (asOf === undefined || session.date < asOf);
}

/** The index in `plan.transitions` that puts a day at partial hospitalization, or that a step up to it follows within `window` days; `undefined` when neither. */
function conflictOf(plan: TreatmentPlan, ordered: ReturnType<typeof transitionsInOrder>, day: Day, window: number): number | undefined {
  const transitions = plan.transitions ?? [];
  if (levelOn(ordered, day) === PHP) {
    const governing = ordered.filter((transition) => transition.date <= day).at(-1) ?? ordered[0]!;
    return transitions.indexOf(governing);
  }
  const stepUp = ordered.find((transition) => transition.to === PHP && transition.date > day && addDays(day, window) >= transition.date);
  return stepUp === undefined ? undefined : transitions.indexOf(stepUp);
}

/** The params of the IOP services that overlap partial hospitalization: how many, their first and last day (the same for a single day), the claim window. */
type Overlap = { readonly count: number; readonly from: Day; readonly to: Day; readonly window: number };

const SERVICES = { one: "IOP service", other: "IOP services" };

/** Where the services fall and why it matters, in words. */
function onPhpDays(p: Overlap, words: Words): string {
  return `on partial hospitalization days or within ${words.count(p.window, { one: "day", other: "days" })} before a step up to it; PHP and IOP are not billed for the same days.`;
}

/** IOP services are not billed on partial hospitalization days, nor in the claim window before a step up to it. */
export const phpIopOverlap = defineRule({
  code: "attendance/php-iop-overlap",
  summary:
    "No IOP session or appointment recorded as attended (in whole or in part, before asOf when given; an undated appointment on the day of its record) falls on a day the transitions put at partial hospitalization, nor within phpIopClaimWindowDays before a step up to it: sessions to come, missed or without a record bill nothing.",
  defaultSeverity: "error",
  params: ["phpIopClaimWindowDays"],
  source: "Medicare claims: an IOP claim (condition code 92) overlapping a PHP claim, or with a line within 7 days before another claim's from date, is returned (nahri.org)",
  messages: {
    default: (p: Overlap, words) => `${words.count(p.count, SERVICES)} from ${p.from} to ${p.to} ${words.plural(p.count, { one: "falls", other: "fall" })} ${onPhpDays(p, words)}`,
    day: (p: Overlap, words) => `${words.count(p.count, SERVICES)} on ${p.from} ${words.plural(p.count, { one: "falls", other: "fall" })} ${onPhpDays(p, words)}`,
  },
  check({ plan, params, derive, asOf }) {
    if (plan.transitions === undefined || plan.transitions.length === 0) return [];
    const ordered = transitionsInOrder(plan.transitions);
    const window = params.phpIopClaimWindowDays;
    const byTransition = new Map<number, Day[]>();
    for (const recorded of derive(attendanceOfPlan).care) {
      if (!delivered(recorded, asOf)) continue;
      const index = conflictOf(plan, ordered, recorded.session.date, window);
      if (index !== undefined) byTransition.set(index, [...(byTransition.get(index) ?? []), recorded.session.date]);
    }
    return [...byTransition].map(([index, days]) => {
      const count = days.length;
      const [from, to] = [days[0]!, days.at(-1)!];
      return { path: ["transitions", index], variant: from === to ? ("day" as const) : ("default" as const), params: { count, from, to, window } };
    });
  },
});
