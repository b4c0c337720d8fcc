import { describe, expect, it, vi } from "vitest";
import { checkPlan, formatFinding, medicationReviews, validatePlan, type Finding, type TreatmentPlanInput } from "../../src/index";
import { ARGUMENT_MESSAGES } from "../../src/core/plan-error";
import { SCHEMA_MESSAGES, schemaFindings } from "../../src/core/schema-findings";
import { RUN_MESSAGES } from "../../src/rules/run-rules";
import { allRules } from "../../src/rules/registry";
import { argumentEs, runEs, schemaEs } from "../../src/locales/es/schema";
import { toDraft } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";
import { expectWrittenFromParams, keyOf, keysOf, spanish } from "./catalog-checks";

const es = spanish(schemaEs, argumentEs, runEs);
const english = { ...SCHEMA_MESSAGES, ...ARGUMENT_MESSAGES, ...RUN_MESSAGES };

/** The schema findings of the clean plan after an edit of its input. */
function broken(edit: (draft: TreatmentPlanInput & Record<string, unknown>) => void): Finding[] {
  const draft = structuredClone(toDraft(cleanPlan())) as TreatmentPlanInput & Record<string, unknown>;
  edit(draft);
  return checkPlan(draft).findings.filter((finding) => finding.rule.startsWith("schema/"));
}

/** Zod issues no plan input raises (the plan's schemas have no multiple, key or element checks, nor a union without a kind). */
const rareIssues = [
  { code: "invalid_union", errors: [], path: ["x"], message: "", input: 1 },
  { code: "invalid_format", format: "email", path: ["x"], message: "", input: "a" },
  { code: "not_multiple_of", divisor: 5, origin: "number", path: ["x"], message: "", input: 3 },
  { code: "invalid_key", origin: "map", issues: [], path: ["x"], message: "", input: 1 },
  { code: "invalid_element", origin: "map", key: "k", issues: [], path: ["x"], message: "", input: 1 },
] as unknown as Parameters<typeof schemaFindings>[0];

function engineFindings(): Finding[] {
  const unreadable = new Proxy({}, { get: () => { throw new Error("unreadable"); } });
  const rule = allRules.find((candidate) => candidate.code === "plan/goal-own-words")!;
  const spy = vi.spyOn(rule, "check").mockImplementation(() => {
    throw new Error("boom");
  });
  try {
    const reviews = medicationReviews(unreadable as never, { asOf: "2026-04-01" });
    return [
      ...(reviews.success ? [] : reviews.findings),
      ...validatePlan(cleanPlan()).findings.filter((finding) => finding.rule === "engine/rule-failed"),
    ];
  } finally {
    spy.mockRestore();
  }
}

describe("schema and engine messages", () => {
  const findings = [
    ...broken((draft) => void delete (draft as Partial<TreatmentPlanInput>).id),
    ...broken((draft) => void ((draft as Record<string, unknown>).id = 5)),
    ...broken((draft) => void (draft.id = "x".repeat(100))),
    ...broken((draft) => void (draft.id = "")),
    ...broken((draft) => void (draft.schedule.sessions[0]!.activities[0]!.minutes = 0)),
    ...broken((draft) => void (draft.schedule.sessions[0]!.activities[0]!.minutes = 1000)),
    ...broken((draft) => void ((draft as Record<string, unknown>).status = "bogus")),
    ...broken((draft) => void (draft.extra = true)),
    ...broken((draft) => void ((draft.schedule.sessions[0]!.activities[0] as Record<string, unknown>).kind = "bogus")),
    ...broken((draft) => void (draft.diagnoses[0]!.code = "bogus")),
    ...broken((draft) => void (draft.problems[0]!.statement = "   ")),
    ...broken((draft) => void (draft.period.admitted = "2026-02-30")),
    ...broken((draft) => void (draft.period.admitted = "03/09/2026")),
    ...broken((draft) => void (draft.schedule.sessions[0]!.start = "25:00")),
    ...broken((draft) => void (draft.timeZone = "Mars/Base")),
    ...schemaFindings(rareIssues),
    ...engineFindings(),
  ];

  it("the Spanish catalogs have every code and variant of the English ones, and no other", () => {
    expect(keysOf({ ...schemaEs, ...argumentEs, ...runEs })).toEqual(keysOf(english));
  });

  it("every code and variant is produced", () => {
    expect([...new Set(findings.map(keyOf))].sort()).toEqual(keysOf(english));
  });

  it("every finding is written from its params: the same English, a complete Spanish text", () => {
    expectWrittenFromParams(findings, es);
  });

  it("limits count characters and items with their plural, and the allowed values are a list of codes", () => {
    const text = (rule: string, path: string) => findings.find((finding) => finding.rule === rule && finding.path.join(".") === path)!;
    expect(text("schema/too_small", "id").message).toBe("Expected at least 1 character.");
    expect(formatFinding(text("schema/too_small", "id"), { locale: es })).toBe("Se requiere como mínimo 1 carácter.");
    expect(text("schema/too_big", "id").message).toBe("Expected at most 64 characters.");
    expect(formatFinding(text("schema/too_big", "id"), { locale: es })).toBe("Se admiten como máximo 64 caracteres.");
    expect(text("schema/invalid_value", "status").params).toEqual({ allowed: ["draft", "active", "completed", "discontinued"] });
    expect(text("schema/invalid_value", "status").message).toBe("Expected one of: draft, active, completed, or discontinued.");
    expect(formatFinding(text("schema/invalid_value", "status"), { locale: es })).toBe("Se esperaba uno de estos valores: draft, active, completed o discontinued.");
    const kind = text("schema/invalid_union", "schedule.sessions.0.activities.0.kind");
    expect(kind.message).toMatch(/^Unknown or missing kind; expected one of: [a-z-]+(, [a-z-]+)+, or break\.$/);
    expect(formatFinding(kind, { locale: es })).toMatch(/^Tipo desconocido o ausente; se esperaba uno de estos: [a-z-]+(, [a-z-]+)+ o break\.$/);
  });

  it("never repeat a day that is not on the calendar, such as a mistyped birth date, in the message or the params", () => {
    const [impossible, ...others] = broken((draft) => void (draft.participant.birthDate = "1985-02-30"));
    expect(others).toEqual([]);
    expect(impossible).toEqual({
      rule: "schema/invalid-day",
      severity: "error",
      path: ["participant", "birthDate"],
      variant: "impossible",
      message: "Not a day of the calendar: the month has no such day.",
    });
    expect(formatFinding(impossible!, { locale: es })).toBe("No es un día del calendario: el mes no tiene ese día.");
    expect(JSON.stringify(broken((draft) => void (draft.period.admitted = "2026-02-30")))).not.toContain("2026-02-30");
  });
});
