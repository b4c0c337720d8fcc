/// <reference lib="dom" />
import { formatFinding, type Locale, type Result, type TreatmentPlan } from "iopkit";
import { el, type Child } from "./dom";
import { langOf } from "./findings";

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

/** A button that writes a file when pressed, or says why it cannot. */
function downloadButton(label: string, name: string, type: string, locale: "en" | Locale, write: () => Promise<Result<string>>): Child[] {
  const button = el("button", { type: "button" }, label);
  const message = el("p", { role: "status", lang: langOf(locale) });
  button.addEventListener("click", () => {
    void write().then((file) => {
      if (file.success) save(name, type, file.data);
      message.textContent = file.success ? "" : file.findings.map((finding) => formatFinding(finding, { locale })).join(" ");
    });
  });
  return [button, message];
}

/**
 * The plan's files to download: the FHIR R4 Bundle (`toFhir`) and the schedule as an iCalendar
 * file (`toICalendar`). Each writer is loaded from the page's own files when its button is
 * pressed, so the page starts with less to load.
 */
export function renderDownloads(plan: TreatmentPlan, locale: "en" | Locale): Child[] {
  return [
    ...downloadButton("Download the FHIR Bundle (.json)", `${plan.id}.fhir.json`, "application/fhir+json", locale, async () => {
      const bundle = (await import("./fhir-writer")).toFhir(plan);
      return bundle.success ? { success: true, data: JSON.stringify(bundle.data, null, 2) } : bundle;
    }),
    ...downloadButton("Download the schedule (.ics)", `${plan.id}.ics`, "text/calendar", locale, async () => (await import("./ical-writer")).toICalendar(plan, { stamp: stamp() })),
  ];
}
