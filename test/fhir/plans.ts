import fc from "fast-check";
import { addDays, CARE_LEVELS, daysBetween, parsePlan, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { arbAttendance, arbPlan, toDraft } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";

type TransitionInput = NonNullable<TreatmentPlanInput["transitions"]>[number];

/** Changes of level of care on days of the plan's period, with a short reason. */
export function arbTransitions(plan: TreatmentPlan): fc.Arbitrary<TransitionInput[]> {
  const days = daysBetween(plan.period.admitted, plan.period.plannedDischarge);
  const transition = fc
    .record({ offset: fc.integer({ min: 0, max: days }), from: fc.constantFrom(...CARE_LEVELS), to: fc.constantFrom(...CARE_LEVELS), reason: fc.string({ minLength: 1, maxLength: 40 }) })
    .filter(({ from, to, reason }) => from !== to && /\S/.test(reason))
    .map(({ offset, from, to, reason }) => ({ date: addDays(plan.period.admitted, offset), from, to, reason }));
  return fc.array(transition, { maxLength: 4 });
}

/** {@link arbPlan} plans that may also hold attendance (empty, partly or fully recorded) and transitions (empty or not). */
export function arbPlanWithHistory(): fc.Arbitrary<TreatmentPlan> {
  return arbPlan().chain((plan) =>
    fc
      .record({
        attendance: fc.option(fc.oneof(arbAttendance(plan), arbAttendance(plan, { unrecorded: false }), fc.constant([])), { nil: undefined }),
        transitions: fc.option(arbTransitions(plan), { nil: undefined }),
      })
      .map(({ attendance, transitions }) => {
        const draft = toDraft(plan);
        if (attendance !== undefined) draft.attendance = [...attendance];
        if (transitions !== undefined) draft.transitions = transitions;
        return parsePlan(draft);
      }),
  );
}

/**
 * A plan with what generated plans never hold: empty optional lists, a discharge, a stated end, a
 * session past midnight, visits with a set time, unusual frequencies, self-pay, and attendance of
 * every status with a record for a visit, one without an index, a second record for a session and
 * one for a day without a session.
 */
export function unusualPlan(): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.status = "discontinued";
    draft.participant.commitments = [];
    draft.participant.canBecomePregnant = false;
    draft.assessments = [];
    draft.reviews.push({ date: "2026-03-10", kind: "lab", labs: [] }, { date: "2026-03-11", kind: "psychiatric" });
    draft.period.discharged = "2026-04-01";
    draft.diagnoses[0]!.primary = true;
    draft.careTeam[0]!.credentials = "MD";
    const session = draft.schedule.sessions[0]!;
    session.start = "22:00";
    session.end = `0${(22 * 60 + session.activities.reduce((sum, activity) => sum + activity.minutes, 0) - 24 * 60) / 60}:00`.slice(-5);
    draft.schedule.appointments = [{ modality: "family-therapy", minutes: 50, everyWeeks: 2, day: "sat", start: "10:30" }];
    draft.family = { involvement: "as-needed" };
    draft.risk = { suicide: "none", assessedOn: "2026-03-09" };
    draft.problems[0]!.goals[0]!.objectives[0]!.interventions.push(
      { id: "int-every", modality: "case-management", everyWeeks: 3, responsibleRole: "case-manager" },
      { id: "int-both", modality: "case-management", perWeek: 2, everyWeeks: 1, responsibleRole: "case-manager" },
      { id: "int-unset", modality: "case-management", responsibleRole: "case-manager" },
    );
    draft.coverage = {
      payer: "self-pay",
      costSharing: { allowedPerDayCents: 50_000, copayPerDayCents: 2_500, copayBeforeDeductible: true, coinsurance: 0.15, outOfPocketRemainingCents: 100_000 },
    };
    draft.aftercare = { startedOn: "2026-03-20", components: [{ kind: "support-group", provider: "Community centre" }, { kind: "primary-care", firstAppointment: "2026-04-03" }] };
    draft.attendance = [
      { date: "2026-03-09", session: 0, status: "attended" },
      { date: "2026-03-11", status: "partial", minutes: 45 },
      { date: "2026-03-13", session: 2, status: "absent-excused" },
      { date: "2026-03-14", appointment: 0, status: "absent-unexcused" },
      { date: "2026-03-16", session: 0, status: "cancelled-by-programme" },
      { date: "2026-03-16", session: 0, status: "attended" },
      { date: "2026-03-17", status: "attended" },
    ];
    draft.transitions = [{ date: "2026-03-30", from: "intensive-outpatient", to: "outpatient", reason: "Goals met." }];
  });
}

/**
 * A plan whose lists are empty wherever the plan allows it, so that every list toFhir writes would
 * be empty: no care team, problems or goals, an assessment without items, a review neither signed
 * nor refused, a payer without terms, aftercare without follow-ups, step-down or safety plan.
 */
export function emptyListsPlan(): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.careTeam = [];
    draft.problems = [];
    for (const session of draft.schedule.sessions) for (const activity of session.activities) delete activity.interventionId;
    draft.assessments = [{ instrument: "PHQ-9", date: draft.period.admitted, items: [] }];
    draft.reviews = [{ date: draft.period.admitted, kind: "psychiatric" }];
    draft.coverage = { payer: "medicaid" };
    draft.aftercare = { startedOn: draft.period.plannedDischarge, components: [] };
  });
}
