import fc from "fast-check";
import { expect } from "vitest";
import { formatFinding, policies, validatePlan, type Finding, type Locale, type MessageCatalog, type Policy } from "../../src/index";
import { arbPlan, mutate } from "../../src/testing";

/** The words for list items a Spanish locale gives, for places such as "problema 1, meta 2". */
const SPANISH_ITEMS = {
  activities: "actividad",
  appointments: "cita",
  careTeam: "miembro del equipo de atención",
  components: "componente",
  diagnoses: "diagnóstico",
  goals: "meta",
  interventions: "intervención",
  medications: "medicamento",
  objectives: "objetivo",
  problems: "problema",
  reviews: "revisión",
  sessions: "sesión",
};

/** A Spanish locale with the given messages. */
export function spanish(...catalogs: readonly MessageCatalog[]): Locale {
  return { tag: "es", items: SPANISH_ITEMS, messages: Object.assign({}, ...catalogs) as MessageCatalog };
}

/**
 * The findings of the given rule codes for sampled plans under each preset, each code's mutation
 * applied, with and without `asOf` (the planned discharge).
 */
export function mutationFindings(codes: readonly string[], plansPerPreset = 6): Finding[] {
  const wanted = new Set(codes);
  const findings: Finding[] = [];
  for (const policy of [policies.default, policies.medicareIop, policies.asam21] as readonly Policy[]) {
    const plans = fc.sample(arbPlan({ policy }), { seed: 21, numRuns: plansPerPreset });
    for (const plan of plans) {
      for (const code of codes) {
        const mutation = (mutate as Readonly<Record<string, (plan: typeof plans[number], policy: Policy) => typeof plans[number]>>)[code];
        if (!mutation) throw new Error(`no mutation for ${code}`);
        const mutated = mutation(plan, policy);
        for (const asOf of [mutated.period.plannedDischarge, undefined]) {
          findings.push(...validatePlan(mutated, { policy, asOf }).findings.filter((finding) => wanted.has(finding.rule)));
        }
      }
    }
  }
  return findings;
}

/** Every finding reads the same in English as its message, and in Spanish reads as Spanish with every param filled. */
export function expectWrittenInBoth(findings: readonly Finding[], locale: Locale): void {
  for (const finding of findings) {
    expect(formatFinding(finding, { locale: "en" }), finding.rule).toBe(finding.message);
    const text = formatFinding(finding, { locale });
    expect(text.length, finding.rule).toBeGreaterThan(0);
    expect(text, `${finding.rule} ${finding.variant ?? "default"}`).not.toBe(finding.message);
    expect(text, finding.rule).not.toMatch(/undefined|NaN|\[object|\{/);
  }
}

/** The codes and variants of a catalog, as `code variant` lines. */
export function keysOf(catalog: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>): string[] {
  return Object.entries(catalog)
    .flatMap(([code, set]) => Object.keys(set ?? {}).map((variant) => `${code} ${variant}`))
    .sort();
}
