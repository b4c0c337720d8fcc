// The page's Content-Security-Policy forbids eval, so zod checks plans without compiling its
// schemas to functions. zod reads the setting when a schema is built: this module is imported
// before iopkit.
import { config } from "zod";

config({ jitless: true });
