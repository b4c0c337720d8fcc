import type { z } from "zod";
import type { DeepReadonly } from "../core/readonly";
import type { AftercareSchema } from "../aftercare/schema";
import type { CoverageSchema } from "../coverage/schema";
import type { AssessmentSchema } from "../measures/schema";
import type { MedicationSchema, ReviewSchema } from "../medication/schema";
import type { ActivitySchema, AppointmentSchema, ScheduleSchema, SessionSchema, WeeklyWindowSchema } from "../schedule/schema";
import type {
  CareTeamMemberSchema,
  DiagnosisSchema,
  GoalSchema,
  InterventionSchema,
  ObjectiveSchema,
  ProblemSchema,
  TreatmentPlanSchema,
} from "./schema";

/**
 * A parsed, valid treatment plan. Read-only all the way down; ids are branded.
 *
 * @category Plan
 * @example
 * ```ts
 * const result = safeParsePlan(JSON.parse(text));
 * if (result.success) {
 *   const plan: TreatmentPlan = result.data;
 * }
 * ```
 */
export type TreatmentPlan = DeepReadonly<z.output<typeof TreatmentPlanSchema>>;

/**
 * What a plan looks like before parsing: the same shape with plain strings for ids. Use it to type
 * plans you build in code before handing them to `safeParsePlan` or `createPlan`.
 *
 * @category Plan
 * @example
 * ```ts
 * const input: TreatmentPlanInput = JSON.parse(text);
 * ```
 */
export type TreatmentPlanInput = z.input<typeof TreatmentPlanSchema>;

/** A problem with its goals. @category Plan @example `const problem: Problem = plan.problems[0]!;` */
export type Problem = DeepReadonly<z.output<typeof ProblemSchema>>;
/** A goal with its objectives. @category Plan @example `const goal: Goal = plan.problems[0]!.goals[0]!;` */
export type Goal = DeepReadonly<z.output<typeof GoalSchema>>;
/** A measurable objective. @category Plan @example `const objective: Objective = plan.problems[0]!.goals[0]!.objectives[0]!;` */
export type Objective = DeepReadonly<z.output<typeof ObjectiveSchema>>;
/** An intervention. @category Plan @example `const intervention: Intervention = plan.problems[0]!.goals[0]!.objectives[0]!.interventions[0]!;` */
export type Intervention = DeepReadonly<z.output<typeof InterventionSchema>>;
/** A care-team member. @category Plan @example `const member: CareTeamMember = plan.careTeam[0]!;` */
export type CareTeamMember = DeepReadonly<z.output<typeof CareTeamMemberSchema>>;
/** A diagnosis. @category Plan @example `const diagnosis: Diagnosis = plan.diagnoses[0]!;` */
export type Diagnosis = DeepReadonly<z.output<typeof DiagnosisSchema>>;
/** The weekly schedule. @category Schedule @example `const schedule: Schedule = plan.schedule;` */
export type Schedule = DeepReadonly<z.output<typeof ScheduleSchema>>;
/** A weekly session. @category Schedule @example `const session: Session = plan.schedule.sessions[0]!;` */
export type Session = DeepReadonly<z.output<typeof SessionSchema>>;
/** An activity in a session. @category Schedule @example `const activity: Activity = plan.schedule.sessions[0]!.activities[0]!;` */
export type Activity = DeepReadonly<z.output<typeof ActivitySchema>>;
/** A recurring appointment. @category Schedule @example `const visit: Appointment | undefined = plan.schedule.appointments?.[0];` */
export type Appointment = DeepReadonly<z.output<typeof AppointmentSchema>>;
/** A weekly commitment window. @category Schedule @example `const work: WeeklyWindow = { day: "mon", start: "13:00", end: "17:00" };` */
export type WeeklyWindow = DeepReadonly<z.output<typeof WeeklyWindowSchema>>;
/** A medication. @category Medication @example `const medication: Medication = plan.medications[0]!;` */
export type Medication = DeepReadonly<z.output<typeof MedicationSchema>>;
/** A recorded review. @category Medication @example `const review: Review = plan.reviews[0]!;` */
export type Review = DeepReadonly<z.output<typeof ReviewSchema>>;
/** A recorded assessment. @category Measures @example `const assessment: Assessment | undefined = plan.assessments?.[0];` */
export type Assessment = DeepReadonly<z.output<typeof AssessmentSchema>>;
/** The aftercare plan. @category Aftercare @example `const aftercare: Aftercare | undefined = plan.aftercare;` */
export type Aftercare = DeepReadonly<z.output<typeof AftercareSchema>>;
/** Insurance coverage. @category Coverage @example `const coverage: Coverage | undefined = plan.coverage;` */
export type Coverage = DeepReadonly<z.output<typeof CoverageSchema>>;
