import { describe, expect, it } from "vitest";
import {
  careObligations,
  checkLines,
  checkPlan,
  createPlan,
  definePolicy,
  deliveredCare,
  describeActivity,
  draftAftercarePlan,
  expandSchedule,
  fitSchedule,
  InputError,
  medicationReviews,
  objectiveProgress,
  parsePlan,
  PlanError,
  policies,
  PolicyError,
  safeDefinePolicy,
  scoreAssessment,
  templates,
  validatePlan,
  type Activity,
  type Policy,
  type TreatmentPlan,
} from "../../src/index";
import { toFhir } from "../../src/fhir";
import { toICalendar } from "../../src/ical";
import { cachedActivityCount, MAX_CACHED_ACTIVITIES } from "../../src/modalities/catalog";
import { cachedLanguageCount, MAX_CACHED_LANGUAGES } from "../../src/core/messages";
import { es } from "../../src/locales/es";
import { BASE_OPTIONS, cleanPlan, withEdits } from "../helpers/plans";

const rulesOf = (result: { success: boolean; findings?: readonly { rule: string }[] }) => (result.success ? [] : result.findings!.map((finding) => finding.rule));

/** An object every operation on which throws, as a hostile caller or a revoked proxy gives. */
function throwingProxy(): object {
  const fail = () => {
    throw new Error("trap");
  };
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
}

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 0; level < depth; level += 1) value = { daysPerWeek: value };
  return value;
}

describe("a policy option that is present but undefined", () => {
  // `policies.medicare` does not exist: from JavaScript it is `undefined`.
  const misspelt = (policies as unknown as Record<string, Policy | undefined>)["medicare"];

  it("is a policy/invalid-policy finding in every entry that takes a policy, not the default", () => {
    const plan = cleanPlan();
    const report = validatePlan(plan, { policy: misspelt, asOf: "2026-04-01" });
    expect(report.ok).toBe(false);
    expect(report.findings.map((finding) => [finding.rule, finding.path])).toEqual([["policy/invalid-policy", ["policy"]]]);
    expect(checkPlan(plan, { policy: misspelt }).findings.map((finding) => finding.rule)).toEqual(["policy/invalid-policy"]);
    expect(rulesOf(medicationReviews(plan, { asOf: "2026-04-01", policy: misspelt }))).toEqual(["policy/invalid-policy"]);
    expect(rulesOf(careObligations(plan, { asOf: "2026-04-01", policy: misspelt }))).toEqual(["policy/invalid-policy"]);
    expect(rulesOf(draftAftercarePlan(plan, { asOf: "2026-04-01", policy: misspelt }))).toEqual(["policy/invalid-policy"]);
    expect(rulesOf(templates.standardIop({ ...BASE_OPTIONS, policy: misspelt }))).toEqual(["policy/invalid-policy"]);
  });

  it("differs from an absent policy, which is the default", () => {
    const plan = cleanPlan();
    expect(validatePlan(plan, {}).ok).toBe(true);
    expect(templates.standardIop(BASE_OPTIONS).success).toBe(true);
  });
});

describe("policy merging", () => {
  it("reports a 20,000-deep params or extends without overflowing the stack", () => {
    expect(rulesOf(safeDefinePolicy({ params: nested(20_000) }))).toContain("schema/unrecognized_keys");
    expect(safeDefinePolicy({ extends: { ...policies.default, params: nested(20_000) } as unknown as Policy }).success).toBe(false);
    expect(checkPlan(cleanPlan(), { policy: { ...policies.default, params: nested(20_000) } as unknown as Policy }).ok).toBe(false);
  });

  it("reports a cyclic params and reads a cyclic extends only as deep as a policy goes", () => {
    const cyclic: Record<string, unknown> = { daysPerWeek: { max: 4 } };
    (cyclic.daysPerWeek as Record<string, unknown>).self = cyclic;
    expect(rulesOf(safeDefinePolicy({ params: cyclic }))).toEqual(["schema/unrecognized_keys"]);
    const selfExtending: Record<string, unknown> = { ...policies.default };
    selfExtending.extends = selfExtending;
    expect(safeDefinePolicy({ extends: selfExtending as unknown as Policy }).success).toBe(true);
  });
});

