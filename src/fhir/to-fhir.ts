import { isAttended, matchAttendance } from "../attendance/match";
import type { AttendanceStatus } from "../attendance/schema";
import { dayOrdinal, formatWallTime, wallTimeMinutes, WEEKDAYS, type Day } from "../core/calendar";
import type { Finding, FindingPath, Result } from "../core/finding";
import { dayOptionFindings } from "../core/options";
import { localInstant } from "../core/zone";
import { fhirFinding } from "./messages";
import { lastDayOfCare } from "../core/period";
import { guardResult } from "../core/plan-error";
import { suggestActivityCodes } from "../coverage/codes";
import { scoreAssessment } from "../measures/score";
import { appointmentActivity } from "../modalities/catalog";
import { safeParsePlan } from "../plan/parse";
import type { Activity, TreatmentPlan } from "../plan/types";
import { expandSchedule, type ScheduledSession } from "../schedule/expand";
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  FhirCarePlan,
  FhirEncounter,
  FhirCarePlanActivity,
  FhirExtension,
  FhirPeriod,
  FhirResource,
  Reference,
  Timing,
} from "./types";
import { nameUuid } from "./uuid";
import {
  CODE_SYSTEMS,
  ENCOUNTER_BASED_ON,
  FHIR_EXTENSIONS,
  IDENTIFIER_SYSTEMS,
  INSTRUMENT_LOINC,
  RISK_PROBABILITY,
  SYSTEMS,
  TZ_CODE_EXTENSION,
  US_CORE_CAREPLAN,
  type ExtensionName,
} from "./vocabulary";

/**
 * Options of {@link toFhir}.
 *
 * @category FHIR
 * @example
 * ```ts
 * const options: ToFhirOptions = { appointments: { from: "2026-03-09", to: "2026-03-22" } };
 * ```
 */
export interface ToFhirOptions {
  /** Also write the dated sessions and visits of these days (inclusive) as Appointments. */
  readonly appointments?: { readonly from: Day; readonly to: Day };
  /** The identifier system of the participant's id (an MRN system, say). Default iopkit's own. */
  readonly participantSystem?: string;
}

type ExtensionValue = Omit<FhirExtension, "url">;

/** An iopkit extension with one value. */
function ext(name: ExtensionName, value: ExtensionValue): FhirExtension {
  return { url: FHIR_EXTENSIONS[name], ...value };
}

/** A nested extension part: a relative name and a value. */
function part(url: string, value: ExtensionValue): FhirExtension {
  return { url, ...value };
}

/** A concept with one code. */
function concept(system: string, code: string, text?: string): CodeableConcept {
  return { coding: [{ system, code }], ...(text === undefined ? {} : { text }) };
}

/** A wall time as a FHIR `time`. */
function fhirTime(minutes: number): string {
  return `${formatWallTime(minutes)}:00`;
}

/** An ISO 8601 instant whose offset has seconds (`-00:44:30`, Monrovia's before 1972): its day, time and offset parts. */
const OFFSET_WITH_SECONDS = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2}):(\d{2})$/;

/**
 * An instant with its offset (as `expandSchedule` dates it) as a FHIR `instant` or `dateTime`,
 * whose offset is `±hh:mm`: as it is, unless its offset is not a whole minute (a zone's local mean
 * time of old), then the same instant in UTC (`1971-03-01T09:44:30Z`).
 */
function fhirInstant(iso: string): string {
  const match = OFFSET_WITH_SECONDS.exec(iso);
  if (match === null) return iso;
  const [, date, hours, minutes, seconds, sign, offsetHours, offsetMinutes, offsetSeconds] = match;
  const offset = (sign === "-" ? -1 : 1) * (Number(offsetHours) * 3600 + Number(offsetMinutes) * 60 + Number(offsetSeconds));
  const utcSeconds = dayOrdinal(date as Day) * 86_400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) - offset;
  return `${localInstant(utcSeconds * 1000, 0).iso.slice(0, 19)}Z`;
}

/** The one CPT or HCPCS code of an activity, when exactly one applies. */
function billingCoding(activity: Activity, payer: string | undefined) {
  const codes = suggestActivityCodes(activity, payer);
  if (codes.length !== 1) return [];
  const code = codes[0]!;
  return [{ system: /^\d/.test(code) ? SYSTEMS.cpt : SYSTEMS.hcpcs, code }];
}

/** Whether a value holds an empty array or object at any depth (or is one): a read, without copying. */
function holdsEmpty(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) {
    if (value.length === 0) return true;
    for (const item of value) if (holdsEmpty(item)) return true;
    return false;
  }
  let fields = 0;
  for (const key in value) {
    fields += 1;
    if (holdsEmpty((value as Record<string, unknown>)[key])) return true;
  }
  return fields === 0;
}

