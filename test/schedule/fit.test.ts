import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wallTimeMinutes } from "../../src/core/calendar";
import { fitSchedule, policies, templates, validatePlan, WEEKDAYS } from "../../src/index";
import { BASE_OPTIONS } from "../helpers/plans";
import { runs } from "../helpers/runs";

describe("fitSchedule", () => {
  it("finds morning patterns on the preferred days around a commitment", () => {
    const fit = fitSchedule([{ day: "mon", start: "08:00", end: "13:00" }], { daysPerWeek: 3, limit: 2 });
    expect(fit).toEqual({
      success: true,
      data: {
        patterns: [
          { days: ["tue", "wed", "thu"], start: "08:00", end: "11:00", track: "morning", sessionMinutes: 180, weeklyMinutes: 540, offPreferredDays: 0 },
          { days: ["tue", "wed", "fri"], start: "08:00", end: "11:00", track: "morning", sessionMinutes: 180, weeklyMinutes: 540, offPreferredDays: 0 },
        ],
      },
    });
  });

  it("moves to the evening track for someone working 08:00 to 18:00 on weekdays", () => {
    const work = (["mon", "tue", "wed", "thu", "fri"] as const).map((day) => ({ day, start: "08:00", end: "18:00" }));
    const fit = fitSchedule(work, { limit: 1 });
    expect(fit.success && fit.data.patterns[0]).toMatchObject({ start: "18:00", end: "21:00", track: "evening", offPreferredDays: 0 });
  });

  it("uses days off the preferred ones only when it must, and counts them", () => {
    const work = (["mon", "tue", "wed", "thu"] as const).map((day) => ({ day, start: "08:00", end: "18:00" }));
    const fit = fitSchedule(work, { limit: 1, latest: "20:00" });
    expect(fit.success && fit.data.patterns[0]).toMatchObject({ days: ["fri", "sat", "sun"], start: "08:00", track: "morning", offPreferredDays: 2 });
  });

  it("says why when nothing fits", () => {
    const reason = (input: Parameters<typeof fitSchedule>[0], options: Parameters<typeof fitSchedule>[1]) => {
      const fit = fitSchedule(input, options);
      return fit.success ? fit.data.reason?.code : "failed";
    };
    expect(reason([], { daysPerWeek: 2 })).toBe("days-per-week");
    expect(reason([], { sessionMinutes: 100 })).toBe("session-length");
    expect(reason([], { daysPerWeek: 3, sessionMinutes: 150 })).toBe("weekly-minutes");
    expect(reason([], { earliest: "19:00", latest: "21:00" })).toBe("window");
    const busy = WEEKDAYS.map((day) => ({ day, start: "06:00", end: "22:00" }));
    expect(reason(busy, {})).toBe("no-free-days");
  });

  it("reports bad commitments and options as findings", () => {
    const bad = fitSchedule([{ day: "mon", start: "25:00", end: "26:00" }] as never);
    expect(bad.success ? [] : bad.findings.map((finding) => finding.path)).toEqual([[0, "start"], [0, "end"]]);
    const option = fitSchedule([], { earliest: "8am", sessionMinutes: Number.NaN, limit: -1 });
    expect(option.success ? [] : option.findings.map((finding) => finding.path)).toEqual([["earliest"], ["sessionMinutes"], ["limit"]]);
  });

  it("reports an age group, preferred days or a start step it cannot use, rather than guessing", () => {
    const work = [{ day: "mon" as const, start: "08:00", end: "13:00" }];
    for (const [options, path, variant] of [
      [{ ageGroup: "__proto__" }, "ageGroup", "notOneOf"],
      [{ ageGroup: "toString" }, "ageGroup", "notOneOf"],
      [{ preferredDays: "sat" }, "preferredDays", "notDayList"],
      [{ preferredDays: [42] }, "preferredDays", "notDayList"],
      [{ stepMinutes: 0 }, "stepMinutes", "notPositiveWholeNumber"],
    ] as const) {
      const fit = fitSchedule(work, options as never);
      expect(fit.success ? [] : fit.findings.map((finding) => [finding.rule, finding.path.join("."), finding.variant]), JSON.stringify(options)).toEqual([["engine/invalid-option", path, variant]]);
    }
    const everyMinute = fitSchedule(work, { stepMinutes: 1, daysPerWeek: 3, limit: 2 });
    expect(everyMinute.success && everyMinute.data.patterns.map((pattern) => pattern.start)).toEqual(["08:00", "08:00"]);
  });

  it("takes a preset id like the preset itself, and reports an unknown one with the option findings", () => {
    const work = [{ day: "mon" as const, start: "08:00", end: "13:00" }];
    const short = { ageGroup: "adolescent", daysPerWeek: 3, sessionMinutes: 150 } as const;
    const byId = fitSchedule(work, { ...short, policy: "medicare-iop" });
    expect(byId).toEqual(fitSchedule(work, { ...short, policy: policies.medicareIop }));
    expect(byId.success && byId.data.reason?.code).toBe("weekly-minutes");
    const byDefault = fitSchedule(work, short);
    expect(byDefault.success && byDefault.data.patterns.length).toBeGreaterThan(0);
    const unknown = fitSchedule(work, { policy: "medicare" as never, limit: -1 });
    expect(unknown.success ? [] : unknown.findings.map((finding) => [finding.rule, finding.path])).toEqual([
      ["policy/unknown-preset", ["policy"]],
      ["engine/invalid-option", ["limit"]],
    ]);
  });

  it("every pattern passes the schedule rules and avoids every commitment", () => {
    const arbWindow = fc.record({
      day: fc.constantFrom(...WEEKDAYS),
      start: fc.integer({ min: 0, max: 22 * 4 }).map((quarter) => quarter * 15),
      length: fc.integer({ min: 1, max: 40 }).map((quarter) => quarter * 15),
    });
    fc.assert(
      fc.property(fc.array(arbWindow, { maxLength: 6 }), fc.constantFrom("adult" as const, "adolescent" as const), fc.constantFrom(...Object.values(policies)), (windows, ageGroup, policy) => {
        const commitments = windows.map(({ day, start, length }) => ({
          day,
          start: `${String(Math.floor(start / 60)).padStart(2, "0")}:${String(start % 60).padStart(2, "0")}`,
          end: `${String(Math.floor(Math.min(start + length, 1439) / 60)).padStart(2, "0")}:${String(Math.min(start + length, 1439) % 60).padStart(2, "0")}`,
        }));
        const base = templates.standardIop({ ...BASE_OPTIONS, ageGroup, commitments, policy });
        if (!base.success) throw new Error("template failed");
        const fit = fitSchedule(base.data, { policy, limit: 5 });
        if (!fit.success) throw new Error("fit failed");
        for (const pattern of fit.data.patterns) {
          const candidate = templates.standardIop({ ...BASE_OPTIONS, ageGroup, commitments, policy, days: pattern.days, start: pattern.start, sessionMinutes: pattern.sessionMinutes });
          if (!candidate.success) throw new Error("candidate failed");
          const scheduleFindings = validatePlan(candidate.data, { policy }).findings.filter((finding) => finding.rule.startsWith("schedule/"));
          expect(scheduleFindings).toEqual([]);
          for (const window of commitments) {
            if (!pattern.days.includes(window.day)) continue;
            const start = wallTimeMinutes(pattern.start);
            expect(start + pattern.sessionMinutes <= wallTimeMinutes(window.start) || start >= wallTimeMinutes(window.end)).toBe(true);
          }
        }
      }),
      runs(300),
    );
  });
});
