// Generated from spec/ by `pnpm build` — do not edit.

/** The `error.type` of each documented SPS error, by the name of its schema in `components.schemas`. */
export const errorTypes = {
  AuthenticationFailureError: "AuthenticationFailure",
  FirmwareTestFailedError: "FirmwareTestFailed",
  IncompleteRequestBodyError: "IncompleteRequestBodyError",
  InvalidRequestBodyError: "InvalidRequestBody",
  MethodNotAllowedError: "MethodNotAllowed",
  NotFoundError: "NotFound",
  ResourceNotFoundError: "ResourceNotFound",
  SemanticError: "SemanticError",
  SyntacticError: "SyntacticError",
  UnauthenticatedError: "Unauthenticated",
  UnauthorizedError: "Unauthorized",
  UnsupportedMethodError: "UnsupportedMethod",
  WebGuiOrRpcApiConfigInProgressError: "WebGuiOrRpcApiConfigInProgress",
} as const;
