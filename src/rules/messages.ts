import { DAY_OPTION_MESSAGES } from "../core/options";
import { ARGUMENT_MESSAGES } from "../core/plan-error";
import { SCHEMA_MESSAGES } from "../core/schema-findings";
import { RUN_MESSAGES } from "./run-rules";
import type { FindingParams } from "../core/finding";
import type { MessageCatalog, MessageSet, MessageTemplate, TemplateParams } from "../core/messages";
import { allRules } from "./registry";

/** The messages of a list of rules, by rule code. */
export type RuleMessages<Rules extends readonly { readonly code: string; readonly messages?: MessageSet }[]> = {
  readonly [Each in Rules[number] as Each["code"]]: NonNullable<Each["messages"]>;
};

/**
 * The messages iopkit writes outside the subpath modules, in English, by finding code and variant:
 * every rule's and every finding of the schema, the options and the policies.
 */
export type EnglishCatalog = RuleMessages<typeof allRules> &
  typeof DAY_OPTION_MESSAGES &
  typeof SCHEMA_MESSAGES &
  typeof ARGUMENT_MESSAGES &
  typeof RUN_MESSAGES;

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
  SCHEMA_MESSAGES,
  ARGUMENT_MESSAGES,
  RUN_MESSAGES,
);
