import { WEEKDAYS, type Weekday } from "./calendar";
import type { Finding, FindingParams, FindingPath, Severity } from "./finding";

/**
 * The forms of a word by plural category (`Intl.PluralRules`): `one` and `other` always, the
 * other categories where a language has them (`many` in Spanish millions, say); a category a
 * language uses but the forms lack falls back to `other`.
 *
 * @category Messages
 * @example
 * ```ts
 * const days: PluralForms = { one: "day", other: "days" };
 * ```
 */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
  readonly zero?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
}

/**
 * What a message template writes with, in the language it is written for: numbers, counts with
 * their plural form, lists and places in a plan, all through `Intl`.
 *
 * @category Messages
 * @example
 * ```ts
 * const say = (words: Words) => words.count(3, { one: "day", other: "days" });
 * ```
 */
export interface Words {
  /** The BCP 47 tag of the language, as `Intl` takes it. */
  readonly locale: string;
  /** A number as the language writes it, without grouping: `0.5` in English, `0,5` in Spanish. */
  number(value: number): string;
  /** A number with the plural form of its noun: `3 days`. */
  count(value: number, forms: PluralForms): string;
  /** The plural form a number takes, without the number. */
  plural(value: number, forms: PluralForms): string;
  /** A day of the week by name: `Monday` in English, `lunes` in Spanish. */
  weekday(day: Weekday): string;
  /** A list joined as the language joins one: `a, b and c`; `or` for alternatives. */
  list(items: readonly (string | number)[], type?: "and" | "or"): string;
  /**
   * A place in the plan in words: each list item by its name and number from 1
   * (`problem 1, goal 2`). Without a path, the place of the finding being written.
   */
  place(path?: FindingPath): string;
}

/**
 * A message: a function from the finding's params to its text in one language. It never sees the
 * plan, so it cannot repeat the plan's free text.
 *
 * @category Messages
 * @example
 * ```ts
 * const below: MessageTemplate<{ actual: number; min: number }> = (p, words) =>
 *   `The week holds ${words.count(p.actual, { one: "minute", other: "minutes" })}; the policy asks for at least ${p.min}.`;
 * ```
 */
export type MessageTemplate<Params extends FindingParams = FindingParams> = (params: Params, words: Words) => string;

/**
 * The messages of one finding code, by variant (`default` when the code has a single message).
 *
 * @category Messages
 * @example
 * ```ts
 * const messages: MessageSet = { default: () => "The plan has no diagnosis." };
 * ```
 */
export type MessageSet = { readonly [variant: string]: MessageTemplate<any> };

/**
 * Messages by finding code and variant, in one language.
 *
 * @category Messages
 * @example
 * ```ts
 * const catalog: MessageCatalog = { "plan/diagnosis-required": { default: () => "The plan has no diagnosis." } };
 * ```
 */
export type MessageCatalog = { readonly [code: string]: MessageSet };

/**
 * The params a template reads (any params for a template that reads none).
 *
 * @category Messages
 * @example
 * ```ts
 * type Read = TemplateParams<(p: { days: number }, words: Words) => string>; // { days: number }
 * ```
 */
export type TemplateParams<Template> = Template extends (params: infer Params, words: Words) => string ? (unknown extends Params ? FindingParams : Params) : never;

/**
 * What a producer of findings gives in place of text: the message variant and its params, typed
 * from the message set (`variant` may be left out for `default`; `params` for a template that
 * reads none).
 *
 * @category Messages
 * @example
 * ```ts
 * const said: MessageOf<{ late: MessageTemplate<{ days: number }> }> = { variant: "late", params: { days: 3 } };
 * ```
 */
export type MessageOf<Set extends MessageSet> = {
  [Variant in keyof Set & string]: (Variant extends "default" ? { readonly variant?: Variant } : { readonly variant: Variant }) &
    (FindingParams extends TemplateParams<Set[Variant]> ? { readonly params?: TemplateParams<Set[Variant]> } : { readonly params: TemplateParams<Set[Variant]> });
}[keyof Set & string];

/**
 * A language: its tag, the singular of each list a plan holds (for places such as `session 3`)
 * and its messages. iopkit writes English by itself; other languages are objects of this shape
 * (`import { es } from "iopkit/locales/es"`), and an app can write its own.
 *
 * @category Messages
 * @example
 * ```ts
 * const locale: Locale = { tag: "en-GB", items: {}, messages: {} };
 * ```
 */
export interface Locale {
  /** The BCP 47 tag `Intl` formats with. */
  readonly tag: string;
  /** The word for one item of each list of the plan (`sessions` → `session`); a list without one keeps its key. */
  readonly items: Readonly<Record<string, string>>;
  /** The messages, by finding code and variant; a code it lacks is written in English. */
  readonly messages: MessageCatalog;
}

/** English, the language iopkit writes its messages in: the words for places; the messages are the rules' own. */
export const ENGLISH = {
  tag: "en",
  items: {
    activities: "activity",
    appointments: "appointment",
    assessments: "assessment",
    careTeam: "care team member",
    commitments: "commitment",
    components: "component",
    diagnoses: "diagnosis",
    events: "event",
    goals: "goal",
    interventions: "intervention",
    medications: "medication",
    objectives: "objective",
    problems: "problem",
    reviews: "review",
    sessions: "session",
  },
} as const satisfies Pick<Locale, "tag" | "items">;

