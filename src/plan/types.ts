import type * as z from "zod";
import type { DeepReadonly } from "../core/readonly";
import type { AftercareSchema } from "../aftercare/schema";
import type { AttendanceRecord, AttendanceRecordSchema, LevelTransition, LevelTransitionSchema } from "../attendance/schema";
import type { CoverageSchema } from "../coverage/schema";
import type { AssessmentSchema } from "../measures/schema";
import type { MedicationEventSchema, MedicationSchema, ReviewSchema } from "../medication/schema";
import type { ActivitySchema, AppointmentSchema, ScheduleSchema, SessionSchema, WeeklyWindowSchema } from "../schedule/schema";
import type {
  CareTeamMemberSchema,
  DiagnosisSchema,
  GoalSchema,
  InterventionSchema,
  ObjectiveSchema,
  ParticipantSchema,
  PeriodSchema,
  ProblemSchema,
  TreatmentPlanSchema,
} from "./schema";

/**
 * The parsed type of a schema less the fields an interface declares by the names of their parts,
 * so the API reference links `Problem`, `Session`, … rather than writing each part out again.
 */
type ParsedWithout<Schema extends z.ZodType, Named extends keyof z.output<Schema>> = Omit<DeepReadonly<z.output<Schema>>, Named>;
/** The input type of a schema less the fields an interface declares by the names of their parts. */
type InputWithout<Schema extends z.ZodType, Named extends keyof z.input<Schema>> = Omit<z.input<Schema>, Named>;
/** The fields of a plan that are parts with names of their own. */
type PlanParts = "participant" | "risk" | "family" | "diagnoses" | "careTeam" | "period" | "problems" | "schedule" | "medications" | "reviews" | "assessments" | "aftercare" | "coverage" | "attendance" | "transitions";

/**
 * A parsed, valid treatment plan. Read-only all the way down; ids are branded. Field by field in
 * the plan reference (docs/plan-reference.md).
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
export interface TreatmentPlan extends ParsedWithout<typeof TreatmentPlanSchema, Exclude<PlanParts, "risk" | "family">> {
  readonly participant: Participant;
  readonly diagnoses: readonly Diagnosis[];
  readonly careTeam: readonly CareTeamMember[];
  readonly period: Period;
  readonly problems: readonly Problem[];
  readonly schedule: Schedule;
  readonly medications: readonly Medication[];
  readonly reviews: readonly Review[];
  readonly assessments?: readonly Assessment[] | undefined;
  readonly aftercare?: Aftercare | undefined;
  readonly coverage?: Coverage | undefined;
  /** What happened at each dated session and appointment. */
  readonly attendance?: readonly AttendanceRecord[] | undefined;
  /** The history of changes of level of care. */
  readonly transitions?: readonly LevelTransition[] | undefined;
}

/**
 * What a plan looks like before parsing: the same shape with plain strings for ids. Use it to type
 * plans you build in code before handing them to `safeParsePlan` or `createPlan`; its parts are
 * {@link ProblemInput}, {@link SessionInput}, {@link MedicationInput} and the other `…Input` types.
 *
 * @category Plan
 * @example
 * ```ts
 * const input: TreatmentPlanInput = JSON.parse(text);
 * ```
 */
export interface TreatmentPlanInput extends InputWithout<typeof TreatmentPlanSchema, PlanParts> {
  participant: ParticipantInput;
  /** The documented suicide risk assessment: the level and the day. */
  risk?: RiskInput | undefined;
  /** How the participant's family takes part in treatment, and the participant's consent to it. */
  family?: FamilyInput | undefined;
  diagnoses: DiagnosisInput[];
  careTeam: CareTeamMemberInput[];
  period: PeriodInput;
  problems: ProblemInput[];
  schedule: ScheduleInput;
  medications: MedicationInput[];
  reviews: ReviewInput[];
  assessments?: AssessmentInput[] | undefined;
  aftercare?: AftercareInput | undefined;
  coverage?: CoverageInput | undefined;
  /** What happened at each dated session and appointment. */
  attendance?: AttendanceRecordInput[] | undefined;
  /** The history of changes of level of care. */
  transitions?: LevelTransitionInput[] | undefined;
}

