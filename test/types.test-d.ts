import { describe, expectTypeOf, it } from "vitest";
import {
  defineRule,
  definePolicy,
  formatFinding,
  safeParsePlan,
  validatePlan,
  type CompleteTranslations,
  type Finding,
  type MessageOverrides,
  type Report,
  type RuleCode,
  type AttendanceRecordInput,
  type FamilyInput,
  type LevelTransitionInput,
  type RiskInput,
  type TreatmentPlan,
  type TreatmentPlanInput,
  type DeepReadonly,
  type Goal,
  type GoalInput,
  type Medication,
  type MedicationInput,
  type Objective,
  type ObjectiveInput,
  type Problem,
  type ProblemInput,
  type Appointment,
  type Schedule,
  type ScheduleInput,
  type Session,
  GoalSchema,
  MedicationSchema,
  ObjectiveSchema,
  ProblemSchema,
  ScheduleSchema,
  TreatmentPlanSchema,
} from "../src/index";
import type * as z from "zod";

declare const plan: TreatmentPlan;
declare const input: TreatmentPlanInput;

/** The parsed type of a schema, as zod infers it. */
type Parsed<Schema extends z.ZodType> = DeepReadonly<z.output<Schema>>;

describe("the named parts of a plan", () => {
  // toEqualTypeOf compares exactly: an optional field without `| undefined` or a missing `readonly`
  // differs from the type zod infers (apps compiled with exactOptionalPropertyTypes tell them apart).
  it("are the types zod infers from their schemas, parsed and as input", () => {
    expectTypeOf<TreatmentPlan>().toEqualTypeOf<Parsed<typeof TreatmentPlanSchema>>();
    expectTypeOf<TreatmentPlanInput>().toEqualTypeOf<z.input<typeof TreatmentPlanSchema>>();
    expectTypeOf<Problem>().toEqualTypeOf<Parsed<typeof ProblemSchema>>();
    expectTypeOf<ProblemInput>().toEqualTypeOf<z.input<typeof ProblemSchema>>();
    expectTypeOf<Goal>().toEqualTypeOf<Parsed<typeof GoalSchema>>();
    expectTypeOf<GoalInput>().toEqualTypeOf<z.input<typeof GoalSchema>>();
    expectTypeOf<Objective>().toEqualTypeOf<Parsed<typeof ObjectiveSchema>>();
    expectTypeOf<ObjectiveInput>().toEqualTypeOf<z.input<typeof ObjectiveSchema>>();
    expectTypeOf<Schedule>().toEqualTypeOf<Parsed<typeof ScheduleSchema>>();
    expectTypeOf<ScheduleInput>().toEqualTypeOf<z.input<typeof ScheduleSchema>>();
    expectTypeOf<Medication>().toEqualTypeOf<Parsed<typeof MedicationSchema>>();
    expectTypeOf<MedicationInput>().toEqualTypeOf<z.input<typeof MedicationSchema>>();
    // The comparison tells a field written without `| undefined` or without `readonly`.
    expectTypeOf<Omit<Schedule, "appointments"> & { readonly appointments?: readonly Appointment[] }>().not.toEqualTypeOf<Parsed<typeof ScheduleSchema>>();
    expectTypeOf<Omit<Schedule, "sessions"> & { sessions: readonly Session[] }>().not.toEqualTypeOf<Parsed<typeof ScheduleSchema>>();
  });
});

describe("public types", () => {
  it("names the input type of every part of a plan, so one can be written on its own", () => {
    expectTypeOf<RiskInput>().toEqualTypeOf<NonNullable<TreatmentPlanInput["risk"]>>();
    expectTypeOf<FamilyInput>().toEqualTypeOf<NonNullable<TreatmentPlanInput["family"]>>();
    expectTypeOf<AttendanceRecordInput>().toEqualTypeOf<NonNullable<TreatmentPlanInput["attendance"]>[number]>();
    expectTypeOf<LevelTransitionInput>().toEqualTypeOf<NonNullable<TreatmentPlanInput["transitions"]>[number]>();
    // @ts-expect-error an attendance status outside the list does not compile
    const late: AttendanceRecordInput = { date: "2026-03-09", session: 0, status: "late" };
    void late;
  });

  it("narrows parse results on success", () => {
    const result = safeParsePlan(input);
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<TreatmentPlan>();
    else expectTypeOf(result.findings).toEqualTypeOf<readonly Finding[]>();
  });

  it("makes plans read-only all the way down", () => {
    // @ts-expect-error plans are read-only
    plan.status = "completed";
    // @ts-expect-error arrays are read-only
    plan.problems[0]?.goals.push(plan.problems[0].goals[0]!);
    // @ts-expect-error nested objects are read-only
    plan.period.admitted = "2026-01-01";
  });

  it("brands ids so raw input is not a parsed plan", () => {
    // @ts-expect-error an unparsed plan has unbranded ids
    validatePlan(input);
    expectTypeOf(validatePlan(plan)).toEqualTypeOf<Report>();
    expectTypeOf(plan.id).toMatchTypeOf<string>();
    // @ts-expect-error a goal id is not a problem id
    const problemId: TreatmentPlan["problems"][number]["id"] = plan.problems[0]!.goals[0]!.id;
    void problemId;
  });

  it("types activities as a tagged union", () => {
    const activity = plan.schedule.sessions[0]!.activities[0]!;
    if (activity.kind === "holistic") expectTypeOf(activity.practice).toEqualTypeOf<"mindfulness" | "meditation" | "yoga" | "art-therapy" | "music-therapy" | "movement">();
  });
});

