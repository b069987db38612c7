// The SDK ships no types; this declares only the entry point. The client's shape is ZafClient.
declare module 'zendesk_app_framework_sdk' {
  const ZAFClient: {
    /** Returns false when the page was not opened by Zendesk (no origin and app_guid in the URL). */
    init(callback?: (context: unknown) => void): unknown;
  };
  export default ZAFClient;
}
