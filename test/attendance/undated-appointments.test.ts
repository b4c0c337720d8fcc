import { describe, expect, it } from "vitest";
import { deliveredCare, formatFinding, serviceDays, validatePlan, type DeliveredWeek, type Finding, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { attendanceMessagesEs, attendanceRulesEs } from "../../src/locales/es/attendance";
import { spanish } from "../messages/catalog-checks";
import { cleanPlan, withEdits } from "../helpers/plans";

/**
 * Appointments without a set day, on the template plan: admitted Monday 2026-03-09, Monday,
 * Wednesday and Friday sessions, a weekly 50-minute individual therapy (appointment 0) and a
 * 30-minute psychiatric visit every other week (appointment 1, weeks 1, 3, 5…), neither on a set
 * day. The sessions are shortened to 160 minutes: 480 a week, and the schedule reaches the 540
 * minimum (545 on average) only with the appointments.
 */

const locale = spanish(attendanceRulesEs, attendanceMessagesEs);

type Records = NonNullable<TreatmentPlanInput["attendance"]>;

/** The template plan with 160-minute sessions (one 60-minute activity cut to 40) and these records. */
function shortSessions(records: Records): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    for (const session of draft.schedule.sessions) session.activities[2]!.minutes = 40;
    draft.attendance = records;
  });
}

/** Every session of week 1 (and of week 2 with `weeks` 2) attended. */
function sessionsAttended(weeks = 1): Records {
  const days = ["2026-03-09", "2026-03-11", "2026-03-13", "2026-03-16", "2026-03-18", "2026-03-20"].slice(0, 3 * weeks);
  return days.map((date, index) => ({ date, session: index % 3, status: "attended" }));
}

function weeksOf(plan: TreatmentPlan, asOf: string): DeliveredWeek[] {
  const care = deliveredCare(plan, { asOf });
  if (!care.success) throw new Error(JSON.stringify(care.findings));
  return [...care.data.weeks];
}

function findings(plan: TreatmentPlan, asOf: string, policy: "default" | "medicare-iop" = "default"): Finding[] {
  return validatePlan(plan, { asOf, policy }).findings.filter((finding) => finding.rule.startsWith("attendance/"));
}

describe("a participant who attends every session but never individual therapy", () => {
  const plan = shortSessions([
    ...sessionsAttended(2),
    { date: "2026-03-10", appointment: 0, status: "absent-unexcused" },
    { date: "2026-03-12", appointment: 1, status: "attended" },
    { date: "2026-03-17", appointment: 0, status: "absent-unexcused" },
  ]);

  it("counts the appointments in the weeks' scheduled minutes, and delivers only what was attended", () => {
    expect(weeksOf(plan, "2026-03-23").map((week) => [week.week, week.scheduledMinutes, week.deliveredMinutes, week.scheduledQualifyingMinutes, week.deliveredQualifyingMinutes, week.short])).toEqual([
      // Sessions 480, individual therapy 50, the psychiatric visit 30 (not a qualifying service) in week 1 only.
      [1, 560, 510, 530, 480, true],
      [2, 530, 480, 530, 480, true],
    ]);
  });

  it("is under the weekly minimum: attendance/delivered-hours, then a review of the level of care", () => {
    expect(findings(plan, "2026-03-23").map((finding) => [finding.rule, finding.severity, finding.message])).toEqual([
      ["attendance/delivered-hours", "warning", "Week 1 (2026-03-09 to 2026-03-15) delivered 510 therapy minutes of 560 scheduled, under the weekly minimum of 540 (9 hours)."],
      [
        "attendance/delivered-hours",
        "error",
        "Week 2 (2026-03-16 to 2026-03-22) delivered 480 therapy minutes of 530 scheduled, under the weekly minimum of 540 (9 hours); 2 weeks in a row under the minimum: the level of care needs review.",
      ],
    ]);
  });

  it("is under Medicare's certified 9 hours: 480 qualifying minutes a week", () => {
    expect(findings(plan, "2026-03-23", "medicare-iop").map((finding) => [finding.rule, finding.params?.actual, finding.params?.scheduled])).toEqual([
      ["attendance/delivered-hours", 480, 530],
      ["attendance/delivered-hours", 480, 530],
    ]);
  });
});

