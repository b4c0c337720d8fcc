import { describe, expect, it } from "vitest";
import { authorizationStatus, checkPlan, estimateCost, formatFinding, validatePlan, type Finding, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { coverageRules } from "../../src/coverage/rules";
import { COVERAGE_MESSAGES } from "../../src/coverage/messages";
import { coverageMessagesEs, coverageRulesEs } from "../../src/locales/es/coverage";
import { toDraft } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";
import { expectWrittenFromParams, keyOf, keysOf, mutationFindings, rulesCatalog, spanish } from "./catalog-checks";

const locale = spanish(coverageRulesEs, coverageMessagesEs);
const CODES: readonly string[] = coverageRules.map((rule) => rule.code);
const twelveWeeks = cleanPlan({ weeks: 12 });

/** The plan with a coverage record. */
function covered(coverage: NonNullable<TreatmentPlanInput["coverage"]>, plan: TreatmentPlan = twelveWeeks): TreatmentPlan {
  return withEdits(plan, (draft) => void (draft.coverage = coverage));
}

/** The coverage findings of a plan, with `asOf` when given. */
function findingsIn(plan: TreatmentPlan, asOf?: string): Finding[] {
  return validatePlan(plan, asOf === undefined ? {} : { asOf }).findings.filter((finding) => CODES.includes(finding.rule));
}

/** Findings for the variants the mutations do not reach, and of the coverage functions. */
function targetedFindings(): Finding[] {
  const window = { start: "2026-03-09", end: "2026-06-01" };
  const draft = toDraft(covered({ payer: "commercial", authorization: window }));
  draft.coverage!.authorization!.end = "2026-03-01";
  const failed = (result: { success: boolean; findings?: readonly Finding[] }) => (result.success ? [] : [...result.findings!]);
  return [
    ...findingsIn(covered({ payer: "commercial" })),
    ...findingsIn(covered({ payer: "tricare" })),
    ...findingsIn(covered({ payer: "medicare" })),
    ...findingsIn(covered({ payer: "medicare", certification: { certifiedOn: "2026-03-10", recertifiedOn: [] } })),
    ...findingsIn(covered({ payer: "medicare", certification: { certifiedOn: "2026-03-09", recertifiedOn: ["2026-05-09"] } })),
    ...findingsIn(covered({ payer: "medicare", certification: { certifiedOn: "2026-03-09", recertifiedOn: [] } }), "2026-05-09"),
    ...findingsIn(covered({ payer: "commercial", authorization: { ...window, nextReview: "2026-04-06" } }), "2026-04-01"),
    ...findingsIn(covered({ payer: "commercial", authorization: { ...window, nextReview: "2026-04-06" } }), "2026-04-07"),
    ...findingsIn(covered({ payer: "commercial", authorization: { start: "2026-03-09", end: "2026-05-22", approvedDays: 1 } })),
    ...failed(authorizationStatus(covered({ payer: "self-pay" }), { asOf: "2026-04-01" })),
    ...failed(estimateCost(covered({ payer: "commercial", authorization: window }))),
    ...checkPlan(draft).findings.filter((finding) => finding.rule === "schema/period-order"),
  ];
}

describe("coverage messages", () => {
  const findings = [...mutationFindings(CODES), ...targetedFindings()];

  it("reach every code and variant of the coverage rules and functions", () => {
    const english = [...new Set([...keysOf(rulesCatalog(coverageRules)), ...keysOf(COVERAGE_MESSAGES)])].sort();
    expect([...new Set(findings.map(keyOf))].filter((key) => english.includes(key)).sort()).toEqual(english);
  });

  it("are written again from their params in English, and in Spanish", () => {
    expectWrittenFromParams(findings, locale);
  });

  it("have a Spanish message for every English one, and none more", () => {
    expect(keysOf(coverageRulesEs)).toEqual(keysOf(rulesCatalog(coverageRules)));
    expect(keysOf(coverageMessagesEs)).toEqual(keysOf(COVERAGE_MESSAGES));
  });

  it("name the payer, and count days with their plural", () => {
    const written = (finding: Finding) => [finding.message, formatFinding(finding, { locale })];
    expect(findingsIn(covered({ payer: "tricare" })).map(written)).toEqual([
      ["The TRICARE payer needs a prior authorization and none is recorded.", "La aseguradora (TRICARE) requiere una autorización previa y no consta ninguna."],
    ]);
    const oneDay = findingsIn(covered({ payer: "commercial", authorization: { start: "2026-03-09", end: "2026-05-29", approvedDays: 36 } }));
    expect(oneDay.map(written)).toEqual([
      [
        "1 scheduled program day falls outside the authorization (2026-03-09 to 2026-05-29), from 2026-06-01 to 2026-06-01.",
        "1 día de programa queda fuera de la autorización (del 2026-03-09 al 2026-05-29), del 2026-06-01 al 2026-06-01.",
      ],
    ]);
  });
});
