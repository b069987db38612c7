import type { RequestHandler } from 'msw';
import { answerRequest, readRequestOptions, type RequestOutcome } from './mock-request';
import type { RequestSync } from './shared-sync';
import {
  callError,
  callResult,
  parseIframeMessage,
  pathError,
  zafEvent,
  type HostMessage,
  type IframeCall,
  type ZafPathError,
} from './zaf-messages';
import { resolvePath } from './zaf-properties';

export interface Registration {
  context: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export type HostLogEntry =
  | { kind: 'handshake'; instanceGuid: string; version: unknown }
  | { kind: 'get'; paths: string[]; missing: string[] }
  | { kind: 'invoke'; name: string; args: unknown[]; error?: string }
  | { kind: 'request'; method: string; url: string; status: number; done: boolean; unhandled: boolean; retries: number; body?: unknown }
  | { kind: 'subscribe'; event: string; subscriberCount: number }
  | { kind: 'trigger'; event: string; data: unknown }
  | { kind: 'event'; event: string; delivered: boolean }
  | { kind: 'unknown'; key: string };

export interface ZafHostOptions {
  frame: HTMLIFrameElement;
  /** The origin the app's page is served from; messages from anywhere else are ignored. */
  appOrigin: string;
  instanceGuid: string;
  registration: () => Registration;
  properties: () => Record<string, unknown>;
  /** Each invokable action; a throw becomes that action's entry in `errors`. */
  actions: Record<string, (...args: unknown[]) => unknown>;
  handlers: () => RequestHandler[];
  /** Runs around each request, e.g. to share writes with other tabs (see shared-sync.ts). */
  sync?: RequestSync;
  baseUrl: string;
  log: (entry: HostLogEntry) => void;
}

/**
 * The parent side of the ZAF protocol for one app instance in one iframe: it registers the app,
 * answers `get` and `invoke`, runs `request`s against the mock API and delivers events.
 */
export class ZafHost {
  private readonly subscriptions = new Map<string, number>();
  private readonly onMessage = (event: MessageEvent) => this.receive(event);

  constructor(private readonly options: ZafHostOptions) {
    window.addEventListener('message', this.onMessage);
  }

  dispose(): void {
    window.removeEventListener('message', this.onMessage);
  }

  /** Delivers a framework event, as Zendesk does, only when the app listens for it. */
  emit(event: string, data: unknown): boolean {
    const delivered = (this.subscriptions.get(event) ?? 0) > 0;
    if (delivered) this.post(zafEvent(event, data));
    this.options.log({ kind: 'event', event, delivered });
    return delivered;
  }

  private post(message: HostMessage): void {
    this.options.frame.contentWindow?.postMessage(message, this.options.appOrigin);
  }

  private receive(event: MessageEvent): void {
    const frameWindow = this.options.frame.contentWindow;
    if (!frameWindow || event.source !== frameWindow || event.origin !== this.options.appOrigin) return;
    const message = parseIframeMessage(event.data);
    if (!message) return;
    if (message.kind === 'call') {
      void this.answerCall(message);
      return;
    }
    const { key } = message;
    if (key === 'iframe.handshake') {
      const version = (message.message as { version?: unknown } | undefined)?.version;
      this.options.log({ kind: 'handshake', instanceGuid: this.options.instanceGuid, version });
      this.post(zafEvent('app.registered', this.options.registration()));
    } else if (/^request:\d+$/.test(key)) {
      void this.answerRequest(key, message.message);
    } else if (key.startsWith('iframe.on:') || key.startsWith('iframe.off:')) {
      const name = key.slice(key.indexOf(':') + 1);
      const count = Number((message.message as { subscriberCount?: unknown } | undefined)?.subscriberCount ?? 0);
      this.subscriptions.set(name, count);
      // The SDK subscribes to every request's .done/.fail; those are not worth a log line.
      if (!name.startsWith('request:')) this.options.log({ kind: 'subscribe', event: name, subscriberCount: count });
    } else if (key.startsWith('iframe.trigger:')) {
      const name = key.slice('iframe.trigger:'.length);
      this.options.log({ kind: 'trigger', event: name, data: message.message });
      this.emit(name, message.message);
    } else {
      this.options.log({ kind: 'unknown', key });
    }
  }

  private async answerCall(call: IframeCall): Promise<void> {
    if (call.request === 'get') {
      const paths = Array.isArray(call.params) ? call.params.filter((p): p is string => typeof p === 'string') : [];
      const properties = this.options.properties();
      const values: Record<string, unknown> = {};
      const errors: Record<string, ZafPathError> = {};
      for (const path of paths) {
        const { found, value } = resolvePath(properties, path);
        if (found) values[path] = value;
        else errors[path] = pathError(path, `Could not find handler for: "${path}"`);
      }
      this.options.log({ kind: 'get', paths, missing: Object.keys(errors) });
      this.post(callResult(call.id, values, errors));
      return;
    }
    if (call.request === 'invoke') {
      const params = typeof call.params === 'object' && call.params !== null ? (call.params as Record<string, unknown>) : {};
      const values: Record<string, unknown> = {};
      const errors: Record<string, ZafPathError> = {};
      for (const [name, rawArgs] of Object.entries(params)) {
        const args = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
        const action = this.options.actions[name];
        try {
          if (!action) throw new Error(`Could not find handler for: "${name}"`);
          values[name] = await action(...args);
          this.options.log({ kind: 'invoke', name, args });
        } catch (error) {
          const text = error instanceof Error ? error.message : String(error);
          errors[name] = pathError(name, text);
          this.options.log({ kind: 'invoke', name, args, error: text });
        }
      }
      this.post(callResult(call.id, values, errors));
      return;
    }
    this.post(callError(call.id, 'Error', `"${call.request}" is not available in the local preview`));
  }

  private async answerRequest(key: string, message: unknown): Promise<void> {
    const options = readRequestOptions(message);
    let outcome: RequestOutcome;
    if (options) {
      await this.options.sync?.before(options);
      outcome = await answerRequest(this.options.handlers(), options, this.options.baseUrl);
      await this.options.sync?.after(options, outcome.done);
    } else {
      const failure = { status: 0, statusText: 'error', responseText: 'client.request needs a url', readyState: 4 };
      outcome = { done: false, responseArgs: [failure, 'error', 'error'], method: '?', url: '?', status: 0, unhandled: true, retries: 0 };
    }
    const { method, url, status, done, unhandled, retries } = outcome;
    // A write's body is logged, so tests can check what the app sent; a read has none.
    const body = options && method !== 'GET' && typeof options.data === 'string' ? parseBody(options.data) : undefined;
    this.options.log({ kind: 'request', method, url, status, done, unhandled, retries, ...(body === undefined ? {} : { body }) });
    this.post(zafEvent(`${key}.${done ? 'done' : 'fail'}`, { responseArgs: outcome.responseArgs }));
  }
}

function parseBody(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}
