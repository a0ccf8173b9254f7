export { normalizeBaseUrl } from './base-url.js';
export { createSpsClient, type SpsClient, type SpsClientOptions, type SpsRequestMethods } from './client.js';
export {
  SpsApiError,
  SpsCommitMessageRequiredError,
  SpsError,
  SpsFirmwareFetchError,
  SpsNetworkError,
  SpsTimeoutError,
  isAuthenticationFailure,
  isConfigLocked,
  isFirmwareTestFailed,
  isIncompleteRequestBody,
  isResourceNotFound,
  isSpsApiError,
  isUnauthenticated,
  type FirmwareTestFailedDetails,
  type IncompleteRequestBodyDetails,
  type ResourceNotFoundDetails,
} from './errors.js';
export type { FetchFirmwareOptions, FirmwareFetchJob, FirmwareSource, SlotId } from './firmware.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { LinkName, LinkTarget } from './hypermedia.js';
export type { CertificateLogin, LoginMethodsResponse, LoginResponse, PasswordLogin } from './session.js';
export type { Pem, TlsOptions } from './tls.js';
export type { TransactionOptions, TransactionState } from './transaction.js';
export type { FetchLike, PerRequestOptions, RetryOptions } from './transport.js';
export type {
  Followed,
  GetData,
  GetPath,
  MatchingGetPath,
  OperationData,
  PathsWith,
  RequestInitFor,
  Schema,
  SpsDocument,
  SpsMethod,
} from './types.js';
export { unwrap } from './unwrap.js';
export type { FirmwareImage, UploadContentType, UploadFirmwareOptions, UploadProgress } from './upload.js';
