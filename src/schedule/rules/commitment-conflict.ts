import { formatWallTime } from "../../core/calendar";
import type { Weekday } from "../../core/calendar";
import type { FindingPath } from "../../core/finding";
import { defineRule } from "../../core/rule";
import { overlaps, scheduleSlots, windowSlot } from "../intervals";

/** The params of an overlap: the slot's weekday and times, the commitment's index (from 0) and times. */
type Overlap = {
  readonly day: Weekday;
  readonly start: string;
  readonly end: string;
  readonly commitment: number;
  readonly commitmentStart: string;
  readonly commitmentEnd: string;
};

/** No session or dated appointment overlaps the participant's work, school or care duties. */
export const commitmentConflict = defineRule({
  code: "schedule/commitment-conflict",
  summary: "No session or appointment with a set time overlaps one of the participant's weekly commitments (work, school, care duties).",
  defaultSeverity: "error",
  params: [],
  source: "Seed article (schedules let the participant keep work or school); ASAM level 2.1 (treatment around daily life)",
  messages: {
    session: (p: Overlap, words) => `This session (${words.weekday(p.day)} ${p.start}–${p.end}) overlaps the participant's ${words.place(["commitments", p.commitment])} (${p.commitmentStart}–${p.commitmentEnd}).`,
    appointment: (p: Overlap, words) =>
      `This appointment (${words.weekday(p.day)} ${p.start}–${p.end}) overlaps the participant's ${words.place(["commitments", p.commitment])} (${p.commitmentStart}–${p.commitmentEnd}).`,
  },
  check({ plan, derive }) {
    const commitments = (plan.participant.commitments ?? []).map((window, index) => windowSlot(window, ["participant", "commitments", index]));
    if (commitments.length === 0) return [];
    const { sessions, appointments } = derive(scheduleSlots);
    const findings: { readonly path: FindingPath; readonly variant: "session" | "appointment"; readonly params: Overlap }[] = [];
    for (const slots of [sessions, appointments]) {
      for (const slot of slots) {
        for (const commitment of commitments) {
          if (!overlaps(slot, commitment)) continue;
          findings.push({
            path: slot.path,
            variant: slot.path[1] === "sessions" ? "session" : "appointment",
            params: {
              day: slot.day,
              start: formatWallTime(slot.start),
              end: formatWallTime(slot.end),
              commitment: Number(commitment.path[2]),
              commitmentStart: formatWallTime(commitment.start),
              commitmentEnd: formatWallTime(commitment.end),
            },
          });
        }
      }
    }
    return findings;
  },
});
