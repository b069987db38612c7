import type { Band } from '../../core/rating/types';

/** Garden hues for the bands; the band's words always accompany the colour. */
export const BAND_HUE: Record<Band, string> = {
  good: 'green',
  watch: 'yellow',
  poor: 'red',
  insufficient: 'grey',
};
