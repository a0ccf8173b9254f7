// Generated from spec/ by `pnpm build` — do not edit.

export interface paths {
    "/api/transaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the transaction status
         * @description Tells whether the caller has an open transaction. While one is open, `meta.changes` links to the
         *     pending changes. Older SPS versions wrap the state in `transaction`, newer ones in `body`.
         */
        get: operations["getTransaction"];
        /**
         * Commit the transaction
         * @description Applies the staged changes and closes the transaction. Include `message` when the "require commit
         *     log" accounting option is on; it appears on the AAA > Accounting page.
         */
        put: operations["commitTransaction"];
        /**
         * Open a transaction
         * @description Opens a transaction and locks the configuration, as an edit in the web interface does. Send an empty
         *     body or a `Content-Length: 0` header, otherwise SPS answers 411. From SPS 6.9 the first
         *     configuration change opens a transaction automatically, so this call is optional there.
         */
        post: operations["openTransaction"];
        /**
         * Roll back the transaction
         * @description Discards the staged changes and releases the configuration lock, like a rollback in SQL. The
         *     configuration returns to its state when the transaction was opened, or to the newer state another
         *     user committed since.
         */
        delete: operations["deleteTransaction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Meta
         * @description Hypermedia links and bookkeeping that SPS attaches to a response. Every field is optional; links are
         *     server-relative paths computed by SPS (sibling links follow the order of the parent's children, which
         *     varies by version, so they are never constrained to fixed values). Link names not listed here are
         *     allowed.
         */
        Meta: {
            /** @description Path of this resource; may end in a `#fragment` for a sub-object. */
            href?: string;
            /** @description Path of the node that contains this resource (`/api` for top-level nodes). */
            parent?: string;
            /** @description Path of the first sibling under the same parent. */
            first?: string;
            /** @description Path of the last sibling under the same parent. */
            last?: string;
            /** @description Path of the preceding sibling, `null` on the first one. */
            previous?: string | null;
            /**
             * @description Path of the following sibling, `null` on the last one. On paged searches it is the
             *     server-relative URL of the next page.
             */
            next?: string | null;
            /** @description Path of the transaction resource (`/api/transaction`) on configuration resources. */
            transaction?: string;
            /** @description Seconds left before the session ends and an open transaction is cancelled. */
            remaining_seconds?: number;
            /** @description Path of the pending change log (`/api/transaction/changes`). */
            changes?: string;
            /** @description Path of the firmware download jobs. */
            fetch?: string;
            /** @description Path of the firmware slots. */
            slots?: string;
            /** @description Path of the firmware pre-upgrade test. */
            test?: string;
            /** @description Path of the firmware upgrade action. */
            upgrade?: string;
            /** @description Path of the firmware slot this resource refers to. */
            slot?: string;
            /** @description Path of the firmware slot that is running now. */
            current_slot?: string;
            /** @description Path of the firmware slot that boots next. */
            slot_after_reboot?: string;
            /** @description How many firmware slots are empty. */
            number_of_empty_slots?: number;
            /** @description Fields requested in a search. */
            fields?: string[];
            /** @description Page size of a search. */
            limit?: number;
            /** @description Total number of search hits. */
            match_count?: number;
            /** @description Cursor of an advanced search (its format is not documented). */
            search_after?: unknown;
        } & {
            [key: string]: unknown;
        };
        /**
         * ListingItem
         * @description One member of a listing; some collections also carry the member's `body`.
         */
        ListingItem: {
            key: string;
            /** @description The member's content, on collections that include it. */
            body?: unknown;
            meta?: components["schemas"]["Meta"];
        };
        /**
         * Envelope
         * @description The shape shared by SPS responses: an object (`key`, `body`, `meta`), a listing (`items`, `meta`) or an
         *     acknowledgement (`key` and/or `meta`). Resource schemas narrow it with `allOf`, giving `body` or `items`
         *     their own type. Extra top-level fields are allowed because SPS versions add them.
         */
        Envelope: {
            /**
             * @description Identifier of the object: the last path segment for singletons (`dns`, `ssh`), an opaque ID for
             *     collection members, a 1-based numeric string for firmware slots. Always a string.
             */
            key?: string;
            /** @description The object's content (an object, or an array for a few resources). */
            body?: unknown;
            /** @description The members of a listing or collection. */
            items?: components["schemas"]["ListingItem"][];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * TransactionStatus
         * @description `closed` by default and after a commit or rollback; `open` while changes are being staged.
         * @enum {string}
         */
        TransactionStatus: "open" | "closed";
        /**
         * TransactionState
         * @description The state of the caller's transaction.
         */
        TransactionState: {
            status: components["schemas"]["TransactionStatus"];
            /**
             * @description Whether a commit must carry a message: `required` when the "require commit log" accounting option
             *     is on, `optional` otherwise. An indicator, not the message itself (SPS 8.0 pages).
             * @example required
             * @example optional
             */
            commit_message?: string;
        };
        /**
         * TransactionResponse
         * @description The transaction resource. Older SPS pages wrap the state in `transaction`, newer ones and every
         *     official client use `body`; a response carries at least one of them (see the errata).
         */
        TransactionResponse: components["schemas"]["Envelope"] & {
            /** @constant */
            key: "transaction";
        } & ({
            body: components["schemas"]["TransactionState"];
        } | {
            transaction: components["schemas"]["TransactionState"];
        });
        /**
         * Error
         * @description The envelope of every error answer.
         */
        Error: {
            error: {
                /**
                 * @description Machine-readable name of the error, such as `Unauthenticated`, `MethodNotAllowed` or
                 *     `WebGuiOrRpcApiConfigInProgress`. Not a closed list: new SPS versions add names.
                 */
                type: string;
                /** @description Human-readable explanation. */
                message?: string;
                /** @description Facts specific to the error type. */
                details?: Record<string, unknown>;
            };
            meta?: components["schemas"]["Meta"];
        };
        /**
         * TransactionCommit
         * @description Commits the caller's open transaction.
         */
        TransactionCommit: {
            /**
             * @description The only documented value.
             * @constant
             */
            status: "commit";
            /**
             * @description Commit message, shown on the AAA > Accounting page. Required when the "require commit log"
             *     accounting option is on.
             */
            message?: string;
        };
        /**
         * MetaOnlyResponse
         * @description An acknowledgement that carries only links.
         */
        MetaOnlyResponse: {
            meta: components["schemas"]["Meta"];
        };
    };
    responses: {
        /**
         * @description Not authenticated: the `session_id` cookie is missing, expired or unknown (`Unauthenticated`), or the
         *     credentials were rejected (`AuthenticationFailure`).
         */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Authenticated, but the user lacks the privilege for this path (`Unauthorized`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The request body is not valid JSON or has the wrong encoding (`InvalidRequestBody`), a value is
         *     malformed (`SyntacticError`), or the change would leave the configuration inconsistent
         *     (`SemanticError`).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource does not support this HTTP method (`MethodNotAllowed`). */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The configuration is locked because someone is changing it through another interface, such as the web
         *     interface, the console or the RPC API (`WebGuiOrRpcApiConfigInProgress`).
         */
        ConfigLocked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The request had neither a body nor a `Content-Length: 0` header. The SPS 6.0.4 pages name this error
         *     `UnsupportedMethod`.
         */
        LengthRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description From SPS 7.5, POST, PUT and DELETE requests that look like they come from a browser (a `Mozilla/…`
         *     `User-Agent`) must carry this token; earlier versions only enforce it when configured to. Clients that
         *     send a non-browser `User-Agent` do not need it. Where the value comes from is not documented.
         */
        XToken: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    commitTransaction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description From SPS 7.5, POST, PUT and DELETE requests that look like they come from a browser (a `Mozilla/…`
                 *     `User-Agent`) must carry this token; earlier versions only enforce it when configured to. Clients that
                 *     send a non-browser `User-Agent` do not need it. Where the value comes from is not documented.
                 */
                "X-Token"?: components["parameters"]["XToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionCommit"];
            };
        };
        responses: {
            /** @description The changes are applied and the transaction is closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
        };
    };
    openTransaction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description From SPS 7.5, POST, PUT and DELETE requests that look like they come from a browser (a `Mozilla/…`
                 *     `User-Agent`) must carry this token; earlier versions only enforce it when configured to. Clients that
                 *     send a non-browser `User-Agent` do not need it. Where the value comes from is not documented.
                 */
                "X-Token"?: components["parameters"]["XToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction is open. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaOnlyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["ConfigLocked"];
            411: components["responses"]["LengthRequired"];
        };
    };
    deleteTransaction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description From SPS 7.5, POST, PUT and DELETE requests that look like they come from a browser (a `Mozilla/…`
                 *     `User-Agent`) must carry this token; earlier versions only enforce it when configured to. Clients that
                 *     send a non-browser `User-Agent` do not need it. Where the value comes from is not documented.
                 */
                "X-Token"?: components["parameters"]["XToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes are discarded and the lock is released. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaOnlyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
        };
    };
}
