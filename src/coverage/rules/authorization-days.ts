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
  check({ plan, derive }) {
    const authorization = plan.coverage?.authorization;
    if (!authorization || authorization.approvedDays === undefined) return [];
    const scheduled = derive(programDaysOfPlan).filter((day) => inAuthorization(day, authorization)).length;
    if (scheduled <= authorization.approvedDays) return [];
    return [
      {
        path: ["coverage", "authorization", "approvedDays"],
        message: `${scheduled} program days are scheduled inside the authorization; ${authorization.approvedDays} are approved.`,
        params: { actual: scheduled, approved: authorization.approvedDays },
      },
    ];
  },
});
