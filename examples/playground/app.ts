/// <reference lib="dom" />
// The playground page: loads a plan (an example, a file or pasted JSON), checks it with the chosen
// policy on the as-of day, and shows the summary, findings, a week, the measures and the coverage.
// Everything runs here: nothing is sent anywhere. Loaded by ./main.ts once zod is told not to
// compile.
import "uplot/dist/uPlot.min.css";
import "./style.css";
import examplePlans from "example-plans";
import { addDays, checkPlan, isDay, policies, PRESET_IDS, type CheckReport, type Day, type Locale, type TreatmentPlan } from "iopkit";
import { renderMeasures } from "./chart";
import { renderCoverage } from "./coverage";
import { el, fill } from "./dom";
import { renderDownloads } from "./downloads";
import { renderFindings, renderSummary } from "./findings";
import { mondayOf, renderWeek } from "./week";

/** The element with an id; the page's HTML has every one this script asks for. */
function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

const exampleSelect = byId<HTMLSelectElement>("example");
const fileInput = byId<HTMLInputElement>("file");
const planInput = byId<HTMLTextAreaElement>("plan-input");
const policySelect = byId<HTMLSelectElement>("policy");
const asOfInput = byId<HTMLInputElement>("as-of");
const weekInput = byId<HTMLInputElement>("week");
const status = byId("status");

/**
 * The language of the findings: the first of the browser's preferred languages iopkit writes
 * (Spanish or English); English when it writes none of them. The Spanish messages are loaded only
 * for a browser that prefers them.
 */
async function browserLocale(): Promise<"en" | Locale> {
  for (const tag of navigator.languages.length > 0 ? navigator.languages : [navigator.language]) {
    const language = tag.toLowerCase().split("-")[0];
    if (language === "es") return (await import("iopkit/locales/es")).es;
    if (language === "en") return "en";
  }
  return "en";
}

const locale = await browserLocale();

/** The plan last checked, when it parsed. */
let plan: TreatmentPlan | undefined;

/** Today in the browser's own time zone: the page's default as-of day (the library never reads a clock). */
function today(): Day {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** The as-of day, when the field holds one. */
function asOf(): Day | undefined {
  return isDay(asOfInput.value) ? asOfInput.value : undefined;
}

/** The week shown: the one holding the as-of day while the plan runs, else the admission week. */
function defaultWeek(checked: TreatmentPlan): Day {
  const day = asOf();
  const { admitted, discharged, plannedDischarge } = checked.period;
  const last = discharged ?? plannedDischarge;
  return mondayOf(day !== undefined && day >= admitted && (last === undefined || day <= last) ? day : admitted);
}

/** Shows the week starting on the week field's day. */
function showWeek(): void {
  const body = byId("week-body");
  if (!plan) fill(body, [el("p", {}, "Load a plan that reads correctly to see its week.")]);
  else if (!isDay(weekInput.value)) fill(body, [el("p", {}, "Choose the first day of the week.")]);
  else fill(body, renderWeek(plan, weekInput.value, locale));
}

/** Shows a report and, when the plan parsed, its week, measures and coverage. */
function show(report: CheckReport, newPlan: boolean): void {
  plan = report.plan;
  fill(byId("summary-body"), renderSummary(report));
  fill(byId("findings-body"), renderFindings(report.findings, locale));
  if (plan && (newPlan || !isDay(weekInput.value))) weekInput.value = defaultWeek(plan);
  showWeek();
  if (plan) {
    renderMeasures(plan, byId("measures-body"));
    fill(byId("coverage-body"), renderCoverage(plan, asOf(), locale));
    fill(byId("downloads-body"), renderDownloads(plan, locale));
  } else {
    fill(byId("measures-body"), [el("p", {}, "Load a plan that reads correctly to see its measures.")]);
    fill(byId("coverage-body"), [el("p", {}, "Load a plan that reads correctly to see its coverage.")]);
    fill(byId("downloads-body"), [el("p", {}, "Load a plan that reads correctly to download its files.")]);
  }
}

/** Checks the text in the plan field; `newPlan` moves the week to the plan's. */
function check(newPlan: boolean): void {
  let input: unknown;
  try {
    input = JSON.parse(planInput.value);
  } catch {
    status.textContent = "The plan is not valid JSON.";
    plan = undefined;
    fill(byId("summary-body"), [el("p", {}, "✗ Nothing checked: the text is not JSON.")]);
    for (const id of ["findings-body", "measures-body", "coverage-body", "downloads-body"]) fill(byId(id), []);
    showWeek();
    return;
  }
  const day = asOf();
  const report = checkPlan(input, { policy: PRESET_IDS.find((id) => id === policySelect.value), locale, ...(day === undefined ? {} : { asOf: day }) });
  status.textContent = `Checked with the ${policySelect.selectedOptions[0]?.text ?? ""} policy${day === undefined ? " without an as-of day" : ` as of ${day}`}: ${report.ok ? "passes" : "does not pass"}.`;
  show(report, newPlan);
}

/** Puts a plan's text in the plan field and checks it. */
function load(text: string): void {
  planInput.value = text;
  check(true);
}

for (const name of Object.keys(examplePlans)) exampleSelect.append(el("option", { value: name }, name));
for (const policy of Object.values(policies)) policySelect.append(el("option", { value: policy.id }, policy.name));
asOfInput.value = today();

exampleSelect.addEventListener("change", () => {
  const example = examplePlans[exampleSelect.value];
  if (example !== undefined) load(JSON.stringify(example, null, 2));
});
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void file.text().then(load);
});
byId("check").addEventListener("click", () => check(true));
policySelect.addEventListener("change", () => check(false));
asOfInput.addEventListener("change", () => check(false));
weekInput.addEventListener("change", showWeek);
for (const [id, days] of [["previous-week", -7], ["next-week", 7]] as const) {
  byId(id).addEventListener("click", () => {
    if (!isDay(weekInput.value)) return;
    weekInput.value = addDays(weekInput.value, days);
    showWeek();
  });
}
// Ready: the controls answer from now on.
for (const id of ["plan-controls", "week-controls"]) byId<HTMLFieldSetElement>(id).disabled = false;
