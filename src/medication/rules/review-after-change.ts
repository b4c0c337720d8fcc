import { reviewAfterChange as protocol } from "../protocols/review-after-change";
import { overdueRule } from "./overdue";

/** Every medication change is followed by a psychiatric review in time. */
export const reviewAfterChange = overdueRule("medication/review-after-change", "review after a medication change", protocol, ["reviewAfterChangeDays"]);
