// Writes docs/rules.md from the rule catalog, so the reference cannot drift from the code.
import { writeFileSync } from "node:fs";
import { explainRule, ruleCatalog } from "../src/index";

const areas = [...new Set(ruleCatalog.map((rule) => rule.area))];
const lines = [
  "---",
  "title: Rules reference",
  "---",
  "",
  "# Rules reference",
  "",
  "Every rule iopkit runs, generated from `ruleCatalog`. Severity is shown per built-in policy",
  "(`off` means the policy turns it off); parameters are fields of `PolicyParams`.",
];
for (const area of areas) {
  lines.push("", `## ${area}`);
  for (const meta of ruleCatalog.filter((rule) => rule.area === area)) {
    const rule = explainRule(meta.code)!;
    lines.push(
      "",
      `### \`${rule.code}\``,
      "",
      rule.summary,
      "",
      `- Severity: ${Object.entries(rule.presets).map(([preset, setting]) => `${preset} **${setting}**`).join(", ")}`,
      `- Parameters: ${rule.params.length > 0 ? rule.params.map((param) => `\`${param}\``).join(", ") : "none"}`,
      `- Needs \`asOf\`: ${rule.needsAsOf === "partly" ? "partly: its checks of what is due or complete by a date run only with it" : rule.needsAsOf ? "yes" : "no"}`,
      `- Source: ${rule.source}`,
    );
  }
}
writeFileSync("docs/rules.md", `${lines.join("\n")}\n`);
console.log(`docs/rules.md: ${ruleCatalog.length} rules`);
