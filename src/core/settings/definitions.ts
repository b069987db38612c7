import { checkboxSetting, listSetting, numberSetting, textSetting, type SettingDefinition } from './kinds';
import figures from './sensitivity-figures.json';
import { signals, type SignalId } from '../signals';
import { weightKey, type WeightKey } from '../signals/define';

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const level = (name: 'precise' | 'balanced' | 'sensitive'): string => `${pct(figures[name].precision)} of flags right, ${pct(figures[name].recall)} of red flags found`;
const levelDe = (name: 'precise' | 'balanced' | 'sensitive'): string => `${pct(figures[name].precision)} der Treffer richtig, ${pct(figures[name].recall)} der Warnzeichen gefunden`;

/** The weight setting of every signal, from the signal's own module. */
const SIGNAL_WEIGHTS = Object.fromEntries(signals.map((s) => [weightKey(s.meta.id), s.meta.weight])) as {
  readonly [K in SignalId as WeightKey<K>]: SettingDefinition<number>;
};

type AnySettingDefinition =
  | SettingDefinition<number>
  | SettingDefinition<boolean>
  | SettingDefinition<string>
  | SettingDefinition<string[]>;

/** A user or organization field key, optionally prefixed to say which record holds it. */
const FIELD_KEY = { pattern: /^$|^(?:(?:user|organization)\.)?[A-Za-z0-9_-]{1,80}$/, means: 'a field key such as net_profit or organization.mrr, or empty' };
/** A numeric Zendesk ticket field id. */
const FIELD_ID = { pattern: /^$|^\d{1,19}$/, means: 'a numeric ticket field id, or empty' };

// The same words as the warning flag's own fallback (src/core/warnings/settings.ts), so that an
// empty setting and the default read alike.
const FINAL_NOTICE_EN =
  'Involve a team lead before committing to new work for this customer. If we part ways, end it politely and firmly, ' +
  'keep to one message, and refer the customer to another provider.';

/**
 * Every app setting: its manifest parameter, default, validation and documentation, in one place.
 * The manifest parameters, their translations and docs/settings.md are generated from this table
 * (scripts/sync-settings.ts), so none of them can drift from what the app reads.
 */
