import fc from "fast-check";
import { applyPatch } from "rfc6902";
import { describe, expect, it } from "vitest";
import { diffPlans, TreatmentPlanSchema, type PlanChange, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

const RUNS = runs(100);

function summary(changes: readonly PlanChange[]): string[] {
  return changes.map((change) => `${change.kind} ${change.id} ${change.material ? "material" : "minor"}`);
}

function changesAfter(edit: (draft: TreatmentPlanInput) => void, plan: TreatmentPlan = cleanPlan()): string[] {
  return summary(diffPlans(plan, withEdits(plan, edit)).changes);
}

describe("diffPlans", () => {
  it("finds nothing between a plan and itself", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        expect(diffPlans(plan, plan)).toEqual({ patch: [], changes: [] });
        expect(diffPlans(plan, JSON.parse(JSON.stringify(plan)) as TreatmentPlan)).toEqual({ patch: [], changes: [] });
      }),
      RUNS,
    );
  });

  it("gives a patch that turns the first plan into the second, without touching either", () => {
    fc.assert(
      fc.property(arbPlan(), arbPlan(), (a, b) => {
        const before = JSON.stringify([a, b]);
        const { patch, changes } = diffPlans(a, b);
        const patched = JSON.parse(JSON.stringify(a)) as unknown;
        expect(applyPatch(patched, [...patch]).every((error) => error === null)).toBe(true);
        expect(patched).toEqual(JSON.parse(JSON.stringify(b)));
        expect(JSON.stringify([a, b])).toBe(before);
        expect(changes.length > 0).toBe(patch.length > 0);
      }),
      RUNS,
    );
  });

  it("patches long lists (thousands of records) in time in proportion to their length, and the patch still gives the second plan", () => {
    const base = cleanPlan();
    const records = (values: readonly number[]) => values.map((minutes, index) => ({ date: `2026-03-${String(9 + (index % 20)).padStart(2, "0")}`, session: index, status: "partial", minutes }));
    const withRecords = (values: readonly number[]) => ({ ...base, attendance: records(values) }) as unknown as TreatmentPlan;
    const expectPatchGives = (a: TreatmentPlan, b: TreatmentPlan) => {
      const patched = JSON.parse(JSON.stringify(a)) as unknown;
      expect(applyPatch(patched, [...diffPlans(a, b).patch]).every((error) => error === null)).toBe(true);
      expect(patched).toEqual(JSON.parse(JSON.stringify(b)));
    };
    const long = Array.from({ length: 2000 }, (_, index) => index % 180);
    expectPatchGives(withRecords(long), withRecords([7, ...long.slice(0, -1)]));
    fc.assert(
      fc.property(fc.array(fc.nat(180), { minLength: 101, maxLength: 400 }), fc.nat(), fc.nat(30), fc.array(fc.nat(180), { maxLength: 30 }), (values, start, deleted, inserted) => {
        const edited = [...values];
        edited.splice(start % values.length, deleted, ...inserted);
        expectPatchGives(withRecords(values), withRecords(edited));
        expectPatchGives(withRecords(edited), withRecords(values));
      }),
      RUNS,
    );
  });

  it("reports a change of any top-level field of a plan", () => {
    fc.assert(
      fc.property(arbPlan(), arbPlan(), fc.constantFrom(...(Object.keys(TreatmentPlanSchema.shape) as (keyof TreatmentPlan)[])), (a, other, field) => {
        const b = { ...a, [field]: other[field] } as TreatmentPlan;
        if (JSON.stringify(a[field]) === JSON.stringify(b[field])) return;
        expect(diffPlans(a, b).changes.length, field).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("reports a step down, a new time zone, attendance and a new id; a key held twice is told apart by its occurrence", () => {
    expect(
      changesAfter((draft) => {
        draft.transitions = [{ date: "2026-04-06", from: "intensive-outpatient", to: "outpatient", reason: "Stable." }];
        draft.timeZone = "America/Chicago";
        draft.attendance = [{ date: "2026-03-09", session: 0, status: "attended" }];
        draft.id = "plan-2";
      }),
    ).toMatchInlineSnapshot(`
      [
        "id-changed id minor",
        "time-zone-changed timeZone minor",
        "attendance-changed attendance minor",
        "level-of-care-changed transitions material",
      ]
    `);
    const twice = withEdits(cleanPlan(), (draft) => {
      draft.diagnoses.push({ ...draft.diagnoses[0]! });
    });
    expect(
      changesAfter((draft) => {
        draft.diagnoses.pop();
        draft.schedule.sessions.push({ ...draft.schedule.sessions[0]! });
      }, twice),
    ).toMatchInlineSnapshot(`
      [
        "diagnosis-removed F33.1 #2 material",
        "session-added mon 09:00 #2 material",
      ]
    `);
  });

  it("names goals, objectives and interventions by id, as changes a payer need not review", () => {
    expect(
      changesAfter((draft) => {
        const goals = draft.problems[0]!.goals;
        goals.push({ id: "g-new", statement: "Sleep through the night", objectives: [] });
        goals[0]!.objectives[0]!.targetDate = "2026-04-30";
        goals[0]!.objectives[0]!.interventions[0]!.perWeek = 2;
        draft.problems.push({ id: "p-new", statement: "Poor sleep", goals: [] });
      }),
    ).toMatchInlineSnapshot(`
      [
        "problem-added p-new minor",
        "goal-added g-new minor",
        "objective-changed obj-1 minor",
        "intervention-changed int-group minor",
      ]
    `);
  });

  it("tells a moved session from an added or removed one, and marks a change of days or hours material", () => {
    const plan = cleanPlan();
    expect(
      changesAfter((draft) => {
        const sessions = draft.schedule.sessions;
        sessions[0]!.day = "tue";
        sessions[1]!.start = "10:00";
        sessions[2]!.activities.pop();
      }, plan),
    ).toMatchInlineSnapshot(`
      [
        "session-moved mon 09:00 → tue 09:00 material",
        "session-moved wed 09:00 → wed 10:00 minor",
        "session-changed fri 09:00 material",
      ]
    `);
    expect(
      changesAfter((draft) => {
        draft.schedule.sessions.push({ ...draft.schedule.sessions[0]!, day: "thu" });
        draft.schedule.sessions.splice(1, 1);
      }, plan),
    ).toMatchInlineSnapshot(`
      [
        "session-removed wed 09:00 material",
        "session-added thu 09:00 material",
      ]
    `);
  });

  it("marks a session's change material by its therapy hours: an activity turned into a break of the same length is, a new topic is not", () => {
    const plan = cleanPlan();
    const intoBreak = changesAfter((draft) => {
      const activities = draft.schedule.sessions[0]!.activities;
      activities[1] = { kind: "break", minutes: activities[1]!.minutes };
    }, plan);
    expect(intoBreak).toContain("session-changed mon 09:00 material");
    const newTopic = changesAfter((draft) => {
      Object.assign(draft.schedule.sessions[0]!.activities[0]!, { topic: "difficult-emotions" });
    }, plan);
    expect(newTopic).toEqual(["session-changed mon 09:00 minor"]);
  });

  it("reports medications started, changed and stopped, diagnoses and coverage as material", () => {
    expect(
      changesAfter((draft) => {
        draft.medications[0]!.events.push({ date: "2026-03-30", kind: "stop" });
        draft.medications.push({ id: "med-2", name: "bupropion", class: "antidepressant", events: [{ date: "2026-03-30", kind: "start" }] });
        draft.diagnoses.push({ code: "F41.1" });
        draft.coverage = { payer: "commercial", authorization: { start: "2026-03-09", end: "2026-04-30" } };
        draft.status = "completed";
      }),
    ).toMatchInlineSnapshot(`
      [
        "status-changed status minor",
        "coverage-changed coverage material",
        "diagnosis-added F41.1 material",
        "medication-started med-2 material",
        "medication-stopped med-1 material",
      ]
    `);
  });
});
