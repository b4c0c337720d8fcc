import type { Finding } from "../core/finding";
import type { Locale } from "../core/messages";
import type { Policy } from "../policy/types";
import { formatFinding, type MessageOverrides } from "./format-finding";

/**
 * Findings written in the language asked for, with the policy's own wording for that language:
 * the same findings when it is English and the policy rewords nothing.
 */
export function localizeFindings(findings: readonly Finding[], locale: "en" | Locale | undefined, policy: Policy | undefined): readonly Finding[] {
  const chosen = locale === undefined || locale === "en" ? undefined : locale;
  const overrides: MessageOverrides | undefined = policy?.messages?.[chosen?.tag ?? "en"];
  if (!chosen && !overrides) return findings;
  return findings.map((finding) => ({ ...finding, message: formatFinding(finding, { locale: chosen ?? "en", ...(overrides ? { messages: overrides } : {}) }) }));
}
