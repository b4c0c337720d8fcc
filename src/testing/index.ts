export { arbPlan, arbSchedule, type ArbPlanOptions } from "./arbitraries";
export { toDraft } from "../plan/draft";
export { mutate, type Mutation } from "./mutate";
