import { describe, expect, it } from "vitest";
import { addDays, careObligations, definePolicy, policies, validatePlan, type TreatmentPlan, type ValidateOptions } from "../../src/index";
import { cleanPlan, rulesOf, withEdits } from "../helpers/plans";

const base = cleanPlan();

function findingsOf(plan: TreatmentPlan, rule: string, options: ValidateOptions = {}) {
  return validatePlan(plan, options).findings.filter((finding) => finding.rule === rule);
}

describe("the clean template plan", () => {
  it("has no findings under any preset", () => {
    for (const policy of Object.values(policies)) expect(rulesOf(validatePlan(base, { policy }))).toEqual([]);
  });
});

describe("plan/diagnosis-required", () => {
  it("fires with no diagnosis", () => {
    const plan = withEdits(base, (draft) => void (draft.diagnoses = []));
    expect(findingsOf(plan, "plan/diagnosis-required")).toEqual([
      expect.objectContaining({ severity: "error", path: ["diagnoses"], params: { actual: 0, required: 1 } }),
    ]);
  });

  it("needs exactly one primary among several, and is silent at one", () => {
    const none = withEdits(base, (draft) => void (draft.diagnoses = [{ code: "F33.1" }, { code: "F41.1" }]));
    expect(findingsOf(none, "plan/diagnosis-required")).toHaveLength(1);
    const two = withEdits(base, (draft) => void (draft.diagnoses = [{ code: "F33.1", primary: true }, { code: "F41.1", primary: true }]));
    expect(findingsOf(two, "plan/diagnosis-required")[0]?.params).toEqual({ diagnoses: 2, actual: 2, required: 1 });
    const one = withEdits(base, (draft) => void (draft.diagnoses = [{ code: "F33.1", primary: true }, { code: "F60.3" }]));
    expect(findingsOf(one, "plan/diagnosis-required")).toEqual([]);
  });
});

describe("plan/problem-has-goal and plan/goal-has-objective", () => {
  it("fires for a plan without problems", () => {
    const plan = withEdits(base, (draft) => void (draft.problems = []));
    expect(findingsOf(plan, "plan/problem-has-goal")).toEqual([expect.objectContaining({ path: ["problems"] })]);
  });

  it("fires for the problem without a goal, not for the others", () => {
    const plan = withEdits(base, (draft) => void draft.problems.push({ id: "p-2", statement: "Second.", goals: [] }));
    expect(findingsOf(plan, "plan/problem-has-goal")).toEqual([expect.objectContaining({ path: ["problems", 1, "goals"] })]);
  });

  it("fires for the goal without an objective", () => {
    const plan = withEdits(base, (draft) =>
      void draft.problems[0]!.goals.push({ id: "g-2", statement: "Second.", participantWords: "Mine.", objectives: [] }),
    );
    expect(findingsOf(plan, "plan/goal-has-objective")).toEqual([expect.objectContaining({ path: ["problems", 0, "goals", 1, "objectives"] })]);
  });
});

describe("plan/goal-own-words", () => {
  it("warns when a goal lacks the participant's words", () => {
    const plan = withEdits(base, (draft) => void delete draft.problems[0]!.goals[0]!.participantWords);
    expect(findingsOf(plan, "plan/goal-own-words")).toEqual([expect.objectContaining({ severity: "warning" })]);
  });
});

