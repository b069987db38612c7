/** Writing the warning flag to Zendesk: notes, the app's user fields, and tags, resumable step by step. */
export {
  runWarningAction,
  withdrawWarningAction,
  type RunOptions,
  type StepName,
  type StepReport,
  type StepStatus,
  type WithdrawResult,
  type WriteResult,
} from './run';
export { failureOf, isWriteError, WriteError, type FailureKind, type FailureStep, type WriteFailure, type WritePort } from './failure';
export { readRequester } from './read';
export { newOpId } from './op-id';
export { accountUrlFromContext, readSignedInUser } from './current-user';
export * from './trail';
