import fc from "fast-check";
import { expect } from "vitest";
import { mergeCatalogs, type Locale, type MessageCatalog, type MessageSet } from "../../src/core/messages";
import { es } from "../../src/locales/es";
import { formatFinding, policies, validatePlan, type Finding, type TreatmentPlan } from "../../src/index";
import { arbPlan, mutate } from "../../src/testing";

/** The three presets every message is checked under. */
export const PRESETS = [policies.default, policies.medicareIop, policies.asam21] as const;

/** A Spanish locale holding only the given catalogs, with the words of `es` for places such as `sesión 2`. */
export function spanish(...catalogs: readonly MessageCatalog[]): Locale {
  return { tag: "es", items: es.items, messages: mergeCatalogs(...catalogs) };
}

/** The English messages of a list of rules, by code. */
export function rulesCatalog(rules: readonly { readonly code: string; readonly messages?: MessageSet }[]): MessageCatalog {
  return Object.fromEntries(rules.map((rule) => [rule.code, rule.messages ?? {}]));
}

/** Every `code#variant` of a catalog, sorted. */
export function keysOf(catalog: MessageCatalog): string[] {
  return Object.entries(catalog)
    .flatMap(([code, set]) => Object.keys(set).map((variant) => `${code}#${variant}`))
    .sort();
}

/** The `code#variant` a finding was written from. */
export function keyOf(finding: Finding): string {
  return `${finding.rule}#${finding.variant ?? "default"}`;
}

/**
 * The findings of the given codes for plans from `arbPlan` (fixed seed) under every preset, each
 * broken by the codes' mutations, checked with and without `asOf`.
 */
export function mutationFindings(codes: readonly string[], runs = 12): Finding[] {
  const wanted = new Set(codes);
  const mutations = codes.flatMap((code) => (Object.hasOwn(mutate, code) ? [mutate[code as keyof typeof mutate]] : []));
  return PRESETS.flatMap((policy) =>
    fc.sample(arbPlan({ policy }), { numRuns: runs, seed: 2026 }).flatMap((plan) =>
      mutations.flatMap((mutation) => {
        const mutated: TreatmentPlan = mutation(plan, policy);
        return [undefined, mutated.period.plannedDischarge].flatMap((asOf) =>
          validatePlan(mutated, asOf === undefined ? { policy } : { policy, asOf }).findings.filter((finding) => wanted.has(finding.rule)),
        );
      }),
    ),
  );
}

/**
 * Each finding is written again in English to its own message, and in Spanish to a text of its
 * own: not empty, not the English, with no unfilled param.
 */
export function expectWrittenFromParams(findings: readonly Finding[], locale: Locale): void {
  for (const finding of findings) {
    expect(formatFinding(finding, { locale: "en" }), keyOf(finding)).toBe(finding.message);
    const text = formatFinding(finding, { locale });
    expect(locale.messages[finding.rule]?.[finding.variant ?? "default"], keyOf(finding)).toBeTypeOf("function");
    expect(text, keyOf(finding)).not.toBe("");
    expect(text, keyOf(finding)).not.toBe(finding.message);
    expect(text, keyOf(finding)).not.toMatch(/undefined|NaN|\[object|\{/);
  }
}
