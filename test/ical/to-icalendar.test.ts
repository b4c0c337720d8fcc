import { createHmac } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, expandSchedule, safeParsePlan } from "../../src/index";
import { toICalendar, type ICalendarOptions } from "../../src/ical";
import { vtimezone } from "../../src/ical/vtimezone";
import { arbPlan } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";
import { eventInstants, expectBothModesExact, expectedInstants, ics, linesOf, STAMP, veventsOf, zonePlan } from "./helpers";
import { runs } from "../helpers/runs";

/** An instant as an RFC 5545 UTC DATE-TIME. */
function utc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

const examplePlans = readdirSync("examples/plans")
  .filter((name) => name.endsWith(".json"))
  .map((name) => [name, safeParsePlan(JSON.parse(readFileSync(`examples/plans/${name}`, "utf8")))] as const);

describe("toICalendar: instants", () => {
  it.each(examplePlans)("%s: every VEVENT, read through the file's VTIMEZONE, is at expandSchedule's instants in both modes", (_, parsed) => {
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expectBothModesExact(parsed.data);
    expectBothModesExact(parsed.data, { closures: ["2026-03-11", "2026-03-23", "2026-04-03"] });
  });
});

/** The VTIMEZONE's observances as `kind DTSTART FROM→TO`. */
function observances(text: string): string[] {
  const lines = linesOf(text);
  const found: string[] = [];
  lines.forEach((line, index) => {
    if (line === "BEGIN:STANDARD" || line === "BEGIN:DAYLIGHT") {
      const [start, from, to] = lines.slice(index + 1, index + 4).map((field) => field.split(":")[1]);
      found.push(`${line.slice(6)} ${start} ${from}→${to}`);
    }
  });
  return found;
}

