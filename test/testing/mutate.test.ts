import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FindingsError, InputError, policies, validatePlan, type TreatmentPlan } from "../../src/index";
import { arbPlan, mutate } from "../../src/testing";
import { runs } from "../helpers/runs";
import { expectEachMutationAlone } from "./mutations";

describe("mutate", () => {
  it("has one mutation per catalog rule it covers, each named by a rule code", () => {
    for (const code of Object.keys(mutate)) expect(code).toMatch(/^[a-z]+\/[a-z-]+$/);
  });

  it("each mutation makes exactly its rule fire, on every plan drawn (default policy)", () => {
    fc.assert(fc.property(arbPlan(), (plan) => expectEachMutationAlone(plan)), runs(1000));
  });

  it("takes a preset id, and refuses a policy that does not resolve with an InputError and a plan it cannot read with findings, never a hang or a TypeError", () => {
    const [plan] = fc.sample(arbPlan({ policy: policies.medicareIop }), { numRuns: 1, seed: 5 });
    const broken = mutate["coverage/certification"](plan!, "medicare-iop");
    expect(validatePlan(broken, { asOf: broken.period.plannedDischarge, policy: "medicare-iop" }).findings.map((finding) => finding.rule)).toEqual(["coverage/certification"]);
    const zeroed = { ...policies.default, params: Object.fromEntries(Object.entries(policies.default.params).map(([name, value]) => [name, typeof value === "number" ? 0 : value])) };
    for (const policy of [zeroed, "medicare", { id: "x" }, null]) {
      expect(() => mutate["coverage/certification"](plan!, policy as never)).toThrow(InputError);
    }
    for (const unreadable of [null, {}, { period: null }]) {
      expect(() => mutate["plan/diagnosis-required"](unreadable as unknown as TreatmentPlan)).toThrow(FindingsError);
    }
  });
});
