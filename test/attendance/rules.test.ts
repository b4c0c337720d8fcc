import { describe, expect, it } from "vitest";
import { definePolicy, explainRule, policies, validatePlan, type Finding, type Policy, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { withEdits } from "../helpers/plans";
import { fourDayPlan, withAttendance, type Outcome } from "./helpers";

const PRESETS = Object.values(policies);
const SESSION = 180;

function attendanceFindings(plan: TreatmentPlan, policy: Policy, asOf: string, rule?: string): Finding[] {
  return validatePlan(plan, { policy, asOf }).findings.filter((finding) => (rule ? finding.rule === rule : finding.rule.startsWith("attendance/")));
}

/** Outcomes that deliver exactly `minutes` in a week of 180-minute sessions: whole sessions first, then a partial one, the rest excused. */
function deliverInWeek(minutes: number): (position: number) => Outcome {
  return (position) => {
    const left = minutes - position * SESSION;
    return left >= SESSION ? "attended" : left > 0 ? ["partial", left] : "absent-excused";
  };
}

/** Weeks given as delivered minutes (a missing week is fully attended), for the four-day plan recorded up to `asOf`. */
function weeksDelivering(asOf: string, byWeek: Record<number, number>, plan = fourDayPlan()): TreatmentPlan {
  return withAttendance(plan, asOf, (_session, index) => {
    const week = Math.floor(index / 4) + 1;
    return byWeek[week] === undefined ? "attended" : deliverInWeek(byWeek[week])(index % 4);
  });
}

describe("plans without attendance or transitions", () => {
  for (const policy of PRESETS) {
    it(`fire no attendance rule under ${policy.id}`, () => {
      expect(attendanceFindings(fourDayPlan(), policy, "2026-05-04")).toEqual([]);
    });
  }
});

describe("attendance/delivered-hours", () => {
  for (const policy of PRESETS) {
    const min = policy.params.weeklyMinutes.adult.min;
    it(`under ${policy.id}: a week at the minimum passes, one minute under is reported`, () => {
      expect(attendanceFindings(weeksDelivering("2026-03-16", { 1: min }), policy, "2026-03-16")).toEqual([]);
      const [finding, ...rest] = attendanceFindings(weeksDelivering("2026-03-16", { 1: min - 1 }), policy, "2026-03-16");
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ rule: "attendance/delivered-hours", severity: "warning", params: { week: 1, actual: min - 1, scheduled: 4 * SESSION, min, run: 1 } });
    });

    it(`under ${policy.id}: repeated short weeks raise the severity and ask for a review of the level of care`, () => {
      const findings = attendanceFindings(weeksDelivering("2026-03-23", { 1: min - 1, 2: min - 1 }), policy, "2026-03-23");
      expect(findings.map((finding) => [finding.severity, finding.params?.run])).toEqual([
        ["warning", 1],
        ["error", 2],
      ]);
      expect(findings[1]!.message).toContain("the level of care needs review");
    });
  }

  it("names the certified minimum and qualifying minutes under Medicare", () => {
    const [finding] = attendanceFindings(weeksDelivering("2026-03-16", { 1: 539 }), policies.medicareIop, "2026-03-16");
    expect(finding!.message).toBe("Week 1 (2026-03-09 to 2026-03-15) delivered 539 qualifying minutes of 720 scheduled, under the certified minimum of 540 (9 hours).");
  });

  it("judges a week with a session not yet recorded as if it were attended: short only when its record could not lift the week to the minimum", () => {
    const outcomes = (others: Outcome) => withAttendance(fourDayPlan(), "2026-03-16", (_session, index) => (index === 0 ? undefined : index < 3 ? "attended" : others));
    expect(attendanceFindings(outcomes("absent-excused"), policies.default, "2026-03-16", "attendance/delivered-hours")).toEqual([]);
    const hopeless = withAttendance(fourDayPlan(), "2026-03-16", (_session, index) => (index === 0 ? undefined : "absent-excused"));
    expect(attendanceFindings(hopeless, policies.default, "2026-03-16", "attendance/delivered-hours")).toEqual([
      expect.objectContaining({ variant: "short", severity: "warning", params: expect.objectContaining({ week: 1, actual: 0, scheduled: 720, unrecorded: 1 }) }),
    ]);
    expect(attendanceFindings(hopeless, policies.default, "2026-03-16", "attendance/delivered-hours")[0]?.message).toContain("delivered 0 therapy minutes of 720 scheduled (and 1 session without a record)");
  });

  it("leaves out an incomplete week and a week whose schedule alone falls short", () => {
    expect(attendanceFindings(weeksDelivering("2026-03-13", { 1: 0 }), policies.default, "2026-03-13", "attendance/delivered-hours")).toEqual([]);
    const threeDays = withAttendance(withEdits(fourDayPlan(), (draft) => void draft.schedule.sessions.splice(3, 1)), "2026-03-16");
    expect(attendanceFindings(threeDays, definePolicy({ extends: "default", params: { weeklyMinutes: { adult: { min: 600, max: 1199 }, adolescent: { min: 360, max: 1199 }, qualifyingOnly: false } } }), "2026-03-16", "attendance/delivered-hours")).toEqual([]);
  });
});

