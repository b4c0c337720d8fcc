import type { DayBasis, Service } from "../attendance/billing";
import type { Day } from "../core/calendar";
import type { Result } from "../core/finding";
import { describeActivity, isQualifyingService, type MedicareServiceCategory } from "../modalities/catalog";
import type { ModalityKind } from "../modalities/kinds";
import type { TreatmentPlan } from "../plan/types";
import { perDiemCodes, suggestActivityCodes } from "./codes";
import { daysToBill, type CoverageRange } from "./program-days";
import { guardResult } from "../core/plan-error";

/**
 * One service delivered on a program day.
 *
 * @category Coverage
 * @example
 * ```ts
 * const service: DayService = { kind: "group-therapy", minutes: 60, medicareCategory: "individual-or-group-therapy", codes: ["90853"] };
 * ```
 */
export interface DayService {
  readonly kind: ModalityKind;
  readonly minutes: number;
  /** The Medicare qualifying category, if it qualifies. */
  readonly medicareCategory: MedicareServiceCategory | undefined;
  /** Suggested CPT/HCPCS codes (not billing advice). */
  readonly codes: readonly string[];
}

/**
 * A dated program day as a biller sees it.
 *
 * @category Coverage
 * @example
 * ```ts
 * const day: ServiceDay = { date: "2026-03-09", services: [], qualifyingServices: 3, perDiemTier: "three-services", codes: { revenue: "0905", conditionCode: "92" } };
 * ```
 */
export interface ServiceDay {
  readonly date: Day;
  /** When the plan records attendance: from the records (only the services delivered in whole), or from the schedule where none are recorded yet. */
  readonly basis?: DayBasis;
  readonly services: readonly DayService[];
  /** Services in a Medicare qualifying category. */
  readonly qualifyingServices: number;
  /** Medicare IOP per-diem tier by qualifying services: 3, or 4 and more; none below 3. */
  readonly perDiemTier: "three-services" | "four-or-more-services" | undefined;
  /** Per-diem codes for the payer and program (suggestions). */
  readonly codes: ReturnType<typeof perDiemCodes>;
}

/** Services per day for the lower and the upper Medicare per-diem tier (CY2024 OPPS APCs). */
const LOWER_TIER = 3;
const UPPER_TIER = 4;

/** A billed service as a biller sees it: its kind, minutes, Medicare category and suggested codes. */
function dayService(service: Service, payer: string | undefined): DayService {
  return { kind: service.kind, minutes: service.minutes, medicareCategory: describeActivity(service).medicareCategory, codes: suggestActivityCodes(service, payer) };
}

/**
 * Lists every dated IOP program day with the services delivered (session activities and the
 * appointments dated that day, breaks left out), how many are Medicare qualifying services, the
 * Medicare per-diem tier, and the codes a biller would look at. Only days at the IOP level of care
 * are listed: a day the plan's `transitions` put at outpatient care or partial hospitalization is
 * billed another way and left out. When the plan records attendance, days before `range.asOf`
 * (without it, days up to the last record) list only the services delivered in whole
 * (`basis: "attended"`): every activity of an attended
 * session, and of a partial one only the activities that fit wholly within the minutes present,
 * counted from the start in the session's order (an activity left part-way is not billed, so a day
 * never claims more than `deliveredCare` counts); a day where no program session delivered a
 * service in whole is left out, as is a past day without a record. Later days come from the
 * schedule (`basis: "scheduled"`); records dated on or after `range.asOf` are not read. Codes are
 * suggestions, not billing advice.
 * Never throws: bad options give findings.
 *
 * @param plan - a parsed plan
 * @param range - `from`, `to`, closures (default: the plan period) and `asOf`
 * @returns the program days, or findings
 * @category Coverage
 * @example
 * ```ts
 * const days = serviceDays(plan, { from: "2026-03-09", to: "2026-03-13" });
 * days.success && days.data.map((day) => day.perDiemTier); //=> ["three-services", "three-services", "three-services"]
 * ```
 */
export function serviceDays(plan: TreatmentPlan, range: CoverageRange = {}): Result<ServiceDay[]> {
  return guardResult("plan or its range", () => {
    const days = daysToBill(plan, range);
    if (!days.success) return days;
    const payer = plan.coverage?.payer;
    const codes = perDiemCodes(plan);
    return {
      success: true,
      data: days.data.map(({ date, services: billed, basis }) => {
        const services = billed.map((service) => dayService(service, payer));
        const qualifyingServices = services.filter(isQualifyingService).length;
        const perDiemTier = qualifyingServices >= UPPER_TIER ? "four-or-more-services" : qualifyingServices >= LOWER_TIER ? "three-services" : undefined;
        return { date, ...(basis ? { basis } : {}), services, qualifyingServices, perDiemTier, codes };
      }),
    };
  });
}
