import { defineRule } from "../../core/rule";

/** At least one diagnosis; with several, exactly one is primary. */
export const diagnosisRequired = defineRule({
  code: "plan/diagnosis-required",
  summary: "The plan names at least one ICD-10-CM diagnosis, and exactly one primary when there are several.",
  defaultSeverity: "error",
  params: [],
  source: "Medicare IOP plan content (SSA §1861(ff), via nahri.org); 77 Ill. Adm. Code 2060.421",
  messages: {
    default: (_: { readonly actual: number; readonly required: number }) => "The plan has no diagnosis.",
    primary: (p: { readonly diagnoses: number; readonly actual: number; readonly required: number }) =>
      `${p.diagnoses} diagnoses need exactly one marked primary; ${p.actual === 0 ? "none is" : `${p.actual} are`}.`,
  },
  check({ plan }) {
    const count = plan.diagnoses.length;
    if (count === 0) return [{ path: ["diagnoses"], params: { actual: 0, required: 1 } }];
    if (count === 1) return [];
    const primaries = plan.diagnoses.filter((diagnosis) => diagnosis.primary === true).length;
    if (primaries === 1) return [];
    return [{ path: ["diagnoses"], variant: "primary", params: { diagnoses: count, actual: primaries, required: 1 } }];
  },
});
