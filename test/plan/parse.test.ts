import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPlan, parsePlan, PlanError, safeParsePlan } from "../../src/index";
import { arbPlan, toDraft } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";
import { runs } from "../helpers/runs";

const RUNS = runs(1000);

describe("safeParsePlan", () => {
  it("accepts the template plan and returns an equal plan", () => {
    const plan = cleanPlan();
    const result = safeParsePlan(JSON.parse(JSON.stringify(plan)));
    expect(result).toEqual({ success: true, data: plan });
  });

  it("round-trips generated plans through JSON unchanged", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        expect(safeParsePlan(JSON.parse(JSON.stringify(plan)))).toEqual({ success: true, data: plan });
      }),
      RUNS,
    );
  });

  it("collects every structural problem with its full path", () => {
    const draft = toDraft(cleanPlan()) as Record<string, unknown> & ReturnType<typeof toDraft>;
    draft.period = { admitted: "2026-02-30", plannedDischarge: "2026-05-01" };
    draft.schedule.sessions[1]!.start = "25:00";
    draft.timeZone = "Mars/Olympus_Mons";
    const result = safeParsePlan(draft);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings.map((finding) => [finding.rule, finding.path.join(".")])).toEqual([
      ["schema/unknown-time-zone", "timeZone"],
      ["schema/invalid-day", "period.admitted"],
      ["schema/invalid-time", "schedule.sessions.1.start"],
    ]);
  });

  it("reports missing fields, wrong types and enum values with the allowed values", () => {
    const result = safeParsePlan({ ...toDraft(cleanPlan()), status: "paused", schemaVersion: "1", id: undefined });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: "schema/invalid_value", path: ["status"], params: { allowed: ["draft", "active", "completed", "discontinued"] } }));
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: "schema/invalid_type", path: ["id"], message: "Required value is missing." }));
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: "schema/invalid_value", path: ["schemaVersion"] }));
  });

  it("reports unknown keys one by one instead of keeping or dropping them", () => {
    const draft = { ...toDraft(cleanPlan()), notes: "x" } as Record<string, unknown>;
    (draft.participant as Record<string, unknown>).name = "x";
    const result = safeParsePlan(draft);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings.map((finding) => finding.path)).toEqual([["participant", "name"], ["notes"]]);
  });

  it("reports __proto__ and constructor keys without polluting prototypes", () => {
    const text = JSON.stringify(toDraft(cleanPlan())).replace(
      '"schemaVersion":1',
      '"schemaVersion":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}',
    );
    const result = safeParsePlan(JSON.parse(text));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings.map((finding) => finding.path)).toEqual([["__proto__"], ["constructor"]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("bounds string lengths and array sizes", () => {
    const draft = toDraft(cleanPlan());
    draft.dischargeCriteria = ["x".repeat(5000)];
    draft.schedule.sessions = Array.from({ length: 10_000 }, () => draft.schedule.sessions[0]!);
    const result = safeParsePlan(draft);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: "schema/too_big", path: ["dischargeCriteria", 0], params: { maximum: 4000, origin: "string" } }));
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: "schema/too_big", path: ["schedule", "sessions"] }));
  });

  it("reports duplicate ids", () => {
    const draft = toDraft(cleanPlan());
    draft.problems.push({ ...draft.problems[0]!, goals: [] });
    const result = safeParsePlan(draft);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings).toEqual([expect.objectContaining({ rule: "schema/duplicate-id", path: ["problems", 1, "id"], params: { kind: "problem", first: ["problems", "0"] } })]);
  });

  it("reports a duplicate id of every kind where it repeats, with where it first appears", () => {
    const draft = toDraft(cleanPlan());
    const [problem] = draft.problems;
    const [goal] = problem!.goals;
    const [objective] = goal!.objectives;
    draft.problems.push({ ...problem!, goals: [{ ...goal!, objectives: [objective!, objective!] }] });
    draft.careTeam.push(draft.careTeam[0]!);
    const result = safeParsePlan(draft);
    expect(result.success).toBe(false);
    if (result.success) return;
    const duplicate = (kind: string, path: (string | number)[], first: string[]) =>
      expect.objectContaining({ rule: "schema/duplicate-id", path: [...path, "id"], params: { kind, first } });
    const objectiveAt = ["problems", "0", "goals", "0", "objectives", "0"];
    const objectiveDuplicates = (o: number) => [
      duplicate("objective", ["problems", 1, "goals", 0, "objectives", o], objectiveAt),
      ...objective!.interventions.map((_, i) =>
        duplicate("intervention", ["problems", 1, "goals", 0, "objectives", o, "interventions", i], [...objectiveAt, "interventions", String(i)]),
      ),
    ];
    expect(objective!.interventions.length).toBeGreaterThan(0);
    expect(result.findings).toEqual([
      duplicate("problem", ["problems", 1], ["problems", "0"]),
      duplicate("goal", ["problems", 1, "goals", 0], ["problems", "0", "goals", "0"]),
      ...objectiveDuplicates(0),
      ...objectiveDuplicates(1),
      duplicate("care-team", ["careTeam", draft.careTeam.length - 1], ["careTeam", "0"]),
    ]);
  });

  it("never quotes a value from the input in a message", () => {
    const secret = "Jane Q. Example, DOB 1990";
    fc.assert(
      fc.property(arbPlan(), fc.constantFrom("statement", "status", "timeZone", "admitted", "code", "credentials", "name"), (plan, field) => {
        const draft = toDraft(plan) as unknown as Record<string, any>;
        const poison: Record<string, () => void> = {
          statement: () => (draft.problems[0].statement = secret.repeat(200)),
          status: () => (draft.status = secret),
          timeZone: () => (draft.timeZone = secret),
          admitted: () => (draft.period.admitted = secret),
          code: () => (draft.diagnoses[0].code = secret),
          credentials: () => (draft.careTeam[0].credentials = ""),
          name: () => (draft.participant[secret] = secret),
        };
        poison[field]!();
        for (const finding of checkPlan(draft).findings) {
          expect(finding.message).not.toContain("Jane");
          expect(JSON.stringify(finding.params ?? {})).not.toContain("Jane");
        }
      }),
      runs(200),
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (input) => {
        const result = safeParsePlan(input);
        expect(result.success).toBe(false);
        expect(checkPlan(input).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it("never throws when a random subtree of a valid plan is replaced", () => {
    fc.assert(
      fc.property(arbPlan(), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.anything(), (plan, steps, replacement) => {
        const draft = toDraft(plan) as unknown;
        let node = draft as Record<string, unknown>;
        for (const step of steps) {
          const keys = Object.keys(node);
          if (keys.length === 0) break;
          const key = keys[step % keys.length]!;
          const child = node[key];
          if (typeof child !== "object" || child === null || step % 3 === 0) {
            node[key] = replacement;
            break;
          }
          node = child as Record<string, unknown>;
        }
        const report = checkPlan(draft);
        expect(typeof report.ok).toBe("boolean");
        for (const finding of report.findings) expect(finding.path).toBeInstanceOf(Array);
      }),
      RUNS,
    );
  });
});

describe("parsePlan", () => {
  it("returns the plan when valid", () => {
    const plan = cleanPlan();
    expect(parsePlan(toDraft(plan))).toEqual(plan);
  });

  it("throws a PlanError carrying the same findings as safeParsePlan", () => {
    const input = { schemaVersion: 1 };
    const expected = safeParsePlan(input);
    expect(expected.success).toBe(false);
    try {
      parsePlan(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError);
      expect((error as PlanError).findings).toEqual(expected.success ? [] : expected.findings);
      expect((error as PlanError).message).toMatch(/^The plan is invalid: \d+ findings\./);
    }
  });
});