describe("toICalendar: zones", () => {
  it("Australia/Lord_Howe: the 30-minute changes are in the VTIMEZONE and every instant is exact", () => {
    const plan = zonePlan("Australia/Lord_Howe", "2026-03-02", ["mon", "wed", "sat", "sun"], 12);
    const text = ics(plan);
    expect(observances(text)).toEqual(["DAYLIGHT 20260101T000000 +1100→+1100", "STANDARD 20260405T020000 +1100→+1030", "DAYLIGHT 20261004T020000 +1030→+1100"]);
    expectBothModesExact(plan);
    expect(linesOf(text)).toContain("DTSTART;TZID=Australia/Lord_Howe:20260405T090000");
  });

  it("Europe/Dublin (negative DST in tzdata): offsets +0000 in winter and +0100 in summer, instants exact", () => {
    const plan = zonePlan("Europe/Dublin", "2026-03-02", ["mon", "thu", "sun"], 10);
    const text = ics(plan);
    expect(observances(text)).toEqual(["STANDARD 20260101T000000 +0000→+0000", "DAYLIGHT 20260329T010000 +0000→+0100", "STANDARD 20261025T020000 +0100→+0000"]);
    expectBothModesExact(plan);
    const [first] = eventInstants(text, "Europe/Dublin");
    expect(new Date(first!.start).toISOString()).toBe("2026-03-02T09:00:00.000Z");
  });

  it("America/Phoenix (no DST): one STANDARD observance at -0700", () => {
    const plan = zonePlan("America/Phoenix", "2026-03-02", ["tue", "thu"], 12);
    expect(observances(ics(plan))).toEqual(["STANDARD 20260101T000000 -0700→-0700"]);
    expectBothModesExact(plan);
  });

  it("Pacific/Apia 2011: the VTIMEZONE carries the move across the date line, and the skipped Friday is dated as expandSchedule dates it", () => {
    const plan = zonePlan("Pacific/Apia", "2011-11-28", ["mon", "wed", "fri", "sat"], 8);
    const text = ics(plan);
    expect(observances(text)).toContain("DAYLIGHT 20111230T000000 -1000→+1400");
    expect(observances(text)).toContain("DAYLIGHT 20110924T030000 -1100→-1000");
    expectBothModesExact(plan);
    expect(linesOf(ics(plan, { mode: "series" }))).toContain("EXDATE;TZID=Pacific/Apia:20111230T090000");
    const instants = eventInstants(text, "Pacific/Apia").map((occurrence) => new Date(occurrence.start).toISOString());
    expect(instants).toContain("2011-12-28T19:00:00.000Z");
    expect(instants).toContain("2012-01-01T19:00:00.000Z");
    expect(instants.filter((instant) => instant === "2011-12-30T19:00:00.000Z")).toHaveLength(2);
  });

  it("UTC: written with TZID=UTC and its VTIMEZONE, like any zone, in both modes", () => {
    const plan = zonePlan("UTC", "2026-03-02", ["mon", "wed"], 4);
    const text = ics(plan);
    expect(observances(text)).toEqual(["STANDARD 20260101T000000 +0000→+0000"]);
    expect(linesOf(text)).toContain("DTSTART;TZID=UTC:20260302T090000");
    expect(linesOf(text)).toContain("DTEND;TZID=UTC:20260302T120000");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:UTC\r\n");
    expect(text).not.toContain("Etc/UTC");
    expect(linesOf(ics(plan, { mode: "series", closures: ["2026-03-04"] }))).toEqual(expect.arrayContaining(["DTSTART;TZID=UTC:20260302T090000", "EXDATE;TZID=UTC:20260304T090000"]));
    expectBothModesExact(plan);
  });

  it("a start that does not exist (02:30 as clocks jump) is dated as expandSchedule dates it, in both modes", () => {
    const plan = zonePlan("America/New_York", "2026-02-23", ["sun"], 4, "02:30");
    const expanded = expandSchedule(plan);
    expect(expanded.success && expanded.data.sessions.filter((session) => session.adjusted).map((session) => session.start)).toEqual(["2026-03-08T03:30:00-04:00"]);
    expectBothModesExact(plan);
    const series = linesOf(ics(plan, { mode: "series" }));
    expect(series).toContain("EXDATE;TZID=America/New_York:20260308T023000");
    expect(series.filter((line) => line.startsWith("RRULE:"))).toEqual(["RRULE:FREQ=WEEKLY;UNTIL=20260322T063000Z"]);
  });

  it("a start that happens twice (01:30 as clocks go back) is written in UTC at its first occurrence, which every reader reads alike", () => {
    const plan = zonePlan("America/New_York", "2026-10-19", ["sun"], 4, "01:30");
    const expected = expectedInstants(plan);
    expect(new Date(expected[1]![0]).toISOString()).toBe("2026-11-01T05:30:00.000Z");
    // As a wall time, RFC 5545 reads the first occurrence and ical.js 2.2.1 the second, an hour later.
    expect(linesOf(ics(plan))).toEqual(expect.arrayContaining(["DTSTART:20261101T053000Z", "DTEND:20261101T083000Z"]));
    expect(linesOf(ics(plan))).not.toContain("DTSTART;TZID=America/New_York:20261101T013000");
    expectBothModesExact(plan);
  });

  it("America/St_Johns: a session that ends in the first occurrence of the repeated hour (Saturdays 22:00 from 2026-10-26) is written in UTC; the series takes its times from the next week", () => {
    const plan = zonePlan("America/St_Johns", "2026-10-26", ["sat"], 3, "22:00");
    expect(expectedInstants(plan).map(([start, end]) => [utc(start), utc(end)])[0]).toEqual(["20261101T003000Z", "20261101T033000Z"]);
    expect(linesOf(ics(plan))).toEqual(expect.arrayContaining(["DTSTART:20261101T003000Z", "DTEND:20261101T033000Z"]));
    const series = linesOf(ics(plan, { mode: "series" }));
    expect(series).toEqual(expect.arrayContaining(["DTSTART;TZID=America/St_Johns:20261107T220000", "DTEND;TZID=America/St_Johns:20261108T010000", "DTSTART:20261101T003000Z"]));
    expectBothModesExact(plan);
  });

  it("Europe/Dublin: a session across the spring change (Saturday 22:30 to 02:30 from 2030-03-18) is written in UTC, its own VEVENT in series mode, the series' times from a week without a change", () => {
    const plan = zonePlan("Europe/Dublin", "2030-03-18", ["sat"], 3, "22:30");
    const expected = expectedInstants(plan).map(([start, end]) => [utc(start), utc(end)]);
    expect(expected.slice(0, 2)).toEqual([["20300323T223000Z", "20300324T013000Z"], ["20300330T223000Z", "20300331T013000Z"]]);
    // As wall times (22:30 to 02:30), a reader adding the three hours to the start's wall time ends it at 01:30, in the gap.
    expect(linesOf(ics(plan))).toEqual(expect.arrayContaining(["DTSTART:20300330T223000Z", "DTEND:20300331T013000Z"]));
    const series = linesOf(ics(plan, { mode: "series" }));
    expect(series).toEqual(expect.arrayContaining(["DTSTART;TZID=Europe/Dublin:20300323T223000", "DTEND;TZID=Europe/Dublin:20300324T013000", "EXDATE;TZID=Europe/Dublin:20300330T223000", "DTSTART:20300330T223000Z", "DTEND:20300331T013000Z"]));
    expectBothModesExact(plan);
  });

  it.each([
    ["America/Chicago", "2026-10-05", "23:00", "20261101T040000Z", "20261101T070000Z"],
    ["Europe/London", "2026-09-28", "23:30", "20261024T223000Z", "20261025T013000Z"],
  ])("%s: a session that ends in the repeated hour as clocks go back (from %s, Saturdays at %s) is written in UTC, in both modes", (zone, admitted, start, dtstart, dtend) => {
    const plan = zonePlan(zone, admitted, ["sat"], 8, start);
    const expected = expectedInstants(plan).find(([startMs]) => utc(startMs) === dtstart)!;
    expect([utc(expected[0]), utc(expected[1])]).toEqual([dtstart, dtend]);
    for (const mode of ["events", "series"] as const) {
      const all = linesOf(ics(plan, { mode }));
      const lines = all.slice(all.indexOf("BEGIN:VEVENT"));
      // Written as a wall time, this end would name the first occurrence of the repeated hour: an hour early.
      expect(lines).toContain(`DTSTART:${dtstart}`);
      expect(lines).toContain(`DTEND:${dtend}`);
      expect(lines.filter((line) => /^DT(START|END):/.test(line))).toHaveLength(2);
      expect(lines.filter((line) => line.startsWith("DTEND;TZID=")).length).toBeGreaterThan(0);
    }
    expectBothModesExact(plan);
  });

  it("a file spanning several years carries every year's changes", () => {
    const plan = zonePlan("America/New_York", "2026-11-02", ["mon"], 12);
    expect(observances(ics(plan, { to: "2027-01-25" }))).toEqual([
      "STANDARD 20260101T000000 -0500→-0500",
      "DAYLIGHT 20260308T020000 -0500→-0400",
      "STANDARD 20261101T020000 -0400→-0500",
      "DAYLIGHT 20270314T020000 -0500→-0400",
      "STANDARD 20271107T020000 -0400→-0500",
    ]);
  });
});

