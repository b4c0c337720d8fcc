import { defineRule } from "../../core/rule";

/** At least one diagnosis; with several, exactly one is primary. */
export const diagnosisRequired = defineRule({
  code: "plan/diagnosis-required",
  summary: "The plan names at least one ICD-10-CM diagnosis, and exactly one primary when there are several.",
  defaultSeverity: "error",
  params: [],
  source: "Medicare IOP plan content (SSA §1861(ff), via nahri.org); 77 Ill. Adm. Code 2060.421",
  check({ plan }) {
    const count = plan.diagnoses.length;
    if (count === 0) {
      return [{ path: ["diagnoses"], message: "The plan has no diagnosis.", params: { actual: 0, required: 1 } }];
    }
    if (count === 1) return [];
    const primaries = plan.diagnoses.filter((diagnosis) => diagnosis.primary === true).length;
    if (primaries === 1) return [];
    return [
      {
        path: ["diagnoses"],
        message: `${count} diagnoses need exactly one marked primary; ${primaries} are.`,
        params: { actual: primaries, required: 1 },
      },
    ];
  },
});
