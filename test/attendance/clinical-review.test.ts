import { describe, expect, it } from "vitest";
import { definePolicy, deliveredCare, estimateCost, formatFinding, serviceDays, validatePlan, type Finding, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { attendanceMessagesEs, attendanceRulesEs } from "../../src/locales/es/attendance";
import { spanish } from "../messages/catalog-checks";
import { cleanPlan, withEdits } from "../helpers/plans";
import { withAttendance } from "./helpers";

/**
 * The clinical review's situations, on the template plan: admitted Monday 2026-03-09, planned
 * discharge 2026-05-04, Monday, Wednesday and Friday sessions of 180 minutes.
 */

const locale = spanish(attendanceRulesEs, attendanceMessagesEs);

function findings(plan: TreatmentPlan, asOf: string, policy: "default" | "medicare-iop" | "asam-2.1", prefix = "attendance/"): Finding[] {
  return validatePlan(plan, { asOf, policy }).findings.filter((finding) => finding.rule.startsWith(prefix));
}

const withRecords = (plan: TreatmentPlan, records: TreatmentPlanInput["attendance"]) => withEdits(plan, (draft) => void (draft.attendance = records));

describe("a step down after seven weeks of one session in three", () => {
  // Mondays and every individual therapy and psychiatric visit attended, Wednesdays and Fridays
  // missed without an excuse (runs of two, under the outreach length), then a step down to
  // outpatient care on Wednesday 2026-04-29.
  const plan = (payer: "medicare" | "self-pay") =>
    withEdits(
      withAttendance(cleanPlan(), "2026-04-27", (session) => (session.kind === "appointment" || session.sessionIndex === 0 ? "attended" : "absent-unexcused")),
      (draft) => {
        draft.coverage = payer === "medicare" ? { payer, certification: { certifiedOn: "2026-03-09", recertifiedOn: ["2026-04-06"] } } : { payer, costSharing: { allowedPerDayCents: 40_000 } };
        draft.transitions = [{ date: "2026-04-29", from: "intensive-outpatient", to: "outpatient", reason: "Goals partly met." }];
      },
    );
  const verdict = (found: Finding[]) => found.filter((finding) => finding.rule !== "attendance/unrecorded").map((finding) => [finding.rule, finding.severity, finding.params?.week ?? finding.params?.late]);

  it("under Medicare, which grants no grace, reports every short week, escalating, and the late step down", () => {
    expect(verdict(findings(plan("medicare"), "2026-04-27", "medicare-iop"))).toEqual([
      ["attendance/delivered-hours", "warning", 1],
      ...[2, 3, 4, 5, 6, 7].map((week) => ["attendance/delivered-hours", "error", week]),
      ["attendance/step-down-grace", "warning", 7],
    ]);
  });

  it("under ASAM, graces only the last two weeks before the step down; the five before are short weeks", () => {
    expect(verdict(findings(plan("self-pay"), "2026-04-27", "asam-2.1"))).toEqual([
      ["attendance/delivered-hours", "warning", 1],
      ...[2, 3, 4, 5].map((week) => ["attendance/delivered-hours", "error", week]),
      ["attendance/step-down-grace", "warning", 5],
    ]);
  });
});

describe("billing a range whose past days have no record", () => {
  // One record, Monday 2026-03-09 attended; billed on Friday 2026-03-27.
  const plan = withEdits(withRecords(cleanPlan(), [{ date: "2026-03-09", session: 0, status: "attended" }]), (draft) => {
    draft.coverage = { payer: "self-pay", costSharing: { allowedPerDayCents: 40_000 } };
  });
  const range = { from: "2026-03-09", to: "2026-04-03", asOf: "2026-03-27" };

  it("bills the past from the records alone (only 03-09) and estimates from asOf on", () => {
    const days = serviceDays(plan, range);
    expect(days.success && days.data.map((day) => [day.date, day.basis])).toEqual([
      ["2026-03-09", "attended"],
      ["2026-03-27", "scheduled"],
      ["2026-03-30", "scheduled"],
      ["2026-04-01", "scheduled"],
      ["2026-04-03", "scheduled"],
    ]);
    const cost = estimateCost(plan, range);
    expect(cost.success && [cost.data.billedDays, cost.data.attendedDays]).toEqual([5, 1]);
  });
});

describe("a step up to partial hospitalization on 2026-03-23", () => {
  // Weeks 1 and 2 attended in full, individual therapy (weekly) and the psychiatric visit (week 1)
  // included; from Monday 2026-03-23 the participant is in partial hospitalization.
  const plan = withEdits(withAttendance(cleanPlan(), "2026-03-21"), (draft) => {
    draft.coverage = { payer: "medicare", certification: { certifiedOn: "2026-03-09", recertifiedOn: [] } };
    draft.transitions = [{ date: "2026-03-23", from: "intensive-outpatient", to: "partial-hospitalization", reason: "Worse." }];
  });

  it("reports only the attended IOP sessions within the 7-day claim window before the step up, not the sessions to come", () => {
    expect(findings(plan, "2026-04-10", "medicare-iop").map((finding) => [finding.rule, finding.params])).toEqual([
      // The three sessions of week 2 and its individual therapy, recorded on Monday 2026-03-16.
      ["attendance/php-iop-overlap", { count: 4, from: "2026-03-16", to: "2026-03-20", window: 7 }],
    ]);
  });

  it("counts no IOP minutes, and asks no record, on partial hospitalization days", () => {
    const care = deliveredCare(plan, { asOf: "2026-04-10", policy: "medicare-iop" });
    expect(care.success && care.data.weeks.map((week) => [week.week, week.scheduledMinutes, week.unrecorded])).toEqual([
      [1, 620, 0],
      [2, 590, 0],
      [3, 0, 0],
      [4, 0, 0],
      [5, 0, 0],
    ]);
    expect(care.success && care.data.unrecorded).toEqual([]);
  });

  it("reports an IOP session attended on a partial hospitalization day, and only once it is before asOf", () => {
    const attendedOnPhp = withEdits(plan, (draft) => void draft.attendance!.push({ date: "2026-03-25", session: 1, status: "attended" }));
    expect(findings(attendedOnPhp, "2026-03-25", "default")).toEqual([]);
    expect(findings(attendedOnPhp, "2026-03-26", "default").map((finding) => [finding.variant, finding.params, finding.message, formatFinding(finding, { locale })])).toEqual([
      [
        "day",
        { count: 1, from: "2026-03-25", to: "2026-03-25", window: 0 },
        "1 IOP service on 2026-03-25 falls on partial hospitalization days or within 0 days before a step up to it; PHP and IOP are not billed for the same days.",
        "1 servicio de IOP del 2026-03-25 cae en días de hospitalización parcial o dentro de 0 días antes de pasar a ella; PHP e IOP no se facturan por los mismos días.",
      ],
    ]);
  });
});

describe("two records for Monday's session: absent without an excuse, then attended", () => {
  const records: TreatmentPlanInput["attendance"] = [
    { date: "2026-03-09", session: 0, status: "absent-unexcused" },
    { date: "2026-03-09", session: 0, status: "attended" },
  ];
  const deliveredWith = (kept: NonNullable<TreatmentPlanInput["attendance"]>) => {
    const care = deliveredCare(withRecords(cleanPlan(), kept), { asOf: "2026-03-10" });
    return care.success ? care.data.totals.deliveredMinutes : undefined;
  };

  it("removing either record never increases delivered minutes, whatever the order of the list", () => {
    const both = deliveredWith(records!);
    expect(both).toBe(180);
    expect(deliveredWith([...records!].reverse())).toBe(both);
    for (const kept of [[records![0]!], [records![1]!]]) expect(deliveredWith(kept)).toBeLessThanOrEqual(both!);
  });

  it("is still a duplicate-record error, on the record that does not count", () => {
    expect(findings(withRecords(cleanPlan(), records), "2026-03-10", "default").map((finding) => [finding.rule, finding.severity, finding.path, finding.message])).toEqual([
      ["attendance/duplicate-record", "error", ["attendance", 0], "Another attendance record for the same session on 2026-03-09; record 2 counts."],
    ]);
  });
});

describe("a step down with a grace of one week", () => {
  // Two short weeks (one session attended in three) before a step down on 2026-03-23, under ASAM with a one-week grace.
  const plan = withEdits(
    withAttendance(cleanPlan(), "2026-03-23", (session) => (session.sessionIndex === 0 ? "attended" : "absent-excused")),
    (draft) => void (draft.transitions = [{ date: "2026-03-23", from: "intensive-outpatient", to: "outpatient", reason: "Goals met." }]),
  );
  const oneWeek = definePolicy({ extends: "asam-2.1", params: { stepDownGraceWeeks: 1 } });

  it("says that up to 1 week counts, in English and in Spanish", () => {
    const [grace] = validatePlan(plan, { asOf: "2026-03-23", policy: oneWeek }).findings.filter((finding) => finding.rule === "attendance/step-down-grace");
    expect([grace?.message, grace && formatFinding(grace, { locale })]).toEqual([
      "The 2 weeks before the step down to outpatient care on 2026-03-23 delivered under the weekly minimum; up to 1 week counts as IOP while stepping down, so the step down came 1 week late.",
      "Las 2 semanas anteriores al paso a atención ambulatoria del 2026-03-23 brindaron menos del mínimo semanal; hasta 1 semana cuenta como IOP durante la transición, así que el paso se hizo con 1 semana de retraso.",
    ]);
  });
});
