import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/calendar";
import { formatFinding, policies, validatePlan, type Finding, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { medicationRules } from "../../src/medication/rules";
import { medicationEs } from "../../src/locales/es/medication";
import { arbPlan, mutate } from "../../src/testing";
import type { MessageCatalog } from "../../src/core/messages";
import { cleanPlan, withEdits } from "../helpers/plans";
import { expectWrittenFromParams, keyOf, keysOf, spanish } from "./catalog-checks";

const english: MessageCatalog = Object.fromEntries(medicationRules.map((rule) => [rule.code, rule.messages ?? {}]));
const es = spanish(medicationEs);
const PRESETS = [policies.default, policies.medicareIop, policies.asam21] as const;

const medicationFindings = (plan: TreatmentPlan, options: Parameters<typeof validatePlan>[1] = {}): Finding[] =>
  validatePlan(plan, options).findings.filter((finding) => finding.rule.startsWith("medication/"));

/** A plan on one medication of a class, started on admission, with the given events after it and no reviews but the signed plan. */
function onMedication(medicationClass: string, events: { date: string; kind: "start" | "dose-change" | "stop" | "continuing" }[] = [], edit?: (draft: TreatmentPlanInput) => void): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.medications = [{ id: "med-1", name: "x", class: medicationClass, events: [{ date: "2026-03-09", kind: "start" }, ...events] }];
    edit?.(draft);
  });
}

/** Plans that produce every message of the medication rules. */
function handMadeFindings(): Finding[] {
  const asOf = "2026-06-01";
  const young = (draft: { participant: { birthDate?: string } }) => void (draft.participant.birthDate = "2008-01-01");
  return [
    // Missed items of every protocol, the routine cadence and reviews after changes.
    ...["antidepressant", "antipsychotic", "clozapine", "lithium", "valproate"].flatMap((medicationClass) =>
      medicationFindings(onMedication(medicationClass, [{ date: "2026-03-20", kind: "dose-change" }, { date: "2026-04-20", kind: "stop" }, { date: "2026-04-27", kind: "start" }], young), { asOf }),
    ),
    ...medicationFindings(onMedication("valproate", [], (draft) => void (draft.participant.canBecomePregnant = true)), { asOf }),
    // A late review and a late lab.
    ...medicationFindings(onMedication("lithium", [], (draft) => draft.reviews.push({ date: "2026-03-20", kind: "psychiatric" }, { date: "2026-03-25", kind: "lab", labs: ["lithium-level"] })), { asOf }),
    // An antidepressant for a person whose age is unknown.
    ...medicationFindings(withEdits(cleanPlan(), (draft) => void delete draft.participant.birthDate)),
    // Every way a history can be out of order.
    ...medicationFindings(onMedication("other", [{ date: "2026-03-01", kind: "dose-change" }])),
    ...medicationFindings(onMedication("other", [{ date: "2026-03-10", kind: "continuing" }])),
    ...medicationFindings(withEdits(cleanPlan(), (draft) => void (draft.medications[0]!.events = [{ date: "2026-03-10", kind: "continuing" }]))),
    ...medicationFindings(withEdits(cleanPlan(), (draft) => void (draft.medications[0]!.events = [{ date: "2026-03-10", kind: "stop" }]))),
    ...medicationFindings(onMedication("other", [{ date: "2026-03-10", kind: "stop" }, { date: "2026-03-12", kind: "dose-change" }])),
    // Class findings.
    ...medicationFindings(withEdits(cleanPlan(), (draft) => void (draft.medications[0]!.class = "herbal"))),
    ...medicationFindings(withEdits(cleanPlan(), (draft) => void (draft.medications[0]!.name = "clozapine"))),
    ...medicationFindings(withEdits(cleanPlan(), (draft) => void (draft.medications[0]!.name = "lithium carbonate"))),
    ...medicationFindings(withEdits(cleanPlan(), (draft) => void (draft.medications[0]!.class = "mood-stabilizer", draft.medications[0]!.name = "lithium"))),
    ...medicationFindings(withEdits(cleanPlan(), (draft) => void (draft.careTeam = draft.careTeam.filter((member) => member.role === "licensed-therapist")))),
  ];
}

/** Findings of generated plans under every medication mutation and preset, with and without asOf. */
function generatedFindings(): Finding[] {
  const codes = Object.keys(mutate).filter((code) => code.startsWith("medication/")) as (keyof typeof mutate)[];
  return PRESETS.flatMap((policy, index) =>
    fc.sample(arbPlan({ policy }), { numRuns: 8, seed: 21 + index }).flatMap((plan) => [
      ...medicationFindings(plan, { policy, asOf: addDays(plan.period.admitted, 40) }),
      ...codes.flatMap((code) => {
        const mutated = mutate[code](plan, policy);
        return [...medicationFindings(mutated, { policy }), ...medicationFindings(mutated, { policy, asOf: mutated.period.plannedDischarge })];
      }),
    ]),
  );
}

describe("medication messages", () => {
  const findings = [...handMadeFindings(), ...generatedFindings()];

  it("the Spanish catalog has every code and variant of the English one, and no other", () => {
    expect(keysOf(medicationEs)).toEqual(keysOf(english));
  });

  it("every code and variant is produced by a real plan", () => {
    expect([...new Set(findings.map(keyOf))].sort()).toEqual(keysOf(english));
  });

  it("every finding is written from its params: the same English, a complete Spanish text", () => {
    expectWrittenFromParams(findings, es);
  });

  it("a missed and a late item say their reason in Spanish, rebuilt from the protocol and event codes", () => {
    const text = (key: string) => formatFinding(findings.find((finding) => keyOf(finding) === key)!, { locale: es });
    expect(text("medication/review-after-change#default")).toBe(
      "Una revisión psiquiátrica debía hacerse a más tardar el 2026-03-16 (revisión tras el inicio del 2026-03-09) y no consta.",
    );
    expect(text("medication/review-late#default")).toBe(
      "Una revisión psiquiátrica debía hacerse a más tardar el 2026-03-16 (revisión tras el inicio del 2026-03-09) y se hizo con 4 días de retraso.",
    );
    const restarted = findings.find((finding) => finding.rule === "medication/monitoring-clozapine" && finding.params?.eventOn === "2026-04-27")!;
    expect(restarted.message).toMatch(/\(ANC for clozapine (re)?started on 2026-04-27\)/);
    expect(formatFinding(restarted, { locale: es })).toMatch(/\(RAN por clozapina (re)?iniciada el 2026-04-27\)/);
  });

  it("a late item of one day says day, in both languages", () => {
    const late = findings.find((finding) => finding.rule === "medication/review-late")!;
    const oneDay = { ...late, params: { ...late.params, daysLate: 1 } };
    expect(formatFinding(oneDay)).toMatch(/came 1 day late\.$/);
    expect(formatFinding(oneDay, { locale: es })).toMatch(/con 1 día de retraso\.$/);
  });
});
