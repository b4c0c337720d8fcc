import { describe, expect, it } from "vitest";
import { checkPlan, expandSchedule, medicationReviews, ruleCatalog, validatePlan } from "../../src/index";
import { mutate, toDraft } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";

/** A JSON-style path in a message: `participant.commitments.0`, `sessions[2]`, `schedule sessions 1`. */
const JSON_PATH = /\b[a-zA-Z]+\.[a-zA-Z]+\.\d+\b|\w\[\d+\]|\b(sessions|appointments|commitments) \d/;
/** British spellings; the rule codes, and so the messages, are US English. */
const BRITISH = /authoris|programme|behaviour|standardis|generalis|hospitalis|individualis|organis|prioritis|counsell|colour/i;

function messagesOfEveryMutation(): string[] {
  const plan = cleanPlan();
  // A few mutations need parts the clean plan lacks (aftercare, coverage); the rest cover the catalog.
  return Object.values(mutate).flatMap((mutation) => {
    let mutated;
    try {
      mutated = mutation(plan);
    } catch {
      return [];
    }
    return validatePlan(mutated, { asOf: plan.period.plannedDischarge }).findings.map((finding) => finding.message);
  });
}

describe("messages in plain words", () => {
  const messages = messagesOfEveryMutation();

  it("never show a JSON path, a British spelling or a plural written (s)", () => {
    expect(messages.length).toBeGreaterThan(50);
    expect(messages.filter((message) => JSON_PATH.test(message) || BRITISH.test(message) || message.includes("(s)"))).toEqual([]);
    const texts = ruleCatalog.flatMap((rule) => [rule.summary, rule.source]);
    expect(texts.filter((text) => BRITISH.test(text))).toEqual([]);
  });

  it("name the commitment, the clashing session and the first holder of an id by their number", () => {
    const plan = withEdits(cleanPlan(), (draft) => {
      draft.participant.commitments = [{ day: "wed", start: "08:00", end: "10:00" }];
      draft.schedule.appointments = [{ modality: "individual-therapy", minutes: 50, everyWeeks: 1, day: "mon", start: "10:00", interventionId: "int-individual", facilitatorRole: "licensed-therapist" }];
    });
    const messages = validatePlan(plan).findings.map((finding) => finding.message);
    expect(messages).toContain("This session (Wednesday 09:00–12:00) overlaps the participant's commitment 1 (08:00–10:00).");
    expect(messages).toContain("This appointment overlaps session 1.");
    const draft = toDraft(cleanPlan());
    draft.problems.push({ ...draft.problems[0]!, goals: [] });
    expect(checkPlan(draft).findings.map((finding) => finding.message)).toContain("This problem id is already used by problem 1.");
  });

  it("call an impossible day impossible, and a badly written one by its form", () => {
    const draft = toDraft(cleanPlan());
    (draft.period as { plannedDischarge: string }).plannedDischarge = "2026-02-30";
    expect(checkPlan(draft).findings[0]?.message).toBe("Not a day of the calendar: the month has no such day.");
    draft.period.plannedDischarge = "30/02/2026";
    expect(checkPlan(draft).findings[0]?.message).toBe("Expected a calendar day written YYYY-MM-DD.");
    const reviews = medicationReviews(cleanPlan(), { asOf: "2026-02-30" });
    expect(reviews.success || reviews.findings[0]?.message).toBe("The asOf option is 2026-02-30, which is not a day of the calendar.");
    const dated = expandSchedule(cleanPlan(), { closures: ["2026-04-31"] });
    expect(dated.success || dated.findings[0]?.message).toBe("Closure 1 is 2026-04-31, which is not a day of the calendar.");
  });
});
