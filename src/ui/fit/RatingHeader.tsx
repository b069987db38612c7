import styled from 'styled-components';
import { Tag } from '@zendeskgarden/react-tags';
import { LG, Paragraph, SM } from '@zendeskgarden/react-typography';
import type { FitRating } from '../../core/rating/types';
import type { TicketCoverage } from '../../zendesk/history/coverage';
import { useI18n } from '../i18n/I18nProvider';
import { BAND_HUE } from './band';
import { summarySentence } from './summary';

const Row = styled.div`
  display: flex;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
  flex-wrap: wrap;
`;

/**
 * The band, the score and the summary. With `provisional` (the coverage of a finished load that read
 * too little of the history), a "Provisional" tag beside the band and a line saying what it rests on.
 */
const Note = styled(SM)`
  margin: ${(p) => p.theme.space.xxs} 0 ${(p) => p.theme.space.xs};
`;

export function RatingHeader({ rating, provisional = null }: { rating: FitRating; provisional?: TicketCoverage | null }) {
  const i18n = useI18n();
  return (
    <section aria-labelledby="cf-rating-title" data-testid="rating-header">
      <Row>
        <LG tag="h2" id="cf-rating-title" isBold>
          <Tag hue={BAND_HUE[rating.band]} size="large" data-testid="band" data-band={rating.band}>
            <span>{i18n.t(`ui.band.${rating.band}`)}</span>
          </Tag>
        </LG>
        {rating.score !== null && (
          <SM data-testid="score" aria-label={i18n.t('ui.score.label', { score: rating.score })}>
            {i18n.t('ui.score.short', { score: rating.score })}
          </SM>
        )}
        {provisional && (
          <Tag hue="grey" data-testid="provisional">
            <span>{i18n.t('ui.provisional.tag')}</span>
          </Tag>
        )}
      </Row>
      {provisional && (
        <Note data-testid="provisional-note">
          {provisional.total === null
            ? i18n.t('ui.provisional.unknown', { count: provisional.read })
            : i18n.t('ui.provisional.partly', { count: provisional.read, total: provisional.total })}
        </Note>
      )}
      <Paragraph data-testid="summary">{summarySentence(rating, i18n)}</Paragraph>
    </section>
  );
}