describe("plan/objective-measurable", () => {
  const { admitted, plannedDischarge } = base.period;

  it("is silent for target dates on the first and last day of the period", () => {
    for (const targetDate of [admitted, plannedDischarge]) {
      const plan = withEdits(base, (draft) => void (draft.problems[0]!.goals[0]!.objectives[0]!.targetDate = targetDate));
      expect(findingsOf(plan, "plan/objective-measurable")).toEqual([]);
    }
  });

  it("fires one day outside the period on either side", () => {
    for (const targetDate of [addDays(admitted, -1), addDays(plannedDischarge, 1)]) {
      const plan = withEdits(base, (draft) => void (draft.problems[0]!.goals[0]!.objectives[0]!.targetDate = targetDate));
      expect(findingsOf(plan, "plan/objective-measurable")).toEqual([
        expect.objectContaining({ path: ["problems", 0, "goals", 0, "objectives", 0, "targetDate"] }),
      ]);
    }
  });

  it("asks for an objective measured by the diagnosis's instrument", () => {
    const plan = withEdits(base, (draft) => void (draft.diagnoses = [{ code: "F33.1", primary: true }, { code: "F41.1" }]));
    expect(findingsOf(plan, "plan/objective-measurable")).toEqual([
      expect.objectContaining({ path: ["diagnoses", 1], params: { instrument: "GAD-7" } }),
    ]);
  });

  it("accepts a target at the instrument's maximum and rejects one above it", () => {
    const at = withEdits(base, (draft) => void (draft.problems[0]!.goals[0]!.objectives[1]!.measure!.target.value = 27));
    expect(findingsOf(at, "plan/objective-measurable")).toEqual([]);
    const above = withEdits(base, (draft) => void (draft.problems[0]!.goals[0]!.objectives[1]!.measure!.target.value = 28));
    expect(findingsOf(above, "plan/objective-measurable")[0]?.params).toEqual({ actual: 28, max: 27, instrument: "PHQ-9" });
  });
});

describe("plan/intervention-traced", () => {
  it("fires for an unlinked activity, a dangling link and a modality mismatch; breaks are exempt", () => {
    const plan = withEdits(base, (draft) => {
      const activities = draft.schedule.sessions[0]!.activities;
      delete activities[0]!.interventionId;
      activities[1]!.interventionId = "int-missing";
      activities[2]!.interventionId = "int-individual";
      draft.schedule.sessions[1]!.activities.push({ kind: "break", minutes: 10 });
    });
    expect(findingsOf(plan, "plan/intervention-traced").map((finding) => finding.path.join("."))).toEqual([
      "schedule.sessions.0.activities.0.interventionId",
      "schedule.sessions.0.activities.1.interventionId",
      "schedule.sessions.0.activities.2.interventionId",
    ]);
  });
});

describe("plan/intervention-scheduled", () => {
  it("is silent at the intervention's frequency and fires one step below it", () => {
    const objective = ["problems", 0, "goals", 0, "objectives", 0, "interventions"];
    // Group therapy runs twice a session on three days: 6 a week.
    const at = withEdits(base, (draft) => void (draft.problems[0]!.goals[0]!.objectives[0]!.interventions[0]!.perWeek = 6));
    expect(findingsOf(at, "plan/intervention-scheduled")).toEqual([]);
    const above = withEdits(base, (draft) => void (draft.problems[0]!.goals[0]!.objectives[0]!.interventions[0]!.perWeek = 7));
    expect(findingsOf(above, "plan/intervention-scheduled")).toEqual([
      expect.objectContaining({ path: [...objective, 0], params: { modality: "group-therapy", actual: 6, required: 7 } }),
    ]);
  });

  it("counts appointments by their period", () => {
    // The psychiatric appointment runs every 2 weeks: fine for everyWeeks 2, short for everyWeeks 1.
    const weekly = withEdits(base, (draft) => {
      const psychiatric = draft.problems[0]!.goals[0]!.objectives[0]!.interventions.find((i) => i.modality === "psychiatric")!;
      psychiatric.everyWeeks = 1;
    });
    expect(findingsOf(weekly, "plan/intervention-scheduled")[0]?.params).toEqual({ modality: "psychiatric", actual: 0.5, required: 1 });
  });

  it("fires for a modality that is not scheduled at all", () => {
    const plan = withEdits(base, (draft) =>
      void draft.problems[0]!.goals[0]!.objectives[0]!.interventions.push({ id: "int-cm", modality: "case-management", responsibleRole: "case-manager" }),
    );
    expect(findingsOf(plan, "plan/intervention-scheduled")[0]?.params).toEqual({ modality: "case-management", actual: 0, required: 0 });
  });
});

