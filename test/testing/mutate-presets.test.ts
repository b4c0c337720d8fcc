import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definePolicy, policies, validatePlan } from "../../src/index";
import { arbPlan, mutate } from "../../src/testing";
import { rulesOf } from "../helpers/plans";
import { runs } from "../helpers/runs";
import { expectEachMutationAlone } from "./mutations";

describe("mutate under the other presets", () => {
  for (const [name, policy] of [["medicare-iop", policies.medicareIop], ["asam-2.1", policies.asam21]] as const) {
    it(`each mutation makes exactly its rule fire, on every plan drawn (${name})`, () => {
      fc.assert(fc.property(arbPlan({ policy }), (plan) => expectEachMutationAlone(plan, policy)), runs(150));
    });
  }
});

describe("mutate where a policy moves what the rule judges", () => {
  it("measures/baseline-late fires alone when the baseline window reaches past a short stay (baselineWithinDays 30)", () => {
    const policy = definePolicy({ id: "long-window", name: "Long baseline window", params: { baselineWithinDays: 30 } });
    fc.assert(
      fc.property(arbPlan({ policy }), (plan) => {
        const mutated = mutate["measures/baseline-late"](plan, policy);
        expect(rulesOf(validatePlan(mutated, { policy, asOf: mutated.period.plannedDischarge }))).toEqual(["measures/baseline-late"]);
      }),
      runs(100),
    );
  });

  it("measures/baseline-late gives the plan back unbroken when the policy asks it for no baseline", () => {
    const policy = definePolicy({ id: "by-diagnosis", name: "Measures by diagnosis", params: { measuresFor: "diagnoses" } });
    fc.assert(
      fc.property(arbPlan({ policy }), (plan) => {
        const mutated = mutate["measures/baseline-late"](plan, policy);
        const fired = rulesOf(validatePlan(mutated, { policy, asOf: mutated.period.plannedDischarge }));
        // Either the plan needs a baseline and it came late, or it needs none and comes back as it was.
        if (fired.length === 0) expect(mutated).toEqual(plan);
        else expect(fired).toEqual(["measures/baseline-late"]);
      }),
      runs(100),
    );
  });
});
