import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDay, safeParsePlan, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { arbPlan, toDraft } from "../../src/testing";
import { PLAN_JSON_SCHEMA_FILE, planJsonSchemaText } from "../../scripts/plan-json-schema";

const RUNS = { numRuns: 200 };
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat("date", { type: "string", validate: isDay });
const validate = ajv.compile(JSON.parse(readFileSync(PLAN_JSON_SCHEMA_FILE, "utf8")) as object);

/** A draft as loosely typed JSON, for edits that break its structure. */
type Loose = Record<string, any>;

/** Structural mutations: each breaks a plan's shape in one place, whatever the plan. */
const STRUCTURAL_MUTATIONS: Record<string, (draft: Loose) => void> = {
  "missing id": (draft) => delete draft.id,
  "missing schedule": (draft) => delete draft.schedule,
  "missing admission day": (draft) => delete draft.period.admitted,
  "missing age group": (draft) => delete draft.participant.ageGroup,
  "missing session activities": (draft) => delete draft.schedule.sessions[0].activities,
  "unknown key": (draft) => (draft.notes = "free text"),
  "unknown key in a session": (draft) => (draft.schedule.sessions[0].room = "A"),
  "future schema version": (draft) => (draft.schemaVersion = 2),
  "id of the wrong type": (draft) => (draft.id = 42),
  "list of the wrong type": (draft) => (draft.diagnoses = {}),
  "number as a string": (draft) => (draft.schedule.sessions[0].activities[0].minutes = "60"),
  "fractional minutes": (draft) => (draft.schedule.sessions[0].activities[0].minutes = 60.5),
  "empty id": (draft) => (draft.participant.id = ""),
  "overlong id": (draft) => (draft.id = "x".repeat(65)),
  "unknown status": (draft) => (draft.status = "paused"),
  "unknown weekday": (draft) => (draft.schedule.sessions[0].day = "monday"),
  "day without padding": (draft) => (draft.period.admitted = "2026-3-9"),
  "day out of the calendar": (draft) => (draft.period.admitted = "2026-02-30"),
  "month thirteen": (draft) => (draft.period.plannedDischarge = "2026-13-01"),
  "time past midnight": (draft) => (draft.schedule.sessions[0].start = "24:00"),
  "time without padding": (draft) => (draft.schedule.sessions[0].start = "9:00"),
  "zone written as words": (draft) => (draft.timeZone = "Eastern Time"),
  "empty zone": (draft) => (draft.timeZone = ""),
  "ICD-10 code without a letter": (draft) => (draft.diagnoses = [{ code: "33.1" }]),
  "ICD-10 code with a U chapter": (draft) => (draft.diagnoses = [{ code: "U07.1" }]),
  "session without activities": (draft) => (draft.schedule.sessions[0].activities = []),
};

function mutated(plan: TreatmentPlan, mutation: (draft: Loose) => void): TreatmentPlanInput {
  const draft = toDraft(plan);
  mutation(draft as Loose);
  return draft;
}

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
      { numRuns: 50 },
    );
  });
});