/** A copy of a value without its empty arrays and objects, at any depth; `undefined` when nothing is left. */
function pruned(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map(pruned).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  const kept: Record<string, unknown> = {};
  let fields = 0;
  for (const key in value) {
    const child = pruned((value as Record<string, unknown>)[key]);
    if (child === undefined) continue;
    kept[key] = child;
    fields += 1;
  }
  return fields === 0 ? undefined : kept;
}

/**
 * A value as FHIR JSON writes it: an array or object left empty (an activity list of a plan without
 * sessions, an extension list with nothing to say) is omitted, at any depth, as FHIR R4 requires
 * (ele-1: an element has a value or children; validators reject an empty array). The value is not
 * changed; an array keeps the order of the items it keeps. A value with nothing empty, as most
 * resources are, is given back as it is, read once and not copied.
 */
function withoutEmpty(value: unknown): unknown {
  return holdsEmpty(value) ? pruned(value) : value;
}

/** The collector of entries: each resource gets a name-derived `urn:uuid`. */
class EntryList {
  readonly entries: BundleEntry[] = [];
  private readonly keys = new Set<string>();
  constructor(private readonly seed: string) {}

  /** The full URL of a resource key. */
  url(key: string): string {
    return nameUuid(`${this.seed}\u0000${key}`);
  }

  /** A reference to a resource key. */
  ref(key: string, type: FhirResource["resourceType"]): Reference {
    return { reference: this.url(key), type };
  }

  /** Whether a resource key has been added. */
  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Adds a resource as a POST entry, without its empty elements; `ifNoneExist` makes its creation conditional. */
  add(key: string, resource: FhirResource, ifNoneExist?: string): void {
    this.keys.add(key);
    this.entries.push({
      fullUrl: this.url(key),
      resource: withoutEmpty(resource) as FhirResource,
      request: { method: "POST", url: resource.resourceType, ...(ifNoneExist === undefined ? {} : { ifNoneExist }) },
    });
  }
}

/** A generated narrative; it names counts and codes only, never free text from the plan. */
function narrative(lines: readonly string[]) {
  return { status: "generated" as const, div: `<div xmlns="http://www.w3.org/1999/xhtml">${lines.map((line) => `<p>${line}</p>`).join("")}</div>` };
}

/** Paths of optional lists the plan holds empty, so that the import can tell empty from absent. */
function emptyLists(plan: TreatmentPlan): string[] {
  const paths: string[] = [];
  if (plan.participant.commitments?.length === 0) paths.push("participant.commitments");
  if (plan.schedule.appointments?.length === 0) paths.push("schedule.appointments");
  if (plan.assessments?.length === 0) paths.push("assessments");
  if (plan.attendance?.length === 0) paths.push("attendance");
  if (plan.transitions?.length === 0) paths.push("transitions");
  plan.reviews.forEach((review, index) => {
    if (review.labs?.length === 0) paths.push(`reviews.${index}.labs`);
  });
  plan.assessments?.forEach((assessment, index) => {
    if (assessment.items.length === 0) paths.push(`assessments.${index}.items`);
  });
  return paths;
}

/** A period starting on a day, its start in the plan's IANA zone (R4's `tz-code`). */
function zonedPeriod(plan: TreatmentPlan, start: Day, end: Day): FhirPeriod {
  return { start, _start: { extension: [{ url: TZ_CODE_EXTENSION, valueCode: plan.timeZone }] }, end };
}

/** The weekly timing of a session activity or a visit, bounded by the program's days in the plan's zone. */
function weeklyTiming(plan: TreatmentPlan, repeat: NonNullable<Timing["repeat"]>): Timing {
  return { repeat: { boundsPeriod: zonedPeriod(plan, plan.period.admitted, lastDayOfCare(plan)), ...repeat } };
}

/** Extensions naming an activity's topic, practice or service, goal link, intervention and facilitator. */
function activityExtensions(activity: Activity): FhirExtension[] {
  return [
    ...("topic" in activity && activity.topic !== undefined ? [ext("activity-topic", { valueCode: activity.topic })] : []),
    ...("practice" in activity ? [ext("activity-practice", { valueCode: activity.practice })] : []),
    ...("service" in activity ? [ext("activity-service", { valueCode: activity.service })] : []),
    ...("goalLinked" in activity && activity.goalLinked !== undefined ? [ext("goal-linked", { valueBoolean: activity.goalLinked })] : []),
    ...(activity.interventionId === undefined ? [] : [ext("for-intervention", { valueString: activity.interventionId })]),
    ...(activity.facilitatorRole === undefined ? [] : [ext("facilitator-role", { valueCode: activity.facilitatorRole })]),
  ];
}

