export type { Finding, FindingParams, FindingPath, Result, Severity, SeverityCounts } from "./core/finding";
export { countBySeverity } from "./core/finding";
export { FindingsError, formatPath, InputError, PlanError } from "./core/plan-error";
export type { Day, WallTime, Weekday } from "./core/calendar";
export { WEEKDAYS, isDay, isWallTime, addDays, addMonths, daysBetween, weekdayOf } from "./core/calendar";
export { isTimeZone } from "./core/time-zone";
export type { DeepReadonly } from "./core/readonly";
export { defineRule, type AreaOf, type Rule, type RuleArea, type RuleContext, type RuleDefinition, type RuleFindingDraft, type RuleMeta } from "./core/rule";

export {
  TreatmentPlanSchema,
  ParticipantSchema,
  CareTeamMemberSchema,
  DiagnosisSchema,
  PeriodSchema,
  ProblemSchema,
  GoalSchema,
  ObjectiveSchema,
  InterventionSchema,
} from "./plan/schema";
export type {
  TreatmentPlan,
  TreatmentPlanInput,
  Problem,
  Goal,
  Objective,
  Intervention,
  CareTeamMember,
  Diagnosis,
  Schedule,
  Session,
  Activity,
  Appointment,
  WeeklyWindow,
  Medication,
  Review,
  Assessment,
  Aftercare,
  Coverage,
  Participant,
  Period,
  MedicationEvent,
  ActivityInput,
  AftercareInput,
  AppointmentInput,
  AssessmentInput,
  AttendanceRecordInput,
  CareTeamMemberInput,
  CoverageInput,
  DiagnosisInput,
  FamilyInput,
  GoalInput,
  InterventionInput,
  LevelTransitionInput,
  MedicationEventInput,
  MedicationInput,
  ObjectiveInput,
  ParticipantInput,
  PeriodInput,
  ProblemInput,
  ReviewInput,
  RiskInput,
  ScheduleInput,
  SessionInput,
  WeeklyWindowInput,
} from "./plan/types";
export { safeParsePlan, parsePlan } from "./plan/parse";
export { createPlan, PLAN_DEFAULTS, type PlanDraft } from "./plan/create";
export { toDraft, updatePlan } from "./plan/draft";
export { migratePlan } from "./plan/migrate";
export { diffPlans, type PlanChange, type PlanChangeKind, type PlanDiff } from "./plan/diff";
export { templates, TEMPLATE_MEASURE_TARGETS, type StandardIopOptions } from "./plan/templates";

export { ActivitySchema, AppointmentSchema, ScheduleSchema, SessionSchema, WeeklyWindowSchema } from "./schedule/schema";
export { summarizeWeek, type SessionSummary, type WeekSummary } from "./schedule/summary";
export { fitSchedule, type FitOptions, type ScheduleFit, type Track, type WeeklyPattern } from "./schedule/fit";
export { expandSchedule, type ExpandedSchedule, type ExpandOptions, type ScheduledSession } from "./schedule/expand";
export {
  appointmentActivity,
  describeActivity,
  describeModality,
  MEDICARE_SERVICE_CATEGORIES,
  type ActivityInfo,
  type MedicareServiceCategory,
} from "./modalities/catalog";
export { summarizeModalityMix, type ActivityUse, type ModalityMix, type ModalityShare } from "./modalities/mix";
export {
  ACTIVITY_KINDS,
  CARE_ROLES,
  GROUP_TOPICS,
  HOLISTIC_PRACTICES,
  MODALITY_KINDS,
  PRESCRIBER_ROLES,
  PSYCHIATRIC_SERVICES,
  PSYCHOEDUCATION_TOPICS,
  type CareRole,
  type ModalityKind,
} from "./modalities/kinds";
export { LAB_KINDS, MEDICATION_CLASSES, MedicationEventSchema, MedicationSchema, ReviewSchema, type MedicationClass } from "./medication/schema";
export { classFromName, effectiveClass } from "./medication/formulary";
export { INSTRUMENTS, INSTRUMENT_INFO, instrumentsForDiagnosis, type Instrument, type InstrumentInfo } from "./measures/instruments";
export { AssessmentSchema } from "./measures/schema";
export { scoreAssessment, SEVERITY_BANDS, type AssessmentScore } from "./measures/score";
export { assessmentTrend, objectiveProgress, type AssessmentTrend, type ObjectiveProgress } from "./measures/trend";
export { medicationReviews, type MedicationReviewOptions, type ReviewDue, type ReviewStatus } from "./medication/reviews";
export type { LabKind, ProtocolId } from "./medication/due";
export { AFTERCARE_COMPONENT_KINDS, AftercareSchema, LEVELS_OF_CARE, SAFETY_PLAN_STEPS, SafetyPlanSchema } from "./aftercare/schema";
export type { AftercareComponentKind } from "./aftercare/needs";
export { draftAftercarePlan, type AftercareOptions } from "./aftercare/draft";
export { aftercareReadiness, type AftercareReadiness, type MissingAftercare } from "./rules/readiness";
export { careObligations, type CareObligationOptions, type Obligation, type ObligationKind } from "./rules/obligations";
export type { ObligationStatus } from "./core/obligations";
export { CoverageSchema } from "./coverage/schema";
export { PAYERS, type Payer } from "./policy/payers";
export type { CoverageRange } from "./coverage/program-days";
export { authorizationStatus, type AuthorizationStatus, type AuthorizationStatusOptions } from "./coverage/status";
export { serviceDays, type DayService, type ServiceDay } from "./coverage/service-days";
export { estimateCost, type CostEstimate, type DayCost } from "./coverage/cost";
export { perDiemCodes, suggestActivityCodes } from "./coverage/codes";
export { ATTENDANCE_STATUSES, AttendanceRecordSchema, CARE_LEVELS, LevelTransitionSchema, type AttendanceRecord, type AttendanceStatus, type CareLevel, type LevelTransition } from "./attendance/schema";
export type { DayBasis } from "./attendance/billing";
export { deliveredCare, type AbsenceRun, type Absences, type DeliveredCare, type DeliveredCareOptions, type DeliveredTotals, type DeliveredWeek, type UnrecordedSession } from "./attendance/delivered";

export { validatePlan, checkPlan } from "./rules/engine";
export type { CheckReport, Report, ValidateOptions } from "./rules/run-rules";
export { ruleCatalog, explainRule, suggestRuleCodes, type RuleExplanation } from "./rules/catalog";
export type { RuleCode } from "./rules/registry";
export { checkLines, type Verdict } from "./audit/check-lines";

export { RULE_SETTINGS, type Policy, type PolicyMessages, type RuleSetting, type RuleSettings } from "./policy/types";
export { PolicyParamsSchema, type ClozapineAncPhase, type MetabolicSchedule, type PolicyParamName, type PolicyParams, type Range } from "./policy/params";
export { resolvePolicy, type PolicyChoice } from "./policy/resolve";
export { policies, PRESET_IDS, type PresetId } from "./policy/presets";
export { definePolicy, safeDefinePolicy, PolicyError, type PolicyInput } from "./rules/define-policy";
export { formatFinding, type FormatOptions, type MessageOverrides } from "./rules/format-finding";
export type { CompleteTranslations, Translations } from "./rules/messages";
export type { Locale, MessageCatalog, MessageOf, MessageSet, MessageTemplate, PluralForms, TemplateParams, Words } from "./core/messages";
