import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RuleContext } from "../../src/core/rule";
import { MEDICATION_CLASSES, medicationReviews, parsePlan, validatePlan, type ProtocolId, type TreatmentPlan } from "../../src/index";
import { MONITORING_PROTOCOLS, PROTOCOLS, REVIEW_PROTOCOLS } from "../../src/medication/protocols";
import { medicationClasses } from "../../src/medication/due";
import { lithiumLevel } from "../../src/medication/protocols/lithium-level";
import { medicationRules } from "../../src/medication/rules";
import type { PolicyParams } from "../../src/policy/params";
import { policies } from "../../src/policy/presets";
import { ruleCatalog } from "../../src/rules/catalog";
import { cleanPlan, withEdits } from "../helpers/plans";

/** A 20-year-old on a medication of every class, each started on admission and changed two weeks on (one then stopped), with no review on record. */
const everyClass = withEdits(cleanPlan(), (draft) => {
  draft.participant.birthDate = "2006-01-20";
  draft.medications = MEDICATION_CLASSES.map((medicationClass, index) => ({
    id: `med-${index}`,
    name: `medication ${index}`,
    class: medicationClass,
    events: [
      { date: "2026-03-09", kind: "start" as const },
      { date: "2026-03-23", kind: "dose-change" as const },
      ...(medicationClass === "other" ? [{ date: "2026-04-06", kind: "stop" as const }] : []),
    ],
  }));
});

/** The plans the parameter reads are recorded over: the fixtures, the test plan, and every class. */
const plans: readonly TreatmentPlan[] = [
  parsePlan(JSON.parse(readFileSync(new URL("../fixtures/reference-plan.json", import.meta.url), "utf8"))),
  cleanPlan(),
  everyClass,
];

/** Every parameter set the plans are run under: each preset, and each metabolic schedule. */
const paramSets: readonly PolicyParams[] = [
  ...Object.values(policies).map((policy) => policy.params),
  { ...policies.default.params, metabolicSchedule: "apa-2020" },
];

/** The policy parameters with every key read recorded in `read`. */
function recording(params: PolicyParams, read: Set<string>): PolicyParams {
  return new Proxy(params, {
    get(target, key, receiver) {
      if (typeof key === "string") read.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
}

describe("the protocol registry", () => {
  it("lists the review cadences, then the monitoring protocols, each id once", () => {
    expect(PROTOCOLS).toEqual([...REVIEW_PROTOCOLS, ...MONITORING_PROTOCOLS]);
    const ids = PROTOCOLS.map((protocol) => protocol.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = PROTOCOLS.map((protocol) => protocol.rule.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("every protocol's rule is in the catalog, in protocol order among the medication rules", () => {
    for (const protocol of PROTOCOLS) expect(ruleCatalog).toContain(protocol.rule);
    const protocolRules = new Set<unknown>(PROTOCOLS.map((protocol) => protocol.rule));
    expect(medicationRules.filter((rule) => protocolRules.has(rule))).toEqual(PROTOCOLS.map((protocol) => protocol.rule));
  });

  it("every protocol's rule reports that protocol's overdue items, and only those", () => {
    const asOf = everyClass.period.plannedDischarge;
    const findings = validatePlan(everyClass, { asOf }).findings;
    const items = medicationReviews(everyClass, { asOf });
    if (!items.success) throw new Error("medicationReviews failed");
    for (const protocol of PROTOCOLS) {
      const reported = findings.filter((finding) => finding.rule === protocol.rule.code && finding.params?.protocol !== undefined);
      const overdue = items.data.filter((item) => item.protocol === protocol.id && item.status === "overdue");
      expect(overdue.length).toBeGreaterThan(0);
      expect(reported.map((finding) => [finding.params?.protocol, finding.params?.due])).toEqual(overdue.map((item) => [protocol.id, item.due]));
    }
  });

  it("ProtocolId and the medication rule codes are literal types read from the registry", () => {
    const id: ProtocolId = "lithium-level";
    // @ts-expect-error: not a protocol id
    const unknownId: ProtocolId = "lithium-levels";
    const code: (typeof medicationRules)[number]["code"] = "medication/monitoring-lithium";
    // @ts-expect-error: not a medication rule code
    const unknownCode: (typeof medicationRules)[number]["code"] = "medication/monitoring-lithum";
    expect([id, code]).toEqual([lithiumLevel.id, lithiumLevel.rule.code]);
    expect(PROTOCOLS.map((protocol) => protocol.id)).not.toContain(unknownId);
    expect(medicationRules.map((rule) => rule.code)).not.toContain(unknownCode);
  });

  it("every ProtocolId medicationReviews reports belongs to one protocol of the registry", () => {
    const items = medicationReviews(everyClass, { asOf: everyClass.period.plannedDischarge });
    if (!items.success) throw new Error("medicationReviews failed");
    const ids = new Set(items.data.map((item) => item.protocol));
    expect([...ids].sort()).toEqual(PROTOCOLS.map((protocol) => protocol.id).sort());
  });
});

describe("parameters a medication rule declares", () => {
  it("are exactly those its protocol's generator reads", () => {
    for (const protocol of PROTOCOLS) {
      const read = new Set<string>();
      for (const plan of plans) {
        for (const params of paramSets) {
          protocol.generate({ plan, params: recording(params, read), to: plan.period.plannedDischarge, classes: medicationClasses(plan), lastLab: () => undefined });
        }
      }
      expect([...read].sort(), protocol.id).toEqual([...protocol.rule.params].sort());
    }
  });

  it("are exactly those its check reads", () => {
    for (const rule of medicationRules) {
      const read = new Set<string>();
      for (const plan of plans) {
        for (const params of paramSets) {
          const derived = new Map<unknown, unknown>();
          const ctx: RuleContext = {
            plan,
            params: recording(params, read),
            asOf: plan.period.plannedDischarge,
            derive(compute) {
              if (!derived.has(compute)) derived.set(compute, compute(plan, ctx));
              return derived.get(compute) as never;
            },
          };
          (rule.check as (ctx: RuleContext) => unknown)(ctx);
        }
      }
      expect([...read].sort(), rule.code).toEqual([...rule.params].sort());
    }
  });
});
