/**
 * A fresh operation id for one decision. Create it once when the person confirms, and reuse it for
 * every retry of that decision: it is what lets a retry skip the steps already done.
 *
 * @returns a random UUID
 * @example newOpId() // => '3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e'
 */
export function newOpId(): string {
  return crypto.randomUUID();
}
