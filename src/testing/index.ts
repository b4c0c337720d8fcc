export { arbAttendance, arbPlan, arbSchedule, type ArbAttendanceOptions, type ArbPlanOptions } from "./arbitraries";
export { toDraft } from "../plan/draft";
export { mutate, type Mutation } from "./mutate";