/** Each session's activities in order, timed from the session's start (a day later past midnight). */
function sessionActivities(plan: TreatmentPlan): FhirCarePlanActivity[] {
  const payer = plan.coverage?.payer;
  return plan.schedule.sessions.flatMap((session, sessionIndex) => {
    let minute = wallTimeMinutes(session.start);
    return session.activities.map((activity, index) => {
      const dayShift = Math.floor(minute / 1440);
      const day = WEEKDAYS[(WEEKDAYS.indexOf(session.day) + dayShift) % 7]!;
      const timing = weeklyTiming(plan, { frequency: 1, period: 1, periodUnit: "wk", dayOfWeek: [day], timeOfDay: [fhirTime(minute % 1440)], duration: activity.minutes, durationUnit: "min" });
      minute += activity.minutes;
      const first = index === 0 && session.end !== undefined ? [ext("session-end", { valueTime: `${session.end}:00` })] : [];
      return {
        detail: {
          extension: [ext("session", { valueInteger: sessionIndex }), ...first, ...activityExtensions(activity)],
          kind: "Appointment" as const,
          code: { coding: [{ system: CODE_SYSTEMS.activityKind, code: activity.kind }, ...billingCoding(activity, payer)] },
          status: "scheduled" as const,
          scheduledTiming: timing,
        },
      };
    });
  });
}

/** The recurring visits outside the sessions. */
function visitActivities(plan: TreatmentPlan): FhirCarePlanActivity[] {
  const payer = plan.coverage?.payer;
  return (plan.schedule.appointments ?? []).map((visit, index) => ({
    detail: {
      extension: [
        ext("appointment", { valueInteger: index }),
        ...(visit.interventionId === undefined ? [] : [ext("for-intervention", { valueString: visit.interventionId })]),
        ...(visit.facilitatorRole === undefined ? [] : [ext("facilitator-role", { valueCode: visit.facilitatorRole })]),
      ],
      kind: "Appointment" as const,
      code: { coding: [{ system: CODE_SYSTEMS.activityKind, code: visit.modality }, ...billingCoding(appointmentActivity(visit.modality, visit.minutes), payer)] },
      status: "scheduled" as const,
      scheduledTiming: weeklyTiming(plan, {
        frequency: 1,
        period: visit.everyWeeks,
        periodUnit: "wk",
        ...(visit.day === undefined ? {} : { dayOfWeek: [visit.day] }),
        ...(visit.start === undefined ? {} : { timeOfDay: [`${visit.start}:00`] }),
        duration: visit.minutes,
        durationUnit: "min",
      }),
    },
  }));
}

/** Plan-wide data without a CarePlan element. */
function planExtensions(plan: TreatmentPlan): FhirExtension[] {
  return [
    ext("program-type", { valueCode: plan.programType }),
    ...(plan.period.discharged === undefined ? [] : [ext("discharged", { valueDate: plan.period.discharged })]),
    ...plan.dischargeCriteria.map((criterion) => ext("discharge-criterion", { valueString: criterion })),
    ...(plan.family === undefined
      ? []
      : [
          {
            url: FHIR_EXTENSIONS["family-involvement"],
            extension: [part("involvement", { valueCode: plan.family.involvement }), ...(plan.family.consent === undefined ? [] : [part("consent", { valueBoolean: plan.family.consent })])],
          },
        ]),
    ...(plan.transitions ?? []).map((transition) => ({
      url: FHIR_EXTENSIONS["level-transition"],
      extension: [part("date", { valueDate: transition.date }), part("from", { valueCode: transition.from }), part("to", { valueCode: transition.to }), part("reason", { valueString: transition.reason })],
    })),
    ...emptyLists(plan).map((path) => ext("empty-list", { valueString: path })),
  ];
}

const CAREPLAN_STATUS = { draft: "draft", active: "active", completed: "completed", discontinued: "revoked" } as const;

/** The identifier system of the participant's id. */
function participantSystemOf(options: ToFhirOptions): string {
  return options.participantSystem ?? IDENTIFIER_SYSTEMS.participant;
}

/** The Patient as a subject: the reference and the participant's identifier. */
function subjectOf(plan: TreatmentPlan, options: ToFhirOptions, list: EntryList): Reference {
  return { ...list.ref("Patient", "Patient"), identifier: { system: participantSystemOf(options), value: plan.participant.id } };
}

