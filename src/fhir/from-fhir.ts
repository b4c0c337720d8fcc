import type { Day } from "../core/calendar";
import type { Finding, FindingPath, Result } from "../core/finding";
import { formatPath } from "../core/plan-error";
import { INSTRUMENTS } from "../measures/instruments";
import { safeParsePlan } from "../plan/parse";
import { ObjectiveSchema } from "../plan/schema";
import type { TreatmentPlan } from "../plan/types";
import { expandSchedule } from "../schedule/expand";
import { arr, BundleReader, codeIn, day, dayInZone, extensionsOf, extValue, identifierValue, obj, partValue, str, wallTime, type Json, type Located } from "./read";
import {
  BILLED_ACTIVITIES,
  CODE_SYSTEMS,
  FHIR_EXTENSIONS,
  HCPCS_SYSTEMS,
  IDENTIFIER_SYSTEMS,
  INSTRUMENT_LOINC,
  RISK_PROBABILITY,
  SYSTEMS,
  TIMING_ZONE_EXTENSION,
  TZ_CODE_EXTENSION,
} from "./vocabulary";
import { fhirFinding, type UnmappedVariant } from "./messages";

/**
 * What {@link fromFhir} answers: the plan with the gaps it filled or skipped (`fhir/unmapped`
 * warnings at FHIR paths), or every finding that stopped it, each at the FHIR path its value was
 * read from and with the plan field in `params.planPath`. A `Result<TreatmentPlan>` with findings
 * on success too.
 *
 * @category FHIR
 * @example
 * ```ts
 * const imported: FhirImport = fromFhir({ resourceType: "Bundle" });
 * imported.success; //=> false
 * ```
 */
export type FhirImport =
  | { readonly success: true; readonly data: TreatmentPlan; readonly findings: readonly Finding[] }
  | { readonly success: false; readonly findings: readonly Finding[] };

type Draft = Record<string, unknown>;

const CAREPLAN_STATUS: ReadonlyMap<string, string> = new Map([
  ["draft", "draft"],
  ["active", "active"],
  ["completed", "completed"],
  ["revoked", "discontinued"],
]);
const RISK_LEVEL: ReadonlyMap<string, string> = new Map(Object.entries(RISK_PROBABILITY).map(([level, code]) => [code, level]));

