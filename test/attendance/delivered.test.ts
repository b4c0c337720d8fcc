import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, deliveredCare, parsePlan, policies, type DeliveredCare, type DeliveredTotals, type TreatmentPlan } from "../../src/index";
import { arbAttendance, arbPlan } from "../../src/testing";
import { attendAll } from "../../src/testing/arbitraries";
import { deepFreeze, withEdits } from "../helpers/plans";
import { fourDayPlan, withAttendance } from "./helpers";
import { runs } from "../helpers/runs";

const RUNS = runs(40);

function delivered(plan: TreatmentPlan, asOf: string, policy = policies.default): DeliveredCare {
  const result = deliveredCare(plan, { asOf, policy });
  if (!result.success) throw new Error(JSON.stringify(result.findings));
  return result.data;
}

/** A plan from arbPlan with attendance from arbAttendance (some sessions recorded twice), and a day to look at it on. */
const arbRecorded = arbPlan().chain((plan) =>
  fc.tuple(
    fc.constant(plan),
    arbAttendance(plan, { duplicates: true }),
    fc.integer({ min: 0, max: 7 * 14 }).map((days) => addDays(plan.period.admitted, days)),
  ),
);

const MINUTE_FIELDS = ["scheduledMinutes", "deliveredMinutes", "scheduledQualifyingMinutes", "deliveredQualifyingMinutes", "programDays", "programDaysAttended", "unrecorded"] as const;

describe("deliveredCare", () => {
  it("counts each week's scheduled and delivered minutes, days and absences", () => {
    const plan = withAttendance(fourDayPlan(), "2026-03-23", (session) =>
      session.date === "2026-03-10" ? "absent-unexcused" : session.date === "2026-03-11" ? ["partial", 90] : session.date === "2026-03-16" ? "cancelled-by-programme" : session.date === "2026-03-17" ? "absent-excused" : "attended",
    );
    const care = delivered(plan, "2026-03-23");
    expect(care.weeks.map((week) => [week.week, week.from, week.to, week.complete, week.scheduledMinutes, week.deliveredMinutes, week.programDays, week.programDaysAttended])).toEqual([
      [1, "2026-03-09", "2026-03-15", true, 720, 450, 4, 3],
      [2, "2026-03-16", "2026-03-22", true, 720, 360, 4, 2],
    ]);
    expect(care.weeks[0]!.absences).toEqual({ excused: 0, unexcused: 1, cancelled: 0 });
    expect(care.weeks[1]!.absences).toEqual({ excused: 1, unexcused: 0, cancelled: 1 });
    expect(care.weeks.map((week) => week.short)).toEqual([true, true]);
    expect(care.attendanceRate).toBe(0.714);
    expect(care.longestUnexcusedRun).toEqual({ length: 1, from: "2026-03-10", to: "2026-03-10", records: [1] });
  });

  it("a partial record delivers the activities of its first minutes, in order", () => {
    const plan = withAttendance(fourDayPlan(), "2026-03-10", () => ["partial", 75]);
    expect(delivered(plan, "2026-03-10").totals).toMatchObject({ scheduledMinutes: 180, deliveredMinutes: 75, programDaysAttended: 1 });
  });

  it("lists the sessions before asOf without a record, and counts only sessions before asOf", () => {
    const plan = withAttendance(fourDayPlan(), "2026-03-11", (session) => (session.date === "2026-03-09" ? undefined : "attended"));
    const care = delivered(plan, "2026-03-11");
    expect(care.unrecorded).toEqual([{ date: "2026-03-09", kind: "session", index: 0 }]);
    expect(care.totals).toMatchObject({ scheduledMinutes: 360, deliveredMinutes: 180, unrecorded: 1 });
    expect(care.weeks[0]!.complete).toBe(false);
  });

  it("judges qualifying minutes against the certified 9 hours under Medicare", () => {
    const care = delivered(withAttendance(fourDayPlan(), "2026-03-16"), "2026-03-16", policies.medicareIop);
    expect([care.counted, care.weeklyMinimum]).toEqual(["qualifying", 540]);
    expect(delivered(fourDayPlan(), "2026-03-16").counted).toBe("therapeutic");
  });

  it("marks a week's level from the transitions, and none while it changes", () => {
    const plan = withEdits(withAttendance(fourDayPlan(), "2026-03-30"), (draft) => {
      draft.transitions = [{ date: "2026-03-18", from: "partial-hospitalization", to: "intensive-outpatient", reason: "Stable." }];
    });
    expect(delivered(plan, "2026-03-30").weeks.map((week) => week.level)).toEqual(["partial-hospitalization", undefined, "intensive-outpatient"]);
  });

  it("answers a bad asOf or policy with findings, never a throw", () => {
    const plan = fourDayPlan();
    expect(deliveredCare(plan, { asOf: "2026-13-01" })).toMatchObject({ success: false, findings: [{ rule: "engine/invalid-option", path: ["asOf"] }] });
    expect(deliveredCare(plan, { asOf: "2026-03-20", policy: "medicare" as never })).toMatchObject({ success: false, findings: [{ rule: "policy/unknown-preset" }] });
    expect(deliveredCare(plan, undefined as never).success).toBe(false);
  });

  it("does not modify the plan", () => {
    const plan = deepFreeze(withAttendance(fourDayPlan(), "2026-04-01"));
    expect(() => deliveredCare(plan, { asOf: "2026-04-01" })).not.toThrow();
  });

  it("a plan without attendance delivers nothing and lists its past sessions as unrecorded", () => {
    const care = delivered(fourDayPlan(), "2026-03-16");
    expect(care.totals).toMatchObject({ scheduledMinutes: 720, deliveredMinutes: 0, unrecorded: 4 });
    expect(care.attendanceRate).toBeUndefined();
  });
});