/** The resources of a parsed plan, in a stable order. */
function writeBundle(plan: TreatmentPlan, options: ToFhirOptions, list: EntryList): void {
  const patient = list.ref("Patient", "Patient");
  const participantSystem = participantSystemOf(options);
  const subject = subjectOf(plan, options, list);
  const carePlan = list.ref("CarePlan", "CarePlan");
  const { participant } = plan;

  list.add(
    "Patient",
    {
      resourceType: "Patient",
      extension: [
        ext("age-group", { valueCode: participant.ageGroup }),
        ...(participant.canBecomePregnant === undefined ? [] : [ext("can-become-pregnant", { valueBoolean: participant.canBecomePregnant })]),
        ...(participant.commitments ?? []).map((window) => ({
          url: FHIR_EXTENSIONS.commitment,
          extension: [
            part("day", { valueCode: window.day }),
            part("start", { valueTime: `${window.start}:00` }),
            part("end", { valueTime: `${window.end}:00` }),
            ...(window.label === undefined ? [] : [part("label", { valueString: window.label })]),
          ],
        })),
      ],
      identifier: [{ system: participantSystem, value: participant.id }],
      ...(participant.birthDate === undefined ? {} : { birthDate: participant.birthDate }),
    },
    `identifier=${encodeURIComponent(participantSystem)}|${encodeURIComponent(participant.id)}`,
  );

  const diagnosisKeys = plan.diagnoses.map((_, index) => `Condition/diagnosis/${index}`);
  const problemKeys = plan.problems.map((_, index) => `Condition/problem/${index}`);
  const goalRefs: Reference[] = [];
  const goalEntries: [string, FhirResource][] = [];
  const interventions: FhirCarePlanActivity[] = [];
  plan.problems.forEach((problem, p) => {
    problem.goals.forEach((goal, g) => {
      const goalKey = `Goal/${p}/${g}`;
      goalRefs.push(list.ref(goalKey, "Goal"));
      goalEntries.push([
        goalKey,
        {
          resourceType: "Goal",
          identifier: [{ system: IDENTIFIER_SYSTEMS.goal, value: goal.id }],
          lifecycleStatus: "active",
          description: { text: goal.statement },
          subject,
          addresses: [list.ref(problemKeys[p]!, "Condition")],
          ...(goal.participantWords === undefined ? {} : { note: [{ authorReference: patient, text: goal.participantWords }] }),
        },
      ]);
      goal.objectives.forEach((objective, o) => {
        const objectiveKey = `Goal/${p}/${g}/${o}`;
        const objectiveRef = list.ref(objectiveKey, "Goal");
        goalRefs.push(objectiveRef);
        const { measure } = objective;
        const loinc = measure === undefined ? undefined : INSTRUMENT_LOINC[measure.instrument];
        goalEntries.push([
          objectiveKey,
          {
            resourceType: "Goal",
            extension: [ext("part-of-goal", { valueReference: list.ref(goalKey, "Goal") })],
            identifier: [{ system: IDENTIFIER_SYSTEMS.objective, value: objective.id }],
            lifecycleStatus: "active",
            description: { text: objective.statement },
            subject,
            target: [
              {
                ...(measure === undefined
                  ? {}
                  : {
                      measure: { ...(loinc === undefined ? {} : { coding: [{ system: SYSTEMS.loinc, code: loinc }] }), text: measure.instrument },
                      detailQuantity: { value: measure.target.value, comparator: measure.target.op, unit: "{score}", system: SYSTEMS.ucum, code: "{score}" },
                    }),
                dueDate: objective.targetDate,
              },
            ],
            addresses: [list.ref(problemKeys[p]!, "Condition")],
          },
        ]);
        for (const intervention of objective.interventions) {
          // perWeek is the frequency and everyWeeks the period in weeks; both with a one-week period
          // is written as seven days, so that it reads back apart from perWeek alone.
          const { perWeek, everyWeeks } = intervention;
          const repeat = {
            ...(perWeek === undefined ? {} : { frequency: perWeek }),
            ...(perWeek !== undefined && everyWeeks === 1 ? { period: 7, periodUnit: "d" as const } : { period: everyWeeks ?? 1, periodUnit: "wk" as const }),
          };
          interventions.push({
            detail: {
              extension: [ext("intervention-id", { valueString: intervention.id }), ext("responsible-role", { valueCode: intervention.responsibleRole })],
              kind: "ServiceRequest",
              code: concept(CODE_SYSTEMS.activityKind, intervention.modality),
              goal: [objectiveRef],
              status: "scheduled",
              ...(perWeek === undefined && everyWeeks === undefined ? {} : { scheduledTiming: { repeat: { boundsPeriod: { start: plan.period.admitted, end: lastDayOfCare(plan) }, ...repeat } } }),
            },
          });
        }
      });
    });
  });

  const sessions = plan.schedule.sessions;
  const weeklyMinutes = sessions.reduce((sum, session) => sum + session.activities.reduce((total, activity) => total + activity.minutes, 0), 0);
  const main: FhirCarePlan = {
    resourceType: "CarePlan",
    meta: { profile: [US_CORE_CAREPLAN] },
    text: narrative([
      `Intensive outpatient treatment plan (${plan.programType} program), ${plan.period.admitted} to ${lastDayOfCare(plan)}, status ${plan.status}.`,
      `${plan.diagnoses.length} diagnoses, ${plan.problems.length} problems, ${goalRefs.length} goals and objectives; ${sessions.length} sessions a week (${weeklyMinutes} minutes) and ${plan.schedule.appointments?.length ?? 0} recurring visits; ${plan.medications.length} medications.`,
    ]),
    extension: planExtensions(plan),
    identifier: [{ system: IDENTIFIER_SYSTEMS.plan, value: plan.id }],
    status: CAREPLAN_STATUS[plan.status],
    intent: "plan",
    category: [concept(SYSTEMS.carePlanCategory, "assess-plan")],
    subject,
    period: zonedPeriod(plan, plan.period.admitted, plan.period.plannedDischarge),
    careTeam: [list.ref("CareTeam", "CareTeam")],
    addresses: [...diagnosisKeys, ...problemKeys].map((key) => list.ref(key, "Condition")),
    goal: goalRefs,
    activity: [...interventions, ...sessionActivities(plan), ...visitActivities(plan)],
  };
  list.add("CarePlan", main);

  list.add("CareTeam", {
    resourceType: "CareTeam",
    status: "active",
    subject,
    participant: plan.careTeam.map((member, index) => ({
      role: [concept(CODE_SYSTEMS.careRole, member.role)],
      member: list.ref(`PractitionerRole/${index}`, "PractitionerRole"),
    })),
  });
  plan.careTeam.forEach((member, index) => {
    list.add(`PractitionerRole/${index}`, {
      resourceType: "PractitionerRole",
      identifier: [{ system: IDENTIFIER_SYSTEMS.careTeamMember, value: member.id }],
      code: [concept(CODE_SYSTEMS.careRole, member.role), ...(member.credentials === undefined ? [] : [{ text: member.credentials }])],
    });
  });

  const clinical = concept(SYSTEMS.conditionClinical, "active");
  plan.diagnoses.forEach((diagnosis, index) => {
    list.add(diagnosisKeys[index]!, {
      resourceType: "Condition",
      ...(diagnosis.primary === undefined ? {} : { extension: [ext("primary-diagnosis", { valueBoolean: diagnosis.primary })] }),
      clinicalStatus: clinical,
      category: [concept(SYSTEMS.conditionCategory, "problem-list-item")],
      code: concept(SYSTEMS.icd10cm, diagnosis.code),
      subject,
    });
  });
  plan.problems.forEach((problem, index) => {
    list.add(problemKeys[index]!, {
      resourceType: "Condition",
      identifier: [{ system: IDENTIFIER_SYSTEMS.problem, value: problem.id }],
      clinicalStatus: clinical,
      category: [concept(SYSTEMS.usCoreConditionCategory, "health-concern")],
      code: { text: problem.statement },
      subject,
    });
  });
  for (const [key, goal] of goalEntries) list.add(key, goal);

  if (plan.risk !== undefined) {
    list.add("Observation/risk", {
      resourceType: "Observation",
      status: "final",
      code: concept(CODE_SYSTEMS.riskKind, "suicide", "Suicide risk level"),
      subject,
      effectiveDateTime: plan.risk.assessedOn,
      valueCodeableConcept: concept(SYSTEMS.riskProbability, RISK_PROBABILITY[plan.risk.suicide]),
    });
  }

  plan.medications.forEach((medication, index) => {
    const last = medication.events.at(-1)!;
    list.add(`MedicationStatement/${index}`, {
      resourceType: "MedicationStatement",
      extension: [
        ext("medication-class", { valueString: medication.class }),
        ...medication.events.map((event) => ({ url: FHIR_EXTENSIONS["medication-event"], extension: [part("date", { valueDate: event.date }), part("kind", { valueCode: event.kind })] })),
      ],
      identifier: [{ system: IDENTIFIER_SYSTEMS.medication, value: medication.id }],
      status: last.kind === "stop" ? "stopped" : "active",
      medicationCodeableConcept: { text: medication.name },
      subject,
      effectivePeriod: { start: medication.events[0]!.date, ...(last.kind === "stop" ? { end: last.date } : {}) },
    });
  });

  plan.reviews.forEach((review, index) => {
    list.add(`ServiceRequest/review/${index}`, {
      resourceType: "ServiceRequest",
      extension: [
        ...(review.participantSigned === undefined ? [] : [ext("participant-signed", { valueBoolean: review.participantSigned })]),
        ...(review.refusalDocumented === undefined ? [] : [ext("refusal-documented", { valueBoolean: review.refusalDocumented })]),
      ],
      status: "completed",
      intent: "order",
      code: concept(CODE_SYSTEMS.reviewKind, review.kind),
      ...(review.labs === undefined ? {} : { orderDetail: review.labs.map((lab) => concept(CODE_SYSTEMS.labKind, lab)) }),
      subject,
      occurrenceDateTime: review.date,
    });
  });

  (plan.assessments ?? []).forEach((assessment, index) => {
    const loinc = INSTRUMENT_LOINC[assessment.instrument];
    const score = scoreAssessment(assessment);
    list.add(`Observation/${index}`, {
      resourceType: "Observation",
      status: "final",
      category: [concept(SYSTEMS.observationCategory, "survey")],
      code: { ...(loinc === undefined ? {} : { coding: [{ system: SYSTEMS.loinc, code: loinc }] }), text: assessment.instrument },
      subject,
      effectiveDateTime: assessment.date,
      ...(score.success ? { valueInteger: score.data.total } : { dataAbsentReason: concept(SYSTEMS.dataAbsentReason, "error") }),
      component: assessment.items.map((value, item) => ({ code: concept(CODE_SYSTEMS.instrumentItem, `${assessment.instrument}/${item + 1}`), valueInteger: value })),
    });
  });

  if (plan.coverage !== undefined) writeCoverage(plan.coverage, list, subject);
  if (plan.aftercare !== undefined) writeAftercare(plan, plan.aftercare, list, subject, carePlan);
}