describe("attendance/consecutive-absences", () => {
  for (const policy of PRESETS) {
    const length = policy.params.absenceRunForOutreach;
    it(`under ${policy.id}: a run at the policy's length asks for outreach, one shorter does not`, () => {
      const run = (count: number) => withAttendance(fourDayPlan(), "2026-03-23", (_session, index) => (index >= 2 && index < 2 + count ? "absent-unexcused" : "attended"));
      expect(attendanceFindings(run(length - 1), policy, "2026-03-23", "attendance/consecutive-absences")).toEqual([]);
      expect(attendanceFindings(run(length), policy, "2026-03-23", "attendance/consecutive-absences")).toEqual([
        expect.objectContaining({ severity: "warning", path: ["attendance", 2 + length - 1], params: { length, min: length, from: "2026-03-11", to: expect.any(String) } }),
      ]);
    });
  }

  it("an excused absence neither ends nor lengthens a run; an attended session ends it", () => {
    const outcomes: Outcome[] = ["absent-unexcused", "absent-unexcused", "absent-excused", "absent-unexcused", "attended", "absent-unexcused"];
    const plan = withAttendance(fourDayPlan(), "2026-03-23", (_session, index) => outcomes[index] ?? "attended");
    expect(attendanceFindings(plan, policies.default, "2026-03-23", "attendance/consecutive-absences").map((finding) => finding.params)).toEqual([
      { length: 3, min: 3, from: "2026-03-09", to: "2026-03-13" },
    ]);
  });

  it("counts the runs up to asOf, as deliveredCare does", () => {
    const plan = withAttendance(fourDayPlan(), "2026-03-23", (_session, index) => (index < 4 ? "absent-unexcused" : "attended"));
    expect(attendanceFindings(plan, policies.default, "2026-03-10", "attendance/consecutive-absences")).toEqual([]);
    expect(attendanceFindings(plan, policies.default, "2026-03-23", "attendance/consecutive-absences")).toHaveLength(1);
  });

  it("follows the policy's length", () => {
    const policy = definePolicy({ extends: "default", params: { absenceRunForOutreach: 4 } });
    const plan = withAttendance(fourDayPlan(), "2026-03-16", (_session, index) => (index < 3 ? "absent-unexcused" : "attended"));
    expect(attendanceFindings(plan, policy, "2026-03-16", "attendance/consecutive-absences")).toEqual([]);
    expect(attendanceFindings(plan, policies.default, "2026-03-16", "attendance/consecutive-absences")).toHaveLength(1);
  });
});

describe("attendance/step-down-grace", () => {
  const stepDown = (plan: TreatmentPlan) =>
    withEdits(plan, (draft) => {
      draft.transitions = [{ date: "2026-05-04", from: "intensive-outpatient", to: "outpatient", reason: "Goals met." }];
    });
  for (const policy of PRESETS) {
    const grace = policy.params.stepDownGraceWeeks;
    it(`under ${policy.id}: ${grace} short weeks that delivered some care before a step down count as IOP, one more is late and is a short week`, () => {
      // One session a week: care stepping down, under the minimum.
      const short = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [8 - i, SESSION]));
      expect(attendanceFindings(stepDown(weeksDelivering("2026-05-04", short(grace))), policy, "2026-05-04")).toEqual([]);
      expect(attendanceFindings(stepDown(weeksDelivering("2026-05-04", short(grace + 1))), policy, "2026-05-04")).toEqual([
        expect.objectContaining({ rule: "attendance/delivered-hours", severity: "warning", params: expect.objectContaining({ week: 8 - grace, run: 1 }) }),
        expect.objectContaining({ rule: "attendance/step-down-grace", severity: policy.rules["attendance/step-down-grace"] ?? "warning", path: ["transitions", 0], params: { weeks: grace + 1, grace, date: "2026-05-04", late: 1 } }),
      ]);
    });

    it(`under ${policy.id}: weeks that delivered no care before a step down are no step down, and are short weeks`, () => {
      const plan = stepDown(weeksDelivering("2026-05-04", { 7: 0, 8: 0 }));
      expect(attendanceFindings(plan, policy, "2026-05-04").map((finding) => [finding.rule, finding.severity])).toEqual([
        ["attendance/delivered-hours", "warning"],
        ["attendance/delivered-hours", "error"],
      ]);
    });
  }

  it("without the step down the same weeks are short weeks", () => {
    const plan = weeksDelivering("2026-05-04", { 7: 0, 8: 0 });
    expect(attendanceFindings(plan, policies.default, "2026-05-04").map((finding) => finding.rule)).toEqual(["attendance/delivered-hours", "attendance/delivered-hours"]);
  });

  it("a step down planned weeks after asOf graces no week: the short weeks known so far are not just before it", () => {
    const early = weeksDelivering("2026-03-23", { 1: 0, 2: 0 });
    const expected = attendanceFindings(early, policies.default, "2026-03-23").map((finding) => [finding.rule, finding.severity]);
    expect(expected).toEqual([
      ["attendance/delivered-hours", "warning"],
      ["attendance/delivered-hours", "error"],
    ]);
    expect(attendanceFindings(stepDown(early), policies.default, "2026-03-23").map((finding) => [finding.rule, finding.severity])).toEqual(expected);
  });
});

