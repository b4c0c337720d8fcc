import { formatWallTime } from "../../core/calendar";
import { placeName } from "../../core/words";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { overlaps, scheduleSlots, windowSlot } from "../intervals";

/** No session or dated appointment overlaps the participant's work, school or care duties. */
export const commitmentConflict = defineRule({
  code: "schedule/commitment-conflict",
  summary: "No session or appointment with a set time overlaps one of the participant's weekly commitments (work, school, care duties).",
  defaultSeverity: "error",
  params: [],
  source: "Seed article (schedules let the participant keep work or school); ASAM level 2.1 (treatment around daily life)",
  check({ plan, derive }) {
    const commitments = (plan.participant.commitments ?? []).map((window, index) => windowSlot(window, ["participant", "commitments", index]));
    if (commitments.length === 0) return [];
    const { sessions, appointments } = derive(scheduleSlots);
    const findings: RuleFindingDraft[] = [];
    for (const slot of [...sessions, ...appointments]) {
      for (const commitment of commitments) {
        if (!overlaps(slot, commitment)) continue;
        findings.push({
          path: slot.path,
          message: `This ${slot.path[1] === "sessions" ? "session" : "appointment"} (${slot.day} ${formatWallTime(slot.start)}–${formatWallTime(slot.end)}) overlaps the participant's ${placeName(commitment.path)} (${formatWallTime(commitment.start)}–${formatWallTime(commitment.end)}).`,
          params: { day: slot.day, commitment: Number(commitment.path[2]) },
        });
      }
    }
    return findings;
  },
});
