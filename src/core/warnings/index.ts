/** The warning flag: concerns, three strikes with a final notice, and clearing, recorded in Zendesk. */
export * from './types';
export * from './fields';
export * from './roles';
export * from './settings';
export * from './state';
export * from './levels';
export * from './note';
export * from './plan';
export * from './recover';
export * from './steps';
export * from './verify';
