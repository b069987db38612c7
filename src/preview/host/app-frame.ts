import type { PreviewAccount } from './account';
import { el } from './dom';
import { installedSettings, type AppManifest } from './manifest';
import type { PreviewLogEntry } from './preview-log';
import { sharedSync } from './shared-sync';
import type { PreviewState } from './state';
import { ZafHost, type HostLogEntry } from './zaf-host';
import { buildProperties, type PropertyScope } from './zaf-properties';

/** Zendesk's sidebar column is about this wide; apps there cannot change their width. */
export const SIDEBAR_WIDTH = 320;
const INITIAL_HEIGHT = 100;

export interface AppFrameOptions {
  container: HTMLElement;
  account: PreviewAccount;
  manifest: AppManifest;
  state: PreviewState;
  scope: PropertyScope;
  hostOrigin: string;
  appOrigin: string;
  /** The app asked to open a ticket or user; called before the app gets its reply. */
  onRouteTo: (target: string, id: number | string) => void;
  onNotify: (message: string, type: string) => void;
  /** The app changed something through the API (a PUT, POST or DELETE that succeeded). */
  onWrite: () => void;
  log: (entry: PreviewLogEntry) => void;
}

export interface MountedApp {
  frame: HTMLIFrameElement;
  host: ZafHost;
  dispose(): void;
}

type LogBody = PreviewLogEntry extends infer E ? (E extends PreviewLogEntry ? Omit<E, 'at' | 'instanceGuid'> : never) : never;

/** `resize` takes CSS lengths or numbers; only pixel heights make sense for a sidebar frame. */
function pixels(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.round(value));
  if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value);
    if (match) return Math.round(Number.parseFloat(match[1]!));
  }
  return null;
}

/** A fresh app instance, as Zendesk creates one for each ticket tab: new iframe, new guid. */
export function mountApp(options: AppFrameOptions): MountedApp {
  const { state, manifest, account, scope } = options;
  const instanceGuid = crypto.randomUUID();
  const page = manifest.locations[state.location] ?? 'assets/iframe.html';
  const src = new URL(`/app/${page}`, options.appOrigin);
  src.searchParams.set('origin', options.hostOrigin);
  src.searchParams.set('app_guid', instanceGuid);
  // Zendesk puts the colour scheme on the URL so apps can theme before ZAF answers.
  src.searchParams.set('colorScheme', scope.colorScheme());

  const isSidebar = state.location !== 'nav_bar';
  const frame = el('iframe', {
    className: 'app-frame',
    attrs: { title: manifest.name, name: `app-${instanceGuid}`, 'data-location': state.location, 'data-instance-guid': instanceGuid },
  });
  if (isSidebar) {
    frame.style.width = `${SIDEBAR_WIDTH}px`;
    frame.style.height = `${INITIAL_HEIGHT}px`;
  }

  const log = (entry: LogBody) => options.log({ ...entry, at: Date.now(), instanceGuid } as PreviewLogEntry);
  const settings = installedSettings(manifest, state.settings);
  const context: Record<string, unknown> = {
    host: 'zendesk',
    product: 'support',
    location: state.location,
    instanceGuid,
    account: { subdomain: account.subdomain },
  };
  if (state.location === 'ticket_sidebar') context.ticketId = scope.ticket.id;
  if (state.location === 'user_sidebar') context.userId = scope.requester.id;

  const host = new ZafHost({
    frame,
    appOrigin: options.appOrigin,
    instanceGuid,
    registration: () => ({
      context,
      metadata: { appId: 1, installationId: 1, name: manifest.name, version: manifest.version, settings },
    }),
    properties: () => buildProperties(scope),
    handlers: () => account.handlers,
    ...(state.share ? { sync: sharedSync(account) } : {}),
    baseUrl: account.baseUrl,
    log: (entry: HostLogEntry) => {
      log(entry);
      if (entry.kind === 'request' && entry.done && entry.method !== 'GET') options.onWrite();
    },
    actions: {
      resize: (size: unknown) => {
        const { width, height } = (size ?? {}) as { width?: unknown; height?: unknown };
        const applied = pixels(height);
        if (applied !== null) frame.style.height = `${applied}px`;
        frame.dataset.height = applied === null ? '' : String(applied);
        log({ kind: 'resize', width, height, appliedHeight: applied });
        return undefined;
      },
      routeTo: (target: unknown, id: unknown) => {
        if (typeof target !== 'string') throw new Error('routeTo needs a target such as "ticket"');
        const ref = typeof id === 'number' || typeof id === 'string' ? id : String(id);
        const known = target === 'ticket' ? account.ticket(Number(ref)) !== undefined : account.user(Number(ref)) !== undefined;
        log({ kind: 'routeTo', target, id: ref, known });
        options.onRouteTo(target, ref);
        return undefined;
      },
      notify: (message: unknown, type: unknown) => {
        const text = String(message ?? '');
        const kind = typeof type === 'string' ? type : 'notice';
        log({ kind: 'notify', message: text, type: kind });
        options.onNotify(text, kind);
        return undefined;
      },
    },
  });

  log({ kind: 'mount', location: state.location, requester: state.requester, ticketId: scope.ticket.id, role: state.role, locale: state.locale });
  frame.src = src.toString();
  options.container.append(frame);
  return {
    frame,
    host,
    dispose: () => {
      host.dispose();
      frame.remove();
    },
  };
}