const PLURAL_CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

/** The words of a language that do not depend on the place a message is about. */
type LanguageWords = Omit<Words, "place">;

/** The words of each language by tag: building the `Intl` formatters costs far more than using them. */
const wordsByTag = new Map<string, LanguageWords>();

/**
 * Languages whose words are kept: an app writes in a few, but a tag taken from each request (an
 * Accept-Language header) could name thousands, each with its `Intl` formatters.
 */
export const MAX_CACHED_LANGUAGES = 64;

/** How many languages' words are kept. */
export function cachedLanguageCount(): number {
  return wordsByTag.size;
}

/** A value built on its first use. */
function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/**
 * The words of the language a tag names. Each `Intl` formatter is built when a message first
 * needs it: most messages need none, and building them all costs tens of milliseconds when the
 * library loads.
 */
function languageWords(tag: string): LanguageWords {
  const known = wordsByTag.get(tag);
  if (known !== undefined) return known;
  const weekdays = onFirstUse(() => {
    const weekday = new Intl.DateTimeFormat(tag, { weekday: "long", timeZone: "UTC" });
    // 1970-01-05 was a Monday: seven days from it name the weekdays in order.
    return WEEKDAYS.map((_, index) => weekday.format(Date.UTC(1970, 0, 5 + index)));
  });
  const plurals = onFirstUse(() => new Intl.PluralRules(tag));
  const numbers = onFirstUse(() => new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 20 }));
  const and = onFirstUse(() => new Intl.ListFormat(tag, { type: "conjunction" }));
  const or = onFirstUse(() => new Intl.ListFormat(tag, { type: "disjunction" }));
  const number = (value: number): string => numbers().format(value);
  const plural = (value: number, forms: PluralForms): string => {
    const category = plurals().select(value);
    return (PLURAL_CATEGORIES.has(category) ? forms[category as keyof PluralForms] : undefined) ?? forms.other;
  };
  const words: LanguageWords = {
    locale: tag,
    number,
    count: (value, forms) => `${number(value)} ${plural(value, forms)}`,
    plural,
    weekday: (day) => weekdays()[WEEKDAYS.indexOf(day)] ?? day,
    list: (items, type = "and") => (type === "and" ? and : or)().format(items.map((item) => (typeof item === "number" ? number(item) : item))),
  };
  if (wordsByTag.size >= MAX_CACHED_LANGUAGES) wordsByTag.clear();
  wordsByTag.set(tag, words);
  return words;
}

/** The words of a locale, writing about the place `at`. */
export function wordsFor(locale: Pick<Locale, "tag" | "items">, at: FindingPath): Words {
  return Object.assign({ place: (path: FindingPath = at) => placeIn(locale.items, path) }, languageWords(locale.tag));
}

/**
 * Writes a message in English from its set, variant and params, about the place `at`: the text
 * every finding carries in `message`.
 */
export function englishMessage(set: MessageSet, variant: string, params: FindingParams | undefined, at: FindingPath): string {
  const template = set[variant];
  if (!template) throw new Error(`No English message for the variant ${variant}.`);
  return template(params ?? {}, wordsFor(ENGLISH, at));
}

/**
 * A finding outside the rules (a schema issue, an option, a policy) written from a catalog: the
 * code's message for the variant, with its params. The catalog is the English one the module
 * declares, so {@link formatFinding} can write the same finding in another language.
 */
export function catalogFinding<Catalog extends MessageCatalog, Code extends keyof Catalog & string>(
  catalog: Catalog,
  code: Code,
  severity: Severity,
  path: FindingPath,
  said: MessageOf<Catalog[Code]>,
): Finding {
  const { variant = "default", params } = said as { variant?: string; params?: FindingParams };
  const finding = { rule: code, severity, path, message: englishMessage(catalog[code] as MessageSet, variant, params, path) };
  const withVariant = variant === "default" ? finding : { ...finding, variant };
  return params && Object.keys(params).length > 0 ? { ...withVariant, params } : withVariant;
}

/** A place in a plan in words: each list item by its name and its number counted from 1; keys that are not lists are left out. */
function placeIn(items: Readonly<Record<string, string>>, path: FindingPath): string {
  const names: string[] = [];
  path.forEach((segment, index) => {
    const list = path[index - 1];
    if (typeof segment !== "number" || typeof list !== "string") return;
    names.push(`${Object.hasOwn(items, list) ? items[list] : list} ${segment + 1}`);
  });
  return names.join(", ");
}

/**
 * Joins catalogs; sets of the same code join their variants, a later catalog's over an earlier
 * one's. `Catalog` is a catalog of another kind of message (an app's overrides, whose messages
 * may be text), given explicitly.
 */
export function mergeCatalogs<Catalog extends { readonly [code: string]: object | undefined } = MessageCatalog>(...catalogs: readonly NoInfer<Catalog>[]): Catalog {
  const merged: Record<string, object> = {};
  for (const catalog of catalogs) {
    for (const [code, set] of Object.entries(catalog)) merged[code] = { ...merged[code], ...set };
  }
  return merged as Catalog;
}
