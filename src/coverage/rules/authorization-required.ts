import { defineRule } from "../../core/rule";

/** Payers that need prior authorization have one on the plan. */
export const authorizationRequired = defineRule({
  code: "coverage/authorization-required",
  summary: "When the payer is one of authorizationRequiredFor, the coverage records an authorization.",
  defaultSeverity: "error",
  params: ["authorizationRequiredFor"],
  source: "Payer prior-authorization and concurrent-review practice (lucida.healthcare; prosperitybh.com); MHPAEA comparability of NQTLs",
  check({ plan, params }) {
    const coverage = plan.coverage;
    if (!coverage || coverage.authorization || !params.authorizationRequiredFor.includes(coverage.payer)) return [];
    return [{ path: ["coverage", "authorization"], message: `The ${coverage.payer} payer needs a prior authorization and none is recorded.`, params: { payer: coverage.payer } }];
  },
});
