/** Agents' corrections of the evidence: quotes dismissed as not showing a signal, kept on the customer. */
export * from './types';
export * from './key';
export * from './field';
export * from './apply';
export * from './warning';
export * from './training';
