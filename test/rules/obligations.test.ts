import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, careObligations, classFromName, effectiveClass, isDay, LAB_KINDS, medicationReviews, parsePlan, SAFETY_PLAN_STEPS, validatePlan, definePolicy, type Obligation, type Policy, type TreatmentPlan } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { cleanPlan, rulesOf, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

function obligations(plan: TreatmentPlan, asOf: string, policy?: Policy): Obligation[] {
  const result = careObligations(plan, policy === undefined ? { asOf } : { asOf, policy });
  if (!result.success) throw new Error(JSON.stringify(result.findings));
  return result.data;
}

/** The day a record path points at. */
function dayAt(plan: TreatmentPlan, path: readonly (string | number)[]): string {
  let value: unknown = plan;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  if (isDay(value)) return value;
  return (value as { date: string }).date;
}

/** Moves every calendar day in a value by the same number of days. */
function shiftDays(value: unknown, days: number): unknown {
  if (isDay(value)) return addDays(value, days);
  if (Array.isArray(value)) return value.map((item) => shiftDays(item, days));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftDays(item, days)]));
  return value;
}

/**
 * Whether a plan's schedules are counted in days only (no months: clozapine phases, lithium organ
 * labs, valproate monthly labs), by the class each medication is monitored as: clozapine recorded
 * as an antipsychotic is monitored monthly after month 12.
 */
function dayBased(plan: TreatmentPlan): boolean {
  return plan.medications.every((medication) => !["clozapine", "lithium", "valproate"].includes(effectiveClass(medication)));
}

/** 400 Gregorian years: a shift that keeps months and weekdays. */
const GREGORIAN_CYCLE_DAYS = 146_097;

const stream = (item: Obligation) => [item.source, item.medicationId, item.labs?.join(), item.instrument].join("|");

/** The sources of the obligations that come once, around admission. */
const FIRSTS = new Set(["plan/first-plan-deadline", "measures/baseline-recorded", "measures/suicide-screen"]);

