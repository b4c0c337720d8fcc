/// <reference lib="dom" />
import { explainRule, formatFinding, policies, type CheckReport, type Finding, type FindingPath, type Locale, type Severity } from "iopkit";
import { el, words, type Child } from "./dom";

/** Severities from the most to the least serious, with their headings. */
const SEVERITIES: readonly { readonly severity: Severity; readonly label: string; readonly plural: string }[] = [
  { severity: "error", label: "Error", plural: "Errors" },
  { severity: "warning", label: "Warning", plural: "Warnings" },
  { severity: "info", label: "Info", plural: "Information" },
];

/** Singular names of the plan's lists, for "session 3" rather than "sessions [2]". */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  activities: "activity",
  appointments: "appointment",
  assessments: "assessment",
  careTeam: "care-team member",
  commitments: "commitment",
  diagnoses: "diagnosis",
  goals: "goal",
  interventions: "intervention",
  medications: "medication",
  objectives: "objective",
  problems: "problem",
  reviews: "review",
  sessions: "session",
};

/**
 * The field a finding is about, in words: `["schedule", "sessions", 2, "start"]` reads
 * "schedule › session 3 › start"; the root reads "the plan as a whole".
 */
export function fieldInWords(path: FindingPath): string {
  const parts: string[] = [];
  path.forEach((segment, index) => {
    if (typeof segment === "string") {
      if (typeof path[index + 1] !== "number") parts.push(words(segment));
      return;
    }
    const list = path[index - 1];
    const name = typeof list === "string" ? (ITEM_NAMES[list] ?? words(list)) : "item";
    parts.push(`${name} ${segment + 1}`);
  });
  return parts.length === 0 ? "the plan as a whole" : parts.join(" › ");
}

/** The summary: whether the plan passes, and counts by severity. */
export function renderSummary(report: CheckReport): Child[] {
  const verdict = report.ok ? "✓ The plan passes: no errors." : "✗ The plan does not pass: it has errors.";
  return [
    el("p", { class: report.ok ? "verdict ok" : "verdict not-ok" }, el("strong", {}, verdict)),
    el(
      "ul",
      { class: "counts" },
      SEVERITIES.map(({ severity, plural }) => el("li", {}, `${plural}: `, el("strong", {}, report.counts[severity]))),
      report.skipped.length > 0 && el("li", {}, `Rules not run without an as-of day: ${report.skipped.length}`),
    ),
  ];
}

/** The explanation of a rule: what it checks, where the requirement comes from, and how each policy sets it. */
function explanation(code: string): Node {
  const rule = explainRule(code);
  if (!rule) return el("p", {}, "This finding comes from reading the plan (its shape and values), not from a rule of the catalog.");
  return el(
    "dl",
    {},
    el("dt", {}, "Checks"),
    el("dd", {}, rule.summary),
    el("dt", {}, "Source"),
    el("dd", {}, rule.source),
    el("dt", {}, "Default severity"),
    el("dd", {}, rule.defaultSeverity),
    rule.params.length > 0 && [el("dt", {}, "Policy parameters"), el("dd", {}, rule.params.join(", "))],
    el("dt", {}, "Setting in each policy"),
    el("dd", {}, Object.entries(rule.presets).map(([id, setting]) => `${Object.values(policies).find((policy) => policy.id === id)?.name ?? id}: ${setting}`).join("; ")),
  );
}

/** The language tag of text written in a locale, for the element that holds it (the page itself is English). */
export function langOf(locale: "en" | Locale): string {
  return locale === "en" ? "en" : locale.tag;
}

/** One finding, its message in the locale's language and the rest in the page's, with its explanation built when the reader opens it. */
function findingItem(finding: Finding, label: string, locale: "en" | Locale): HTMLElement {
  const details = el("details", {}, el("summary", {}, "Explain ", el("code", {}, finding.rule)));
  details.addEventListener("toggle", () => details.open && details.childElementCount === 1 && details.append(explanation(finding.rule)));
  return el(
    "li",
    { "data-testid": "finding", "data-rule": finding.rule, "data-severity": finding.severity, class: `finding ${finding.severity}` },
    el("p", {}, el("span", { class: "badge" }, label), " ", el("code", {}, finding.rule)),
    el("p", { class: "message", lang: langOf(locale) }, finding.message),
    el("p", { class: "field-words" }, "About: ", fieldInWords(finding.path)),
    details,
  );
}

/** The findings grouped by severity, most serious first, each group in report order, their messages written in `locale`. */
export function renderFindings(findings: readonly Finding[], locale: "en" | Locale): Child[] {
  if (findings.length === 0) return [el("p", {}, "No findings.")];
  return SEVERITIES.flatMap(({ severity, label, plural }) => {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) return [];
    return [el("h3", {}, `${plural} (${group.length})`), el("ul", { class: "findings" }, group.map((finding) => findingItem(finding, label, locale)))];
  });
}

/** The findings of a panel's own call (the week, the coverage, a download) as a list in the page's language. */
export function findingList(findings: readonly Finding[], locale: "en" | Locale): HTMLUListElement {
  return el("ul", { lang: langOf(locale) }, findings.map((finding) => el("li", {}, formatFinding(finding, { locale }))));
}
