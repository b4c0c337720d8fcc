import { defineRule } from "../../core/rule";
import type { Payer } from "../../policy/payers";

/** The payers by name, as a message says them. */
const PAYER_NAMES: Readonly<Record<Payer, string>> = {
  medicare: "Medicare",
  medicaid: "Medicaid",
  commercial: "commercial",
  tricare: "TRICARE",
  "self-pay": "self-pay",
  other: "other",
};

/** Payers that need prior authorization have one on the plan. */
export const authorizationRequired = defineRule({
  code: "coverage/authorization-required",
  summary: "When the payer is one of authorizationRequiredFor, the coverage records an authorization.",
  defaultSeverity: "error",
  params: ["authorizationRequiredFor"],
  source: "Payer prior-authorization and concurrent-review practice (lucida.healthcare; prosperitybh.com); MHPAEA comparability of NQTLs",
  messages: {
    default: (p: { readonly payer: Payer }) => `The ${PAYER_NAMES[p.payer]} payer needs a prior authorization and none is recorded.`,
  },
  check({ plan, params }) {
    const coverage = plan.coverage;
    if (!coverage || coverage.authorization || !params.authorizationRequiredFor.includes(coverage.payer)) return [];
    return [{ path: ["coverage", "authorization"], params: { payer: coverage.payer } }];
  },
});
