/// <reference lib="dom" />
import type { TreatmentPlan } from "iopkit";
import { toICalendar } from "iopkit/ical";
import { el, type Child } from "./dom";

/** Now, to the second, as the iCalendar stamp: the page reads the clock, the library never does. */
function stamp(): string {
  return `${new Date().toISOString().slice(0, 19)}Z`;
}

/** Hands the browser a file made on the page (nothing is fetched or sent). */
function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  el("a", { href: url, download: name }).click();
  URL.revokeObjectURL(url);
}

/** The plan's files to download: its schedule as an iCalendar file (`toICalendar`). */
export function renderDownloads(plan: TreatmentPlan): Child[] {
  const button = el("button", { type: "button" }, "Download the schedule (.ics)");
  const message = el("p", { role: "status" });
  button.addEventListener("click", () => {
    const calendar = toICalendar(plan, { stamp: stamp() });
    if (calendar.success) save(`${plan.id}.ics`, "text/calendar", calendar.data);
    message.textContent = calendar.success ? "" : calendar.findings.map((finding) => finding.message).join(" ");
  });
  return [button, message];
}
