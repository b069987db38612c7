import type { PreviewAccount, PreviewRequester, PreviewUser } from './account';
import { loadAccount } from './account-source';
import { ROLE_LABELS } from './agents';
import { mountApp, type MountedApp } from './app-frame';
import { el, labelledSelect } from './dom';
import { defaultSettings, loadManifest, loadSettingLabels, type AppManifest, type SettingLabels } from './manifest';
import { previewLog, type PreviewLogEntry } from './preview-log';
import { LOCALES, LOCATIONS, readState, writeState, type ColorScheme, type PreviewState } from './state';
import { ticketView, userView } from './workspace';
import { buildProperties, type PropertyScope } from './zaf-properties';
import './styles.css';

/**
 * The app is served from the other loopback name than the page (localhost <-> 127.0.0.1), so it
 * runs cross-origin as it does in Zendesk, where apps live on their own domain.
 */
function appOriginFor(location: Location): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : location.hostname === '127.0.0.1' ? 'localhost' : location.hostname;
  return `${location.protocol}//${other}${location.port ? `:${location.port}` : ''}`;
}

const ROUTE_DELAY_MS = 300;

const LOCATION_LABELS: Record<string, string> = { ticket_sidebar: 'Ticket sidebar', user_sidebar: 'User sidebar', nav_bar: 'Nav bar' };

class Preview {
  private state: PreviewState;
  private mounted: MountedApp | null = null;
  /** A routeTo waiting to be carried out; any other switch made meanwhile cancels it. */
  private pendingRoute: ReturnType<typeof setTimeout> | null = null;
  private scope: PropertyScope | null = null;
  private readonly appOrigin = appOriginFor(window.location);
  private readonly logList = el('ol', { className: 'log-list' });

  constructor(
    private readonly account: PreviewAccount,
    private readonly manifest: AppManifest,
    private readonly root: HTMLElement,
    private readonly settingLabels: Partial<Record<'en' | 'de', SettingLabels>> = {},
  ) {
    this.state = readState(window.location.search, account.requesters[0]?.key ?? '');
    window.addEventListener('popstate', () => {
      this.state = readState(window.location.search, this.account.requesters[0]?.key ?? '');
      this.render();
    });
  }

  private requester(): PreviewRequester {
    const found = this.account.requesters.find((r) => r.key === this.state.requester) ?? this.account.requesters[0];
    if (!found) throw new Error('The demo account has no requesters.');
    return found;
  }

  private update(change: Partial<PreviewState>): void {
    this.state = { ...this.state, ...change };
    window.history.pushState(null, '', `${window.location.pathname}${writeState(this.state)}`);
    this.render();
  }

  /** Zendesk switches the colour scheme under a running app and tells it with an event. */
  private switchColorScheme(colorScheme: ColorScheme): void {
    this.state = { ...this.state, colorScheme };
    window.history.replaceState(null, '', `${window.location.pathname}${writeState(this.state)}`);
    document.body.dataset.colorScheme = colorScheme;
    this.mounted?.host.emit('colorScheme.changed', colorScheme);
  }

  private log(entry: PreviewLogEntry): void {
    previewLog().push(entry);
    const { at, instanceGuid, ...rest } = entry;
    void at;
    void instanceGuid;
    this.logList.prepend(el('li', { text: JSON.stringify(rest) }));
    while (this.logList.childElementCount > 200) this.logList.lastElementChild?.remove();
  }

  private banner(text: string, tone: 'info' | 'error' = 'info'): void {
    const banner = this.root.querySelector<HTMLElement>('#preview-banner');
    if (!banner) return;
    banner.textContent = text;
    banner.dataset.tone = tone;
    banner.hidden = false;
  }

  /**
   * The agent edits the requester field of the open ticket: Zendesk keeps the app running and
   * fires the property's change events (https://developer.zendesk.com/api-reference/apps/apps-support-api/ticket_sidebar/).
   */
  private reassign(key: string): void {
    const next = this.account.requesters.find((r) => r.key === key);
    if (!next || !this.scope || !this.mounted) return;
    this.scope.requester = next.user;
    const requester = (buildProperties(this.scope).ticket as { requester: { id: number } }).requester;
    this.mounted.host.emit('ticket.requester.changed', requester);
    this.mounted.host.emit('ticket.requester.id.changed', requester.id);
    this.banner(`Requester of this ticket changed to ${next.user.name}`);
  }

  /** Zendesk shows a note the app added to the open ticket at once; so does the preview. */
  private refreshConversation(): void {
    const shown = this.root.querySelector('section.ticket');
    if (!shown || !this.scope || this.state.location !== 'ticket_sidebar') return;
    const ticket = this.account.ticket(this.scope.ticket.id);
    if (!ticket) return;
    this.scope.ticket = ticket;
    shown.replaceWith(ticketView(this.account, ticket, this.scope.requester, this.requesterField(this.scope.requester)));
  }

