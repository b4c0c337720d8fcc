import { describe, expect, it } from "vitest";
import { policies, validatePlan, type TreatmentPlan, type ValidateOptions } from "../../src/index";
import { cleanPlan, withEdits } from "../helpers/plans";

function findingsOf(plan: TreatmentPlan, rule: string, options: ValidateOptions = {}) {
  return validatePlan(plan, options).findings.filter((finding) => finding.rule === rule);
}

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** A plan with `days` sessions of `minutes` each (three equal group activities) and no appointments. */
function planWith(days: number, minutes: number, ageGroup: "adult" | "adolescent" = "adult"): TreatmentPlan {
  return withEdits(cleanPlan({ ageGroup }), (draft) => {
    draft.schedule.appointments = [];
    draft.schedule.sessions = WEEKDAYS.slice(0, days).map((day) => ({
      day,
      start: "09:00",
      activities: [{ kind: "group-therapy" as const, minutes, interventionId: "int-group" }],
    }));
  });
}

describe("schedule/days-per-week", () => {
  it("2 days is an error, 3 and 5 are fine, 6 is an error", () => {
    expect(findingsOf(planWith(2, 300), "schedule/days-per-week")).toEqual([
      expect.objectContaining({ severity: "error", params: { actual: 2, min: 3, max: 5 } }),
    ]);
    expect(findingsOf(planWith(3, 180), "schedule/days-per-week")).toEqual([]);
    expect(findingsOf(planWith(5, 180), "schedule/days-per-week")).toEqual([]);
    expect(findingsOf(planWith(6, 180), "schedule/days-per-week")).toHaveLength(1);
  });

  it("is a warning under medicareIop and asam21", () => {
    for (const policy of [policies.medicareIop, policies.asam21]) {
      expect(findingsOf(planWith(2, 300), "schedule/days-per-week", { policy })[0]?.severity).toBe("warning");
    }
  });
});

describe("schedule/session-length", () => {
  it("119 is an error, 120 a warning, 150 and 180 and 210 fine, 211 a warning, 241 an error", () => {
    const severities = (minutes: number) => findingsOf(planWith(5, minutes), "schedule/session-length").map((finding) => finding.severity);
    expect(severities(119)).toEqual(Array(5).fill("error"));
    expect(severities(120)).toEqual(Array(5).fill("warning"));
    expect(severities(150)).toEqual([]);
    expect(severities(180)).toEqual([]);
    expect(severities(210)).toEqual([]);
    expect(severities(211)).toEqual(Array(5).fill("warning"));
    expect(severities(240)).toEqual(Array(5).fill("warning"));
    expect(severities(241)).toEqual(Array(5).fill("error"));
  });

  it("names the numbers", () => {
    expect(findingsOf(planWith(3, 119), "schedule/session-length")[0]).toEqual(
      expect.objectContaining({ path: ["schedule", "sessions", 0], params: { actual: 119, min: 120, max: 240 } }),
    );
  });
});

