// zod probes once whether it may compile parsers with Function(), which the page's
// Content-Security-Policy refuses (no 'unsafe-eval'), and the refusal is reported as a violation.
// Parsing without compiling needs no probe. zod reads its configuration from this global when it
// first loads (`z.config` writes the same object), so setting it here, in a chunk of its own that
// main.tsx imports first and that imports nothing, holds whatever chunk zod itself lands in.
const shared = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
shared.__zod_globalConfig = { ...shared.__zod_globalConfig, jitless: true };

export {};
