import { match } from "ts-pattern";
import type { Activity, TreatmentPlan } from "../plan/types";
import { guardValue } from "../core/plan-error";

/**
 * Codes a biller would look at for one activity, by its kind and minutes: psychotherapy time
 * bands (90832 16–37 min, 90834 38–52, 90837 53 or more), group psychotherapy (G0410 in Medicare
 * PHP/IOP, 90853 elsewhere), family therapy with the patient (90847, 26 minutes or more), a
 * psychiatric diagnostic evaluation with medical services (90792), and E/M visits (99212–99215)
 * for medication management. Suggestions, not billing advice: payers, settings and
 * documentation decide the code.
 *
 * @param activity - a session activity or an appointment written as one
 * @param payer - the plan's payer, if any
 * @returns the suggested codes, possibly none
 * @throws `InputError` when the activity cannot be read as one
 * @category Coverage
 * @example
 * ```ts
 * suggestActivityCodes({ kind: "individual-therapy", minutes: 45 }); //=> ["90834"]
 * ```
 */
export function suggestActivityCodes(activity: Activity, payer?: string): string[] {
  return guardValue("activity or payer", () => {
    return match(activity)
      .with({ kind: "individual-therapy" }, ({ minutes }) => (minutes >= 53 ? ["90837"] : minutes >= 38 ? ["90834"] : minutes >= 16 ? ["90832"] : []))
      .with({ kind: "group-therapy" }, () => [payer === "medicare" ? "G0410" : "90853"])
      .with({ kind: "family-therapy" }, ({ minutes }) => (minutes >= 26 ? ["90847"] : []))
      .with({ kind: "psychiatric", service: "evaluation" }, () => ["90792"])
      .with({ kind: "psychiatric", service: "medication-management" }, () => ["99212", "99213", "99214", "99215"])
      .with({ kind: "psychoeducation" }, { kind: "holistic" }, { kind: "case-management" }, { kind: "break" }, () => [])
      .exhaustive();
  });
}

/**
 * The per-diem codes of a program day for the plan's payer and program: revenue code 0905 and
 * condition code 92 for Medicare IOP; S9480 (psychiatric IOP) or H0015 (substance-use IOP) per
 * diem for other payers, both for a co-occurring program. Suggestions, not billing advice.
 *
 * @param plan - a parsed plan
 * @returns the codes by kind
 * @throws `InputError` when the plan cannot be read as a plan
 * @category Coverage
 * @example
 * ```ts
 * perDiemCodes(plan); //=> { perDiem: ["S9480"] }
 * ```
 */
export function perDiemCodes(plan: TreatmentPlan): { readonly revenue?: string; readonly conditionCode?: string; readonly perDiem?: readonly string[] } {
  return guardValue("plan", () => {
    if (plan.coverage?.payer === "medicare") return { revenue: "0905", conditionCode: "92" };
    return match(plan.programType)
      .with("mental-health", () => ({ perDiem: ["S9480"] }))
      .with("substance-use", () => ({ perDiem: ["H0015"] }))
      .with("co-occurring", () => ({ perDiem: ["S9480", "H0015"] }))
      .exhaustive();
  });
}
