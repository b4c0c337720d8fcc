// The iCalendar writer the download button loads when pressed (see fhir-writer.ts).
export { toICalendar } from "iopkit/ical";
