import { describe, expect, it } from "vitest";
import { checkPlan, definePolicy, policies, safeParsePlan, validatePlan, type TreatmentPlan, type ValidateOptions } from "../../src/index";
import { toDraft } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";

function findingsOf(plan: TreatmentPlan, rule: string, options: ValidateOptions = {}) {
  return validatePlan(plan, options).findings.filter((finding) => finding.rule === rule);
}

const base = cleanPlan();

describe("the standard template", () => {
  it("passes every rule under every preset, with and without planned family involvement", () => {
    for (const policy of Object.values(policies)) {
      expect(validatePlan(base, { policy }).findings).toEqual([]);
      const family = cleanPlan({ family: { involvement: "planned", consent: true } });
      expect(validatePlan(family, { policy }).findings).toEqual([]);
    }
  });
});

describe("modality/group-core", () => {
  it("counts groups of at least 45 minutes: 2 a week is enough, 1 is not", () => {
    const groups = (minutes: number[]) =>
      withEdits(base, (draft) => {
        for (const session of draft.schedule.sessions) {
          session.activities = session.activities.map((activity) => (activity.kind === "group-therapy" ? { ...activity, minutes: 44 } : activity));
        }
        minutes.forEach((value, index) => (draft.schedule.sessions[index]!.activities[0]!.minutes = value));
      });
    expect(findingsOf(groups([45, 45]), "modality/group-core")).toEqual([]);
    expect(findingsOf(groups([45, 44]), "modality/group-core")).toEqual([
      expect.objectContaining({ severity: "error", params: { actual: 1, required: 2, minMinutes: 45 } }),
    ]);
  });
});

describe("modality/individual-frequency", () => {
  const individual = (minutes: number, everyWeeks: number) =>
    withEdits(base, (draft) => Object.assign(draft.schedule.appointments![0]!, { minutes, everyWeeks }));

  it("needs 38 minutes weekly: 38 is enough, 37 is not, every 2 weeks is not", () => {
    expect(findingsOf(individual(38, 1), "modality/individual-frequency")).toEqual([]);
    expect(findingsOf(individual(37, 1), "modality/individual-frequency")[0]?.params).toEqual({ actual: 0, required: 1, minMinutes: 38, everyWeeks: 1 });
    expect(findingsOf(individual(50, 2), "modality/individual-frequency")[0]?.params).toEqual({ actual: 0.5, required: 1, minMinutes: 38, everyWeeks: 1 });
  });

  it("accepts every 2 weeks when the policy says so", () => {
    const policy = definePolicy({ params: { individualEveryWeeks: 2 } });
    expect(findingsOf(individual(50, 2), "modality/individual-frequency", { policy })).toEqual([]);
  });
});

describe("modality/psychoeducation-present", () => {
  it("fires without psychoeducation and is silent with one a week", () => {
    const without = withEdits(base, (draft) => {
      for (const session of draft.schedule.sessions) {
        session.activities = session.activities.map((activity) => (activity.kind === "psychoeducation" ? { kind: "group-therapy" as const, minutes: activity.minutes, interventionId: "int-group" } : activity));
      }
    });
    expect(findingsOf(without, "modality/psychoeducation-present")[0]?.params).toEqual({ actual: 0, required: 1 });
    const one = withEdits(without, (draft) => void (draft.schedule.sessions[0]!.activities[1] = { kind: "psychoeducation", minutes: 60, interventionId: "int-psychoeducation" }));
    expect(findingsOf(one, "modality/psychoeducation-present")).toEqual([]);
  });
});