  private requesterField(current: PreviewUser): HTMLElement {
    const select = el('select', { attrs: { id: 'preview-ticket-requester', 'aria-label': 'Ticket requester' } });
    if (!this.account.requesters.some((r) => r.user.id === current.id)) {
      select.append(el('option', { text: current.name, attrs: { value: '', selected: '' } }));
    }
    for (const r of this.account.requesters) {
      const option = el('option', { text: r.user.name, attrs: { value: r.key } });
      option.selected = r.user.id === current.id;
      select.append(option);
    }
    select.addEventListener('change', () => this.reassign(select.value));
    return select;
  }

  private routeTo(target: string, id: number | string): boolean {
    const numeric = Number(id);
    if (target === 'ticket') {
      const ticket = this.account.ticket(numeric);
      if (!ticket) {
        this.banner(`Opened ticket #${id} (not in the demo account)`);
        return false;
      }
      const owner = this.account.requesters.find((r) => r.user.id === ticket.requester_id);
      this.update({ requester: owner?.key ?? this.state.requester, ticket: ticket.id, location: 'ticket_sidebar' });
      this.banner(`Opened ticket #${ticket.id}`);
      return true;
    }
    if (target === 'user') {
      const owner = this.account.requesters.find((r) => r.user.id === numeric);
      if (owner) this.update({ requester: owner.key, ticket: null, location: 'user_sidebar' });
      this.banner(owner ? `Opened user ${owner.user.name}` : `Opened user #${id} (not in the demo account)`);
      return owner !== undefined;
    }
    this.banner(`Opened ${target} ${id}`);
    return false;
  }

  private controls(): HTMLElement {
    const requesterOptions = this.account.requesters.map((r) => ({ value: r.key, label: `${r.user.name} (${r.key})` }));
    const controls = [
      labelledSelect('preview-requester', 'Requester', requesterOptions, this.state.requester, (key) => this.update({ requester: key, ticket: null })),
      labelledSelect(
        'preview-role',
        'Signed in as',
        Object.values(this.account.personas).map((p) => ({ value: p.role, label: `${ROLE_LABELS[p.role]} (${p.name})` })),
        this.state.role,
        (role) => this.update({ role: role === 'admin' ? 'admin' : 'agent' }),
      ),
      labelledSelect(
        'preview-location',
        'Location',
        LOCATIONS.filter((l) => l in this.manifest.locations).map((l) => ({ value: l, label: LOCATION_LABELS[l] ?? l })),
        this.state.location,
        (location) => this.update({ location: LOCATIONS.find((l) => l === location) ?? 'ticket_sidebar' }),
      ),
      labelledSelect(
        'preview-locale',
        'Language',
        LOCALES.map((l) => ({ value: l.code, label: l.label })),
        this.state.locale,
        (locale) => this.update({ locale }),
      ),
    ];
    controls.push(
      labelledSelect(
        'preview-color-scheme',
        'Colour scheme',
        [
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ],
        this.state.colorScheme,
        (scheme) => this.switchColorScheme(scheme === 'dark' ? 'dark' : 'light'),
      ),
    );
    if (this.account.faults.length > 0) {
      controls.push(
        labelledSelect(
          'preview-fault',
          'API fault',
          [{ value: '', label: 'none' }, ...this.account.faults.map((f) => ({ value: f, label: f }))],
          this.state.fault ?? '',
          (fault) => this.update({ fault: fault || null }),
        ),
      );
    }
    const reload = el('button', { text: 'Reload app', attrs: { type: 'button', id: 'preview-reload' } });
    reload.addEventListener('click', () => this.render());
    controls.push(el('div', { className: 'control' }, [reload]));
    return el('form', { className: 'controls', attrs: { 'aria-label': 'Preview controls' } }, controls);
  }

  /** The install form's labels in the preview's language, falling back to English and then to the raw name. */
  private settingLabel(name: string): { label: string; helpText?: string } {
    const language = this.state.locale.toLowerCase().startsWith('de') ? 'de' : 'en';
    return this.settingLabels[language]?.[name] ?? this.settingLabels.en?.[name] ?? { label: name };
  }