describe("careObligations: worked example", () => {
  it("lists medication items and the plan's cadences with their sources", () => {
    const plan = withEdits(cleanPlan(), (draft) => void draft.reviews.push({ date: "2026-03-18", kind: "psychiatric" }));
    const items = obligations(plan, "2026-03-20");
    expect(items.find((item) => item.source === "review-after-change")).toMatchObject({
      kind: "medication-review",
      window: { from: "2026-03-10", to: "2026-03-16" },
      status: "late",
      daysLate: 2,
      satisfiedBy: ["reviews", plan.reviews.length - 1],
    });
    expect(new Set(items.map((item) => item.source))).toContain("plan/review-cadence");
  });

  it("lists the first plan, the baseline measures and the admission suicide screen before any is recorded, missed once their deadlines pass, as validatePlan reports them", () => {
    const empty = withEdits(cleanPlan(), (draft) => {
      draft.reviews = [];
      draft.assessments = [];
    });
    const asOf = "2026-04-20";
    const firsts = obligations(empty, asOf).filter((item) => FIRSTS.has(item.source));
    expect(firsts.map((item) => [item.source, item.status, item.instrument])).toEqual([
      ["plan/first-plan-deadline", "missed", undefined],
      ["measures/baseline-recorded", "missed", "PHQ-9"],
      ["measures/suicide-screen", "missed", undefined],
    ]);
    const rules = new Set(validatePlan(empty, { asOf }).findings.map((finding) => finding.rule));
    for (const item of firsts) expect(rules).toContain(item.source);
    const measured = withEdits(cleanPlan(), (draft) => {
      draft.assessments = [
        { instrument: "PHQ-9", date: draft.period.admitted, items: [1, 1, 1, 1, 1, 1, 1, 1, 0] },
        { instrument: "ASQ", date: draft.period.admitted, items: [0, 0, 0, 0, 0] },
      ];
    });
    const recorded = obligations(measured, asOf).filter((item) => FIRSTS.has(item.source));
    expect(recorded.map((item) => [item.source, item.status, item.satisfiedBy])).toEqual([
      ["plan/first-plan-deadline", "done", expect.any(Array)],
      ["measures/baseline-recorded", "done", ["assessments", 0]],
      ["measures/suicide-screen", "done", ["assessments", 1]],
    ]);
  });

  it("a C-SSRS and a baseline PHQ-9 on 03-19, three days after their 03-16 deadline, satisfy both late, as validatePlan reports them", () => {
    const late = withEdits(cleanPlan(), (draft) => {
      draft.assessments = [
        { instrument: "PHQ-9", date: "2026-03-19", items: [1, 1, 1, 1, 1, 1, 1, 1, 0] },
        { instrument: "C-SSRS", date: "2026-03-19", items: [0, 0, 0, 0, 0, 0] },
      ];
    });
    const asOf = "2026-04-01";
    const firsts = obligations(late, asOf).filter((item) => item.source === "measures/baseline-recorded" || item.source === "measures/suicide-screen");
    expect(firsts.map(({ source, window, status, satisfiedBy, daysLate }) => ({ source, window, status, satisfiedBy, daysLate }))).toEqual([
      { source: "measures/baseline-recorded", window: { from: "2026-03-02", to: "2026-03-16" }, status: "late", satisfiedBy: ["assessments", 0], daysLate: 3 },
      { source: "measures/suicide-screen", window: { from: "2026-03-02", to: "2026-03-16" }, status: "late", satisfiedBy: ["assessments", 1], daysLate: 3 },
    ]);
    const findings = validatePlan(late, { asOf }).findings.filter((finding) => finding.rule.startsWith("measures/"));
    expect(findings.map(({ rule, severity, variant, params }) => ({ rule, severity, variant, params }))).toEqual([
      { rule: "measures/baseline-late", severity: "warning", variant: undefined, params: { instrument: "PHQ-9", date: "2026-03-19", due: "2026-03-16", daysLate: 3 } },
      { rule: "measures/suicide-screen", severity: "error", variant: "late", params: { instrument: "C-SSRS", date: "2026-03-19", due: "2026-03-16", daysLate: 3 } },
    ]);
  });

  it("a screen or a baseline dated after the last day of care satisfies nothing: both stay missed", () => {
    const afterCare = withEdits(cleanPlan(), (draft) => {
      draft.assessments = [
        { instrument: "PHQ-9", date: "2026-05-05", items: [1, 1, 1, 1, 1, 1, 1, 1, 0] },
        { instrument: "C-SSRS", date: "2026-05-05", items: [0, 0, 0, 0, 0, 0] },
      ];
    });
    const firsts = obligations(afterCare, "2026-05-10").filter((item) => item.source === "measures/baseline-recorded" || item.source === "measures/suicide-screen");
    expect(firsts.map((item) => [item.status, item.satisfiedBy])).toEqual([
      ["missed", undefined],
      ["missed", undefined],
    ]);
    expect(validatePlan(afterCare).findings.filter((finding) => finding.rule.startsWith("measures/")).map((finding) => [finding.rule, finding.variant])).toEqual([
      ["measures/baseline-recorded", "instrument"],
      ["measures/suicide-screen", undefined],
    ]);
  });

  it("reports a bad asOf and an unknown preset as findings", () => {
    expect(careObligations(cleanPlan(), { asOf: "2026-02-30" }).success).toBe(false);
    expect(careObligations(cleanPlan(), { asOf: "2026-03-09", policy: "nope" as never }).success).toBe(false);
  });
});

describe("careObligations: follow-up after discharge", () => {
  // The clean plan is discharged on 2026-05-04 with one medication that continues.
  const withAftercare = (firstAppointment: string | undefined, stepDownTo: "outpatient" | "inpatient" = "outpatient", psychiatric: string | null = "2026-05-20") =>
    withEdits(cleanPlan(), (draft) => {
      draft.aftercare = {
        startedOn: "2026-04-20",
        stepDownTo,
        components: [
          { kind: "outpatient-therapy", ...(firstAppointment ? { firstAppointment } : {}) },
          { kind: "psychiatric-follow-up", ...(psychiatric ? { firstAppointment: psychiatric } : {}) },
        ],
      };
    });
  const followUps = (plan: TreatmentPlan, asOf: string) =>
    obligations(plan, asOf).filter((item) => item.kind === "follow-up").map(({ source, window, status, daysLate }) => ({ source, window, status, daysLate }));

  it("therapy booked 3 days after discharge is done; 10 days after is 3 days late; psychiatric follow-up at day 16 is within 30 days", () => {
    expect(followUps(withAftercare("2026-05-07"), "2026-04-20")).toEqual([
      { source: "aftercare/follow-up-window", window: { from: "2026-05-05", to: "2026-05-11" }, status: "done", daysLate: undefined },
      { source: "aftercare/medication-continuity", window: { from: "2026-05-05", to: "2026-06-03" }, status: "done", daysLate: undefined },
    ]);
    expect(followUps(withAftercare("2026-05-14"), "2026-04-20")[0]).toMatchObject({ status: "late", daysLate: 3 });
  });

  it("an appointment on the day of discharge does not count; without a booking the follow-up is upcoming, due, then missed", () => {
    const onDischargeDay = withAftercare("2026-05-04", "outpatient", null);
    expect(followUps(onDischargeDay, "2026-05-01")[0]).toMatchObject({ status: "upcoming" });
    expect(followUps(onDischargeDay, "2026-05-08")[0]).toMatchObject({ status: "due" });
    expect(followUps(onDischargeDay, "2026-05-12")[0]).toMatchObject({ status: "missed" });
  });

  it("none is due when the person steps up to inpatient care", () => {
    expect(followUps(withAftercare(undefined, "inpatient"), "2026-05-12")).toEqual([]);
  });
});

