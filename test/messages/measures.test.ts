import { describe, expect, it } from "vitest";
import { formatFinding, scoreAssessment, validatePlan, type Finding, type TreatmentPlan } from "../../src/index";
import { measuresRules } from "../../src/measures/rules";
import { measuresRulesEs } from "../../src/locales/es/measures";
import { cleanPlan, withEdits } from "../helpers/plans";
import { expectWrittenFromParams, keyOf, keysOf, mutationFindings, rulesCatalog, spanish } from "./catalog-checks";

const locale = spanish(measuresRulesEs);
const CODES: readonly string[] = measuresRules.map((rule) => rule.code);
const screen = { instrument: "C-SSRS" as const, date: "2026-03-09", items: [0, 0, 0, 0, 0, 0] };
const phq9 = (date: string) => ({ instrument: "PHQ-9" as const, date, items: [1, 1, 1, 1, 1, 1, 1, 1, 0] });

/** The measures findings of a plan, with `asOf` when given. */
function findingsIn(plan: TreatmentPlan, asOf?: string): Finding[] {
  return validatePlan(plan, asOf === undefined ? {} : { asOf }).findings.filter((finding) => CODES.includes(finding.rule));
}

/** Findings for the variants the mutations do not reach, and of `scoreAssessment`. */
function targetedFindings(): Finding[] {
  const phqOn = (...dates: string[]) => withEdits(cleanPlan(), (draft) => void (draft.assessments = [screen, ...dates.map(phq9)]));
  const ptsd = withEdits(cleanPlan({ diagnoses: [{ code: "F43.10" }], medications: [] }), (draft) => void (draft.assessments = [screen]));
  const lateScreen = withEdits(cleanPlan(), (draft) => void (draft.assessments = [{ ...screen, date: "2026-03-19" }, phq9("2026-03-09")]));
  const failed = (assessment: Parameters<typeof scoreAssessment>[0]) => {
    const result = scoreAssessment(assessment);
    return result.success ? [] : [...result.findings];
  };
  return [
    ...findingsIn(phqOn("2026-03-17")),
    ...findingsIn(phqOn(), "2026-03-17"),
    ...findingsIn(lateScreen),
    ...findingsIn(ptsd, "2026-03-17"),
    ...findingsIn(phqOn("2026-03-09", "2026-03-24")),
    ...findingsIn(phqOn("2026-03-09"), "2026-03-24"),
    ...failed({ instrument: "PHQ-9", date: "2026-03-09", items: [1, 1, 1, 1, 1, 1, 1, 1, 1.5] }),
    ...failed({ instrument: "PHQ-9", date: "2026-03-09", items: [1, 1, 1, 1, 1, 1, 1, 1, 4] }),
    ...failed({ instrument: "C-SSRS", date: "2026-03-09", items: [1, 0, 1, 0, 0, 0] }),
  ];
}

describe("measures messages", () => {
  const findings = [...mutationFindings(CODES), ...targetedFindings()];

  it("reach every code and variant of the measures rules", () => {
    const english = keysOf(rulesCatalog(measuresRules));
    expect([...new Set(findings.map(keyOf))].filter((key) => english.includes(key)).sort()).toEqual(english);
  });

  it("are written again from their params in English, and in Spanish", () => {
    expectWrittenFromParams(findings, locale);
  });

  it("have a Spanish message for every English one, and none more", () => {
    expect(keysOf(measuresRulesEs)).toEqual(keysOf(rulesCatalog(measuresRules)));
  });

  it("name a late screen's and a late baseline's instrument, day, deadline and days late, in each language", () => {
    const late = withEdits(cleanPlan(), (draft) => void (draft.assessments = [{ ...screen, date: "2026-03-19" }, phq9("2026-03-17")]));
    expect(findingsIn(late, "2026-04-01").filter((finding) => finding.rule === "measures/baseline-late" || finding.variant === "late").map((finding) => [finding.message, formatFinding(finding, { locale })])).toEqual([
      ["The baseline PHQ-9 is dated 2026-03-17, 1 day after its deadline 2026-03-16.", "El PHQ-9 inicial tiene fecha 2026-03-17, 1 día después de su fecha límite 2026-03-16."],
      [
        "The suicide-risk screen (C-SSRS) is dated 2026-03-19, 3 days after its deadline 2026-03-16.",
        "El tamizaje de riesgo suicida (C-SSRS) tiene fecha 2026-03-19, 3 días después de su fecha límite 2026-03-16.",
      ],
    ]);
  });

  it("list the instruments as alternatives, in each language", () => {
    const ptsd = withEdits(cleanPlan({ diagnoses: [{ code: "F43.10" }], medications: [] }), (draft) => void (draft.assessments = [screen]));
    expect(findingsIn(ptsd, "2026-03-17").map((finding) => [finding.message, formatFinding(finding, { locale })])).toEqual([
      [
        "No standardized measure (PHQ-9, GAD-7, or PCL-5) is recorded between 2026-03-02 and 2026-03-16.",
        "No consta ninguna medida estandarizada (PHQ-9, GAD-7 o PCL-5) entre el 2026-03-02 y el 2026-03-16.",
      ],
    ]);
  });
});
