import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDay, safeParsePlan } from "../../src/index";
import { arbPlan, toDraft } from "../../src/testing";
import { PLAN_JSON_SCHEMA_FILE, planJsonSchemaText } from "../../scripts/plan-json-schema";
import { mutated, STRUCTURAL_MUTATIONS } from "../helpers/structural";
import { runs } from "../helpers/runs";

const RUNS = runs(200);
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat("date", { type: "string", validate: isDay });
const validate = ajv.compile(JSON.parse(readFileSync(PLAN_JSON_SCHEMA_FILE, "utf8")) as object);


describe("schema.json", () => {
  it("is the schema generated from TreatmentPlanSchema (run `npx tsx scripts/plan-json-schema.ts`)", () => {
    expect(readFileSync(PLAN_JSON_SCHEMA_FILE, "utf8")).toBe(planJsonSchemaText());
  });

  it("accepts every generated plan", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const valid = validate(JSON.parse(JSON.stringify(plan)));
        expect(valid ? [] : validate.errors).toEqual([]);
      }),
      RUNS,
    );
  });

  it("accepts lowercase ICD-10 codes as safeParsePlan does", () => {
    const plan = toDraft(fc.sample(arbPlan(), { numRuns: 1, seed: 1 })[0]!);
    plan.diagnoses = [{ code: "f33.1", primary: true }];
    expect(safeParsePlan(plan).success).toBe(true);
    expect(validate(plan)).toBe(true);
  });

  it("rejects every structural mutation, as safeParsePlan does", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        for (const [name, mutation] of Object.entries(STRUCTURAL_MUTATIONS)) {
          const draft = mutated(plan, mutation);
          expect({ name, ajv: validate(draft), zod: safeParsePlan(draft).success }).toEqual({ name, ajv: false, zod: false });
        }
      }),
      runs(50),
    );
  });
});
