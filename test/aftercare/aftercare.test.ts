import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, aftercareReadiness, daysBetween, definePolicy, draftAftercarePlan, policies, SAFETY_PLAN_STEPS, validatePlan, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { arbPlan, toDraft } from "../../src/testing";
import { cleanPlan, deepFreeze, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

const base = cleanPlan(); // planned discharge 2026-05-04
const DISCHARGE = base.period.plannedDischarge;

function complete(plan: TreatmentPlan, change: (draft: TreatmentPlanInput) => void = () => {}): TreatmentPlan {
  return withEdits(plan, (draft) => {
    draft.aftercare = {
      startedOn: addDays(DISCHARGE, -14),
      stepDownTo: "outpatient",
      components: [
        { kind: "outpatient-therapy", firstAppointment: addDays(DISCHARGE, 3) },
        { kind: "psychiatric-follow-up", firstAppointment: addDays(DISCHARGE, 5) },
        { kind: "support-group" },
      ],
    };
    change(draft);
  });
}

function aftercareFindings(plan: TreatmentPlan, asOf?: string, policy = policies.default) {
  return validatePlan(plan, { policy, ...(asOf === undefined ? {} : { asOf }) }).findings.filter((finding) => finding.rule.startsWith("aftercare/"));
}

describe("aftercare/plan-started", () => {
  it("started 15 and 14 days before discharge is on time, 13 is late", () => {
    for (const [days, fires] of [[15, false], [14, false], [13, true]] as const) {
      const plan = complete(base, (draft) => void (draft.aftercare!.startedOn = addDays(DISCHARGE, -days)));
      expect(aftercareFindings(plan).length > 0).toBe(fires);
    }
  });

  it("without an aftercare plan, fires only once asOf is past the start deadline", () => {
    const rules = (asOf: string) => aftercareFindings(base, asOf).map((finding) => finding.rule);
    expect(rules("2026-04-20")).toEqual([]);
    expect(rules("2026-04-21")).toEqual(["aftercare/plan-started"]);
  });
});

describe("aftercare/follow-up-window", () => {
  const bookedOn = (day: number) =>
    complete(base, (draft) => {
      for (const component of draft.aftercare!.components) if (component.firstAppointment) component.firstAppointment = addDays(DISCHARGE, day);
    });

  it("day 8 after discharge fires, day 1 and day 7 are fine", () => {
    for (const [day, fires] of [[1, false], [7, false], [8, true]] as const) {
      const findings = aftercareFindings(bookedOn(day));
      expect(findings.length > 0).toBe(fires);
      if (fires) expect(findings[0]).toMatchObject({ rule: "aftercare/follow-up-window", params: { actual: day, min: 1, max: 7 } });
    }
  });

  it("an appointment on the discharge day only is no follow-up: reported as missing at the end of care", () => {
    expect(aftercareFindings(bookedOn(0))).toEqual([]);
    expect(aftercareFindings(bookedOn(0), DISCHARGE)).toEqual([
      expect.objectContaining({ rule: "aftercare/follow-up-window", path: ["aftercare", "components"], params: { discharge: DISCHARGE, min: 1, max: 7 } }),
      expect.objectContaining({ rule: "aftercare/medication-continuity", path: ["aftercare", "components"] }),
    ]);
  });

  it("discharged 04-30 with an outpatient visit on 04-28 and another on 05-03: follow-up ok", () => {
    const plan = complete(base, (draft) => {
      draft.period.discharged = "2026-04-30";
      draft.aftercare!.startedOn = "2026-04-10";
      draft.aftercare!.components = [
        { kind: "outpatient-therapy", firstAppointment: "2026-04-28" },
        { kind: "outpatient-therapy", firstAppointment: "2026-05-03" },
        { kind: "psychiatric-follow-up", firstAppointment: "2026-05-05" },
        { kind: "support-group" },
      ];
    });
    expect(aftercareFindings(plan)).toEqual([]);
  });

  it("steps up to inpatient on discharge with no follow-up booked: no follow-up finding", () => {
    const plan = complete(base, (draft) => {
      draft.period.discharged = DISCHARGE;
      draft.aftercare!.stepDownTo = "inpatient";
      draft.aftercare!.components = [{ kind: "support-group" }];
    });
    expect(aftercareFindings(plan).map((finding) => finding.rule)).toEqual(["aftercare/step-down-level"]);
  });

  it("steps up to partial hospitalization with no follow-up booked: the follow-up is still missing", () => {
    const plan = complete(base, (draft) => {
      draft.period.discharged = DISCHARGE;
      draft.aftercare!.stepDownTo = "partial-hospitalization";
      draft.aftercare!.components = [{ kind: "support-group" }];
    });
    expect(aftercareFindings(plan).map((finding) => finding.rule)).toEqual(["aftercare/follow-up-window", "aftercare/medication-continuity", "aftercare/step-down-level"]);
  });

  it("counts from the actual discharge when there is one", () => {
    const early = complete(base, (draft) => void (draft.period.discharged = addDays(DISCHARGE, -10)));
    expect(aftercareFindings(early)[0]).toMatchObject({ rule: "aftercare/follow-up-window", params: { actual: 13 } });
  });
});

describe("aftercare/medication-continuity", () => {
  const psychiatricOn = (day: string) =>
    complete(base, (draft) => {
      draft.aftercare!.components = draft.aftercare!.components.map((component) => (component.kind === "psychiatric-follow-up" ? { ...component, firstAppointment: day } : component));
    });

  it("sertraline continues, psychiatric follow-up 90 days after discharge: finding", () => {
    expect(aftercareFindings(psychiatricOn(addDays(DISCHARGE, 90)))).toEqual([
      expect.objectContaining({
        rule: "aftercare/medication-continuity",
        severity: "error",
        path: ["aftercare", "components", 1, "firstAppointment"],
        params: { actual: 90, discharge: DISCHARGE, min: 1, max: 30 },
      }),
    ]);
  });

  it("sertraline continues, psychiatric follow-up 30 days after discharge: no finding; 31 days: finding", () => {
    expect(aftercareFindings(psychiatricOn(addDays(DISCHARGE, 30)))).toEqual([]);
    expect(aftercareFindings(psychiatricOn(addDays(DISCHARGE, 31))).map((finding) => finding.rule)).toEqual(["aftercare/medication-continuity"]);
  });

  it("sertraline continues, the only psychiatric visit is before discharge: missing at the end of care", () => {
    const before = psychiatricOn(addDays(DISCHARGE, -3));
    expect(aftercareFindings(before)).toEqual([]);
    expect(aftercareFindings(before, DISCHARGE)).toEqual([expect.objectContaining({ rule: "aftercare/medication-continuity", path: ["aftercare", "components"] })]);
  });
});

describe("completeness at discharge", () => {
  it("missing pieces are quiet early and errors at the end of care", () => {
    const started = withEdits(base, (draft) => void (draft.aftercare = { startedOn: addDays(DISCHARGE, -20), components: [] }));
    expect(aftercareFindings(started, "2026-04-20")).toEqual([]);
    expect(aftercareFindings(started, DISCHARGE).map((finding) => finding.rule)).toEqual([
      "aftercare/follow-up-window",
      "aftercare/medication-continuity",
      "aftercare/support-resources",
      "aftercare/step-down-level",
    ]);
  });

  it("a discharged plan is checked for completeness without asOf", () => {
    const discharged = withEdits(base, (draft) => void (draft.period.discharged = DISCHARGE));
    expect(aftercareFindings(discharged).map((finding) => finding.rule)).toEqual([
      "aftercare/plan-started",
      "aftercare/follow-up-window",
      "aftercare/medication-continuity",
      "aftercare/support-resources",
      "aftercare/step-down-level",
    ]);
  });

  it("support resources can be turned off by policy", () => {
    const noSupport = complete(base, (draft) => void draft.aftercare!.components.pop());
    expect(aftercareFindings(noSupport, DISCHARGE).map((finding) => finding.rule)).toEqual(["aftercare/support-resources"]);
    expect(aftercareFindings(noSupport, DISCHARGE, definePolicy({ params: { supportResourceRequired: false } }))).toEqual([]);
  });
});

describe("aftercare/safety-plan", () => {
  const atRisk = complete(base, (draft) => {
    draft.risk = { suicide: "moderate", assessedOn: "2026-03-09" };
    draft.aftercare!.safetyPlan = { writtenOn: "2026-03-09", crisisLine: "988", steps: SAFETY_PLAN_STEPS.map((step) => ({ step, text: "Mine." })) };
  });

  it("is satisfied by all six steps and 988", () => {
    expect(aftercareFindings(atRisk, DISCHARGE)).toEqual([]);
  });

  it("asks, as a warning, for the date of a safety plan that has none: nothing shows it answers the risk", () => {
    const undated = withEdits(atRisk, (draft) => void delete draft.aftercare!.safetyPlan!.writtenOn);
    expect(aftercareFindings(undated, DISCHARGE)).toEqual([
      expect.objectContaining({ rule: "aftercare/safety-plan", severity: "warning", variant: "undated", path: ["aftercare", "safetyPlan"], params: { reason: "risk", since: "2026-03-09", due: "2026-03-10" } }),
    ]);
  });

  for (const missing of SAFETY_PLAN_STEPS) {
    it(`fires when the ${missing} step is missing`, () => {
      const plan = withEdits(atRisk, (draft) => void (draft.aftercare!.safetyPlan!.steps = draft.aftercare!.safetyPlan!.steps.filter((step) => step.step !== missing)));
      expect(aftercareFindings(plan)).toEqual([expect.objectContaining({ rule: "aftercare/safety-plan", params: { missing } })]);
    });
  }

  it("needs the policy's crisis line, and a safety plan after a positive PHQ-9 item 9", () => {
    const otherLine = withEdits(atRisk, (draft) => void (draft.aftercare!.safetyPlan!.crisisLine = "1-800-273-8255"));
    expect(aftercareFindings(otherLine)[0]?.params).toEqual({ expected: "988" });
    const itemNine = complete(base, (draft) => void (draft.assessments = [{ instrument: "PHQ-9", date: "2026-03-09", items: [0, 0, 0, 0, 0, 0, 0, 0, 1] }]));
    expect(aftercareFindings(itemNine, DISCHARGE)).toEqual([expect.objectContaining({ rule: "aftercare/safety-plan", params: { reason: "phq9-item-9", since: "2026-03-09", due: "2026-03-10" } })]);
  });

  it("asks for a plan written again after a risk assessed high later, however much earlier risk there was", () => {
    const raised = withEdits(atRisk, (draft) => void (draft.risk = { suicide: "high", assessedOn: "2026-04-20" }));
    const withEarlierScreen = withEdits(raised, (draft) => {
      draft.assessments = [{ instrument: "PHQ-9", date: "2026-03-09", items: [0, 0, 0, 0, 0, 0, 0, 0, 1] }];
      draft.reviews.push({ date: "2026-03-09", kind: "psychiatric" });
    });
    for (const plan of [raised, withEarlierScreen]) {
      expect(aftercareFindings(plan, "2026-04-25")).toEqual([
        expect.objectContaining({ rule: "aftercare/safety-plan", variant: "predates", params: { reason: "risk", since: "2026-04-20", due: "2026-04-21", actual: "2026-03-09" } }),
      ]);
    }
    expect(readinessOf(raised, "2026-04-25").missing).toContainEqual({ item: "safety-plan", message: "Write the safety plan again with the participant: it predates the risk it must answer." });
    const rewritten = withEdits(withEarlierScreen, (draft) => void (draft.aftercare!.safetyPlan!.writtenOn = "2026-04-21"));
    expect(aftercareFindings(rewritten, "2026-04-25")).toEqual([]);
    expect(readinessOf(rewritten, "2026-04-25").missing).toEqual(readinessOf(atRisk, "2026-04-25").missing);
  });

  it("asks nothing new for a positive screen repeated after the plan, or a risk assessed lower", () => {
    const everyTwoWeeks = withEdits(atRisk, (draft) => {
      draft.assessments = ["2026-03-09", "2026-03-23", "2026-04-06", "2026-04-20"].map((date) => ({ instrument: "PHQ-9" as const, date, items: [1, 1, 1, 1, 1, 1, 1, 1, 1] }));
      for (const date of ["2026-03-23", "2026-04-06", "2026-04-20"]) draft.reviews.push({ date, kind: "psychiatric" });
    });
    expect(aftercareFindings(everyTwoWeeks, "2026-04-25")).toEqual([]);
    // The plan keeps only its latest risk assessment: the screen of 03-09 is what the plan answered.
    const lower = withEdits(everyTwoWeeks, (draft) => void (draft.risk = { suicide: "low", assessedOn: "2026-04-01" }));
    expect(aftercareFindings(lower, "2026-04-25")).toEqual([]);
  });

  it("judges a plan written for the first positive screen against that screen, whatever screens came between", () => {
    const late = complete(base, (draft) => {
      draft.assessments = ["2026-03-09", "2026-04-20"].map((date) => ({ instrument: "PHQ-9" as const, date, items: [0, 0, 0, 0, 0, 0, 0, 0, 1] }));
      draft.reviews.push({ date: "2026-03-09", kind: "psychiatric" }, { date: "2026-04-20", kind: "psychiatric" });
      draft.aftercare!.safetyPlan = { writtenOn: "2026-04-21", crisisLine: "988", steps: SAFETY_PLAN_STEPS.map((step) => ({ step, text: "Mine." })) };
    });
    expect(aftercareFindings(late, "2026-05-05")).toEqual([expect.objectContaining({ variant: "late", params: expect.objectContaining({ since: "2026-03-09", due: "2026-03-10", late: 42 }) })]);
  });

  it("counts a yes to a suicide question on a form that does not score: it still needs its follow-up and a safety plan", () => {
    for (const items of [[0, 0, 0, 0, 0, 0, 0, 0, 3, 1], [0, 0, 0, 0, 0, 0, 0, 0, 4]]) {
      const plan = complete(base, (draft) => void (draft.assessments = [{ instrument: "PHQ-9", date: "2026-03-09", items }]));
      const rules = validatePlan(plan, { asOf: DISCHARGE }).findings.map((finding) => finding.rule);
      expect(rules).toEqual(expect.arrayContaining(["measures/valid-assessment", "measures/suicide-item-positive", "aftercare/safety-plan"]));
    }
  });
});

describe("aftercare/step-down-level", () => {
  it("accepts outpatient, reports IOP, flags a higher level as an escalation", () => {
    const level = (stepDownTo: "outpatient" | "intensive-outpatient" | "partial-hospitalization") =>
      aftercareFindings(complete(base, (draft) => void (draft.aftercare!.stepDownTo = stepDownTo)));
    expect(level("outpatient")).toEqual([]);
    expect(level("intensive-outpatient")).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(level("partial-hospitalization")).toEqual([expect.objectContaining({ severity: "info", params: { level: "partial-hospitalization" } })]);
  });
});

describe("the standard template run to discharge with a completed aftercare plan", () => {
  it("passes every aftercare rule under every preset", () => {
    for (const policy of Object.values(policies)) expect(aftercareFindings(complete(base), DISCHARGE, policy)).toEqual([]);
  });
});

/** The readiness report of a plan whose options are valid. */
function readinessOf(plan: TreatmentPlan, asOf: string) {
  const readiness = aftercareReadiness(plan, { asOf });
  if (!readiness.success) throw new Error(`readiness failed: ${JSON.stringify(readiness.findings)}`);
  return readiness.data;
}

describe("aftercareReadiness", () => {
  it("lists what is missing and the days left", () => {
    const readiness = readinessOf(base, "2026-04-20");
    expect(readiness.missing.map((entry) => entry.item)).toEqual(["aftercare-plan", "step-down-level", "follow-up-appointment", "psychiatric-follow-up", "support-resource"]);
    expect(readiness.daysToDischarge).toBe(14);
    expect(readiness.ok).toBe(true);
    expect(readinessOf(complete(base), DISCHARGE)).toMatchObject({ ok: true, skipped: [], missing: [], daysToDischarge: 0 });
  });

  it("fails with findings for a malformed asOf or an unknown preset id, never a NaN count", () => {
    expect(aftercareReadiness(base, { asOf: "2026-4-20" })).toEqual({
      success: false,
      findings: [expect.objectContaining({ rule: "engine/invalid-option", path: ["asOf"], message: "The asOf option must be a calendar day written YYYY-MM-DD." })],
    });
    expect(aftercareReadiness(base, { asOf: "2026-04-20", policy: "medicare" as never })).toEqual({
      success: false,
      findings: [expect.objectContaining({ rule: "policy/unknown-preset", path: ["policy"] })],
    });
    const both = aftercareReadiness(base, { asOf: "tomorrow", policy: "medicare" as never });
    expect(!both.success && both.findings.map((finding) => finding.rule)).toEqual(["engine/invalid-option", "policy/unknown-preset"]);
    expect(aftercareReadiness(base, { asOf: "2026-04-20", policy: "medicare-iop" }).success).toBe(true);
  });

  it("lists a missing or incomplete safety plan, step by step, and a wrong crisis line", () => {
    const atRisk = complete(base, (draft) => void (draft.risk = { suicide: "high", assessedOn: "2026-03-09" }));
    expect(readinessOf(atRisk, "2026-04-20").missing).toEqual([{ item: "safety-plan", message: "Write a safety plan with the participant." }]);
    const partial = withEdits(atRisk, (draft) => {
      draft.aftercare!.safetyPlan = { crisisLine: "911", steps: SAFETY_PLAN_STEPS.slice(0, 4).map((step) => ({ step, text: "Mine." })) };
      draft.dischargeCriteria = [];
    });
    expect(readinessOf(partial, "2026-04-20").missing).toEqual([
      { item: "discharge-criteria", message: "State the discharge criteria." },
      { item: "safety-plan-step", step: "professional-contacts", message: "Add the professional-contacts step to the safety plan." },
      { item: "safety-plan-step", step: "means-safety", message: "Add the means-safety step to the safety plan." },
      { item: "crisis-line", message: "Name the crisis line 988." },
    ]);
  });

  it("completing every missing component leaves no errors", () => {
    fc.assert(
      fc.property(arbPlan(), fc.nat(), fc.boolean(), (plan, offset, risky) => {
        const bare = withEdits(plan, (draft) => {
          delete draft.aftercare;
          if (risky) draft.risk = { suicide: "high", assessedOn: draft.period.admitted };
        });
        const asOf = addDays(bare.period.admitted, offset % (daysBetween(bare.period.admitted, bare.period.plannedDischarge) + 10));
        const { missing } = readinessOf(bare, asOf);
        const completed = withEdits(bare, (draft) => {
          const drafted = draftAftercarePlan(bare, { asOf });
          if (!drafted.success) throw new Error("asOf is a valid day");
          const skeleton = toDraft({ ...bare, aftercare: drafted.data }).aftercare!;
          const day = addDays(draft.period.plannedDischarge, 2);
          for (const entry of missing) {
            if (entry.item === "aftercare-plan") skeleton.startedOn = addDays(draft.period.plannedDischarge, -14);
            if (entry.item === "step-down-level") skeleton.stepDownTo = "outpatient";
            if (entry.item === "follow-up-appointment" || entry.item === "psychiatric-follow-up") {
              for (const component of skeleton.components) component.firstAppointment = day;
            }
            if (entry.item === "safety-plan" || entry.item === "safety-plan-step") {
              skeleton.safetyPlan = { crisisLine: "988", steps: SAFETY_PLAN_STEPS.map((step) => ({ step, text: "Mine." })) };
            }
          }
          draft.aftercare = skeleton;
        });
        const after = readinessOf(completed, asOf);
        expect(after.findings.filter((finding) => finding.severity === "error")).toEqual([]);
        expect(after.missing).toEqual([]);
      }),
      runs(300),
    );
  });
});

describe("draftAftercarePlan", () => {
  it("drafts what the plan needs, without dates or clinical text", () => {
    const risky = withEdits(base, (draft) => {
      draft.risk = { suicide: "low", assessedOn: "2026-03-09" };
      draft.family = { involvement: "planned", consent: true };
    });
    expect(draftAftercarePlan(risky, { asOf: "2026-04-20" })).toEqual({
      success: true,
      data: {
        startedOn: "2026-04-20",
        components: [{ kind: "outpatient-therapy" }, { kind: "psychiatric-follow-up" }, { kind: "support-group" }, { kind: "family-therapy" }],
        safetyPlan: { steps: [], crisisLine: "988" },
      },
    });
    expect(draftAftercarePlan(risky, { asOf: "tomorrow" })).toEqual({ success: false, findings: [expect.objectContaining({ rule: "engine/invalid-option", path: ["asOf"] })] });
  });

  it("never mutates its input and is idempotent", () => {
    fc.assert(
      fc.property(arbPlan(), fc.boolean(), (plan, strip) => {
        const input = deepFreeze(strip ? withEdits(plan, (draft) => void delete draft.aftercare) : plan);
        const before = JSON.stringify(input);
        const once = draftAftercarePlan(input, { asOf: input.period.admitted });
        if (!once.success) throw new Error("admission is a valid day");
        const again = draftAftercarePlan({ ...input, aftercare: once.data }, { asOf: input.period.plannedDischarge });
        expect(again).toEqual(once);
        expect(JSON.stringify(input)).toBe(before);
      }),
      runs(300),
    );
  });
});