describe("toICalendar: historical offsets with seconds", () => {
  it.each([
    ["Africa/Monrovia", 1971, "STANDARD 19710101T000000 -004430→-004430"],
    ["Europe/Dublin", 1916, "STANDARD 19160101T000000 -002521→-002521"],
  ])("%s in %i: the VTIMEZONE writes the offset as ±hhmmss (RFC 5545 §3.3.14)", (zone, year, first) => {
    const text = vtimezone(zone, year, year);
    expect(observances(text)[0]).toBe(first);
    expect(text).not.toMatch(/TZOFFSET(FROM|TO):[^\r]*\./);
    expect(linesOf(text).filter((line) => line.startsWith("TZOFFSET")).every((line) => /^TZOFFSET(FROM|TO):[+-]\d{4}(\d{2})?$/.test(line))).toBe(true);
  });

  it("Africa/Monrovia 1971-1972: a plan across the move from -00:44:30 to UTC exports, the times with seconds in UTC, every instant exact in both modes", () => {
    const plan = withEdits(zonePlan("Africa/Monrovia", "1971-12-13", ["mon", "wed", "fri"], 6), (draft) => void (draft.participant.birthDate = "1950-05-15"));
    const text = ics(plan);
    expect(observances(text)).toContain("DAYLIGHT 19720107T000000 -004430→+0000");
    expect(linesOf(text)).toEqual(expect.arrayContaining(["DTSTART:19711213T094430Z", "DTEND:19711213T124430Z", "DTSTART;TZID=Africa/Monrovia:19720110T090000"]));
    expectBothModesExact(plan);
    expectBothModesExact(plan, { closures: ["1971-12-15", "1972-01-12"] });
  });
});

