export { createMockApi, type MockApi, type MockApiOptions } from './create-mock-api';
export type { MockControl, RequestLogEntry, RouteMatcher } from './control';
export { FAULT_PRESETS, type Fault, type FaultKind } from './faults';