describe("templates.standardIop with a missing or mistyped option", () => {
  it("answers findings naming the option, never a TypeError", () => {
    const { admitted: _admitted, ...withoutAdmission } = BASE_OPTIONS;
    const missing = templates.standardIop(withoutAdmission as typeof BASE_OPTIONS);
    expect(missing.success || missing.findings.map((finding) => [finding.rule, finding.path])).toEqual([["schema/invalid_type", ["admitted"]]]);
    const cases: [string, unknown][] = [
      ["days", "mon"],
      ["diagnoses", undefined],
      ["weeks", Number.NaN],
      ["weeks", 1e9],
      ["sessionMinutes", -5],
      ["start", "25:00"],
      ["medications", "sertraline"],
      ["family", null],
    ];
    for (const [option, value] of cases) {
      const result = templates.standardIop({ ...BASE_OPTIONS, [option]: value });
      expect(result.success).toBe(false);
      expect(result.success || result.findings[0]?.path[0]).toBe(option);
    }
    expect(rulesOf(templates.standardIop(undefined as never))).toEqual(["schema/invalid_type"]);
    expect(rulesOf(templates.standardIop(throwingProxy() as never))).toEqual(["engine/invalid-argument"]);
  });
});

describe("a Proxy whose traps throw", () => {
  it("gives createPlan, safeDefinePolicy and the policy entries a finding, and definePolicy a PolicyError", () => {
    expect(rulesOf(createPlan(throwingProxy() as never))).toEqual(["engine/invalid-argument"]);
    expect(rulesOf(safeDefinePolicy(throwingProxy()))).toEqual(["engine/invalid-argument"]);
    expect(rulesOf(safeDefinePolicy({ params: throwingProxy() }))).toEqual(["engine/invalid-argument"]);
    expect(() => definePolicy(throwingProxy() as never)).toThrow(PolicyError);
    expect(validatePlan(cleanPlan(), throwingProxy() as never).findings.map((finding) => finding.rule)).toEqual(["engine/invalid-argument"]);
    expect(checkPlan(cleanPlan(), null as never).findings.map((finding) => finding.rule)).toEqual(["engine/invalid-argument"]);
  });

  it("makes a function that returns a plain value throw an InputError, a FindingsError", () => {
    expect(() => objectiveProgress(throwingProxy() as never)).toThrow(InputError);
    expect(() => objectiveProgress(null as never)).toThrow(/engine\/invalid-argument/);
  });
});

