import { match } from "ts-pattern";
import type { Day } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { Medication } from "../../plan/types";

/** The first event of a medication's history that breaks its order, with the reason. */
interface OrderProblem {
  readonly event: number;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Why an event is out of sequence. */
type Reason = Omit<OrderProblem, "event">;

/** An event dated before the event listed before it, if there is one. */
function unordered(medication: Medication, index: number): OrderProblem | undefined {
  const events = medication.events;
  for (let event = 1; event < events.length; event += 1) {
    const { date } = events[event]!;
    const previous = events[event - 1]!.date;
    if (date < previous) {
      return {
        event,
        message: `Event ${event} of medication ${index} is dated ${date}, before the event listed before it (${previous}); events are listed oldest first.`,
        params: { date, previous },
      };
    }
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
  for (const [event, { date, kind }] of medication.events.entries()) {
    const problem = match(kind)
      .with("start", () => undefined)
      .with("continuing", (): Reason | undefined => {
        if (event !== 0) return { message: `Event ${event} of medication ${index} is a continuing; only the first event can be one (a medicine taken before admission).`, params: { kind } };
        if (date > admitted) return { message: `Medication ${index} is continuing from ${date}, after admission on ${admitted}; a medicine begun during care has a start.`, params: { kind, date, admitted } };
        return undefined;
      })
      .with("dose-change", "stop", (): Reason | undefined => {
        if (taken) return undefined;
        if (stoppedOn === undefined) return { message: `The first event of medication ${index} is a ${kind}; a history begins with a start or a continuing.`, params: { kind } };
        return { message: `Event ${event} of medication ${index} is a ${kind} after the stop on ${stoppedOn} without a new start.`, params: { kind, stoppedOn } };
      })
      .exhaustive();
    if (problem !== undefined) return { event, ...problem };
    taken = kind !== "stop";
    if (kind === "stop") stoppedOn = date;
  }
  return undefined;
}

/** Each medication's events are in date order and form a history that starts before it changes. */
export const eventOrder = defineRule({
  code: "medication/event-order",
  summary:
    "Each medication's events are in date order; the first is a start, or a continuing dated on or before admission (the only place a continuing may be); after a stop, only a new start may follow. Protocols read the history from its start: a list out of order loses its monitoring.",
  defaultSeverity: "error",
  params: [],
  source: "iopkit medication history (events oldest first; each course opened by a start)",
  check({ plan }) {
    const findings: RuleFindingDraft[] = [];
    plan.medications.forEach((medication, index) => {
      const problem = unordered(medication, index) ?? outOfSequence(medication, index, plan.period.admitted);
      if (problem === undefined) return;
      findings.push({ path: ["medications", index, "events", problem.event], message: problem.message, params: { event: problem.event, ...problem.params } });
    });
    return findings;
  },
});
