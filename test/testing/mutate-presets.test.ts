import fc from "fast-check";
import { describe, it } from "vitest";
import { policies } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { runs } from "../helpers/runs";
import { expectEachMutationAlone } from "./mutations";

describe("mutate under the other presets", () => {
  for (const [name, policy] of [["medicare-iop", policies.medicareIop], ["asam-2.1", policies.asam21]] as const) {
    it(`each mutation makes exactly its rule fire, on every plan drawn (${name})`, () => {
      fc.assert(fc.property(arbPlan({ policy }), (plan) => expectEachMutationAlone(plan, policy)), runs(150));
    });
  }
});