describe("a participant who attends individual therapy on a Thursday", () => {
  const plan = shortSessions([...sessionsAttended(), { date: "2026-03-12", appointment: 0, status: "attended" }, { date: "2026-03-10", appointment: 1, status: "attended" }]);

  it("records it: the week is whole and no rule fires", () => {
    expect(weeksOf(plan, "2026-03-16").map((week) => [week.scheduledMinutes, week.deliveredMinutes, week.unrecorded, week.short])).toEqual([[560, 560, 0, false]]);
    expect(findings(plan, "2026-03-16")).toEqual([]);
  });

  it("bills the program days only, individual therapy with a program day's services when recorded on one", () => {
    const thursday = serviceDays(plan, { from: "2026-03-09", to: "2026-03-15", asOf: "2026-03-16" });
    expect(thursday.success && thursday.data.map((day) => [day.date, day.services.length])).toEqual([
      ["2026-03-09", 3],
      ["2026-03-11", 3],
      ["2026-03-13", 3],
    ]);
    const onWednesday = withEdits(plan, (draft) => void (draft.attendance![3] = { date: "2026-03-11", appointment: 0, status: "attended" }));
    const days = serviceDays(onWednesday, { from: "2026-03-09", to: "2026-03-15", asOf: "2026-03-16" });
    expect(days.success && days.data.map((day) => [day.date, day.services.some((service) => service.kind === "individual-therapy"), day.perDiemTier])).toEqual([
      ["2026-03-09", false, "three-services"],
      ["2026-03-11", true, "four-or-more-services"],
      ["2026-03-13", false, "three-services"],
    ]);
  });
});

describe("a fortnightly psychiatric visit", () => {
  it("recorded in a week it does not fall in is attendance/unknown-session; in the next week, it is recorded", () => {
    const offWeek = shortSessions([{ date: "2026-03-18", appointment: 1, status: "attended" }]);
    expect(findings(offWeek, "2026-03-19").filter((finding) => finding.rule !== "attendance/unrecorded").map((finding) => [finding.rule, finding.path, finding.message])).toEqual([
      ["attendance/unknown-session", ["attendance", 0], "The attendance record for 2026-03-18 matches no session or appointment scheduled that day or week."],
    ]);
    const onWeek = shortSessions([{ date: "2026-03-25", appointment: 1, status: "attended" }]);
    expect(findings(onWeek, "2026-03-26").filter((finding) => finding.rule === "attendance/unknown-session")).toEqual([]);
  });

  it("recorded after the end of care is attendance/unknown-session, though its week has begun", () => {
    const discharged = withEdits(shortSessions([{ date: "2026-03-12", appointment: 0, status: "attended" }]), (draft) => void (draft.period.discharged = "2026-03-11"));
    expect(findings(discharged, "2026-03-16").map((finding) => finding.rule)).toContain("attendance/unknown-session");
  });
});

describe("an appointment without a record", () => {
  const plan = shortSessions([...sessionsAttended(), { date: "2026-03-12", appointment: 0, status: "attended" }]);

  it("is reported once its week is past, named by its number and week, in English and in Spanish", () => {
    const [missing, ...rest] = findings(plan, "2026-03-16");
    expect(rest).toEqual([]);
    expect([missing?.rule, missing?.variant, missing?.path, missing?.params, missing?.message, missing && formatFinding(missing, { locale })]).toEqual([
      "attendance/unrecorded",
      "weekly",
      ["attendance"],
      { index: 1, week: 1, from: "2026-03-09", to: "2026-03-15" },
      "No attendance is recorded for appointment 2, which has no set day, in week 1 (2026-03-09 to 2026-03-15).",
      "No consta la asistencia a la cita 2, que no tiene día fijo, en la semana 1 (del 2026-03-09 al 2026-03-15).",
    ]);
    const care = deliveredCare(plan, { asOf: "2026-03-16" });
    expect(care.success && care.data.unrecorded).toEqual([{ date: "2026-03-15", kind: "appointment", index: 1, planWeek: { week: 1, from: "2026-03-09", to: "2026-03-15" } }]);
  });

  it("is not due while its week is under way, and counts as attended when judging a short week", () => {
    expect(findings(plan, "2026-03-14")).toEqual([]);
    expect(weeksOf(plan, "2026-03-14")[0]).toMatchObject({ scheduledMinutes: 530, deliveredMinutes: 530, unrecorded: 0 });
    // Week 1 delivers 530 of 560 with the psychiatric visit unrecorded: were it attended, 560.
    expect(weeksOf(plan, "2026-03-16")[0]).toMatchObject({ scheduledMinutes: 560, deliveredMinutes: 530, unrecorded: 1, short: false });
  });
});

