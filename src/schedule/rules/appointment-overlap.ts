import { flatMap } from "../../core/arrays";
import type { Weekday } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { overlaps, scheduleSlots } from "../intervals";

/** Appointments with a set time do not overlap sessions or each other. */
export const appointmentOverlap = defineRule({
  code: "schedule/appointment-overlap",
  summary: "An appointment with a set day and time overlaps neither a program session nor another appointment.",
  defaultSeverity: "error",
  params: [],
  source: "Plan integrity: one person cannot attend two services at once",
  messages: {
    session: (p: { readonly day: Weekday; readonly session: number }, words) => `This appointment overlaps ${words.place(["sessions", p.session])}.`,
    appointment: (p: { readonly day: Weekday; readonly appointment: number }, words) => `This appointment overlaps ${words.place(["appointments", p.appointment])}.`,
  },
  check({ derive }) {
    const { sessions, appointments } = derive(scheduleSlots);
    return flatMap(appointments, (appointment, index) => {
      const clash = [...sessions, ...appointments.slice(0, index)].find((other) => overlaps(appointment, other));
      if (clash === undefined) return [];
      const other = Number(clash.path[2]);
      return [
        clash.path[1] === "sessions"
          ? { path: appointment.path, variant: "session" as const, params: { day: appointment.day, session: other } }
          : { path: appointment.path, variant: "appointment" as const, params: { day: appointment.day, appointment: other } },
      ];
    });
  },
});