describe("modality/family-involvement", () => {
  it("needs family sessions every 2 weeks and consent when involvement is planned", () => {
    const planned = cleanPlan({ family: { involvement: "planned", consent: true } });
    expect(findingsOf(planned, "modality/family-involvement")).toEqual([]);
    const everyThree = withEdits(planned, (draft) => void (draft.schedule.appointments!.find((a) => a.modality === "family-therapy")!.everyWeeks = 3));
    expect(findingsOf(everyThree, "modality/family-involvement")[0]?.params).toEqual({ actual: 0.33, required: 0.5, everyWeeks: 2 });
    const noConsent = withEdits(planned, (draft) => void delete draft.family!.consent);
    expect(findingsOf(noConsent, "modality/family-involvement")).toEqual([expect.objectContaining({ path: ["family", "consent"] })]);
  });

  it("asks nothing when involvement is as needed", () => {
    expect(findingsOf(withEdits(base, (draft) => void (draft.family = { involvement: "as-needed" })), "modality/family-involvement")).toEqual([]);
  });
});

describe("modality/holistic-goal-linked and Medicare qualifying hours", () => {
  /** Three 165-minute sessions, one with 60 minutes of yoga: 495 + 50 individual = 545 therapeutic minutes. */
  const yogaPlan = (goalLinked: boolean) =>
    withEdits(base, (draft) => {
      draft.schedule.appointments = [draft.schedule.appointments![0]!];
      draft.medications = [];
      draft.careTeam = draft.careTeam.filter((member) => member.role !== "psychiatrist");
      const objective = draft.problems[0]!.goals[0]!.objectives[0]!;
      objective.interventions = objective.interventions.filter((intervention) => intervention.modality !== "psychiatric");
      for (const session of draft.schedule.sessions) session.activities[2]!.minutes = 45;
      draft.schedule.sessions[1]!.activities[1] = { kind: "holistic", practice: "yoga", minutes: 60, interventionId: "int-holistic", ...(goalLinked ? { goalLinked: true } : {}) };
    });

  it("warns under default and the yoga still counts toward the 9 hours", () => {
    const report = validatePlan(yogaPlan(false));
    expect(report.findings).toEqual([expect.objectContaining({ rule: "modality/holistic-goal-linked", severity: "warning", params: { practice: "yoga", minutes: 60 } })]);
  });

  it("under medicareIop the yoga is not qualifying, so the plan misses 9 qualifying hours", () => {
    const rules = validatePlan(yogaPlan(false), { policy: policies.medicareIop }).findings.map((finding) => [finding.rule, finding.params?.actual]);
    expect(rules).toEqual([
      ["schedule/weekly-hours", 485],
      ["modality/holistic-goal-linked", undefined],
      ["modality/qualifying-services-per-day", 2],
    ]);
    expect(validatePlan(yogaPlan(true), { policy: policies.medicareIop }).findings).toEqual([]);
  });
});

describe("modality/psychiatric-access", () => {
  const withoutPsychiatry = withEdits(base, (draft) => {
    draft.schedule.appointments = draft.schedule.appointments!.filter((appointment) => appointment.modality !== "psychiatric");
    const objective = draft.problems[0]!.goals[0]!.objectives[0]!;
    objective.interventions = objective.interventions.filter((intervention) => intervention.modality !== "psychiatric");
  });

  it("fires with an active medication and no psychiatric care; silent every 2 weeks, fires every 3", () => {
    expect(findingsOf(withoutPsychiatry, "modality/psychiatric-access")[0]?.params).toEqual({ actual: 0, required: 0.5, reason: "medications", everyWeeks: 2 });
    expect(findingsOf(base, "modality/psychiatric-access")).toEqual([]);
    const everyThree = withEdits(base, (draft) => void (draft.schedule.appointments!.find((a) => a.modality === "psychiatric")!.everyWeeks = 3));
    expect(findingsOf(everyThree, "modality/psychiatric-access")).toHaveLength(1);
  });

  it("asks nothing once every medication is stopped, unless the policy names the diagnosis", () => {
    const stopped = withEdits(withoutPsychiatry, (draft) => void draft.medications[0]!.events.push({ date: "2026-03-20", kind: "stop" }));
    expect(findingsOf(stopped, "modality/psychiatric-access")).toEqual([]);
    const policy = definePolicy({ params: { psychiatricCareDiagnoses: ["F33"] } });
    expect(findingsOf(stopped, "modality/psychiatric-access", { policy })[0]?.params?.reason).toBe("diagnosis");
  });
});

