import type { TreatmentPlan, TreatmentPlanInput } from "../../src/index";
import { toDraft } from "../../src/testing";

/** A draft as loosely typed JSON, for edits that break its structure. */
export type Loose = Record<string, any>;

/** Structural mutations: each breaks a plan's shape in one place, whatever the plan. */
export const STRUCTURAL_MUTATIONS: Record<string, (draft: Loose) => void> = {
  "missing id": (draft) => delete draft.id,
  "missing schedule": (draft) => delete draft.schedule,
  "missing admission day": (draft) => delete draft.period.admitted,
  "missing age group": (draft) => delete draft.participant.ageGroup,
  "missing session activities": (draft) => delete draft.schedule.sessions[0].activities,
  "unknown key": (draft) => (draft.notes = "free text"),
  "unknown key in a session": (draft) => (draft.schedule.sessions[0].room = "A"),
  "future schema version": (draft) => (draft.schemaVersion = 2),
  "id of the wrong type": (draft) => (draft.id = 42),
  "list of the wrong type": (draft) => (draft.diagnoses = {}),
  "number as a string": (draft) => (draft.schedule.sessions[0].activities[0].minutes = "60"),
  "fractional minutes": (draft) => (draft.schedule.sessions[0].activities[0].minutes = 60.5),
  "empty id": (draft) => (draft.participant.id = ""),
  "overlong id": (draft) => (draft.id = "x".repeat(65)),
  "unknown status": (draft) => (draft.status = "paused"),
  "unknown weekday": (draft) => (draft.schedule.sessions[0].day = "monday"),
  "day without padding": (draft) => (draft.period.admitted = "2026-3-9"),
  "day out of the calendar": (draft) => (draft.period.admitted = "2026-02-30"),
  "month thirteen": (draft) => (draft.period.plannedDischarge = "2026-13-01"),
  "time past midnight": (draft) => (draft.schedule.sessions[0].start = "24:00"),
  "time without padding": (draft) => (draft.schedule.sessions[0].start = "9:00"),
  "zone written as words": (draft) => (draft.timeZone = "Eastern Time"),
  "empty zone": (draft) => (draft.timeZone = ""),
  "ICD-10 code without a letter": (draft) => (draft.diagnoses = [{ code: "33.1" }]),
  "ICD-10 code with a U chapter": (draft) => (draft.diagnoses = [{ code: "U07.1" }]),
  "session without activities": (draft) => (draft.schedule.sessions[0].activities = []),
  "blank free text": (draft) => (draft.dischargeCriteria = [" \t"]),
};

/** A plan's draft with one structural mutation applied. */
export function mutated(plan: TreatmentPlan, mutation: (draft: Loose) => void): TreatmentPlanInput {
  const draft = toDraft(plan);
  mutation(draft as Loose);
  return draft;
}
