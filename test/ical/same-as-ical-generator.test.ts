import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { ICalCalendar, type ICalEventData } from "ical-generator";
import { afterAll, describe, expect, it, vi } from "vitest";
import { addDays, safeParsePlan, type TreatmentPlan } from "../../src/index";
import { lastDayOfCare } from "../../src/core/period";
import { toICalendar, type ICalendarMode, type ICalendarOptions } from "../../src/ical";
import { escapeText } from "../../src/ical/format";
import { vtimezone } from "../../src/ical/vtimezone";
import { arbPlan } from "../../src/testing";
import { linesOf, STAMP } from "./helpers";
import { runs } from "../helpers/runs";

/** The events toICalendar hands to ical-generator, as it hands them. */
const createEvent = vi.spyOn(ICalCalendar.prototype, "createEvent");
afterAll(() => createEvent.mockRestore());

/** The year of a day. */
function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/**
 * The file ical-generator's calendar writes from the same events: PRODID, a VTIMEZONE generator
 * giving iopkit's zone for the years of the range and the week after it, the events in order,
 * then its `toString()` with its own framing and folding. The PRODID goes in escaped, as a TEXT
 * value is (ical-generator writes it as given), and a CRLF goes after the last line, which
 * RFC 5545 §3.4 ends with one like every other (ical-generator's text stops before it). A plan in
 * `UTC` is handed to ical-generator as `Etc/UTC` (it writes a zone named `UTC` as UTC times), so
 * its starts and ends name `Etc/UTC` here and `UTC` in the file toICalendar writes.
 */
function icalGeneratorFile(plan: TreatmentPlan, options: ICalendarOptions, events: readonly ICalEventData[]): string {
  const from = options.from ?? plan.period.admitted;
  const to = options.to ?? lastDayOfCare(plan);
  const calendar = new ICalCalendar({ prodId: escapeText(options.prodId ?? "-//iopkit//Program schedule//EN").slice(1) });
  calendar.timezone({ name: null, generator: () => vtimezone(plan.timeZone, yearOf(from), yearOf(addDays(to, 7))) });
  for (const data of events) calendar.createEvent(data);
  const text = `${calendar.toString()}\r\n`;
  return plan.timeZone === "UTC" ? text.replace(/^(DTSTART|DTEND);TZID=Etc\/UTC:/gm, "$1;TZID=UTC:") : text;
}

/** toICalendar's file after checking it byte for byte against ical-generator's calendar; undefined when the options are refused. */
function expectSameAsIcalGenerator(plan: TreatmentPlan, options: ICalendarOptions): string | undefined {
  createEvent.mockClear();
  const result = toICalendar(plan, options);
  if (!result.success) return undefined;
  const events = createEvent.mock.calls.map(([data]) => data as ICalEventData);
  expect(result.data).toBe(icalGeneratorFile(plan, options, events));
  return result.data;
}

/** The UIDs an export holds, in both modes, over the plan's whole stay without closures. */
function previousUidsOf(plan: TreatmentPlan, modes: readonly ICalendarMode[]): string[] {
  return modes.flatMap((mode) => {
    const result = toICalendar(plan, { stamp: STAMP, mode });
    return result.success ? linesOf(result.data).filter((line) => line.startsWith("UID:")).map((line) => line.slice(4)) : [];
  });
}

/** A PRODID of the full allowed length, so its line folds. */
const LONG_PROD_ID = `-//${"Clinic scheduling, Intensive Outpatient Programme ~ ".repeat(4).slice(0, 197)}`;

const plans = [
  ...readdirSync("examples/plans")
    .filter((name) => name.endsWith(".json"))
    .map((name) => [name, readFileSync(`examples/plans/${name}`, "utf8")] as const),
  ["reference-plan.json", readFileSync("test/fixtures/reference-plan.json", "utf8")] as const,
].map(([name, text]) => {
  const parsed = safeParsePlan(JSON.parse(text));
  if (!parsed.success) throw new Error(`${name} must parse`);
  return [name, parsed.data] as const;
});

describe("toICalendar writes what ical-generator's calendar writes", () => {
  it.each(plans)("%s: both modes, with closures, cancelled events and a folded PRODID", (_, plan) => {
    const admitted = plan.period.admitted;
    const closures = [addDays(admitted, 2), addDays(admitted, 9), addDays(admitted, 23)];
    const previousUids = previousUidsOf(plan, ["events", "series"]);
    for (const mode of ["events", "series"] as const) {
      expectSameAsIcalGenerator(plan, { stamp: STAMP, mode });
      const text = expectSameAsIcalGenerator(plan, { stamp: "2026-03-01T12:00:00.125Z", mode, closures, previousUids, prodId: LONG_PROD_ID });
      expect(linesOf(text!)).toContain("STATUS:CANCELLED");
      expect(text!.split("\r\n")[2]).toBe(`PRODID:${escapeText(LONG_PROD_ID).slice(0, 67)}`);
    }
  });

  it.each(plans)("%s: a range without events has no VTIMEZONE, as ical-generator writes it", (_, plan) => {
    const day = plan.period.admitted;
    const text = expectSameAsIcalGenerator(plan, { stamp: STAMP, from: day, to: day, closures: [day] });
    expect(text).toBe("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//iopkit//Program schedule//EN\r\nEND:VCALENDAR\r\n");
  });

  it("300 generated plans, in both modes, with ranges, closures, an earlier export's UIDs and PRODIDs", () => {
    const seen = { files: 0, cancelled: 0, empty: 0, folded: 0 };
    const printable = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(
        arbPlan(),
        fc.constantFrom<ICalendarMode>("events", "series"),
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }),
        fc.constantFrom<readonly ICalendarMode[]>([], ["events"], ["series"], ["events", "series"]),
        fc.option(fc.oneof(fc.string({ unit: printable, minLength: 1, maxLength: 20 }), fc.string({ unit: printable, minLength: 60, maxLength: 197 })).map((tail) => `-//${tail}`)),
        fc.option(fc.record({ start: fc.integer({ min: 0, max: 40 }), days: fc.oneof(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 45 })) })),
        (plan, mode, closureOffsets, previousModes, prodId, range) => {
          const admitted = plan.period.admitted;
          const from = range && addDays(admitted, range.start);
          const options: ICalendarOptions = {
            stamp: STAMP,
            mode,
            closures: closureOffsets.map((offset) => addDays(admitted, offset)),
            previousUids: previousUidsOf(plan, previousModes),
            ...(prodId === null ? {} : { prodId }),
            ...(from === null ? {} : { from, to: addDays(from, range!.days) }),
          };
          const text = expectSameAsIcalGenerator(plan, options);
          if (text === undefined) return;
          seen.files++;
          if (text.includes("STATUS:CANCELLED")) seen.cancelled++;
          if (!text.includes("BEGIN:VEVENT")) seen.empty++;
          if (text.includes("\r\n ")) seen.folded++;
        },
      ),
      { ...runs(300), seed: 5545 },
    );
    expect(seen.files).toBeGreaterThan(runs(300).numRuns / 2);
    expect(Math.min(seen.cancelled, seen.empty, seen.folded)).toBeGreaterThan(0);
  });
});
