import { explainRule, ruleCatalog, suggestRuleCodes } from "../../rules/catalog";
import type { CommandContext } from "../context";
import { table } from "../format";
import { displayName, UsageError } from "../io";
import { choiceOption, parseOptions } from "../options";

export const rulesHelp = `Usage: iopkit rules [CODE] [--format table|json]

Lists every rule in the catalog, or explains one: summary, severity under each preset,
the policy parameters it reads and its source.`;

/** `iopkit rules [CODE]`: the catalog, or one rule explained. */
export function rules(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseOptions(args, { format: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return context.out(rulesHelp), 0;
  const format = choiceOption("format", values.format, ["table", "json"] as const, "table");
  const [code] = positionals;
  if (code === undefined) {
    if (format === "json") return context.out(JSON.stringify(ruleCatalog.map((rule) => explainRule(rule.code)), null, 2)), 0;
    context.out(table(["rule", "default", "summary"], ruleCatalog.map((rule) => [rule.code, rule.defaultSeverity, rule.summary])));
    return 0;
  }
  const explanation = explainRule(code);
  if (!explanation) {
    const suggestions = suggestRuleCodes(code);
    throw new UsageError(`unknown rule ${displayName(code)}${suggestions.length > 0 ? `; did you mean ${suggestions.join(" or ")}?` : ""}`);
  }
  if (format === "json") return context.out(JSON.stringify(explanation, null, 2)), 0;
  context.out(
    [
      explanation.code,
      `  ${explanation.summary}`,
      `  severity: ${Object.entries(explanation.presets).map(([preset, setting]) => `${preset} ${setting}`).join(", ")}`,
      `  parameters: ${explanation.params.length > 0 ? explanation.params.join(", ") : "none"}`,
      `  needs --as-of: ${explanation.needsAsOf === "partly" ? "partly (its checks of what is due by a date)" : explanation.needsAsOf ? "yes" : "no"}`,
      `  source: ${explanation.source}`,
    ].join("\n"),
  );
  return 0;
}
