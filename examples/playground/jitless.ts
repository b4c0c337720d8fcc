// The page's Content-Security-Policy forbids eval, so zod checks plans without compiling its
// schemas to functions. zod reads the setting when a schema is built: ./main.ts makes it before
// it imports anything that builds one.
import { config } from "zod";

config({ jitless: true });
