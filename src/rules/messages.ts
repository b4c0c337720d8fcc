import { DAY_OPTION_MESSAGES } from "../core/options";
import { ARGUMENT_MESSAGES } from "../core/plan-error";
import { SCHEMA_MESSAGES } from "../core/schema-findings";
import { mergeCatalogs, type MessageCatalog, type MessageSet, type TemplateParams, type Words } from "../core/messages";
import { POLICY_MESSAGES } from "../policy/messages";
import { PLAN_MESSAGES } from "../plan/messages";
import { LOCALE_OPTION_MESSAGES } from "./locale-option";
import { RUN_MESSAGES } from "./run-rules";
import { allRules } from "./registry";
import { SCHEDULE_MESSAGES } from "../schedule/messages";
import { COVERAGE_MESSAGES } from "../coverage/messages";
import { ATTENDANCE_MESSAGES } from "../attendance/messages";

/** The messages of a list of rules, by rule code. */
export type RuleMessages<Rules extends readonly { readonly code: string; readonly messages: MessageSet }[]> = {
  readonly [Each in Rules[number] as Each["code"]]: Each["messages"];
};

/**
 * The messages iopkit writes outside the subpath modules, in English, by finding code and variant:
 * every rule's and every finding of the schema, the options and the policies. Overrides and
 * translations are typed from it.
 */
export type EnglishCatalog = RuleMessages<typeof allRules> & typeof DAY_OPTION_MESSAGES & typeof POLICY_MESSAGES & typeof LOCALE_OPTION_MESSAGES & typeof PLAN_MESSAGES & typeof SCHEDULE_MESSAGES & typeof COVERAGE_MESSAGES & typeof ATTENDANCE_MESSAGES & typeof SCHEMA_MESSAGES & typeof ARGUMENT_MESSAGES & typeof RUN_MESSAGES;

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
  readonly [Code in keyof Catalog]: { readonly [Variant in keyof Catalog[Code]]: (params: TemplateParams<Catalog[Code][Variant]>, words: Words) => string };
};

/**
 * Every message the main entry writes in another language: each code and variant, each template
 * reading its finding's params. A language typed with it that lacks a code or a variant does not
 * compile (a plain `Locale` may leave codes out, written in English).
 *
 * @category Messages
 * @example
 * ```ts
 * type Message = CompleteTranslations["plan/diagnosis-required"]["default"];
 * ```
 */
export type CompleteTranslations = Translations<EnglishCatalog>;

/** Every English message of the main entry, by code and variant. */
export const ENGLISH_CATALOG: MessageCatalog = mergeCatalogs(
  Object.fromEntries(allRules.map((rule) => [rule.code, rule.messages])),
  DAY_OPTION_MESSAGES,
  POLICY_MESSAGES,
  LOCALE_OPTION_MESSAGES,
  PLAN_MESSAGES,
  SCHEDULE_MESSAGES,
  COVERAGE_MESSAGES,
  ATTENDANCE_MESSAGES,
  SCHEMA_MESSAGES,
  ARGUMENT_MESSAGES,
  RUN_MESSAGES,
);
