import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as z from "zod";
import { iopkit } from "./package";

const { checkPlan, TreatmentPlanSchema } = iopkit;
import { measure, medianOf, type Section } from "./harness";

/** A day in the middle of the reference plan, so the rules about what is overdue run too. */
const AS_OF = "2026-04-15";

/** checkPlan on the reference plan beside JSON.parse of its text, zod's bare safeParse and ajv. */
export async function validationBench(smoke: boolean): Promise<Section> {
  const text = JSON.stringify(JSON.parse(readFileSync(new URL("../test/fixtures/reference-plan.json", import.meta.url), "utf8")));
  const input: unknown = JSON.parse(text);
  const validateStructure = new Ajv2020({ allErrors: true, strict: false }).compile(z.toJSONSchema(TreatmentPlanSchema, { unrepresentable: "any" }));
  if (checkPlan(input, { asOf: AS_OF }).findings.length > 0 || !validateStructure(input)) throw new Error("the reference plan must be valid");

  const cases = await measure(
    {
      "JSON.parse (plan text)": () => JSON.parse(text),
      "ajv (structure only)": () => validateStructure(input),
      "zod safeParse (structure only)": () => TreatmentPlanSchema.safeParse(input),
      "checkPlan (parse + every default rule)": () => checkPlan(input, { asOf: AS_OF }),
    },
    smoke,
  );
  const check = medianOf(cases, "checkPlan (parse + every default rule)");
  const ajv = medianOf(cases, "ajv (structure only)");
  return {
    title: "Validation of the reference plan",
    cases,
    ratios: [
      { name: "checkPlan / ajv", value: check / ajv, target: 2 },
      { name: "checkPlan / JSON.parse", value: check / medianOf(cases, "JSON.parse (plan text)"), target: 0.5 },
      { name: "zod safeParse / ajv", value: medianOf(cases, "zod safeParse (structure only)") / ajv },
    ],
  };
}