describe("rule codes and rule declarations", () => {
  it("types a policy's rules by rule code, so a misspelt code does not compile", () => {
    definePolicy({ rules: { "schedule/weekly-hours": "off" } });
    // @ts-expect-error "schedule/weekly-hourz" is not a rule code
    definePolicy({ rules: { "schedule/weekly-hourz": "off" } });
    // @ts-expect-error "critical" is not a rule setting
    definePolicy({ rules: { "schedule/weekly-hours": "critical" } });
    expectTypeOf<"plan/discharge-criteria">().toMatchTypeOf<RuleCode>();
    expectTypeOf<RuleCode>().not.toEqualTypeOf<string>();
  });

  it("keeps a rule's code literal and takes its area from the code", () => {
    const rule = defineRule({ code: "measures/example", summary: "s", defaultSeverity: "info", params: ["measureEveryDays"], source: "s", messages: { default: () => "m" }, check: () => [] });
    expectTypeOf(rule.code).toEqualTypeOf<"measures/example">();
    expectTypeOf(rule.area).toEqualTypeOf<"measures">();
  });

  it("lets a rule read only the parameters it declares", () => {
    defineRule({
      code: "plan/example",
      summary: "s",
      defaultSeverity: "info",
      params: ["firstPlanWithinDays"],
      source: "s",
      messages: { default: () => "m" },
      check: ({ params }) => {
        expectTypeOf(params.firstPlanWithinDays).toEqualTypeOf<number>();
        // @ts-expect-error weeklyMinutes is not declared in params
        void params.weeklyMinutes;
        return [];
      },
    });
    // @ts-expect-error "weeklyHours" is not a policy parameter
    defineRule({ code: "plan/example", summary: "s", defaultSeverity: "info", params: ["weeklyHours"], source: "s", messages: {}, check: () => [] });
    // @ts-expect-error a code must start with a known area
    defineRule({ code: "billing/example", summary: "s", defaultSeverity: "info", params: [], source: "s", messages: {}, check: () => [] });
  });

  it("types a rule's findings from its messages: variants and params", () => {
    const late = defineRule({
      code: "plan/example",
      summary: "s",
      defaultSeverity: "info",
      params: [],
      source: "s",
      messages: { late: (p: { days: number }, words) => `${words.count(p.days, { one: "day", other: "days" })} late.` },
      check: () => [{ path: [], variant: "late", params: { days: 3 } }],
    });
    expectTypeOf(late.messages.late).parameter(0).toEqualTypeOf<{ days: number }>();
    defineRule({
      code: "plan/example",
      summary: "s",
      defaultSeverity: "info",
      params: [],
      source: "s",
      messages: { late: (p: { days: number }) => `${p.days} days late.` },
      // @ts-expect-error the finding must give the params its message reads
      check: () => [{ path: [], variant: "late", params: {} }],
    });
    defineRule({
      code: "plan/example",
      summary: "s",
      defaultSeverity: "info",
      params: [],
      source: "s",
      messages: { late: (p: { days: number }) => `${p.days} days late.` },
      // @ts-expect-error a variant the rule has no message for
      check: () => [{ path: [], variant: "early", params: { days: 1 } }],
    });
  });

  it("takes message overrides only for codes and variants iopkit writes, each template reading its finding's params", () => {
    definePolicy({ messages: { en: { "plan/diagnosis-required": { default: "Add a diagnosis." } } } });
    // @ts-expect-error no rule has this code
    definePolicy({ messages: { en: { "plan/no-such-rule": { default: "x" } } } });
    // @ts-expect-error the code has no such variant
    const misspeltVariant: MessageOverrides = { "schedule/commitment-conflict": { sessoin: "x" } };
    const reads: MessageOverrides = { "schedule/commitment-conflict": { session: (params, words) => `${words.weekday(params.day)} ${params.start}` } };
    // @ts-expect-error the finding has no such param
    const readsNothing: MessageOverrides = { "schedule/commitment-conflict": { session: (params) => String(params.room) } };
    // @ts-expect-error an override for an unknown code does not compile in formatFinding either
    formatFinding({} as Finding, { messages: { "schedule/no-such-rule": { default: "x" } } });
    void [misspeltVariant, reads, readsNothing];
  });

  it("types a complete language: CompleteTranslations holds every code the main entry writes", () => {
    // @ts-expect-error a language without the messages of every code does not compile
    const incomplete: CompleteTranslations = { "plan/diagnosis-required": { default: () => "x" } };
    void incomplete;
  });
});
