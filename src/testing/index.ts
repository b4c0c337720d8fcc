export { arbAttendance, arbPlan, arbSchedule, toDraft, type ArbAttendanceOptions, type ArbPlanOptions } from "./arbitraries";
export { mutate, type Mutation } from "./mutate";
