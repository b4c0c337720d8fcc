import type { Day } from "../core/calendar";
import type { Words } from "../core/messages";
import type { AGE_GROUPS } from "../policy/params";

/** An age group a schedule is fitted for. */
type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * The messages of the schedule functions outside the rules, in English, by finding code and
 * variant: the options of `expandSchedule` and `fitSchedule`, why `fitSchedule` found no pattern
 * (`schedule/no-fit`) and a weekly window that ends before it starts.
 */
export const SCHEDULE_MESSAGES = {
  "engine/invalid-option": {
    closuresNotList: () => "The closures option must be a list of calendar days.",
    tooManyClosures: (p: { readonly max: number }) => `At most ${p.max} closures are taken.`,
    rangeReversed: (p: { readonly from: Day; readonly to: Day }) => `The range starts (${p.from}) after it ends (${p.to}).`,
    rangeTooLong: (p: { readonly max: number }) => `The range is longer than ${p.max} days.`,
    notWallTime: (p: { readonly option: string }) => `The ${p.option} option must be a wall time written HH:MM.`,
    notWholeNumber: (p: { readonly option: string }) => `The ${p.option} option must be a whole number, 0 or more.`,
    notPositiveWholeNumber: (p: { readonly option: string }) => `The ${p.option} option must be a whole number, 1 or more.`,
    notWholeNumberUpTo: (p: { readonly option: string; readonly min: number; readonly max: number }) => `The ${p.option} option must be a whole number from ${p.min} to ${p.max}.`,
    notOneOf: (p: { readonly option: string; readonly allowed: readonly string[] }, words: Words) => `The ${p.option} option must be ${words.list(p.allowed, "or")}.`,
    notDayList: (p: { readonly option: string; readonly allowed: readonly string[] }, words: Words) =>
      `The ${p.option} option must be a list of days among ${words.list(p.allowed, "and")}.`,
  },
  "schedule/no-fit": {
    sessionLength: (p: { readonly minutes: number; readonly min: number; readonly max: number }) =>
      `A ${p.minutes}-minute session is outside the policy's ${p.min} to ${p.max} minutes.`,
    daysPerWeek: (p: { readonly min: number; readonly max: number }) => `The policy allows ${p.min} to ${p.max} program days a week.`,
    weeklyMinutes: (p: { readonly minutes: number; readonly min: number; readonly max: number; readonly ageGroup: AgeGroup }) =>
      `No allowed number of ${p.minutes}-minute sessions gives the ${p.min} to ${p.max} minutes a week an ${p.ageGroup} needs.`,
    window: (p: { readonly minutes: number; readonly earliest: string; readonly latest: string }) =>
      `A ${p.minutes}-minute session does not fit between ${p.earliest} and ${p.latest}.`,
    noFreeDays: (p: { readonly earliest: string; readonly latest: string; readonly counts: readonly string[] }, words: Words) =>
      `No start between ${p.earliest} and ${p.latest} leaves ${words.list(p.counts, "or")} days free of commitments.`,
  },
  "schema/window-order": {
    default: () => "A window must end after it starts.",
  },
} as const;
