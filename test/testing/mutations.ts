import { expect } from "vitest";
import { validatePlan, type Policy, type TreatmentPlan } from "../../src/index";
import { mutate } from "../../src/testing";
import { rulesOf } from "../helpers/plans";

/** Applies every mutation to one plan and expects each to make its own rule fire, and no other. */
export function expectEachMutationAlone(plan: TreatmentPlan, policy?: Policy): void {
  for (const [code, mutation] of Object.entries(mutate)) {
    const mutated = mutation(plan, policy);
    const fired = new Set(rulesOf(validatePlan(mutated, { ...(policy ? { policy } : {}), asOf: mutated.period.plannedDischarge })));
    // Asked of expect only when it fails: seventy thousand deep comparisons would cost seconds.
    if (fired.size !== 1 || !fired.has(code)) expect([...fired], `the mutation ${code}`).toEqual([code]);
  }
}
