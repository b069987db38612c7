/**
 * The wire format between the ZAF SDK in the app's iframe and its host, as the SDK's own
 * lib/client.js (zendesk_app_framework_sdk 2.0.x) writes and reads it:
 *  - events the iframe posts: `{ key, message, appGuid, instanceGuid }`, JSON-encoded; keys are
 *    `iframe.handshake`, `iframe.on:<event>`, `iframe.off:<event>`, `iframe.trigger:<event>` and,
 *    for `client.request`, `request:<n>` (no `iframe.` prefix);
 *  - calls it posts for `get`/`set`/`invoke`: `{ id, request, params, appGuid, instanceGuid }`;
 *  - replies the host sends to a call: `{ id, result }` or `{ id, error }`; `get`/`invoke` results
 *    carry per-path failures under `result.errors[path]`;
 *  - events the host sends: `{ key: 'zaf.<event>', message }`, e.g. `zaf.app.registered` and
 *    `zaf.request:<n>.done` / `.fail` whose `message.responseArgs` are the arguments the SDK
 *    resolves or rejects `client.request` with.
 * https://developer.zendesk.com/apps/docs/core-api/client_api
 */

export interface IframeEvent {
  kind: 'event';
  key: string;
  message: unknown;
  instanceGuid: string | undefined;
}

export interface IframeCall {
  kind: 'call';
  id: number;
  request: 'get' | 'set' | 'invoke';
  params: unknown;
  instanceGuid: string | undefined;
}

export type IframeMessage = IframeEvent | IframeCall;

/** Zendesk's shape for one failed path: the SDK turns it into an Error named `name`. */
export interface ZafPathError {
  name: string;
  message: string;
  path: string;
}

export interface ZafResult {
  [path: string]: unknown;
  errors: Record<string, ZafPathError>;
}

export type HostMessage =
  | { id: number; result: ZafResult }
  | { id: number; error: { name: string; message: string } }
  | { key: string; message: unknown; instanceGuid?: string };

const CALLS = new Set(['get', 'set', 'invoke']);

/** Reads what the SDK posted; null for anything that is not a ZAF message. */
export function parseIframeMessage(data: unknown): IframeMessage | null {
  let value: unknown = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const instanceGuid = typeof record.instanceGuid === 'string' ? record.instanceGuid : undefined;
  if (typeof record.id === 'number' && typeof record.request === 'string' && CALLS.has(record.request)) {
    return { kind: 'call', id: record.id, request: record.request as IframeCall['request'], params: record.params, instanceGuid };
  }
  if (typeof record.key === 'string') {
    return { kind: 'event', key: record.key, message: record.message, instanceGuid };
  }
  return null;
}

export function zafEvent(name: string, message: unknown): HostMessage {
  return { key: `zaf.${name}`, message };
}

export function callResult(id: number, values: Record<string, unknown>, errors: Record<string, ZafPathError>): HostMessage {
  return { id, result: { ...values, errors } };
}

export function callError(id: number, name: string, message: string): HostMessage {
  return { id, error: { name, message } };
}

export function pathError(path: string, message: string, name = 'Error'): ZafPathError {
  return { name, message, path };
}
