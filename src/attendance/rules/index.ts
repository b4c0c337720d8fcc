import { consecutiveAbsences } from "./consecutive-absences";
import { deliveredHours } from "./delivered-hours";
import { duplicateRecord } from "./duplicate-record";
import { futureRecord } from "./future-record";
import { minutesOutOfRange } from "./minutes-out-of-range";
import { phpIopOverlap } from "./php-iop-overlap";
import { stepDownGrace } from "./step-down-grace";
import { transitionSequence } from "./transition-sequence";
import { unknownSession } from "./unknown-session";
import { unrecorded } from "./unrecorded";

/** The `attendance/…` rules in catalog order. */
export const attendanceRules = [unknownSession, futureRecord, duplicateRecord, minutesOutOfRange, unrecorded, deliveredHours, consecutiveAbsences, transitionSequence, stepDownGrace, phpIopOverlap] as const;
