import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { programDaysOfPlan } from "../program-days";

/** Whether a day falls inside an authorization's window, its first and last day included. */
export function inAuthorization(day: Day, authorization: { readonly start: Day; readonly end: Day }): boolean {
  return day >= authorization.start && day <= authorization.end;
}

/** Every scheduled program day falls inside the authorization. */
export const authorizationCoversPeriod = defineRule({
  code: "coverage/authorization-covers-period",
  summary: "Every scheduled program day falls between the authorization's start and end.",
  defaultSeverity: "error",
  params: [],
  source: "Payer authorization windows (services outside an authorization are not covered)",
  messages: {
    default: (p: { readonly actual: number; readonly first: Day; readonly last: Day; readonly start: Day; readonly end: Day }, words) =>
      `${words.count(p.actual, { one: "scheduled program day", other: "scheduled program days" })} ${words.plural(p.actual, { one: "falls", other: "fall" })} outside the authorization (${p.start} to ${p.end}), from ${p.first} to ${p.last}.`,
  },
  check({ plan, derive }) {
    const authorization = plan.coverage?.authorization;
    if (!authorization) return [];
    const outside = derive(programDaysOfPlan).filter((day) => !inAuthorization(day, authorization));
    if (outside.length === 0) return [];
    const { start, end } = authorization;
    return [{ path: ["coverage", "authorization"], params: { actual: outside.length, first: outside[0]!, last: outside.at(-1)!, start, end } }];
  },
});
