import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysPerWeekAllowed } from "../../src/schedule/rules/days-per-week";
import { sessionLengthFit } from "../../src/schedule/rules/session-length";
import { weeklyMinutesVerdict } from "../../src/schedule/rules/weekly-hours";
import { fitSchedule, policies, validatePlan, type TreatmentPlan } from "../../src/index";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A plan with `days` sessions of `minutes` each (one group activity) and no appointments. */
function planWith(days: number, minutes: number): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.schedule.appointments = [];
    draft.schedule.sessions = WEEKDAYS.slice(0, days).map((day) => ({
      day,
      start: "09:00",
      activities: [{ kind: "group-therapy" as const, minutes, interventionId: "int-group" }],
    }));
  });
}

function rulesFound(plan: TreatmentPlan, rule: string) {
  return validatePlan(plan).findings.filter((finding) => finding.rule === rule);
}

describe("sessionLengthFit", () => {
  const bounds = { min: 100, max: 300, targetMin: 150, targetMax: 250 };

  it("treats every bound as inclusive", () => {
    expect([99, 100, 149, 150, 250, 251, 300, 301].map((minutes) => sessionLengthFit(minutes, bounds))).toEqual([
      "outside-bounds",
      "outside-target",
      "outside-target",
      "target",
      "target",
      "outside-target",
      "outside-target",
      "outside-bounds",
    ]);
  });

  it("decides the rule: an error outside the bounds, a softer finding outside the band, none inside", () => {
    const { sessionMinutes } = policies.default.params;
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 300 }), (minutes) => {
        const severities = rulesFound(planWith(3, minutes), "schedule/session-length").map((finding) => finding.severity);
        const expected = { "outside-bounds": ["error"], "outside-target": ["warning"], target: [] }[sessionLengthFit(minutes, sessionMinutes)];
        expect(severities).toEqual(expected.flatMap((severity) => [severity, severity, severity]));
      }),
      runs(60),
    );
  });
});

describe("daysPerWeekAllowed", () => {
  it("allows min and max and nothing outside them", () => {
    expect([2, 3, 5, 6].map((count) => daysPerWeekAllowed(count, { min: 3, max: 5 }))).toEqual([false, true, true, false]);
    expect([3, 4, 5].map((count) => daysPerWeekAllowed(count, { min: 4, max: 4 }))).toEqual([false, true, false]);
  });

  it("decides the rule", () => {
    for (let days = 1; days <= 7; days += 1) {
      const found = rulesFound(planWith(days, 180), "schedule/days-per-week").length > 0;
      expect(found).toBe(!daysPerWeekAllowed(days, policies.default.params.daysPerWeek));
    }
  });
});

describe("weeklyMinutesVerdict", () => {
  const weeklyMinutes = { adult: { min: 540, max: 1199 }, adolescent: { min: 360, max: 1000 }, qualifyingOnly: false };

  it("treats min and max as inclusive, per age group, and is above only from max + 1", () => {
    expect([539.9, 540, 1199, 1199.1, 1199.5, 1199.9, 1200].map((minutes) => weeklyMinutesVerdict(weeklyMinutes, "adult", minutes))).toEqual([
      "below",
      "within",
      "within",
      "within",
      "within",
      "within",
      "above",
    ]);
    expect([359, 360, 1000, 1001].map((minutes) => weeklyMinutesVerdict(weeklyMinutes, "adolescent", minutes))).toEqual(["below", "within", "within", "above"]);
  });

  it("decides the rule", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 400 }), (minutes) => {
        const found = rulesFound(planWith(4, minutes), "schedule/weekly-hours").length > 0;
        expect(found).toBe(weeklyMinutesVerdict(policies.default.params.weeklyMinutes, "adult", 4 * minutes) !== "within");
      }),
      runs(60),
    );
  });
});

describe("fitSchedule and the predicates", () => {
  const reasonOf = (options: Parameters<typeof fitSchedule>[1]) => {
    const fit = fitSchedule([], options);
    if (!fit.success) throw new Error("fit failed");
    return fit.data.reason?.code;
  };

  it("rejects a session length exactly when the session-length predicate puts it outside the bounds", () => {
    for (const policy of Object.values(policies)) {
      for (let minutes = 0; minutes <= 400; minutes += 1) {
        const outside = sessionLengthFit(minutes, policy.params.sessionMinutes) === "outside-bounds";
        expect(reasonOf({ policy, sessionMinutes: minutes, daysPerWeek: policy.params.daysPerWeek.min }) === "session-length").toBe(outside);
      }
    }
  });

  it("rejects a day count exactly when the days-per-week predicate does", () => {
    for (const policy of Object.values(policies)) {
      for (let days = 0; days <= 7; days += 1) {
        const allowed = daysPerWeekAllowed(days, policy.params.daysPerWeek);
        expect(reasonOf({ policy, daysPerWeek: days }) === "days-per-week").toBe(!allowed);
      }
    }
  });

  it("keeps a day count exactly when the weekly-hours predicate puts its minutes within range", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(policies)),
        fc.constantFrom("adult" as const, "adolescent" as const),
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 120, max: 240 }),
        fc.integer({ min: 0, max: 400 }),
        (policy, ageGroup, days, minutes, appointmentMinutes) => {
          fc.pre(daysPerWeekAllowed(days, policy.params.daysPerWeek) && sessionLengthFit(minutes, policy.params.sessionMinutes) !== "outside-bounds");
          const options = { policy, ageGroup, daysPerWeek: days, sessionMinutes: minutes, appointmentMinutes };
          const within = weeklyMinutesVerdict(policy.params.weeklyMinutes, ageGroup, days * minutes + appointmentMinutes) === "within";
          expect(reasonOf(options) === "weekly-minutes").toBe(!within);
        },
      ),
      runs(300),
    );
  });
});
