import { DAY_OPTION_MESSAGES } from "../core/options";
import type { FindingParams } from "../core/finding";
import type { MessageCatalog, MessageSet, MessageTemplate, TemplateParams } from "../core/messages";
import { allRules } from "./registry";
import { SCHEDULE_MESSAGES } from "../schedule/messages";
import { COVERAGE_MESSAGES } from "../coverage/messages";
import { ATTENDANCE_MESSAGES } from "../attendance/messages";

/** The messages of a list of rules, by rule code. */
export type RuleMessages<Rules extends readonly { readonly code: string; readonly messages?: MessageSet }[]> = {
  readonly [Each in Rules[number] as Each["code"]]: NonNullable<Each["messages"]>;
};

/**
 * The messages iopkit writes outside the subpath modules, in English, by finding code and variant:
 * every rule's and every finding of the schema, the options and the policies.
 */
export type EnglishCatalog = RuleMessages<typeof allRules> & typeof DAY_OPTION_MESSAGES & typeof SCHEDULE_MESSAGES & typeof COVERAGE_MESSAGES & typeof ATTENDANCE_MESSAGES;

/**
 * A catalog's messages in another language: every code and variant of the catalog, each a template
 * reading the same params.
 *
 * @category Messages
 * @example
 * ```ts
 * const spanish: Translations<{ "plan/diagnosis-required": { default: () => string } }> = {
 *   "plan/diagnosis-required": { default: () => "El plan no tiene diagnóstico." },
 * };
 * ```
 */
export type Translations<Catalog> = {
  readonly [Code in keyof Catalog]: { readonly [Variant in keyof Catalog[Code]]: MessageTemplate<TemplateParams<Catalog[Code][Variant]> & FindingParams> };
};

/** Joins catalogs; sets of the same code join their variants. */
function mergeCatalogs(...catalogs: readonly MessageCatalog[]): MessageCatalog {
  const merged: Record<string, MessageSet> = {};
  for (const catalog of catalogs) {
    for (const [code, set] of Object.entries(catalog)) merged[code] = { ...merged[code], ...set };
  }
  return merged;
}

/** Every English message of the main entry, by code and variant. */
export const ENGLISH_CATALOG: MessageCatalog = mergeCatalogs(
  Object.fromEntries(allRules.flatMap((rule) => (rule.messages ? [[rule.code, rule.messages]] : []))),
  DAY_OPTION_MESSAGES,
  SCHEDULE_MESSAGES,
  COVERAGE_MESSAGES,
  ATTENDANCE_MESSAGES,
);
