import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, ageOn, dayFromOrdinal, dayOrdinal, daysBetween, formatWallTime, isDay, isWallTime, wallTimeMinutes, weekdayOf } from "../../src/core/calendar";
import { InputError } from "../../src/index";

describe("calendar days", () => {
  it("accepts real days and rejects impossible ones", () => {
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-04-31")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("2026-1-01")).toBe(false);
    expect(isDay(20260101)).toBe(false);
  });

  it("round-trips every ordinal through its day, matching Date.UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (ordinal) => {
        const day = dayFromOrdinal(ordinal);
        expect(isDay(day)).toBe(true);
        expect(dayOrdinal(day)).toBe(ordinal);
        expect(day).toBe(new Date(ordinal * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it("writes each day the same before and after the table of written days fills and empties", () => {
    const written = (ordinal: number) => new Date(ordinal * 86_400_000).toISOString().slice(0, 10);
    const wrong: number[] = [];
    for (let ordinal = -100_000; ordinal < 100_000; ordinal += 1) if (dayFromOrdinal(ordinal) !== written(ordinal)) wrong.push(ordinal);
    expect(wrong).toEqual([]);
    for (const ordinal of [-100_000, -1, 0, 20_000, 99_999]) {
      expect(dayFromOrdinal(ordinal)).toBe(written(ordinal));
      expect(dayFromOrdinal(ordinal + 0.5)).toBe(written(ordinal));
    }
  });

  it("adds days across month, year and DST boundaries", () => {
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
  });

  it("names weekdays", () => {
    expect(weekdayOf("2026-03-09")).toBe("mon");
    expect(weekdayOf("1970-01-01")).toBe("thu");
    expect(weekdayOf("1969-12-28")).toBe("sun");
  });

  it("adds months, clamping to shorter months", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
  });

  it("adds months as the civil calendar does, and refuses text that is not a day and amounts that are not whole numbers", () => {
    /** addMonths with each field read by `Number`, written out with the calendar's own arithmetic (Howard Hinnant's days-from-civil). */
    const byNumber = (day: string, amount: number) => {
      const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + amount;
      const year = Math.floor(total / 12);
      if (year < 1) return "0000-12-31";
      if (!(year <= 9999)) return "9999-12-32";
      const month = total - year * 12 + 1;
      const length = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
      const date = Math.min(Number(day.slice(8, 10)), length);
      const y = month <= 2 ? year - 1 : year;
      const era = Math.floor(y / 400);
      const yearOfEra = y - era * 400;
      const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
      return dayFromOrdinal(era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468);
    };
    const character = fc.constantFrom(..."0123456789- .e+x");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: character, minLength: 8, maxLength: 12 }), fc.constantFrom("2026-03-09", "0012-01-05", " 2026-3-09", "2026-01-31", "2026-02-30")), fc.integer({ min: -30, max: 30 }), (day, amount) => {
        if (isDay(day)) expect(addMonths(day, amount)).toBe(byNumber(day, amount));
        else expect(() => addMonths(day, amount)).toThrow(InputError);
      }),
    );
    for (const call of [() => addDays("2026-02-30", 1), () => addDays("hello world", 1), () => weekdayOf("Jane Doe!!"), () => daysBetween("2026-01-01", "abc"), () => addMonths("2026-01-31", 0.5), () => addDays("2026-03-09", Number.NaN)]) {
      expect(call).toThrow(InputError);
    }
  });

  it("computes ages in completed years", () => {
    expect(ageOn("2004-06-15", "2026-06-14")).toBe(21);
    expect(ageOn("2004-06-15", "2026-06-15")).toBe(22);
  });
});

describe("wall times", () => {
  it("accepts 00:00 to 23:59 only", () => {
    expect(isWallTime("00:00")).toBe(true);
    expect(isWallTime("23:59")).toBe(true);
    expect(isWallTime("24:00")).toBe(false);
    expect(isWallTime("25:00")).toBe(false);
    expect(isWallTime("9:00")).toBe(false);
  });

  it("converts to and from minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        expect(wallTimeMinutes(formatWallTime(minutes))).toBe(minutes);
      }),
    );
  });
});