  private settingsPanel(): HTMLElement {
    const defaults = defaultSettings(this.manifest);
    const panel = el('details', { className: 'settings' }, [el('summary', { text: 'App settings' })]);
    if (this.manifest.parameters.length === 0) {
      panel.append(el('p', { text: 'The manifest declares no settings.' }));
      return panel;
    }
    const form = el('form');
    const fields = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
    for (const parameter of this.manifest.parameters) {
      const id = `setting-${parameter.name}`;
      const current = this.state.settings[parameter.name] ?? defaults[parameter.name];
      const { label, helpText } = this.settingLabel(parameter.name);
      let field: HTMLInputElement | HTMLTextAreaElement;
      if (parameter.type === 'multiline') {
        field = el('textarea', { attrs: { id, name: parameter.name, rows: '3' } });
        field.value = current === undefined ? '' : String(current);
      } else {
        const input = el('input', { attrs: { id, name: parameter.name } });
        if (parameter.type === 'checkbox') {
          input.type = 'checkbox';
          input.checked = current === true;
        } else {
          input.type = parameter.type === 'number' ? 'number' : 'text';
          // Settings such as 0.5 are valid; without this the browser would refuse to submit them.
          if (input.type === 'number') input.step = 'any';
          input.value = current === undefined ? '' : String(current);
        }
        field = input;
      }
      fields.set(parameter.name, field);
      const children: Node[] = [el('label', { text: label, attrs: { for: id } }), field];
      if (helpText) {
        field.setAttribute('aria-describedby', `${id}-hint`);
        children.push(el('small', { className: 'hint', text: helpText, attrs: { id: `${id}-hint` } }));
      }
      form.append(el('div', { className: 'control' }, children));
    }
    const apply = el('button', { text: 'Apply and reload', attrs: { type: 'submit' } });
    form.append(apply);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const settings: Record<string, unknown> = {};
      for (const parameter of this.manifest.parameters) {
        const field = fields.get(parameter.name);
        if (!field) continue;
        const value =
          field instanceof HTMLInputElement && field.type === 'checkbox'
            ? field.checked
            : field instanceof HTMLInputElement && field.type === 'number'
              ? Number(field.value)
              : field.value;
        if (value === '' && defaults[parameter.name] === undefined) continue;
        if (value !== defaults[parameter.name]) settings[parameter.name] = value;
      }
      this.update({ settings });
    });
    panel.append(form);
    return panel;
  }

  render(): void {
    if (this.pendingRoute !== null) clearTimeout(this.pendingRoute);
    this.pendingRoute = null;
    this.mounted?.dispose();
    this.mounted = null;
    this.account.setFault(this.state.fault);
    this.account.signIn(this.state.role);

    const requester = this.requester();
    const ticket = this.account.ticket(this.state.ticket ?? requester.ticketId) ?? this.account.ticket(requester.ticketId);
    if (!ticket) throw new Error(`The demo account has no ticket #${requester.ticketId}.`);
    // A ticket opened by id (routeTo, ?ticket=) may belong to someone outside the switcher.
    const requesterUser = this.account.user(ticket.requester_id) ?? requester.user;
    const agent = this.account.personas[this.state.role];

    const banner = el('p', { className: 'banner', attrs: { id: 'preview-banner', role: 'status' } });
    banner.hidden = true;
    const appSlot = el('div', { className: 'app-slot' });
    const appCard = el('section', { className: 'app-card', attrs: { 'aria-label': 'Apps' } }, [
      el('h2', { className: 'app-name', text: this.manifest.name }),
      appSlot,
    ]);
    const main =
      this.state.location === 'nav_bar'
        ? el('main', { className: 'workspace workspace-nav' }, [appCard])
        : el('main', { className: 'workspace' }, [
            this.state.location === 'user_sidebar'
              ? userView(requesterUser, ticket)
              : ticketView(this.account, ticket, requesterUser, this.requesterField(requesterUser)),
            el('aside', { className: 'sidebar' }, [appCard]),
          ]);

    const header = el('header', { className: 'topbar' }, [
      el('p', { className: 'brand', text: 'Customer Fit · local preview' }),
      this.controls(),
      el('p', { className: 'requester-note', attrs: { id: 'preview-requester-note' }, text: `${requester.user.name}: ${requester.label}` }),
    ]);
    const log = el('details', { className: 'log' }, [el('summary', { text: 'ZAF messages' }), this.logList]);
    this.root.replaceChildren(header, banner, main, el('footer', {}, [this.settingsPanel(), log]));
    document.body.dataset.colorScheme = this.state.colorScheme;
    document.title = `#${ticket.id} ${ticket.subject} · Customer Fit preview`;

    this.scope = {
      account: this.account,
      ticket,
      requester: requesterUser,
      agent,
      locale: this.state.locale,
      location: this.state.location,
      colorScheme: () => this.state.colorScheme,
    };
    this.mounted = mountApp({
      container: appSlot,
      account: this.account,
      manifest: this.manifest,
      state: this.state,
      scope: this.scope,
      hostOrigin: window.location.origin,
      appOrigin: this.appOrigin,
      // In Zendesk the calling app lives on in its own tab, so its invoke promise settles. Here
      // the page swaps instances, so it waits until the reply has surely been delivered.
      onRouteTo: (target, id) => {
        this.pendingRoute = setTimeout(() => this.routeTo(target, id), ROUTE_DELAY_MS);
      },
      onNotify: (message, type) => this.banner(message, type === 'error' ? 'error' : 'info'),
      onWrite: () => this.refreshConversation(),
      log: (entry) => this.log(entry),
    });
  }
}

async function start(): Promise<void> {
  const root = document.getElementById('preview');
  if (!root) return;
  previewLog();
  const [manifest, en, de] = await Promise.all([
    loadManifest('/app/manifest.json'),
    loadSettingLabels('/app/translations/en.json'),
    loadSettingLabels('/app/translations/de.json'),
  ]);
  const preview = new Preview(loadAccount(new Date()), manifest, root, { en, de });
  preview.render();
  document.body.dataset.ready = 'true';
}

void start();