describe("scoreAssessment with answers that are not item scores", () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -0.5])("reports an item of %s instead of scoring it", (answer) => {
    const items = [1, answer, 1, 1, 1, 1, 1, 1, 0];
    const result = scoreAssessment({ instrument: "PHQ-9", date: "2026-03-09", items } as never);
    expect(result.success).toBe(false);
    expect(result.success || result.findings.map((finding) => [finding.rule, finding.path])).toEqual([["measures/valid-assessment", ["items", 1]]]);
  });

  it("reports an instrument it does not know, or one named after an Object.prototype key", () => {
    for (const instrument of ["PHQ-10", "__proto__", "constructor", "toString"]) {
      expect(rulesOf(scoreAssessment({ instrument, date: "2026-03-09", items: [] } as never))).toEqual(["engine/invalid-argument"]);
    }
  });

  it("still scores -0, which is the score 0", () => {
    const result = scoreAssessment({ instrument: "PHQ-9", date: "2026-03-09", items: [-0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(result.success && result.data.total).toBe(0);
  });
});

describe("PlanError.message", () => {
  it("never carries a path made of the input's own keys", () => {
    const secret = "Jane Doe lives at 12 Elm Street";
    const draft = { ...structuredClone(cleanPlan()), [secret]: true };
    expect(() => parsePlan(draft)).toThrow(PlanError);
    try {
      parsePlan(draft);
    } catch (error) {
      expect((error as PlanError).findings[0]?.path).toEqual([secret]);
      expect((error as PlanError).message).not.toContain("Jane");
      expect((error as PlanError).message).toContain("schema/unrecognized_keys");
    }
  });
});

describe("the cache of each language's words", () => {
  it("stays bounded when every call names another language tag, as tags taken from requests would", () => {
    const plan = withEdits(cleanPlan(), (draft) => void (draft.diagnoses = []));
    for (let index = 0; index < 500; index += 1) checkPlan(plan, { locale: { ...es, tag: `es-x-r${index}` } });
    expect(cachedLanguageCount()).toBeLessThanOrEqual(MAX_CACHED_LANGUAGES);
    expect(checkPlan(plan, { locale: es }).findings.map((finding) => finding.message)).toContain("El plan no tiene diagnóstico.");
  });
});

describe("the describeActivity cache", () => {
  it("stays bounded when fed unbounded combinations from unchecked input", () => {
    for (let index = 0; index < 5_000; index += 1) {
      describeActivity({ kind: "holistic", practice: `practice-${index}`, minutes: 30 } as unknown as Activity);
    }
    describeActivity({ kind: "holistic", practice: "x".repeat(1_000_000), minutes: 30 } as unknown as Activity);
    expect(cachedActivityCount()).toBeLessThanOrEqual(MAX_CACHED_ACTIVITIES);
    expect(describeActivity({ kind: "holistic", practice: "yoga", goalLinked: true, minutes: 45 }).medicareCategory).toBe("activity-therapy");
  });
});

describe("the calendar export, the FHIR writer, the schedule and the caseload stream on input never parsed or checked", () => {
  const withAppointmentEvery = (everyWeeks: number): TreatmentPlan =>
    ({ ...cleanPlan(), schedule: { ...cleanPlan().schedule, appointments: [{ day: "tue", start: "10:00", minutes: 50, modality: "individual-therapy", everyWeeks }] } }) as TreatmentPlan;

  it("answers an appointment repeating every 0 or -1 weeks with a finding in every function that dates the schedule, instead of looping", () => {
    for (const everyWeeks of [0, -1, 0.5]) {
      const plan = withAppointmentEvery(everyWeeks);
      expect(rulesOf(expandSchedule(plan))).toEqual(["engine/invalid-argument"]);
      expect(rulesOf(toICalendar(plan, { stamp: "2026-03-01T12:00:00Z" }))).toEqual(["engine/invalid-argument"]);
      expect(rulesOf(deliveredCare(plan, { asOf: "2026-04-01" }))).toEqual(["engine/invalid-argument"]);
    }
  });

  it("gives toICalendar and toFhir a finding for a plan or options that throw when read", () => {
    const stamp = "2026-03-01T12:00:00Z";
    expect(rulesOf(toICalendar({} as never, { stamp }))).toEqual(["engine/invalid-argument"]);
    expect(rulesOf(toICalendar({ ...cleanPlan(), id: 7 } as never, { stamp }))).toEqual(["engine/invalid-argument"]);
    expect(rulesOf(toICalendar(cleanPlan(), throwingProxy() as never))).toEqual(["engine/invalid-argument"]);
    expect(rulesOf(toFhir(cleanPlan(), throwingProxy() as never))).toEqual(["engine/invalid-argument"]);
    expect(rulesOf(toFhir(cleanPlan(), { get appointments(): never { throw new Error("getter"); } }))).toEqual(["engine/invalid-argument"]);
  });

  it("refuses a previousUids list longer than 100,000 at once, however sparse, and reports at most 100 entries that are not text", () => {
    const sparse: string[] = [];
    sparse.length = 100_000_000;
    const refused = toICalendar(cleanPlan(), { stamp: "2026-03-01T12:00:00Z", previousUids: sparse });
    expect(refused.success ? [] : refused.findings.map((finding) => [finding.rule, finding.variant, finding.params])).toEqual([["engine/invalid-option", "previousUids", { limit: 100_000 }]]);
    const numbers = toICalendar(cleanPlan(), { stamp: "2026-03-01T12:00:00Z", previousUids: Array.from({ length: 50_000 }, (_, index) => index) as never });
    expect(numbers.success ? 0 : numbers.findings.length).toBe(100);
  });

  it("makes checkLines throw an InputError for a source that is not iterable, and for a chunk that is neither text nor bytes", async () => {
    expect(() => checkLines(null as never)).toThrow(InputError);
    expect(() => checkLines(42 as never)).toThrow(InputError);
    await expect(async () => {
      for await (const verdict of checkLines([42 as never])) void verdict;
    }).rejects.toThrow(InputError);
  });

  it("refuses fitSchedule a limit of 0, as it refuses a step of 0", () => {
    const result = fitSchedule([], { limit: 0 });
    expect(result.success ? [] : result.findings.map((finding) => [finding.rule, finding.path])).toEqual([["engine/invalid-option", ["limit"]]]);
  });
});
