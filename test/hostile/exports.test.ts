import { describe, expect, it } from "vitest";
import * as iopkit from "../../src/index";
import { cleanPlan, deepFreeze } from "../helpers/plans";

type Exports = typeof iopkit;
/** The names of the functions `iopkit` exports (classes are constructed, not called). */
type FunctionName = { [Name in keyof Exports]: Exports[Name] extends (...args: never[]) => unknown ? Name : never }[keyof Exports];

const plan = deepFreeze(cleanPlan());
const asOf = { asOf: "2026-04-01" };
const activity = plan.schedule.sessions[0]!.activities[0]!;

/** Valid arguments for each exported function; every hostile value is tried in each position and each option. */
const SAMPLES: Record<FunctionName, readonly unknown[]> = {
  addDays: ["2026-01-01", 3],
  addMonths: ["2026-01-31", 1],
  aftercareReadiness: [plan, asOf],
  appointmentActivity: ["psychiatric", 30],
  assessmentTrend: [plan, "PHQ-9"],
  authorizationStatus: [plan, asOf],
  careObligations: [plan, asOf],
  checkLines: [[JSON.stringify(plan), "not json"], asOf],
  checkPlan: [plan, { ...asOf, policy: "medicare-iop" }],
  classFromName: ["sertraline"],
  countBySeverity: [[]],
  createPlan: [{ id: "p", timeZone: "UTC", participant: { id: "pt", ageGroup: "adult" }, period: { admitted: "2026-01-05", plannedDischarge: "2026-03-02" } }],
  daysBetween: ["2026-01-01", "2026-02-01"],
  deliveredCare: [plan, asOf],
  diffPlans: [plan, plan],
  definePolicy: [{ extends: "default", params: { daysPerWeek: { max: 4 } }, rules: { "plan/goal-own-words": "off" } }],
  defineRule: [{ code: "plan/example", summary: "An example.", defaultSeverity: "info", params: [], source: "clinic default", check: () => [] }],
  describeActivity: [activity],
  migratePlan: [JSON.parse(JSON.stringify(plan))],
  toDraft: [plan],
  updatePlan: [plan, (draft: { status: string }) => void (draft.status = "active")],
  describeModality: ["psychiatric"],
  draftAftercarePlan: [plan, asOf],
  effectiveClass: [plan.medications[0]],
  estimateCost: [plan, {}],
  formatFinding: [{ rule: "plan/diagnosis-required", severity: "error", path: ["diagnoses"], message: "The plan has no diagnosis.", params: { actual: 0, required: 1 } }, { locale: "en" }],
  expandSchedule: [plan, { from: "2026-03-09", to: "2026-03-20", closures: ["2026-03-11"] }],
  explainRule: ["plan/discharge-criteria"],
  fitSchedule: [plan, { preferredDays: ["mon", "tue"] }],
  formatPath: [["schedule", 1]],
  instrumentsForDiagnosis: ["F33.1"],
  isDay: ["2026-01-01"],
  isTimeZone: ["UTC"],
  isWallTime: ["09:00"],
  medicationReviews: [plan, { ...asOf, horizonDays: 30, policy: "default" }],
  objectiveProgress: [plan],
  parsePlan: [plan],
  perDiemCodes: [plan],
  resolvePolicy: ["default"],
  safeDefinePolicy: [{ extends: "asam-2.1" }],
  safeParsePlan: [plan],
  scoreAssessment: [{ instrument: "PHQ-9", date: "2026-01-01", items: [0, 1, 2, 3, 0, 1, 2, 3, 0] }],
  serviceDays: [plan, { from: "2026-03-09", to: "2026-03-20" }],
  suggestActivityCodes: [activity, "medicare"],
  suggestRuleCodes: ["plan/dischage-criteria"],
  summarizeModalityMix: [plan],
  summarizeWeek: [plan.schedule],
  validatePlan: [plan, asOf],
  weekdayOf: ["2026-01-01"],
};

/** Functions reached through an exported object. */
const MEMBERS: Record<string, readonly [(...args: never[]) => unknown, readonly unknown[]]> = {
  "templates.standardIop": [iopkit.templates.standardIop, [{ id: "p", participantId: "pt", admitted: "2026-03-09", days: ["mon"], start: "09:00", timeZone: "UTC", ageGroup: "adult", diagnoses: [{ code: "F33.1" }] }]],
};


function fail(): never {
  throw new Error("hostile trap");
}