/** Keys with a defined value only, so an absent field stays absent. */
function defined(fields: Draft): Draft {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** What a plan's objective measure may be: an instrument and a target the plan schema accepts. */
const MEASURE = ObjectiveSchema.shape.measure.unwrap();

/** Another system's finished ambulatory Encounter: attendance if the plan has a session or visit that day. */
interface Visit {
  readonly date: Day;
  readonly path: FindingPath;
}

/** An ICD-10-CM code as the plan writes it, with the dot after its category: `F331` is `F33.1`. */
function withIcdDot(code: string | undefined): string | undefined {
  return code !== undefined && code.length > 3 && !code.includes(".") ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** Whether an Encounter class is the ambulatory one toFhir writes: `AMB` in v3 ActCode, or with no system. */
function isAmbulatory(coding: unknown): boolean {
  const encounterClass = obj(coding);
  return encounterClass?.code === "AMB" && (encounterClass.system === undefined || encounterClass.system === SYSTEMS.actCode);
}

/** Whether an Observation component is coded as one of iopkit's instrument items. */
function isItem(component: Json | undefined): boolean {
  return codeIn(component?.code, CODE_SYSTEMS.instrumentItem) !== undefined;
}

/** The instrument a concept names, by LOINC code or by name. */
function instrumentOf(concept: unknown): string | undefined {
  const loinc = codeIn(concept, SYSTEMS.loinc);
  const byCode = Object.entries(INSTRUMENT_LOINC).find(([, code]) => code === loinc)?.[0];
  const text = str(obj(concept)?.text);
  return byCode ?? INSTRUMENTS.find((instrument) => instrument === text);
}

/** The session activity a concept's CPT or HCPCS code names, if it names one. */
function billedActivity(concept: unknown): (typeof BILLED_ACTIVITIES)[string] | undefined {
  const code = [SYSTEMS.cpt, ...HCPCS_SYSTEMS].map((system) => codeIn(concept, system)).find((found) => found !== undefined);
  return code !== undefined && Object.hasOwn(BILLED_ACTIVITIES, code) ? BILLED_ACTIVITIES[code] : undefined;
}

/**
 * Whether a Timing's repeat says weekly sessions: days of the week, times of day and a duration in
 * minutes, every day or week it names (no period, or a period of one day or one week).
 */
function isWeeklySessions(repeat: Json | undefined): boolean {
  const everyWeek = repeat?.period === undefined || (repeat.period === 1 && (repeat.periodUnit === "wk" || repeat.periodUnit === "d"));
  return everyWeek && arr(repeat?.dayOfWeek).length > 0 && arr(repeat?.timeOfDay).length > 0 && typeof repeat?.duration === "number" && repeat.durationUnit === "min";
}

/** Reads the Bundle's resources into a plan draft. */
class PlanReader {
  private readonly problems = new Map<Located, Draft & { goals: Draft[] }>();
  private readonly goals = new Map<Located, Draft & { objectives: Draft[] }>();
  private readonly objectives = new Map<Located, Draft & { interventions: Draft[] }>();
  private readonly empty: Set<string>;
  private readonly patient: Located | undefined;
  private readonly zone: string | undefined;
  /** The FHIR element each draft object was read from. */
  private readonly sources = new Map<object, FindingPath>();
  /** Another system's Encounters that may be attendance, once the plan's schedule is dated. */
  private readonly visits: Visit[] = [];

  constructor(
    private readonly reader: BundleReader,
    private readonly main: Located,
    private readonly aftercarePlan: Located | undefined,
  ) {
    this.empty = new Set(extensionsOf(main.resource, FHIR_EXTENSIONS["empty-list"]).flatMap((extension) => str(extension.valueString) ?? []));
    this.patient = reader.resolve(main.resource.subject, [...main.path, "subject"]);
    this.zone = this.timeZone();
  }

  /** Notes the FHIR element a draft object was read from, so that a finding about it points there. */
  private at<T extends object>(path: FindingPath, draft: T): T {
    this.sources.set(draft, path);
    return draft;
  }

  /** The FHIR path of the value at a plan path: that of the deepest draft object on the way read from one. */
  private sourceOf(draft: Draft, planPath: FindingPath): FindingPath {
    let node: unknown = draft;
    let source = this.sources.get(draft) ?? this.main.path;
    for (const key of planPath) {
      node = typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
      source = (typeof node === "object" && node !== null ? this.sources.get(node) : undefined) ?? source;
    }
    return source;
  }

  /** The day of a FHIR date or dateTime in the plan's zone. */
  private dayOf(value: unknown): Day | undefined {
    return dayInZone(value, this.zone ?? "UTC");
  }

  /** A list read from the Bundle; an empty one stays absent unless the plan held it empty. */
  private optionalList(items: readonly unknown[], path: string): readonly unknown[] | undefined {
    return items.length > 0 || this.empty.has(path) ? items : undefined;
  }

  /** A value that must be there: the default, with a gap finding, when it is not. */
  private required<T>(value: T | undefined, fallback: T, path: FindingPath, variant: UnmappedVariant): T {
    if (value !== undefined) return value;
    this.reader.gap(path, variant);
    return fallback;
  }

  draft(): Draft {
    const { resource, path } = this.main;
    const status = str(resource.status);
    const period = obj(resource.period);
    const admitted = this.dayOf(period?.start);
    if (admitted === undefined) this.reader.gap([...path, "period", "start"], "noStart");
    const plannedDischarge = this.dayOf(period?.end);
    if (plannedDischarge === undefined) this.reader.gap([...path, "period", "end"], "noEnd");
    this.readAddresses();
    this.readGoals();
    const activities = this.readActivities();
    const family = extensionsOf(resource, FHIR_EXTENSIONS["family-involvement"])[0];
    return this.at(path, defined({
      schemaVersion: 1,
      id: this.required(identifierValue(resource, IDENTIFIER_SYSTEMS.plan) ?? identifierValue(resource) ?? str(resource.id), "plan", [...path, "identifier"], "noIdentifier"),
      status: this.required(status === undefined ? undefined : CAREPLAN_STATUS.get(status), "draft", [...path, "status"], "noStatus"),
      levelOfCare: "intensive-outpatient",
      programType: this.required(str(extValue(resource, "program-type", "valueCode")), "mental-health", [...path, "extension"], "noProgramType"),
      timeZone: this.required(this.zone, "UTC", [...path, "period", "start"], "noTimeZone"),
      participant: this.participant(),
      risk: this.risk(),
      diagnoses: [...this.diagnoses],
      careTeam: this.careTeam(),
      period: this.at([...path, "period"], defined({ admitted, plannedDischarge, discharged: day(extValue(resource, "discharged", "valueDate")) })),
      problems: [...this.problems.values()],
      dischargeCriteria: extensionsOf(resource, FHIR_EXTENSIONS["discharge-criterion"]).flatMap((extension) => str(extension.valueString) ?? []),
      schedule: this.at([...path, "activity"], defined({ sessions: activities.sessions, appointments: this.optionalList(activities.appointments, "schedule.appointments") })),
      family: family === undefined ? undefined : defined({ involvement: partValue(family, "involvement", "valueCode"), consent: partValue(family, "consent", "valueBoolean") }),
      medications: this.medications(),
      reviews: this.reviews(),
      assessments: this.assessments(),
      aftercare: this.aftercare(),
      coverage: this.coverage(),
      attendance: this.attendance(),
      transitions: this.optionalList(
        extensionsOf(resource, FHIR_EXTENSIONS["level-transition"]).map((transition) =>
          defined({ date: day(partValue(transition, "date", "valueDate")), from: partValue(transition, "from", "valueCode"), to: partValue(transition, "to", "valueCode"), reason: partValue(transition, "reason", "valueString") }),
        ),
        "transitions",
      ),
    }));
  }

  /**
   * The plan's zone: R4's `tz-code` on the start of the CarePlan's period or of a weekly Timing's
   * `boundsPeriod`, else the `timezone` extension another system may put on the CarePlan or a Timing.
   */
  private timeZone(): string | undefined {
    const timings = arr(this.main.resource.activity).map((activity) => obj(obj(obj(activity)?.detail)?.scheduledTiming));
    const periods = [obj(this.main.resource.period), ...timings.map((timing) => obj(obj(timing?.repeat)?.boundsPeriod))];
    const candidates = [
      ...periods.map((period) => extensionsOf(obj(period?._start), TZ_CODE_EXTENSION)[0]?.valueCode),
      ...[this.main.resource, ...timings].map((holder) => extensionsOf(holder, TIMING_ZONE_EXTENSION)[0]?.valueCode),
    ];
    return candidates.find((zone): zone is string => typeof zone === "string");
  }

  private participant(): Draft {
    const patient = this.patient?.resource;
    const subject = obj(this.main.resource.subject);
    const id = str(obj(subject?.identifier)?.value) ?? (patient === undefined ? undefined : identifierValue(patient) ?? str(patient.id));
    const commitments = extensionsOf(patient, FHIR_EXTENSIONS.commitment).map((window) =>
      defined({ day: partValue(window, "day", "valueCode"), start: wallTime(partValue(window, "start", "valueTime")), end: wallTime(partValue(window, "end", "valueTime")), label: partValue(window, "label", "valueString") }),
    );
    const agePath = this.patient === undefined ? [...this.main.path, "subject"] : [...this.patient.path, "extension"];
    return this.at(this.patient?.path ?? [...this.main.path, "subject"], defined({
      id: this.required(id, "participant", [...this.main.path, "subject", "identifier"], "noSubjectIdentifier"),
      ageGroup: this.required(str(extValue(patient, "age-group", "valueCode")), "adult", agePath, "noAgeGroup"),
      birthDate: day(patient?.birthDate),
      commitments: this.optionalList(commitments, "participant.commitments"),
      canBecomePregnant: extValue(patient, "can-become-pregnant", "valueBoolean"),
    }));
  }

  private readonly diagnoses: Draft[] = [];

  /** Conditions the CarePlan addresses: ICD-10-CM diagnoses, and problems. */
  private readAddresses(): void {
    arr(this.main.resource.addresses).forEach((reference, index) => {
      const path = [...this.main.path, "addresses", index];
      const condition = this.reader.resolve(reference, path);
      if (condition === undefined) return;
      const { resource } = condition;
      const problemId = identifierValue(resource, IDENTIFIER_SYSTEMS.problem);
      const icd = withIcdDot(codeIn(resource.code, SYSTEMS.icd10cm));
      const statement = str(obj(resource.code)?.text) ?? str(obj(arr(obj(resource.code)?.coding)[0])?.display);
      if (problemId === undefined && icd !== undefined) {
        this.diagnoses.push(this.at([...condition.path, "code"], defined({ code: icd, primary: extValue(resource, "primary-diagnosis", "valueBoolean") })));
      } else if (statement !== undefined) {
        if (problemId === undefined) this.reader.gap([...condition.path, "code"], "conditionWithoutIcd");
        this.problems.set(condition, this.at(condition.path, { id: problemId ?? identifierValue(resource) ?? str(resource.id) ?? `problem-${index + 1}`, statement, goals: [] as Draft[] }));
      } else {
        this.reader.gap([...condition.path, "code"], "conditionWithoutCode");
      }
    });
  }

  /** The problem a Goal addresses, else the first problem. */
  private problemOf(goal: Located): (Draft & { goals: Draft[] }) | undefined {
    const addressed = arr(goal.resource.addresses).map((reference, index) => this.reader.resolve(reference, [...goal.path, "addresses", index]));
    for (const condition of addressed) if (condition !== undefined && this.problems.has(condition)) return this.problems.get(condition);
    return this.problems.values().next().value;
  }

  /**
   * An objective's measure from a Goal target (at `path`): an instrument iopkit knows and a quantity
   * with a comparator and a score the plan accepts. A target that states a measure otherwise is a
   * gap, and the objective is kept without it.
   */
  private measure(target: Json | undefined, path: FindingPath): Draft | undefined {
    const quantity = obj(target?.detailQuantity);
    if (target?.measure === undefined && quantity === undefined) return undefined;
    const instrument = instrumentOf(target?.measure);
    if (instrument === undefined) return this.reader.gap([...path, "measure"], "targetNotInstrument"), undefined;
    const measure = { instrument, target: { op: quantity?.comparator, value: quantity?.value } };
    if (!MEASURE.safeParse(measure).success) return this.reader.gap([...path, "detailQuantity"], "targetNotComparable"), undefined;
    return measure;
  }

  /** Goals and objectives, in the CarePlan's order. */
  private readGoals(): void {
    arr(this.main.resource.goal).forEach((reference, index) => {
      const goal = this.reader.resolve(reference, [...this.main.path, "goal", index]);
      if (goal === undefined) return;
      const { resource, path } = goal;
      const statement = str(obj(resource.description)?.text);
      const objectiveId = identifierValue(resource, IDENTIFIER_SYSTEMS.objective);
      if (objectiveId !== undefined) {
        const parent = this.goals.get(this.reader.resolve(extValue(resource, "part-of-goal", "valueReference"), [...path, "extension"])!);
        if (parent === undefined) return this.reader.gap([...path, "extension"], "objectiveWithoutGoal");
        const target = obj(arr(resource.target)[0]);
        const measure = this.measure(target, [...path, "target", 0]);
        const objective = this.at(path, { ...defined({ id: objectiveId, statement, targetDate: day(target?.dueDate), measure }), interventions: [] as Draft[] });
        this.objectives.set(goal, objective);
        parent.objectives.push(objective);
        return;
      }
      const problem = this.problemOf(goal);
      if (problem === undefined) return this.reader.gap(path, "goalWithoutProblem");
      const goalId = identifierValue(resource, IDENTIFIER_SYSTEMS.goal);
      const words = arr(resource.note).map(obj).find((note) => this.patient !== undefined && this.reader.resolve(note?.authorReference, path) === this.patient);
      const draft = this.at(path, { ...defined({ id: goalId ?? identifierValue(resource) ?? str(resource.id) ?? `goal-${index + 1}`, statement, participantWords: str(words?.text) }), objectives: [] as Draft[] });
      this.goals.set(goal, draft);
      problem.goals.push(draft);
      if (goalId === undefined) this.foreignObjectives(goal, draft);
    });
  }

  /** A foreign Goal's targets become its objectives; a target without a due day is a gap. */
  private foreignObjectives(goal: Located, draft: Draft & { objectives: Draft[] }): void {
    const targets = arr(goal.resource.target);
    if (targets.length === 0) this.reader.gap([...goal.path, "target"], "goalWithoutTarget");
    targets.forEach((item, index) => {
      const target = obj(item);
      const path = [...goal.path, "target", index];
      const targetDate = day(target?.dueDate);
      if (targetDate === undefined) return this.reader.gap([...path, "dueDate"], "targetWithoutDueDay");
      const objective = defined({ id: `${String(draft.id)}-${index + 1}`, statement: draft.statement, targetDate, measure: this.measure(target, path) });
      draft.objectives.push(this.at(path, { ...objective, interventions: [] }));
    });
  }

  /**
   * Another system's activity without an iopkit activity kind, coded in CPT or HCPCS: a session of
   * that one activity on each weekly day at each time of its Timing. A gap when the code names no
   * session activity, or the Timing no weekly days and times with a duration in minutes.
   */
  private billedSessions(detail: Json, path: FindingPath): Draft[] {
    const activity = billedActivity(detail.code);
    if (activity === undefined) return this.reader.gap(path, "activityWithoutKind"), [];
    const repeat = obj(obj(detail.scheduledTiming)?.repeat);
    if (repeat === undefined || !isWeeklySessions(repeat)) return this.reader.gap([...path, "detail", "scheduledTiming"], "timingNotWeekly"), [];
    return arr(repeat.dayOfWeek).flatMap((day) =>
      arr(repeat.timeOfDay).map((time) => this.at(path, { day, start: wallTime(time), activities: [this.at(path, { ...activity, minutes: repeat.duration })] })),
    );
  }

  /** Interventions, weekly sessions and recurring visits from the CarePlan's activities; another system's sessions after iopkit's. */
  private readActivities(): { sessions: Draft[]; appointments: Draft[] } {
    const sessions = new Map<number, Draft & { activities: Draft[] }>();
    const billed: Draft[] = [];
    const appointments: [number, Draft][] = [];
    arr(this.main.resource.activity).forEach((item, index) => {
      const path = [...this.main.path, "activity", index];
      const detail = obj(obj(item)?.detail);
      const kind = codeIn(detail?.code, CODE_SYSTEMS.activityKind);
      const repeat = obj(obj(detail?.scheduledTiming)?.repeat);
      const interventionId = str(extValue(detail, "intervention-id", "valueString"));
      const sessionIndex = extValue(detail, "session", "valueInteger");
      const visitIndex = extValue(detail, "appointment", "valueInteger");
      const links = { interventionId: extValue(detail, "for-intervention", "valueString"), facilitatorRole: extValue(detail, "facilitator-role", "valueCode") };
      if (detail?.status === "entered-in-error") return this.reader.gap([...path, "detail", "status"], "enteredInError");
      if (detail === undefined) return this.reader.gap(path, "activityWithoutKind");
      if (kind === undefined) {
        billed.push(...this.billedSessions(detail, path));
        return;
      }
      if (interventionId !== undefined) {
        const objective = this.objectives.get(this.reader.resolve(arr(detail.goal)[0], [...path, "detail", "goal", 0])!);
        const frequency = repeat?.frequency;
        objective?.interventions.push(
          this.at([...path, "detail"], defined({
            id: interventionId,
            modality: kind,
            perWeek: frequency,
            everyWeeks: repeat?.periodUnit === "d" ? Number(repeat.period) / 7 : frequency === undefined || repeat?.period !== 1 ? repeat?.period : undefined,
            responsibleRole: extValue(detail, "responsible-role", "valueCode"),
          })),
        );
      } else if (typeof sessionIndex === "number") {
        const activity = this.at(path, defined({
          kind,
          topic: extValue(detail, "activity-topic", "valueCode"),
          practice: extValue(detail, "activity-practice", "valueCode"),
          service: extValue(detail, "activity-service", "valueCode"),
          goalLinked: extValue(detail, "goal-linked", "valueBoolean"),
          minutes: repeat?.duration,
          ...links,
        }));
        const session = sessions.get(sessionIndex);
        if (session !== undefined) session.activities.push(activity);
        else sessions.set(sessionIndex, this.at(path, { ...defined({ day: arr(repeat?.dayOfWeek)[0], start: wallTime(arr(repeat?.timeOfDay)[0]), end: wallTime(extValue(detail, "session-end", "valueTime")) }), activities: [activity] }));
      } else if (typeof visitIndex === "number") {
        appointments.push([
          visitIndex,
          this.at(path, defined({ modality: kind, minutes: repeat?.duration, everyWeeks: repeat?.period, day: arr(repeat?.dayOfWeek)[0], start: wallTime(arr(repeat?.timeOfDay)[0]), ...links })),
        ]);
      } else {
        this.reader.gap(path, "activityUnknown");
      }
    });
    const byIndex = <T>(entries: Iterable<[number, T]>) => [...entries].sort(([a], [b]) => a - b).map(([, value]) => value);
    return { sessions: [...byIndex(sessions), ...billed], appointments: byIndex(appointments) };
  }

  private careTeam(): Draft[] {
    const team = this.reader.resolve(arr(this.main.resource.careTeam)[0], [...this.main.path, "careTeam", 0]);
    if (team === undefined) return [];
    return arr(team.resource.participant).flatMap((item, index) => {
      const participant = obj(item);
      const path = [...team.path, "participant", index];
      const member = this.reader.resolve(participant?.member, [...path, "member"])?.resource;
      const roles = [...arr(member?.code), ...arr(participant?.role)];
      const role = roles.map((concept) => codeIn(concept, CODE_SYSTEMS.careRole)).find((code) => code !== undefined);
      if (role === undefined) return this.reader.gap([...path, "role"], "memberWithoutRole"), [];
      const credentials = arr(member?.code).map(obj).find((concept) => concept?.coding === undefined && typeof concept?.text === "string");
      const id = (member && (identifierValue(member, IDENTIFIER_SYSTEMS.careTeamMember) ?? identifierValue(member) ?? str(member.id))) ?? `member-${index + 1}`;
      return [this.at(path, defined({ id, role, credentials: credentials?.text }))];
    });
  }

  private risk(): Draft | undefined {
    const observation = this.reader.ofType("Observation").find(({ resource }) => codeIn(resource.code, CODE_SYSTEMS.riskKind) === "suicide");
    if (observation === undefined) return undefined;
    const level = codeIn(observation.resource.valueCodeableConcept, SYSTEMS.riskProbability);
    return this.at(observation.path, { suicide: level === undefined ? undefined : RISK_LEVEL.get(level), assessedOn: this.dayOf(observation.resource.effectiveDateTime) });
  }

  private medications(): Draft[] {
    return this.reader.ofType("MedicationStatement").flatMap(({ resource, path }, index) => {
      const medication = obj(resource.medicationCodeableConcept);
      const name = str(medication?.text) ?? str(obj(arr(medication?.coding)[0])?.display);
      if (name === undefined) return this.reader.gap([...path, "medicationCodeableConcept"], "medicationWithoutName"), [];
      const recorded = extensionsOf(resource, FHIR_EXTENSIONS["medication-event"]).map((event) => ({ date: day(partValue(event, "date", "valueDate")), kind: partValue(event, "kind", "valueCode") }));
      const events = recorded.length > 0 ? recorded : this.foreignEvents(resource, path);
      if (events.length === 0) return [];
      return [
        this.at(path, {
          id: identifierValue(resource, IDENTIFIER_SYSTEMS.medication) ?? identifierValue(resource) ?? str(resource.id) ?? `medication-${index + 1}`,
          name,
          class: this.required(str(extValue(resource, "medication-class", "valueString")), "other", [...path, "extension"], "noMedicationClass"),
          events,
        }),
      ];
    });
  }

  /** A start (and a stop, when stopped) from a foreign MedicationStatement's effective time. */
  private foreignEvents(resource: Json, path: FindingPath): Draft[] {
    const period = obj(resource.effectivePeriod);
    const start = this.dayOf(period?.start) ?? this.dayOf(resource.effectiveDateTime);
    if (start === undefined) return this.reader.gap([...path, "effectivePeriod", "start"], "medicationWithoutStart"), [];
    const end = this.dayOf(period?.end);
    return [{ date: start, kind: "start" }, ...(end !== undefined && (resource.status === "stopped" || resource.status === "completed") ? [{ date: end, kind: "stop" }] : [])];
  }

  private reviews(): Draft[] {
    const requests = this.reader.ofType("ServiceRequest").filter(({ resource }) => codeIn(resource.code, CODE_SYSTEMS.reviewKind) !== undefined);
    return requests.map(({ resource, path }, index) => {
      const labs = arr(resource.orderDetail).flatMap((concept) => codeIn(concept, CODE_SYSTEMS.labKind) ?? []);
      return this.at(path, defined({
        date: this.dayOf(resource.occurrenceDateTime),
        kind: codeIn(resource.code, CODE_SYSTEMS.reviewKind),
        labs: this.optionalList(labs, `reviews.${index}.labs`),
        participantSigned: extValue(resource, "participant-signed", "valueBoolean"),
        refusalDocumented: extValue(resource, "refusal-documented", "valueBoolean"),
      }));
    });
  }

  private assessments(): readonly unknown[] | undefined {
    const assessments: Draft[] = [];
    for (const observation of this.reader.ofType("Observation")) assessments.push(...this.assessment(observation, assessments.length));
    return this.optionalList(assessments, "assessments");
  }

  /**
   * An instrument's Observation as the assessment at `position` in the plan, whose answers are its
   * components coded as iopkit's items. One without such answers is a gap, its total too (a total
   * is no assessment), unless the plan held the assessment's items empty; in one with answers,
   * each other component is a gap.
   */
  private assessment({ resource, path }: Located, position: number): Draft[] {
    const instrument = instrumentOf(resource.code);
    if (instrument === undefined) return [];
    const components = arr(resource.component).map(obj);
    const items = components.filter(isItem);
    if (items.length === 0 && components.length > 0) return this.reader.gap([...path, "component"], "itemsNotKnown"), [];
    if (items.length === 0 && !this.empty.has(`assessments.${position}.items`)) return this.reader.gap([...path, "component"], "observationWithoutItems"), [];
    components.forEach((component, index) => {
      if (!isItem(component)) this.reader.gap([...path, "component", index, "code"], "componentNotItem");
    });
    return [this.at(path, { instrument, date: this.dayOf(resource.effectiveDateTime), items: items.map((item) => item?.valueInteger) })];
  }

  private aftercare(): Draft | undefined {
    const plan = this.aftercarePlan;
    if (plan === undefined) return undefined;
    const { resource, path } = plan;
    const safety = extensionsOf(resource, FHIR_EXTENSIONS["safety-plan"])[0];
    return this.at(path, defined({
      startedOn: this.dayOf(obj(resource.period)?.start),
      stepDownTo: extValue(resource, "step-down-to", "valueCode"),
      components: arr(resource.activity).flatMap((activity, index) => {
        const reference = obj(activity)?.reference;
        const request = this.reader.resolve(reference, [...path, "activity", index, "reference"]);
        if (request === undefined) {
          // A request entered in error has its finding already.
          if (!this.reader.pointsToLeftOut(reference)) this.reader.gap([...path, "activity", index], "aftercareWithoutRequest");
          return [];
        }
        const { resource: fields } = request;
        return [this.at(request.path, defined({ kind: codeIn(fields.code, CODE_SYSTEMS.aftercareComponent) ?? "other", firstAppointment: this.dayOf(fields.occurrenceDateTime), provider: extValue(fields, "provider", "valueString") }))];
      }),
      safetyPlan:
        safety === undefined
          ? undefined
          : defined({
              writtenOn: day(partValue(safety, "written-on", "valueDate")),
              crisisLine: partValue(safety, "crisis-line", "valueString"),
              steps: extensionsOf(safety, "step").map((step) => ({ step: partValue(step, "kind", "valueCode"), text: partValue(step, "text", "valueString") })),
            }),
    }));
  }

  /**
   * Attendance from iopkit's Encounters, read from the extension `attendance` (the minutes of a
   * partial one from `length`). Another system's Encounters are visits, matched with the schedule
   * once the plan is read.
   */
  private attendance(): readonly unknown[] | undefined {
    const records = this.reader.ofType("Encounter").flatMap((encounter) => {
      const { resource, path } = encounter;
      const recorded = extensionsOf(resource, FHIR_EXTENSIONS.attendance)[0];
      if (recorded === undefined) return this.readVisit(encounter), [];
      return [
        this.at([...path, "extension", arr(resource.extension).indexOf(recorded)], defined({
          date: day(partValue(recorded, "date", "valueDate")),
          session: partValue(recorded, "session", "valueInteger"),
          appointment: partValue(recorded, "appointment", "valueInteger"),
          status: partValue(recorded, "status", "valueCode"),
          minutes: obj(resource.length)?.value,
        })),
      ];
    });
    return this.optionalList(records, "attendance");
  }

  /**
   * Another system's Encounter: a finished ambulatory one is a visit on the day of its start in the
   * plan's zone; any other is a gap (an emergency visit is no program session).
   */
  private readVisit({ resource, path }: Located): void {
    const date = this.dayOf(obj(resource.period)?.start);
    if (resource.status !== "finished") this.reader.gap([...path, "status"], "encounterNotAttendance");
    else if (!isAmbulatory(resource.class)) this.reader.gap([...path, "class"], "encounterNotAmbulatory");
    else if (date === undefined) this.reader.gap([...path, "period", "start"], "encounterNotAttendance");
    else this.visits.push({ date, path });
  }

  /** Another system's visits on a day the plan dates a session or visit, as attended records; any other visit is a gap. */
  private visitsOnSchedule(plan: TreatmentPlan): Draft[] {
    const expanded = expandSchedule(plan);
    const dated = new Set(expanded.success ? expanded.data.sessions.map((session) => session.date) : []);
    return this.visits.flatMap(({ date, path }) => {
      if (!dated.has(date)) return this.reader.gap([...path, "period", "start"], "encounterOutsideSchedule"), [];
      return [this.at(path, { date, status: "attended" })];
    });
  }

  /** Parses a draft; each finding at the FHIR path its value was read from, with its plan path in `params.planPath`. */
  private parse(draft: Draft): Result<TreatmentPlan> {
    const parsed = safeParsePlan(draft);
    if (parsed.success) return parsed;
    return { success: false, findings: parsed.findings.map((finding) => ({ ...finding, path: this.sourceOf(draft, finding.path), params: { ...finding.params, planPath: formatPath(finding.path) } })) };
  }

  /** The plan the Bundle holds, with another system's visits on days of its schedule as attended records. */
  plan(): Result<TreatmentPlan> {
    const draft = this.draft();
    const parsed = this.parse(draft);
    if (!parsed.success || this.visits.length === 0) return parsed;
    const attended = this.visitsOnSchedule(parsed.data);
    return attended.length === 0 ? parsed : this.parse({ ...draft, attendance: [...arr(draft.attendance), ...attended] });
  }

  private coverage(): Draft | undefined {
    const coverage = this.reader.ofType("Coverage")[0];
    if (coverage === undefined) return undefined;
    const { resource, path } = coverage;
    const payor = this.reader.resolve(arr(resource.payor)[0], [...path, "payor", 0]);
    const payer =
      payor?.resource.resourceType === "Patient" ? "self-pay" : payor === undefined ? undefined : identifierValue(payor.resource, IDENTIFIER_SYSTEMS.payer);
    const auth = extensionsOf(resource, FHIR_EXTENSIONS.authorization)[0];
    const certification = extensionsOf(resource, FHIR_EXTENSIONS.certification)[0];
    const costs = extensionsOf(resource, FHIR_EXTENSIONS["cost-sharing"])[0];
    const number = (extension: Json, url: string) => partValue(extension, url, "valueInteger");
    return defined({
      payer: this.required(payer, "other", [...path, "payor"], "unknownPayer"),
      authorization:
        auth === undefined
          ? undefined
          : defined({ start: partValue(auth, "start", "valueDate"), end: partValue(auth, "end", "valueDate"), approvedDays: number(auth, "approved-days"), nextReview: partValue(auth, "next-review", "valueDate") }),
      certification:
        certification === undefined
          ? undefined
          : { certifiedOn: partValue(certification, "certified-on", "valueDate"), recertifiedOn: extensionsOf(certification, "recertified-on").map((extension) => extension.valueDate) },
      costSharing:
        costs === undefined
          ? undefined
          : defined({
              allowedPerDayCents: number(costs, "allowed-per-day-cents"),
              copayPerDayCents: number(costs, "copay-per-day-cents"),
              copayBeforeDeductible: partValue(costs, "copay-before-deductible", "valueBoolean"),
              coinsurance: partValue(costs, "coinsurance", "valueDecimal"),
              deductibleRemainingCents: number(costs, "deductible-remaining-cents"),
              outOfPocketRemainingCents: number(costs, "out-of-pocket-remaining-cents"),
            }),
    });
  }
}

/**
 * The treatment plan's CarePlan (the first based on no other CarePlan of the Bundle, nor on one
 * entered in error, whose aftercare plan it would be) and its aftercare plan (the first based on
 * it). Each `basedOn` reference is resolved once, so a Bundle of many CarePlans costs time in
 * proportion to its references, and one that resolves to nothing is reported once, at its own path.
 */
function carePlans(reader: BundleReader): { main: Located | undefined; aftercare: Located | undefined } {
  const plans = reader.ofType("CarePlan");
  const basedOn = new Map(
    plans.map((located) => [located, arr(located.resource.basedOn).map((reference, index) => reader.resolve(reference, [...located.path, "basedOn", index]))] as const),
  );
  const basedOnVoided = (located: Located) => arr(located.resource.basedOn).some((reference) => reader.pointsToLeftOut(reference, "CarePlan"));
  const mains = plans.filter(
    (located) => !basedOnVoided(located) && !basedOn.get(located)!.some((target) => target !== undefined && target !== located && target.resource.resourceType === "CarePlan"),
  );
  if (mains.length > 1) reader.gap(mains[1]!.path, "severalCarePlans");
  const main = mains[0];
  return { main, aftercare: main && plans.find((located) => located !== main && basedOn.get(located)!.includes(main)) };
}

/** Reads a value that should be a Bundle. */
function readBundle(input: unknown): FhirImport {
  const bundle = obj(input);
  if (bundle?.resourceType !== "Bundle") return { success: false, findings: [fhirFinding("fhir/not-a-bundle", "error", ["resourceType"], {})] };
  const reader = new BundleReader(arr(bundle.entry));
  const { main, aftercare } = carePlans(reader);
  if (main === undefined) return { success: false, findings: [...reader.findings, fhirFinding("fhir/no-care-plan", "error", ["entry"], {})] };
  const read = new PlanReader(reader, main, aftercare).plan();
  return read.success ? { success: true, data: read.data, findings: reader.findings } : { success: false, findings: [...reader.findings, ...read.findings] };
}

/**
 * Reads a FHIR R4 Bundle back into a treatment plan. A Bundle {@link toFhir} wrote gives the same
 * plan with no finding. From another system's Bundle it builds what it can: ICD-10-CM Conditions
 * become diagnoses, other addressed Conditions problems, Goals and their dated targets goals and
 * objectives, MedicationStatements medications, finished ambulatory Encounters on a day of the
 * plan's schedule attended records; instants are dated in the plan's time zone, and resources
 * entered in error are left out. Each gap is a `fhir/unmapped` warning at its FHIR path (the
 * Bundle's entry index, then the resource's elements); a value the plan cannot hold is an error
 * at the FHIR path it came from, with the plan field in `params.planPath`. Never throws.
 *
 * @param bundle - anything, typically a parsed FHIR JSON Bundle
 * @returns the plan with the gaps found, or the findings that stopped it
 * @category FHIR
 * @example
 * ```ts
 * const written = toFhir(plan);
 * const read = written.success ? fromFhir(written.data) : undefined;
 * read?.success && read.data.id === plan.id; //=> true
 * ```
 */
export function fromFhir(bundle: unknown): FhirImport {
  try {
    return readBundle(bundle);
  } catch {
    // Exotic inputs (throwing getters, revoked proxies) cannot be read; they are reported, not thrown.
    return { success: false, findings: [fhirFinding("fhir/unreadable", "error", [], {})] };
  }
}