describe("attendance/php-iop-overlap", () => {
  // Every session attended up to the planned discharge, with a step up to PHP on Tuesday 2026-03-24.
  const stepUp = withAttendance(
    withEdits(fourDayPlan(), (draft) => {
      draft.period.plannedDischarge = "2026-04-01";
      draft.transitions = [{ date: "2026-03-24", from: "intensive-outpatient", to: "partial-hospitalization", reason: "Worse." }];
    }),
    "2026-04-01",
  );
  for (const policy of PRESETS) {
    const window = policy.params.phpIopClaimWindowDays;
    it(`under ${policy.id}: IOP services attended on PHP days, and ${window} days before a step up to PHP, are reported`, () => {
      const [finding, ...rest] = attendanceFindings(stepUp, policy, "2026-04-01", "attendance/php-iop-overlap");
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: "error", path: ["transitions", 0], params: { from: window === 7 ? "2026-03-17" : "2026-03-24", to: "2026-03-31", window } });
    });
  }

  it("reports IOP sessions attended during partial hospitalization before a step down to IOP, not those missed or without a record", () => {
    const fromPhp = withEdits(fourDayPlan(), (draft) => {
      draft.transitions = [{ date: "2026-03-16", from: "partial-hospitalization", to: "intensive-outpatient", reason: "Stable." }];
    });
    expect(attendanceFindings(fromPhp, policies.default, "2026-03-20", "attendance/php-iop-overlap")).toEqual([]);
    expect(attendanceFindings(withAttendance(fromPhp, "2026-03-16"), policies.default, "2026-03-20", "attendance/php-iop-overlap").map((finding) => finding.params)).toEqual([
      { count: 4, from: "2026-03-09", to: "2026-03-13", window: 0 },
    ]);
    const cancelled = withAttendance(fromPhp, "2026-03-16", () => "cancelled-by-programme");
    expect(attendanceFindings(cancelled, policies.default, "2026-03-20", "attendance/php-iop-overlap")).toEqual([]);
  });
});

