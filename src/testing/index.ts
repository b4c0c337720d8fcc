export { arbPlan, arbSchedule, toDraft, type ArbPlanOptions } from "./arbitraries";
export { mutate, type Mutation } from "./mutate";