/** A problem with its goals, parsed. @category Plan @example `const problem: Problem = plan.problems[0]!;` */
export interface Problem extends ParsedWithout<typeof ProblemSchema, "goals"> {
  readonly goals: readonly Goal[];
}
/** A problem with its goals, as written before parsing (plain strings for ids). @category Plan @example `const problem: ProblemInput = { id: "p-1", statement: "Depressed mood most days", goals: [] };` */
export interface ProblemInput extends InputWithout<typeof ProblemSchema, "goals"> {
  goals: GoalInput[];
}
/** A goal with its objectives, parsed. @category Plan @example `const goal: Goal = plan.problems[0]!.goals[0]!;` */
export interface Goal extends ParsedWithout<typeof GoalSchema, "objectives"> {
  readonly objectives: readonly Objective[];
}
/** A goal with its objectives, as written before parsing (plain strings for ids). @category Plan @example `const goal: GoalInput = { id: "g-1", statement: "Manage low mood", objectives: [] };` */
export interface GoalInput extends InputWithout<typeof GoalSchema, "objectives"> {
  objectives: ObjectiveInput[];
}
/** A measurable objective, parsed. @category Plan @example `const objective: Objective = plan.problems[0]!.goals[0]!.objectives[0]!;` */
export interface Objective extends ParsedWithout<typeof ObjectiveSchema, "interventions"> {
  readonly interventions: readonly Intervention[];
}
/** A measurable objective, as written before parsing (plain strings for ids). @category Plan @example `const objective: ObjectiveInput = { id: "o-1", statement: "PHQ-9 below 5", targetDate: "2026-05-01", interventions: [] };` */
export interface ObjectiveInput extends InputWithout<typeof ObjectiveSchema, "interventions"> {
  interventions: InterventionInput[];
}
/** An intervention, parsed. @category Plan @example `const intervention: Intervention = plan.problems[0]!.goals[0]!.objectives[0]!.interventions[0]!;` */
export interface Intervention extends DeepReadonly<z.output<typeof InterventionSchema>> {}
/** An intervention, as written before parsing (plain strings for ids). @category Plan @example `const intervention: InterventionInput = { id: "i-1", modality: "group-therapy", perWeek: 3, responsibleRole: "licensed-therapist" };` */
export interface InterventionInput extends z.input<typeof InterventionSchema> {}
/** The participant, parsed. @category Plan @example `const participant: Participant = plan.participant;` */
export interface Participant extends DeepReadonly<z.output<typeof ParticipantSchema>> {}
/** The participant, as written before parsing (plain strings for ids). @category Plan @example `const participant: ParticipantInput = { id: "pt-1", ageGroup: "adult" };` */
export interface ParticipantInput extends z.input<typeof ParticipantSchema> {}
/** The program period, parsed. @category Plan @example `const period: Period = plan.period;` */
export interface Period extends DeepReadonly<z.output<typeof PeriodSchema>> {}
/** The program period, as written before parsing (plain strings for ids). @category Plan @example `const period: PeriodInput = { admitted: "2026-03-09", plannedDischarge: "2026-05-01" };` */
export interface PeriodInput extends z.input<typeof PeriodSchema> {}
/** A care-team member, parsed. @category Plan @example `const member: CareTeamMember = plan.careTeam[0]!;` */
export interface CareTeamMember extends DeepReadonly<z.output<typeof CareTeamMemberSchema>> {}
/** A care-team member, as written before parsing (plain strings for ids). @category Plan @example `const member: CareTeamMemberInput = { id: "ct-1", role: "psychiatrist", credentials: "MD" };` */
export interface CareTeamMemberInput extends z.input<typeof CareTeamMemberSchema> {}
/** A diagnosis, parsed. @category Plan @example `const diagnosis: Diagnosis = plan.diagnoses[0]!;` */
export interface Diagnosis extends DeepReadonly<z.output<typeof DiagnosisSchema>> {}
/** A diagnosis, as written before parsing (plain strings for ids). @category Plan @example `const diagnosis: DiagnosisInput = { code: "F33.1", primary: true };` */
export interface DiagnosisInput extends z.input<typeof DiagnosisSchema> {}
/** The weekly schedule, parsed. @category Schedule @example `const schedule: Schedule = plan.schedule;` */
export interface Schedule extends ParsedWithout<typeof ScheduleSchema, "sessions" | "appointments"> {
  readonly sessions: readonly Session[];
  readonly appointments?: readonly Appointment[] | undefined;
}
/** The weekly schedule, as written before parsing (plain strings for ids). @category Schedule @example `const schedule: ScheduleInput = { sessions: [] };` */
export interface ScheduleInput extends InputWithout<typeof ScheduleSchema, "sessions" | "appointments"> {
  sessions: SessionInput[];
  appointments?: AppointmentInput[] | undefined;
}
/** A weekly session, parsed. @category Schedule @example `const session: Session = plan.schedule.sessions[0]!;` */
export interface Session extends DeepReadonly<z.output<typeof SessionSchema>> {}
/** A weekly session, as written before parsing (plain strings for ids). @category Schedule @example `const session: SessionInput = { day: "mon", start: "09:00", activities: [{ kind: "break", minutes: 15 }] };` */
export interface SessionInput extends z.input<typeof SessionSchema> {}
/** A recurring appointment, parsed. @category Schedule @example `const visit: Appointment | undefined = plan.schedule.appointments?.[0];` */
export interface Appointment extends DeepReadonly<z.output<typeof AppointmentSchema>> {}
/** A recurring appointment, as written before parsing (plain strings for ids). @category Schedule @example `const visit: AppointmentInput = { modality: "individual-therapy", minutes: 50, everyWeeks: 1 };` */
export interface AppointmentInput extends z.input<typeof AppointmentSchema> {}
/** A weekly commitment window, parsed. @category Schedule @example `const work: WeeklyWindow = { day: "mon", start: "13:00", end: "17:00" };` */
export interface WeeklyWindow extends DeepReadonly<z.output<typeof WeeklyWindowSchema>> {}
/** A weekly commitment window, as written before parsing (plain strings for ids). @category Schedule @example `const work: WeeklyWindowInput = { day: "mon", start: "13:00", end: "17:00" };` */
export interface WeeklyWindowInput extends z.input<typeof WeeklyWindowSchema> {}
/** A medication, parsed. @category Medication @example `const medication: Medication = plan.medications[0]!;` */
export interface Medication extends ParsedWithout<typeof MedicationSchema, "events"> {
  readonly events: readonly MedicationEvent[];
}
/** A medication, as written before parsing (plain strings for ids). @category Medication @example `const medication: MedicationInput = { id: "med-1", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] };` */
export interface MedicationInput extends InputWithout<typeof MedicationSchema, "events"> {
  events: MedicationEventInput[];
}
/** A dated event of a medication (start, change, stop), parsed. @category Medication @example `const event: MedicationEvent = plan.medications[0]!.events[0]!;` */
export interface MedicationEvent extends DeepReadonly<z.output<typeof MedicationEventSchema>> {}
/** A dated event of a medication (start, change, stop), as written before parsing (plain strings for ids). @category Medication @example `const event: MedicationEventInput = { date: "2026-03-09", kind: "start" };` */
export interface MedicationEventInput extends z.input<typeof MedicationEventSchema> {}
/** A recorded review, parsed. @category Medication @example `const review: Review = plan.reviews[0]!;` */
export interface Review extends DeepReadonly<z.output<typeof ReviewSchema>> {}
/** A recorded review, as written before parsing (plain strings for ids). @category Medication @example `const review: ReviewInput = { date: "2026-03-12", kind: "plan", participantSigned: true };` */
export interface ReviewInput extends z.input<typeof ReviewSchema> {}
/** A recorded assessment, parsed. @category Measures @example `const assessment: Assessment | undefined = plan.assessments?.[0];` */
export interface Assessment extends DeepReadonly<z.output<typeof AssessmentSchema>> {}
/** A recorded assessment, as written before parsing (plain strings for ids). @category Measures @example `const assessment: AssessmentInput | undefined = toDraft(plan).assessments?.[0];` */
export interface AssessmentInput extends z.input<typeof AssessmentSchema> {}
/** The aftercare plan, parsed. @category Aftercare @example `const aftercare: Aftercare | undefined = plan.aftercare;` */
export interface Aftercare extends DeepReadonly<z.output<typeof AftercareSchema>> {}
/** The aftercare plan, as written before parsing (plain strings for ids). @category Aftercare @example `const aftercare: AftercareInput | undefined = toDraft(plan).aftercare;` */
export interface AftercareInput extends z.input<typeof AftercareSchema> {}
/** Insurance coverage, parsed. @category Coverage @example `const coverage: Coverage | undefined = plan.coverage;` */
export interface Coverage extends DeepReadonly<z.output<typeof CoverageSchema>> {}
/** Insurance coverage, as written before parsing (plain strings for ids). @category Coverage @example `const coverage: CoverageInput | undefined = toDraft(plan).coverage;` */
export interface CoverageInput extends z.input<typeof CoverageSchema> {}
/** The documented suicide risk assessment, as written before parsing. @category Plan @example `const risk: RiskInput = { suicide: "low", assessedOn: "2026-03-09" };` */
export interface RiskInput extends NonNullable<z.input<typeof TreatmentPlanSchema>["risk"]> {}
/** How the family takes part in treatment, as written before parsing. @category Plan @example `const family: FamilyInput = { involvement: "planned", consent: true };` */
export interface FamilyInput extends NonNullable<z.input<typeof TreatmentPlanSchema>["family"]> {}
/** A record of what happened at a dated session or appointment, as written before parsing. @category Attendance @example `const record: AttendanceRecordInput = { date: "2026-03-09", session: 0, status: "attended" };` */
export interface AttendanceRecordInput extends z.input<typeof AttendanceRecordSchema> {}
/** A change of the level of care, as written before parsing. @category Attendance @example `const step: LevelTransitionInput = { date: "2026-04-20", from: "intensive-outpatient", to: "outpatient", reason: "Goals met." };` */
export interface LevelTransitionInput extends z.input<typeof LevelTransitionSchema> {}
/** An activity in a session, parsed. @category Schedule @example `const activity: Activity = plan.schedule.sessions[0]!.activities[0]!;` */
export type Activity = DeepReadonly<z.output<typeof ActivitySchema>>;
/** An activity in a session, as written before parsing. @category Schedule @example `const activity: ActivityInput = { kind: "break", minutes: 15 };` */
export type ActivityInput = z.input<typeof ActivitySchema>;
