import { parsePlan, templates, type StandardIopOptions, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { toDraft } from "../../src/testing";

/** Options of the plan most tests start from: three days, an adult, depression, one medication. */
export const BASE_OPTIONS: StandardIopOptions = {
  id: "plan-test",
  participantId: "pt-test",
  admitted: "2026-03-09",
  days: ["mon", "wed", "fri"],
  start: "09:00",
  timeZone: "America/New_York",
  ageGroup: "adult",
  diagnoses: [{ code: "F33.1" }],
  medications: [{ id: "med-1", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] }],
};

/** The standard template with the participant's words and a signed first plan: no findings at all. */
export function cleanPlan(options: Partial<StandardIopOptions> = {}): TreatmentPlan {
  const built = templates.standardIop({ ...BASE_OPTIONS, ...options });
  if (!built.success) throw new Error(`template failed: ${JSON.stringify(built.findings)}`);
  return withEdits(built.data, (draft) => {
    draft.participant.birthDate = "1990-05-15";
    for (const problem of draft.problems) for (const goal of problem.goals) goal.participantWords = "My own words.";
    draft.reviews.push({ date: draft.period.admitted, kind: "plan", participantSigned: true });
  });
}

/** A copy of a plan with edits applied, parsed again. */
export function withEdits(plan: TreatmentPlan, change: (draft: TreatmentPlanInput) => void): TreatmentPlan {
  const draft = toDraft(plan);
  change(draft);
  return parsePlan(draft);
}

/** The rule codes of a report's findings. */
export function rulesOf(report: { findings: readonly { rule: string }[] }): string[] {
  return report.findings.map((finding) => finding.rule);
}

/** Deep-freezes a value so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
