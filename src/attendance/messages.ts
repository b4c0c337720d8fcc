/**
 * The messages of the attendance schemas, in English, by finding code: a record for both a session
 * and an appointment, minutes on a record that is not partial (or none on one that is), and a
 * transition that keeps the level of care.
 */
export const ATTENDANCE_MESSAGES = {
  "schema/attendance-target": {
    default: () => "A record is for a session or for an appointment, not both.",
  },
  "schema/attendance-minutes": {
    default: () => "A partial record gives the minutes present; other records give none.",
  },
  "schema/transition-level": {
    default: () => "A transition changes the level of care.",
  },
} as const;
