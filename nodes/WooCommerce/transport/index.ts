/**
 * The transport: the one place that talks HTTP to the store (requests, auth, pagination, batch, retries, errors).
 * Operations import from here and never build a URL by hand.
 */
export type { AuthMode, ApiVersion, ResolvedAuthMode, WooCredentials } from './credentials';
export { CREDENTIAL_TYPE, apiBaseUrl, normalizeStoreUrl, readCredentials, secretsOf } from './credentials';
export { buildQueryString } from './phpQuery';
export { applyAuth, resolveAuthMode } from './auth';
export type { WooFullResponse, WooFunctions, WooRequestOptions } from './request';
export { PACKAGE_VERSION, USER_AGENT, buildRequestUrl, getStoreCredentials, getStoreSecrets, wooApiRequest } from './request';
export { wooApiCount } from './count';
export type { AllItemsOptions, ListWalk } from './pagination';
export { DEFAULT_CONCURRENCY, MAX_CONCURRENCY, MAX_PER_PAGE, wooApiRequestAllItems, wooApiWalk } from './pagination';
export type { BatchItemResult, BatchOperations, BatchResults } from './batchPlan';
export { MAX_BATCH_OPERATIONS } from './batchPlan';
export { DEFAULT_BATCH_CONCURRENCY, MAX_BATCH_CONCURRENCY, wooApiBatch } from './batch';
export type { LookupOptions } from './lookup';
export { MAX_LOOKUP_KEYS, lookupLists, wooApiLookup, wooApiLookupEach } from './lookup';
export type { WooErrorInfo } from './errors';
export { buildApiError, describeHttpFailure, describeNetworkFailure, isUnknownWriteOutcome, parseWooError, wooErrorCode, wooErrorData } from './errors';
export { REDACTED, scrubSecrets, scrubText } from './scrub';
export type { ApiPathResult } from './apiPath';
export { normalizeApiPath } from './apiPath';