function hostileValues(): [string, unknown][] {
  const cyclic: Record<string, unknown> = { id: "cycle" };
  cyclic.self = cyclic;
  const cyclicPlan: Record<string, unknown> = structuredClone(plan) as unknown as Record<string, unknown>;
  (cyclicPlan.participant as Record<string, unknown>).self = cyclicPlan;
  const getter = Object.defineProperty({}, "id", { enumerable: true, get: fail });
  const polluting = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "timeZone": "UTC"}') as unknown;
  const withPlan = (edit: (draft: Record<string, any>) => void): unknown => {
    const draft = structuredClone(plan) as unknown as Record<string, any>;
    edit(draft);
    return deepFreeze(draft);
  };
  const values: [string, unknown][] = [
    ["undefined", undefined],
    ["null", null],
    ["true", true],
    ["-0", -0],
    ["NaN", Number.NaN],
    ["Infinity", Number.NEGATIVE_INFINITY],
    ["a huge number", 1e308],
    ["a bigint", 10n],
    ["a symbol", Symbol("hostile")],
    ["a function", () => 1],
    ["an empty string", ""],
    ["a 10 MB string", "x".repeat(10 * 1024 * 1024)],
    ["a lone surrogate", "\uD800"],
    ["an array", []],
    ["an empty object", {}],
    ["a Proxy whose traps throw", new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail })],
    ["a Proxy of an array whose traps throw", new Proxy([], { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail })],
    ["a throwing getter", getter],
    ["a cyclic object", cyclic],
    ["a cyclic plan", cyclicPlan],
    ["symbol keys", { [Symbol("key")]: 1, id: "p" }],
    ["a frozen empty object", Object.freeze({})],
    ["__proto__ and constructor keys", polluting],
    ["a Date", new Date(0)],
    ["the zone Mars/Base", "Mars/Base"],
    ["the zone UTC+5", "UTC+5"],
    ["a zone with a NUL", "America/New\u0000York"],
    ["an impossible day", "2026-02-30"],
    ["an impossible wall time", "24:30"],
    ["a plan in Mars/Base", withPlan((draft) => (draft.timeZone = "Mars/Base"))],
    ["a plan with a NUL in its zone", withPlan((draft) => (draft.timeZone = "UTC\u0000"))],
    ["a plan with a Date for a day", withPlan((draft) => (draft.period.admitted = new Date(0)))],
    ["a plan with an impossible day", withPlan((draft) => (draft.period.plannedDischarge = "2026-02-30"))],
    ["a plan with an impossible start", withPlan((draft) => (draft.schedule.sessions[0].start = "25:61"))],
    ["a plan with NaN minutes", withPlan((draft) => (draft.schedule.sessions[0].activities[0].minutes = Number.NaN))],
    ["a plan with sessions as an object", withPlan((draft) => (draft.schedule.sessions = {}))],
    ["options with a Proxy policy", { asOf: "2026-04-01", policy: new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail }) }],
    ["options with a huge horizon", { asOf: "2026-04-01", horizonDays: 1e308 }],
  ];
  // Frozen, so that any attempt to change an input throws (ES modules run in strict mode).
  return values.map(([name, value]) => [name, typeof value === "object" && value !== null && !/Proxy|getter/.test(name) ? deepFreeze(value) : value]);
}

/** Every argument list to try: each hostile value alone, in each position and as each option of the samples. */
function argumentLists(sample: readonly unknown[], hostile: unknown): unknown[][] {
  const lists: unknown[][] = [[hostile]];
  sample.forEach((value, position) => {
    lists.push(sample.map((other, index) => (index === position ? hostile : other)));
    if (typeof value === "object" && value !== null && !Array.isArray(value) && value !== plan) {
      for (const key of Object.keys(value)) lists.push(sample.map((other, index) => (index === position ? { ...value, [key]: hostile } : other)));
    }
  });
  return lists;
}

/** What one call did that the contract rules out, or nothing. */
function violation(fn: (...args: never[]) => unknown, args: unknown[]): string | undefined {
  const started = performance.now();
  try {
    fn(...(args as never[]));
  } catch (error) {
    if (!(error instanceof iopkit.FindingsError)) return `threw ${error instanceof Error ? error.name : typeof error}: ${String((error as Error)?.message).slice(0, 80)}`;
  }
  const elapsed = performance.now() - started;
  return elapsed > 3_000 ? `took ${Math.round(elapsed)} ms` : undefined;
}

function corpusViolations(name: string, fn: (...args: never[]) => unknown, sample: readonly unknown[]): string[] {
  const found: string[] = [];
  for (const [label, hostile] of hostileValues()) {
    for (const args of argumentLists(sample, hostile)) {
      const problem = violation(fn, args);
      if (problem) found.push(`${name} with ${label} (${args.length} arguments): ${problem}`);
    }
  }
  return found;
}

const functionExports = Object.entries(iopkit).filter(([name, value]) => typeof value === "function" && !/^[A-Z]/.test(name));

describe("the hostile-input corpus", () => {
  it("has sample arguments for every function iopkit exports, so a new export must join it", () => {
    expect(functionExports.map(([name]) => name).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const [name, sample] of Object.entries(SAMPLES)) {
      const fn = iopkit[name as FunctionName] as (...args: never[]) => unknown;
      expect(() => fn(...(sample as never[])), name).not.toThrow();
    }
  });

  it("constructs each exported error class from anything without throwing", () => {
    for (const ErrorClass of [iopkit.FindingsError, iopkit.PlanError, iopkit.PolicyError, iopkit.InputError]) {
      for (const [, hostile] of hostileValues().slice(0, 12)) expect(() => new ErrorClass(String(hostile === undefined ? "" : typeof hostile), [])).not.toThrow();
    }
  });

  const guarded = [...functionExports.map(([name]) => name), ...Object.keys(MEMBERS)];
  it.each(guarded)("%s returns findings or throws a FindingsError for every hostile value, within 3 s, leaving its input and Object.prototype alone", (name) => {
    const [fn, sample] = Object.hasOwn(MEMBERS, name) ? MEMBERS[name]! : [iopkit[name as FunctionName] as (...args: never[]) => unknown, SAMPLES[name as FunctionName]];
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
    expect(corpusViolations(name, fn, deepFreeze(sample))).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
