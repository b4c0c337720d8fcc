import { describe, expect, it } from "vitest";
import { estimateCost, safeParsePlan, serviceDays, type TreatmentPlan } from "../../src/index";
import { toDraft } from "../../src/testing";
import { withEdits } from "../helpers/plans";
import { fourDayPlan, withAttendance } from "./helpers";

function findingRules(input: unknown): string[] {
  const result = safeParsePlan(input);
  return result.success ? [] : result.findings.map((finding) => `${finding.rule} ${finding.path.join(".")}`);
}

describe("attendance and transitions in the plan schema", () => {
  const plan = fourDayPlan();

  it("keeps a plan without them valid and unchanged", () => {
    const parsed = safeParsePlan(toDraft(plan));
    expect(parsed.success && parsed.data).toEqual(plan);
    expect(parsed.success && "attendance" in parsed.data).toBe(false);
  });

  it("asks minutes of a partial record only, and one target per record", () => {
    const draft = (attendance: unknown) => ({ ...toDraft(plan), attendance });
    expect(findingRules(draft([{ date: "2026-03-09", session: 0, status: "partial", minutes: 60 }]))).toEqual([]);
    expect(findingRules(draft([{ date: "2026-03-09", session: 0, status: "partial" }]))).toEqual(["schema/attendance-minutes attendance.0.minutes"]);
    expect(findingRules(draft([{ date: "2026-03-09", status: "attended", minutes: 60 }]))).toEqual(["schema/attendance-minutes attendance.0.minutes"]);
    expect(findingRules(draft([{ date: "2026-03-09", session: 0, appointment: 0, status: "attended" }]))).toEqual(["schema/attendance-target attendance.0.appointment"]);
    expect(findingRules(draft([{ date: "2026-03-09", session: 0, status: "late" }]))).toHaveLength(1);
  });

  it("asks a transition to change the level", () => {
    const draft = { ...toDraft(plan), transitions: [{ date: "2026-03-09", from: "outpatient", to: "outpatient", reason: "Same." }] };
    expect(findingRules(draft)).toEqual(["schema/transition-level transitions.0.to"]);
  });
});

describe("billing from attendance", () => {
  const covered = (plan: TreatmentPlan) =>
    withEdits(plan, (draft) => {
      draft.coverage = { payer: "commercial", costSharing: { allowedPerDayCents: 40_000, coinsurance: 0.2 } };
    });
  // Week 1 recorded: Tuesday missed; later days not recorded yet.
  const recorded = covered(withAttendance(fourDayPlan(), "2026-03-16", (session) => (session.date === "2026-03-10" ? "absent-unexcused" : "attended")));

  it("serviceDays lists only attended days up to the last record and says so; later days come from the schedule", () => {
    const days = serviceDays(recorded, { from: "2026-03-09", to: "2026-03-17" });
    expect(days.success && days.data.map((day) => [day.date, day.basis])).toEqual([
      ["2026-03-09", "attended"],
      ["2026-03-11", "attended"],
      ["2026-03-13", "attended"],
      ["2026-03-16", "scheduled"],
      ["2026-03-17", "scheduled"],
    ]);
  });

  it("estimateCost bills attended days and counts them", () => {
    const estimate = estimateCost(recorded, { from: "2026-03-09", to: "2026-03-15" });
    expect(estimate.success && [estimate.data.billedDays, estimate.data.attendedDays, estimate.data.allowedCents]).toEqual([3, 3, 120_000]);
  });

  it("a partial record bills the day; a day with no session attended is not billed", () => {
    const partial = covered(withAttendance(fourDayPlan(), "2026-03-11", (session) => (session.date === "2026-03-09" ? ["partial", 30] : "cancelled-by-programme")));
    const estimate = estimateCost(partial, { from: "2026-03-09", to: "2026-03-10" });
    expect(estimate.success && estimate.data.days.map((day) => [day.date, day.basis])).toEqual([["2026-03-09", "attended"]]);
  });

  it("a plan without attendance is billed from the schedule, as before, with no basis", () => {
    const estimate = estimateCost(covered(fourDayPlan()), { from: "2026-03-09", to: "2026-03-15" });
    expect(estimate.success && estimate.data.billedDays).toBe(4);
    expect(estimate.success && "attendedDays" in estimate.data).toBe(false);
    expect(estimate.success && estimate.data.days.some((day) => "basis" in day)).toBe(false);
  });
});