describe("individual therapy recorded twice in a week", () => {
  const first: Records[number] = { date: "2026-03-10", appointment: 0, status: "absent-excused" };
  const second: Records[number] = { date: "2026-03-12", appointment: 0, status: "attended" };
  const delivered = (records: Records) => weeksOf(shortSessions([...sessionsAttended(), { date: "2026-03-10", appointment: 1, status: "attended" }, ...records]), "2026-03-16")[0]!.deliveredMinutes;

  it("is attendance/duplicate-record on the record that does not count: the one that shows the most minutes present counts", () => {
    const twice = shortSessions([...sessionsAttended(), { date: "2026-03-10", appointment: 1, status: "attended" }, first, second]);
    expect(findings(twice, "2026-03-16").map((finding) => [finding.rule, finding.path, finding.message])).toEqual([
      ["attendance/duplicate-record", ["attendance", 4], "Another attendance record for appointment 1 in week 1 (2026-03-09 to 2026-03-15); record 6 counts."],
    ]);
    expect(delivered([first, second])).toBe(560);
    expect(delivered([second, first])).toBe(560);
    for (const kept of [[first], [second]]) expect(delivered(kept)).toBeLessThanOrEqual(560);
  });

  it("counts a record dated before asOf over one dated after it, so removing one never adds minutes", () => {
    const late: Records[number] = { date: "2026-03-13", appointment: 0, status: "attended" };
    const early: Records[number] = { date: "2026-03-10", appointment: 0, status: "partial", minutes: 20 };
    const on = (records: Records) => weeksOf(shortSessions([...sessionsAttended(), ...records]), "2026-03-13")[0]!.deliveredMinutes;
    expect(on([late, early])).toBe(2 * 160 + 20);
    expect(on([early])).toBe(2 * 160 + 20);
    expect(on([late])).toBe(2 * 160);
  });
});

describe("duplicate records and the calendar's own gaps", () => {
  it("counts the same record of two duplicates whatever their order: an unexcused absence before an excused one, so a run asking for outreach is never hidden", () => {
    const statuses = ["absent-excused", "absent-unexcused"] as const;
    const withOrder = (first: (typeof statuses)[number], second: (typeof statuses)[number]) =>
      withEdits(cleanPlan(), (draft) => {
        draft.attendance = [
          { date: "2026-03-09", session: 0, status: first },
          { date: "2026-03-09", session: 0, status: second },
          { date: "2026-03-11", session: 1, status: "absent-unexcused" },
          { date: "2026-03-13", session: 2, status: "absent-unexcused" },
        ];
      });
    const [one, other] = [withOrder(...statuses), withOrder(statuses[1], statuses[0])];
    const care = (plan: TreatmentPlan) => {
      const result = deliveredCare(plan, { asOf: "2026-03-16" });
      if (!result.success) throw new Error(JSON.stringify(result.findings));
      const run = result.data.longestUnexcusedRun;
      // The run names the records it is made of: the same record, at its own index in each list.
      return { totals: result.data.totals, rate: result.data.attendanceRate, run: run && { from: run.from, to: run.to, length: run.length } };
    };
    expect(care(one)).toEqual(care(other));
    expect(care(one).run?.length).toBe(3);
    const outreach = (plan: TreatmentPlan) => findings(plan, "2026-03-16").filter((finding) => finding.rule === "attendance/consecutive-absences").length;
    expect([outreach(one), outreach(other)]).toEqual([1, 1]);
  });

  it("places an undated appointment in a week whose last day the zone skipped (Pacific/Apia, 30 December 2011), and accepts its record that day", () => {
    const plan = withEdits(cleanPlan({ admitted: "2011-12-23" }), (draft) => {
      draft.timeZone = "Pacific/Apia";
      draft.period.plannedDischarge = "2011-12-30";
      draft.schedule.sessions = [];
      draft.schedule.appointments = [{ modality: "individual-therapy", minutes: 50, everyWeeks: 1, interventionId: "int-individual" }];
      draft.attendance = [{ date: "2011-12-30", appointment: 0, status: "attended" }];
    });
    expect(findings(plan, "2011-12-31").map((finding) => finding.rule)).not.toContain("attendance/unknown-session");
    expect(weeksOf(plan, "2011-12-31").map((week) => week.deliveredMinutes)).toEqual([0, 50]);
  });
});
