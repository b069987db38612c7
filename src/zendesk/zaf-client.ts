/**
 * The narrow part of the ZAF SDK client that Customer Fit uses. The rest of the app depends on this
 * interface, never on the SDK module, so tests can hand in a fake or a fetch-based port.
 * Shapes follow the ZAF v2 client API (client.get / invoke / request / on / metadata / context).
 */

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  contentType?: string;
  /** A JSON string for POST/PUT bodies. */
  data?: string;
  dataType?: 'json' | 'text';
  /** ZAF retries 429s by itself unless this is false; the loader handles them itself. */
  autoRetry?: boolean;
  httpCompleteResponse?: boolean;
  timeout?: number;
}

/** What a failed `client.request` rejects with: the XHR-like object ZAF passes back. */
export interface ZafRequestFailure {
  status: number;
  statusText?: string;
  responseText?: string;
  getResponseHeader?: (name: string) => string | null;
  responseHeaders?: Record<string, string>;
  /** With `httpCompleteResponse`, a failure carries the headers as a record, like a success. */
  headers?: Record<string, string>;
}

/** What `client.request` resolves with when `httpCompleteResponse` is true. */
export interface ZafCompleteResponse<T = unknown> {
  responseJSON?: T;
  responseText?: string;
  status: number;
  headers?: Record<string, string>;
}

export interface ZafContext {
  host?: string;
  product?: string;
  location: string;
  instanceGuid?: string;
  ticketId?: number;
  userId?: number;
}

export interface ZafMetadata {
  appId?: number;
  installationId?: number;
  name?: string;
  version?: string;
  settings: Record<string, unknown>;
}

export interface ZafClient {
  /** True once Zendesk has registered the app (the SDK sets it on `app.registered`). */
  readonly ready?: boolean;
  get(path: string | string[]): Promise<Record<string, unknown>>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request<T = unknown>(options: ZafRequestOptions): Promise<T>;
  on(event: string, handler: (data: unknown) => void): void;
  off?(event: string, handler: (data: unknown) => void): void;
  trigger?(event: string, data?: unknown): void;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
}
