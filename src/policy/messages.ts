import type { Words } from "../core/messages";

/** "Did you mean a or b?" after a message, when there are suggestions. */
function didYouMean(suggestions: readonly string[] | undefined, words: Words): string {
  return suggestions && suggestions.length > 0 ? ` Did you mean ${words.list(suggestions, "or")}?` : "";
}

/** The messages of the findings about a policy itself, in English. */
export const POLICY_MESSAGES = {
  "policy/unknown-preset": {
    default: (p: { allowed: readonly string[]; suggestions?: readonly string[] }, words) =>
      `Unknown preset id; expected one of: ${words.list(p.allowed, "or")}.${didYouMean(p.suggestions, words)}`,
  },
  "policy/invalid-setting": {
    default: (p: { allowed: readonly string[] }, words) => `Expected one of: ${words.list(p.allowed, "or")}.`,
  },
  "policy/invalid-policy": {
    notPolicy: () => "A policy must be a preset id or a policy object.",
    rulesNotObject: () => "The policy's rules must be an object of rule settings.",
    idAndName: () => "A policy object needs an id and a name (text).",
    unreadable: () => "The policy object could not be read.",
    undefinedOption: () => "The policy option is present but undefined; leave it out for the default policy, or name a preset.",
    messagesNotObject: () => "The policy's messages must be an object of message overrides by language tag, rule code and variant.",
  },
  "policy/min-above-max": {
    default: () => "min is above max.",
    targetBand: () => "The session target band must lie inside min–max with targetMin ≤ targetMax.",
  },
  "policy/phase-order": {
    default: () => "Clozapine phases start at month 0 and increase.",
  },
  "policy/unknown-rule": {
    default: (p: { suggestions?: readonly string[] }, words) => `Unknown rule code.${didYouMean(p.suggestions, words)}`,
  },
  "policy/unknown-message": {
    code: (p: { suggestions?: readonly string[] }, words) => `No finding has this code, so it has no message to replace.${didYouMean(p.suggestions, words)}`,
    variant: (p: { allowed: readonly string[] }, words) => `This code has no message of that variant; its variants: ${words.list(p.allowed)}.`,
    notText: () => "A message override must be text with {param} placeholders or a function of the params.",
    languageTag: () => "The messages of a language are keyed by its BCP 47 tag, such as en, es or es-US; this key is none.",
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, (params: never, words: Words) => string>>>>;
