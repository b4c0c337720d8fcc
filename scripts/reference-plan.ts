// Regenerates test/fixtures/reference-plan.json: a realistic 12-week plan (4 problems, a 5-day
// schedule with appointments, 3 medications with changes and their reviews and labs, measures,
// aftercare and coverage) that passes every rule. The benchmarks check it.
import { writeFileSync } from "node:fs";
import { addDays, parsePlan, policies, SAFETY_PLAN_STEPS, templates, toDraft, validatePlan } from "../src/index";
import { recordDueReviews } from "../src/testing/arbitraries";

const admitted = "2026-03-02";
const built = templates.standardIop({
  id: "plan-reference", participantId: "participant-ref", admitted, days: ["mon", "tue", "wed", "thu", "fri"],
  start: "09:00", timeZone: "America/New_York", ageGroup: "adult", weeks: 12,
  diagnoses: [{ code: "F33.1" }, { code: "F41.1" }, { code: "F43.10" }],
  family: { involvement: "planned", consent: true },
  commitments: [{ day: "mon", start: "13:30", end: "18:00", label: "work" }, { day: "wed", start: "13:30", end: "18:00", label: "work" }, { day: "sat", start: "08:00", end: "16:00", label: "work" }],
  medications: [
    { id: "med-sertraline", name: "sertraline", class: "antidepressant", events: [{ date: "2026-02-20", kind: "start" }, { date: "2026-03-16", kind: "dose-change" }] },
    { id: "med-quetiapine", name: "quetiapine", class: "antipsychotic", events: [{ date: "2026-03-04", kind: "start" }, { date: "2026-04-01", kind: "dose-change" }] },
    { id: "med-lithium", name: "lithium carbonate", class: "lithium", events: [{ date: "2025-11-10", kind: "start" }, { date: "2026-03-18", kind: "dose-change" }, { date: "2026-04-22", kind: "dose-change" }] },
  ],
});
if (!built.success) throw new Error(JSON.stringify(built.findings));
const draft = toDraft(built.data);
const plannedDischarge = draft.period.plannedDischarge;
draft.participant.birthDate = "1991-09-30";
draft.problems[0]!.goals[0]!.participantWords = "I want to feel like myself again.";
const topics = ["Sleep and daily routine", "Conflict at home", "Panic in crowded places"];
topics.forEach((statement, index) => {
  const p = index + 2;
  draft.problems.push({
    id: `prob-${p}`,
    statement,
    goals: [1, 2].map((g) => ({
      id: `goal-${p}-${g}`,
      statement: `Goal ${g} for problem ${p}.`,
      participantWords: "In my own words.",
      objectives: [1, 2].map((o) => ({
        id: `obj-${p}-${g}-${o}`,
        statement: `Objective ${o}.`,
        targetDate: addDays(plannedDischarge, -7),
        interventions: [
          { id: `int-${p}-${g}-${o}-group`, modality: "group-therapy" as const, perWeek: 2, responsibleRole: "licensed-therapist" as const },
          { id: `int-${p}-${g}-${o}-edu`, modality: "psychoeducation" as const, perWeek: 1, responsibleRole: "registered-nurse" as const },
        ],
      })),
    })),
  });
});
draft.careTeam.push({ id: "ct-nurse", role: "registered-nurse", credentials: "RN" }, { id: "ct-cm", role: "case-manager" });
draft.reviews = [0, 28, 56].map((offset) => ({ date: addDays(admitted, offset), kind: "plan" as const, participantSigned: true }));
draft.assessments = [{ instrument: "C-SSRS" as const, date: admitted, items: [0, 0, 0, 0, 0, 0] }, ...[0, 14, 28, 42, 56, 70].flatMap((offset, index) => [
  { instrument: "PHQ-9" as const, date: addDays(admitted, offset), items: [3 - Math.min(3, index), 2, 2, 1, 1, 1, 1, 0, 0] },
  { instrument: "GAD-7" as const, date: addDays(admitted, offset), items: [2, 2, 1, 1, 1, 0, 1] },
])];
draft.risk = { suicide: "low", assessedOn: admitted };
draft.aftercare = {
  startedOn: addDays(plannedDischarge, -21),
  stepDownTo: "outpatient",
  components: [
    { kind: "outpatient-therapy", firstAppointment: addDays(plannedDischarge, 3) },
    { kind: "psychiatric-follow-up", firstAppointment: addDays(plannedDischarge, 4) },
    { kind: "support-group", firstAppointment: addDays(plannedDischarge, 2) },
    { kind: "family-therapy", firstAppointment: addDays(plannedDischarge, 7) },
  ],
  safetyPlan: { writtenOn: admitted, crisisLine: "988", steps: SAFETY_PLAN_STEPS.map((step) => ({ step, text: "In the participant's words." })) },
};
draft.coverage = {
  payer: "commercial",
  authorization: { start: admitted, end: plannedDischarge, approvedDays: 61, nextReview: addDays(plannedDischarge, -3) },
  costSharing: { allowedPerDayCents: 45000, coinsurance: 0.2, deductibleRemainingCents: 50000, outOfPocketRemainingCents: 100000 },
};
const plan = recordDueReviews(parsePlan(draft), policies.default);
for (const asOf of [undefined, "2026-04-15"]) {
  const findings = validatePlan(plan, asOf ? { asOf } : {}).findings;
  if (findings.length > 0) throw new Error(`reference plan has findings at ${asOf}: ${JSON.stringify(findings, null, 1)}`);
}
writeFileSync("test/fixtures/reference-plan.json", `${JSON.stringify(plan, null, 2)}\n`);
console.log(`test/fixtures/reference-plan.json: ${JSON.stringify(plan).length} bytes`);
