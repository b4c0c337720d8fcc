import { routinePsychiatric } from "../protocols/routine-psychiatric";
import { overdueRule } from "./overdue";

/** The routine psychiatric reviews are on record by their due day. */
export const reviewOverdue = overdueRule("medication/review-overdue", "routine psychiatric review", routinePsychiatric, ["psychiatricEveryWeeks"]);
