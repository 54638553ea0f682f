import { z } from 'zod';

/**
 * Imported first by main.tsx, before any schema exists: zod 4 decides at schema construction whether
 * to compile fast parsers, probing `new Function('')`. Under the CSP (no 'unsafe-eval') the probe is
 * refused and reported as a violation even though zod catches it; jitless mode skips the probe.
 */
z.config({ jitless: true });