/** The Coverage, its payer (an Organization, or the patient for self-pay) and the terms iopkit keeps. */
function writeCoverage(coverage: NonNullable<TreatmentPlan["coverage"]>, list: EntryList, subject: Reference): void {
  const selfPay = coverage.payer === "self-pay";
  if (!selfPay) {
    list.add("Organization", { resourceType: "Organization", identifier: [{ system: IDENTIFIER_SYSTEMS.payer, value: coverage.payer }], name: coverage.payer }, `identifier=${encodeURIComponent(IDENTIFIER_SYSTEMS.payer)}|${coverage.payer}`);
  }
  const { authorization, certification, costSharing } = coverage;
  const numbers = (values: Record<string, number | boolean | undefined>, decimals: readonly string[] = []) =>
    Object.entries(values).flatMap(([url, value]) =>
      value === undefined ? [] : [part(url, typeof value === "boolean" ? { valueBoolean: value } : decimals.includes(url) ? { valueDecimal: value } : { valueInteger: value })],
    );
  list.add("Coverage", {
    resourceType: "Coverage",
    extension: [
      ...(authorization === undefined
        ? []
        : [
            {
              url: FHIR_EXTENSIONS.authorization,
              extension: [
                part("start", { valueDate: authorization.start }),
                part("end", { valueDate: authorization.end }),
                ...numbers({ "approved-days": authorization.approvedDays }),
                ...(authorization.nextReview === undefined ? [] : [part("next-review", { valueDate: authorization.nextReview })]),
              ],
            },
          ]),
      ...(certification === undefined
        ? []
        : [{ url: FHIR_EXTENSIONS.certification, extension: [part("certified-on", { valueDate: certification.certifiedOn }), ...certification.recertifiedOn.map((day) => part("recertified-on", { valueDate: day }))] }]),
      ...(costSharing === undefined
        ? []
        : [
            {
              url: FHIR_EXTENSIONS["cost-sharing"],
              extension: numbers(
                {
                  "allowed-per-day-cents": costSharing.allowedPerDayCents,
                  "copay-per-day-cents": costSharing.copayPerDayCents,
                  "copay-before-deductible": costSharing.copayBeforeDeductible,
                  coinsurance: costSharing.coinsurance,
                  "deductible-remaining-cents": costSharing.deductibleRemainingCents,
                  "out-of-pocket-remaining-cents": costSharing.outOfPocketRemainingCents,
                },
                ["coinsurance"],
              ),
            },
          ]),
    ],
    status: "active",
    beneficiary: subject,
    ...(authorization === undefined ? {} : { period: { start: authorization.start, end: authorization.end } }),
    payor: [selfPay ? subject : list.ref("Organization", "Organization")],
  });
}