describe("modality/facilitator-qualified", () => {
  it("fires for a role that may not deliver the modality, and for a role not on the team", () => {
    const peer = withEdits(base, (draft) => void (draft.schedule.sessions[0]!.activities[0]!.facilitatorRole = "peer-support-specialist"));
    expect(findingsOf(peer, "modality/facilitator-qualified")).toEqual([
      expect.objectContaining({ path: ["schedule", "sessions", 0, "activities", 0, "facilitatorRole"], params: expect.objectContaining({ role: "peer-support-specialist", modality: "group-therapy", allowed: "psychiatrist|psychologist|licensed-therapist" }) }),
    ]);
    const psychologist = withEdits(base, (draft) => void (draft.schedule.sessions[0]!.activities[0]!.facilitatorRole = "psychologist"));
    expect(findingsOf(psychologist, "modality/facilitator-qualified")).toEqual([expect.objectContaining({ params: { role: "psychologist" } })]);
  });

  it("keeps art therapy for creative-arts therapists and psychiatric care for prescribers", () => {
    const art = withEdits(base, (draft) => void (draft.schedule.sessions[1]!.activities[1] = { kind: "holistic", practice: "art-therapy", goalLinked: true, minutes: 60, interventionId: "int-holistic", facilitatorRole: "licensed-therapist" }));
    expect(findingsOf(art, "modality/facilitator-qualified")[0]?.params?.allowed).toBe("creative-arts-therapist");
    const nurse = withEdits(base, (draft) => void (draft.schedule.appointments![1]!.facilitatorRole = "registered-nurse"));
    expect(findingsOf(nurse, "modality/facilitator-qualified")[0]?.params?.allowed).toBe("psychiatrist|psychiatric-nurse-practitioner");
  });
});

describe("modality/qualifying-services-per-day", () => {
  it("needs 3 qualifying services a program day: a warning, under Medicare too (a payment tier, not a coverage floor)", () => {
    const two = withEdits(base, (draft) => void draft.schedule.sessions[0]!.activities.splice(2, 1, { kind: "break", minutes: 60 }));
    expect(findingsOf(two, "modality/qualifying-services-per-day")).toEqual([expect.objectContaining({ severity: "warning", params: { actual: 2, required: 3 } })]);
    expect(findingsOf(two, "modality/qualifying-services-per-day", { policy: policies.medicareIop })[0]?.severity).toBe("warning");
    const withAppointment = withEdits(two, (draft) => Object.assign(draft.schedule.appointments![0]!, { day: "mon", start: "13:00" }));
    expect(findingsOf(withAppointment, "modality/qualifying-services-per-day")).toEqual([]);
  });
});

describe("values outside the catalog", () => {
  it("are findings listing the allowed values", () => {
    const draft = toDraft(base) as unknown as { careTeam: { role: string }[]; schedule: { sessions: { activities: { kind: string }[] }[] } };
    draft.careTeam[0]!.role = "shaman";
    draft.schedule.sessions[0]!.activities[0]!.kind = "hypnosis";
    const result = safeParsePlan(draft);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings).toContainEqual(expect.objectContaining({ path: ["careTeam", 0, "role"], params: expect.objectContaining({ allowed: expect.arrayContaining(["licensed-therapist"]) }) }));
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: "schema/invalid_union", path: ["schedule", "sessions", 0, "activities", 0, "kind"], params: { allowed: ["group-therapy", "individual-therapy", "family-therapy", "psychoeducation", "holistic", "psychiatric", "case-management", "break"] } }),
    );
    expect(checkPlan(draft).ok).toBe(false);
  });
});
