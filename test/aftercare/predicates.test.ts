import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { followUpArranged } from "../../src/aftercare/rules/follow-up-window";
import { medicationFollowUpArranged } from "../../src/aftercare/rules/medication-continuity";
import { aftercareStarted } from "../../src/aftercare/rules/plan-started";
import { safetyPlanGaps } from "../../src/aftercare/rules/safety-plan";
import { stepDownLevelNamed } from "../../src/aftercare/rules/step-down-level";
import { supportResourceArranged } from "../../src/aftercare/rules/support-resources";
import { statesDischargeCriteria } from "../../src/plan/rules/discharge-criteria";
import { addDays, aftercareReadiness, policies, SAFETY_PLAN_STEPS, validatePlan, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

const base = cleanPlan(); // planned discharge 2026-05-04, sertraline continues
const DISCHARGE = base.period.plannedDischarge;
const params = policies.default.params;

function withAftercare(aftercare: NonNullable<TreatmentPlanInput["aftercare"]>, change: (draft: TreatmentPlanInput) => void = () => {}): TreatmentPlan {
  return withEdits(base, (draft) => {
    draft.aftercare = aftercare;
    change(draft);
  });
}

describe("statesDischargeCriteria", () => {
  it("needs one criterion", () => {
    expect(statesDischargeCriteria(withEdits(base, (draft) => void (draft.dischargeCriteria = [])))).toBe(false);
    expect(statesDischargeCriteria(withEdits(base, (draft) => void (draft.dischargeCriteria = ["Goals met."])))).toBe(true);
  });
});

describe("aftercareStarted", () => {
  it("is true once there is an aftercare plan, even an empty one", () => {
    expect(aftercareStarted(base)).toBe(false);
    expect(aftercareStarted(withAftercare({ startedOn: DISCHARGE, components: [] }))).toBe(true);
  });
});

describe("stepDownLevelNamed", () => {
  it("asks only that a level is named, whichever it is", () => {
    expect(stepDownLevelNamed(withAftercare({ startedOn: DISCHARGE, components: [] }))).toBe(false);
    for (const level of ["outpatient", "intensive-outpatient", "inpatient"] as const) {
      expect(stepDownLevelNamed(withAftercare({ startedOn: DISCHARGE, stepDownTo: level, components: [] }))).toBe(true);
    }
  });
});

describe("followUpArranged", () => {
  const bookedOn = (daysAfter: number, kind: "outpatient-therapy" | "support-group" = "outpatient-therapy") =>
    withAftercare({ startedOn: DISCHARGE, components: [{ kind, firstAppointment: addDays(DISCHARGE, daysAfter) }] });

  it("day 0 and day 8 are outside, day 1 and day 7 inside", () => {
    expect([0, 1, 7, 8].map((day) => followUpArranged(bookedOn(day), params))).toEqual([false, true, true, false]);
  });

  it("follows followUpWithinDays, counts only ongoing care and only the earliest appointment after discharge", () => {
    expect(followUpArranged(bookedOn(8), { followUpWithinDays: 8 })).toBe(true);
    expect(followUpArranged(bookedOn(3, "support-group"), params)).toBe(false);
    expect(followUpArranged(withAftercare({ startedOn: DISCHARGE, components: [{ kind: "outpatient-therapy" }] }), params)).toBe(false);
    const sameDayFirst = withAftercare({
      startedOn: DISCHARGE,
      components: [
        { kind: "outpatient-therapy", firstAppointment: addDays(DISCHARGE, 3) },
        { kind: "family-therapy", firstAppointment: DISCHARGE },
      ],
    });
    expect(followUpArranged(sameDayFirst, params)).toBe(true);
    const laterFirst = withAftercare({
      startedOn: DISCHARGE,
      components: [
        { kind: "outpatient-therapy", firstAppointment: addDays(DISCHARGE, 9) },
        { kind: "family-therapy", firstAppointment: addDays(DISCHARGE, -2) },
      ],
    });
    expect(followUpArranged(laterFirst, params)).toBe(false);
  });

  it("counts from the actual discharge when there is one", () => {
    expect(followUpArranged(bookedOn(3, "outpatient-therapy"), params)).toBe(true);
    const early = withEdits(bookedOn(3), (draft) => void (draft.period.discharged = addDays(DISCHARGE, -10)));
    expect(followUpArranged(early, params)).toBe(false);
  });

  it("is not due on a step up to residential or inpatient care, and is on a step to partial hospitalization", () => {
    const none = (stepDownTo: "partial-hospitalization" | "residential" | "inpatient") => withAftercare({ startedOn: DISCHARGE, stepDownTo, components: [] });
    expect(followUpArranged(none("residential"), params)).toBe(true);
    expect(followUpArranged(none("inpatient"), params)).toBe(true);
    expect(followUpArranged(none("partial-hospitalization"), params)).toBe(false);
  });
});

describe("medicationFollowUpArranged", () => {
  const psychiatricOn = (daysAfter: number) => withAftercare({ startedOn: DISCHARGE, components: [{ kind: "psychiatric-follow-up", firstAppointment: addDays(DISCHARGE, daysAfter) }] });

  it("needs a dated psychiatric follow-up while a medication is active on the last day of care", () => {
    expect(medicationFollowUpArranged(withAftercare({ startedOn: DISCHARGE, components: [{ kind: "psychiatric-follow-up" }] }), params)).toBe(false);
    expect(medicationFollowUpArranged(psychiatricOn(5), params)).toBe(true);
    expect(medicationFollowUpArranged(withAftercare({ startedOn: DISCHARGE, components: [{ kind: "outpatient-therapy", firstAppointment: addDays(DISCHARGE, 5) }] }), params)).toBe(false);
  });

  it("needs it 1 to psychiatricFollowUpWithinDays days after discharge", () => {
    expect([0, 1, 30, 31].map((day) => medicationFollowUpArranged(psychiatricOn(day), params))).toEqual([false, true, true, false]);
    expect(medicationFollowUpArranged(psychiatricOn(31), { psychiatricFollowUpWithinDays: 31 })).toBe(true);
  });

  it("is arranged when no medication continues: stopped on the last day of care, not the day after", () => {
    const stoppedOn = (day: string) => withEdits(base, (draft) => void draft.medications[0]!.events.push({ date: day, kind: "stop" }));
    expect(medicationFollowUpArranged(stoppedOn(DISCHARGE), params)).toBe(true);
    expect(medicationFollowUpArranged(stoppedOn(addDays(DISCHARGE, 1)), params)).toBe(false);
  });

  it("is not due on a step up to inpatient care", () => {
    expect(medicationFollowUpArranged(withAftercare({ startedOn: DISCHARGE, stepDownTo: "inpatient", components: [] }), params)).toBe(true);
  });
});

describe("supportResourceArranged", () => {
  it("needs a support group or peer support only when the policy asks", () => {
    const none = withAftercare({ startedOn: DISCHARGE, components: [{ kind: "outpatient-therapy" }] });
    expect(supportResourceArranged(none, { supportResourceRequired: true })).toBe(false);
    expect(supportResourceArranged(none, { supportResourceRequired: false })).toBe(true);
    expect(supportResourceArranged(base, { supportResourceRequired: true })).toBe(false);
    for (const kind of ["support-group", "peer-support"] as const) {
      expect(supportResourceArranged(withAftercare({ startedOn: DISCHARGE, components: [{ kind }] }), { supportResourceRequired: true })).toBe(true);
    }
  });
});

describe("safetyPlanGaps", () => {
  const fullPlan = { crisisLine: "988", steps: SAFETY_PLAN_STEPS.map((step) => ({ step, text: "Mine." })) };
  const atRisk = (suicide: "none" | "low" | "moderate" | "high", safetyPlan?: typeof fullPlan) =>
    withAftercare({ startedOn: DISCHARGE, components: [], ...(safetyPlan ? { safetyPlan } : {}) }, (draft) => void (draft.risk = { suicide, assessedOn: "2026-03-09" }));

  it("needs nothing without risk, or at a risk level the policy leaves out", () => {
    expect(safetyPlanGaps(atRisk("none"), params)).toEqual([]);
    expect(safetyPlanGaps(atRisk("low"), { ...params, safetyPlanRiskLevels: ["moderate", "high"] })).toEqual([]);
    expect(safetyPlanGaps(atRisk("moderate"), { ...params, safetyPlanRiskLevels: ["moderate", "high"] })).toEqual([{ missing: "safety-plan", reason: "risk", since: "2026-03-09" }]);
  });

  it("needs a plan after a positive PHQ-9 item 9, not after a zero", () => {
    const itemNine = (answer: number) =>
      withEdits(base, (draft) => void (draft.assessments = [{ instrument: "PHQ-9", date: "2026-03-09", items: [0, 0, 0, 0, 0, 0, 0, 0, answer] }]));
    expect(safetyPlanGaps(itemNine(0), params)).toEqual([]);
    expect(safetyPlanGaps(itemNine(1), params)).toEqual([{ missing: "safety-plan", reason: "phq9-item-9", since: "2026-03-09" }]);
  });

  it("lists each missing step in order, then the crisis line, and nothing for a complete plan", () => {
    expect(safetyPlanGaps(atRisk("low", fullPlan), params)).toEqual([]);
    const partial = { crisisLine: "1-800-273-8255", steps: fullPlan.steps.filter((step) => step.step !== "internal-coping" && step.step !== "means-safety") };
    expect(safetyPlanGaps(atRisk("low", partial), params)).toEqual([
      { missing: "step", step: "internal-coping" },
      { missing: "step", step: "means-safety" },
      { missing: "crisis-line" },
    ]);
    expect(safetyPlanGaps(atRisk("low", fullPlan), { ...params, crisisLine: "1-800-273-8255" })).toEqual([{ missing: "crisis-line" }]);
  });
});

describe("the rules and aftercareReadiness judge alike", () => {
  /** Breaks some of a complete aftercare plan at random. */
  const arbBroken = fc.record({
    plan: arbPlan(),
    dropAftercare: fc.boolean(),
    dropLevel: fc.boolean(),
    dropCriteria: fc.boolean(),
    keep: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    shift: fc.integer({ min: -3, max: 10 }),
    dropSteps: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    otherLine: fc.boolean(),
  });

  it("at the end of care, each rule reports what readiness lists for it", () => {
    fc.assert(
      fc.property(arbBroken, (draw) => {
        const plan = withEdits(draw.plan, (draft) => {
          if (draw.dropCriteria) draft.dischargeCriteria = [];
          if (draw.dropAftercare) return void delete draft.aftercare;
          const aftercare = draft.aftercare!;
          if (draw.dropLevel) delete aftercare.stepDownTo;
          aftercare.components = aftercare.components.filter((_, index) => draw.keep[index % 8]);
          for (const component of aftercare.components) if (component.firstAppointment) component.firstAppointment = addDays(component.firstAppointment, draw.shift);
          if (aftercare.safetyPlan) {
            aftercare.safetyPlan.steps = aftercare.safetyPlan.steps.filter((_, index) => !draw.dropSteps[index % 6]);
            if (draw.otherLine) aftercare.safetyPlan.crisisLine = "1-800-273-8255";
          }
        });
        const asOf = plan.period.discharged ?? plan.period.plannedDischarge;
        const readiness = aftercareReadiness(plan, { asOf });
        if (!readiness.success) throw new Error("asOf is a valid day");
        const items = readiness.data.missing.map((entry) => entry.item);
        const rules = validatePlan(plan, { asOf }).findings.map((finding) => finding.rule);
        const count = <T>(list: readonly T[], value: T) => list.filter((entry) => entry === value).length;
        expect(count(rules, "plan/discharge-criteria")).toBe(count(items, "discharge-criteria"));
        expect(count(rules, "aftercare/follow-up-window")).toBe(count(items, "follow-up-appointment"));
        expect(count(rules, "aftercare/medication-continuity")).toBe(count(items, "psychiatric-follow-up"));
        expect(count(rules, "aftercare/support-resources")).toBe(count(items, "support-resource"));
        expect(count(rules, "aftercare/safety-plan")).toBe(count(items, "safety-plan") + count(items, "safety-plan-step") + count(items, "crisis-line"));
        if (items.includes("aftercare-plan")) expect(rules).toContain("aftercare/plan-started");
        if (items.includes("step-down-level")) expect(rules).toContain("aftercare/step-down-level");
      }),
      runs(200),
    );
  });
});