const valid = examplePlans.find(([name]) => name === "valid-plan.json")![1];
const validPlan = valid.success ? valid.data : cleanPlan();

describe("toICalendar: bytes", () => {
  const originalZone = process.env.TZ;

  it("the file is byte-identical under every host zone, and equal to the stored one (the same in each run of the matrix)", async () => {
    const zones = ["UTC", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia"];
    const outputs = zones.map((zone) => {
      process.env.TZ = zone;
      return [ics(validPlan, { closures: ["2026-03-11"] }), ics(validPlan, { closures: ["2026-03-11"], mode: "series" })].join("\n");
    });
    process.env.TZ = originalZone;
    expect(new Set(outputs).size).toBe(1);
    await expect(outputs[0]).toMatchFileSnapshot("__snapshots__/valid-plan.ics");
  });

  it("DTSTAMP and UNTIL end in Z; DTSTART, DTEND and EXDATE carry the plan's zone; lines end in CRLF and fit 75 octets", () => {
    const text = ics(validPlan, { closures: ["2026-03-11"], mode: "series" });
    const lines = linesOf(text);
    expect(lines.filter((line) => line.startsWith("DTSTAMP")).every((line) => line === "DTSTAMP:20260301T120000Z")).toBe(true);
    const rules = lines.filter((line) => line.startsWith("RRULE:"));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule).toMatch(/;UNTIL=\d{8}T\d{6}Z(;|$)/);
    for (const line of lines.slice(lines.indexOf("BEGIN:VEVENT")).filter((field) => /^(DTSTART|DTEND|EXDATE)[;:]/.test(field))) expect(line).toMatch(/^(DTSTART|DTEND|EXDATE);TZID=America\/New_York:\d{8}T\d{6}(,\d{8}T\d{6})*$/);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75 && !line.includes("\n"))).toBe(true);
  });

  it("writes the stamp to the second and the PRODID whole, escaped as a TEXT value", () => {
    const text = ics(validPlan, { stamp: "2026-03-01T12:34:56.789Z", prodId: "-//Riverside Clinic//IOP schedule 2.1//EN" });
    expect(linesOf(text)).toContain("DTSTAMP:20260301T123456Z");
    expect(linesOf(text)).toContain("PRODID:-//Riverside Clinic//IOP schedule 2.1//EN");
    expect(linesOf(ics(validPlan))).toContain("PRODID:-//iopkit//Program schedule//EN");
    expect(linesOf(ics(validPlan, { prodId: "-//Riverside Clinic, Inc.//IOP; schedule\\2//EN" }))).toContain("PRODID:-//Riverside Clinic\\, Inc.//IOP\\; schedule\\\\2//EN");
    expect(veventsOf(ics(validPlan, { prodId: "-//A, B; C\\D//EN" }))[0]!.parent!.getFirstPropertyValue("prodid")).toBe("-//A, B; C\\D//EN");
  });

  it("ends every line with CRLF, the last one too (RFC 5545 §3.4)", () => {
    for (const mode of ["events", "series"] as const) {
      const text = ics(validPlan, { mode });
      expect(text.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
      expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    }
  });

  it("SUMMARY names activity kinds only, never the plan's text or ids", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const text = ics(plan, { to: addDays(plan.period.admitted, 27) });
        for (const line of linesOf(text).filter((field) => field.startsWith("SUMMARY:"))) {
          expect(line).toMatch(/^SUMMARY:(Program session(: [a-z ]+(\\, [a-z ]+)*)?|Appointment: [a-z ]+)$/);
        }
        expect(text).not.toContain(plan.id);
        expect(text).not.toContain(plan.participant.id);
      }),
      runs(100),
    );
  });
});

