import { placeName } from "../../core/words";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { overlaps, scheduleSlots } from "../intervals";

/** Appointments with a set time do not overlap sessions or each other. */
export const appointmentOverlap = defineRule({
  code: "schedule/appointment-overlap",
  summary: "An appointment with a set day and time overlaps neither a program session nor another appointment.",
  defaultSeverity: "error",
  params: [],
  source: "Plan integrity: one person cannot attend two services at once",
  check({ derive }) {
    const { sessions, appointments } = derive(scheduleSlots);
    const findings: RuleFindingDraft[] = [];
    appointments.forEach((appointment, index) => {
      const clash = [...sessions, ...appointments.slice(0, index)].find((other) => overlaps(appointment, other));
      if (clash) {
        findings.push({
          path: appointment.path,
          message: `This appointment overlaps ${placeName(clash.path)}.`,
          params: { day: appointment.day },
        });
      }
    });
    return findings;
  },
});
