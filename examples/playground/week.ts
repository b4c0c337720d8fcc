/// <reference lib="dom" />
import { addDays, expandSchedule, WEEKDAYS, weekdayOf, type Day, type Locale, type ScheduledSession, type TreatmentPlan, type WeeklyWindow } from "iopkit";
import { el, words, type Child } from "./dom";
import { findingList } from "./findings";

/** Height of an hour in the week grid, in pixels. */
const HOUR_PX = 40;
/** Hours the grid always shows. */
const DEFAULT_HOURS = { first: 7, last: 19 } as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The Monday on or before a day. */
export function mondayOf(day: Day): Day {
  return addDays(day, -WEEKDAYS.indexOf(weekdayOf(day)));
}

/** Minutes after midnight of `HH:MM`, or of the wall time in an ISO instant. */
function minutesOf(time: string): number {
  const [hours, minutes] = (time.length > 5 ? time.slice(11, 16) : time).split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** `HH:MM` of an ISO instant, as written in its own offset. */
function wallTime(instant: string): string {
  return instant.slice(11, 16);
}

/** "Mon 9 Mar" for a day. */
function dayHeading(day: Day): string {
  const weekday = weekdayOf(day);
  return `${weekday[0]!.toUpperCase()}${weekday.slice(1)} ${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
}

/** Places a block in the grid from its start and end minutes. */
function place(element: HTMLElement, start: number, end: number, firstHour: number): HTMLElement {
  element.style.top = `${((start - firstHour * 60) / 60) * HOUR_PX}px`;
  element.style.height = `${Math.max(((end - start) / 60) * HOUR_PX, HOUR_PX / 2)}px`;
  return element;
}

/** What a dated session is: the program session's activities, or the appointment's modality. */
function describe(session: ScheduledSession): string {
  if (session.kind === "appointment") return `Appointment: ${words(session.modality ?? "appointment")}`;
  return `Program session: ${[...new Set(session.activities.map((activity) => words(activity.kind)))].join(", ")}`;
}

/** The marks of a time a clock change touched, in words (never by color alone). */
function clockMarks(plan: TreatmentPlan, session: ScheduledSession): Node[] {
  const scheduled = session.kind === "session" ? plan.schedule.sessions[session.sessionIndex]?.start : plan.schedule.appointments?.[session.sessionIndex]?.start;
  const marks: Node[] = [];
  if (session.adjusted) marks.push(el("p", { class: "mark adjusted" }, `⚠ Adjusted: ${scheduled ?? "the scheduled time"} did not exist that day (clock change); starts ${wallTime(session.start)}.`));
  if ("ambiguous" in session && session.ambiguous === true) marks.push(el("p", { class: "mark ambiguous" }, `⚠ Ambiguous: ${scheduled ?? "the scheduled time"} happens twice that day (clock change); the first is used.`));
  return marks;
}

/** One dated session or appointment as a block of the grid. */
function sessionBlock(plan: TreatmentPlan, session: ScheduledSession, firstHour: number): HTMLElement {
  const start = minutesOf(session.start);
  const block = el(
    "article",
    { "data-testid": "session", "data-date": session.date, class: `session ${session.kind}`, tabindex: 0 },
    el("p", {}, el("time", { datetime: session.start }, wallTime(session.start)), "–", el("time", { datetime: session.end }, wallTime(session.end)), ` (${session.minutes} min)`),
    el("p", {}, describe(session)),
    clockMarks(plan, session),
  );
  return place(block, start, start + session.minutes, firstHour);
}

/** A participant's commitment as a shaded, labelled block. */
function commitmentBlock(window: WeeklyWindow, firstHour: number): HTMLElement {
  const block = el("div", { class: "commitment" }, el("p", {}, `Commitment ${window.start}–${window.end}`, window.label && ` (${window.label})`));
  return place(block, minutesOf(window.start), minutesOf(window.end), firstHour);
}

/**
 * The seven days from `from`: each day's dated sessions and appointments (from `expandSchedule`)
 * and the participant's commitments, on an hour grid.
 */
export function renderWeek(plan: TreatmentPlan, from: Day, locale: "en" | Locale): Child[] {
  const expanded = expandSchedule(plan, { from, to: addDays(from, 6) });
  if (!expanded.success) return [findingList(expanded.findings, locale)];
  const { sessions, undatedAppointments } = expanded.data;
  const commitments = plan.participant.commitments ?? [];
  const starts = [...sessions.map((session) => minutesOf(session.start)), ...commitments.map((window) => minutesOf(window.start))];
  const ends = [...sessions.map((session) => minutesOf(session.start) + session.minutes), ...commitments.map((window) => minutesOf(window.end))];
  const firstHour = Math.min(DEFAULT_HOURS.first, ...starts.map((start) => Math.floor(start / 60)));
  const lastHour = Math.min(24, Math.max(DEFAULT_HOURS.last, ...ends.map((end) => Math.ceil(end / 60))));
  const days = Array.from({ length: 7 }, (_, index) => addDays(from, index));
  return [
    el("p", {}, `${sessions.length} dated sessions and appointments this week. Shaded blocks are the participant's commitments.`),
    el(
      "div",
      { class: "week", style: `--hours: ${lastHour - firstHour}; --hour: ${HOUR_PX}px` },
      days.map((day) =>
        el(
          "section",
          { class: "day", "aria-label": dayHeading(day) },
          el("h3", {}, dayHeading(day)),
          el(
            "div",
            { class: "track" },
            Array.from({ length: lastHour - firstHour }, (_, hour) => el("span", { class: "hour", "aria-hidden": "true" }, `${String(firstHour + hour).padStart(2, "0")}:00`)),
            commitments.filter((window) => window.day === weekdayOf(day)).map((window) => commitmentBlock(window, firstHour)),
            sessions.filter((session) => session.date === day).map((session) => sessionBlock(plan, session, firstHour)),
          ),
        ),
      ),
    ),
    undatedAppointments.length > 0 && el("p", {}, `${undatedAppointments.length} appointments have no set day and time, so they are not on the grid.`),
  ];
}
