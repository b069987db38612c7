// zod probes once whether it may compile parsers with Function(), which the page's
// Content-Security-Policy refuses (no 'unsafe-eval'), and the refusal is reported as a violation.
// Parsing without compiling needs no probe. zod reads its configuration from this global when it
// first loads (`z.config` writes the same object), so setting it here, in a chunk of its own that
// main.tsx imports first and that imports nothing, holds whatever chunk zod itself lands in.

/** The global through which every copy of zod shares its configuration. */
export const ZOD_CONFIG = '__zod_globalConfig';

const shared = globalThis as unknown as Record<string, { jitless?: boolean } | undefined>;
shared[ZOD_CONFIG] = { ...shared[ZOD_CONFIG], jitless: true };