/** The UIDs of a file. */
function uidsOf(text: string): string[] {
  return linesOf(text).filter((line) => line.startsWith("UID:")).map((line) => line.slice(4));
}

/** UID → DTSTART line of every VEVENT. */
function startsByUid(text: string): Map<string, string> {
  const lines = linesOf(text);
  const starts = new Map<string, string>();
  lines.forEach((line, index) => {
    if (!line.startsWith("UID:")) return;
    const start = lines.slice(index).find((field) => field.startsWith("DTSTART"))!;
    starts.set(line.slice(4), start);
  });
  return starts;
}

describe("toICalendar: UIDs", () => {
  it("are unique in both modes and the same on every call, whatever the stamp", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        for (const mode of ["events", "series"] as const) {
          const uids = uidsOf(ics(plan, { mode }));
          expect(new Set(uids).size).toBe(uids.length);
          expect(uidsOf(ics(plan, { mode, stamp: "2027-01-01T00:00:00Z" }))).toEqual(uids);
        }
      }),
      runs(100),
    );
  });

  it("a session keeps its UID when the range narrows, and a narrower file holds only UIDs of the wider one at the same starts", () => {
    const wide = startsByUid(ics(validPlan));
    const narrow = startsByUid(ics(validPlan, { from: "2026-03-16", to: "2026-03-27" }));
    expect(narrow.size).toBeGreaterThan(0);
    expect(narrow.size).toBeLessThan(wide.size);
    for (const [uid, start] of narrow) expect(wide.get(uid)).toBe(start);
    const wideSeries = uidsOf(ics(validPlan, { mode: "series" }));
    expect(uidsOf(ics(validPlan, { mode: "series", from: "2026-03-16", to: "2026-03-27" })).every((uid) => wideSeries.includes(uid))).toBe(true);
  });

  it("other sessions keep their UIDs when one is removed; two plans never share a UID", () => {
    const without = withEdits(validPlan, (draft) => {
      draft.schedule.sessions.splice(0, 1);
    });
    const before = uidsOf(ics(validPlan));
    const after = uidsOf(ics(without));
    expect(after.length).toBeLessThan(before.length);
    expect(after.every((uid) => before.includes(uid))).toBe(true);
    const other = withEdits(validPlan, (draft) => {
      draft.id = "plan-other";
    });
    expect(uidsOf(ics(other)).some((uid) => before.includes(uid))).toBe(false);
  });

  it("with the clinic's secret: a key no one can match to the plan id without it, stable, and one per secret", () => {
    const secret = "clinic-secret-2026-rotated";
    const plain = uidsOf(ics(validPlan));
    const keyed = uidsOf(ics(validPlan, { uidSecret: secret }));
    expect(keyed).toHaveLength(plain.length);
    expect(uidsOf(ics(validPlan, { uidSecret: secret, stamp: "2027-01-01T00:00:00Z" }))).toEqual(keyed);
    const keyOf = (uid: string) => uid.slice(0, 16);
    expect(new Set(keyed.map(keyOf)).size).toBe(1);
    expect(keyOf(keyed[0]!)).not.toBe(keyOf(plain[0]!));
    expect(keyOf(uidsOf(ics(validPlan, { uidSecret: `${secret}!` }))[0]!)).not.toBe(keyOf(keyed[0]!));
    // The key is the HMAC-SHA-256 of the id (RFC 2104), checked against Node's own implementation.
    expect(keyOf(keyed[0]!)).toBe(createHmac("sha256", secret).update(validPlan.id).digest("hex").slice(0, 16));
    // The rest of each UID is unchanged: the secret replaces the key alone.
    expect(keyed.map((uid) => uid.slice(16))).toEqual(plain.map((uid) => uid.slice(16)));
  });

  it("with the secret, a removed session's UID of the previous export is cancelled as without it", () => {
    const uidSecret = "clinic-secret-2026-rotated";
    const removed = withEdits(validPlan, (draft) => void draft.schedule.sessions.splice(0, 1));
    const previous = uidsOf(ics(validPlan, { to: "2026-03-27", uidSecret }));
    const next = ics(removed, { to: "2026-03-27", uidSecret, previousUids: previous });
    expect(linesOf(next).filter((line) => line === "STATUS:CANCELLED").length).toBeGreaterThan(0);
    expect(ics(removed, { to: "2026-03-27", previousUids: previous })).not.toContain("CANCELLED");
  });
});

