import type { TreatmentPlan } from "../../src/index";
import { cleanPlan, withEdits } from "../helpers/plans";

/** A plan with what generated plans never hold: empty optional lists, a discharge, a stated end, a session past midnight, visits with a set time, unusual frequencies, self-pay. */
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
  });
}
