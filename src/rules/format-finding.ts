import type { Finding, FindingParams } from "../core/finding";
import { ENGLISH, wordsFor, type Locale, type MessageTemplate, type TemplateParams, type Words } from "../core/messages";
import { describeFindings, guardValue, InputError } from "../core/plan-error";
import { localeFindings } from "./locale-option";
import { ENGLISH_CATALOG, type EnglishCatalog } from "./messages";

/**
 * Messages an app or a policy writes in place of iopkit's, by finding code and variant: a template
 * function, or text with `{param}` placeholders. Only codes and variants iopkit has compile.
 *
 * @category Messages
 * @example
 * ```ts
 * const overrides: MessageOverrides = { "plan/diagnosis-required": { default: "Add a diagnosis before the plan is signed." } };
 * ```
 */
export type MessageOverrides = {
  readonly [Code in keyof EnglishCatalog]?: {
    readonly [Variant in keyof EnglishCatalog[Code]]?: string | ((params: TemplateParams<EnglishCatalog[Code][Variant]>, words: Words) => string);
  };
};

/**
 * How {@link formatFinding} writes: the language (`"en"`, the default, or a {@link Locale} such as
 * `es` from `iopkit/locales/es`) and messages that replace the language's own.
 *
 * @category Messages
 * @example
 * ```ts
 * const options: FormatOptions = { locale: "en", messages: { "plan/diagnosis-required": { default: "No diagnosis yet." } } };
 * ```
 */
export interface FormatOptions {
  readonly locale?: "en" | Locale;
  readonly messages?: MessageOverrides;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Text in which a template wrote out a param it lacked, or one that is no text or number. */
const SHOWS_MISSING_VALUE = /\bundefined\b|\bNaN\b|\[object \w+\]/;

/** Text with `{param}` placeholders filled from the params; an unknown placeholder stays as written. */
function fillPlaceholders(text: string, params: FindingParams, words: Words): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (typeof value === "number") return words.number(value);
    return typeof value === "string" ? value : words.list(value ?? []);
  });
}

/**
 * Writes a finding's message from its code, variant and params alone, in English (the finding's
 * own `message`, written the same way) or in a locale's language; an override comes before the
 * language's message. A code with no message in the language (a rule an app added) keeps its
 * English text, and so does a finding whose params cannot fill its template: a template that
 * throws, returns no text, or writes out a param the finding lacks (`undefined`, `NaN`).
 *
 * @param finding - a finding from any iopkit function
 * @param options - the language and the messages that replace its own
 * @returns the text
 * @throws `InputError` when `finding` is not a finding, or `options.locale` is neither `"en"` nor a locale object
 * @category Messages
 * @example
 * ```ts
 * const finding: Finding = {
 *   rule: "plan/diagnosis-required", severity: "error", path: ["diagnoses"], message: "The plan has no diagnosis.", params: { actual: 0, required: 1 },
 * };
 * formatFinding(finding) === finding.message; //=> true
 * formatFinding(finding, { messages: { "plan/diagnosis-required": { default: "Add a diagnosis ({actual} of {required})." } } }); //=> "Add a diagnosis (0 of 1)."
 * ```
 */
export function formatFinding(finding: Finding, options: FormatOptions = {}): string {
  const localeProblems = guardValue("options", () => localeFindings((options as FormatOptions | null | undefined)?.locale, ["options", "locale"]));
  if (localeProblems.length > 0) throw new InputError(describeFindings("The options", localeProblems), localeProblems);
  return guardValue("finding", () => {
    const locale = options.locale === undefined || options.locale === "en" ? undefined : options.locale;
    const variant = finding.variant ?? "default";
    const override = (options.messages as Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>> | undefined)?.[finding.rule]?.[variant];
    const template = override ?? (locale ? locale.messages : ENGLISH_CATALOG)[finding.rule]?.[variant];
    if (template === undefined) return finding.message;
    const words = wordsFor(locale ?? ENGLISH, finding.path);
    const params = finding.params ?? {};
    let text: unknown;
    try {
      text = typeof template === "string" ? fillPlaceholders(template, params, words) : typeof template === "function" ? (template as MessageTemplate)(params, words) : undefined;
    } catch {
      return finding.message;
    }
    return typeof text === "string" && !SHOWS_MISSING_VALUE.test(text) ? text : finding.message;
  });
}