export const SETTING_DEFINITIONS = {
  // Scoring
  base_score: numberSetting('Scoring', 75, { min: 0, max: 100 }, {
    label: 'Starting score',
    help: 'The score of a customer with history but no warning or good signs. Factors move it up or down from here.',
    labelDe: 'Ausgangswert',
    helpDe: 'Der Wert eines Kunden mit Verlauf, aber ohne Warn- oder gute Zeichen. Die Faktoren verschieben ihn nach oben oder unten.',
  }),
  good_threshold: numberSetting('Scoring', 65, { min: 1, max: 100 }, {
    label: 'Good fit from score',
    help: 'A score at or above this is a good fit.',
    labelDe: 'Gute Passung ab Wert',
    helpDe: 'Ein Wert ab dieser Grenze gilt als gute Passung.',
  }),
  poor_threshold: numberSetting('Scoring', 40, { min: 0, max: 99 }, {
    label: 'Poor fit below score',
    help: 'A score below this is a poor fit; between this and the good-fit score, watch. Must be lower than the good-fit score.',
    labelDe: 'Schlechte Passung unter Wert',
    helpDe: 'Ein Wert unter dieser Grenze gilt als schlechte Passung; dazwischen: beobachten. Muss kleiner als die Grenze für gute Passung sein.',
  }),
  min_tickets: numberSetting('Scoring', 2, { min: 1, max: 100, int: true }, {
    label: 'Tickets needed for a rating',
    help: 'With fewer tickets in the window, the rating is "not enough history" and shows no score (its evidence is still listed).',
    labelDe: 'Tickets für eine Bewertung',
    helpDe: 'Mit weniger Tickets im Zeitraum lautet die Bewertung „zu wenig Verlauf“ ohne Wert (die Belege werden trotzdem gezeigt).',
  }),
  half_life_days: numberSetting('Scoring', 180, { min: 1, max: 3650 }, {
    label: 'Half-life of an event (days)',
    help: 'An event this many days old counts half as much as one from today; twice as old, a quarter.',
    labelDe: 'Halbwertszeit eines Ereignisses (Tage)',
    helpDe: 'Ein Ereignis dieses Alters zählt halb so viel wie eines von heute; doppelt so alt, ein Viertel.',
  }),
  window_days: numberSetting('Scoring', 730, { min: 7, max: 3650, int: true }, {
    label: 'Window (days)',
    help: 'Events older than this do not count at all.',
    labelDe: 'Zeitraum (Tage)',
    helpDe: 'Ältere Ereignisse zählen gar nicht.',
  }),
  repeat_decay: numberSetting('Scoring', 0.5, { min: 0, max: 1 }, {
    label: 'Weight of a repeat on the same ticket',
    help: 'Each further time a sign appears on the same ticket counts this fraction of the time before (1 = all count fully, 0 = only the first counts).',
    labelDe: 'Gewicht einer Wiederholung im selben Ticket',
    helpDe: 'Jedes weitere Auftreten eines Zeichens im selben Ticket zählt diesen Bruchteil des vorigen (1 = alle voll, 0 = nur das erste).',
  }),
  spread_bonus: numberSetting('Scoring', 0.25, { min: 0, max: 2 }, {
    label: 'Bonus per further ticket',
    help: 'A sign seen on several tickets is a pattern: each further ticket (up to the cap below) raises its weight by this fraction.',
    labelDe: 'Zuschlag je weiterem Ticket',
    helpDe: 'Ein Zeichen in mehreren Tickets ist ein Muster: jedes weitere Ticket (bis zur Grenze unten) erhöht sein Gewicht um diesen Bruchteil.',
  }),
  spread_max_tickets: numberSetting('Scoring', 5, { min: 1, max: 50, int: true }, {
    label: 'Tickets counted for the spread bonus',
    help: 'The spread bonus stops growing at this many tickets.',
    labelDe: 'Tickets für den Zuschlag',
    helpDe: 'Der Zuschlag wächst ab dieser Zahl von Tickets nicht weiter.',
  }),
  factor_cap: numberSetting('Scoring', 35, { min: 1, max: 100 }, {
    label: 'Most points one warning factor can take',
    help: 'No single warning sign can lower the score by more than this.',
    labelDe: 'Höchstabzug eines Warnfaktors',
    helpDe: 'Kein einzelnes Warnzeichen senkt den Wert um mehr als diese Punkte.',
  }),
  good_cap: numberSetting('Scoring', 10, { min: 0, max: 100 }, {
    label: 'Most points one good factor can add',
    help: 'No single good sign can raise the score by more than this.',
    labelDe: 'Höchstzuschlag eines guten Faktors',
    helpDe: 'Kein einzelnes gutes Zeichen hebt den Wert um mehr als diese Punkte.',
  }),
  max_evidence: numberSetting('Scoring', 10, { min: 1, max: 100, int: true }, {
    label: 'Evidence shown per factor',
    help: 'How many pieces of evidence each factor lists, strongest first.',
    labelDe: 'Belege je Faktor',
    helpDe: 'Wie viele Belege jeder Faktor zeigt, die stärksten zuerst.',
  }),
  summary_min_points: numberSetting('Scoring', 2, { min: 0, max: 100 }, {
    label: 'Points for the summary line',
    help: 'A factor is named in the one-line summary only when it moved the score by at least this many points (at most three are named).',
    labelDe: 'Punkte für die Kurzfassung',
    helpDe: 'Ein Faktor wird in der einzeiligen Kurzfassung nur genannt, wenn er den Wert um mindestens so viele Punkte bewegt hat (höchstens drei).',
  }),

  sensitivity: textSetting('Text signals', 'balanced', { pattern: /^(?:precise|balanced|sensitive)$/, means: 'precise, balanced or sensitive' }, {
    label: 'Sensitivity of the text signals',
    help: `precise, balanced or sensitive. What each level cost on real messages the app was never trained on (mean over the red flags): precise ${level('precise')}; balanced ${level('balanced')}; sensitive ${level('sensitive')}. Every signal's figures are in docs/evaluation.md.`,
    labelDe: 'Empfindlichkeit der Textsignale',
    helpDe: `precise, balanced oder sensitive (genau, ausgewogen, empfindlich). So schnitt jede Stufe bei echten Nachrichten ab, die die App beim Training nie gesehen hat (Mittel über die Warnzeichen): precise ${levelDe('precise')}; balanced ${levelDe('balanced')}; sensitive ${levelDe('sensitive')}. Die Werte jedes Signals stehen in docs/evaluation.md.`,
  }),

  // Text signals: points for one fresh occurrence on one ticket, each defined in its signal's module.
  ...SIGNAL_WEIGHTS,
  complaint_hostile_multiplier: numberSetting('Text signals', 3, { min: 1, max: 20 }, {
    label: 'Complaint with abuse or threats (multiplier)',
    help: 'A complaint in the same message as abuse, profanity, a threat, blame of past vendors or disrespect weighs this many times more.',
    labelDe: 'Beschwerde mit Beleidigung oder Drohung (Faktor)',
    helpDe: 'Eine Beschwerde in derselben Nachricht wie eine Beleidigung, Schimpfwörter, eine Drohung, Schuldzuweisung an frühere Anbieter oder Geringschätzung wiegt so viel mal mehr.',
  }),
  polite_complaint_cap: numberSetting('Text signals', 10, { min: 0, max: 100 }, {
    label: 'Most points polite complaints can take',
    help: 'Complaints with no abuse or threat in the same message are feedback, not a pattern of hostility: together they never take more than this.',
    labelDe: 'Höchstabzug für höfliche Beschwerden',
    helpDe: 'Beschwerden ohne Beleidigung oder Drohung in derselben Nachricht sind Rückmeldungen, kein feindseliges Muster: zusammen ziehen sie höchstens so viele Punkte ab.',
  }),

  // Demand on the team
  weight_ticket_volume: numberSetting('Demand on the team', 8, { min: 0, max: 100 }, {
    label: 'Ticket volume',
    help: 'Points taken each time a customer\'s tickets per month double beyond the threshold below.',
    labelDe: 'Ticketmenge',
    helpDe: 'Punktabzug je Verdopplung der Tickets pro Monat über die Schwelle unten hinaus.',
  }),
  volume_ratio_threshold: numberSetting('Demand on the team', 2, { min: 1, max: 100 }, {
    label: 'Ticket volume threshold (times the average)',
    help: 'Volume counts against a customer only above this many times the average requester\'s tickets per month.',
    labelDe: 'Schwelle der Ticketmenge (mal Durchschnitt)',
    helpDe: 'Die Menge zählt erst über diesem Vielfachen der Tickets pro Monat eines durchschnittlichen Anfragenden.',
  }),
  volume_min_months: numberSetting('Demand on the team', 3, { min: 1, max: 24 }, {
    label: 'Shortest period for ticket volume (months)',
    help: 'Tickets per month and agent time per month are averaged over at least this many months, so a new customer\'s first questions do not read as a flood.',
    labelDe: 'Kürzester Zeitraum für die Ticketmenge (Monate)',
    helpDe: 'Tickets und Agentenzeit pro Monat werden über mindestens so viele Monate gemittelt, damit die ersten Fragen eines neuen Kunden nicht wie eine Flut wirken.',
  }),
  baseline_tickets_per_month: numberSetting('Demand on the team', 0.5, { min: 0.01, max: 1000 }, {
    label: 'Average tickets per requester per month (fallback)',
    help: 'Used when the account\'s own average cannot be read.',
    labelDe: 'Durchschnittliche Tickets je Anfragendem und Monat (Ersatz)',
    helpDe: 'Gilt, wenn der Durchschnitt des Kontos nicht gelesen werden kann.',
  }),
  weight_phone_calls: numberSetting('Demand on the team', 2, { min: 0, max: 100 }, {
    label: 'Phone calls',
    help: 'Points each phone call beyond the allowance takes.',
    labelDe: 'Anrufe',
    helpDe: 'Punktabzug je Anruf über das Kontingent hinaus.',
  }),
  phone_calls_allowance: numberSetting('Demand on the team', 3, { min: 0, max: 1000 }, {
    label: 'Phone calls allowance',
    help: 'Phone calls (time-weighted) that count nothing.',
    labelDe: 'Kontingent an Anrufen',
    helpDe: 'Anrufe (nach Alter gewichtet), die nicht zählen.',
  }),
  weight_agent_replies: numberSetting('Demand on the team', 3, { min: 0, max: 100 }, {
    label: 'Agent replies',
    help: 'Points taken for a ticket needing twice the reply threshold below (more for more).',
    labelDe: 'Antworten der Agenten',
    helpDe: 'Punktabzug für ein Ticket mit doppelt so vielen Antworten wie die Schwelle unten (mehr bei mehr).',
  }),
  replies_per_ticket_threshold: numberSetting('Demand on the team', 6, { min: 1, max: 1000 }, {
    label: 'Agent replies per ticket threshold',
    help: 'Replies beyond this many on one ticket count against the customer.',
    labelDe: 'Schwelle der Antworten je Ticket',
    helpDe: 'Antworten über diese Zahl in einem Ticket zählen gegen den Kunden.',
  }),
  weight_chasing: numberSetting('Demand on the team', 2, { min: 0, max: 100 }, {
    label: 'Chasing ("any update?")',
    help: 'Points a chasing message takes.',
    labelDe: 'Nachhaken („gibt es Neuigkeiten?“)',
    helpDe: 'Punktabzug für eine nachhakende Nachricht.',
  }),
  weight_reopens: numberSetting('Demand on the team', 2, { min: 0, max: 100 }, {
    label: 'Reopened tickets',
    help: 'Points a reopen takes.',
    labelDe: 'Wiedereröffnete Tickets',
    helpDe: 'Punktabzug für eine Wiedereröffnung.',
  }),
  time_field_id: textSetting('Demand on the team', '', FIELD_ID, {
    label: 'Time-tracking ticket field id',
    help: 'The id of the ticket field that holds the agent time spent on a ticket. Empty: agent time is not read.',
    labelDe: 'Ticketfeld-ID der Zeiterfassung',
    helpDe: 'Die ID des Ticketfelds mit der Arbeitszeit der Agenten. Leer: die Arbeitszeit wird nicht gelesen.',
  }),
  // Zendesk's Time Tracking app keeps "Total time spent (sec)" on the ticket
  // (https://support.zendesk.com/hc/en-us/articles/4408822487450), hence seconds by default.
  time_field_seconds: checkboxSetting('Demand on the team', true, {
    label: 'Time field counts seconds',
    help: 'Ticked: the time field holds seconds (as the Zendesk Time Tracking app\'s total time field does). Unticked: minutes.',
    labelDe: 'Zeitfeld zählt Sekunden',
    helpDe: 'Angehakt: das Zeitfeld enthält Sekunden (wie das Gesamtzeitfeld der Zendesk-Zeiterfassung). Sonst: Minuten.',
  }),
  weight_agent_time: numberSetting('Demand on the team', 8, { min: 0, max: 100 }, {
    label: 'Agent time',
    help: 'Points taken each time a customer\'s agent minutes per month double beyond the threshold below.',
    labelDe: 'Arbeitszeit der Agenten',
    helpDe: 'Punktabzug je Verdopplung der Agentenminuten pro Monat über die Schwelle unten hinaus.',
  }),
  agent_minutes_per_month: numberSetting('Demand on the team', 60, { min: 1, max: 100000 }, {
    label: 'Agent minutes per month threshold',
    help: 'Agent time beyond this many minutes a month counts against the customer.',
    labelDe: 'Schwelle der Agentenminuten pro Monat',
    helpDe: 'Arbeitszeit über diese Minuten im Monat zählt gegen den Kunden.',
  }),

  // Satisfaction
  weight_bad_satisfaction: numberSetting('Satisfaction', 5, { min: 0, max: 100 }, {
    label: 'Bad satisfaction rating',
    help: 'Points a bad satisfaction rating takes.',
    labelDe: 'Schlechte Zufriedenheitsbewertung',
    helpDe: 'Punktabzug für eine schlechte Zufriedenheitsbewertung.',
  }),
  weight_good_satisfaction: numberSetting('Good signs', 3, { min: 0, max: 100 }, {
    label: 'Good satisfaction rating',
    help: 'Points a good satisfaction rating adds.',
    labelDe: 'Gute Zufriedenheitsbewertung',
    helpDe: 'Punktzuschlag für eine gute Zufriedenheitsbewertung.',
  }),

  // Payment
  billing_tags: listSetting('Payment', ['payment_late', 'late_payment', 'invoice_overdue', 'payment_overdue', 'payment_failed', 'late_fee', 'collections'], 'word', {
    label: 'Billing problem tags',
    help: 'Ticket tags that mark a payment problem, comma-separated.',
    labelDe: 'Tags für Zahlungsprobleme',
    helpDe: 'Ticket-Tags, die ein Zahlungsproblem markieren, durch Kommas getrennt.',
  }),
  weight_billing_tags: numberSetting('Payment', 6, { min: 0, max: 100 }, {
    label: 'Ticket tagged as a billing problem',
    help: 'Points a ticket with a billing problem tag takes.',
    labelDe: 'Ticket mit Zahlungsproblem-Tag',
    helpDe: 'Punktabzug für ein Ticket mit einem Zahlungsproblem-Tag.',
  }),
  overdue_field: textSetting('Payment', 'payment_overdue_days', FIELD_KEY, {
    label: 'Days-overdue field',
    help: 'The key of a user or organization field holding how many days the customer\'s payment is overdue. Empty: not read; a key no record has is ignored.',
    labelDe: 'Feld „Tage überfällig“',
    helpDe: 'Der Schlüssel eines Benutzer- oder Organisationsfelds mit den Tagen, die eine Zahlung überfällig ist. Leer: nicht gelesen.',
  }),
  overdue_days_threshold: numberSetting('Payment', 7, { min: 0, max: 3650 }, {
    label: 'Days overdue before it counts',
    help: 'An overdue payment counts only from this many days.',
    labelDe: 'Tage überfällig, ab denen es zählt',
    helpDe: 'Eine überfällige Zahlung zählt erst ab so vielen Tagen.',
  }),
  weight_overdue: numberSetting('Payment', 10, { min: 0, max: 100 }, {
    label: 'Overdue payment (per 30 days)',
    help: 'Points taken per 30 days a payment is overdue.',
    labelDe: 'Überfällige Zahlung (je 30 Tage)',
    helpDe: 'Punktabzug je 30 Tage Zahlungsverzug.',
  }),

  // Cost against value
  agent_hourly_cost: numberSetting('Cost against value', 0, { min: 0, max: 100000 }, {
    label: 'Agent cost per hour',
    help: 'What an hour of an agent\'s time costs. 0: the cost is not compared with the customer\'s value.',
    labelDe: 'Kosten einer Agentenstunde',
    helpDe: 'Was eine Arbeitsstunde eines Agenten kostet. 0: Die Kosten werden nicht mit dem Kundenwert verglichen.',
  }),
  value_field: textSetting('Cost against value', '', FIELD_KEY, {
    label: 'Customer value field',
    help: 'The key of a user or organization field holding what the customer brings over the window (net profit, say). Prefix with user. or organization. to pick the record; without, the user\'s field is tried first.',
    labelDe: 'Feld „Kundenwert“',
    helpDe: 'Der Schlüssel eines Benutzer- oder Organisationsfelds, das angibt, was der Kunde im Zeitraum einbringt (etwa den Nettogewinn). Ein vorangestelltes user. oder organization. wählt den Datensatz; ohne wird zuerst das Feld des Benutzers gelesen.',
  }),
  value_is_monthly: checkboxSetting('Cost against value', false, {
    label: 'Value field is per month',
    help: 'Ticked: the value field holds a monthly figure (MRR, say), multiplied by the customer\'s months in the window before it is compared. Unticked: it holds the value over the window.',
    labelDe: 'Wertfeld gilt pro Monat',
    helpDe: 'Aktiviert: Das Wertfeld enthält einen Monatswert (etwa MRR), der vor dem Vergleich mit der Zahl der Monate des Kunden im Zeitraum multipliziert wird. Deaktiviert: Es enthält den Wert über den ganzen Zeitraum.',
  }),
  minutes_per_reply: numberSetting('Cost against value', 10, { min: 0, max: 1440 }, {
    label: 'Minutes per agent reply',
    help: 'Without a time-tracking field, agent time is estimated as replies times this.',
    labelDe: 'Minuten je Agentenantwort',
    helpDe: 'Ohne Zeiterfassungsfeld wird die Arbeitszeit als Antworten mal diese Minuten geschätzt.',
  }),
  currency: textSetting('Cost against value', 'USD', { pattern: /^[A-Za-z]{3}$/, means: 'a three-letter currency code such as USD' }, {
    label: 'Currency',
    help: 'The currency of the agent cost and the value field.',
    labelDe: 'Währung',
    helpDe: 'Die Währung der Agentenkosten und des Wertfelds.',
  }),
  weight_cost_over_value: numberSetting('Cost against value', 15, { min: 0, max: 100 }, {
    label: 'Costs more than they bring',
    help: 'Points taken when support costs as much as the customer brings; up to three times this when it costs three times as much.',
    labelDe: 'Kostet mehr, als er einbringt',
    helpDe: 'Punktabzug, wenn der Support so viel kostet, wie der Kunde einbringt; bis zum Dreifachen bei dreifachen Kosten.',
  }),

  // Good signs
  weight_tenure: numberSetting('Good signs', 8, { min: 0, max: 100 }, {
    label: 'Tenure without incident',
    help: 'Points added for a full period (below) as a customer without a warning sign.',
    labelDe: 'Dauer ohne Vorfall',
    helpDe: 'Punktzuschlag für einen vollen Zeitraum (unten) als Kunde ohne Warnzeichen.',
  }),
  tenure_full_months: numberSetting('Good signs', 12, { min: 1, max: 240 }, {
    label: 'Months of tenure for the full bonus',
    help: 'Tenure without incident earns its full points after this many months.',
    labelDe: 'Monate für den vollen Zuschlag',
    helpDe: 'Die Dauer ohne Vorfall bringt nach so vielen Monaten die vollen Punkte.',
  }),

  // Team leads and access (read by the warning process and the sidebar)
  lead_roles: listSetting('Team leads and access', ['admin'], 'word', {
    label: 'Team-lead roles',
    help: 'Zendesk roles (admin, agent) whose members act as team leads: they record warnings and final notices.',
    labelDe: 'Rollen der Teamleitung',
    helpDe: 'Zendesk-Rollen (admin, agent), deren Mitglieder als Teamleitung gelten: Sie erteilen Verwarnungen bis hin zur letzten Verwarnung.',
  }),
  lead_custom_role_ids: listSetting('Team leads and access', [], 'id', {
    label: 'Team-lead custom role ids',
    help: 'Custom role ids whose members act as team leads, comma-separated.',
    labelDe: 'IDs benutzerdefinierter Rollen der Teamleitung',
    helpDe: 'IDs benutzerdefinierter Rollen, deren Mitglieder als Teamleitung gelten, durch Kommas getrennt.',
  }),
  lead_group_ids: listSetting('Team leads and access', [], 'id', {
    label: 'Team-lead group ids',
    help: 'Group ids whose members act as team leads, comma-separated.',
    labelDe: 'Gruppen-IDs der Teamleitung',
    helpDe: 'IDs von Gruppen, deren Mitglieder als Teamleitung gelten, durch Kommas getrennt.',
  }),
  warning_expiry_days: numberSetting('Team leads and access', 180, { min: 1, max: 3650, int: true }, {
    label: 'Warnings expire after (days)',
    help: 'A recorded warning stops counting toward the three strikes after this many days.',
    labelDe: 'Verwarnungen verfallen nach (Tagen)',
    helpDe: 'Eine erfasste Verwarnung zählt nach so vielen Tagen nicht mehr zu den drei Stufen.',
  }),
  final_notice_text: textSetting('Team leads and access', FINAL_NOTICE_EN, { multiline: true }, {
    label: 'Final notice: what the team agreed',
    help: 'Shown to the team with a final notice: what everyone does for a customer at their last strike, so the team keeps one consistent message.',
    labelDe: 'Letzte Verwarnung: was das Team vereinbart hat',
    helpDe: 'Wird dem Team bei einer letzten Verwarnung gezeigt: was alle bei diesem Kunden ab jetzt tun, damit das Team mit einer Stimme spricht.',
  }),
  dismiss_evidence_by: textSetting('Team leads and access', 'everyone', { pattern: /^(?:everyone|leads)$/, means: 'everyone or leads' }, {
    label: 'Who may dismiss a quote',
    help: 'everyone or leads. Who may mark an evidence quote as not showing its signal, so the rating stops counting it for the whole team: every agent, or team leads only.',
    labelDe: 'Wer Zitate verwerfen darf',
    helpDe: 'everyone oder leads (alle oder nur die Teamleitung). Wer ein Zitat als kein Beleg für sein Signal markieren darf, sodass die Einschätzung es für das ganze Team nicht mehr zählt.',
  }),
  hide_rating_from_roles: listSetting('Team leads and access', [], 'word', {
    label: 'Roles that may not see ratings',
    help: 'Zendesk roles (or custom role ids) from which the rating is hidden, comma-separated. Empty: everyone sees it.',
    labelDe: 'Rollen ohne Einsicht in Einschätzungen',
    helpDe: 'Zendesk-Rollen (oder IDs benutzerdefinierter Rollen), denen die Einschätzung nicht angezeigt wird, durch Kommas getrennt. Leer: Alle sehen sie.',
  }),

  // Loading
  comment_ticket_cap: numberSetting('Loading', 30, { min: 1, max: 1000, int: true }, {
    label: 'Tickets read in full',
    help: 'Every ticket counts with its opening message. The whole conversation is read on this many: the newest, and older ones whose opening message shows a red flag. Each costs one API request.',
    labelDe: 'Vollständig gelesene Tickets',
    helpDe: 'Jedes Ticket zählt mit seiner ersten Nachricht. Den ganzen Verlauf liest die App bei so vielen: den neuesten und älteren, deren erste Nachricht ein Warnsignal zeigt. Jedes kostet eine API-Anfrage.',
  }),
  cache_minutes: numberSetting('Loading', 15, { min: 0, max: 1440, int: true }, {
    label: 'Cache a rating for (minutes)',
    help: 'A rating is reused for this many minutes before the history is read again. 0: never reused.',
    labelDe: 'Einschätzung zwischenspeichern (Minuten)',
    helpDe: 'So viele Minuten wird eine Einschätzung wiederverwendet, bevor der Verlauf neu gelesen wird. 0: nie.',
  }),
} satisfies Record<string, AnySettingDefinition>;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;