/** The SEQUENCE of the files stamped {@link STAMP}: the minutes from 2000-01-01T00:00Z to 2026-03-01T12:00Z. */
const STAMP_SEQUENCE = 13_761_360;

/** The SEQUENCE of the VEVENT with a UID. */
function sequenceOf(text: string, uid: string): unknown {
  return veventsOf(text).find((vevent) => vevent.getFirstPropertyValue("uid") === uid)!.getFirstPropertyValue("sequence");
}

describe("toICalendar: SEQUENCE", () => {
  it("every VEVENT of a file carries the stamp's SEQUENCE, whole minutes since 2000-01-01T00:00Z, within RFC 5545's integer", () => {
    const sequences = (text: string) => new Set(linesOf(text).filter((line) => line.startsWith("SEQUENCE:")));
    const previousUids = uidsOf(ics(validPlan, { mode: "series" }));
    expect(sequences(ics(validPlan, { mode: "series", closures: ["2026-03-11"] }))).toEqual(new Set([`SEQUENCE:${STAMP_SEQUENCE}`]));
    expect(sequences(ics(validPlan, { previousUids }))).toEqual(new Set([`SEQUENCE:${STAMP_SEQUENCE}`]));
    expect(sequences(ics(validPlan, { stamp: "2026-03-01T12:00:59.999Z" }))).toEqual(new Set([`SEQUENCE:${STAMP_SEQUENCE}`]));
    expect(sequences(ics(validPlan, { stamp: "2026-03-01T12:01:00Z" }))).toEqual(new Set([`SEQUENCE:${STAMP_SEQUENCE + 1}`]));
    expect(sequences(ics(validPlan, { stamp: "1999-12-31T23:59:59Z" }))).toEqual(new Set(["SEQUENCE:0"]));
    expect(sequences(ics(validPlan, { stamp: "9999-12-31T23:59:59Z" }))).toEqual(new Set(["SEQUENCE:2147483647"]));
  });

  it("a session cancelled by one export and restored by a later one comes back: its SEQUENCE never goes down (RFC 5546 §2.1.5)", () => {
    const range = { from: "2026-03-09", to: "2026-03-13" };
    const withoutWednesday = withEdits(validPlan, (draft) => void (draft.schedule.sessions = draft.schedule.sessions.filter((session) => session.day !== "wed")));
    const first = ics(validPlan, { ...range, stamp: "2026-03-01T12:00:00Z" });
    const second = ics(withoutWednesday, { ...range, stamp: "2026-03-02T12:00:00Z", previousUids: uidsOf(first) });
    const third = ics(validPlan, { ...range, stamp: "2026-03-03T12:00:00Z", previousUids: uidsOf(second) });
    const cancelled = veventsOf(second).filter((vevent) => vevent.getFirstPropertyValue("status") === "CANCELLED").map((vevent) => vevent.getFirstPropertyValue("uid") as string);
    expect(cancelled).toHaveLength(1);
    const [uid] = cancelled as [string];
    expect(uidsOf(third)).toContain(uid);
    expect(veventsOf(third).every((vevent) => vevent.getFirstPropertyValue("status") === null)).toBe(true);
    const sequences = [first, second, third].map((text) => sequenceOf(text, uid) as number);
    expect(sequences[1]).toBeGreaterThan(sequences[0]!);
    expect(sequences[2]).toBeGreaterThan(sequences[1]!);
  });
});

