import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, summarizeWeek, type Activity } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

describe("summarizeWeek", () => {
  it("sums the standard template's week", () => {
    const week = summarizeWeek(cleanPlan().schedule);
    expect(week.programDays).toEqual(["mon", "wed", "fri"]);
    expect(week.sessions.map((session) => [session.day, session.start, session.end, session.minutes])).toEqual([
      ["mon", "09:00", "12:00", 180],
      ["wed", "09:00", "12:00", 180],
      ["fri", "09:00", "12:00", 180],
    ]);
    // 3 × 180 in sessions, 50 weekly individual therapy, 30 psychiatric every 2 weeks.
    expect(week.appointmentMinutes).toBe(65);
    expect(week.therapeuticMinutes).toBe(605);
    // Medication management alone is not a Medicare qualifying service.
    expect(week.qualifyingMinutes).toBe(590);
    expect(week.minutesByModality).toEqual({ "group-therapy": 360, psychoeducation: 120, holistic: 60, "individual-therapy": 50, psychiatric: 15 });
  });

  it("excludes breaks from therapy minutes and non-goal-linked holistic practice from qualifying minutes", () => {
    const plan = withEdits(cleanPlan(), (draft) => {
      draft.schedule.appointments = [];
      draft.schedule.sessions[0]!.activities.push({ kind: "break", minutes: 15 });
      draft.schedule.sessions[1]!.activities[1] = { kind: "holistic", practice: "yoga", minutes: 60, interventionId: "int-holistic" };
    });
    const week = summarizeWeek(plan.schedule);
    expect(week.sessions[0]!.minutes).toBe(195);
    expect(week.sessions[0]!.therapeuticMinutes).toBe(180);
    expect(week.therapeuticMinutes).toBe(540);
    expect(week.qualifyingMinutes).toBe(480);
  });

  it("never lowers weekly minutes when an activity is added", () => {
    const arbActivity = fc.record({ kind: fc.constantFrom(...ACTIVITY_KINDS), minutes: fc.integer({ min: 1, max: 120 }) }).map(
      ({ kind, minutes }) =>
        (kind === "holistic" ? { kind, practice: "yoga", minutes } : kind === "psychiatric" ? { kind, service: "evaluation", minutes } : { kind, minutes }) as Activity,
    );
    fc.assert(
      fc.property(arbPlan(), arbActivity, fc.nat(), (plan, activity, at) => {
        const before = summarizeWeek(plan.schedule);
        const index = at % plan.schedule.sessions.length;
        const sessions = plan.schedule.sessions.map((session, s) => (s === index ? { ...session, activities: [...session.activities, activity] } : session));
        const after = summarizeWeek({ ...plan.schedule, sessions });
        expect(after.therapeuticMinutes).toBeGreaterThanOrEqual(before.therapeuticMinutes);
        expect(after.qualifyingMinutes).toBeGreaterThanOrEqual(before.qualifyingMinutes);
        expect(after.sessions[index]!.minutes).toBe(before.sessions[index]!.minutes + activity.minutes);
      }),
      runs(500),
    );
  });

  it("adds up: modality minutes equal therapeutic minutes", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const week = summarizeWeek(plan.schedule);
        const total = Object.values(week.minutesByModality).reduce((sum, minutes) => sum + (minutes ?? 0), 0);
        expect(total).toBeCloseTo(week.therapeuticMinutes, 9);
      }),
      runs(300),
    );
  });
});