describe("careObligations: suicide risk", () => {
  /** A PHQ-9 with item 9 positive. */
  const positiveItem9 = (date: string) => ({ instrument: "PHQ-9" as const, date, items: [2, 2, 1, 1, 1, 1, 1, 1, 1] });
  /** Aftercare started on admission with a complete safety plan written on `writtenOn`. */
  const complete = (writtenOn: string) => ({ startedOn: "2026-03-09", components: [], safetyPlan: { writtenOn, crisisLine: "988", steps: SAFETY_PLAN_STEPS.map((step) => ({ step, text: "Own words." })) } });
  const ofKind = (plan: TreatmentPlan, asOf: string, kind: Obligation["kind"]) =>
    obligations(plan, asOf)
      .filter((item) => item.kind === kind)
      .map(({ source, window, due, status, satisfiedBy, daysLate }) => ({ source, window, due, status, satisfiedBy, daysLate }));

  it("PHQ-9 item 9 positive on 03-10: a psychiatric review that day satisfies the risk assessment; one the next day does not, and validatePlan says so too", () => {
    const sameDay = withEdits(cleanPlan(), (draft) => {
      draft.assessments = [positiveItem9("2026-03-10")];
      draft.reviews.push({ date: "2026-03-10", kind: "psychiatric" });
    });
    expect(ofKind(sameDay, "2026-03-12", "risk-assessment")).toEqual([
      { source: "measures/suicide-item-positive", window: { from: "2026-03-10", to: "2026-03-10" }, due: "2026-03-10", status: "done", satisfiedBy: ["reviews", sameDay.reviews.length - 1], daysLate: undefined },
    ]);
    const nextDay = withEdits(sameDay, (draft) => void (draft.reviews.at(-1)!.date = "2026-03-11"));
    expect(ofKind(nextDay, "2026-03-12", "risk-assessment").map((item) => [item.status, item.satisfiedBy])).toEqual([["missed", undefined]]);
    expect(ofKind(nextDay, "2026-03-10", "risk-assessment").map((item) => item.status)).toEqual(["due"]);
    expect(rulesOf(validatePlan(nextDay, { asOf: "2026-03-12" }))).toContain("measures/suicide-item-positive");
    expect(rulesOf(validatePlan(sameDay, { asOf: "2026-03-12" }))).not.toContain("measures/suicide-item-positive");
  });

  it("moderate risk assessed on 03-10: a safety plan is due by 03-11; written on 03-13 it is 2 days late, as validatePlan reports it; without one it is missed", () => {
    const atRisk = withEdits(cleanPlan(), (draft) => void (draft.risk = { suicide: "moderate", assessedOn: "2026-03-10" }));
    expect(ofKind(atRisk, "2026-03-11", "safety-plan")).toEqual([
      { source: "aftercare/safety-plan", window: { from: "2026-03-10", to: "2026-03-11" }, due: "2026-03-11", status: "due", satisfiedBy: undefined, daysLate: undefined },
    ]);
    expect(ofKind(atRisk, "2026-03-12", "safety-plan").map((item) => item.status)).toEqual(["missed"]);
    const late = withEdits(atRisk, (draft) => void (draft.aftercare = complete("2026-03-13")));
    expect(ofKind(late, "2026-03-20", "safety-plan")).toEqual([
      { source: "aftercare/safety-plan", window: { from: "2026-03-10", to: "2026-03-11" }, due: "2026-03-11", status: "late", satisfiedBy: ["aftercare", "safetyPlan", "writtenOn"], daysLate: 2 },
    ]);
    const finding = validatePlan(late, { asOf: "2026-03-20" }).findings.find((each) => each.rule === "aftercare/safety-plan");
    expect([finding?.variant, finding?.params]).toEqual(["late", expect.objectContaining({ due: "2026-03-11", actual: "2026-03-13", late: 2 })]);
  });

  it("a plan written on 03-10 answers the risk found that day; a risk assessed high on 03-20 is owed a new plan, missed by 03-25", () => {
    const raised = withEdits(cleanPlan(), (draft) => {
      draft.assessments = [positiveItem9("2026-03-10")];
      draft.reviews.push({ date: "2026-03-10", kind: "psychiatric" });
      draft.risk = { suicide: "high", assessedOn: "2026-03-20" };
      draft.aftercare = complete("2026-03-10");
    });
    expect(ofKind(raised, "2026-03-25", "safety-plan").map(({ window, status }) => [window.from, status])).toEqual([
      ["2026-03-10", "done"],
      ["2026-03-20", "missed"],
    ]);
    expect(validatePlan(raised, { asOf: "2026-03-25" }).findings.filter((each) => each.rule === "aftercare/safety-plan").map((each) => each.variant)).toEqual(["predates"]);
  });

  it("a safety plan written on 05-10, after the 05-04 discharge, is late by 60 days, as validatePlan reports it", () => {
    const afterCare = withEdits(cleanPlan(), (draft) => {
      draft.risk = { suicide: "moderate", assessedOn: "2026-03-10" };
      draft.aftercare = complete("2026-05-10");
    });
    expect(ofKind(afterCare, "2026-05-20", "safety-plan").map(({ status, daysLate }) => [status, daysLate])).toEqual([["late", 60]]);
    expect(validatePlan(afterCare, { asOf: "2026-05-20" }).findings.find((each) => each.rule === "aftercare/safety-plan")?.params).toMatchObject({ late: 60 });
  });

  it("a positive item on the calendar's last day is due that day, whatever the policy's days, as the rule judges it", () => {
    const last = withEdits(cleanPlan(), (draft) => void (draft.assessments = [positiveItem9("9999-12-31")]));
    const policy = definePolicy({ params: { suicideAssessmentWithinDays: 3 } });
    const [item] = obligations(last, "9999-12-31", policy).filter((each) => each.kind === "risk-assessment");
    expect([item?.due, item?.status, item?.reason]).toEqual(["9999-12-31", "due", "suicide risk assessment within 3 days of a positive PHQ-9 item 9 on 9999-12-31"]);
    expect(rulesOf(validatePlan(last, { policy, asOf: "9999-12-31" }))).toContain("measures/suicide-item-positive");
  });

  it("an undated safety plan cannot be placed in time: no obligation is listed for it", () => {
    const undated = withEdits(cleanPlan(), (draft) => {
      draft.risk = { suicide: "moderate", assessedOn: "2026-03-10" };
      const { writtenOn: _undated, ...safetyPlan } = complete("2026-03-10").safetyPlan;
      draft.aftercare = { ...complete("2026-03-10"), safetyPlan };
    });
    expect(ofKind(undated, "2026-03-25", "safety-plan")).toEqual([]);
  });
});