describe("toICalendar: cancellations", () => {
  const removed = withEdits(validPlan, (draft) => {
    draft.schedule.sessions.splice(0, 1);
  });

  it("writes a session of the previous export that is gone with STATUS:CANCELLED at its old start", () => {
    const previous = ics(validPlan, { to: "2026-03-27" });
    const previousStarts = startsByUid(previous);
    const next = ics(removed, { to: "2026-03-27", previousUids: [...previousStarts.keys()] });
    const nextStarts = startsByUid(next);
    const gone = [...previousStarts.keys()].filter((uid) => !uidsOf(ics(removed, { to: "2026-03-27" })).includes(uid));
    expect(gone.length).toBeGreaterThan(0);
    const vevents = veventsOf(next);
    for (const uid of gone) {
      expect(nextStarts.get(uid)).toBe(previousStarts.get(uid));
      const vevent = vevents.find((component) => component.getFirstPropertyValue("uid") === uid)!;
      expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
      expect(vevent.getFirstPropertyValue("sequence")).toBe(STAMP_SEQUENCE);
    }
    const confirmed = vevents.filter((component) => component.getFirstPropertyValue("status") === null);
    expect(confirmed).toHaveLength(uidsOf(ics(removed, { to: "2026-03-27" })).length);
  });

  it("cancels a removed weekly series, and leaves alone UIDs out of range, of other plans, or not its own", () => {
    const series = uidsOf(ics(validPlan, { mode: "series" }));
    const nextSeries = ics(removed, { mode: "series", previousUids: series });
    expect(linesOf(nextSeries).filter((line) => line === "STATUS:CANCELLED")).toHaveLength(1);
    const foreign = uidsOf(ics(withEdits(validPlan, (draft) => void (draft.id = "plan-other")), { to: "2026-03-27" }));
    const late = uidsOf(ics(validPlan, { from: "2026-04-01" }));
    const text = ics(removed, { to: "2026-03-27", previousUids: [...foreign, ...late, "someone-else@example.org", ""] });
    expect(text).not.toContain("CANCELLED");
  });

  it("keeps a series still in the plan when the range narrows to days it has no occurrence on", () => {
    const series = uidsOf(ics(validPlan, { mode: "series" }));
    expect(series.length).toBeGreaterThan(1);
    const day = validPlan.period.admitted;
    const narrow = ics(validPlan, { mode: "series", from: day, to: day, previousUids: series });
    expect(uidsOf(narrow).length).toBeLessThan(series.length);
    expect(narrow).not.toContain("CANCELLED");
    const afterRemoval = ics(removed, { mode: "series", from: day, to: day, previousUids: series });
    expect(linesOf(afterRemoval).filter((line) => line === "STATUS:CANCELLED")).toHaveLength(1);
  });

  it("cancels the series an earlier discharge leaves without an occurrence, from the range's first day on", () => {
    const series = uidsOf(ics(validPlan, { mode: "series" }));
    const discharged = withEdits(validPlan, (draft) => void (draft.period.discharged = "2026-03-10"));
    const file = ics(discharged, { mode: "series", previousUids: series });
    const cancelled = veventsOf(file).filter((vevent) => vevent.getFirstPropertyValue("status") === "CANCELLED");
    expect(cancelled).toHaveLength(series.length - 1);
    expect(uidsOf(file).filter((uid) => !cancelled.some((vevent) => vevent.getFirstPropertyValue("uid") === uid))).toHaveLength(1);
    const lateRange = ics(withEdits(validPlan, (draft) => void (draft.period.discharged = "2026-03-17")), { mode: "series", from: "2026-03-17", previousUids: series });
    expect(linesOf(lateRange).filter((line) => line === "STATUS:CANCELLED")).toHaveLength(series.length);
  });

  it("cancels the earlier series when the plan is written as dated events, which would otherwise repeat them", () => {
    const series = uidsOf(ics(validPlan, { mode: "series" }));
    const events = ics(validPlan, { previousUids: series });
    const cancelled = veventsOf(events).filter((vevent) => vevent.getFirstPropertyValue("status") === "CANCELLED");
    expect(cancelled.map((vevent) => vevent.getFirstPropertyValue("uid")).sort()).toEqual([...series].sort());
  });
});