describe("deliveredCare properties", () => {
  it("delivered minutes never exceed scheduled minutes, week by week", () => {
    fc.assert(
      fc.property(arbRecorded, ([plan, attendance, asOf]) => {
        for (const week of delivered(parsePlan({ ...plan, attendance }), asOf).weeks) {
          expect(week.deliveredMinutes).toBeLessThanOrEqual(week.scheduledMinutes);
          expect(week.deliveredQualifyingMinutes).toBeLessThanOrEqual(week.scheduledQualifyingMinutes);
        }
      }),
      RUNS,
    );
  });

  it("a plan with every session attended delivers exactly its scheduled minutes", () => {
    fc.assert(
      fc.property(arbPlan(), fc.integer({ min: 1, max: 90 }), (plan, days) => {
        const day = addDays(plan.period.admitted, days);
        const { totals } = delivered(parsePlan({ ...plan, attendance: attendAll(plan, day) }), day);
        expect(totals.deliveredMinutes).toBe(totals.scheduledMinutes);
        expect(totals.deliveredQualifyingMinutes).toBe(totals.scheduledQualifyingMinutes);
        expect(totals.programDaysAttended).toBe(totals.programDays);
      }),
      RUNS,
    );
  });

  it("removing a record never increases delivered minutes", () => {
    fc.assert(
      fc.property(arbRecorded, ([plan, attendance, asOf]) => {
        const before = delivered(parsePlan({ ...plan, attendance }), asOf).totals;
        // Every record in turn, so a record of a session recorded twice is always among them.
        attendance.forEach((_, index) => {
          const after = delivered(parsePlan({ ...plan, attendance: attendance.filter((_, i) => i !== index) }), asOf).totals;
          expect(after.deliveredMinutes).toBeLessThanOrEqual(before.deliveredMinutes);
          expect(after.deliveredQualifyingMinutes).toBeLessThanOrEqual(before.deliveredQualifyingMinutes);
        });
      }),
      RUNS,
    );
  });

  it("totals equal the sum of the weeks", () => {
    fc.assert(
      fc.property(arbRecorded, ([plan, attendance, asOf]) => {
        const care = delivered(parsePlan({ ...plan, attendance }), asOf);
        const sum = (pick: (totals: DeliveredTotals) => number) => care.weeks.reduce((total, week) => total + pick(week), 0);
        for (const field of MINUTE_FIELDS) expect(sum((week) => week[field])).toBe(care.totals[field]);
        for (const kind of ["excused", "unexcused", "cancelled"] as const) expect(sum((week) => week.absences[kind])).toBe(care.totals.absences[kind]);
      }),
      RUNS,
    );
  });
});