/** The settings the app reads, each already validated and defaulted. */
export type Settings = {
  readonly [K in SettingKey]: (typeof SETTING_DEFINITIONS)[K]['default'];
};

/**
 * The settings an admin meets on the install form, in the form's order: who is a team lead and who
 * may see ratings, the money fields for cost against value, warning expiry and the cache. Every other
 * setting (weights, caps, thresholds, field keys) is read from the one advanced setting below, a
 * JSON object of overrides; left empty, each takes its default.
 */
export const INSTALL_FORM = [
  'lead_roles',
  'lead_custom_role_ids',
  'lead_group_ids',
  'hide_rating_from_roles',
  'warning_expiry_days',
  'agent_hourly_cost',
  'currency',
  'value_field',
  'value_is_monthly',
  'sensitivity',
  'cache_minutes',
] as const satisfies readonly SettingKey[];

export type FormSettingKey = (typeof INSTALL_FORM)[number];
export type AdvancedSettingKey = Exclude<SettingKey, FormSettingKey>;

/** The advanced setting: one multiline parameter holding a JSON object of the other settings. */
export const ADVANCED_SETTING = {
  name: 'advanced',
  text: {
    label: 'Advanced: weights and caps (JSON)',
    help:
      'Optional. A JSON object that changes the scoring weights, caps, thresholds and field keys, e.g. {"weight_abuse": 20, "factor_cap": 30}. ' +
      'Empty: every default. Every key, its default and what it accepts is listed in the app\'s docs/settings.md; a key or value that is not valid is named in the sidebar and takes its default.',
    labelDe: 'Erweitert: Gewichte und Obergrenzen (JSON)',
    helpDe:
      'Optional. Ein JSON-Objekt, das Gewichte, Obergrenzen, Schwellenwerte und Feldschlüssel der Einschätzung ändert, z. B. {"weight_abuse": 20, "factor_cap": 30}. ' +
      'Leer: alle Standardwerte. Jeden Schlüssel mit Standardwert und erlaubten Werten nennt docs/settings.md der App; ein ungültiger Schlüssel oder Wert wird in der Seitenleiste genannt und durch seinen Standardwert ersetzt.',
  },
} as const;
