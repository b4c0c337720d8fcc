// The worker-thread entry of `iopkit audit --threads` and `iopkit worker`: checks one byte range.
import { checkRange } from "./ranges";

export default checkRange;
