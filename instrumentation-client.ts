/**
 * Runs in the browser before any of the console's own code (Next's client instrumentation hook).
 *
 * Zod 4 probes `Function("")` when its first object schema is built, to compile faster parsers. The pages' CSP has
 * no 'unsafe-eval' (lib/security/csp.ts), so in the browser that probe is a reported CSP violation — caught, after
 * which zod parses without compiling anyway. Switching the probe off before any schema module loads keeps the
 * browser console (and the e2e suite's violation check) clean at no cost.
 */
import { z } from "zod";

z.config({ jitless: true });
