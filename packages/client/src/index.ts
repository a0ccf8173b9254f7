export type { AuditTrailProgress, DownloadAuditTrailOptions } from './audit-trail.js';
export { normalizeBaseUrl } from './base-url.js';
export { createSpsClient, type SpsClient, type SpsClientOptions } from './client.js';
export {
  SpsApiError,
  SpsCommitMessageRequiredError,
  SpsError,
  SpsFirmwareFetchError,
  SpsInvalidJsonError,
  SpsNetworkError,
  SpsRequestError,
  SpsSearchLimitError,
  SpsSnapshotExpiredError,
  SpsSnapshotQuotaError,
  SpsTimeoutError,
  SpsUnexpectedAnswerError,
  isAuthenticationFailure,
  isConfigLocked,
  isFirmwareTestFailed,
  isIncompleteRequestBody,
  isResourceNotFound,
  isSpsApiError,
  isUnauthenticated,
  type ApiErrorInit,
  type FirmwareTestFailedDetails,
  type IncompleteRequestBodyDetails,
  type RequestDescription,
  type ResourceNotFoundDetails,
  type SpsErrorDetails,
  type SpsErrorType,
} from './errors.js';
export type { DownloadTarget } from './download.js';
export type { FetchFirmwareOptions, FirmwareFetchJob, FirmwareSource, SlotId } from './firmware.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { LinkName, LinkTarget } from './hypermedia.js';
export type { SearchSessionsOptions, SessionChannel, SessionCountQuery, SessionSearchItem, SessionSearchQuery } from './search.js';
export { sessionQuery, type SessionQueryFields, type SessionQueryValue } from './search-query.js';
export type { NewLocalUser } from './local-users.js';
export type { CertificateLogin, LoginMethodsResponse, LoginResponse, PasswordLogin } from './session.js';
export type { SupportBundle, SupportBundleJob, SupportBundleOptions, SupportBundleProgress } from './support-bundle.js';
export type { Pem, TlsOptions } from './tls.js';
export type { TransactionOptions, TransactionState } from './transaction.js';
export type {
  Api,
  FetchLike,
  Followed,
  GetData,
  GetPath,
  MatchingGetPath,
  OperationData,
  PathsWith,
  PerRequestOptions,
  RequestInitFor,
  RetryOptions,
  Schema,
  SpsDocument,
  SpsMethod,
  SpsRequestMethods,
} from './types.js';
export type { Middleware } from 'openapi-fetch';
export { unwrap } from './unwrap.js';
export type { FirmwareImage, UploadContentType, UploadFirmwareOptions, UploadProgress } from './upload.js';
