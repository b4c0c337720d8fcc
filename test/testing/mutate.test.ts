import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
});