/** The aftercare CarePlan, based on the treatment plan, with a ServiceRequest per arranged follow-up. */
function writeAftercare(plan: TreatmentPlan, aftercare: NonNullable<TreatmentPlan["aftercare"]>, list: EntryList, subject: Reference, carePlan: Reference): void {
  const { safetyPlan } = aftercare;
  list.add("CarePlan/aftercare", {
    resourceType: "CarePlan",
    meta: { profile: [US_CORE_CAREPLAN] },
    text: narrative([
      `Aftercare plan started ${aftercare.startedOn}${aftercare.stepDownTo === undefined ? "" : `, stepping down to ${aftercare.stepDownTo}`}: ${aftercare.components.length} follow-ups${safetyPlan === undefined ? "" : `; a safety plan of ${safetyPlan.steps.length} steps`}.`,
    ]),
    extension: [
      ...(aftercare.stepDownTo === undefined ? [] : [ext("step-down-to", { valueCode: aftercare.stepDownTo })]),
      ...(safetyPlan === undefined
        ? []
        : [
            {
              url: FHIR_EXTENSIONS["safety-plan"],
              extension: [
                ...(safetyPlan.writtenOn === undefined ? [] : [part("written-on", { valueDate: safetyPlan.writtenOn })]),
                part("crisis-line", { valueString: safetyPlan.crisisLine }),
                ...safetyPlan.steps.map((step) => ({ url: "step", extension: [part("kind", { valueCode: step.step }), part("text", { valueString: step.text })] })),
              ],
            },
          ]),
    ],
    status: plan.status === "draft" ? "draft" : "active",
    intent: "plan",
    category: [concept(SYSTEMS.carePlanCategory, "assess-plan")],
    subject,
    period: { start: aftercare.startedOn },
    basedOn: [carePlan],
    activity: aftercare.components.map((_, index) => ({ reference: list.ref(`ServiceRequest/aftercare/${index}`, "ServiceRequest") })),
  });
  aftercare.components.forEach((component, index) => {
    list.add(`ServiceRequest/aftercare/${index}`, {
      resourceType: "ServiceRequest",
      ...(component.provider === undefined ? {} : { extension: [ext("provider", { valueString: component.provider })] }),
      status: "active",
      intent: "plan",
      code: concept(CODE_SYSTEMS.aftercareComponent, component.kind),
      subject,
      ...(component.firstAppointment === undefined ? {} : { occurrenceDateTime: component.firstAppointment }),
    });
  });
}

