import { describe, expect, it } from "vitest";
import { definePolicy, formatFinding, policies, validatePlan, type Finding } from "../../src/index";
import { es as spanishEverywhere } from "../../src/locales/es";
import { modalityRulesEs } from "../../src/locales/es/modalities";
import { modalityRules } from "../../src/modalities/rules";
import { cleanPlan, withEdits } from "../helpers/plans";
import { expectWrittenFromParams, keysOf, mutationFindings, spanish } from "./catalog-checks";

const es = spanish(modalityRulesEs);

describe("modality messages", () => {
  it("are written from the catalog in English and in Spanish for every modality rule a mutation fires", () => {
    const findings = mutationFindings(modalityRules.map((rule) => rule.code));
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(modalityRules.map((rule) => rule.code)));
    expectWrittenFromParams(findings, es);
  });

  it("write the other variants too: a role missing from the team, a practice outside Medicare counting, a day short of services", () => {
    const plan = withEdits(cleanPlan(), (draft) => {
      draft.careTeam = draft.careTeam.filter((member) => member.role !== "psychiatrist");
      draft.schedule.sessions[0]!.activities.push({ kind: "holistic", practice: "yoga", minutes: 30 });
    });
    const findings = [policies.default, definePolicy({ params: { servicesPerDayMin: 9 } }), policies.medicareIop]
      .flatMap((policy) => validatePlan(plan, { policy }).findings)
      .filter((finding) => finding.rule.startsWith("modality/"));
    const said = new Set(findings.map((finding) => `${finding.rule} ${finding.variant ?? "default"}`));
    for (const expected of ["modality/facilitator-qualified notOnTeam", "modality/holistic-goal-linked notQualifying", "modality/holistic-goal-linked notTherapy", "modality/qualifying-services-per-day therapeutic"]) {
      expect(said).toContain(expected);
    }
    expect(findings.map((finding) => finding.message)).toContain(
      "This yoga practice is not linked to a goal, so its 30 minutes are not a qualifying service and do not count toward the weekly hours.",
    );
    expectWrittenFromParams(findings, es);
  });

  it("count one session, one week and a weekly cadence the way a clinician says them", () => {
    const oneGroup: Finding = { rule: "modality/group-core", severity: "error", path: ["schedule"], message: "", params: { actual: 1, required: 2, minMinutes: 45 } };
    expect([formatFinding(oneGroup), formatFinding(oneGroup, { locale: es })]).toEqual([
      "The week has 1 group-therapy session of at least 45 minutes; the policy asks for 2.",
      "La semana tiene 1 sesión de terapia de grupo de al menos 45 minutos; la política pide 2.",
    ]);
    const weekly: Finding = { rule: "modality/individual-frequency", severity: "error", path: ["schedule"], message: "", params: { actual: 0, everyWeeks: 1, minMinutes: 45 } };
    expect(formatFinding(weekly, { locale: es })).toContain("la política pide una vez por semana.");
    const oneWeek: Finding = { rule: "plan/period-length", severity: "warning", path: ["period"], message: "", params: { weeks: 1, actual: 7, minWeeks: 4, maxWeeks: 12 } };
    expect([formatFinding(oneWeek), formatFinding(oneWeek, { locale: spanishEverywhere })]).toEqual([
      "The program is planned for 1 week (7 days); the policy expects 4 to 12 weeks.",
      "El programa está planificado para 1 semana (7 días); la política prevé de 4 a 12 semanas.",
    ]);
  });

  it("have a Spanish message for every code and variant, and none other", () => {
    expect(keysOf(modalityRulesEs)).toEqual(keysOf(Object.fromEntries(modalityRules.map((rule) => [rule.code, rule.messages]))));
  });
});
