import { describe, expect, it } from "vitest";
import { validatePlan } from "../../src/index";
import { aftercareRules } from "../../src/aftercare/rules";
import { aftercareRulesEs } from "../../src/locales/es/aftercare";
import { cleanPlan, withEdits } from "../helpers/plans";
import { expectWrittenFromParams, keysOf, mutationFindings, spanish } from "./catalog-checks";

const es = spanish(aftercareRulesEs);

describe("aftercare messages", () => {
  it("are written from the catalog in English and in Spanish for every aftercare rule a mutation fires", () => {
    const findings = mutationFindings(aftercareRules.map((rule) => rule.code));
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(aftercareRules.map((rule) => rule.code)));
    expectWrittenFromParams(findings, es);
  });

  it("write the missing aftercare, a level of care that is no step down and the gaps of a safety plan", () => {
    const plan = withEdits(cleanPlan(), (draft) => {
      draft.risk = { suicide: "moderate", assessedOn: draft.period.admitted };
      draft.aftercare = {
        startedOn: draft.period.admitted,
        stepDownTo: "residential",
        components: [],
        safetyPlan: { writtenOn: draft.period.plannedDischarge, steps: [], crisisLine: "555" },
      };
    });
    const same = withEdits(plan, (draft) => {
      draft.aftercare!.stepDownTo = "intensive-outpatient";
      delete draft.aftercare!.safetyPlan!.writtenOn;
    });
    const findings = [plan, same].flatMap((each) => validatePlan(each, { asOf: each.period.plannedDischarge }).findings).filter((finding) => finding.rule.startsWith("aftercare/"));
    const said = new Set(findings.map((finding) => `${finding.rule} ${finding.variant ?? "default"}`));
    for (const expected of [
      "aftercare/step-down-level escalation",
      "aftercare/step-down-level same",
      "aftercare/safety-plan late",
      "aftercare/safety-plan undated",
      "aftercare/safety-plan step",
      "aftercare/safety-plan crisisLine",
      "aftercare/follow-up-window missing",
      "aftercare/medication-continuity missing",
    ]) {
      expect(said).toContain(expected);
    }
    expect(findings.map((finding) => finding.message)).toContain("The safety plan has no warning-signs step.");
    expectWrittenFromParams(findings, es);
  });

  it("have a Spanish message for every code and variant, and none other", () => {
    expect(keysOf(aftercareRulesEs)).toEqual(keysOf(Object.fromEntries(aftercareRules.map((rule) => [rule.code, rule.messages]))));
  });
});