/** The key of a dated session's or visit's Appointment. */
function appointmentKey(dated: ScheduledSession): string {
  return `Appointment/${dated.kind}/${dated.sessionIndex}/${dated.date}`;
}

/** The activity kind of a dated session or visit: a program session, or the visit's modality. */
function datedKind(dated: ScheduledSession): string {
  return dated.kind === "session" ? "program-session" : dated.modality!;
}

/** The dated sessions and visits of a span as Appointments; the span's findings when it is unusable. */
function writeAppointments(plan: TreatmentPlan, span: NonNullable<ToFhirOptions["appointments"]>, list: EntryList): readonly Finding[] {
  const expanded = expandSchedule(plan, { from: span.from, to: span.to });
  if (!expanded.success) return expanded.findings;
  const patient = list.ref("Patient", "Patient");
  for (const dated of expanded.data.sessions) {
    list.add(appointmentKey(dated), {
      resourceType: "Appointment",
      status: "booked",
      serviceType: [concept(CODE_SYSTEMS.activityKind, datedKind(dated))],
      start: fhirInstant(dated.start),
      end: fhirInstant(dated.end),
      minutesDuration: dated.minutes,
      supportingInformation: [list.ref("CarePlan", "CarePlan")],
      participant: [{ actor: patient, status: "accepted" }],
    });
  }
  return [];
}

/**
 * The R4 encounter status of each attendance status. R4 has no no-show Encounter: an absence, like
 * a session the program cancelled, is an encounter that ended before it began (`cancelled`).
 */
const ENCOUNTER_STATUS = {
  attended: "finished",
  partial: "finished",
  "absent-excused": "cancelled",
  "absent-unexcused": "cancelled",
  "cancelled-by-programme": "cancelled",
} as const satisfies Record<AttendanceStatus, FhirEncounter["status"]>;

/** The dated session or visit of each attendance record, by the record's index, where one matches. */
function datedRecords(plan: TreatmentPlan): Map<number, ScheduledSession> {
  const matched = matchAttendance(plan);
  const dated = new Map<number, ScheduledSession>();
  for (const { session, record } of matched.sessions) if (record !== undefined) dated.set(record, session);
  for (const { index, first } of matched.duplicates) dated.set(index, dated.get(first)!);
  return dated;
}

/**
 * Each attendance record as an ambulatory Encounter based on the CarePlan: its day, status and
 * session or visit index in the extension `attendance`; `period` from the dated session where one
 * matches (its start and end when attended, its start when partly attended, else the day) and
 * `length` the minutes present; the Appointment when the Bundle holds it.
 */
function writeAttendance(plan: TreatmentPlan, options: ToFhirOptions, list: EntryList): void {
  const attendance = plan.attendance ?? [];
  if (attendance.length === 0) return;
  const subject = subjectOf(plan, options, list);
  const carePlan = list.ref("CarePlan", "CarePlan");
  const dated = datedRecords(plan);
  attendance.forEach((record, index) => {
    const session = dated.get(index);
    const appointment = session === undefined ? undefined : appointmentKey(session);
    const period = session === undefined ? { start: record.date } : { start: fhirInstant(session.start), ...(record.status === "attended" ? { end: fhirInstant(session.end) } : {}) };
    list.add(`Encounter/${index}`, {
      resourceType: "Encounter",
      extension: [
        {
          url: FHIR_EXTENSIONS.attendance,
          extension: [
            part("date", { valueDate: record.date }),
            part("status", { valueCode: record.status }),
            ...(record.session === undefined ? [] : [part("session", { valueInteger: record.session })]),
            ...(record.appointment === undefined ? [] : [part("appointment", { valueInteger: record.appointment })]),
          ],
        },
        { url: ENCOUNTER_BASED_ON, valueReference: carePlan },
      ],
      status: ENCOUNTER_STATUS[record.status],
      class: { system: SYSTEMS.actCode, code: "AMB", display: "ambulatory" },
      ...(session === undefined ? {} : { serviceType: concept(CODE_SYSTEMS.activityKind, datedKind(session)) }),
      subject,
      ...(appointment !== undefined && list.has(appointment) ? { appointment: [list.ref(appointment, "Appointment")] } : {}),
      ...(isAttended(record.status) ? { period } : {}),
      ...(record.minutes === undefined ? {} : { length: { value: record.minutes, unit: "min", system: SYSTEMS.ucum, code: "min" } }),
    });
  });
}

