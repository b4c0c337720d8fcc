import { expect } from "vitest";
import { formatFinding, type Finding } from "../../src/index";
import type { Locale, MessageCatalog } from "../../src/core/messages";

/** A Spanish locale holding only the given catalogs. */
export function spanish(...catalogs: readonly MessageCatalog[]): Locale {
  return { tag: "es", items: {}, messages: Object.assign({}, ...catalogs) as MessageCatalog };
}

/** The codes and variants of a catalog, as `code#variant`, sorted. */
export function keysOf(catalog: MessageCatalog): string[] {
  return Object.entries(catalog)
    .flatMap(([code, set]) => Object.keys(set).map((variant) => `${code}#${variant}`))
    .sort();
}

/** The code and variant of a finding, as `code#variant`. */
export function keyOf(finding: Finding): string {
  return `${finding.rule}#${finding.variant ?? "default"}`;
}

/**
 * Every finding is written the same from its params in English as its message, and in Spanish as
 * a different, complete text.
 */
export function expectWrittenInBoth(findings: readonly Finding[], locale: Locale): void {
  for (const finding of findings) {
    expect(formatFinding(finding, { locale: "en" }), keyOf(finding)).toBe(finding.message);
    const text = formatFinding(finding, { locale });
    expect(Object.hasOwn(locale.messages, finding.rule), finding.rule).toBe(true);
    expect(text.length, keyOf(finding)).toBeGreaterThan(0);
    expect(text, keyOf(finding)).not.toBe(finding.message);
    expect(text, keyOf(finding)).not.toMatch(/undefined|NaN|\[object|\{/);
  }
}
