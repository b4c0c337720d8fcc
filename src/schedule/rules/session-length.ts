import { flatMap } from "../../core/arrays";
import { defineRule } from "../../core/rule";
import type { PolicyParams } from "../../policy/params";
import { weekOfPlan } from "../summary";

/**
 * Where a session length falls: inside the target band, inside the bounds but outside the band,
 * or outside the bounds (all inclusive).
 */
export type SessionLengthFit = "target" | "outside-target" | "outside-bounds";

/**
 * How a session length compares to the policy's session bounds and target band.
 *
 * @param minutes - the session's length
 * @param bounds - the policy's `sessionMinutes`
 * @returns `outside-bounds` below `min` or above `max`, `outside-target` below `targetMin` or above `targetMax`, else `target`
 */
export function sessionLengthFit(minutes: number, bounds: PolicyParams["sessionMinutes"]): SessionLengthFit {
  if (minutes < bounds.min || minutes > bounds.max) return "outside-bounds";
  if (minutes < bounds.targetMin || minutes > bounds.targetMax) return "outside-target";
  return "target";
}

/** The params of a session length: its minutes and the bounds or band (`min`–`max`) it falls outside. */
type Length = { readonly actual: number; readonly min: number; readonly max: number };

const MINUTES = { one: "minute", other: "minutes" };

/** Each session's length is within the policy's bounds, and ideally within its target band. */
export const sessionLength = defineRule({
  code: "schedule/session-length",
  summary:
    "Each session lasts between sessionMinutes.min and .max (otherwise at the rule's severity); outside the targetMin–targetMax band it is one step softer.",
  defaultSeverity: "error",
  params: ["sessionMinutes"],
  source: "Seed article (around three hours); TRICARE Policy Manual 6010.60-M ch.7 §3.16 (≥ 2 h a day); H0015 (≥ 3 h a day)",
  messages: {
    outsideBounds: (p: Length, words) => `This session lasts ${words.count(p.actual, MINUTES)}; the policy allows ${p.min} to ${p.max}.`,
    outsideTarget: (p: Length, words) => `This session lasts ${words.count(p.actual, MINUTES)}, outside the usual ${p.min} to ${p.max}.`,
  },
  check({ params, derive }) {
    const { min, max, targetMin, targetMax } = params.sessionMinutes;
    return flatMap(derive(weekOfPlan).sessions, (session) => {
      const actual = session.minutes;
      const path = ["schedule", "sessions", session.sessionIndex];
      const fit = sessionLengthFit(actual, params.sessionMinutes);
      if (fit === "target") return [];
      const bounds = fit === "outside-bounds";
      return [
        {
          path,
          variant: bounds ? ("outsideBounds" as const) : ("outsideTarget" as const),
          params: bounds ? { actual, min, max } : { actual, min: targetMin, max: targetMax },
          advisory: !bounds,
        },
      ];
    });
  },
});