describe("plan/period-length", () => {
  const lengthOf = (days: number) => withEdits(base, (draft) => {
    draft.period.plannedDischarge = addDays(draft.period.admitted, days);
    for (const objective of draft.problems[0]!.goals[0]!.objectives) objective.targetDate = draft.period.admitted;
  });

  it("is silent at 4 and 12 weeks and warns at 27 and 85 days", () => {
    expect(findingsOf(lengthOf(28), "plan/period-length")).toEqual([]);
    expect(findingsOf(lengthOf(84), "plan/period-length")).toEqual([]);
    expect(findingsOf(lengthOf(27), "plan/period-length")).toEqual([expect.objectContaining({ severity: "warning", params: { weeks: 3.9, actual: 27, minWeeks: 4, maxWeeks: 12, min: 28, max: 84 } })]);
    expect(findingsOf(lengthOf(85), "plan/period-length")).toHaveLength(1);
  });
});

describe("plan/first-plan-deadline", () => {
  const firstPlanOn = (offset: number) => withEdits(base, (draft) => {
    draft.reviews = [{ date: addDays(draft.period.admitted, offset), kind: "plan", participantSigned: true }];
  });

  it("is silent on day 7 and fires on day 8", () => {
    expect(findingsOf(firstPlanOn(7), "plan/first-plan-deadline")).toEqual([]);
    expect(findingsOf(firstPlanOn(8), "plan/first-plan-deadline")).toEqual([
      expect.objectContaining({ path: ["reviews", 0, "date"], params: { actual: "2026-03-17", deadline: "2026-03-16", days: 7 } }),
    ]);
  });

  it("without a plan on record, fires only once asOf is past the deadline", () => {
    const none = withEdits(base, (draft) => void (draft.reviews = []));
    expect(findingsOf(none, "plan/first-plan-deadline")).toEqual([]);
    expect(findingsOf(none, "plan/first-plan-deadline", { asOf: "2026-03-16" })).toEqual([]);
    expect(findingsOf(none, "plan/first-plan-deadline", { asOf: "2026-03-17" })).toHaveLength(1);
  });
});

describe("plan/review-cadence", () => {
  // The stay lasts 70 days, so that every review below falls in care.
  const reviewsAt = (...offsets: number[]) => withEdits(base, (draft) => {
    draft.period.plannedDischarge = addDays(draft.period.admitted, 70);
    draft.reviews = offsets.map((offset) => ({ date: addDays(draft.period.admitted, offset), kind: "plan" as const, participantSigned: true }));
  });

  it("allows a 30-day gap and warns at 31 under default; Medicare allows 60 and errs at 61", () => {
    expect(findingsOf(reviewsAt(0, 30), "plan/review-cadence")).toEqual([]);
    expect(findingsOf(reviewsAt(0, 31), "plan/review-cadence")).toEqual([
      expect.objectContaining({ severity: "warning", path: ["reviews", 1, "date"], params: { actual: 31, max: 30, date: "2026-04-09" } }),
    ]);
    const medicare = { policy: policies.medicareIop };
    expect(findingsOf(reviewsAt(0, 60), "plan/review-cadence", medicare)).toEqual([]);
    expect(findingsOf(reviewsAt(0, 61), "plan/review-cadence", medicare)).toEqual([expect.objectContaining({ severity: "error" })]);
  });

  it("reports the next review overdue at asOf while in care", () => {
    const plan = reviewsAt(0);
    expect(findingsOf(plan, "plan/review-cadence", { asOf: addDays(plan.period.admitted, 30) })).toEqual([]);
    expect(findingsOf(plan, "plan/review-cadence", { asOf: addDays(plan.period.admitted, 31) })).toEqual([
      expect.objectContaining({ path: ["reviews"], params: { due: "2026-04-08", asOf: "2026-04-09", max: 30 } }),
    ]);
  });

  it("a review 3 days late is reported, and the next is due 30 days after that late review, not on the old grid", () => {
    const plan = reviewsAt(0, 33, 63);
    expect(findingsOf(plan, "plan/review-cadence", { asOf: addDays(plan.period.admitted, 64) })).toEqual([
      expect.objectContaining({ path: ["reviews", 1, "date"], params: { actual: 33, max: 30, date: "2026-04-11" } }),
    ]);
    const obligations = careObligations(plan, { asOf: addDays(plan.period.admitted, 64) });
    const reviews = obligations.success ? obligations.data.filter((item) => item.kind === "plan-review") : [];
    expect(reviews.map((item) => [item.status, item.due, item.daysLate])).toEqual([
      ["done", addDays(plan.period.admitted, 7), undefined],
      ["late", addDays(plan.period.admitted, 30), 3],
      ["done", addDays(plan.period.admitted, 63), undefined],
    ]);
  });

  it("does not ask for a review due after the end of care", () => {
    const plan = reviewsAt(40);
    expect(findingsOf(plan, "plan/review-cadence", { asOf: addDays(plan.period.plannedDischarge, 30) })).toEqual([]);
  });
});

