import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

/** A list of quotes, one under another, never wider than the sidebar. */
export const QuoteList = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${(p) => p.theme.space.sm};
`;

/** The customer's words, set off by a rule on the left, wrapped wherever they must be. */
export const Quote = styled.blockquote`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  padding-left: ${(p) => p.theme.space.xs};
  border-left: 3px solid ${(p) => getColor({ theme: p.theme, variable: 'border.emphasis' })};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;
