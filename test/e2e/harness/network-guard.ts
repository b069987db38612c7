import type { BrowserContext, Request } from 'playwright-core';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Schemes that never touch the network. */
const INERT_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return INERT_SCHEMES.has(parsed.protocol) || LOCAL_HOSTS.has(parsed.hostname);
}

export interface NetworkGuard {
  /** Every URL any page or frame of the context asked for, in order. */
  readonly requests: string[];
  /** Those that went (or tried to go) anywhere but this machine. */
  offLocal(): string[];
}

/**
 * Records every request of every frame (the app's cross-origin iframe included) and blocks any
 * that would leave the machine, so a test can both fail on it and not depend on the outside.
 */
export async function guardNetwork(context: BrowserContext): Promise<NetworkGuard> {
  const requests: string[] = [];
  context.on('request', (request: Request) => {
    requests.push(request.url());
  });
  await context.route(
    (url) => !isLocalUrl(url.toString()),
    (route) => route.abort('blockedbyclient'),
  );
  return {
    requests,
    offLocal: () => requests.filter((url) => !isLocalUrl(url)),
  };
}