describe("plan/participant-signature", () => {
  it("accepts a signature or a documented refusal, and fires for neither", () => {
    const signed = withEdits(base, (draft) => void (draft.reviews = [{ date: draft.period.admitted, kind: "plan", participantSigned: true }]));
    const refused = withEdits(base, (draft) => void (draft.reviews = [{ date: draft.period.admitted, kind: "plan", refusalDocumented: true }]));
    const neither = withEdits(base, (draft) => void (draft.reviews = [{ date: draft.period.admitted, kind: "lab", labs: ["anc"] }, { date: draft.period.admitted, kind: "plan" }]));
    expect(findingsOf(signed, "plan/participant-signature")).toEqual([]);
    expect(findingsOf(refused, "plan/participant-signature")).toEqual([]);
    expect(findingsOf(neither, "plan/participant-signature")).toEqual([expect.objectContaining({ path: ["reviews", 1, "participantSigned"] })]);
  });
});

describe("plan/discharge-criteria", () => {
  it("fires with no criteria, and is silent with one", () => {
    expect(findingsOf(withEdits(base, (draft) => void (draft.dischargeCriteria = [])), "plan/discharge-criteria")).toHaveLength(1);
    expect(findingsOf(withEdits(base, (draft) => void (draft.dischargeCriteria = ["Goals met."])), "plan/discharge-criteria")).toEqual([]);
  });
});

describe("plan/age-group-mismatch", () => {
  const participant = (ageGroup: "adult" | "adolescent", birthDate?: string) =>
    withEdits(base, (draft) => {
      draft.participant.ageGroup = ageGroup;
      if (birthDate === undefined) delete draft.participant.birthDate;
      else draft.participant.birthDate = birthDate;
    });

  it("born 1996, marked adolescent, admitted 2026-03-09: finding (the adolescent 6-hour minimum would apply)", () => {
    expect(findingsOf(participant("adolescent", "1996-01-20"), "plan/age-group-mismatch")).toEqual([
      expect.objectContaining({ severity: "error", path: ["participant", "ageGroup"], params: { actual: 30, admitted: "2026-03-09", adultFromAge: 18, expected: "adult", ageGroup: "adolescent" } }),
    ]);
  });

  it("born 2010, marked adult, admitted 2026-03-09: finding", () => {
    expect(findingsOf(participant("adult", "2010-06-01"), "plan/age-group-mismatch")[0]?.params).toEqual({ actual: 15, admitted: "2026-03-09", adultFromAge: 18, expected: "adolescent", ageGroup: "adult" });
  });

  it("turns 18 on the admission day: an adult; the day after: an adolescent", () => {
    expect(findingsOf(participant("adult", "2008-03-09"), "plan/age-group-mismatch")).toEqual([]);
    expect(findingsOf(participant("adolescent", "2008-03-10"), "plan/age-group-mismatch")).toEqual([]);
    expect(findingsOf(participant("adolescent", "2008-03-09"), "plan/age-group-mismatch")).toHaveLength(1);
  });

  it("follows adultFromAge, and says nothing without a birth date", () => {
    const nineteen = participant("adolescent", "2007-01-01");
    expect(findingsOf(nineteen, "plan/age-group-mismatch")).toHaveLength(1);
    expect(findingsOf(nineteen, "plan/age-group-mismatch", { policy: definePolicy({ params: { adultFromAge: 21 } }) })).toEqual([]);
    expect(findingsOf(participant("adolescent"), "plan/age-group-mismatch")).toEqual([]);
  });
});