describe("record validation", () => {
  const base = fourDayPlan();
  const withRecords = (records: TreatmentPlanInput["attendance"]) =>
    withEdits(base, (draft) => {
      draft.attendance = records;
    });

  it("attendance/unrecorded: a session before asOf without a record; not one on asOf", () => {
    const plan = withRecords([{ date: "2026-03-09", session: 0, status: "attended" }]);
    expect(attendanceFindings(plan, policies.default, "2026-03-10", "attendance/unrecorded")).toEqual([]);
    expect(attendanceFindings(plan, policies.default, "2026-03-11", "attendance/unrecorded")).toEqual([
      expect.objectContaining({ severity: "warning", params: { date: "2026-03-10", kind: "session", index: 1 } }),
    ]);
  });

  it("attendance/unknown-session: a record for no dated session, or naming another day's session", () => {
    const plan = withRecords([
      { date: "2026-03-12", status: "attended" },
      { date: "2026-03-13", status: "attended" },
      { date: "2026-03-09", session: 1, status: "attended" },
      { date: "2026-03-09", appointment: 0, status: "attended" },
    ]);
    expect(attendanceFindings(plan, policies.default, "2026-03-14", "attendance/unknown-session").map((finding) => finding.path)).toEqual([
      ["attendance", 0],
      ["attendance", 2],
      ["attendance", 3],
    ]);
    // Checked before it, the record of Thursday 03-12 is a record of a day to come: attendance/future-record's alone.
    const recordFindings = attendanceFindings(plan, policies.default, "2026-03-10").filter((finding) => finding.rule !== "attendance/unrecorded");
    expect(recordFindings.map((finding) => [finding.rule, finding.path])).toEqual([
      ["attendance/unknown-session", ["attendance", 2]],
      ["attendance/unknown-session", ["attendance", 3]],
      ["attendance/future-record", ["attendance", 0]],
      ["attendance/future-record", ["attendance", 1]],
    ]);
  });

  it("attendance/future-record: a record dated after asOf is an error on that record; one on asOf is not", () => {
    const plan = withRecords([
      { date: "2026-03-09", session: 0, status: "attended" },
      { date: "2026-03-27", session: 3, status: "attended" },
    ]);
    expect(attendanceFindings(plan, policies.default, "2026-03-12", "attendance/future-record")).toEqual([
      expect.objectContaining({
        severity: "error",
        path: ["attendance", 1],
        params: { date: "2026-03-27", asOf: "2026-03-12" },
        message: "The attendance record for 2026-03-27 is dated after 2026-03-12, the day the plan is checked on; care on a later day cannot have happened yet.",
      }),
    ]);
    expect(attendanceFindings(plan, policies.default, "2026-03-27", "attendance/future-record")).toEqual([]);
    expect(validatePlan(plan).skipped).toContain("attendance/future-record");
  });

  it("attendance/transition-sequence: each transition starts from the level the one before it moved to", () => {
    const withTransitions = (transitions: TreatmentPlanInput["transitions"]) => withEdits(base, (draft) => void (draft.transitions = transitions));
    const consistent = withTransitions([
      { date: "2026-03-16", from: "partial-hospitalization", to: "intensive-outpatient", reason: "Stable." },
      { date: "2026-03-23", from: "intensive-outpatient", to: "outpatient", reason: "Goals met." },
    ]);
    expect(attendanceFindings(consistent, policies.default, "2026-03-30", "attendance/transition-sequence")).toEqual([]);
    // Listed out of date order: read in date order, the step from partial hospitalization comes while care is at outpatient level.
    const contradictory = withTransitions([
      { date: "2026-03-30", from: "partial-hospitalization", to: "intensive-outpatient", reason: "Text." },
      { date: "2026-03-23", from: "intensive-outpatient", to: "outpatient", reason: "Text." },
    ]);
    expect(attendanceFindings(contradictory, policies.default, "2026-03-30")).toEqual([
      expect.objectContaining({
        rule: "attendance/transition-sequence",
        severity: "error",
        path: ["transitions", 0, "from"],
        params: { date: "2026-03-30", from: "partial-hospitalization", since: "2026-03-23", level: "outpatient" },
        message: "The transition on 2026-03-30 starts from partial hospitalization, but the transition on 2026-03-23 had moved care to outpatient care.",
      }),
    ]);
  });

  it("attendance/duplicate-record: a second record for the same session; the first of equals counts", () => {
    const plan = withRecords([
      { date: "2026-03-09", session: 0, status: "attended" },
      { date: "2026-03-09", status: "absent-unexcused" },
    ]);
    expect(attendanceFindings(plan, policies.default, "2026-03-10")).toEqual([expect.objectContaining({ rule: "attendance/duplicate-record", path: ["attendance", 1], params: { date: "2026-03-09", first: 0 } })]);
  });

  it("attendance/minutes-out-of-range: the session's length passes, one minute more is reported", () => {
    const partial = (minutes: number) => withRecords([{ date: "2026-03-09", session: 0, status: "partial", minutes }]);
    expect(attendanceFindings(partial(SESSION), policies.default, "2026-03-10")).toEqual([]);
    expect(attendanceFindings(partial(SESSION + 1), policies.default, "2026-03-10")).toEqual([
      expect.objectContaining({ rule: "attendance/minutes-out-of-range", path: ["attendance", 0, "minutes"], params: { actual: SESSION + 1, max: SESSION, date: "2026-03-09", kind: "session" } }),
    ]);
  });

  it("every rule is in the catalog under the attendance area", () => {
    for (const code of ["unknown-session", "future-record", "duplicate-record", "minutes-out-of-range", "unrecorded", "delivered-hours", "consecutive-absences", "transition-sequence", "step-down-grace", "php-iop-overlap"]) {
      expect(explainRule(`attendance/${code}`)?.area).toBe("attendance");
    }
  });
});