describe("schedule/weekly-hours", () => {
  const withWeekly = (minutes: number, ageGroup: "adult" | "adolescent" = "adult") =>
    withEdits(planWith(3, 180, ageGroup), (draft) => {
      draft.schedule.sessions[0]!.activities[0]!.minutes = 180 + (minutes - 540);
    });

  it("539 is an error for an adult, 540 fine", () => {
    expect(findingsOf(withWeekly(539), "schedule/weekly-hours")).toEqual([expect.objectContaining({ severity: "error", params: { actual: 539, min: 540, max: 1199, ageGroup: "adult", counted: "therapeutic", minHours: 9, phpFrom: 1200 } })]);
    expect(findingsOf(withWeekly(540), "schedule/weekly-hours")).toEqual([]);
  });

  it("360 is fine for an adolescent, 359 is not; Medicare asks 540 of adolescents too", () => {
    const adolescent = (minutes: number) =>
      withEdits(planWith(3, 120, "adolescent"), (draft) => void (draft.schedule.sessions[0]!.activities[0]!.minutes = 120 + (minutes - 360)));
    expect(findingsOf(adolescent(360), "schedule/weekly-hours")).toEqual([]);
    expect(findingsOf(adolescent(359), "schedule/weekly-hours")).toHaveLength(1);
    expect(findingsOf(adolescent(360), "schedule/weekly-hours", { policy: policies.medicareIop })).toHaveLength(1);
  });

  it("1199 is fine, 1200 is an error that names partial hospitalization", () => {
    const week = (total: number) => withEdits(planWith(5, 200), (draft) => void (draft.schedule.sessions[0]!.activities[0]!.minutes = 200 + total - 1000));
    expect(findingsOf(week(1199), "schedule/weekly-hours")).toEqual([]);
    const [finding] = findingsOf(week(1200), "schedule/weekly-hours");
    expect(finding?.params).toEqual({ actual: 1200, min: 540, max: 1199, ageGroup: "adult", counted: "therapeutic", minHours: 9, phpFrom: 1200 });
    expect(finding?.message).toMatch(/partial hospitalization/);
  });

  it("five 225-minute days, weekly 52-minute individual therapy, a 45-minute psychiatric visit every other week: 1199.5 averaged minutes is IOP", () => {
    const week = (individualMinutes: number) =>
      withEdits(planWith(5, 225), (draft) => {
        draft.schedule.appointments = [
          { modality: "individual-therapy", minutes: individualMinutes, everyWeeks: 1, interventionId: "int-individual" },
          { modality: "psychiatric", minutes: 45, everyWeeks: 2, interventionId: "int-individual" },
        ];
      });
    // 5 × 225 + 52 + 45 / 2 = 1199.5: under the 20 hours (1200 minutes) where partial hospitalization begins
    expect(findingsOf(week(52), "schedule/weekly-hours")).toEqual([]);
    expect(findingsOf(week(53), "schedule/weekly-hours")[0]?.params).toEqual({ actual: 1200.5, min: 540, max: 1199, ageGroup: "adult", counted: "therapeutic", minHours: 9, phpFrom: 1200 });
  });

  it("counts appointments averaged over their period and excludes breaks", () => {
    const plan = withEdits(planWith(3, 170), (draft) => {
      draft.schedule.sessions[0]!.activities.push({ kind: "break", minutes: 10 });
      draft.schedule.appointments = [{ modality: "individual-therapy", minutes: 60, everyWeeks: 2, interventionId: "int-individual" }];
    });
    // 3 × 170 + 60 / 2 = 540
    expect(findingsOf(plan, "schedule/weekly-hours")).toEqual([]);
    const shorter = withEdits(plan, (draft) => void (draft.schedule.appointments![0]!.minutes = 58));
    expect(findingsOf(shorter, "schedule/weekly-hours")[0]?.params).toEqual({ actual: 539, min: 540, max: 1199, ageGroup: "adult", counted: "therapeutic", minHours: 9, phpFrom: 1200 });
  });
});

describe("schedule/one-session-per-day", () => {
  it("fires on the second session of a weekday", () => {
    const plan = withEdits(planWith(3, 180), (draft) => void (draft.schedule.sessions[2]!.day = "mon"));
    expect(findingsOf(plan, "schedule/one-session-per-day")).toEqual([
      expect.objectContaining({ path: ["schedule", "sessions", 2, "day"], params: { day: "mon", firstSession: 0 } }),
    ]);
  });
});

describe("schedule/activity-sum", () => {
  it("checks a stated end against the activities", () => {
    const at = withEdits(planWith(3, 180), (draft) => void (draft.schedule.sessions[0]!.end = "12:00"));
    expect(findingsOf(at, "schedule/activity-sum")).toEqual([]);
    const off = withEdits(planWith(3, 180), (draft) => void (draft.schedule.sessions[0]!.end = "12:15"));
    expect(findingsOf(off, "schedule/activity-sum")).toEqual([expect.objectContaining({ params: { actual: 180, required: 195, start: "09:00", end: "12:15" } })]);
  });

  it("fires for a session that runs past midnight, not for one ending at midnight", () => {
    const atMidnight = withEdits(planWith(3, 180), (draft) => void (draft.schedule.sessions[0]!.start = "21:00"));
    expect(findingsOf(atMidnight, "schedule/activity-sum")).toEqual([]);
    const past = withEdits(planWith(3, 180), (draft) => void (draft.schedule.sessions[0]!.start = "21:01"));
    expect(findingsOf(past, "schedule/activity-sum")).toHaveLength(1);
  });
});

