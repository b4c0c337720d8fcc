import type { Finding, FindingPath } from "../core/finding";
import { optionFindingFrom } from "../core/options";

/** The messages of a `locale` option that is neither `"en"` nor a locale. */
export const LOCALE_OPTION_MESSAGES = {
  "engine/invalid-option": {
    locale: () => 'The locale option must be "en" or a locale object, such as es from "iopkit/locales/es" (a valid BCP 47 tag, the words for list items and the messages by code), not a language name.',
  },
} as const;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether `Intl` takes a tag. */
function isLanguageTag(tag: unknown): boolean {
  if (typeof tag !== "string") return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The finding for a `locale` option that is neither absent, `"en"` nor a {@link Locale}, or none. */
export function localeFindings(locale: unknown, path: FindingPath = ["locale"]): Finding[] {
  if (locale === undefined || locale === "en") return [];
  if (isRecord(locale) && isLanguageTag(locale.tag) && isRecord(locale.items) && isRecord(locale.messages)) return [];
  return [optionFindingFrom(LOCALE_OPTION_MESSAGES["engine/invalid-option"], path, { variant: "locale" })];
}
