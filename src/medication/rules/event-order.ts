import { flatMap } from "../../core/arrays";
import type { Day } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { Medication } from "../../plan/types";

/** The params of an event out of order: the medication's and the event's index (from 0), the days and the kind the message names. */
type EventParams = {
  readonly medication: number;
  readonly event: number;
  readonly date: string;
  readonly previous: string;
  readonly kind: string;
  readonly admitted: string;
  readonly stoppedOn: string;
};

/** The messages of an event out of order, by what is wrong; medications and their events count from 1, as a clinician counts them. */
const messages = {
  unordered: (p: Pick<EventParams, "medication" | "event" | "date" | "previous">) =>
    `Event ${p.event} of medication ${p.medication} is dated ${p.date}, before the event listed before it (${p.previous}); events are listed oldest first.`,
  continuingNotFirst: (p: Pick<EventParams, "medication" | "event" | "kind">) =>
    `Event ${p.event} of medication ${p.medication} is a continuing; only the first event can be one (a medicine taken before admission).`,
  continuingAfterAdmission: (p: Pick<EventParams, "medication" | "event" | "kind" | "date" | "admitted">) =>
    `Medication ${p.medication} is continuing from ${p.date}, after admission on ${p.admitted}; a medicine begun during care has a start.`,
  firstNotStart: (p: Pick<EventParams, "medication" | "event" | "kind">) => `The first event of medication ${p.medication} is a ${p.kind}; a history begins with a start or a continuing.`,
  afterStop: (p: Pick<EventParams, "medication" | "event" | "kind" | "stoppedOn">) =>
    `Event ${p.event} of medication ${p.medication} is a ${p.kind} after the stop on ${p.stoppedOn} without a new start.`,
} as const;

/** The finding of the first event of a medication's history that breaks its order. */
type OrderProblem = RuleFindingDraft<typeof messages>;

/** An event dated before the event listed before it, if there is one. */
function unordered(medication: Medication, index: number): OrderProblem | undefined {
  const events = medication.events;
  for (let event = 1; event < events.length; event += 1) {
    const { date } = events[event]!;
    const previous = events[event - 1]!.date;
    if (date < previous) return { path: eventPath(index, event), variant: "unordered", params: { medication: index + 1, event: event + 1, date, previous } };
  }
  return undefined;
}

/**
 * The first event out of sequence: a history begins with a start or a continuing (a medicine
 * taken before admission, dated on or before it); a dose change or a stop needs the medicine to be
 * taken, so after a stop only a new start may follow.
 */
function outOfSequence(medication: Medication, index: number, admitted: Day): OrderProblem | undefined {
  let taken = false;
  let stoppedOn: Day | undefined;
  const { events } = medication;
  for (let event = 0; event < events.length; event += 1) {
    const { date, kind } = events[event]!;
    switch (kind) {
      case "start":
        break;
      case "continuing":
        if (event !== 0) return { path: eventPath(index, event), variant: "continuingNotFirst", params: { medication: index + 1, event: event + 1, kind } };
        if (date > admitted) return { path: eventPath(index, event), variant: "continuingAfterAdmission", params: { medication: index + 1, event: event + 1, kind, date, admitted } };
        break;
      case "dose-change":
      case "stop":
        if (taken) break;
        if (stoppedOn === undefined) return { path: eventPath(index, event), variant: "firstNotStart", params: { medication: index + 1, event: event + 1, kind } };
        return { path: eventPath(index, event), variant: "afterStop", params: { medication: index + 1, event: event + 1, kind, stoppedOn } };
      default:
        return unknownKind(kind);
    }
    taken = kind !== "stop";
    if (kind === "stop") stoppedOn = date;
  }
  return undefined;
}

/** Where a medication's event sits in the plan. */
function eventPath(medication: number, event: number): (string | number)[] {
  return ["medications", medication, "events", event];
}

/** Fails the rule on an event kind the schema does not know: its sequence cannot be judged. */
function unknownKind(_kind: never): never {
  throw new Error("A medication event of a kind the schema does not know.");
}

/** Each medication's events are in date order and form a history that starts before it changes. */
export const eventOrder = defineRule({
  code: "medication/event-order",
  summary:
    "Each medication's events are in date order; the first is a start, or a continuing dated on or before admission (the only place a continuing may be); after a stop, only a new start may follow. Protocols read the history from its start: a list out of order loses its monitoring.",
  defaultSeverity: "error",
  params: [],
  source: "iopkit medication history (events oldest first; each course opened by a start)",
  messages,
  check({ plan }) {
    return flatMap(plan.medications, (medication, index) => {
      const problem = unordered(medication, index) ?? outOfSequence(medication, index, plan.period.admitted);
      return problem === undefined ? [] : [problem];
    });
  },
});
