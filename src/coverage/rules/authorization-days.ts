import { defineRule } from "../../core/rule";
import { programDaysOfPlan } from "../program-days";
import { inAuthorization } from "./authorization-covers-period";

/** The schedule does not use more program days than approved. */
export const authorizationDays = defineRule({
  code: "coverage/authorization-days",
  summary: "The program days scheduled inside the authorization do not exceed its approved days.",
  defaultSeverity: "error",
  params: [],
  source: "Payer authorizations by number of days (trend from weekly to daily authorizations: lucida.healthcare)",
  messages: {
    default: (p: { readonly actual: number; readonly approved: number }, words) =>
      `${words.count(p.actual, { one: "program day is", other: "program days are" })} scheduled inside the authorization; ${p.approved} ${words.plural(p.approved, { one: "is", other: "are" })} approved.`,
  },
  check({ plan, derive }) {
    const authorization = plan.coverage?.authorization;
    if (!authorization || authorization.approvedDays === undefined) return [];
    const scheduled = derive(programDaysOfPlan).filter((day) => inAuthorization(day, authorization)).length;
    if (scheduled <= authorization.approvedDays) return [];
    return [{ path: ["coverage", "authorization", "approvedDays"], params: { actual: scheduled, approved: authorization.approvedDays } }];
  },
});
