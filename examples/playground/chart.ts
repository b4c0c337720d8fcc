/// <reference lib="dom" />
import uPlot from "uplot";
import { scoreAssessment, type AssessmentScore, type TreatmentPlan } from "iopkit";
import { el, fill } from "./dom";

/** The instruments the chart follows, each with its own color and dash so lines differ by more than color. */
const LINES = [
  { instrument: "PHQ-9", stroke: "#1d4ed8", dash: [] as number[] },
  { instrument: "GAD-7", stroke: "#b45309", dash: [8, 4] },
] as const;

/** The chart on the page, destroyed before the next one is drawn (it listens to the window). */
let drawn: uPlot | undefined;

/** Seconds since the epoch of a day's UTC midnight (the chart's x axis is in UTC, so days never shift). */
function seconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/** Totals of the followed instruments, in date order; unscorable assessments are left out. */
function totals(plan: TreatmentPlan): AssessmentScore[] {
  return (plan.assessments ?? [])
    .filter((assessment) => LINES.some((line) => line.instrument === assessment.instrument))
    .flatMap((assessment) => {
      const score = scoreAssessment(assessment);
      return score.success ? [score.data] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The objectives' targets for the followed instruments, such as "PHQ-9 < 5". */
function targets(plan: TreatmentPlan): { readonly instrument: string; readonly op: string; readonly value: number }[] {
  return plan.problems.flatMap((problem) =>
    problem.goals.flatMap((goal) =>
      goal.objectives.flatMap((objective) => {
        const measure = objective.measure;
        if (!measure || !LINES.some((line) => line.instrument === measure.instrument)) return [];
        return [{ instrument: measure.instrument, op: measure.target.op, value: measure.target.value }];
      }),
    ),
  );
}

/**
 * PHQ-9 and GAD-7 totals over time with each objective's target as a dotted line (uPlot), and the
 * same values as a table for readers who do not see the chart, into `container`.
 */
export function renderMeasures(plan: TreatmentPlan, container: HTMLElement): void {
  drawn?.destroy();
  drawn = undefined;
  const scores = totals(plan);
  if (scores.length === 0) {
    fill(container, [el("p", {}, "The plan records no scorable PHQ-9 or GAD-7 assessment.")]);
    return;
  }
  const goals = targets(plan);
  const days = [...new Set(scores.map((score) => score.date))];
  const x = days.map(seconds);
  const lines = LINES.filter((line) => scores.some((score) => score.instrument === line.instrument));
  const data: uPlot.AlignedData = [
    x,
    ...lines.map((line) => days.map((day) => scores.find((score) => score.date === day && score.instrument === line.instrument)?.total ?? null)),
    ...goals.map((goal) => x.map(() => goal.value)),
  ];
  const description = `Totals of ${lines.map((line) => line.instrument).join(" and ")} from ${days[0]} to ${days.at(-1)}${goals.length > 0 ? `, with targets ${goals.map((goal) => `${goal.instrument} ${goal.op} ${goal.value}`).join(", ")}` : ""}.`;
  const chart = el("div", { "data-testid": "measure-chart", class: "chart", role: "img", "aria-label": description });
  const options: uPlot.Options = {
    width: Math.max(320, Math.min(container.clientWidth, 900)),
    height: 280,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
    scales: { x: { time: true }, y: { range: (_, _min, max) => [0, Math.max(max, ...goals.map((goal) => goal.value)) + 2] } },
    axes: [{}, { label: "Total score" }],
    series: [
      { label: "Date" },
      ...lines.map((line) => ({ label: `${line.instrument} total`, stroke: line.stroke, dash: [...line.dash], width: 2, spanGaps: true, points: { show: true, size: 7 } })),
      ...goals.map((goal) => ({ label: `Target ${goal.instrument} ${goal.op} ${goal.value}`, stroke: LINES.find((line) => line.instrument === goal.instrument)?.stroke ?? "#444", dash: [2, 4], width: 1.5, points: { show: false } })),
    ],
  };
  const table = el(
    "table",
    {},
    el("caption", {}, "Totals by date"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Date"), el("th", { scope: "col" }, "Instrument"), el("th", { scope: "col" }, "Total"), el("th", { scope: "col" }, "Severity band"))),
    el("tbody", {}, scores.map((score) => el("tr", {}, el("td", {}, score.date), el("td", {}, score.instrument), el("td", {}, score.total), el("td", {}, score.band ?? "—")))),
  );
  fill(container, [chart, el("p", {}, description), el("details", {}, el("summary", {}, "Values as a table"), table)]);
  drawn = new uPlot(options, data, chart);
}