describe("careObligations: properties", () => {
  const arbCase = arbPlan().chain((plan) => fc.record({ plan: fc.constant(plan), offset: fc.integer({ min: -10, max: 120 }) }));

  it("a plan written at intake, before admission, is the first plan, as validatePlan judges it", () => {
    const intake = withEdits(cleanPlan(), (draft) => {
      draft.reviews = [{ date: "2026-03-06", kind: "plan" }, ...draft.reviews];
    });
    const asOf = "2026-04-20";
    const first = obligations(intake, asOf).find((item) => item.source === "plan/first-plan-deadline");
    expect([first?.status, first?.window.from, first && dayAt(intake, first.satisfiedBy!)]).toEqual(["done", "2026-03-06", "2026-03-06"]);
    expect(validatePlan(intake, { asOf }).findings.filter((finding) => finding.rule === "plan/first-plan-deadline")).toEqual([]);
  });

  it("no obligation is both done and late; every record it names is inside its window, or after it when late", () => {
    fc.assert(
      fc.property(arbCase, ({ plan, offset }) => {
        for (const item of obligations(plan, addDays(plan.period.admitted, offset))) {
          if (item.status === "done") {
            expect(item.daysLate).toBeUndefined();
            const day = dayAt(plan, item.satisfiedBy!);
            expect(day >= item.window.from && day <= item.window.to).toBe(true);
          } else if (item.status === "late") {
            const day = dayAt(plan, item.satisfiedBy!);
            expect(day > item.window.to).toBe(true);
            expect(item.daysLate).toBeGreaterThan(0);
          } else {
            expect(item.satisfiedBy).toBeUndefined();
          }
        }
      }),
      runs(200),
    );
  });

  it("shifting every date of a plan by N days shifts every obligation by N days", () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: -400, max: 400 }), fc.boolean(), ({ plan, offset }, days, cycle) => {
        const shift = cycle || !dayBased(plan) ? (days < 0 ? -GREGORIAN_CYCLE_DAYS : GREGORIAN_CYCLE_DAYS) : days;
        const asOf = addDays(plan.period.admitted, offset);
        const moved = parsePlan(shiftDays(plan, shift));
        const expected = obligations(plan, asOf).map((item) => ({ ...(shiftDays(item, shift) as Obligation), reason: item.reason.replace(/\d{4}-\d{2}-\d{2}/g, (day) => addDays(day, shift)) }));
        expect(obligations(moved, addDays(asOf, shift))).toEqual(expected);
      }),
      runs(100),
    );
  });

  it("counts clozapine recorded as an antipsychotic as month-based, as the library monitors it", () => {
    const clozapine = withEdits(cleanPlan(), (draft) => void (draft.medications[0] = { ...draft.medications[0]!, name: "clozapine", class: "antipsychotic" }));
    expect([dayBased(cleanPlan()), dayBased(clozapine)]).toEqual([true, false]);
  });

  // An obligation is found again by its due day or, when the new record moved the pace of a
  // recurring series, by the record that satisfied it (that record keeps its path: the new one is
  // added last). A done obligation found by neither has disappeared, and fails.
  it("adding a record never turns a done obligation into another status", () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), fc.oneof(fc.constant("psychiatric" as const), fc.constant("plan" as const), fc.constantFrom(...LAB_KINDS)), ({ plan, offset }, day, kind) => {
        const asOf = addDays(plan.period.admitted, offset);
        // From admission on for the medication records: items before admission are not listed, and a
        // record can move one there. A plan may be written at intake, before admission.
        const date = addDays(plan.period.admitted, kind === "plan" ? (day % 150) - 30 : day % 120);
        const record = kind === "psychiatric" || kind === "plan" ? { date, kind } : { date, kind: "lab" as const, labs: [kind] };
        const added = withEdits(plan, (draft) => void draft.reviews.push(record));
        const after = obligations(added, asOf);
        const byDue = new Map(after.map((item) => [`${stream(item)}|${item.due}`, item]));
        const byRecord = new Map(after.filter((item) => item.satisfiedBy).map((item) => [`${stream(item)}|${item.satisfiedBy!.join()}`, item]));
        for (const item of obligations(plan, asOf)) {
          if (item.status !== "done") continue;
          const found = [byDue.get(`${stream(item)}|${item.due}`), byRecord.get(`${stream(item)}|${item.satisfiedBy!.join()}`)].filter((again) => again !== undefined);
          expect(found.length, `${stream(item)}|${item.due} disappeared`).toBeGreaterThan(0);
          for (const again of found) expect(again.status, `${stream(item)}|${item.due}`).toBe("done");
        }
      }),
      runs(300),
    );
  });
});

describe("careObligations and medicationReviews on bad options", () => {
  it("answers missing, malformed and hostile options with findings, never a throw", () => {
    const plan = cleanPlan();
    for (const options of [undefined, null, {}, { asOf: "2026-02-30x" }, { asOf: "2026-04-01", policy: "nope" }, { asOf: "2026-04-01", policy: { id: 1 } }]) {
      for (const run of [careObligations, medicationReviews]) {
        const result = run(plan, options as never);
        expect(result.success).toBe(false);
      }
    }
    expect(classFromName(42 as unknown as string)).toBeUndefined();
  });
});
