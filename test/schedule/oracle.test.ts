// Compares expandSchedule with Temporal (the TC39 reference polyfill, disambiguation "compatible",
// which is RFC 5545's reading of a wall time in a gap or a repeated hour) where offsets change in
// ways a monthly sample cannot see: a 20-day offset period and changes at the turn of January.
import { Temporal } from "@js-temporal/polyfill";
import { describe, expect, it } from "vitest";
import { WEEKDAYS, expandSchedule, type Day, type TreatmentPlan } from "../../src/index";
import { cleanPlan, withEdits } from "../helpers/plans";

function dailyPlan(zone: string, start: string, admitted: Day, plannedDischarge: Day): TreatmentPlan {
  return withEdits(cleanPlan({ start, days: [...WEEKDAYS] }), (draft) => {
    draft.timeZone = zone;
    draft.period = { admitted, plannedDischarge };
    draft.schedule.appointments = [];
  });
}

/** Every session start of the range that differs from Temporal, as `iopkit ≠ Temporal`. */
function disagreements(zone: string, start: string, from: Day, to: Day, window: { from: Day; to: Day } = { from, to }): string[] {
  const expanded = expandSchedule(dailyPlan(zone, start, from, to), window);
  if (!expanded.success) return expanded.findings.map((finding) => finding.rule);
  const out: string[] = [];
  let day = Temporal.PlainDate.from(window.from);
  for (const session of expanded.data.sessions) {
    const expected = day.toPlainDateTime(Temporal.PlainTime.from(start)).toZonedDateTime(zone, { disambiguation: "compatible" });
    const wanted = `${expected.toPlainDateTime().toString({ smallestUnit: "second" })}${expected.offset}`;
    if (session.start !== wanted) out.push(`${session.start} ≠ ${wanted}`);
    day = day.add({ days: 1 });
  }
  return out;
}

describe("expandSchedule against Temporal where offsets change within a month", () => {
  const cases: [string, Day, Day][] = [
    ["Africa/Cairo", "2010-07-01", "2010-10-31"], // DST suspended for Ramadan, then 20 more days of DST in September
    ["Africa/Juba", "2021-01-01", "2021-12-31"], // +03:00 to +02:00 on 31 January
    ["America/Cancun", "2015-01-01", "2015-12-31"], // -06:00 to -05:00 on 1 February
    ["Australia/Lord_Howe", "2026-01-01", "2026-12-31"], // half-hour changes on the half hour
    ["America/New_York", "2026-01-01", "2026-12-31"],
  ];
  for (const [zone, from, to] of cases) {
    it(`dates every day of ${from.slice(0, 4)} in ${zone} as Temporal does`, () => {
      for (const start of ["00:30", "01:30", "02:30", "23:30"]) expect(disagreements(zone, start, from, to)).toEqual([]);
    });
  }

  it("gives each day the same instant whatever range is expanded", () => {
    const whole = dailyPlan("Africa/Juba", "09:00", "2020-11-01", "2021-03-31");
    const all = expandSchedule(whole);
    const part = expandSchedule(whole, { from: "2021-01-25", to: "2021-02-05" });
    expect(all.success && part.success).toBe(true);
    if (all.success && part.success) {
      const byDate = new Map(all.data.sessions.map((session) => [session.date, session.start]));
      for (const session of part.data.sessions) expect(session.start).toBe(byDate.get(session.date));
    }
    expect(disagreements("Africa/Juba", "09:00", "2020-11-01", "2021-03-31", { from: "2021-01-25", to: "2021-02-05" })).toEqual([]);
  });
});