describe("schedule/commitment-conflict", () => {
  const withWork = (start: string, end: string) =>
    withEdits(planWith(3, 180), (draft) => void (draft.participant.commitments = [{ day: "mon", start, end, label: "Acme Corp shift" }]));

  it("is silent for work that ends when the session starts or starts when it ends", () => {
    expect(findingsOf(withWork("06:00", "09:00"), "schedule/commitment-conflict")).toEqual([]);
    expect(findingsOf(withWork("12:00", "17:00"), "schedule/commitment-conflict")).toEqual([]);
  });

  it("fires for a one-minute overlap on either side, without quoting the label", () => {
    for (const [start, end] of [["06:00", "09:01"], ["11:59", "17:00"]] as const) {
      const [finding] = findingsOf(withWork(start, end), "schedule/commitment-conflict");
      expect(finding?.path).toEqual(["schedule", "sessions", 0]);
      expect(finding?.message).not.toContain("Acme");
    }
  });

  it("checks appointments with a set time too", () => {
    const plan = withEdits(withWork("06:00", "08:00"), (draft) => {
      draft.schedule.appointments = [{ modality: "individual-therapy", minutes: 50, everyWeeks: 1, day: "mon", start: "07:00", interventionId: "int-individual" }];
    });
    expect(findingsOf(plan, "schedule/commitment-conflict").map((finding) => finding.path)).toEqual([["schedule", "appointments", 0]]);
  });
});

describe("schedule/appointment-overlap", () => {
  it("fires when an appointment overlaps a session, not when it follows it", () => {
    const appointmentAt = (start: string) =>
      withEdits(cleanPlan(), (draft) => Object.assign(draft.schedule.appointments![0]!, { day: "mon", start }));
    expect(findingsOf(appointmentAt("12:00"), "schedule/appointment-overlap")).toEqual([]);
    expect(findingsOf(appointmentAt("11:59"), "schedule/appointment-overlap")).toHaveLength(1);
  });
});

describe("schedule/valid-wall-time", () => {
  const sundayAt = (start: string, timeZone = "America/New_York") =>
    withEdits(cleanPlan({ admitted: "2026-03-02", timeZone }), (draft) => {
      draft.schedule.appointments![0] = { ...draft.schedule.appointments![0]!, day: "sun", start };
    });

  it("reports a 02:30 start on the spring-forward Sunday, with the time it would really start", () => {
    expect(findingsOf(sundayAt("02:30"), "schedule/valid-wall-time")).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: ["schedule", "appointments", 0, "start"],
        params: { date: "2026-03-08", start: "02:30", actualStart: "03:30", kind: "gap", timeZone: "America/New_York" },
      }),
    ]);
  });

  it("is silent at 03:00 and in a zone without DST", () => {
    expect(findingsOf(sundayAt("03:00"), "schedule/valid-wall-time")).toEqual([]);
    expect(findingsOf(sundayAt("02:30", "America/Phoenix"), "schedule/valid-wall-time")).toEqual([]);
  });

  it("notes a repeated wall time on the fall-back Sunday as info", () => {
    const plan = withEdits(cleanPlan({ admitted: "2026-10-19", timeZone: "America/New_York" }), (draft) => {
      draft.schedule.appointments![0] = { ...draft.schedule.appointments![0]!, day: "sun", start: "01:30" };
    });
    expect(findingsOf(plan, "schedule/valid-wall-time")).toEqual([expect.objectContaining({ severity: "info", params: { date: "2026-11-01", start: "01:30", kind: "ambiguous", timeZone: "America/New_York" } })]);
  });

  it("knows Lord Howe's half-hour change", () => {
    const plan = withEdits(cleanPlan({ admitted: "2026-09-28", timeZone: "Australia/Lord_Howe" }), (draft) => {
      draft.schedule.appointments![0] = { ...draft.schedule.appointments![0]!, day: "sun", start: "02:15" };
    });
    expect(findingsOf(plan, "schedule/valid-wall-time")[0]?.params).toEqual({ date: "2026-10-04", start: "02:15", actualStart: "02:45", kind: "gap", timeZone: "Australia/Lord_Howe" });
  });
});
