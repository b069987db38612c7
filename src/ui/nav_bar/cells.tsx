import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { WatchlistRow } from '../../core/watchlist';
import type { RowRating } from '../../zendesk/watchlist';
import { BAND_HUE } from '../fit/band';
import { useI18n } from '../i18n/I18nProvider';
import { formatExact, formatRelative } from '../i18n/dates';
import { unverifiedSentence } from '../warning/unverified';
import type { CheckView } from '../warning/useWarningCheck';

const LEVEL_HUE: Record<WatchlistRow['levelKey'], string> = {
  'final-notice': 'red',
  'strike-2': 'orange',
  'strike-1': 'yellow',
  concern: 'blue',
  expired: 'grey',
};

function When({ iso, now }: { iso: string; now: Date }) {
  const i18n = useI18n();
  const date = new Date(iso);
  return <time dateTime={iso} title={formatExact(date, i18n.locale)}>{formatRelative(date, now, i18n.locale)}</time>;
}

/**
 * The level in force, when and by whom it was given; an expired strike says so, and so does a step
 * that Zendesk's notes do not back (naming who really wrote its note).
 */
export function LevelCell({ row, check, now }: { row: WatchlistRow; check?: CheckView | undefined; now: Date }) {
  const i18n = useI18n();
  const stored = row.storedLevel === 3 ? 'final-notice' : row.storedLevel === 2 ? 'strike-2' : 'strike-1';
  const label =
    row.levelKey === 'expired'
      ? i18n.t('ui.watchlist.level.expiredWas', { level: i18n.t(`ui.watchlist.level.${stored}`) })
      : row.levelKey === 'concern'
        ? i18n.t('ui.watchlist.level.none')
        : i18n.t(`ui.watchlist.level.${row.levelKey}`);
  const when = row.raisedAt ? new Date(row.raisedAt) : null;
  return (
    <div
      data-testid="level"
      data-level={row.levelKey}
      data-check={check?.status === 'done' ? (check.check.unverified.length > 0 ? 'unverified' : 'verified') : check?.status}
    >
      <Tag hue={LEVEL_HUE[row.levelKey]} size="small">
        <span>{label}</span>
      </Tag>
      {row.levelKey !== 'concern' && (
        <SM>
          {when
            ? i18n.t(row.raisedBy ? 'ui.watchlist.level.givenBy' : 'ui.watchlist.level.given', {
                when: formatRelative(when, now, i18n.locale),
                name: row.raisedBy ?? '',
              })
            : i18n.t('ui.watchlist.level.undated')}
        </SM>
      )}
      {check?.status === 'done' &&
        check.check.unverified.map((step) => (
          <SM isBold key={`${step.action}-${step.level}-${step.noteId ?? ''}`} data-testid="level-unverified" data-level={step.level} data-author-id={step.writtenBy?.id ?? ''}>
            {i18n.t('ui.watchlist.level.unverified', { why: unverifiedSentence(i18n, step) })}
          </SM>
        ))}
    </div>
  );
}

/** How many concerns are open and who raised them (names are Zendesk users' names: shown as text). */
export function ConcernsCell({ row }: { row: WatchlistRow }) {
  const i18n = useI18n();
  const { concerns } = row;
  if (concerns.count === 0) return <SM data-testid="concerns">{i18n.t('ui.watchlist.concerns.none')}</SM>;
  return (
    <div data-testid="concerns" data-count={concerns.count}>
      <SM isBold>{i18n.t('ui.watchlist.concerns.count', { count: concerns.count })}</SM>
      <SM>
        {concerns.unrecorded
          ? i18n.t('ui.watchlist.concerns.unrecorded')
          : i18n.t('ui.watchlist.concerns.by', { names: concerns.raisedBy.join(', ') })}
      </SM>
    </div>
  );
}

/** The fit: waiting, being read, the band and score, or plainly why it could not be computed. */
export function RatingCell({ rating, hidden, onRetry }: { rating: RowRating | undefined; hidden: boolean; onRetry: () => void }) {
  const i18n = useI18n();
  if (hidden) return <SM data-testid="rating" data-status="hidden">{i18n.t('ui.watchlist.rating.hidden')}</SM>;
  if (!rating || rating.status === 'queued') return <SM data-testid="rating" data-status="queued">{i18n.t('ui.watchlist.rating.queued')}</SM>;
  if (rating.status === 'loading') {
    return (
      <SM data-testid="rating" data-status="loading">
        <Dots size={16} aria-hidden="true" /> {i18n.t('ui.watchlist.rating.loading')}
      </SM>
    );
  }
  if (rating.status === 'failed' || !rating.rating) {
    const cause = rating.problems[0]?.cause;
    return (
      <div data-testid="rating" data-status="failed">
        <SM>{i18n.t('ui.watchlist.rating.failed', { why: cause ? i18n.t(`ui.problem.cause.${cause}`) : i18n.t('ui.problem.cause.unreadable') })}</SM>
        <Button size="small" isLink onClick={onRetry}>
          {i18n.t('ui.retry')}
        </Button>
      </div>
    );
  }
  const { band, score } = rating.rating;
  return (
    <div data-testid="rating" data-status="rated" data-band={band}>
      <Tag hue={BAND_HUE[band]} size="small">
        <span>{i18n.t(`ui.band.${band}`)}</span>
      </Tag>{' '}
      {score !== null && <SM tag="span" aria-label={i18n.t('ui.score.label', { score })}>{i18n.t('ui.score.short', { score })}</SM>}
      {rating.problems.length > 0 && <SM>{i18n.t('ui.watchlist.rating.partial')}</SM>}
    </div>
  );
}

/** The latest strike or concern, relative to now. */
export function ActivityCell({ row, now }: { row: WatchlistRow; now: Date }) {
  const i18n = useI18n();
  return <SM data-testid="activity">{row.lastActivity ? <When iso={row.lastActivity} now={now} /> : i18n.t('ui.watchlist.activity.none')}</SM>;
}