/**
 * The characters a FHIR `string` cannot hold: the control characters below U+0020 other than tab,
 * line feed and carriage return (FHIR R4's `string` datatype; validators reject them).
 */
const NOT_IN_FHIR_STRING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * The `fhir/invalid-string` error of a string FHIR cannot carry, if it is one: one with a control
 * character, or one with no character but white space (an empty string too), which FHIR's
 * `string` does not allow (ele-1: an element has a value; validators reject "   ").
 */
function invalidString(value: string, path: FindingPath): Finding[] {
  if (NOT_IN_FHIR_STRING.test(value)) return [fhirFinding("fhir/invalid-string", "error", path, {})];
  return /\S/.test(value) ? [] : [fhirFinding("fhir/invalid-string", "error", path, { variant: "blank" })];
}

/** An `fhir/invalid-string` error at each string of a value, by its path, that FHIR cannot carry; never the text itself. */
function invalidStrings(value: unknown, path: FindingPath = []): Finding[] {
  if (typeof value === "string") return invalidString(value, path);
  if (Array.isArray(value)) return value.flatMap((item, index) => invalidStrings(item, [...path, index]));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => invalidStrings(child, [...path, key]));
}

/** Findings for unusable options. */
function optionFindings(options: unknown): Finding[] {
  if (options === undefined) return [];
  if (typeof options !== "object" || options === null) return [fhirFinding("engine/invalid-option", "error", [], { variant: "notObject" })];
  const { appointments, participantSystem } = options as Record<string, unknown>;
  const findings: Finding[] = [];
  if (participantSystem !== undefined && (typeof participantSystem !== "string" || !/^\S+$/.test(participantSystem))) {
    findings.push(fhirFinding("engine/invalid-option", "error", ["participantSystem"], { variant: "participantSystem" }));
  }
  if (appointments === undefined) return findings;
  if (typeof appointments !== "object" || appointments === null) return [...findings, fhirFinding("engine/invalid-option", "error", ["appointments"], { variant: "appointments" })];
  // The order and length of the span are expandSchedule's to judge.
  const { from, to } = appointments as Record<string, unknown>;
  return [...findings, ...dayOptionFindings(["from"], from), ...dayOptionFindings(["to"], to)];
}

/**
 * Writes a plan as a FHIR R4 transaction Bundle: Patient (by identifier, never named), the US Core
 * CarePlan with its Conditions, Goals, CareTeam and weekly program, MedicationStatements,
 * reviews and labs as ServiceRequests, assessments as survey Observations, the suicide-risk level,
 * Coverage, the aftercare CarePlan and each attendance record as an Encounter; Appointments too
 * when asked. Every entry has a `urn:uuid`
 * derived from the plan (the same plan gives the same Bundle) and every reference points inside
 * the Bundle. {@link fromFhir} reads it back into the same plan.
 *
 * @param plan - a treatment plan (checked first: a bad plan gives its schema findings, text FHIR
 *   strings cannot hold, with a control character or blank, an `fhir/invalid-string` error at each
 *   such field)
 * @param options - Appointments to date, and the participant's identifier system
 * @returns the Bundle, or the findings that stopped it
 * @category FHIR
 * @example
 * ```ts
 * const bundle = toFhir(plan);
 * bundle.success && bundle.data.entry[1]!.resource.resourceType; //=> "CarePlan"
 * ```
 */
export function toFhir(plan: TreatmentPlan, options: ToFhirOptions = {}): Result<Bundle> {
  // Options that throw when read (getters, proxies) give a finding, as a plan that does.
  return guardResult("plan or its options", () => {
    const optionProblems = optionFindings(options);
    if (optionProblems.length > 0) return { success: false, findings: optionProblems };
    const parsed = safeParsePlan(plan);
    if (!parsed.success) return parsed;
    const unwritable = invalidStrings(parsed.data);
    if (unwritable.length > 0) return { success: false, findings: unwritable };
    const list = new EntryList(`${parsed.data.id}\u0000${parsed.data.participant.id}`);
    writeBundle(parsed.data, options, list);
    const spanProblems = options.appointments === undefined ? [] : writeAppointments(parsed.data, options.appointments, list);
    if (spanProblems.length > 0) return { success: false, findings: spanProblems };
    writeAttendance(parsed.data, options, list);
    return { success: true, data: { resourceType: "Bundle", type: "transaction", entry: list.entries } };
  });
}