describe("toICalendar: options", () => {
  it.each([
    ["no options", undefined, [[]]],
    ["no stamp", {}, [["stamp"]]],
    ["a stamp without Z", { stamp: "2026-03-01T12:00:00" }, [["stamp"]]],
    ["a stamp on no real day", { stamp: "2026-02-30T12:00:00Z" }, [["stamp"]]],
    ["an unknown mode", { stamp: STAMP, mode: "daily" }, [["mode"]]],
    ["a PRODID without -//", { stamp: STAMP, prodId: "iopkit" }, [["prodId"]]],
    ["a PRODID with a line break", { stamp: STAMP, prodId: "-//a//b\r\nX-INJECTED:1//EN" }, [["prodId"]]],
    ["previous UIDs that are not a list", { stamp: STAMP, previousUids: "uid" }, [["previousUids"]]],
    ["a previous UID that is not a string", { stamp: STAMP, previousUids: [3] }, [["previousUids", 0]]],
    ["closures that are not a list", { stamp: STAMP, closures: "2026-03-11" }, [["closures"]]],
    ["a UID secret too short to hide anything", { stamp: STAMP, uidSecret: "clinic" }, [["uidSecret"]]],
    ["a UID secret that is not text", { stamp: STAMP, uidSecret: 1234567890123456 }, [["uidSecret"]]],
    ["a bad closure", { stamp: STAMP, closures: ["2026-03-32"] }, [["closures", 0]]],
    ["a bad from", { stamp: STAMP, from: 20260309 }, [["from"]]],
    ["a reversed range", { stamp: STAMP, from: "2026-04-01", to: "2026-03-01" }, [["from"]]],
  ])("%s gives findings, never a throw", (_, options, paths) => {
    const result = toICalendar(validPlan, options as unknown as ICalendarOptions);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings.map((finding) => finding.path)).toEqual(paths);
    expect(result.findings.every((finding) => finding.rule === "engine/invalid-option")).toBe(true);
  });

  it("an unknown time zone gives the schema finding", () => {
    const plan = { ...validPlan, timeZone: "Mars/Olympus_Mons" };
    const result = toICalendar(plan, { stamp: STAMP });
    expect(result.success ? [] : result.findings.map((finding) => finding.rule)).toEqual(["schema/unknown-time-zone"]);
  });

  it("leaves the plan and the options as they were", () => {
    const before = JSON.stringify(validPlan);
    const options = { stamp: STAMP, closures: ["2026-03-11"], previousUids: ["x"], mode: "series" as const };
    const optionsBefore = JSON.stringify(options);
    ics(validPlan, options);
    expect(JSON.stringify(validPlan)).toBe(before);
    expect(JSON.stringify(options)).toBe(optionsBefore);
  });
});
