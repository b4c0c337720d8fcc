import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeWeek } from "../../src/index";
import { careItemsOf, contactsPerWeek, weeklyContacts, weeklyMinutes } from "../../src/modalities/care-items";
import { MODALITY_KINDS } from "../../src/modalities/kinds";
import { arbPlan } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";
import { runs } from "../helpers/runs";

describe("contactsPerWeek", () => {
  it("counts the standard template's contacts, appointments as a fraction", () => {
    expect(contactsPerWeek(careItemsOf(cleanPlan().schedule))).toEqual({
      "group-therapy": 6,
      "individual-therapy": 1,
      "family-therapy": 0,
      psychoeducation: 2,
      holistic: 1,
      psychiatric: 0.5,
      "case-management": 0,
    });
  });

  it("agrees with weeklyContacts for every modality", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const items = careItemsOf(plan.schedule);
        const contacts = contactsPerWeek(items);
        for (const kind of MODALITY_KINDS) expect(contacts[kind]).toBe(weeklyContacts(items, kind));
      }),
      runs(100),
    );
  });
});

describe("weeklyMinutes", () => {
  it("counts the standard template's therapy and qualifying minutes, breaks left out", () => {
    expect(weeklyMinutes(careItemsOf(cleanPlan().schedule))).toEqual({ therapeutic: 605, qualifying: 590 });
  });

  it("averages appointments over their period and counts only qualifying services as qualifying", () => {
    const items = careItemsOf({
      sessions: [{ day: "mon", start: "09:00", activities: [{ kind: "holistic", practice: "yoga", minutes: 45 }, { kind: "break", minutes: 15 }, { kind: "group-therapy", minutes: 60 }] }],
      appointments: [{ modality: "individual-therapy", minutes: 50, everyWeeks: 2 }],
    });
    expect(weeklyMinutes(items)).toEqual({ therapeutic: 130, qualifying: 85 });
  });

  it("agrees with summarizeWeek", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const week = summarizeWeek(plan.schedule);
        const minutes = weeklyMinutes(careItemsOf(plan.schedule));
        expect(minutes.therapeutic).toBeCloseTo(week.therapeuticMinutes, 9);
        expect(minutes.qualifying).toBeCloseTo(week.qualifyingMinutes, 9);
      }),
      runs(100),
    );
  });
});
