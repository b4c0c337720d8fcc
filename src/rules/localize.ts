import type { Finding } from "../core/finding";
import { mergeCatalogs, type Locale } from "../core/messages";
import type { Policy, PolicyMessages } from "../policy/types";
import { formatFinding, type MessageOverrides } from "./format-finding";

/**
 * The tags a language falls back through, most specific first, as BCP 47 lookup does (RFC 4647):
 * `zh-Hant-TW`, `zh-Hant`, `zh`; a tag is cut before a single-letter subtag it would end in
 * (`en-US-u-ca-gregory` → `en-US`). Lower case, as tags are compared without case.
 */
function fallbackTags(tag: string): string[] {
  const subtags = tag.toLowerCase().split("-");
  return subtags.flatMap((_, index) => {
    const kept = subtags.slice(0, subtags.length - index);
    return kept.at(-1)?.length === 1 ? [] : [kept.join("-")];
  });
}

/**
 * A policy's wording for a language: its overrides for the language's tag and for each less
 * specific tag (`es-US`, then `es`), the most specific one's message first for each code and
 * variant; none when the policy has no wording for the language.
 */
function policyWording(messages: PolicyMessages | undefined, tag: string): MessageOverrides | undefined {
  if (messages === undefined) return undefined;
  const levels = fallbackTags(tag).flatMap((candidate) => Object.keys(messages).filter((key) => key.toLowerCase() === candidate).map((key) => messages[key]!));
  return levels.length === 0 ? undefined : mergeCatalogs<MessageOverrides>(...levels.reverse());
}

/**
 * Findings written in the language asked for, with the policy's own wording for that language
 * (or for its less specific tags: `es` for `es-US`): the same findings when it is English and the
 * policy rewords nothing.
 */
export function localizeFindings(findings: readonly Finding[], locale: "en" | Locale | undefined, policy: Policy | undefined): readonly Finding[] {
  const chosen = locale === undefined || locale === "en" ? undefined : locale;
  const overrides = policyWording(policy?.messages, chosen?.tag ?? "en");
  if (!chosen && !overrides) return findings;
  return findings.map((finding) => ({ ...finding, message: formatFinding(finding, { locale: chosen ?? "en", ...(overrides ? { messages: overrides } : {}) }) }));
}
