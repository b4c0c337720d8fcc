import { describe, expect, it } from "vitest";
import { deliveredCare, estimateCost, safeParsePlan, serviceDays, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
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

  it("a partial record bills the day once it delivered a service in whole; a day with no session attended is not billed", () => {
    const partial = (minutes: number) => covered(withAttendance(fourDayPlan(), "2026-03-11", (session) => (session.date === "2026-03-09" ? ["partial", minutes] : "cancelled-by-programme")));
    const billed = (minutes: number) => {
      const estimate = estimateCost(partial(minutes), { from: "2026-03-09", to: "2026-03-10" });
      return estimate.success && estimate.data.days.map((day) => [day.date, day.basis]);
    };
    // The first activity is a 60-minute group: 30 minutes of it is no service delivered.
    expect(billed(30)).toEqual([]);
    expect(billed(60)).toEqual([["2026-03-09", "attended"]]);
  });

  it("a plan without attendance is billed from the schedule, as before, with no basis", () => {
    const estimate = estimateCost(covered(fourDayPlan()), { from: "2026-03-09", to: "2026-03-15" });
    expect(estimate.success && estimate.data.billedDays).toBe(4);
    expect(estimate.success && "attendedDays" in estimate.data).toBe(false);
    expect(estimate.success && estimate.data.days.some((day) => "basis" in day)).toBe(false);
  });
});

describe("billing never claims more than was delivered", () => {
  // Monday 2026-03-09: group therapy, psychoeducation, group therapy, 60 minutes each.
  const medicare = (minutes: number) =>
    withEdits(fourDayPlan(), (draft) => {
      draft.coverage = { payer: "medicare", certification: { certifiedOn: "2026-03-09", recertifiedOn: [] }, costSharing: { allowedPerDayCents: 30_000, coinsurance: 0.2 } };
      draft.attendance = [{ date: "2026-03-09", session: 0, status: "partial", minutes }];
    });
  const monday = { from: "2026-03-09", to: "2026-03-09" };

  it("a partial record of 5 minutes bills nothing, as deliveredCare delivers 5 minutes", () => {
    const plan = medicare(5);
    const care = deliveredCare(plan, { asOf: "2026-03-10", policy: "medicare-iop" });
    expect(care.success && care.data.totals.deliveredQualifyingMinutes).toBe(5);
    expect(serviceDays(plan, monday)).toEqual({ success: true, data: [] });
    const estimate = estimateCost(plan, monday);
    expect(estimate.success && [estimate.data.billedDays, estimate.data.allowedCents]).toEqual([0, 0]);
  });

  it("a partial record bills the activities that fit wholly within the minutes present, in the session's order", () => {
    const days = serviceDays(medicare(130), monday);
    expect(days.success && days.data).toEqual([
      {
        date: "2026-03-09",
        basis: "attended",
        services: [
          { kind: "group-therapy", minutes: 60, medicareCategory: "individual-or-group-therapy", codes: ["G0410"] },
          { kind: "psychoeducation", minutes: 60, medicareCategory: "patient-education", codes: [] },
        ],
        qualifyingServices: 2,
        perDiemTier: undefined,
        codes: { revenue: "0905", conditionCode: "92" },
      },
    ]);
    const full = serviceDays(medicare(180), monday);
    expect(full.success && full.data[0]?.perDiemTier).toBe("three-services");
  });

  it("whatever the partial length, the billed minutes are the whole activities within it, at most the delivered ones", () => {
    for (const minutes of [1, 59, 60, 61, 119, 120, 179, 180]) {
      const plan = medicare(minutes);
      const days = serviceDays(plan, monday);
      const care = deliveredCare(plan, { asOf: "2026-03-10", policy: "medicare-iop" });
      const billed = days.success ? days.data.flatMap((day) => day.services).reduce((sum, service) => sum + service.minutes, 0) : Number.NaN;
      expect(billed).toBe(Math.floor(minutes / 60) * 60);
      expect(care.success && billed <= care.data.totals.deliveredMinutes).toBe(true);
    }
  });
});

describe("billing reads no record dated after asOf", () => {
  const plan = withEdits(fourDayPlan(), (draft) => {
    draft.coverage = { payer: "commercial", costSharing: { allowedPerDayCents: 40_000 } };
    draft.attendance = [
      { date: "2026-03-09", session: 0, status: "attended" },
      { date: "2026-03-27", session: 3, status: "attended" },
    ];
  });
  const range = { from: "2026-03-09", to: "2026-03-27", asOf: "2026-03-12" };

  it("bills the day of a record after asOf from the schedule, never as attended", () => {
    const days = serviceDays(plan, range);
    expect(days.success && days.data.filter((day) => day.basis === "attended").map((day) => day.date)).toEqual(["2026-03-09"]);
    expect(days.success && days.data.find((day) => day.date === "2026-03-27")?.basis).toBe("scheduled");
    const estimate = estimateCost(plan, range);
    expect(estimate.success && estimate.data.attendedDays).toBe(1);
  });

  it("without asOf every record is read, as before", () => {
    const days = serviceDays(plan, { from: "2026-03-09", to: "2026-03-27" });
    expect(days.success && days.data.map((day) => [day.date, day.basis])).toEqual([
      ["2026-03-09", "attended"],
      ["2026-03-27", "attended"],
    ]);
  });

  it("answers a bad asOf with a finding", () => {
    const days = serviceDays(plan, { asOf: "2026-02-30" });
    expect(days.success || days.findings.map((finding) => [finding.rule, finding.path])).toEqual([["engine/invalid-option", ["asOf"]]]);
    const estimate = estimateCost(plan, { asOf: "12 March" });
    expect(estimate.success || estimate.findings.map((finding) => finding.path)).toEqual([["asOf"]]);
  });
});

describe("billing follows the level of care", () => {
  const transitioned = (transitions: TreatmentPlanInput["transitions"], attended: boolean) =>
    withEdits(attended ? withAttendance(fourDayPlan(), "2026-03-28") : fourDayPlan(), (draft) => {
      draft.coverage = { payer: "commercial", costSharing: { allowedPerDayCents: 40_000 } };
      draft.transitions = transitions;
    });
  const range = { from: "2026-03-09", to: "2026-03-27" };
  const stepDown = [{ date: "2026-03-23", from: "intensive-outpatient" as const, to: "outpatient" as const, reason: "Goals met." }];

  for (const attended of [true, false]) {
    it(`bills no IOP day after a step down to outpatient care (${attended ? "attended" : "scheduled"} days)`, () => {
      const days = serviceDays(transitioned(stepDown, attended), range);
      expect(days.success && days.data.map((day) => day.date).filter((date) => date >= "2026-03-23")).toEqual([]);
      expect(days.success && days.data).toHaveLength(8);
      const estimate = estimateCost(transitioned(stepDown, attended), range);
      expect(estimate.success && [estimate.data.billedDays, estimate.data.allowedCents]).toEqual([8, 320_000]);
    });
  }

  it("bills no IOP day during partial hospitalization before a step down to IOP", () => {
    const fromPhp = [{ date: "2026-03-16", from: "partial-hospitalization" as const, to: "intensive-outpatient" as const, reason: "Stable." }];
    const days = serviceDays(transitioned(fromPhp, true), range);
    expect(days.success && days.data.map((day) => day.date)[0]).toBe("2026-03-16");
    expect(days.success && days.data.every((day) => "perDiem" in day.codes && day.codes.perDiem?.includes("S9480"))).toBe(true);
  });
});
