import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, expandSchedule, validatePlan, weekdayOf, type TreatmentPlan } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { cleanPlan, deepFreeze, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

function expand(plan: TreatmentPlan, options: Parameters<typeof expandSchedule>[1] = {}) {
  const result = expandSchedule(plan, options);
  if (!result.success) throw new Error(JSON.stringify(result.findings));
  return result.data;
}

/** A plan in a zone with sessions on the given weekdays at a start, without appointments, in care for a year. */
function zonePlan(timeZone: string, admitted: string, days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[], start: string): TreatmentPlan {
  return withEdits(cleanPlan({ timeZone, admitted, days, start }), (draft) => {
    draft.schedule.appointments = [];
    draft.period.plannedDischarge = addDays(admitted, 364);
  });
}

describe("expandSchedule", () => {
  it("dates sessions in the plan's zone with the offset of each day", () => {
    const plan = zonePlan("America/New_York", "2026-03-02", ["mon", "wed", "fri"], "09:00");
    const { sessions } = expand(plan, { from: "2026-03-02", to: "2026-03-13" });
    expect(sessions.map((session) => [session.date, session.start, session.end])).toEqual([
      ["2026-03-02", "2026-03-02T09:00:00-05:00", "2026-03-02T12:00:00-05:00"],
      ["2026-03-04", "2026-03-04T09:00:00-05:00", "2026-03-04T12:00:00-05:00"],
      ["2026-03-06", "2026-03-06T09:00:00-05:00", "2026-03-06T12:00:00-05:00"],
      ["2026-03-09", "2026-03-09T09:00:00-04:00", "2026-03-09T12:00:00-04:00"],
      ["2026-03-11", "2026-03-11T09:00:00-04:00", "2026-03-11T12:00:00-04:00"],
      ["2026-03-13", "2026-03-13T09:00:00-04:00", "2026-03-13T12:00:00-04:00"],
    ]);
    expect(sessions.every((session) => !session.adjusted && session.kind === "session")).toBe(true);
  });

  it("keeps the wall time across both changes in Europe/London", () => {
    const plan = zonePlan("Europe/London", "2026-03-23", ["mon"], "17:30");
    const spring = expand(plan, { from: "2026-03-23", to: "2026-04-06" }).sessions.map((session) => session.start);
    expect(spring).toEqual(["2026-03-23T17:30:00+00:00", "2026-03-30T17:30:00+01:00", "2026-04-06T17:30:00+01:00"]);
    const autumn = expand(plan, { from: "2026-10-19", to: "2026-11-02" }).sessions.map((session) => session.start);
    expect(autumn).toEqual(["2026-10-19T17:30:00+01:00", "2026-10-26T17:30:00+00:00", "2026-11-02T17:30:00+00:00"]);
  });

  it("never changes offset in America/Phoenix", () => {
    const plan = zonePlan("America/Phoenix", "2026-03-02", ["sun"], "02:30");
    const starts = expand(plan, { from: "2026-03-01", to: "2026-11-08" }).sessions.map((session) => session.start.slice(10));
    expect(new Set(starts)).toEqual(new Set(["T02:30:00-07:00"]));
  });

  it("moves a 02:30 start on the spring-forward day to 03:30 and marks it adjusted", () => {
    const plan = zonePlan("America/New_York", "2026-02-23", ["sun"], "02:30");
    const sessions = expand(plan, { from: "2026-03-01", to: "2026-03-15" }).sessions;
    expect(sessions.map((session) => [session.start, session.end, session.adjusted])).toEqual([
      ["2026-03-01T02:30:00-05:00", "2026-03-01T05:30:00-05:00", false],
      ["2026-03-08T03:30:00-04:00", "2026-03-08T06:30:00-04:00", true],
      ["2026-03-15T02:30:00-04:00", "2026-03-15T05:30:00-04:00", false],
    ]);
  });

  it("uses the first 01:30 on the fall-back day and keeps the session's real length", () => {
    const plan = zonePlan("America/New_York", "2026-10-26", ["sun"], "01:30");
    const [session] = expand(plan, { from: "2026-11-01", to: "2026-11-01" }).sessions;
    expect([session?.start, session?.end, session?.adjusted, session?.ambiguous]).toEqual(["2026-11-01T01:30:00-04:00", "2026-11-01T03:30:00-05:00", false, true]);
  });

  it("dates a Saturday 23:30 session that the Nuuk gap pushes past midnight on Sunday, where the range and closures see it", () => {
    // 2026-03-28 (Saturday) 23:00 -02:00 jumps to Sunday 00:00 -01:00: 23:30 does not exist.
    const plan = zonePlan("America/Nuuk", "2026-03-02", ["sat"], "23:30");
    const sunday = { date: "2026-03-29", start: "2026-03-29T00:30:00-01:00", adjusted: true };
    const moved = expand(plan, { from: "2026-03-28", to: "2026-03-29" }).sessions;
    expect(moved.map(({ date, start, adjusted }) => ({ date, start, adjusted }))).toEqual([sunday]);
    expect(expand(plan, { from: "2026-03-21", to: "2026-03-28" }).sessions.map((session) => session.date)).toEqual(["2026-03-21"]);
    expect(expand(plan, { from: "2026-03-29", to: "2026-04-04" }).sessions.map((session) => session.date)).toEqual(["2026-03-29", "2026-04-04"]);
    const closed = expand(plan, { from: "2026-03-28", to: "2026-04-04", closures: ["2026-03-29"] });
    expect(closed.sessions.map((session) => session.date)).toEqual(["2026-04-04"]);
    expect(closed.skippedClosures).toEqual(["2026-03-29"]);
    expect(expand(plan, { from: "2026-03-28", to: "2026-04-04", closures: ["2026-03-28"] }).sessions).toHaveLength(2);
  });

  it("dates nothing before admission or after the planned discharge when the range reaches past them", () => {
    const plan = withEdits(cleanPlan({ admitted: "2026-03-09", timeZone: "America/Phoenix" }), (draft) => {
      draft.period.plannedDischarge = "2026-03-20";
      draft.schedule.appointments![0] = { ...draft.schedule.appointments![0]!, day: "tue", start: "10:00", everyWeeks: 1 };
    });
    const dates = expand(plan, { from: "2026-02-01", to: "2026-04-30" }).sessions.map((session) => `${session.kind}:${session.date}`);
    expect(dates).toEqual([
      "session:2026-03-09", "appointment:2026-03-10", "session:2026-03-11", "session:2026-03-13",
      "session:2026-03-16", "appointment:2026-03-17", "session:2026-03-18", "session:2026-03-20",
    ]);
    expect(expand(plan, { from: "2026-04-01", to: "2026-04-30" }).sessions).toEqual([]);
    const discharged = withEdits(plan, (draft) => void (draft.period.discharged = "2026-03-12"));
    expect(expand(discharged, { from: "2026-03-01", to: "2026-03-31" }).sessions.map((session) => session.date)).toEqual(["2026-03-09", "2026-03-10", "2026-03-11"]);
  });

  it("marks the repeated 01:30 of the New York fall-back day ambiguous and no other session", () => {
    const plan = zonePlan("America/New_York", "2026-10-19", ["sun"], "01:30");
    const sessions = expand(plan, { from: "2026-10-25", to: "2026-11-08" }).sessions;
    expect(sessions.map((session) => [session.date, session.start, session.ambiguous, session.adjusted])).toEqual([
      ["2026-10-25", "2026-10-25T01:30:00-04:00", undefined, false],
      ["2026-11-01", "2026-11-01T01:30:00-04:00", true, false],
      ["2026-11-08", "2026-11-08T01:30:00-05:00", undefined, false],
    ]);
  });

  it("handles Lord Howe's 30-minute change and Apia's offset", () => {
    const lordHowe = zonePlan("Australia/Lord_Howe", "2026-03-23", ["sun"], "02:15");
    expect(expand(lordHowe, { from: "2026-10-04", to: "2026-10-11" }).sessions.map((session) => [session.start, session.adjusted])).toEqual([
      ["2026-10-04T02:45:00+11:00", true],
      ["2026-10-11T02:15:00+11:00", false],
    ]);
    const autumn = expand(lordHowe, { from: "2026-03-29", to: "2026-04-12" }).sessions.map((session) => session.start);
    expect(autumn).toEqual(["2026-03-29T02:15:00+11:00", "2026-04-05T02:15:00+10:30", "2026-04-12T02:15:00+10:30"]);
    const apia = zonePlan("Pacific/Apia", "2026-03-02", ["mon"], "09:00");
    expect(expand(apia, { from: "2026-03-02", to: "2026-03-02" }).sessions[0]?.start).toBe("2026-03-02T09:00:00+13:00");
  });

  it("skips and lists closures, dates appointments by their period, lists undated ones", () => {
    const plan = withEdits(cleanPlan({ admitted: "2026-03-09", timeZone: "America/Phoenix" }), (draft) => {
      draft.schedule.appointments![0] = { ...draft.schedule.appointments![0]!, day: "tue", start: "10:00", everyWeeks: 2 };
    });
    const result = expand(plan, { from: "2026-03-09", to: "2026-03-24", closures: ["2026-03-11", "2026-03-12"] });
    expect(result.skippedClosures).toEqual(["2026-03-11"]);
    expect(result.undatedAppointments).toEqual([1]);
    expect(result.sessions.map((session) => `${session.kind}:${session.date}`)).toEqual([
      "session:2026-03-09",
      "appointment:2026-03-10",
      "session:2026-03-13",
      "session:2026-03-16",
      "session:2026-03-18",
      "session:2026-03-20",
      "session:2026-03-23",
      "appointment:2026-03-24",
    ]);
  });

  it("defaults to the plan period", () => {
    const plan = cleanPlan();
    const { sessions } = expand(plan);
    expect(sessions[0]?.date).toBe(plan.period.admitted);
    expect(sessions.at(-1)!.date <= plan.period.plannedDischarge).toBe(true);
  });

  it("reports bad options as findings naming the field", () => {
    const plan = cleanPlan();
    const findingsOf = (options: object) => {
      const result = expandSchedule(plan, options);
      return result.success ? [] : result.findings.map((finding) => [finding.rule, finding.path.join(".")]);
    };
    expect(findingsOf({ from: "2026-04-01", to: "2026-03-01" })).toEqual([["engine/invalid-option", "from"]]);
    expect(findingsOf({ from: "2026-02-30" })).toEqual([["engine/invalid-option", "from"]]);
    expect(findingsOf({ to: "soon" })).toEqual([["engine/invalid-option", "to"]]);
    expect(findingsOf({ closures: ["2026-03-10", "25:00"] })).toEqual([["engine/invalid-option", "closures.1"]]);
    expect(findingsOf({ from: "2000-01-01", to: "2026-01-01" })).toEqual([["engine/invalid-option", "to"]]);
    const badZone = { ...plan, timeZone: "Mars/Base" } as TreatmentPlan;
    expect(expandSchedule(badZone).success).toBe(false);
  });
});

describe("expandSchedule properties", () => {
  const arbRange = fc.record({ start: fc.integer({ min: -10, max: 60 }), length: fc.integer({ min: 0, max: 120 }), closures: fc.array(fc.integer({ min: -10, max: 180 }), { maxLength: 10 }) });

  it("sessions never overlap, never fall on a closure, never leave the range or the period, keep their wall time unless adjusted, and count what the calendar says", () => {
    fc.assert(
      fc.property(arbPlan(), arbRange, (plan, range) => {
        const from = addDays(plan.period.admitted, range.start);
        const to = addDays(from, range.length);
        const closures = range.closures.map((offset) => addDays(plan.period.admitted, offset));
        const sessionsOnly = withEdits(deepFreeze(plan), (draft) => void (draft.schedule.appointments = []));
        const { sessions, skippedClosures } = expand(sessionsOnly, { from, to, closures });
        const instants = sessions.map((session) => [Date.parse(session.start), Date.parse(session.end)] as const);
        for (let index = 1; index < instants.length; index += 1) expect(instants[index]![0]).toBeGreaterThanOrEqual(instants[index - 1]![1]);
        const programDays = new Set(plan.schedule.sessions.map((session) => session.day));
        const first = from > plan.period.admitted ? from : plan.period.admitted;
        const last = to < plan.period.plannedDischarge ? to : plan.period.plannedDischarge;
        let expected = 0;
        for (let day = first; day <= last; day = addDays(day, 1)) if (programDays.has(weekdayOf(day)) && !closures.includes(day)) expected += 1;
        expect(sessions).toHaveLength(expected);
        for (const session of sessions) {
          expect(closures).not.toContain(session.date);
          expect(session.date >= first && session.date <= last).toBe(true);
          const scheduled = plan.schedule.sessions[session.sessionIndex]!;
          if (!session.adjusted) expect(session.start.slice(11, 16)).toBe(scheduled.start);
          expect(Date.parse(session.end) - Date.parse(session.start)).toBe(session.minutes * 60_000);
        }
        for (const closure of skippedClosures) expect(programDays.has(weekdayOf(closure))).toBe(true);
      }),
      runs(300),
    );
  });

  it("dated appointments of a valid plan never overlap its sessions", () => {
    fc.assert(
      fc.property(arbPlan(), fc.nat(), (plan, pick) => {
        const freeDay = (["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const).find((day) => !plan.schedule.sessions.some((session) => session.day === day))!;
        const dated = withEdits(plan, (draft) => {
          draft.participant.commitments = [];
          draft.schedule.appointments = draft.schedule.appointments!.map((appointment, index) => ({ ...appointment, day: index === 0 && pick % 2 === 0 ? draft.schedule.sessions[0]!.day : freeDay, start: `${String(8 + index * 2).padStart(2, "0")}:00` }));
        });
        fc.pre(validatePlan(dated).ok);
        const sessions = expand(dated).sessions;
        for (let index = 1; index < sessions.length; index += 1) {
          expect(Date.parse(sessions[index]!.start)).toBeGreaterThanOrEqual(Date.parse(sessions[index - 1]!.end));
        }
      }),
      runs(200),
    );
  });
});
