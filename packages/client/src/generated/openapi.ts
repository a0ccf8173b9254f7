// Generated from spec/ by `pnpm build` — do not edit.

export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/api": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the top-level nodes of the API
         * @description The entry point of the API: lists the top-level nodes (such as `authentication`, `configuration`,
         *     `firmware`, `info`, `transaction`), each with its link in `meta.href`. SPS is designed to be
         *     navigated from here by following links; official clients nevertheless use fixed paths, which have
         *     stayed the same across the versions described. The exact set of nodes is not documented and
         *     varies by version.
         */
        get: operations["listApiNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audit data
         * @description The root of the data SPS records about the sessions it audits: its children, such as `sessions` (the
         *     recorded sessions, searchable) and `users` (the audited users, SPS 8.0). What else it lists is not
         *     documented.
         */
        get: operations["listAuditData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search recorded sessions
         * @description Lists recorded sessions, active and closed, that match the filters, a page at a time. There are two
         *     modes:
         *
         *     - **Basic** (without `snapshot`): page with `limit` and `offset`, or follow `meta.next`.
         *       `meta.match_count` is the total. Only the first **10,000** matches can ever be returned: an
         *       `offset` above 10,000 is ignored, so when `match_count` exceeds 10,000, use the snapshot mode.
         *     - **Snapshot** (SPS 7.4+): open a snapshot with `GET /api/audit/sessions/_snapshot`, pass its ID as
         *       `snapshot` with the same filters, then follow `meta.next` until it is `null`. It returns every
         *       match, without the 10,000 limit. Pages are reached through the `search_after` position that
         *       `meta.next` carries, not with `offset`; `meta` then has `search_after` and no `match_count` or
         *       `offset`. An expired snapshot answers 404.
         *
         *     `limit` defaults to 500, which is also the maximum: larger values are capped, not rejected. Items
         *     carry a `body` only when `fields` is given. With `format=csv` the answer is CSV (`text/csv`); some
         *     clients ask for it with `Accept: text/csv` instead. The user needs search rights (else 403).
         */
        get: operations["searchSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/_count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count matching sessions
         * @description Counts the recorded sessions that match the same filters as `GET /api/audit/sessions`, without
         *     returning them and without the 10,000 limit of the basic search. The answer is a top-level `count`,
         *     not an envelope. No vendor page documents this call; it is modelled on a real client.
         */
        get: operations["countSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/_snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a search snapshot
         * @description Freezes the session database as it is now, for the snapshot mode of `GET /api/audit/sessions`, which
         *     returns every match instead of at most 10,000. Pass `body.snapshot` as `snapshot` there and follow
         *     `meta.next`. A snapshot expires 5 minutes after it was opened or last queried. It can be reused only
         *     by its owner from the same client: same `Remote-Addr` and `User-Agent`. The number of open snapshots
         *     is limited: over the quota, SPS answers 429 until one expires. No call to close a snapshot is
         *     documented. This is a GET, not a POST. The user needs search rights (else 403).
         */
        get: operations["openSessionSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get statistics of a session field
         * @description Counts how often each value of one session field occurs among the sessions that match `q`, for
         *     example the protocols in use (`field=protocol`). `size` keeps only the most frequent values;
         *     `sub_fields` adds statistics of a second field within each value. The answer's content is not
         *     documented.
         */
        get: operations["getSessionStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        /**
         * Get a recorded session
         * @description Reads everything SPS keeps about one recorded session: who connected from where to which server,
         *     when, through which policies, the verdict, the analytics results and the state of its audit trail,
         *     with links to its channels, events, indexing details, alerts and trail download. Fields vary by
         *     version and by session; see `AuditSession`.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/{key}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        /**
         * List the alerts of a session
         * @description The alerts raised in the session. Only its link in the session record (`body.alerts`) is
         *     documented, not this call's answer.
         */
        get: operations["listSessionAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/{key}/audit_trail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        /**
         * Download the audit trail of a session
         * @description Downloads the session's audit trail, the recording to replay in Safeguard Desktop Player: a `.zat`
         *     file, or with `format=srs` an `.srs` file, which replaying an ongoing session in follow mode needs.
         *     Works for trails stored on SPS and for archived ones when SPS can reach the archive. The answer is
         *     binary: send `Accept: application/octet-stream` and stream it to a file, trails can be large.
         */
        get: operations["downloadAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/{key}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        /**
         * List the channels of a session
         * @description The channels opened in the session — for SSH a shell, exec, SCP, SFTP or port forwarding — with their
         *     verdict, start and end as Unix epoch seconds, and type-specific fields such as the command, the SCP
         *     path or the forwarded addresses (flat keys with dots: `originator.address`). Channels authorized under
         *     four-eyes authorization name the authorizer and the reason. Where the fields sit is not consistent
         *     across sources: in each item's `body` (vendor example) or on the item itself (a real client); read
         *     `item.body ?? item`.
         */
        get: operations["listSessionChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/{key}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        /**
         * Search the content of a session
         * @description Finds the content events of one indexed session (what was typed, or shown on screen) that match `q`.
         *     Without a `q`, or with an empty one, SPS answers an empty `items` list rather than an error, as it
         *     does when nothing matches or the session has no indexed content. The vendor pages write the path with
         *     a trailing slash (`/content/?q=…`).
         */
        get: operations["searchSessionContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/{key}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        /**
         * List the events of a session
         * @description The events the indexer found in the session's audit trail, such as the commands typed in a shell.
         *     Only indexed sessions have events. Their times have no UTC offset.
         */
        get: operations["listSessionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/{key}/indexing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        /**
         * List the indexing runs of a session
         * @description The indexing details of the session, if it was indexed: per run, the indexer settings (commands,
         *     keyboard, mouse, screen OCR, window titles), the CPU time and duration it took, its status and the
         *     indexer versions. The vendor page spells the path three ways (`/indexers`, `/indexing`,
         *     `/indexer`); the session's own link says `/indexing`.
         */
        get: operations["listSessionIndexing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/sessions/{key}/trail_downloads": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        /**
         * List the downloads of a session's audit trail
         * @description Who downloaded the session's audit trail, from where and when, and whether through an API or the
         *     web interface.
         */
        get: operations["listSessionTrailDownloads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authentication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log in and get a session cookie
         * @description Starts a REST session. Authenticate either with HTTP Basic credentials (`Authorization: Basic …`,
         *     UTF-8) or, with `type=x509`, with the TLS client certificate presented during the handshake. The
         *     certificate alternative carries no HTTP credentials, which is why this operation also lists an
         *     empty security requirement: the certificate is checked during the TLS handshake, not through an
         *     HTTP credential.
         *
         *     On success SPS sets the `session_id` cookie; send it (`Cookie: session_id=…`) with every later
         *     request. Only this call needs the credentials. The session ends after 20 minutes of inactivity, and
         *     both SPS and clients check the cookie's expiry, so keep the client clock in sync with SPS. There is
         *     no logout call: discard the cookie. The user needs the REST server privilege; the REST server must
         *     allow password authentication for Basic login.
         *
         *     This path is the only one SPS promises to keep stable; everything else can be discovered from
         *     `GET /api`. To find out which login methods are permitted, call
         *     `GET /api/authentication/login_methods` first.
         */
        get: operations["logIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authentication/login_methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the permitted login methods
         * @description Anonymous. Tells which ways of logging in the appliance permits, so a client can choose between
         *     password login (HTTP Basic, `type=password`) and certificate login (`type=x509`) and pick a
         *     `login_method` value for `GET /api/authentication`.
         *
         *     Available from SPS 7.0. SPS 6.0.x offered `GET /api/authentication/types` instead (a `types`
         *     field with `basic` and/or `x509` entries); that predecessor is not described here.
         */
        get: operations["getAuthenticationLoginMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the cluster endpoints
         * @description Lists the endpoints under `/api/cluster` (such as `nodes`, `status`, `promote` and
         *     `join_request`), each with its link in `meta.href`. The vendor sample is cut, so the exact set is
         *     not documented. Managing the cluster needs the "read and write/perform" privilege on *Basic Settings >
         *     Cluster management*, and every node must run the same SPS version.
         */
        get: operations["listClusterEndpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cluster/join_request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prepare this node to join a cluster
         * @description The first step of joining a cluster, sent to the joining node inside a transaction (opened
         *     automatically from SPS 6.9; commit afterwards): names the Central Management node and returns what Central Management needs to accept
         *     this node — its address, ID and pre-shared key (`psk`). Post that `body` unchanged to
         *     `POST /api/cluster/nodes` on the Central Management node. `roles` is empty, because nodes other
         *     than Central Management get no role by default. The success status is not documented (200 assumed).
         */
        post: operations["createClusterJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cluster/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the cluster nodes
         * @description Lists the nodes of the cluster by ID, each with links to its configuration (`meta.href`) and its
         *     status (`meta.status`). `meta.self` names the node that answered.
         */
        get: operations["listClusterNodes"];
        put?: never;
        /**
         * Accept a node into the cluster
         * @description The second step of joining a cluster, sent to the Central Management node inside a transaction
         *     (opened automatically from SPS 6.9; commit afterwards): posts the `body` of the joining node's `POST /api/cluster/join_request`
         *     answer unchanged. The vendor page is cut in the middle of this URL (`/api/cluster/n…`), so the path
         *     is inferred, and the answer is not documented (200 assumed). Give the new node its roles afterwards
         *     with `PUT /api/cluster/nodes/{node_id}`.
         */
        post: operations["addClusterNode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cluster/nodes/{node_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the node (a UUID), as `GET /api/cluster/nodes` lists it.
                 * @example 46f97a58-4028-467d-9a22-9cfe78ae3e1c
                 */
                node_id: string;
            };
            cookie?: never;
        };
        /**
         * Get a cluster node
         * @description Returns a node's address and roles. No page documents this read, but every cluster answer links here
         *     (`meta.href` of the promote answer and of the node list, `meta.configuration` of the status items),
         *     and the answer is the node object those samples show.
         */
        get: operations["getClusterNode"];
        /**
         * Assign roles to a cluster node
         * @description Sets a node's address and roles, on the Central Management node inside a transaction (opened
         *     automatically from SPS 6.9; commit afterwards). Each node needs exactly one search role: `search-master` (one in the cluster),
         *     `search-minion` or `search-local`; add `managed-host` to have the node take its whole configuration
         *     from Central Management. `central-management` can only be set with `POST /api/cluster/promote`.
         *     The vendor sample of the body is cut after `roles` and the answer is not documented (200 assumed;
         *     vendor pages print 201 for other modifications, so it is listed too).
         */
        put: operations["updateClusterNode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cluster/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Promote this node to Central Management
         * @description Makes the node you are talking to the Central Management node of a new cluster. Send it inside a
         *     transaction (opened automatically from SPS 6.9) with an empty body, then commit. The answer is the node object with the
         *     `central-management` role; `meta.href` ends in the node's ID. Committing cluster changes can end
         *     the session: log in again if the next call answers 401. The success status is not documented (200
         *     assumed).
         */
        post: operations["promoteToCentralManagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cluster/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of every cluster node
         * @description Asked on the Central Management node, returns one item per node: its FQDN, when it was last seen,
         *     its resource usage (`health_status`, `null` when the node is down) and how its configuration
         *     synchronization stands. The fields sit directly on the items, not in a `body`. On a node that has not
         *     been promoted to Central Management the call fails; the status and error of that answer are not
         *     documented (One Identity's PowerShell client treats any failure as "not promoted").
         */
        get: operations["getClusterStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cluster/status/{node_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the node (a UUID), as `GET /api/cluster/status` and `GET /api/cluster/nodes` list it.
                 * @example 46f97a58-4028-467d-9a22-9cfe78ae3e1c
                 */
                node_id: string;
            };
            cookie?: never;
        };
        /**
         * Get the status of a cluster node
         * @description Asked on the Central Management node, returns one node's status: its FQDN, when it was last seen, its
         *     resource usage (`health_status`, `null` when the node is down) and how its configuration
         *     synchronization stands. No page documents this read, but every item of `GET /api/cluster/status`
         *     links here (`meta.href`, and `meta.self` of that list for the answering node), as do the items of
         *     `GET /api/cluster/nodes` (`meta.status`). The answer is inferred: the usual object envelope whose
         *     `body` holds the status fields of one item of `GET /api/cluster/status`. Like the list, the call
         *     presumably fails on a node that has not been promoted to Central Management.
         */
        get: operations["getClusterNodeStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the configuration folders
         * @description Lists the folders under `/api/configuration` (such as `aaa`, `local_services`, `management`,
         *     `network`, `x509`); every one of them names this path as its `meta.parent`. The set of folders
         *     depends on the SPS version (for example `starling` exists from 7.0.1.1), so do not rely on fixed
         *     sibling links.
         */
        get: operations["listConfigurationFolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the AAA settings
         * @description Lists the authentication, authorization and accounting settings of SPS users, each with a link in
         *     `meta.href`: `acls`, `local_database` and `settings` since 6.0, plus `ldap_servers` and
         *     `login_methods` in 7.x and `saml2` by 7.4.
         */
        get: operations["listAaaConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/acls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the access-control list
         * @description Returns which user groups may read or write which privilege objects. `body` is an array of entries,
         *     not an object. The list is read-only over REST; changes made in the web interface apply to a user
         *     from their next login.
         */
        get: operations["getAaaAcls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/ldap_servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the LDAP server settings
         * @description Returns the LDAP servers SPS uses for authentication, authorization and accounting (7.x). The
         *     sources document only the envelope, not the body.
         */
        get: operations["getAaaLdapServers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/local_database": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the local user database
         * @description Lists the two collections of the local user database, `users` and `groups`, each with a link in
         *     `meta.href`. The `admin` user always exists; local users cannot be managed while LDAP
         *     authentication is active, and with RADIUS only group membership is kept locally.
         */
        get: operations["listAaaLocalDatabase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/local_database/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the local usergroups
         * @description Lists the local usergroups, each with its key and a link in `meta.href`. Local groups decide
         *     what local and LDAP users may view and configure in SPS.
         */
        get: operations["listLocalGroups"];
        put?: never;
        /**
         * Create a local usergroup
         * @description Creates a usergroup with its members inside a transaction (from SPS 6.9 the first change opens
         *     one automatically; commit it afterwards) and answers with its new key. The group's privileges
         *     (ACLs) cannot be set through REST.
         */
        post: operations["createLocalGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/local_database/groups/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the local usergroup.
                 * @example ca2dc85730ca082ee6b5c8
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a local usergroup
         * @description Reads one local usergroup: its name and members.
         */
        get: operations["getLocalGroup"];
        /**
         * Change a local usergroup
         * @description Replaces the usergroup inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards); this is how memberships are edited. Privileges cannot be
         *     changed through REST; changed privileges apply from the users' next login. Treat any 2xx as
         *     success.
         */
        put: operations["updateLocalGroup"];
        post?: never;
        /**
         * Delete a local usergroup
         * @description Deletes the usergroup inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteLocalGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/local_database/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the local users
         * @description Lists the users of the local user database, each with its key and a link in `meta.href`. The
         *     built-in `admin` user always exists. While LDAP authentication is in use, local users are
         *     disabled (not deleted) and cannot be managed; with RADIUS, users authenticate against RADIUS but
         *     their group memberships are kept here.
         */
        get: operations["listLocalUsers"];
        put?: never;
        /**
         * Create a local user
         * @description Creates a local user inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key. Store the password first
         *     (`POST /api/configuration/passwords`) and send its key in `password`, in the same transaction;
         *     then add the user's name to the `members` of its groups. The user body is not documented (see
         *     `LocalUserUpdate`). A `name` another local user already has (counting the changes staged in the
         *     transaction) is refused with 400 `SemanticError`: users log in by name. How SPS refuses this while
         *     LDAP authentication is active is not documented.
         */
        post: operations["createLocalUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/local_database/users/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the local user.
                 * @example 103640099357f3b14f0529a
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a local user
         * @description Reads one local user. The password is a reference to its write-once password object; the
         *     password itself is never returned. The user body is not documented in the sources beyond that.
         */
        get: operations["getLocalUser"];
        /**
         * Change a local user
         * @description Replaces the local user inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). To change the password, store a new password object and
         *     send its key; SPS deletes the old one after the commit. Renaming the user to a `name` another
         *     local user has (counting the changes staged in the transaction) is refused with 400
         *     `SemanticError`. Treat any 2xx as success.
         */
        put: operations["updateLocalUser"];
        post?: never;
        /**
         * Delete a local user
         * @description Deletes the local user inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The built-in `admin` user cannot be deleted (how SPS
         *     refuses is not documented). The answer's body is not documented.
         */
        delete: operations["deleteLocalUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/login_methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the login method settings
         * @description Returns the configuration of multiple login methods (7.x). The sources document only the envelope,
         *     not the body.
         */
        get: operations["getAaaLoginMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/saml2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the SAML2 service-provider settings
         * @description Returns the SAML2 service-provider settings of SPS (present by 7.4). The sources document only the
         *     envelope, not the body.
         */
        get: operations["getAaaSaml2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/aaa/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the login settings
         * @description Reads the web login settings: brute-force lockout (`bruteforce_protection`), the login banner
         *     (`authentication_banner`, also shown on the console) and the idle timeout of web sessions
         *     (`webinterface_timeout`).
         */
        get: operations["getAaaSettings"];
        /**
         * Change the login settings
         * @description Replaces the login settings inside a transaction (opened automatically from SPS 6.9; commit
         *     afterwards). Send the complete object without the `key`/`body`/`meta` wrapper; SPS enforces the
         *     ranges `attempt_limit` 1–50, `lockout_minutes` 1–720 and `webinterface_timeout` 5–720. The vendor
         *     page names POST as the method; PUT is modelled here like for every other configuration singleton
         *     (see the errata).
         */
        put: operations["updateAaaSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/http/channel_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the HTTP channel policies
         * @description Lists the default and custom HTTP channel policies, each with its key and a link in `meta.href`.
         *     Built-in policies have negative numeric keys.
         */
        get: operations["listHttpChannelPolicies"];
        put?: never;
        /**
         * Create an HTTP channel policy
         * @description Creates a channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key, which connection policies
         *     then reference in `policies.channel_policy`. Send the complete policy, bare.
         */
        post: operations["createHttpChannelPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/http/channel_policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the HTTP channel policy (negative for built-in policies).
                 * @example 16524871935e4a7d3f8c21
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get an HTTP channel policy
         * @description Reads one HTTP channel policy: its name and rules. Which channel types and options HTTP rules
         *     have is not documented; they come back as SPS sends them, and a PUT should send them back. (The
         *     vendor's curl line for this call has a typo, `-https:<IP…>`; the URL is the usual `https://<IP>/api/…`.)
         */
        get: operations["getHttpChannelPolicy"];
        /**
         * Change an HTTP channel policy
         * @description Replaces the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). Send the complete object, bare. Treat any 2xx as success.
         */
        put: operations["updateHttpChannelPolicy"];
        post?: never;
        /**
         * Delete an HTTP channel policy
         * @description Deletes the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteHttpChannelPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/http/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the HTTP connection policies
         * @description Lists the HTTP connection policies, each with its key and a link in `meta.href`. Connection
         *     policies of this protocol are read-only through REST (only SSH and RDP policies can be changed),
         *     and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages say so;
         *     whether it still holds in later versions is not confirmed.
         */
        get: operations["listHttpConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/http/connections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the HTTP connection policy.
                 * @example 17734557365e4a7c2e9b1d
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get an HTTP connection policy
         * @description Reads one HTTP connection policy, reduced to the elements common to all protocols. Connection
         *     policies of this protocol are read-only through REST (only SSH and RDP policies can be changed),
         *     and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages say so;
         *     whether it still holds in later versions is not confirmed.
         */
        get: operations["getHttpConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/ica/channel_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the Citrix ICA channel policies
         * @description Lists the default and custom Citrix ICA channel policies, each with its key and a link in `meta.href`.
         *     Built-in policies have negative numeric keys.
         */
        get: operations["listIcaChannelPolicies"];
        put?: never;
        /**
         * Create a Citrix ICA channel policy
         * @description Creates a channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key, which connection policies
         *     then reference in `policies.channel_policy`. Send the complete policy, bare.
         */
        post: operations["createIcaChannelPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/ica/channel_policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Citrix ICA channel policy (negative for built-in policies).
                 * @example 19438276515e4a7d6b1e94
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a Citrix ICA channel policy
         * @description Reads one Citrix ICA channel policy: its name and rules. Which channel types and options Citrix ICA rules
         *     have is not documented; they come back as SPS sends them, and a PUT should send them back. (The
         *     vendor's curl line for this call has a typo, `-https:<IP…>`; the URL is the usual `https://<IP>/api/…`.)
         */
        get: operations["getIcaChannelPolicy"];
        /**
         * Change a Citrix ICA channel policy
         * @description Replaces the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). Send the complete object, bare. Treat any 2xx as success.
         */
        put: operations["updateIcaChannelPolicy"];
        post?: never;
        /**
         * Delete a Citrix ICA channel policy
         * @description Deletes the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteIcaChannelPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/ica/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the Citrix ICA connection policies
         * @description Lists the Citrix ICA connection policies, each with its key and a link in `meta.href`.
         *     Connection policies of this protocol are read-only through REST (only SSH and RDP policies can
         *     be changed), and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages
         *     say so; whether it still holds in later versions is not confirmed.
         */
        get: operations["listIcaConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/ica/connections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Citrix ICA connection policy.
                 * @example 4418732905e4a7c31aa0c2
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a Citrix ICA connection policy
         * @description Reads one Citrix ICA connection policy, reduced to the elements common to all protocols.
         *     Connection policies of this protocol are read-only through REST (only SSH and RDP policies can
         *     be changed), and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages
         *     say so; whether it still holds in later versions is not confirmed.
         */
        get: operations["getIcaConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/local_services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the local services
         * @description Lists the services that SPS itself offers, each with a link in `meta.href`. In the 7.0 LTS era they
         *     are `admin_web`, `analytics`, `cluster`, `indexer`, `postgresql`, `snmp_agent`, `ssh` and
         *     `user_web`; the set varies by version.
         */
        get: operations["listLocalServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/local_services/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the cluster interface settings
         * @description Reads whether this node's cluster interface is enabled and on which NIC address it listens (a
         *     reference to the address of a network interface). Every node of a cluster needs it enabled.
         */
        get: operations["getLocalClusterService"];
        /**
         * Change the cluster interface settings
         * @description Enables (or disables) the cluster interface inside a transaction (opened automatically from SPS 6.9;
         *     commit afterwards); do it on every
         *     node before promoting or joining. Send both fields without the `key`/`body`/`meta` wrapper, with
         *     `listen_address` as the key of the NIC address or the reference a GET returns. The answer
         *     is not documented; vendor pages print 201 for modifications, so 200 and 201 are both listed.
         */
        put: operations["updateLocalClusterService"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/local_services/ssh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the SSH access settings of SPS
         * @description Reads the settings of the SSH server of the SPS host itself, which is meant for troubleshooting with
         *     One Identity Support only and is switched off by the Welcome Wizard. Listener addresses come back as
         *     references to NIC addresses. `public_keys` entries have one of three shapes depending on the version.
         */
        get: operations["getLocalSshService"];
        /**
         * Change the SSH access settings of SPS
         * @description Replaces the SSH service settings inside a transaction (opened automatically from SPS 6.9; commit
         *     afterwards). Send the complete object without the `key`/`body`/`meta` wrapper, and write each
         *     `listen[].address` as the key string of the NIC address, not the reference object a GET returns.
         *     Disable the service again when troubleshooting is over. The vendor page has no modification
         *     section; the call follows the pattern of every other configuration singleton.
         */
        put: operations["updateLocalSshService"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/management": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the appliance management settings
         * @description Lists the management settings of SPS, each with a link in `meta.href`. SPS 6.0 has `certificates`,
         *     `disk_fillup_prevention`, `email`, `health_monitoring`, `snmp`, `soap`, `syslog` and `webinterface`;
         *     later versions add `exported_configuration_encryption`, `license`, `root_password`,
         *     `splunk_forwarder`, `support_info`, `web_gateway_authentication` (7.0.5.1 LTS) and `accounting`
         *     (8.0).
         */
        get: operations["listManagementSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/management/soap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the RPC API settings
         * @description Tells whether the SOAP RPC API of SPS is on. The RPC API is a separate SOAP-over-HTTPS interface
         *     (WSDL at `https://<sps>/rpc.php/<version>?wsdl`); its users need the `Access RPC API` privilege.
         */
        get: operations["getSoapSettings"];
        /**
         * Turn the RPC API on or off
         * @description Replaces the RPC API settings inside a transaction (opened automatically from SPS 6.9; commit
         *     afterwards). Send the bare object without the `key`/`body`/`meta` wrapper. The vendor page prints
         *     `201 Created` for this call; treat any 2xx as success.
         */
        put: operations["updateSoapSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/mssql/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the MSSQL connection policies
         * @description Lists the MSSQL connection policies, each with its key and a link in `meta.href`. Connection
         *     policies of this protocol are read-only through REST (only SSH and RDP policies can be changed),
         *     and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages say so;
         *     whether it still holds in later versions is not confirmed.
         */
        get: operations["listMssqlConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/mssql/connections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the MSSQL connection policy.
                 * @example 9623451275e4a7c3f0b7d4
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get an MSSQL connection policy
         * @description Reads one MSSQL connection policy, reduced to the elements common to all protocols. Connection
         *     policies of this protocol are read-only through REST (only SSH and RDP policies can be changed),
         *     and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages say so;
         *     whether it still holds in later versions is not confirmed.
         */
        get: operations["getMssqlConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the network settings
         * @description Lists the network configuration nodes of SPS: `dns`, `ip_forwarding_rule_pairs`, `naming`, `nics`
         *     and `routing`, each with a link in `meta.href`. Changes to them are staged in a transaction.
         */
        get: operations["listNetworkConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/network/dns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the DNS servers
         * @description Reads the primary and secondary name servers SPS uses. `secondary` is `null` when only one server
         *     is set.
         */
        get: operations["getDnsSettings"];
        /**
         * Change the DNS servers
         * @description Replaces the DNS settings inside a transaction (opened automatically from SPS 6.9, before that open
         *     one first; commit afterwards). Send the complete object with both fields, without the
         *     `key`/`body`/`meta` wrapper. The vendor page prints
         *     `201 Created` for this call; treat any 2xx as success.
         */
        put: operations["updateDnsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/network/ip_forwarding_rule_pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the IP forwarding rules
         * @description Reads the rules that forward traffic between the network interfaces of SPS. The body is not
         *     documented in the available sources, so it is left open. Modification follows the singleton pattern
         *     (PUT of the bare object inside a transaction) but its body is not documented, so it is not described
         *     here.
         */
        get: operations["getNetworkIpForwardingRulePairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/network/naming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the host name settings
         * @description Reads the host name, DNS search domain and appliance nickname of SPS (`GET /api/info` shows the same
         *     values as `hostname`, `domainname` and `nickname`). The body's fields are not documented in the
         *     available sources, so it is left open. Modification follows the singleton pattern (PUT of the bare
         *     object inside a transaction) but its body is not documented, so it is not described here.
         */
        get: operations["getNetworkNaming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/network/nics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the network interfaces
         * @description Lists the three physical network interfaces of SPS, `nic1`, `nic2` and `nic3`, each with a link to
         *     `/api/configuration/network/nics/{nic}`.
         */
        get: operations["listNetworkNics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/network/nics/{nic}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The physical interface. */
                nic: "nic1" | "nic2" | "nic3";
            };
            cookie?: never;
        };
        /**
         * Get a network interface
         * @description Reads one physical interface: its OS name, link speed and logical interfaces (VLANs) with their
         *     addresses. Interfaces and addresses are ordered maps (`@order` plus one entry per ID). Services that
         *     listen on an address point at it with the dotted key `<nic>.interfaces.<id>.addresses.<n>`.
         *     Modification follows the singleton pattern (PUT of the bare object inside a transaction) but is not
         *     described here.
         */
        get: operations["getNetworkNic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/network/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the routing table
         * @description Reads the routing table of SPS, which sets the gateway for each configured subnet. The body is not
         *     documented in the available sources, so it is left open. Modification follows the singleton pattern
         *     (PUT of the bare object inside a transaction) but its body is not documented, so it is not described
         *     here.
         */
        get: operations["getNetworkRouting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/passwords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a password
         * @description Stores a password as a write-once object and returns its reference ID in `key`; put that ID
         *     where the configuration needs the password, such as a local user's `password` (each password
         *     object can be referenced from one place only). The change is staged in a transaction (opened
         *     automatically from SPS 6.9). Stored passwords cannot be listed, read back, changed or deleted:
         *     `GET` on this collection and `PUT`/`DELETE` on a password answer 405 `MethodNotAllowed`. To
         *     change a password, store a new one and point the referring object at it; SPS deletes the old one
         *     after the commit.
         */
        post: operations["createPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/passwords/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Reference ID of the password object, as returned when it was stored.
                 * @example 8526419625e4a7e1f03c9b
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a stored password object
         * @description Reads a stored password object by its reference ID. The password is never returned, and what the
         *     `body` shows is not documented. Password objects are write-once: `PUT` and `DELETE` here answer
         *     405 `MethodNotAllowed`.
         */
        get: operations["getPassword"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the policy collections
         * @description Lists the policies that other configuration objects refer to, each collection with a link in
         *     `meta.href`: `audit_policies`, `indexing` (referenced by connection policies), `time_policies`
         *     (referenced by channel-policy rules), `userlists` and `usermapping_policies`.
         */
        get: operations["listPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/policies/audit_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audit policies
         * @description Lists the audit policies, each with its key and a link in `meta.href`. The default policy's key
         *     is `78101850949e47437dd91d`.
         */
        get: operations["listAuditPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/policies/audit_policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the audit policy.
                 * @example 78101850949e47437dd91d
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get an audit policy
         * @description Reads one audit policy: whether the audit trails of the connections using it are encrypted,
         *     signed and timestamped, and by which timestamping server.
         */
        get: operations["getAuditPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/policies/time_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the time policies
         * @description Lists the time policies, each with its key and a link in `meta.href`. Built-in policies have
         *     negative numeric keys (such as `-100`).
         */
        get: operations["listTimePolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/policies/time_policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time policy (negative for built-in policies).
                 * @example -100
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a time policy
         * @description Reads one time policy: its name and, for each weekday, the `[start, end]` intervals in which it
         *     allows access. Channel-policy rules refer to time policies.
         */
        get: operations["getTimePolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/policies/usermapping_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the usermapping policies
         * @description Lists the usermapping policies, each with its key and a link in `meta.href`. A usermapping
         *     policy decides which local or LDAP usergroups may use which user names on the servers (for
         *     example, only administrators may log in as `root`), for SSH, RDP, Telnet and Citrix ICA
         *     connections.
         */
        get: operations["listUsermappingPolicies"];
        put?: never;
        /**
         * Create a usermapping policy
         * @description Creates a usermapping policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key. The policy's fields are not
         *     documented, so the body is not checked beyond being an object.
         */
        post: operations["createUsermappingPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/policies/usermapping_policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the usermapping policy.
                 * @example 11581153055704544883f77
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a usermapping policy
         * @description Reads one usermapping policy. Its fields are not documented in the sources. (The vendor's curl
         *     example lacks the `/` before the ID.)
         */
        get: operations["getUsermappingPolicy"];
        /**
         * Change a usermapping policy
         * @description Replaces the usermapping policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards); send back what you read, changed. Treat any 2xx as
         *     success.
         */
        put: operations["updateUsermappingPolicy"];
        post?: never;
        /**
         * Delete a usermapping policy
         * @description Deletes the usermapping policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteUsermappingPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/private_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a private key
         * @description Stores a private key as a write-once object and returns its reference ID in `key`; use that ID
         *     wherever the configuration needs the key (each key object can be referenced from one place only).
         *     The request body is a bare JSON string holding the PEM text (PKCS#1 or PKCS#8, unencrypted, line
         *     breaks written as `\n`), not an object. The change is staged in a transaction (opened automatically
         *     from SPS 6.9). Stored keys cannot be listed, changed or deleted: `GET` on this collection and
         *     `PUT`/`DELETE` on a key answer 405 `MethodNotAllowed`. To replace a key, store a new one and point
         *     the referring object at it; SPS deletes the old one after the commit.
         */
        post: operations["createPrivateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/private_keys/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Reference ID of the private key, as returned when it was stored. */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a stored private key
         * @description Shows the type of a stored private key and the fingerprint of its public key (the key material is
         *     not part of the response). Keys are write-once: `PUT` and `DELETE` here answer 405
         *     `MethodNotAllowed`.
         */
        get: operations["getPrivateKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/rdp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the RDP configuration
         * @description Lists the RDP configuration of SPS, each child with its key and a link in `meta.href`:
         *     `channel_policies`, `connections` (connection policies), `domain_membership` (the domain
         *     membership CredSSP/NLA needs), `options` (global RDP options) and `settings_policies`
         *     (protocol-level settings chosen per connection policy).
         */
        get: operations["listRdpConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/rdp/channel_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the RDP channel policies
         * @description Lists the default and custom RDP channel policies, each with its key and a link in `meta.href`.
         *     Built-in policies have negative numeric keys.
         */
        get: operations["listRdpChannelPolicies"];
        put?: never;
        /**
         * Create an RDP channel policy
         * @description Creates a channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key, which connection policies
         *     then reference in `policies.channel_policy`. Send the complete policy, bare.
         */
        post: operations["createRdpChannelPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/rdp/channel_policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the RDP channel policy (negative for built-in policies).
                 * @example 1489362755e4a7d0b2c6a3
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get an RDP channel policy
         * @description Reads one RDP channel policy: its name and rules. (The vendor's curl line for this call has a
         *     typo, `-https:<IP…>`; the URL is the usual `https://<IP>/api/…`.)
         */
        get: operations["getRdpChannelPolicy"];
        /**
         * Change an RDP channel policy
         * @description Replaces the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). Send the complete object, bare. Treat any 2xx as success.
         */
        put: operations["updateRdpChannelPolicy"];
        post?: never;
        /**
         * Delete an RDP channel policy
         * @description Deletes the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteRdpChannelPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/rdp/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the RDP connection policies
         * @description Lists the RDP connection policies, each with its key and a link in `meta.href` (the policies'
         *     bodies are not included). The vendor pages write this URL with a trailing slash.
         */
        get: operations["listRdpConnections"];
        put?: never;
        /**
         * Create an RDP connection policy
         * @description Creates a connection policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key. Send the complete policy,
         *     bare, with references to other objects as key strings (for example `policies.channel_policy`,
         *     the key of an RDP channel policy). The vendor's create section was not reached; the call follows
         *     SPS's general rules for collections.
         */
        post: operations["createRdpConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/rdp/connections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the RDP connection policy.
                 * @example 12932832285a830b4d2f5d7
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get an RDP connection policy
         * @description Reads one RDP connection policy. References to other objects are objects with `key` and
         *     `meta.href`; the policy can be sent back as read, or with them collapsed to their keys.
         */
        get: operations["getRdpConnection"];
        /**
         * Change an RDP connection policy
         * @description Replaces the connection policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). Send the complete object, bare, with references as key
         *     strings or as read: the `body` of a GET can be sent back with one field changed (SPS uses the
         *     references' keys). Treat any 2xx as success.
         */
        put: operations["updateRdpConnection"];
        post?: never;
        /**
         * Delete an RDP connection policy
         * @description Deletes the connection policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteRdpConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/reporting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the reporting configuration
         * @description Lists the parts of the reporting configuration: `content_subchapters` (subchapters built from the
         *     content of audit trails: keyword statistics, screenshots), `predefined_reports` (the compliance
         *     report, PCI DSS v3.0), `reports` and `statistics_subchapters`. From SPS 7.4 the list starts with
         *     `_available_search_fields` and `_available_subchapters`, the only place the server names the fields
         *     valid in session search queries. `custom_subchapters` (subchapters from custom SQL queries, the
         *     "Advanced statistics") exists up to 6.x: SPS 7.0 deprecated it and removes it on upgrade.
         */
        get: operations["listReportingConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/ssh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the SSH configuration
         * @description Lists the SSH configuration of SPS, each child with its key and a link in `meta.href`:
         *     `authentication_policies` (default and custom authentication policies), `channel_policies`,
         *     `connections` (connection policies), `options` (global SSH options) and `settings_policies`
         *     (protocol-level settings such as algorithms, banners and timeouts, chosen per connection
         *     policy).
         */
        get: operations["listSshConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/ssh/channel_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the SSH channel policies
         * @description Lists the default and custom SSH channel policies, each with its key and a link in `meta.href`.
         *     Built-in policies have negative numeric keys.
         */
        get: operations["listSshChannelPolicies"];
        put?: never;
        /**
         * Create an SSH channel policy
         * @description Creates a channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key, which connection policies
         *     then reference in `policies.channel_policy`. Send the complete policy, bare.
         */
        post: operations["createSshChannelPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/ssh/channel_policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the SSH channel policy (negative for built-in policies).
                 * @example 180145353565c9b8e42a1f
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get an SSH channel policy
         * @description Reads one SSH channel policy: its name and rules. (The vendor's curl line for this call has a
         *     typo, `-https:<IP…>`; the URL is the usual `https://<IP>/api/…`.)
         */
        get: operations["getSshChannelPolicy"];
        /**
         * Change an SSH channel policy
         * @description Replaces the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). Send the complete object, bare. Treat any 2xx as success.
         */
        put: operations["updateSshChannelPolicy"];
        post?: never;
        /**
         * Delete an SSH channel policy
         * @description Deletes the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteSshChannelPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/ssh/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the SSH connection policies
         * @description Lists the SSH connection policies, each with its key and a link in `meta.href` (the policies'
         *     bodies are not included). The vendor pages write this URL with a trailing slash.
         */
        get: operations["listSshConnections"];
        put?: never;
        /**
         * Create an SSH connection policy
         * @description Creates a connection policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key. Send the complete policy,
         *     bare, with references to other objects as key strings (for example `policies.channel_policy`,
         *     the key of an SSH channel policy). The vendor's create section was not reached; the call follows
         *     SPS's general rules for collections.
         */
        post: operations["createSshConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/ssh/connections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the SSH connection policy.
                 * @example 8348340645707e2575e3c6
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get an SSH connection policy
         * @description Reads one SSH connection policy. References to other objects are objects with `key` and
         *     `meta.href`; the policy can be sent back as read, or with them collapsed to their keys.
         */
        get: operations["getSshConnection"];
        /**
         * Change an SSH connection policy
         * @description Replaces the connection policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). Send the complete object, bare, with references as key
         *     strings or as read: the `body` of a GET can be sent back with one field changed (SPS uses the
         *     references' keys). Treat any 2xx as success.
         */
        put: operations["updateSshConnection"];
        post?: never;
        /**
         * Delete an SSH connection policy
         * @description Deletes the connection policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteSshConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/starling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Starling settings
         * @description Reads the Starling join data (`join_info`, `null` when SPS is not joined) and the Safeguard Remote
         *     Access switch (`remote_access.enabled`).
         */
        get: operations["getStarlingConfiguration"];
        /**
         * Turn Safeguard Remote Access on or off
         * @description Replaces the Starling settings inside a transaction (opened automatically from SPS 6.9; commit
         *     afterwards); in practice this flips `remote_access.enabled`.
         *     Send the object as read, bare (no `key`/`body`/`meta` wrapper); `join_info` is read-only and joining
         *     or leaving is done with `/api/starling/join`. Remote Access can be enabled only while SPS is joined.
         *     Modifications may be answered with `201 Created`, as on other configuration pages; treat any 2xx as
         *     success.
         */
        put: operations["updateStarlingConfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/telnet/channel_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the Telnet channel policies
         * @description Lists the default and custom Telnet channel policies, each with its key and a link in `meta.href`.
         *     Built-in policies have negative numeric keys.
         */
        get: operations["listTelnetChannelPolicies"];
        put?: never;
        /**
         * Create a Telnet channel policy
         * @description Creates a channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key, which connection policies
         *     then reference in `policies.channel_policy`. Send the complete policy, bare.
         */
        post: operations["createTelnetChannelPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/telnet/channel_policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Telnet channel policy (negative for built-in policies).
                 * @example 11837465295e4a7d8d2f57
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a Telnet channel policy
         * @description Reads one Telnet channel policy: its name and rules. Which channel types and options Telnet rules
         *     have is not documented; they come back as SPS sends them, and a PUT should send them back. (The
         *     vendor's curl line for this call has a typo, `-https:<IP…>`; the URL is the usual `https://<IP>/api/…`.)
         */
        get: operations["getTelnetChannelPolicy"];
        /**
         * Change a Telnet channel policy
         * @description Replaces the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). Send the complete object, bare. Treat any 2xx as success.
         */
        put: operations["updateTelnetChannelPolicy"];
        post?: never;
        /**
         * Delete a Telnet channel policy
         * @description Deletes the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteTelnetChannelPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/telnet/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the Telnet connection policies
         * @description Lists the Telnet connection policies, each with its key and a link in `meta.href`. Connection
         *     policies of this protocol are read-only through REST (only SSH and RDP policies can be changed),
         *     and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages say so;
         *     whether it still holds in later versions is not confirmed.
         */
        get: operations["listTelnetConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/telnet/connections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Telnet connection policy.
                 * @example 2054491495e4a7c4c1d2f8
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a Telnet connection policy
         * @description Reads one Telnet connection policy, reduced to the elements common to all protocols. Connection
         *     policies of this protocol are read-only through REST (only SSH and RDP policies can be changed),
         *     and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages say so;
         *     whether it still holds in later versions is not confirmed.
         */
        get: operations["getTelnetConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/vnc/channel_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the VNC channel policies
         * @description Lists the default and custom VNC channel policies, each with its key and a link in `meta.href`.
         *     Built-in policies have negative numeric keys.
         */
        get: operations["listVncChannelPolicies"];
        put?: never;
        /**
         * Create a VNC channel policy
         * @description Creates a channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards) and answers with its new key, which connection policies
         *     then reference in `policies.channel_policy`. Send the complete policy, bare.
         */
        post: operations["createVncChannelPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/vnc/channel_policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the VNC channel policy (negative for built-in policies).
                 * @example 14726395815e4a7d9a6c38
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a VNC channel policy
         * @description Reads one VNC channel policy: its name and rules. Which channel types and options VNC rules
         *     have is not documented; they come back as SPS sends them, and a PUT should send them back. (The
         *     vendor's curl line for this call has a typo, `-https:<IP…>`; the URL is the usual `https://<IP>/api/…`.)
         */
        get: operations["getVncChannelPolicy"];
        /**
         * Change a VNC channel policy
         * @description Replaces the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). Send the complete object, bare. Treat any 2xx as success.
         */
        put: operations["updateVncChannelPolicy"];
        post?: never;
        /**
         * Delete a VNC channel policy
         * @description Deletes the channel policy inside a transaction (from SPS 6.9 the first change opens one
         *     automatically; commit it afterwards). The answer's body is not documented.
         */
        delete: operations["deleteVncChannelPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/vnc/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the VNC connection policies
         * @description Lists the VNC connection policies, each with its key and a link in `meta.href`. Connection
         *     policies of this protocol are read-only through REST (only SSH and RDP policies can be changed),
         *     and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages say so;
         *     whether it still holds in later versions is not confirmed.
         */
        get: operations["listVncConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/vnc/connections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the VNC connection policy.
                 * @example 6381270445e4a7c5a93e06
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a VNC connection policy
         * @description Reads one VNC connection policy, reduced to the elements common to all protocols. Connection
         *     policies of this protocol are read-only through REST (only SSH and RDP policies can be changed),
         *     and SPS returns only the elements common to all protocols. The SPS 7.0.x LTS pages say so;
         *     whether it still holds in later versions is not confirmed.
         */
        get: operations["getVncConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/x509": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a certificate
         * @description Stores an X.509 certificate with its private key and issuer chain as a write-once object and returns
         *     its reference ID in `key`; use that ID wherever the configuration needs a certificate (each object can
         *     be referenced from one place only). SPS refuses invalid certificates and chains, and encrypted keys.
         *     The change is staged in a transaction (opened automatically from SPS 6.9). Stored certificates cannot
         *     be listed, changed or deleted: `GET` on this collection and `PUT`/`DELETE` on a certificate answer 405
         *     `MethodNotAllowed`. To replace one, store a new one and point the referring object at it; SPS deletes
         *     the old one after the commit.
         */
        post: operations["createX509Certificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configuration/x509/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Reference ID of the certificate, as returned when it was stored. */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a stored certificate
         * @description Shows the subject and fingerprint of a stored certificate (its private key is not part of the
         *     response). Certificates are write-once: `PUT` and `DELETE` here answer 405 `MethodNotAllowed`.
         */
        get: operations["getX509Certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/firmware": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the firmware endpoints
         * @description Lists the firmware actions: `fetch` (download an image from a URL), `slots` (the stored images),
         *     `test` (pre-upgrade check) and `upgrade`. `meta` links to each of them too. Uploading an image is
         *     not under this node: use `POST /api/upload/firmware`.
         */
        get: operations["listFirmwareEndpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/firmware/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List firmware download jobs
         * @description Returns every download job with its state in `body`: progress in bytes, the current step (`info`),
         *     `status`, and, once finished, the slot that received the image. Jobs are never cleaned up
         *     automatically; delete finished, failed and canceled ones with `DELETE /api/firmware/fetch/{key}`.
         */
        get: operations["listFirmwareFetchJobs"];
        put?: never;
        /**
         * Download firmware from a URL
         * @description Queues a download of a firmware ISO image from `url` instead of uploading it, which also lets you
         *     feed many appliances at once. SPS answers 202 at once with the job key; poll
         *     `GET /api/firmware/fetch/{key}` until `status` is `finished` (the image is then installed in the slot
         *     named by `slot_id`) or `failed`. SPS does not validate HTTPS server certificates here, so
         *     `checksum.sha256` is mandatory. Once the download and the checksum verification are done, the
         *     installation can no longer be canceled. Error statuses are not documented.
         */
        post: operations["startFirmwareFetch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/firmware/fetch/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the download job, as returned when the download was started. */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a firmware download job
         * @description Returns the state of one download job. When `status` is `finished`, `body.slot_id` and `meta.slot`
         *     name the slot the image was installed into; they are not updated if that slot changes later.
         */
        get: operations["getFirmwareFetchJob"];
        put?: never;
        post?: never;
        /**
         * Cancel or remove a firmware download job
         * @description On a `queued` or `in-progress` job, cancels the download and removes any partial file; the job
         *     stays in the list as `canceled`. On a `finished`, `failed` or `canceled` job, removes its status
         *     entry — so canceling and cleaning up takes two DELETEs. An installation that has passed the
         *     checksum verification cannot be canceled. The answer's status and body are not documented (200
         *     assumed).
         */
        delete: operations["deleteFirmwareFetchJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/firmware/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List firmware slots
         * @description Lists the slots that hold firmware images, with each slot's version and flags in `body` (`{}` for
         *     an empty slot). Use it to find the slot ID to test or upgrade to, and the running slot.
         */
        get: operations["listFirmwareSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/firmware/slots/{slot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The slot ID, a number starting at 1 (the slot's `key`).
                 * @example 1
                 */
                slot_id: string;
            };
            cookie?: never;
        };
        /**
         * Get a firmware slot
         * @description Returns one slot; `body` is `{}` when the slot is empty.
         */
        get: operations["getFirmwareSlot"];
        put?: never;
        post?: never;
        /**
         * Delete a firmware slot
         * @description Deletes the image stored in a slot. SPS refuses to delete the running slot and the slot selected
         *     for the next reboot (the error returned is not documented). The answer's status and body are not
         *     documented (200 assumed).
         */
        delete: operations["deleteFirmwareSlot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/firmware/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test a firmware image before upgrading
         * @description Runs the upgrade pre-checks against the image in `slot_id` without upgrading: version and
         *     upgrade-path compatibility, free storage, configuration compatibility, and manually modified
         *     (tainted) firmware files. A pass answers the report in `body.test_summary`; a failed check answers
         *     `FirmwareTestFailed` with the report in `error.details`. The page prints no status codes: 200 for
         *     a pass is assumed, and the statuses of the three errors are inferred (see each response).
         */
        post: operations["testFirmware"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/firmware/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upgrade to the firmware in a slot
         * @description Runs the same pre-checks as `POST /api/firmware/test` on the image in `slot_id` and, if they pass,
         *     upgrades to it; the appliance then restarts into the new firmware, so expect the session to end
         *     and poll `GET /api/info` until `firmware_version` changes. When the accounting option
         *     `require_commitlog` is on, `message` is mandatory (the `message` field from SPS 7.1.1; the operation
         *     itself is linked from SPS 7.0.4 LTS answers, see ERRATA). The same three errors as the test apply; no status codes are documented (200 assumed for success).
         */
        post: operations["upgradeFirmware"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the health of the appliance
         * @description Resource usage (CPU, memory, disk, swap, load), firmware integrity, the state of the indexers, the
         *     processing queues and the RAID array, and the number of active sessions per protocol. The answer
         *     wraps it all in a top-level `health_status` object rather than `body`. For the nodes of a cluster,
         *     `GET /api/cluster/status` on Central Management has a smaller set of the same figures (where the
         *     session total is called `total_sessions`, not `sessions_total`). Documented from SPS 7.2; not seen in
         *     6.x.
         */
        get: operations["getHealthStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get appliance and firmware information
         * @description Host name, firmware version and related facts about the appliance. Partly anonymous: without a
         *     session (the empty security requirement) SPS answers with a reduced field set — `domainname`,
         *     `hostname`, `nickname`, `support_link` and `plugin_sdk_version`; with a valid `session_id` cookie the
         *     body also carries `firmware_version`, `version`, `build_date`, `config_hash`, `analytics_enabled` and
         *     `roles`, and `meta` carries `remaining_seconds`. After a firmware upgrade, clients poll this call
         *     until `firmware_version` shows the new version.
         */
        get: operations["getApplianceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrated_products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the integrated products
         * @description Lists the One Identity products SPS can be integrated with (Starling services such as Defender,
         *     Connect, Governance and RemoteAccess, or Safeguard for Privileged Passwords when SPS is linked to
         *     SPP), with their URL and whether they are integrated. The answer is a bare `items` array without
         *     `key` or `meta`; it is empty when nothing is integrated. When SPS is joined to Starling but Starling
         *     is unreachable, or the stored Starling credentials are no longer valid (for example after restoring
         *     an older joined state), SPS reports a warning; how that warning appears in the response is not
         *     documented.
         */
        get: operations["listIntegratedProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the state of the Welcome Wizard
         * @description Anonymous. Tells whether the appliance's Welcome Wizard (the initial configuration) has been
         *     completed: `status` is `uninitialized` until then, `completed` afterwards, and `booting` while the
         *     submitted settings are being applied. After `POST /api/setup` the appliance may move to its new
         *     address; One Identity's PowerShell client polls this call there every ~2 seconds (for up to 10
         *     minutes) until it reports `completed` or `booting`. The answer has no `key`/`body` envelope, and
         *     `meta.eula` links the license agreement.
         */
        get: operations["getSetupStatus"];
        put?: never;
        /**
         * Complete the Welcome Wizard
         * @description Anonymous. Submits the initial configuration of a new appliance: the license agreement, the license,
         *     networking and the other Welcome Wizard settings. It works only while `GET /api/setup` reports
         *     `uninitialized`, and fails if any other client is connected to the REST API or the web interface.
         *     SPS answers `303` with an empty body; the appliance then applies the settings and may move to its new
         *     address — poll `GET /api/setup` there until it reports `completed`. The vendor curl example posts to
         *     `/api/setup/` (trailing slash). Available from SPS 5 F4.
         */
        post: operations["completeSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/starling/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Starling join parameters
         * @description Returns `product_instance` and `product_tims`, the identifiers needed to start the Starling join
         *     flow in a browser (`https://account.cloud.oneidentity.com/join/Safeguard/<product_instance>/<product_tims>`
         *     for production) and to send the join request afterwards. Known from One Identity's PowerShell client.
         */
        get: operations["getStarlingJoinParameters"];
        put?: never;
        /**
         * Join One Identity Starling
         * @description Joins SPS to One Identity Starling with the credentials the browser join flow produced. Check
         *     `GET /api/starling/join/status` first; SPS must reach `account.cloud.oneidentity.com`,
         *     `sts.cloud.oneidentity.com`, `accountsupervisor.cloud.oneidentity.com` and
         *     `oneidentitycloud.statuspage.io`. In a cluster, join from the Central Management node. The response
         *     body and status code are not documented (200 is assumed here; accept any 2xx).
         */
        post: operations["joinStarling"];
        /**
         * Leave One Identity Starling
         * @description Removes the Starling join. SPS refuses it while Safeguard Remote Access is enabled: turn
         *     `remote_access.enabled` off in `/api/configuration/starling` first. The response body, the status code
         *     and the error returned on refusal are not documented (200 is assumed here; accept any 2xx).
         */
        delete: operations["unjoinStarling"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/starling/join/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check readiness for a Starling join
         * @description Tells whether SPS can join or leave One Identity Starling now: Internet access to the Starling
         *     status page, proxy configuration, and the status of every Starling service (only
         *     `One Identity Starling` matters for joining). `verdict` sums it up. The fields sit at the top level
         *     next to `meta`; `meta.href` reads `/api/starling/status` although the call is made on
         *     `/api/starling/join/status`.
         */
        get: operations["getStarlingJoinStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         *     pending changes. Older SPS versions wrap the state in `transaction`, newer ones in `body`, which also
         *     says whether a commit needs a message (`commit_message`).
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
    "/api/transaction/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the changes staged in the transaction
         * @description The change log of the caller's open transaction, linked from `meta.changes` of
         *     `GET /api/transaction`: one entry per created, deleted, replaced or reordered object. Review it
         *     before committing with `PUT /api/transaction`. The list is empty when nothing is staged.
         */
        get: operations["listTransactionChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/troubleshooting/support-bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the support-bundle jobs
         * @description Returns the support-bundle jobs with their state. An appliance keeps one bundle at a time and deletes
         *     it automatically 24 hours after it was made. The answer's shape is not documented; it is modelled as
         *     a listing like the firmware download jobs.
         */
        get: operations["listSupportBundles"];
        put?: never;
        /**
         * Start making a support bundle
         * @description Starts a job that collects the system information One Identity Support asks for (what *Basic
         *     Settings > Troubleshooting* offers in the web interface) and answers at once with the job's `key`.
         *     Send no body. Then poll `GET /api/troubleshooting/support-bundle/{key}` until `body.status` is
         *     `finished` (One Identity's PowerShell client polls every 10 seconds for up to 10 minutes), download
         *     the archive from `…/{key}/download` and remove it with `DELETE …/{key}`. The appliance keeps one
         *     bundle at a time and deletes it after 24 hours. What a second POST answers while a job is running is
         *     not documented. The success status is not documented either: 201 and 202 are both listed, so accept
         *     any 2xx.
         */
        post: operations["startSupportBundle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/troubleshooting/support-bundle/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the support-bundle job, as returned when it was started (its format is not documented).
                 * @example 0a5a1f1e-6d8c-4b5e-9f57-2f4c1d3e8b90
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Get a support-bundle job
         * @description Returns the state of one support-bundle job. Once `body.status` is `finished`, download the archive
         *     from `…/{key}/download`. The values `status` takes before that are not documented.
         */
        get: operations["getSupportBundle"];
        put?: never;
        post?: never;
        /**
         * Remove a support bundle
         * @description Removes the support bundle and its job; otherwise SPS deletes it 24 hours after it was made. The
         *     vendor page also mentions cancelling a job that is still running (the passage is cut), presumably
         *     with this call. The answer is not documented (200 assumed).
         */
        delete: operations["deleteSupportBundle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/troubleshooting/support-bundle/{key}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the support-bundle job, as returned when it was started (its format is not documented).
                 * @example 0a5a1f1e-6d8c-4b5e-9f57-2f4c1d3e8b90
                 */
                key: string;
            };
            cookie?: never;
        };
        /**
         * Download a support bundle
         * @description Returns the finished support bundle, a gzip-compressed tar archive (`.tar.gz`), as raw bytes; stream
         *     it to a file and hand it to One Identity Support. The media type SPS sends is not documented;
         *     `application/octet-stream` is assumed, as for the other binary downloads of the API. Errors come as
         *     the usual JSON error envelope.
         */
        get: operations["downloadSupportBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/upload/firmware": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a firmware image
         * @description Uploads a firmware ISO image into a free slot and answers that slot; then test and upgrade it with
         *     its slot ID. The documented encoding is `multipart/form-data` with the file in a part named
         *     `firmware`; official clients instead send the ISO as the raw body (`application/x-iso9660-image`
         *     or `application/octet-stream`). The path is `/api/upload/firmware`, not under `/api/firmware`.
         *     Uploads are large: log in again right before starting so the session does not expire midway. To
         *     fetch an image from a URL instead, use `POST /api/firmware/fetch`.
         */
        post: operations["uploadFirmware"];
        delete?: never;
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
            /** @description Path of the first sibling under the same parent (`null` on snapshot search pages). */
            first?: string | null;
            /** @description Path of the last sibling under the same parent (`null` on snapshot search pages). */
            last?: string | null;
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
            /** @description The firmware slot that is running now (a path or a slot ID: the sources do not say). */
            current_slot?: string;
            /** @description The firmware slot that boots next (a path or a slot ID: the sources do not say). */
            slot_after_reboot?: string;
            /** @description How many firmware slots are empty. */
            number_of_empty_slots?: number;
            /** @description Fields requested in a search. */
            fields?: string[];
            /** @description Page size of a search. */
            limit?: number;
            /** @description Total number of search hits. */
            match_count?: number;
            /**
             * @description Cursor of an advanced (snapshot) search: the `search_after` the page was asked with (its format
             *     is not documented).
             */
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
         * Listing
         * @description A node whose children are listed in `items`, each with its `key` and a link in `meta.href` (some
         *     collections include each member's `body`). Listings narrow `items` with `allOf` where the members'
         *     content is known. Extra top-level fields are allowed.
         */
        Listing: {
            /** @description The children of this node. */
            items: components["schemas"]["ListingItem"][];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * ErrorObject
         * @description What went wrong; the `error` member of the error envelope.
         */
        ErrorObject: {
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
        /**
         * Error
         * @description The envelope of every error answer, whatever its `error.type`. Each documented type has its own
         *     schema that pins `error.type` with `const` and narrows `details` (`allOf: [Error, …]`, named
         *     `<type>Error`, e.g. `UnauthenticatedError`, `ResourceNotFoundError`); responses list those and this
         *     open envelope, because SPS versions add types.
         */
        Error: {
            error: components["schemas"]["ErrorObject"];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * UnauthenticatedError
         * @description No valid session (`Unauthenticated`, 401): the `session_id` cookie is missing, expired after
         *     20 idle minutes, or unknown (for example after clock skew).
         */
        UnauthenticatedError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "Unauthenticated";
            };
        };
        /**
         * AuthenticationFailureError
         * @description The login credentials were rejected (`AuthenticationFailure`, 401).
         */
        AuthenticationFailureError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "AuthenticationFailure";
            };
        };
        /**
         * UnauthorizedError
         * @description Authenticated, but the user lacks the privilege for this path (`Unauthorized`, 403).
         */
        UnauthorizedError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "Unauthorized";
            };
        };
        /**
         * AuditLink
         * @description A link inside a recorded session's data: an object holding only `href`, a server-relative path (unlike
         *     the `{key, meta: {href}}` references between configuration objects).
         */
        AuditLink: {
            /** @example /api/audit/sessions/rUhhQZ3jYsY1NDWYp9DEpq/channels */
            href: string;
        };
        /**
         * AuditSessionAnalytics
         * @description What the analytics of SPS found in the session (risk scores, tags, similar sessions).
         */
        AuditSessionAnalytics: {
            bucketed_duration?: string;
            bucketed_starting_hour?: string;
            interesting_events?: unknown[];
            score?: {
                /** @description Overall risk score of the session. */
                aggregated?: number;
                /** @description Score per algorithm (`command`, `fis`, `hostlogin`, `logintime`, `keystroke`, `mouse`, `windowtitle`). */
                details?: {
                    [key: string]: {
                        score?: number;
                    };
                };
                /** @description When the score was computed. */
                time?: string;
            };
            /** @description The session looks scripted rather than typed by a person. */
            scripted?: boolean;
            scripted_results?: Record<string, unknown>;
            similar_sessions?: unknown[];
            tags?: unknown[];
        };
        /**
         * AuditAddress
         * @description One end of a recorded connection (the client, the target server, or SPS's own side towards it).
         */
        AuditAddress: {
            /**
             * @description IP address.
             * @example 10.20.30.40
             */
            ip?: string;
            /**
             * @description Host name, or the IP address again when no name is known.
             * @example 10.20.30.40
             */
            name?: string;
            /** @example 22 */
            port?: number;
        };
        /**
         * AuditSessionRecording
         * @description How SPS recorded the session, under which policies, and where its audit trail is.
         */
        AuditSessionRecording: {
            /** @description Where the audit trail was archived; `null` while it is not archived. */
            archive?: {
                date?: string;
                path?: string;
                policy?: string;
                server?: string;
            } | null;
            /** @description The audit trail has been moved to an archive. */
            archived?: boolean;
            audit_trail?: {
                /** @description Archive data of the trail; `null` in every sample, its shape is not documented. */
                archive?: unknown;
                /**
                 * @description Link to download the audit trail (`GET …/audit_trail`); `null` when the session has no audit
                 *     trail to download (as `trail_download_link` of the session).
                 */
                download?: components["schemas"]["AuditLink"] | null;
            };
            /** @description How the user authenticated on the gateway, e.g. `password`. */
            auth_method?: string;
            /** @description Name of the channel policy. */
            channel_policy?: string;
            command_extracted?: boolean;
            /** @description Name of the connection policy. */
            connection_policy?: string;
            /** @description Key of the connection policy. */
            connection_policy_id?: string;
            content_reference_id?: number;
            /** @description Why the connection was denied; `null` for accepted connections. */
            deny_reason?: string | null;
            has_accepted_channel?: boolean;
            /**
             * @description Indexing state of the trail (`INDEXED` seen; not a closed list).
             * @example INDEXED
             */
            index_status?: string;
            network_id?: string;
            /**
             * @description SPS's own address and port towards the server; `null` when SPS never connected to the server
             *     (a connection denied before that, see `deny_reason`).
             */
            server_local?: components["schemas"]["AuditAddress"] | null;
            /**
             * @description The recording's own ID, `svc/<key>/<connection policy>[:<n>]` — unrelated to the `session_id`
             *     cookie of the REST API.
             * @example svc/rUhhQZ3jYsY1NDWYp9DEpq/abcde:29
             */
            session_id?: string;
            /**
             * @description The server address and port SPS connected to; `null` when SPS never connected to the server (a
             *     connection denied before that, see `deny_reason`).
             */
            target?: components["schemas"]["AuditAddress"] | null;
            /**
             * @description The gateway's verdict (`ACCEPT`, `AUTH_FAIL`, …); not a closed list.
             * @example ACCEPT
             * @example AUTH_FAIL
             */
            verdict?: string;
            window_title_extracted?: boolean;
        };
        /**
         * AuditSession
         * @description The data SPS keeps about one recorded session, active or closed. Every field is optional: a search with
         *     `fields` returns only the requested ones, and SPS versions differ. Times are ISO 8601 strings with any
         *     UTC offset (`Z` or `+05:00`). Upper-case values (`protocol`, `origin`, `verdict`, `index_status`) are
         *     not closed lists: only some values have been seen. Sessions that Safeguard for Privileged Passwords
         *     started carry a `vault` object.
         */
        AuditSession: {
            /** @description The session is still running. */
            active?: boolean;
            /** @description Link to the alerts raised in the session. */
            alerts?: components["schemas"]["AuditLink"];
            analytics?: components["schemas"]["AuditSessionAnalytics"];
            /** @description Link to the session's channels. */
            channels?: components["schemas"]["AuditLink"];
            /** @description The client that opened the connection. */
            client?: components["schemas"]["AuditAddress"];
            /**
             * Format: date-time
             * @description When SPS created the record.
             */
            creation_time?: string;
            /** @description Length of the session in seconds. */
            duration?: number;
            /**
             * Format: date-time
             * @description When the session ended; `null` while it is still running. Not ordered against `creation_time` (the
             *     vendor sample ends before it was created).
             */
            end_time?: string | null;
            /** @description Link to the session's indexed events. */
            events?: components["schemas"]["AuditLink"];
            hidden?: boolean;
            /** @description Link to the session's indexing details. */
            indexing?: components["schemas"]["AuditLink"];
            /** @description Log data of the session. */
            log?: {
                adapter_name?: string;
                auth_method?: string;
                syslog_time?: string;
            };
            /**
             * Format: uuid
             * @description ID of the SPS node that recorded the session.
             */
            node_id?: string;
            /**
             * @description Who recorded the session: `RECORDING` for SPS itself (as opposed to data recorded by Safeguard for
             *     Privileged Passwords). Other values exist but are not documented.
             * @example RECORDING
             */
            origin?: string;
            phantom?: boolean;
            /**
             * @description The protocol in upper case (`SSH`, `RDP`, `ICA`, …); not a closed list.
             * @example SSH
             * @example ICA
             */
            protocol?: string;
            recording?: components["schemas"]["AuditSessionRecording"];
            /** @description The server the user connected to. */
            server?: {
                address?: string;
                id?: string;
                ip?: string;
                name?: string;
                port?: number;
            };
            /**
             * Format: date-time
             * @description When the session started.
             */
            start_time?: string;
            /** @description Download link of the audit trail, `null` when there is none. */
            trail_download_link?: string | null;
            /** @description Who connected, by the names the gateway and the server know. */
            user?: {
                gateway_username?: string | null;
                gateway_username_domain?: string | null;
                id?: string;
                name?: string;
                name_domain?: string | null;
                /** @description The user names used on the server (a list, even for one name). */
                server_username?: string[];
                server_username_domain?: string | null;
            };
            /**
             * @description The access request of Safeguard for Privileged Passwords behind the session, for sessions it started;
             *     absent or `null` otherwise.
             */
            vault?: {
                /** @example REMOTEDESKTOP */
                access_request_type?: string;
                account_id?: number;
                account_name?: string;
                appliance_id?: unknown;
                appliance_name?: string;
                /** @description `-1` when the asset belongs to no partition. */
                asset_partition_id?: number;
                asset_partition_name?: string;
                /** @description ISO 8601 time. */
                auto_approved?: string | null;
                /** @description ISO 8601 time. */
                available?: string | null;
                broker_id?: number;
                created?: {
                    timestamp?: string;
                    user?: {
                        client_ip_address?: string;
                        user_display_name?: string;
                        user_id?: unknown;
                        user_name?: string;
                    };
                };
                /** @description ISO 8601 time. */
                expired?: string | null;
                is_emergency?: unknown;
                offline_workflow?: boolean;
                system_id?: number;
                system_name?: string;
            } | null;
            /**
             * @description The gateway's verdict on the connection (`ACCEPT`, `AUTH_FAIL`, …); not a closed list.
             * @example ACCEPT
             * @example AUTH_FAIL
             */
            verdict?: string;
        };
        /**
         * AuditSessionListItem
         * @description One session of a search result: its `key` and link, and in `body` the fields requested with `fields`
         *     (no `body` without `fields`).
         */
        AuditSessionListItem: components["schemas"]["ListingItem"] & {
            /** @description ID of the recorded session (opaque). */
            key: string;
            body?: components["schemas"]["AuditSession"];
        };
        /**
         * AuditPageMeta
         * @description The `meta` of a page of audit data in basic (offset) mode: the page's position in the whole result and
         *     links to the first, last, previous and next page. Page links are server-relative URLs that carry
         *     `limit`, `offset` (and `fields` on session searches) as query parameters; `next` is `null` on the last
         *     page and `previous` on the first.
         */
        AuditPageMeta: components["schemas"]["Meta"] & {
            /** @description Page size actually used (requests above 500 are capped to 500). */
            limit: number;
            /** @description Position of the page's first item in the whole result (0-based). */
            offset: number;
            /**
             * @description Number of items that match, in total. On session searches only the first 10,000 can be paged
             *     through; when `match_count` exceeds 10,000, use the snapshot mode.
             */
            match_count: number;
            first?: string;
            last?: string;
            /** @description URL of the next page; `null` on the last page. */
            next: string | null;
            /** @description URL of the previous page; `null` on the first page. */
            previous?: string | null;
        };
        /**
         * AuditSearchPageMeta
         * @description The `meta` of a basic-mode page of `GET /api/audit/sessions` (without `snapshot`): the paging fields of
         *     `AuditPageMeta` plus the requested `fields`.
         */
        AuditSearchPageMeta: components["schemas"]["AuditPageMeta"] & {
            /** @description The fields requested with `fields` (empty when none were). */
            fields: string[];
        };
        /**
         * AuditSnapshotPageMeta
         * @description The `meta` of a page of `GET /api/audit/sessions` in snapshot mode (with `snapshot`): no `match_count`
         *     and no `offset`; `first`, `last` and `previous` are `null`. Follow `next` (a server-relative URL) until
         *     it is `null`. `remaining_seconds` is the lifetime of the login session, not of the snapshot.
         */
        AuditSnapshotPageMeta: components["schemas"]["Meta"] & {
            /** @description The fields requested with `fields`. */
            fields?: string[];
            /** @description Page size actually used (at most 500). */
            limit: number;
            /**
             * @description URL of the next page, carrying the `search_after` position to continue after; `null` once
             *     every session of the snapshot has been returned.
             */
            next: string | null;
            /**
             * @description The `search_after` this page was asked with: `null` on the first page (as in the only sample,
             *     whose `next` leads further), the position from the previous page's `next` on the others. Its
             *     format is not documented; follow `next` instead of building URLs from it.
             */
            search_after: unknown;
        };
        /**
         * AuditSessionList
         * @description A page of `GET /api/audit/sessions`. In basic mode `meta` is an `AuditSearchPageMeta` (with
         *     `match_count` and `offset`); in snapshot mode an `AuditSnapshotPageMeta` (with `search_after`).
         */
        AuditSessionList: components["schemas"]["Listing"] & {
            items: components["schemas"]["AuditSessionListItem"][];
            meta: components["schemas"]["AuditSearchPageMeta"] | components["schemas"]["AuditSnapshotPageMeta"];
        };
        /**
         * SyntacticError
         * @description A value is malformed (`SyntacticError`, 400), for example a PEM that cannot be loaded because
         *     its format is unsupported or the key is encrypted.
         */
        SyntacticError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "SyntacticError";
            };
        };
        /**
         * NotFoundError
         * @description The object does not exist (`NotFound`, 404).
         */
        NotFoundError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "NotFound";
            };
        };
        /**
         * AuditSessionCount
         * @description The number of recorded sessions a query matches, as a top-level `count` (no `body` wrapper).
         */
        AuditSessionCount: {
            count: number;
        };
        /**
         * Envelope
         * @description The shape of an SPS object response: `key`, `body` and `meta`. Resource schemas narrow it with
         *     `allOf`, giving `body` its own type; listings use `Listing` (`items`, `meta`) instead, and
         *     acknowledgements carry only `key` and/or `meta`. Extra top-level fields are allowed because SPS versions
         *     add them.
         */
        Envelope: {
            /**
             * @description Identifier of the object: the last path segment for singletons (`dns`, `ssh`), an opaque ID for
             *     collection members, a 1-based numeric string for firmware slots. Always a string.
             */
            key?: string;
            /** @description The object's content (an object, or an array for a few resources). */
            body?: unknown;
            meta?: components["schemas"]["Meta"];
        };
        /**
         * AuditSnapshotResponse
         * @description A new search snapshot: pass `body.snapshot` as the `snapshot` parameter of `GET /api/audit/sessions`.
         */
        AuditSnapshotResponse: components["schemas"]["Envelope"] & {
            body: {
                /** @description ID of the snapshot (opaque). */
                snapshot: string;
            };
        };
        /**
         * AuditSessionStatistics
         * @description Statistics of the values of one session field. The vendor's sample answer is cut off before it starts,
         *     so nothing about its content is known beyond the usual envelope.
         */
        AuditSessionStatistics: components["schemas"]["Envelope"];
        /**
         * AuditSessionResponse
         * @description One recorded session. Its sub-resources are linked from `body` (`channels`, `events`, …).
         */
        AuditSessionResponse: components["schemas"]["Envelope"] & {
            /** @description ID of the recorded session (opaque, e.g. `rUhhQZ3jYsY1NDWYp9DEpq`). */
            key?: string;
            body: components["schemas"]["AuditSession"];
        };
        /**
         * AuditSessionAlerts
         * @description The alerts raised in one session. Only the link to this resource is documented (`body.alerts` of the
         *     session), not its answer.
         */
        AuditSessionAlerts: Record<string, unknown>;
        /**
         * AuditSessionChannel
         * @description One channel of a recorded session (an SSH shell, an exec, a port forward, an RDP channel…). Unlike the
         *     session record, times are Unix epoch seconds and the verdict is lower case. Some keys contain dots
         *     (`originator.address`): they are flat keys, not nested objects. Which fields appear depends on `type`.
         */
        AuditSessionChannel: {
            /**
             * @description Kind of channel, in words (`session shell`, `session exec`, `session exec scp`,
             *     `session subsystem sftp`, `local forward`, `remote forward`, …); not a closed list.
             * @example session shell
             * @example local forward
             */
            type?: string;
            /**
             * @description Verdict on the channel, lower case (`accept` seen); not a closed list.
             * @example accept
             */
            verdict?: string;
            /**
             * @description When the channel opened (Unix epoch seconds).
             * @example 1451901988
             */
            start_time?: number;
            /**
             * @description When the channel closed (Unix epoch seconds); `null` while it is open.
             * @example 1451902145
             */
            end_time?: number | null;
            /** @description Seconds the channel was open. */
            duration?: number;
            /** @description The command of a `session exec` channel. */
            command?: string;
            /** @description The path of an SCP transfer. */
            scp_path?: string;
            /** @description The subsystem of a `session subsystem …` channel, e.g. `sftp`. */
            subsystem_name?: string;
            /** @description Address that opened a forwarded channel. */
            "originator.address"?: string;
            "originator.port"?: number;
            /** @description Address a forwarded channel connects to. */
            "connected.address"?: string;
            "connected.port"?: number;
            /** @description Who authorized the channel under four-eyes authorization. */
            four_eyes_authorizer?: string | null;
            /** @description The reason the authorizer gave. */
            four_eyes_description?: string | null;
        };
        /**
         * AuditSessionChannelList
         * @description The channels of one session. The sources disagree on where a channel's fields sit: the vendor example
         *     puts them in each item's `body` (next to `key` and `meta`), a real client reads them directly on the
         *     item. Both are accepted: read `item.body ?? item`.
         */
        AuditSessionChannelList: {
            items: (components["schemas"]["AuditSessionChannel"] & {
                /** @description Number of the channel within the session, as a string. */
                key?: string;
                meta?: components["schemas"]["Meta"];
                body?: components["schemas"]["AuditSessionChannel"];
            })[];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * AuditContentSearchResult
         * @description The content events of one session that match a content query, and some `meta` fields. `items` is empty
         *     when nothing matches, when the session has no indexed content, and when `q` is empty or missing. The
         *     fields of the items are not documented (the vendor sample is cut off before them).
         */
        AuditContentSearchResult: {
            items: Record<string, unknown>[];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * AuditSessionEvent
         * @description One event the indexer found in a session, such as a command typed in a shell.
         */
        AuditSessionEvent: {
            /** @description What happened, e.g. the command (`ls`). */
            action?: string;
            /** @description ID of the channel the event happened in, as a string (`"0"`). */
            channels_id?: string;
            /** @description The text around the event, e.g. the prompt and the command. */
            content?: string;
            record_id?: number;
            /**
             * @description When it happened: ISO 8601 without a UTC offset (`2017-04-11T09:21:10.832`), unlike the times of the
             *     session record.
             * @example 2017-04-11T09:21:10.832
             */
            time?: string;
            /**
             * @description Kind of event (`command` seen; not a closed list).
             * @example command
             */
            type?: string;
        };
        /**
         * AuditSessionEventList
         * @description The indexed events of one session; only indexed sessions have events.
         */
        AuditSessionEventList: {
            items: components["schemas"]["AuditSessionEvent"][];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * AuditSessionIndexing
         * @description One indexing run of a session's audit trail, with the indexer settings it used.
         */
        AuditSessionIndexing: {
            /** @description What the indexer was set to extract. */
            config?: {
                command?: {
                    enabled?: boolean;
                };
                keyboard?: {
                    buffer_interval?: number;
                    enabled?: boolean;
                };
                mouse?: {
                    buffer_interval?: number;
                    enabled?: boolean;
                };
                near_realtime?: boolean;
                ocr_languages?: string[];
                screen?: {
                    enabled?: boolean;
                    /**
                     * @description OCR speed/accuracy trade-off (`TO_ACCURATE` seen; not a closed list).
                     * @example TO_ACCURATE
                     */
                    omnipage_trade_off?: string;
                };
                title?: {
                    enabled?: boolean;
                };
            };
            statistics?: {
                cpu_time?: number;
                duration?: number;
                /**
                 * @description When indexing started, in Unix epoch **milliseconds**; `null` while the run has not started.
                 * @example 1542116524143
                 */
                start_time?: number | null;
            };
            /**
             * @description State of the run (`COMPLETED` seen; not a closed list).
             * @example COMPLETED
             */
            status?: string;
            /** @description Versions of the indexer components. */
            version?: {
                adp?: string;
                worker?: string;
            };
        };
        /**
         * AuditSessionIndexingList
         * @description The indexing runs of one session (items without `key` or `body`), paged like a search.
         */
        AuditSessionIndexingList: {
            items: components["schemas"]["AuditSessionIndexing"][];
            meta?: components["schemas"]["AuditPageMeta"];
        };
        /**
         * AuditTrailDownload
         * @description One download of a session's audit trail.
         */
        AuditTrailDownload: {
            /** @description Downloaded through an API (`true`) or the web interface (`false`). */
            from_api: boolean;
            /** @description Address the download came from. */
            ip_address: string;
            /**
             * Format: date-time
             * @description When it was downloaded.
             */
            time: string;
            /** @description Who downloaded it. */
            username: string;
        };
        /**
         * AuditTrailDownloadList
         * @description Who downloaded a session's audit trail, and when (items without `key` or `body`), paged.
         */
        AuditTrailDownloadList: {
            items: components["schemas"]["AuditTrailDownload"][];
            meta?: components["schemas"]["AuditPageMeta"];
        };
        /**
         * AuthLoginResponse
         * @description The answer to a successful login. It carries a `meta` object; nothing else about the body (nor the
         *     content of `meta`) is documented, so the schema stays open. What matters is the `session_id` cookie
         *     set by the `Set-Cookie` header.
         */
        AuthLoginResponse: {
            meta?: components["schemas"]["Meta"];
        } & {
            [key: string]: unknown;
        };
        /**
         * AuthLoginMethodsResponse
         * @description The login methods a client may use. Only the `login_methods` field is known (it is all the official
         *     clients read); its type and the shape of its entries are not documented, so it is left unconstrained.
         */
        AuthLoginMethodsResponse: {
            /**
             * @description The permitted login methods: tells whether password (HTTP Basic) or certificate (`type=x509`) login
             *     is possible and which `login_method` values to pass. Shape not documented.
             */
            login_methods: unknown;
        } & {
            [key: string]: unknown;
        };
        /**
         * ClusterJoinRequestCreate
         * @description Request body of `POST /api/cluster/join_request`, sent to the node that joins.
         */
        ClusterJoinRequestCreate: {
            /** @description IP address of the Central Management node of the cluster to join. */
            central_management_address: string;
        };
        /**
         * ClusterRole
         * @description A role of a node in an SPS cluster. `central-management` (exactly one node; set only by
         *     `POST /api/cluster/promote`) distributes the configuration; `managed-host` nodes take their whole
         *     configuration from it. Search roles: `search-master` (exactly one in the cluster; searches the data of
         *     the `search-minion` nodes), `search-minion` (sends its recorded data to the search master and is not
         *     searchable locally), `search-local` (searchable only locally; the only search role compatible with
         *     older versions).
         * @enum {string}
         */
        ClusterRole: "central-management" | "managed-host" | "search-master" | "search-minion" | "search-local";
        /**
         * ClusterJoinRequest
         * @description What a joining node hands to Central Management: its address, ID and pre-shared key. Post this object
         *     unchanged to `POST /api/cluster/nodes` on the Central Management node.
         */
        ClusterJoinRequest: {
            /**
             * @description IP address of the joining node. The vendor sample shows a placeholder, so no address format is
             *     enforced.
             */
            address: string;
            /**
             * Format: uuid
             * @description ID of the joining node.
             */
            node_id: string;
            /**
             * @description Pre-shared key the nodes authenticate each other with. Treat it as a secret: it is needed only to
             *     add the node to the cluster.
             */
            psk: string;
            /** @description Roles of the joining node; empty, since nodes other than Central Management get no role by default. */
            roles: components["schemas"]["ClusterRole"][];
        };
        /**
         * ClusterJoinRequestResponse
         * @description The answer to `POST /api/cluster/join_request` (no `key` in the documented sample).
         */
        ClusterJoinRequestResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["ClusterJoinRequest"];
        };
        /**
         * InvalidRequestBodyError
         * @description The request body is not valid JSON or has the wrong encoding (`InvalidRequestBody`, 400).
         */
        InvalidRequestBodyError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "InvalidRequestBody";
            };
        };
        /**
         * SemanticError
         * @description The change would leave the configuration inconsistent (`SemanticError`, 400). `details` lists
         *     the problems; its shape is not documented.
         */
        SemanticError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "SemanticError";
            };
        };
        /**
         * WebGuiOrRpcApiConfigInProgressError
         * @description The configuration is locked because someone is changing it through another interface: the web
         *     interface, the console or the RPC API (`WebGuiOrRpcApiConfigInProgress`, 409). Retry later.
         */
        WebGuiOrRpcApiConfigInProgressError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "WebGuiOrRpcApiConfigInProgress";
            };
        };
        /**
         * ClusterNodeList
         * @description The nodes of the cluster, each with links to its configuration (`meta.href`) and its status
         *     (`meta.status`). `meta.self` is the node you are talking to.
         */
        ClusterNodeList: components["schemas"]["Listing"] & {
            items?: (components["schemas"]["ListingItem"] & {
                /**
                 * Format: uuid
                 * @description ID of the node (a UUID).
                 */
                key?: string;
                meta?: components["schemas"]["Meta"] & {
                    /** @description Path of the node's status (`/api/cluster/status/<node-id>`). */
                    status?: string;
                };
            })[];
            meta?: components["schemas"]["Meta"] & {
                /** @description Path of the node that answered (`/api/cluster/nodes/<its-id>`). */
                self?: string;
                /** @description Path of the cluster status (`/api/cluster/status`). */
                status?: string;
            };
        };
        /**
         * ClusterNodeCreate
         * @description Request body of `POST /api/cluster/nodes` on the Central Management node: the `body` of the joining
         *     node's `POST /api/cluster/join_request` answer, unchanged.
         */
        ClusterNodeCreate: {
            /** @description IP address of the joining node. */
            address: string;
            /**
             * Format: uuid
             * @description ID of the joining node.
             */
            node_id: string;
            /**
             * Format: password
             * @description The joining node's pre-shared key.
             */
            psk: $Write<string>;
            /** @description Roles of the joining node as its join request lists them (normally none). */
            roles: components["schemas"]["ClusterRole"][];
        };
        /**
         * UndocumentedEnvelope
         * @description An answer whose body the sources do not document (for example to a configuration PUT, a DELETE or a
         *     Starling join). It is expected to follow the usual envelope (`key`, `meta`); nothing more is assumed.
         */
        UndocumentedEnvelope: components["schemas"]["Envelope"];
        /**
         * ClusterNode
         * @description A node of the cluster as the Central Management node knows it (response form).
         */
        ClusterNode: {
            /**
             * @description IP address of the node. The vendor samples show a placeholder (`<IP-address-of-…-node>`), so no
             *     address format is enforced.
             */
            address: string;
            /** @description The node's roles; empty for a node that has joined but has not been given any yet. */
            roles: components["schemas"]["ClusterRole"][];
        };
        /**
         * ClusterNodeResponse
         * @description One cluster node. The documented samples carry `body` and `meta` (whose `href` ends in the node ID) but
         *     no `key`.
         */
        ClusterNodeResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["ClusterNode"];
        };
        /**
         * ClusterNodeUpdate
         * @description Request body of `PUT /api/cluster/nodes/{node_id}`: the node's address and its roles, bare. The vendor
         *     sample of this body is cut after `roles`, so the object stays open.
         */
        ClusterNodeUpdate: {
            /** @description IP address of the node. */
            address: string;
            /**
             * @description The node's roles: exactly one search role (`search-master`, `search-minion` or `search-local`),
             *     plus `managed-host` for nodes that take their configuration from Central Management.
             *     `central-management` cannot be given with this call (only `POST /api/cluster/promote` sets it);
             *     keep it in the list when you change the Central Management node itself.
             * @example [
             *       "search-local",
             *       "managed-host"
             *     ]
             */
            roles: components["schemas"]["ClusterRole"][] & (unknown | unknown | unknown);
        };
        /**
         * ClusterNodeHealth
         * @description Resource usage and session counts of a running cluster node (in `GET /api/cluster/status`).
         */
        ClusterNodeHealth: {
            /** @description Memory in use, in percent. */
            memory?: number;
            /** @description Disk space in use, in percent. */
            disk?: number;
            /** @description Swap in use, in percent. */
            swap?: number;
            /** @description System load average over 1 minute. */
            load1?: number;
            /** @description System load average over 5 minutes. */
            load5?: number;
            /** @description System load average over 15 minutes. */
            load15?: number;
            /** @description Active sessions per protocol (`ssh`, `rdp`, …); protocols without sessions may be missing. */
            sessions?: {
                [key: string]: number;
            };
            /** @description Active sessions of all protocols (`/api/health_status` calls the same count `sessions_total`). */
            total_sessions?: number;
        };
        /**
         * ClusterSyncIssue
         * @description A problem found when a node applied the configuration it got from Central Management.
         */
        ClusterSyncIssue: {
            /** @description What is wrong, as text. */
            message: string;
            /** @description The configuration objects involved, as API paths. */
            paths?: string[];
        };
        /**
         * ClusterConfigurationSync
         * @description How a managed node's configuration synchronization with Central Management stands.
         */
        ClusterConfigurationSync: {
            /**
             * Format: date-time
             * @description When the node last applied a configuration from Central Management; `null` if it never has.
             */
            last_updated?: string | null;
            /**
             * Format: date-time
             * @description When the node last checked Central Management for a new configuration; `null` if it never has.
             */
            last_checked?: string | null;
            /** @description Hash of the configuration the node downloaded last; `null` if it has not downloaded one yet. */
            downloaded_xml_hash?: string | null;
            /**
             * @description Problems found in the downloaded configuration. Only `warnings` is documented; an `errors` list of
             *     the same shape is likely but was not seen.
             */
            issues?: {
                warnings?: components["schemas"]["ClusterSyncIssue"][];
            };
        };
        /**
         * ClusterNodeStatus
         * @description The status of one node: an item of `GET /api/cluster/status`, where its fields sit directly on the item
         *     (no `body`) next to its `key` and `meta`, and the `body` of `GET /api/cluster/status/{node_id}`, where
         *     the envelope carries them. The list requires `key` on its items.
         */
        ClusterNodeStatus: {
            /**
             * Format: uuid
             * @description ID of the node (a UUID).
             */
            key?: string;
            /** @description Fully qualified domain name of the node. */
            fqdn: string;
            /**
             * Format: date-time
             * @description When Central Management last heard from the node. Missing on the Central Management node itself;
             *     `null` is accepted for a node that has never been seen.
             */
            last_seen?: string | null;
            /** @description Resource usage of the node; `null` when the node is down (and on the Central Management node in the sample). */
            health_status: components["schemas"]["ClusterNodeHealth"] | null;
            /**
             * @description State of the configuration synchronization: `n/a` on the Central Management node, `pending` while
             *     a managed node has not applied the latest configuration; other values were not seen, so the list is
             *     not closed. Missing in SPS 6.0.2.
             * @example n/a
             * @example pending
             */
            sync_status?: string;
            configuration_sync?: components["schemas"]["ClusterConfigurationSync"];
            meta?: components["schemas"]["Meta"] & {
                /** @description Path of the node's configuration (`/api/cluster/nodes/<node-id>`). */
                configuration?: string;
            };
        };
        /**
         * ClusterStatusList
         * @description The status of every node of the cluster, as Central Management sees it. Shaped like a listing, but each
         *     item carries the node's status fields directly instead of a `body`, so it does not narrow `Listing`.
         *     `meta.self` is the status of the node that answered.
         */
        ClusterStatusList: {
            /** @description One entry per node. */
            items: WithRequired<components["schemas"]["ClusterNodeStatus"], "key">[];
            meta?: components["schemas"]["Meta"] & {
                /** @description Path of the answering node's status (`/api/cluster/status/<its-id>`). */
                self?: string;
            };
        };
        /**
         * ClusterNodeStatusResponse
         * @description The status of one cluster node (`GET /api/cluster/status/{node_id}`). No sample of this read exists; it
         *     is inferred as the usual object envelope: `key` the node ID, `body` the status fields of the node's item
         *     in `GET /api/cluster/status`, `meta` that item's links (`configuration`, `href`).
         */
        ClusterNodeStatusResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["ClusterNodeStatus"];
            meta?: components["schemas"]["Meta"] & {
                /** @description Path of the node's configuration (`/api/cluster/nodes/<node-id>`). */
                configuration?: string;
            };
        };
        /**
         * AaaAcl
         * @description One access-control entry, granting a user group access to a set of privilege objects.
         */
        AaaAcl: {
            /** @description Name of the user group. */
            group?: string;
            /** @description The privilege objects the entry covers (path-like names). */
            objects?: string[];
            /**
             * @description Access level granted on `objects`.
             * @enum {string}
             */
            permission?: "read" | "write";
        };
        /**
         * AaaAclsResponse
         * @description The access-control list of SPS; `body` is an array of entries, not an object.
         */
        AaaAclsResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["AaaAcl"][];
        };
        /**
         * AaaLdapServers
         * @description The `body` of `/api/configuration/aaa/ldap_servers`: the LDAP servers SPS uses for authentication,
         *     authorization and accounting. Its shape (object or array) is not documented in the available sources.
         */
        AaaLdapServers: unknown;
        /**
         * AaaLdapServersResponse
         * @description The `/api/configuration/aaa/ldap_servers` resource. Only the envelope is known; whether it carries a
         *     `body` or `items` is not documented.
         */
        AaaLdapServersResponse: components["schemas"]["Envelope"] & {
            body?: components["schemas"]["AaaLdapServers"];
        };
        /**
         * Reference
         * @description How a response points at another object: its `key` and a link to it. Sub-objects use a dotted key
         *     and a `#fragment` link, for example a NIC address
         *     `nic1.interfaces.<id>.addresses.<n>` → `/api/configuration/network/nics/nic1#interfaces/<id>/addresses/<n>`.
         *     In requests the same property carries the key (see `ReferenceKey`), or this object as read.
         */
        Reference: {
            key: string;
            meta?: {
                href?: string;
            };
        };
        /**
         * LocalGroupUpdate
         * @description Request body of `POST /api/configuration/aaa/local_database/groups` and of `PUT` on a group: the
         *     complete group, bare. Privileges cannot be set through REST.
         */
        LocalGroupUpdate: {
            /** @description Name of the usergroup. */
            name: string;
            /**
             * @description The members (local or LDAP users): their user names, or, for local users, the reference objects
             *     a GET may return (sent back unchanged by read-modify-write clients); an empty list for none.
             */
            members: (string | components["schemas"]["Reference"])[];
        };
        /**
         * CreatedResponse
         * @description The answer to creating an object or starting a job, carrying the new `key` and its links.
         */
        CreatedResponse: {
            key: string;
            meta: components["schemas"]["Meta"];
        };
        /**
         * LocalGroup
         * @description A local usergroup (the `body` of `/api/configuration/aaa/local_database/groups/{key}`). Groups decide
         *     what local and LDAP users may view and configure; their privileges (ACLs) cannot be edited through
         *     REST. The request counterpart is `LocalGroupUpdate`.
         */
        LocalGroup: {
            /**
             * @description Name of the usergroup, as access-control lists and connection policies refer to it.
             * @example http-write
             */
            name: string;
            /**
             * @description The members of the group. The sources show only an empty list; SPS lists the user names (local
             *     and LDAP users alike), and a reference to a local user is accepted too.
             */
            members: (string | components["schemas"]["Reference"])[];
        };
        /**
         * LocalGroupResponse
         * @description One local usergroup; `key` is its ID (an opaque string).
         */
        LocalGroupResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["LocalGroup"];
        };
        /**
         * ReferenceKey
         * @description How a request points at another object: the bare `key` string of the object that responses show as a
         *     `Reference`. Request schemas accept the `Reference` as read too (`ReferenceUpdate`), so that a
         *     body read with GET can be sent back unchanged; SPS uses its `key`.
         */
        ReferenceKey: string;
        /**
         * ReferenceUpdate
         * @description How a request points at another object: its key (`ReferenceKey`), or the `Reference` object as a GET
         *     returns it, so that a body read with GET can be sent back unchanged (read-modify-write). SPS uses the
         *     `key`.
         */
        ReferenceUpdate: components["schemas"]["ReferenceKey"] | components["schemas"]["Reference"];
        /**
         * LocalUserUpdate
         * @description Request body of `POST /api/configuration/aaa/local_database/users` and of `PUT` on a user, bare. Store
         *     the password first with `POST /api/configuration/passwords` and send its key here. The user body is
         *     not documented in the sources (see `LocalUser`), so it stays open.
         */
        LocalUserUpdate: {
            /** @description The user name used to log in. */
            name: string;
            /**
             * @description The password object: the key of one that nothing else references yet, or the reference object a
             *     GET returns (the user's current password, kept; SPS uses its `key`); `null` for none.
             */
            password?: components["schemas"]["ReferenceUpdate"] | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LocalUser
         * @description A user of the local user database (the `body` of `/api/configuration/aaa/local_database/users/{key}`).
         *     The sources do not show a user body: `name` follows from every SPS object having one (and the
         *     built-in `admin` user), `password` from the write-once password objects being meant for local users.
         *     Group membership is kept on the group (`LocalGroup.members`), not on the user. Open for everything
         *     else. The request counterpart is `LocalUserUpdate`.
         */
        LocalUser: {
            /** @description The user name used to log in. */
            name?: string;
            /**
             * @description The user's password object (`/api/configuration/passwords/<key>`), or `null` when the user has no
             *     local password (for example, when users authenticate against RADIUS).
             */
            password?: components["schemas"]["Reference"] | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LocalUserResponse
         * @description One local user; `key` is its ID (an opaque string).
         */
        LocalUserResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["LocalUser"];
        };
        /**
         * AaaLoginMethods
         * @description The `body` of `/api/configuration/aaa/login_methods`: the configuration of multiple login methods
         *     (7.x). Its shape (object or array) is not documented in the available sources.
         */
        AaaLoginMethods: unknown;
        /**
         * AaaLoginMethodsResponse
         * @description The `/api/configuration/aaa/login_methods` resource. Only the envelope is known; whether it carries a
         *     `body` or `items` is not documented.
         */
        AaaLoginMethodsResponse: components["schemas"]["Envelope"] & {
            body?: components["schemas"]["AaaLoginMethods"];
        };
        /**
         * AaaSaml2
         * @description The `body` of `/api/configuration/aaa/saml2`: the SAML2 service-provider settings of SPS. Its shape
         *     (object or array) is not documented in the available sources.
         */
        AaaSaml2: unknown;
        /**
         * AaaSaml2Response
         * @description The `/api/configuration/aaa/saml2` resource. Only the envelope is known; whether it carries a
         *     `body` or `items` is not documented.
         */
        AaaSaml2Response: components["schemas"]["Envelope"] & {
            body?: components["schemas"]["AaaSaml2"];
        };
        /**
         * AaaBruteforceProtection
         * @description Lockout after failed web logins: once a user name or client address reaches `attempt_limit`
         *     consecutive failures, SPS refuses further attempts from it for `lockout_minutes`.
         */
        AaaBruteforceProtection: {
            /**
             * @description Failed login attempts allowed before the lockout.
             * @default 20
             */
            attempt_limit: number;
            /**
             * @description Length of the lockout, in minutes.
             * @default 10
             */
            lockout_minutes: number;
        };
        /**
         * AaaSettings
         * @description Login settings of the SPS web interface (the `body` of `/api/configuration/aaa/settings`): brute-force
         *     lockout, login banner and idle timeout.
         */
        AaaSettings: {
            /**
             * @description Text shown as plain text (whitespace kept) on the web and console login screens before every login;
             *     an empty string shows no banner.
             */
            authentication_banner?: string;
            bruteforce_protection?: components["schemas"]["AaaBruteforceProtection"];
            /**
             * @description Minutes of inactivity after which SPS ends a web session.
             * @default 10
             */
            webinterface_timeout: number;
        };
        /**
         * AaaSettingsResponse
         * @description The login settings. The 7.4 sample carries no `meta`.
         */
        AaaSettingsResponse: components["schemas"]["Envelope"] & {
            /** @constant */
            key: "settings";
            body: components["schemas"]["AaaSettings"];
        };
        /**
         * AaaBruteforceProtectionUpdate
         * @description Lockout after failed web logins (request form): `AaaBruteforceProtection` with both fields required and no other field.
         */
        AaaBruteforceProtectionUpdate: WithRequired<components["schemas"]["AaaBruteforceProtection"], "attempt_limit" | "lockout_minutes">;
        /**
         * AaaSettingsUpdate
         * @description Request body of `PUT /api/configuration/aaa/settings`: the complete login settings (`AaaSettings`),
         *     bare (no `key`, `body` or `meta`), every field required and no other field.
         */
        AaaSettingsUpdate: {
            bruteforce_protection: components["schemas"]["AaaBruteforceProtectionUpdate"];
        } & WithRequired<components["schemas"]["AaaSettings"], "authentication_banner" | "bruteforce_protection" | "webinterface_timeout">;
        /**
         * ChannelAddress
         * @description An address in a channel rule, such as `{"selection": "address", "value": "192.168.1.1"}`.
         */
        ChannelAddress: {
            /**
             * @description Kind of `value`; `address` (an IP address or address/prefix) is the one documented.
             * @example address
             */
            selection: string;
            /** @example 192.168.1.1 */
            value: string;
        };
        /**
         * ChannelPolicyRule
         * @description One rule of a channel policy: a channel type, the conditions under which it may be opened and what SPS
         *     does with it (`actions`). The names of the channel-type, address, user, usergroup and time-policy
         *     fields were not reached in the sources, so they are not typed here; the rule stays open. Channel types
         *     are protocol-specific; for SSH they include `auth-agent` (no options), `x11` (`networks`),
         *     `local-forwards` (`local_forwards`), `remote-forwards` (`remote_forwards`) and `session-exec`
         *     (`execs`). The audit data names the same types with spaces (`local forward`).
         */
        ChannelPolicyRule: {
            /** @description What SPS does with a permitted channel; only `audit` is documented. */
            actions?: {
                /** @description `true` records the channel in the audit trail. */
                audit?: boolean;
            };
            /** @description SSH `x11` channels: the client addresses allowed to open them; empty for every client. */
            networks?: components["schemas"]["ChannelAddress"][];
            /** @description SSH `local-forwards` channels: the permitted forwards; empty for no restriction. */
            local_forwards?: {
                host_address?: components["schemas"]["ChannelAddress"];
                host_port?: number;
                originator_address?: components["schemas"]["ChannelAddress"];
            }[];
            /** @description SSH `remote-forwards` channels: the permitted forwards; empty for no restriction. */
            remote_forwards?: {
                connected_address?: components["schemas"]["ChannelAddress"];
                connected_port?: number;
                originator_address?: components["schemas"]["ChannelAddress"];
            }[];
            /** @description SSH `session-exec` channels: the commands that may be executed (regular expressions allowed). */
            execs?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * ChannelPolicy
         * @description A channel policy (the `body` of `/api/configuration/<protocol>/channel_policies/{key}` for `http`,
         *     `ica`, `rdp`, `ssh`, `telnet` and `vnc`, and the request body that creates or replaces one, bare):
         *     which channels a connection may open, each rule optionally limited to client or server addresses, user
         *     lists, usergroups or a time policy, and what SPS does with the channel. SPS checks the rules when a
         *     channel is opened. Only part of the rule is documented, so the object stays open; send back what you
         *     read.
         */
        ChannelPolicy: {
            /**
             * @description Name of the channel policy.
             * @example terminal-only
             */
            name: string;
            /** @description The rules; a channel the rules do not permit is refused. */
            rules: components["schemas"]["ChannelPolicyRule"][];
        };
        /**
         * ChannelPolicyResponse
         * @description One channel policy; `key` is its ID (built-in policies have negative numeric IDs).
         */
        ChannelPolicyResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["ChannelPolicy"];
        };
        /**
         * ConnectionAccessControl
         * @description One access rule of a connection policy: members of the `authorizer` usergroup may audit, or audit
         *     and authorize (four-eyes), the connections of the users the `subject` names. Usergroups are named,
         *     not referenced by key.
         */
        ConnectionAccessControl: {
            /**
             * @description Name of the usergroup whose members audit or authorize the connections.
             * @example security
             */
            authorizer: string;
            /**
             * @description What the authorizer may do. `audit` and `audit_and_authorize` are the values the sources show;
             *     further values likely exist, so the list is not closed.
             * @example audit
             * @example audit_and_authorize
             */
            permission: string;
            /** @description `true` requires the authorizer to connect from another IP address than the client. */
            require_different_ip?: boolean;
            /** @description `true` requires the authorizer to be another user than the one connecting. */
            require_different_username?: boolean;
            /** @description Whose connections the rule applies to. */
            subject?: {
                /**
                 * @description `only` limits the rule to the members of `group` (the only value the sources show).
                 * @example only
                 */
                selection?: string;
                /** @description Name of the usergroup the rule applies to; `null` where the selection names no group. */
                group?: string | null;
            };
        };
        /**
         * ConnectionChannelDatabaseCleanup
         * @description Per-policy cleanup of the connection metadata in the SPS database (documented for Telnet and MSSQL
         *     policies). `days` must not exceed the retention of the archive cleanup policy nor the protocol's global
         *     retention (`/api/configuration/<protocol>/options`); SPS checks that, the schema cannot.
         */
        ConnectionChannelDatabaseCleanup: {
            /** @description `true` deletes the metadata of this policy's connections after `days` days. */
            enabled?: boolean;
            /** @description Days to keep the connection metadata. */
            days?: number;
        };
        /**
         * ConnectionTransportSecurity
         * @description TLS between the client and SPS. `disabled` is the only documented `selection`; the other variants and
         *     their fields were not reached, so the object stays open.
         */
        ConnectionTransportSecurity: {
            /** @example disabled */
            selection: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * ConnectionIndexing
         * @description Indexing of the audit trails of a connection policy (response form).
         */
        ConnectionIndexing: {
            /** @description `true` indexes the audit trails of this policy's connections. */
            enabled?: boolean;
            /** @description The indexing policy (`/api/configuration/policies/indexing/<key>`), or `null` when none is set. */
            policy?: components["schemas"]["Reference"] | null;
            /** @description Indexing priority (the list of values was not reached). */
            priority?: number;
        };
        /**
         * ConnectionNetwork
         * @description Which clients the policy applies to, and which targets and ports they connect to.
         */
        ConnectionNetwork: {
            /**
             * @description Client ("from") IP addresses or networks.
             * @example [
             *       "10.40.0.0/16"
             *     ]
             */
            clients?: string[];
            /**
             * @description Target ports.
             * @example [
             *       22
             *     ]
             */
            ports?: number[];
            /**
             * @description Target ("to") IP addresses or networks.
             * @example [
             *       "10.20.30.40"
             *     ]
             */
            targets?: string[];
        };
        /**
         * ConnectionLogLevelOverride
         * @description Log verbosity of this policy's connections. Disabled, the protocol's default applies; the fields that
         *     set the level when enabled were not reached, so the object stays open.
         */
        ConnectionLogLevelOverride: {
            /** @description `true` overrides the protocol's default log level for this policy. */
            enabled?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * ConnectionPolicyReferences
         * @description The policies a connection policy applies (response form). Only the channel policy is typed: the
         *     vendor table was cut before this element's children, and SPS applies more policies here (for
         *     example the protocol's settings policy), so the object stays open.
         */
        ConnectionPolicyReferences: {
            /**
             * @description The channel policy (`/api/configuration/<protocol>/channel_policies/<key>`) deciding which channels
             *     the connections may open.
             */
            channel_policy?: components["schemas"]["Reference"];
        } & {
            [key: string]: unknown;
        };
        /**
         * ConnectionServerDomain
         * @description A server or domain (with a port) that inband destination selection admits or excludes.
         */
        ConnectionServerDomain: {
            domain: {
                /**
                 * @description Whether `value` is an IP address (`address`) or a domain name (`domain`).
                 * @enum {string}
                 */
                selection: "address" | "domain";
                /** @description The IP address or network, or the domain name. */
                value: string;
            };
            /** @description Port of the servers. */
            port?: number;
        };
        /**
         * ConnectionServerAddress
         * @description Where SPS connects the client to, chosen by `selection`: the address the client asked for
         *     (`original`), that address translated into another network (`nat`), a fixed server (`fix`), or an
         *     address taken from the user name the client sends (`inband`).
         */
        ConnectionServerAddress: {
            /** @constant */
            selection: "original";
        } | {
            /** @constant */
            selection: "nat";
            /**
             * @description Target network in address/prefix form.
             * @example 10.20.30.40/24
             */
            network: string;
        } | {
            /** @constant */
            selection: "fix";
            /** @description IP address or host name of the server. */
            address: string;
            /** @description Port of the server. */
            port: number;
        } | {
            /** @constant */
            selection: "inband";
            /** @description The servers or domains clients may name. */
            domains: components["schemas"]["ConnectionServerDomain"][];
            /** @description Servers or domains clients may not name, although `domains` would admit them. */
            exception_domains?: components["schemas"]["ConnectionServerDomain"][];
            /** @description Name server to resolve the names clients send; `null` when none is set. */
            dns_server?: string | null;
            /** @description Domain suffixes appended to the names clients send. */
            dns_suffixes?: string[];
        };
        /**
         * ConnectionPolicy
         * @description A connection policy (the `body` of `/api/configuration/<protocol>/connections/{key}`): which clients may
         *     connect to which targets and ports, who must authorize or audit the connections, where SPS connects
         *     to, and which policies apply. Only the elements common to all protocols are documented; SSH and RDP
         *     policies carry further protocol-specific fields, so the object stays open. For Telnet, VNC, HTTP,
         *     Citrix ICA and MSSQL, SPS 7.0 returns only these common elements. The request counterpart is
         *     `ConnectionPolicyUpdate` (references as keys, or as read).
         */
        ConnectionPolicy: {
            /** @description Name of the connection policy. */
            name: string;
            /** @description `false` suspends the policy but keeps its settings. */
            active?: boolean;
            /** @description Who may authorize or audit the connections of this policy. */
            access_control?: components["schemas"]["ConnectionAccessControl"][];
            channel_database_cleanup?: components["schemas"]["ConnectionChannelDatabaseCleanup"];
            client_side_transport_security?: components["schemas"]["ConnectionTransportSecurity"];
            indexing?: components["schemas"]["ConnectionIndexing"];
            /** @description `true` logs every download of an audit trail of this policy. */
            log_audit_trail_downloads?: boolean;
            network?: components["schemas"]["ConnectionNetwork"];
            override_log_level?: components["schemas"]["ConnectionLogLevelOverride"];
            policies?: components["schemas"]["ConnectionPolicyReferences"];
            server_address?: components["schemas"]["ConnectionServerAddress"];
        } & {
            [key: string]: unknown;
        };
        /**
         * ConnectionPolicyResponse
         * @description One connection policy; `key` is its ID (an opaque string).
         */
        ConnectionPolicyResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["ConnectionPolicy"];
        };
        /**
         * ClusterLocalService
         * @description The cluster interface of this node (the `body` of `/api/configuration/local_services/cluster`): whether
         *     it is on and on which NIC address it listens. Every node of a cluster needs it enabled.
         */
        ClusterLocalService: {
            /** @description `true` opens the cluster interface. */
            enabled: boolean;
            /**
             * @description The NIC address the cluster interface listens on, as a reference to the address of a network
             *     interface. `null` is accepted for an interface that has never been configured.
             */
            listen_address: components["schemas"]["Reference"] | null;
        };
        /**
         * ClusterLocalServiceResponse
         * @description The cluster interface settings (`key` is `cluster`).
         */
        ClusterLocalServiceResponse: components["schemas"]["Envelope"] & {
            /** @constant */
            key: "cluster";
            body: components["schemas"]["ClusterLocalService"];
        };
        /**
         * ClusterLocalServiceUpdate
         * @description Request body of `PUT /api/configuration/local_services/cluster`: both fields, bare; the listen address
         *     as the key string of the NIC address or the reference a GET returns.
         */
        ClusterLocalServiceUpdate: {
            /** @description `true` opens the cluster interface. */
            enabled: boolean;
            /**
             * @description The NIC address to listen on: its key (`nic<N>.interfaces.<interface-id>.addresses.<n>`) or the
             *     reference object a GET returns (SPS uses its `key`); `null` to leave it unset while the interface
             *     is disabled.
             * @example nic1.interfaces.ff7574025754b3df1647001.addresses.2553887595ce3ca7f1eae4
             */
            listen_address: components["schemas"]["ReferenceUpdate"] | null;
        };
        /**
         * LocalServicesAccessRestriction
         * @description Which client networks may connect to a local service of SPS.
         */
        LocalServicesAccessRestriction: {
            /** @description `true` to accept clients from the `allowed_from` networks only. */
            enabled?: boolean;
            /** @description Permitted client networks in `IPv4-address/prefix` form, for example `10.40.0.0/16`. */
            allowed_from?: string[];
        };
        /**
         * SshListener
         * @description An address and port where the SSH service of SPS accepts connections (response form).
         */
        SshListener: {
            /**
             * @description The NIC address to listen on, as a reference to the address of a network interface.
             * @example {
             *       "key": "nic1.interfaces.ff7574025754b3df1647001.addresses.1",
             *       "meta": {
             *         "href": "/api/configuration/network/nics/nic1#interfaces/ff7574025754b3df1647001/addresses/1"
             *       }
             *     }
             */
            address?: components["schemas"]["Reference"];
            /** @description TCP port of the listener. There is no documented default. */
            port?: number;
        };
        /**
         * SshPublicKey
         * @description A public key that may log in to the SPS host as root over SSH (response form). Its shape differs by
         *     version and even within one vendor page: an OpenSSH line (7.3.1 examples), a flat object (6.5.0 sample)
         *     or an object with a nested `key` (6.5.0 field table). Accept all three.
         */
        SshPublicKey: string | {
            /** @description Free-text comment of the key. */
            comment?: string;
            /**
             * @description Key type; only `rsa` is documented.
             * @enum {string}
             */
            selection: "rsa";
            /** @description The base64 public key, without type or comment. */
            value: string;
        } | {
            /** @description Free-text comment of the key. */
            comment?: string;
            key: {
                /**
                 * @description Key type; only `rsa` is documented.
                 * @enum {string}
                 */
                selection: "rsa";
                /** @description The base64 public key, without type or comment. */
                value: string;
            };
        };
        /**
         * SshLocalService
         * @description Settings of the SSH server of the SPS host itself (the `body` of
         *     `/api/configuration/local_services/ssh`), meant for troubleshooting only. The service's algorithms
         *     are fixed and not part of the object: KEX `diffie-hellman-group-exchange-sha256`, ciphers `aes256-ctr`
         *     and `aes128-ctr`, MACs `hmac-sha2-512` and `hmac-sha2-256`.
         */
        SshLocalService: {
            /** @description `true` runs the SSH server; when `false`, SPS ignores the other fields. */
            enabled?: boolean;
            access_restriction?: components["schemas"]["LocalServicesAccessRestriction"];
            /** @description `true` lets root log in with a password (in addition to `public_keys`). */
            allow_password_auth?: boolean;
            /**
             * @description `true` locks out clients for increasingly long periods after failed logins.
             * @default true
             */
            bruteforce_protection: boolean;
            /** @description Where the SSH server accepts connections. */
            listen?: components["schemas"]["SshListener"][];
            /**
             * @description Public keys that may log in as root.
             * @example [
             *       {
             *         "comment": "user@example.com anothercomment",
             *         "key": {
             *           "selection": "rsa",
             *           "value": "AADDB3NzaC1yc2EABBADAQA......./DuhON"
             *         }
             *       },
             *       {
             *         "comment": "username@example.com",
             *         "key": {
             *           "selection": "rsa",
             *           "value": "ASFDFAB3NzaC1yc2EAAAABIwAAASdfASF/EuQh9zc2umxX...dU="
             *         }
             *       }
             *     ]
             */
            public_keys?: components["schemas"]["SshPublicKey"][];
        };
        /**
         * SshLocalServiceResponse
         * @description The SSH service settings of the SPS host.
         */
        SshLocalServiceResponse: components["schemas"]["Envelope"] & {
            /** @constant */
            key: "ssh";
            body: components["schemas"]["SshLocalService"];
        };
        /**
         * LocalServicesAccessRestrictionUpdate
         * @description Which client networks may connect to a local service of SPS (request form): both fields required, no other field.
         */
        LocalServicesAccessRestrictionUpdate: WithRequired<components["schemas"]["LocalServicesAccessRestriction"], "enabled" | "allowed_from">;
        /**
         * SshListenerUpdate
         * @description An address and port where the SSH service of SPS accepts connections (request form). Kept apart from
         *     `SshListener` because `address` is wider here: a request may carry the key string or the reference as
         *     read, and `allOf` can only narrow a schema.
         */
        SshListenerUpdate: {
            /**
             * @description The NIC address to listen on: its key (`nic<N>.interfaces.<interface-id>.addresses.<n>`), as the
             *     vendor page asks, or the reference object a GET returns (sent back unchanged by read-modify-write
             *     clients; SPS uses its `key`).
             * @example nic1.interfaces.ff7574025754b3df1647001.addresses.1
             */
            address: components["schemas"]["ReferenceUpdate"];
            /** @description TCP port of the listener. There is no documented default. */
            port: number;
        };
        /**
         * SshPublicKeyUpdate
         * @description A public key that may log in to the SPS host as root over SSH (request form): one of the three shapes of
         *     `SshPublicKey`, with no other field next to `comment`, `selection`, `value` or `key`. Which shape a given
         *     SPS version accepts is not stated; send the shape that version returns on GET. One Identity recommends
         *     RSA keys of 2048 bits or more.
         */
        SshPublicKeyUpdate: components["schemas"]["SshPublicKey"];
        /**
         * SshLocalServiceUpdate
         * @description Request body of `PUT /api/configuration/local_services/ssh`: the complete SSH service settings, bare
         *     (no `key`, `body` or `meta`). Listener addresses are key strings, or the references as read.
         */
        SshLocalServiceUpdate: {
            /** @description `true` runs the SSH server; when `false`, SPS ignores the other fields. */
            enabled: boolean;
            access_restriction: components["schemas"]["LocalServicesAccessRestrictionUpdate"];
            /** @description `true` lets root log in with a password (in addition to `public_keys`). */
            allow_password_auth: boolean;
            /**
             * @description `true` locks out clients for increasingly long periods after failed logins.
             * @default true
             */
            bruteforce_protection: boolean;
            /** @description Where the SSH server accepts connections. */
            listen: components["schemas"]["SshListenerUpdate"][];
            /** @description Public keys that may log in as root. */
            public_keys: components["schemas"]["SshPublicKeyUpdate"][];
        };
        /**
         * SoapSettings
         * @description Settings of the SOAP RPC API of SPS (the `body` of `/api/configuration/management/soap`). The RPC API
         *     describes itself at `https://<sps>/rpc.php/<version>?wsdl`; its users need the `Access RPC API`
         *     privilege.
         */
        SoapSettings: {
            /** @description `true` turns the RPC API on. */
            enabled?: boolean;
        };
        /**
         * SoapSettingsResponse
         * @description The RPC API settings.
         */
        SoapSettingsResponse: components["schemas"]["Envelope"] & {
            /** @constant */
            key: "soap";
            body: components["schemas"]["SoapSettings"];
        };
        /**
         * SoapSettingsUpdate
         * @description Request body of `PUT /api/configuration/management/soap`: `SoapSettings`, bare (no `key`, `body` or
         *     `meta`), with `enabled` required and no other field.
         */
        SoapSettingsUpdate: WithRequired<components["schemas"]["SoapSettings"], "enabled">;
        /**
         * DnsSettings
         * @description The name servers SPS uses (the `body` of `/api/configuration/network/dns`). Only IPv4 addresses appear
         *     in the documented samples. Open to fields later SPS versions may add; the request counterpart is
         *     `DnsSettingsUpdate`.
         */
        DnsSettings: {
            /**
             * Format: ipv4
             * @description IP address of the primary DNS server.
             * @example 192.168.56.1
             */
            primary: string;
            /**
             * Format: ipv4
             * @description IP address of the secondary DNS server; `null` when none is set.
             */
            secondary: string | null;
        };
        /**
         * DnsSettingsResponse
         * @description The DNS settings object (`key` is `dns`).
         */
        DnsSettingsResponse: components["schemas"]["Envelope"] & {
            /** @constant */
            key: "dns";
            body: components["schemas"]["DnsSettings"];
        };
        /**
         * DnsSettingsUpdate
         * @description Request body of `PUT /api/configuration/network/dns`: the complete DNS settings (`DnsSettings`), bare
         *     (no `key`, `body` or `meta`) and with no other field. Send both fields; use `null` to clear the
         *     secondary server.
         */
        DnsSettingsUpdate: components["schemas"]["DnsSettings"];
        /**
         * NetworkIpForwardingRulePairs
         * @description Rules that forward traffic between the network interfaces of SPS (the `body` of
         *     `/api/configuration/network/ip_forwarding_rule_pairs`). Its shape (object or array) is not
         *     documented in the available sources.
         */
        NetworkIpForwardingRulePairs: unknown;
        /**
         * NetworkIpForwardingRulePairsResponse
         * @description The IP forwarding rules resource. Only the envelope is known; `key` and `body` are expected as on the
         *     other network settings but not documented.
         */
        NetworkIpForwardingRulePairsResponse: components["schemas"]["Envelope"] & {
            body?: components["schemas"]["NetworkIpForwardingRulePairs"];
        };
        /**
         * NetworkNaming
         * @description Host name, DNS search domain and appliance nickname of SPS (the `body` of
         *     `/api/configuration/network/naming`); `GET /api/info` reports the same values as `hostname`,
         *     `domainname` and `nickname`. The field layout is not documented in the available sources.
         */
        NetworkNaming: Record<string, unknown>;
        /**
         * NetworkNamingResponse
         * @description The naming settings object (`key` is `naming`).
         */
        NetworkNamingResponse: components["schemas"]["Envelope"] & {
            /** @constant */
            key: "naming";
            body: components["schemas"]["NetworkNaming"];
        };
        /**
         * NicAddresses
         * @description The IP addresses of a logical interface, as an ordered map: `@order` lists the address IDs (1-based
         *     numeric strings) in order, and each ID maps to an address in `IP/prefix` form such as
         *     `10.40.255.171/24`. Other objects point at an address with the dotted key
         *     `<nic>.interfaces.<interface-id>.addresses.<n>` (see `Reference`).
         */
        NicAddresses: {
            /** @description Address IDs in order. */
            "@order": string[];
        } & {
            [key: string]: string;
        };
        /**
         * NicInterface
         * @description A logical interface (optionally VLAN-tagged) on a physical NIC.
         */
        NicInterface: {
            /** @description Name of the logical interface, such as `default`. */
            name?: string;
            /** @description VLAN tag; `0` means untagged. */
            vlantag?: number;
            addresses?: components["schemas"]["NicAddresses"];
        };
        /**
         * NicInterfaces
         * @description The logical interfaces of a NIC, as an ordered map: `@order` lists the interface IDs (opaque strings)
         *     in order, and each ID maps to a `NicInterface`.
         */
        NicInterfaces: {
            /** @description Interface IDs in order. */
            "@order": string[];
        } & {
            [key: string]: components["schemas"]["NicInterface"];
        };
        /**
         * NicConfiguration
         * @description Configuration of one physical network interface (the `body` of
         *     `/api/configuration/network/nics/{nic}`).
         */
        NicConfiguration: {
            /** @description Operating-system name of the interface, such as `eth0`. */
            name?: string;
            /**
             * @description Link speed; `auto` negotiates it. Other values are not documented.
             * @example auto
             */
            speed?: string;
            interfaces?: components["schemas"]["NicInterfaces"];
        };
        /**
         * NicResponse
         * @description One physical network interface (`key` is `nic1`, `nic2` or `nic3`).
         */
        NicResponse: components["schemas"]["Envelope"] & {
            /** @example nic1 */
            key: string;
            body: components["schemas"]["NicConfiguration"];
        };
        /**
         * NetworkRouting
         * @description The routing table of SPS: the gateway for each configured subnet (the `body` of
         *     `/api/configuration/network/routing`). Its shape (object or array) is not documented in the
         *     available sources.
         */
        NetworkRouting: unknown;
        /**
         * NetworkRoutingResponse
         * @description The routing table resource. Only the envelope is known; `key` and `body` are expected as on the other
         *     network settings but not documented.
         */
        NetworkRoutingResponse: components["schemas"]["Envelope"] & {
            body?: components["schemas"]["NetworkRouting"];
        };
        /**
         * PasswordCreate
         * @description Request body of `POST /api/configuration/passwords`: the password in `plain`. From SPS 6.9 a SHA-256
         *     hash, and in 7.x a salted hash, is accepted instead of the plain text; the name of that field is not
         *     documented, so the body stays open and only asks for at least one field.
         */
        PasswordCreate: {
            /**
             * Format: password
             * @description The password in plain text.
             */
            plain?: $Write<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * MethodNotAllowedError
         * @description The resource does not support this HTTP method (`MethodNotAllowed`, 405), for example listing
         *     private keys or changing a write-once object.
         */
        MethodNotAllowedError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "MethodNotAllowed";
            };
        };
        /**
         * PasswordResponse
         * @description One stored password object. The password itself is never returned, and what the `body` holds is not
         *     documented.
         */
        PasswordResponse: components["schemas"]["Envelope"] & Record<string, unknown>;
        /**
         * AuditPolicy
         * @description An audit policy (the `body` of `/api/configuration/policies/audit_policies/{key}`): whether the audit
         *     trails of the connections that use it are encrypted, signed and timestamped. Documented from a table of
         *     the SPS 8.0 LTS examples page; the certificates of encryption and signing were not reached, so the
         *     object stays open.
         */
        AuditPolicy: {
            /** @description Name of the audit policy. */
            name?: string;
            /** @description Encryption of the audit trails. */
            encryption?: {
                enabled?: boolean;
            };
            /** @description Signing of the audit trails. */
            signing?: {
                enabled?: boolean;
            };
            /** @description Interval of signing and timestamping (`30` and `42` appear; the unit is not stated). */
            signing_and_timestamping_interval?: number;
            /** @description Timestamping of the audit trails by a timestamping authority. */
            timestamping?: {
                enabled?: boolean;
                server?: {
                    /**
                     * @description `remote` (a timestamping server at `server_url`) is the only value documented.
                     * @example remote
                     */
                    selection?: string;
                    /** @description URL of the timestamping server. */
                    server_url?: string;
                    /** @description The timestamping policy OID to request. */
                    oid?: {
                        enabled?: boolean;
                        /** @description The policy OID; `null` when none is set. */
                        policy_oid?: string | null;
                    };
                };
            };
        };
        /**
         * AuditPolicyResponse
         * @description One audit policy; `key` is its ID (the default policy's is `78101850949e47437dd91d`).
         */
        AuditPolicyResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["AuditPolicy"];
        };
        /**
         * TimePolicyDay
         * @description The intervals of one weekday, each a `[start, end]` pair of `H:MM` times.
         * @example [
         *       [
         *         "0:00",
         *         "23:59"
         *       ]
         *     ]
         */
        TimePolicyDay: string[][];
        /**
         * TimePolicy
         * @description A time policy (the `body` of `/api/configuration/policies/time_policies/{key}`): the intervals of each
         *     weekday in which it allows access. Channel-policy rules refer to time policies.
         */
        TimePolicy: {
            /**
             * @description Name of the time policy; no whitespace.
             * @example 7x24
             */
            name: string;
            Mon?: components["schemas"]["TimePolicyDay"];
            Tue?: components["schemas"]["TimePolicyDay"];
            Wed?: components["schemas"]["TimePolicyDay"];
            Thu?: components["schemas"]["TimePolicyDay"];
            Fri?: components["schemas"]["TimePolicyDay"];
            Sat?: components["schemas"]["TimePolicyDay"];
            Sun?: components["schemas"]["TimePolicyDay"];
        };
        /**
         * TimePolicyResponse
         * @description One time policy. The only sample shows `body` alone, without `key` or `meta`.
         */
        TimePolicyResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["TimePolicy"];
        };
        /**
         * UsermappingPolicy
         * @description A usermapping policy (the `body` of `/api/configuration/policies/usermapping_policies/{key}`, and the
         *     bare request body that creates or replaces one): which usergroups may use which user names on the
         *     servers (for example, only administrators as `root`), for SSH, RDP, Telnet and Citrix ICA. Its fields
         *     are not documented; `name` is assumed like on every other SPS policy. Send back what you read.
         */
        UsermappingPolicy: {
            /** @description Name of the usermapping policy. */
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * UsermappingPolicyResponse
         * @description One usermapping policy; `key` is its ID (an opaque string).
         */
        UsermappingPolicyResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["UsermappingPolicy"];
        };
        /**
         * PrivateKeyPem
         * Format: password
         * @description Request body of `POST /api/configuration/private_keys`: the private key itself as a single JSON
         *     string (not an object). Put the whole PEM file in the string, PKCS#1 (`BEGIN RSA PRIVATE KEY`) or
         *     PKCS#8 (`BEGIN PRIVATE KEY`), with each line break written as `\n`. Encrypted keys are refused.
         */
        PrivateKeyPem: string;
        /**
         * PrivateKeyFingerprint
         * @description Fingerprint of the public key that belongs to a stored private key, computed by SPS.
         */
        PrivateKeyFingerprint: {
            /**
             * @description The fingerprint in `ssh-keygen -l` style: key size, hash name and value, comment and key type,
             *     for example `2048 SHA256:JPKdf… no comment (RSA)`.
             */
            digest?: string;
            /** @description Hash used for `digest`, for example `sha256`. Not a closed list. */
            hash_algorithm?: string;
        };
        /**
         * PrivateKey
         * @description What SPS shows about a stored private key (the `body` of `GET /api/configuration/private_keys/{key}`).
         *     The key material is not part of it.
         */
        PrivateKey: {
            "public-key-fingerprint"?: components["schemas"]["PrivateKeyFingerprint"];
            /**
             * @description Key algorithm. RSA is the only type the sources document.
             * @enum {string}
             */
            type?: $Read<"rsa">;
        };
        /**
         * PrivateKeyResponse
         * @description One stored private key; `key` is its reference ID (a UUID in the samples).
         */
        PrivateKeyResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["PrivateKey"];
        };
        /**
         * ConnectionIndexingUpdate
         * @description Indexing of the audit trails of a connection policy (request form).
         */
        ConnectionIndexingUpdate: {
            /** @description `true` indexes the audit trails of this policy's connections. */
            enabled?: boolean;
            /**
             * @description The indexing policy (`/api/configuration/policies/indexing/<key>`): its key, or the reference
             *     object a GET returns (SPS uses its `key`); `null` for none.
             */
            policy?: components["schemas"]["ReferenceUpdate"] | null;
            /** @description Indexing priority (the list of values was not reached). */
            priority?: number;
        };
        /**
         * ConnectionPolicyReferencesUpdate
         * @description The policies a connection policy applies (request form). Only the channel policy is typed; other
         *     policy references are passed through untyped, as keys or as read.
         */
        ConnectionPolicyReferencesUpdate: {
            /**
             * @description The channel policy of the same protocol: its key, or the reference object a GET returns (sent back
             *     unchanged by read-modify-write clients; SPS uses its `key`).
             */
            channel_policy?: components["schemas"]["ReferenceUpdate"];
        } & {
            [key: string]: unknown;
        };
        /**
         * ConnectionPolicyUpdate
         * @description Request body of `POST /api/configuration/{ssh,rdp}/connections` and of `PUT` on one of them: the
         *     complete connection policy, bare (no `key`, `body` or `meta`), with references to other objects
         *     (channel policy, indexing policy) given as their key strings, or as the reference objects a GET
         *     returns, so that a body read with GET can be sent back unchanged. Only the elements common to all
         *     protocols are documented, so the body stays open for the protocol-specific ones.
         */
        ConnectionPolicyUpdate: {
            /** @description Name of the connection policy. */
            name: string;
            /** @description `false` suspends the policy but keeps its settings. */
            active?: boolean;
            /** @description Who may authorize or audit the connections of this policy; an empty list for nobody. */
            access_control?: components["schemas"]["ConnectionAccessControl"][];
            channel_database_cleanup?: components["schemas"]["ConnectionChannelDatabaseCleanup"];
            client_side_transport_security?: components["schemas"]["ConnectionTransportSecurity"];
            indexing?: components["schemas"]["ConnectionIndexingUpdate"];
            /** @description `true` logs every download of an audit trail of this policy. */
            log_audit_trail_downloads?: boolean;
            network?: components["schemas"]["ConnectionNetwork"];
            override_log_level?: components["schemas"]["ConnectionLogLevelOverride"];
            policies?: components["schemas"]["ConnectionPolicyReferencesUpdate"];
            server_address?: components["schemas"]["ConnectionServerAddress"];
        } & {
            [key: string]: unknown;
        };
        /**
         * StarlingEnvironment
         * @description The Starling environment SPS joins. `prod` is the production service; the others are One Identity's
         *     development and staging environments (`account-<environment>.cloud.oneidentity.com`).
         * @enum {string}
         */
        StarlingEnvironment: "dev" | "devtest" | "stage" | "prod";
        /**
         * StarlingJoinInfo
         * @description How SPS is joined to Starling, or `null` when it is not joined. Set by `POST /api/starling/join` and
         *     cleared by `DELETE /api/starling/join`; it cannot be changed through `/api/configuration/starling`.
         */
        StarlingJoinInfo: {
            environment?: components["schemas"]["StarlingEnvironment"];
            product_instance?: string;
            product_tims?: string;
        } | null;
        /**
         * StarlingRemoteAccess
         * @description Safeguard Remote Access (SRA) settings.
         */
        StarlingRemoteAccess: {
            /** @description Whether Safeguard Remote Access is on. Can be `true` only while SPS is joined to Starling. */
            enabled: boolean;
        };
        /**
         * StarlingConfiguration
         * @description The Starling settings (the `body` of `/api/configuration/starling`): the read-only join data and the
         *     Safeguard Remote Access switch. The request counterpart is `StarlingConfigurationUpdate`.
         */
        StarlingConfiguration: {
            join_info: $Read<components["schemas"]["StarlingJoinInfo"]>;
            remote_access: components["schemas"]["StarlingRemoteAccess"];
        };
        /**
         * StarlingConfigurationResponse
         * @description The Starling settings object (`key` is `starling`).
         */
        StarlingConfigurationResponse: components["schemas"]["Envelope"] & {
            /** @constant */
            key: "starling";
            body: components["schemas"]["StarlingConfiguration"];
        };
        /**
         * StarlingConfigurationUpdate
         * @description Request body of `PUT /api/configuration/starling`: the settings as read, bare (no `key`, `body` or
         *     `meta`), with `remote_access.enabled` changed. `join_info` may be sent back as read; SPS ignores it
         *     (join and leave with `/api/starling/join`).
         */
        StarlingConfigurationUpdate: {
            /** @description The join data as read with GET; SPS ignores it here. */
            join_info?: components["schemas"]["StarlingJoinInfo"];
            remote_access: components["schemas"]["StarlingRemoteAccess"];
        };
        /**
         * X509CertificateCreate
         * @description Request body of `POST /api/configuration/x509`: a certificate, its private key and the CA certificates
         *     that issued it, all as PEM text in JSON strings (line breaks written as `\n`). SPS refuses invalid
         *     certificates and chains, and encrypted keys.
         */
        X509CertificateCreate: {
            /** @description The X.509 certificate in PEM (`-----BEGIN CERTIFICATE-----` …). */
            certificate: string;
            /**
             * Format: password
             * @description The certificate's private key in PEM, unencrypted. The SPS 6.5.0 page accepts PKCS#1
             *     (`BEGIN RSA PRIVATE KEY`) only for certificates, while stand-alone private keys may also be PKCS#8.
             */
            private_key: $Write<string>;
            /** @description PEM certificates of the issuing CAs that validate `certificate`, one string each; may be empty. */
            issuer_chain?: string[];
        };
        /**
         * X509Fingerprint
         * @description Fingerprint of a stored certificate, computed by SPS.
         */
        X509Fingerprint: {
            /** @description Colon-separated hex bytes, for example `ef:d3:8e:d0:81:4f:a2:8f:3b:8b:0c:dd:c7:8f:8c:7e`. */
            digest?: string;
            /** @description Hash used for `digest`, such as `md5` or `sha256`. Not a closed list. */
            hash_algorithm?: string;
        };
        /**
         * X509Certificate
         * @description What SPS shows about a stored certificate (the `body` of `GET /api/configuration/x509/{key}`). The
         *     certificate's private key is not part of it.
         */
        X509Certificate: {
            fingerprint?: components["schemas"]["X509Fingerprint"];
            /**
             * @description Subject distinguished name, slash-separated, for example
             *     `C=RO/ST=State/L=Locality/O=Organization/OU=OrganizationalUnit/CN=example.com/emailAddress=root@example.com`.
             */
            subject?: $Read<string>;
        };
        /**
         * X509CertificateResponse
         * @description One stored certificate; `key` is its reference ID (a UUID in the samples).
         */
        X509CertificateResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["X509Certificate"];
        };
        /**
         * FirmwareFetchJob
         * @description The state of one firmware download job. Every documented sample carries all eight fields, using
         *     `null` where a value does not apply yet, so all of them are required.
         */
        FirmwareFetchJob: {
            /** @description Bytes downloaded so far. Documented as a number; always a whole byte count. */
            bytes_downloaded: number;
            /**
             * @description Size of the image as announced by the server's `Content-Length` header; `0` until it is known (and
             *     when the download failed before it started).
             */
            bytes_total: number;
            /** @description What went wrong, as free text; `null` when no error happened. */
            error: string | null;
            /**
             * @description The current step: `Downloading`, `Verifying checksum`, `Installing`, or `Firmware fetching failed`.
             *     `null` before the download starts and after a successful installation.
             * @enum {string|null}
             */
            info: "Downloading" | "Verifying checksum" | "Firmware fetching failed" | "Installing" | null;
            /**
             * @description The slot the image was installed into, once `status` is `finished`; `null` before that. It is not
             *     updated if the slot is later deleted or overwritten. Documented as a number; slot IDs are whole
             *     numbers starting at 1.
             */
            slot_id: number | null;
            /**
             * Format: date-time
             * @description When the job started (ISO 8601 with a UTC offset). `null` while the job is still queued — the
             *     vendor table does not say so, but the queued sample shows it.
             */
            start_time: string | null;
            /**
             * @description `queued` → `in-progress` → `finished`, or `failed`, or `canceled` (spelled with one "l", as in the
             *     documented list). A `queued` or `in-progress` job can be canceled with DELETE.
             * @enum {string}
             */
            status: "queued" | "in-progress" | "finished" | "failed" | "canceled";
            /**
             * Format: uri
             * @description The URL the image is downloaded from.
             */
            url: string;
        };
        /**
         * FirmwareFetchJobList
         * @description Every firmware download job SPS remembers, with its state in `body`. Finished, failed and canceled
         *     jobs stay in the list until they are deleted one by one.
         */
        FirmwareFetchJobList: components["schemas"]["Listing"] & {
            items?: (components["schemas"]["ListingItem"] & {
                /**
                 * Format: uuid
                 * @description ID of the download job (a UUID).
                 */
                key: string;
                body: components["schemas"]["FirmwareFetchJob"];
            })[];
        };
        /**
         * FirmwareFetchRequest
         * @description Where SPS downloads a firmware ISO image from, and the checksum it verifies the download against.
         *     SPS does not validate the server certificate of an HTTPS URL, so the checksum is what protects the
         *     image in transit.
         */
        FirmwareFetchRequest: {
            /**
             * Format: uri
             * @description URL of the firmware ISO image, such as `https://example.com/sps.iso`. The request table types it as a
             *     plain string; the job status types the same value as a URI, hence `format: uri`. Required because it
             *     is what SPS downloads (the page does not mark it explicitly).
             */
            url: string;
            /** @description Required (stated by the page); only a SHA-256 hash is accepted. */
            checksum: {
                /**
                 * @description SHA-256 hash of the ISO image, as published on the SPS download page. The page states only
                 *     "SHA-256 hash"; the 64-hexadecimal-character pattern follows from that and from its sample
                 *     (lower-case there; upper case is not excluded because the page does not say).
                 */
                sha256: string;
            };
        };
        /**
         * FirmwareFetchJobResponse
         * @description One firmware download job. Once it has finished, `meta.slot` links to the slot that received the image.
         */
        FirmwareFetchJobResponse: components["schemas"]["Envelope"] & {
            /**
             * Format: uuid
             * @description ID of the download job (a UUID).
             */
            key: string;
            body: components["schemas"]["FirmwareFetchJob"];
        };
        /**
         * FirmwareSlot
         * @description A firmware slot: a place on the appliance that holds one firmware image. An empty slot is `{}`, so
         *     every field is optional.
         */
        FirmwareSlot: {
            /**
             * @description `true` for the slot that boots after the next reboot (the one an upgrade selected). A plain
             *     boolean: freshly uploaded images are not guaranteed to report `false`.
             */
            after_reboot?: boolean;
            /** @description `true` for the slot that is running now. */
            current?: boolean;
            /** @description Upgrade notes that matter for the running version; `null` when there are none. */
            upgrade_news?: string | null;
            /** @description The upgrade notes shipped with the image; `null` when it ships none (like `upgrade_news`). */
            upgrade_notes?: string | null;
            /**
             * @description Firmware version of the image, a dotted string such as `7.4.0` (the vendor table says "number",
             *     which such values cannot be).
             */
            version?: string;
        };
        /**
         * FirmwareSlotList
         * @description The firmware slots of the appliance, each with its content in `body` (`{}` when empty). `meta` tells
         *     which slot runs now (`current_slot`), which boots next (`slot_after_reboot`) and how many are empty
         *     (`number_of_empty_slots`). Extra top-level fields are allowed: one official client expects a `body`
         *     here, although the documented shape is `items`.
         */
        FirmwareSlotList: components["schemas"]["Listing"] & {
            items?: (components["schemas"]["ListingItem"] & {
                /** @description The slot ID, a 1-based number sent as a string. */
                key?: string;
                body?: components["schemas"]["FirmwareSlot"];
            })[];
        };
        /**
         * FirmwareSlotResponse
         * @description One firmware slot, keyed by its slot ID.
         */
        FirmwareSlotResponse: components["schemas"]["Envelope"] & {
            /** @description The slot ID, a 1-based number sent as a string (`"1"`, `"2"`, …). */
            key: string;
            body: components["schemas"]["FirmwareSlot"];
        };
        /**
         * FirmwareTestRequest
         * @description Which slot's image to check against the running appliance.
         */
        FirmwareTestRequest: {
            /**
             * @description ID of the slot holding the image, as a JSON number (the slot's `key` is the same number as a
             *     string). Missing → `IncompleteRequestBodyError`; an empty slot → `ResourceNotFound`.
             */
            slot_id: number;
        };
        /**
         * FirmwareTestFailedDetails
         * @description `details` of `FirmwareTestFailed`: the outcome of the firmware pre-upgrade checks.
         */
        FirmwareTestFailedDetails: {
            /** @description `0` when the checks passed, `1` when they failed. */
            exit_code?: number;
            /** @description The checks' report (several lines). */
            test_summary?: string;
        };
        /**
         * FirmwareTestFailedError
         * @description The image failed the pre-upgrade checks (`FirmwareTestFailed`): version or upgrade-path
         *     compatibility, free storage, configuration compatibility, or manually modified (tainted) firmware
         *     files. `details.test_summary` says which.
         */
        FirmwareTestFailedError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "FirmwareTestFailed";
                details?: components["schemas"]["FirmwareTestFailedDetails"];
            };
        };
        /**
         * FirmwareTestResponse
         * @description The report of a passed firmware check, answered by both the test and the upgrade. `key` is the
         *     slot ID; `meta.slot` links to the slot.
         */
        FirmwareTestResponse: components["schemas"]["Envelope"] & {
            /** @description The slot ID that was checked, as a string. */
            key: string;
            body: {
                /**
                 * @description The checks' report, one line per step. The PowerShell client also treats a report that
                 *     begins with `Upgrade is allowed;` as a pass; the vendor sample's report does not, so rely
                 *     on the HTTP status rather than on the text.
                 */
                test_summary: string;
            };
        };
        /**
         * MissingPathsDetails
         * @description `details` of `IncompleteRequestBodyError`: the required request-body fields that were missing.
         */
        MissingPathsDetails: {
            /** @description Names of request-body fields (not URL parameters, despite the vendor wording). */
            missing_paths: string[];
        };
        /**
         * IncompleteRequestBodyError
         * @description A required request-body field is missing (`IncompleteRequestBodyError`); `details.missing_paths`
         *     names it (for the firmware test and upgrade: `slot_id`).
         */
        IncompleteRequestBodyError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "IncompleteRequestBodyError";
                details?: components["schemas"]["MissingPathsDetails"];
            };
        };
        /**
         * ResourceNotFoundDetails
         * @description `details` of `ResourceNotFound`: which referenced resource is missing, for example an empty firmware slot.
         */
        ResourceNotFoundDetails: {
            /** @description The API node that looked for the resource, such as `/firmware/test`. */
            mount_point?: string;
            /** @description The missing resource. Documented as a number, sent as a string. */
            resource?: string | number;
        };
        /**
         * ResourceNotFoundError
         * @description A resource the request refers to does not exist (`ResourceNotFound`), for example an empty
         *     firmware slot.
         */
        ResourceNotFoundError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "ResourceNotFound";
                details?: components["schemas"]["ResourceNotFoundDetails"];
            };
        };
        /**
         * FirmwareUpgradeRequest
         * @description Which slot's image to upgrade to, and the commit message when the appliance requires one.
         */
        FirmwareUpgradeRequest: {
            /**
             * @description ID of the slot holding the new image, as a JSON number. Missing → `IncompleteRequestBodyError`;
             *     an empty slot → `ResourceNotFound`.
             */
            slot_id: number;
            /**
             * @description Commit message for the upgrade (SPS 7.1.1 and later). Must be set when the accounting option
             *     `require_commitlog` is on; may be `null` or left out otherwise.
             */
            message?: string | null;
        };
        /**
         * HealthIntegrity
         * @description Integrity verdict of a firmware part.
         * @enum {string}
         */
        HealthIntegrity: "OK" | "CORRUPTED";
        /**
         * HealthStatus
         * @description Health of the appliance (the `health_status` member of `GET /api/health_status`). The vendor sample is
         *     cut inside `system_details.disk` and its tables for the indexer and RAID objects were not reached, so
         *     nothing is required and every object stays open.
         */
        HealthStatus: {
            /** @description CPU usage, in percent. */
            cpu?: number;
            /** @description Disk space in use, in percent. */
            disk?: number;
            /** @description Memory in use, in percent. */
            memory?: number;
            /** @description Swap in use, in percent. */
            swap?: number;
            /** @description System load average over 1 minute. */
            load1?: number;
            /** @description System load average over 5 minutes. */
            load5?: number;
            /** @description System load average over 15 minutes. */
            load15?: number;
            /** @description Integrity of the installed firmware. */
            firmware?: {
                /** @description Verdict per firmware part. */
                integrity?: {
                    boot?: components["schemas"]["HealthIntegrity"];
                    core?: components["schemas"]["HealthIntegrity"];
                };
                /** @description Number of modified firmware files per part. */
                tainted_files?: {
                    boot?: number;
                    core?: number;
                    ha_other?: number;
                };
            };
            /** @description State of the indexer services that make recorded sessions searchable. */
            indexer?: {
                /** @description One entry per indexer. */
                indexer_status?: {
                    /** @description What the indexer processes; values seen are `index`, `screenshot` and `video`. */
                    capabilities?: string[];
                    /** @description Address of the indexer. */
                    ip?: string;
                    /** @description Number of workers of the indexer. */
                    workers_count?: number;
                    /** @description Number of idle workers. */
                    idle_workers_count?: number;
                    /** @description Indexing jobs of the indexer (type not documented). */
                    indexer_jobs?: unknown;
                    /** @description Screenshot jobs of the indexer (type not documented). */
                    screenshot_jobs?: unknown;
                    /** @description Video jobs of the indexer (type not documented). */
                    video_jobs?: unknown;
                }[];
                /** @description Tasks being processed (element shape not documented). */
                processing_tasks?: unknown[];
                /** @description Tasks waiting (element shape not documented). */
                remaining_tasks?: unknown[];
                /** @description Warnings about indexer workers (element shape not documented). */
                worker_warnings?: unknown[];
            };
            /** @description Fill level of the internal processing queues. */
            pipeline_queues?: {
                session_events?: number;
                indexer_events?: number;
            };
            /** @description State of the RAID array. */
            raid?: {
                /** @description One entry per disk, keyed by its controller position (such as `252:0`). */
                disks?: {
                    [key: string]: {
                        /** @description State of the disk, `OK` when healthy. */
                        status?: string;
                    };
                };
                status?: {
                    /** @description State of the array, `OK` when healthy. */
                    status?: string;
                    /** @description Detailed state of the array, `OK` when healthy. */
                    detailed_status?: string;
                    /** @description Progress of a running RAID operation (such as a rebuild), `0` when none runs. */
                    operation_progress?: number;
                };
            };
            /** @description Active sessions per protocol: `http`, `ica`, `mssql`, `rdp`, `ssh`, `telnet`, `vnc`. */
            sessions?: {
                [key: string]: number;
            };
            /** @description Active sessions of all protocols (`/api/cluster/status` calls the same count `total_sessions`). */
            sessions_total?: number;
            /** @description Details of CPU and disk usage. */
            system_details?: {
                /** @description CPU time per category (`user`, `system`, `idle`, `iowait`, `irq`, `softirq`, `steal`, `nice`, `guest`, `guest_nice`). */
                cpu?: {
                    [key: string]: number;
                };
                /** @description Disk usage; the vendor sample is cut after `total`. */
                disk?: {
                    /** @description Free space (bytes, as the sample's magnitude suggests). */
                    free?: number;
                    /** @description Space in use, in percent. */
                    percent?: number;
                    /** @description Total space (its value was cut from the sample). */
                    total?: number;
                };
            };
        };
        /**
         * HealthStatusResponse
         * @description The answer to `GET /api/health_status`: the appliance's health in a top-level `health_status` object
         *     (no `key`/`body` envelope in the documented sample).
         */
        HealthStatusResponse: {
            health_status: components["schemas"]["HealthStatus"];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * InfoPluginSdkVersion
         * @description Version of the plugin SDK the firmware supports (SPS 6.9 and later).
         */
        InfoPluginSdkVersion: {
            /** @description The feature (major.minor style) version. */
            feature?: string;
            /** @description The complete version string. */
            full?: string;
        };
        /**
         * InfoAbout
         * @description Facts about the appliance. Anonymous callers get only `domainname`, `hostname`, `nickname`,
         *     `support_link` and `plugin_sdk_version`; the other fields need a valid session. Every field is
         *     optional because the set depends on the caller and on the SPS version.
         */
        InfoAbout: {
            /** @description DNS domain of the appliance (set under `/api/configuration/network/naming`). Anonymous. */
            domainname?: string;
            /** @description Host name of the appliance (set under `/api/configuration/network/naming`). Anonymous. */
            hostname?: string;
            /** @description Nickname of the appliance; `null` when none is set (it is optional). Anonymous. */
            nickname?: string | null;
            /** @description Support link of the appliance. Anonymous. */
            support_link?: string;
            plugin_sdk_version?: components["schemas"]["InfoPluginSdkVersion"];
            /** @description Whether analytics is switched on. Authenticated callers only. */
            analytics_enabled?: boolean;
            /** @description Build date of the running firmware (format not documented). Authenticated callers only. */
            build_date?: string;
            /** @description Hash identifying the current configuration. Authenticated callers only. */
            config_hash?: string;
            /**
             * @description Version of the running firmware, such as `7.4.0`. Clients compare its major.minor prefix to pick
             *     features, and poll it after an upgrade. Authenticated callers only.
             */
            firmware_version?: string;
            /** @description Firmware version; some clients read it when `firmware_version` is absent. Authenticated callers only. */
            version?: string;
            /** @description Roles; their meaning and type are not documented, so any value is accepted. Authenticated callers only. */
            roles?: unknown;
        };
        /**
         * InfoResponse
         * @description The appliance information resource (`key` is always `about_info`).
         */
        InfoResponse: components["schemas"]["Envelope"] & {
            /** @constant */
            key: "about_info";
            body: components["schemas"]["InfoAbout"];
        };
        /**
         * IntegratedProduct
         * @description One product SPS can be integrated with (One Identity Starling services, or Safeguard for Privileged
         *     Passwords when SPS is linked to SPP). Unlike other SPS resources it has no `key` or `meta`.
         */
        IntegratedProduct: {
            /**
             * @description Product name, such as `Defender`, `Connect`, `Governance`, `RemoteAccess` or
             *     `Safeguard for Privileged Passwords`. Not a closed list.
             */
            name: string;
            /**
             * Format: uri
             * @description URL of the product; `null` when it is not integrated.
             */
            link: string | null;
            /** @description `true` when the product is integrated with SPS. */
            activated: boolean;
        };
        /**
         * IntegratedProductList
         * @description The answer of `GET /api/integrated_products`: a bare `items` array, without the `key` or `meta` that
         *     other listings carry. `items` is empty when no product is integrated.
         */
        IntegratedProductList: {
            items: components["schemas"]["IntegratedProduct"][];
        };
        /**
         * SetupStatusResponse
         * @description The state of the Welcome Wizard (`GET /api/setup`). Unlike most SPS answers, `status` sits at the top
         *     level, next to `meta`, with no `key`/`body` envelope.
         */
        SetupStatusResponse: {
            /**
             * @description `uninitialized` until the Welcome Wizard has been completed (only then does `POST /api/setup`
             *     work), `booting` while the appliance applies the submitted settings, `completed` afterwards. The
             *     sources show these three values without calling the list complete, so it is not closed.
             * @example uninitialized
             * @example booting
             * @example completed
             */
            status: string;
            meta?: components["schemas"]["Meta"] & {
                /**
                 * Format: uri
                 * @description URL of the end-user license agreement that `accept_eula` accepts.
                 */
                eula?: string;
            };
        };
        /**
         * SetupRequest
         * @description Request body of `POST /api/setup`: the answers of the Welcome Wizard, bare. The vendor table was cut
         *     after `license`; the other sections are named as One Identity's PowerShell client sends them, and the
         *     types of their members are not documented, so only the sections are typed and the body stays open.
         */
        SetupRequest: {
            /**
             * @description Acceptance of the end-user license agreement (the link is `meta.eula` of `GET /api/setup`); must be `true`.
             * @constant
             */
            accept_eula: true;
            /**
             * @description The SPS license file as one string. SPS 6.0 documents the plain-text license with line breaks
             *     written as `\n` (`Product: Shell Control Box\nEdition: Single\n…`) and accepts `null` to start in
             *     demo mode; SPS 7.2 and later show the XML license file (`<?xml …><LicenseFile>…`).
             */
            license?: string | null;
            /**
             * @description Initial networking. Members sent by the PowerShell client: `hostname`, `domainname`,
             *     `initial_address`, `gateway`, `vlantag`, `primary_dns` (their types are not documented).
             */
            network?: Record<string, unknown>;
            /** @description Initial passwords of `root` and of the web `admin` user. */
            administration?: {
                /**
                 * Format: password
                 * @description Password of the `root` account.
                 */
                root_password?: $Write<string>;
                /**
                 * Format: password
                 * @description Password of the `admin` user of the web interface and the REST API.
                 */
                admin_password?: $Write<string>;
            };
            /**
             * @description Certificates of the appliance. Members sent by the PowerShell client: `ca`, `webserver`, `tsa`
             *     (their shape is not documented).
             */
            certificates?: Record<string, unknown>;
            /**
             * @description E-mail settings. Members sent by the PowerShell client: `smtp_server`, `admin_email` (their types
             *     are not documented).
             */
            email?: Record<string, unknown>;
            /**
             * @description Time settings. Members sent by the PowerShell client: `timezone`, `primary_ntp_server` (their
             *     types are not documented).
             */
            datetime?: Record<string, unknown>;
        };
        /**
         * StarlingJoinParameters
         * @description The identifiers SPS presents to Starling when joining (the `body` of `GET /api/starling/join`). A
         *     client builds the browser join URL from them:
         *     `https://account[-dev|-devtest|-stage].cloud.oneidentity.com/join/Safeguard/<product_instance>/<product_tims>`.
         *     Known from One Identity's PowerShell client only; other fields may be present.
         */
        StarlingJoinParameters: {
            /** @description Instance identifier of this SPS, sent back unchanged in the join request. */
            product_instance?: string;
            /** @description Product identifier of this SPS, sent back unchanged in the join request. */
            product_tims?: string;
        };
        /**
         * StarlingJoinParametersResponse
         * @description The Starling join parameters of this SPS.
         */
        StarlingJoinParametersResponse: components["schemas"]["Envelope"] & {
            body: components["schemas"]["StarlingJoinParameters"];
        };
        /**
         * StarlingJoinRequest
         * @description Request body of `POST /api/starling/join`. `product_instance` and `product_tims` come from
         *     `GET /api/starling/join`; `token_endpoint` and `credential_string` are handed out by Starling during
         *     the browser join flow. Fields as sent by One Identity's PowerShell client.
         */
        StarlingJoinRequest: {
            /** @description As returned by `GET /api/starling/join`. */
            product_instance: string;
            /** @description As returned by `GET /api/starling/join`. */
            product_tims: string;
            environment: components["schemas"]["StarlingEnvironment"];
            /** @description Token endpoint obtained from the Starling join flow. */
            token_endpoint: string;
            /**
             * Format: password
             * @description Credential obtained from the Starling join flow.
             */
            credential_string: $Write<string>;
        };
        /**
         * StarlingJoinStatus
         * @description Whether SPS can currently join or leave One Identity Starling. Unlike other SPS resources the fields
         *     sit at the top level, next to `meta`, without `key` or `body`.
         */
        StarlingJoinStatus: {
            /** @description Whether SPS reaches the Starling status page (oneidentitycloud.statuspage.io). */
            internet_connection: {
                /**
                 * @description Why the connection failed; the string `N/A` when there was no error.
                 * @example N/A
                 */
                error: string;
                /** @description `true` when SPS reached the status page, `false` without Internet access. */
                status: boolean;
            };
            /** @description Whether a proxy server is configured. */
            proxy: boolean;
            /**
             * @description Status of every Starling-related service, keyed by service name (for example
             *     `"One Identity Starling": "operational"`). Only the `One Identity Starling` entry matters for
             *     joining and leaving. Service names and status values are not a closed list.
             */
            starling_status: {
                [key: string]: string;
            };
            /**
             * @description `true` when the status page is reachable, a proxy is enabled and the relevant services are
             *     operational, that is, when a join or unjoin can be attempted.
             */
            verdict: boolean;
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
        /**
         * UnsupportedMethodError
         * @description The request had neither a body nor a `Content-Length: 0` header (`UnsupportedMethod`, as the SPS
         *     6.0.4 pages name the 411 error).
         */
        UnsupportedMethodError: components["schemas"]["Error"] & {
            error: {
                /** @constant */
                type: "UnsupportedMethod";
            };
        };
        /**
         * TransactionChangeType
         * @description Kind of pending change: `create` (a new object; see `new_value`), `delete` (an object removed; see
         *     `old_value`), `replace` (an object modified; both values), `reorder` (the order of a collection
         *     changed; `old_order` and `new_order`).
         * @enum {string}
         */
        TransactionChangeType: "create" | "delete" | "reorder" | "replace";
        /**
         * TransactionChange
         * @description One change staged in the open transaction. Which of the value and order fields accompany which `type`
         *     is not spelled out by the sources; the pairing in `TransactionChangeType` is the expected one.
         */
        TransactionChange: {
            type: components["schemas"]["TransactionChangeType"];
            /** @description The endpoint or object that changed. */
            path: string;
            /** @description The value after the change (`create`, `replace`). */
            new_value?: string | Record<string, unknown>;
            /** @description The value before the change (`delete`, `replace`). */
            old_value?: string | Record<string, unknown>;
            /**
             * @description The new order of keys (`reorder`). Documented as a list; other JSON types are tolerated because
             *     the sources type the matching `old_order` loosely.
             */
            new_order?: string[] | string | Record<string, unknown>;
            /**
             * @description The previous order of keys (`reorder`). Expected to be a list like `new_order`, although the
             *     vendor page types it as "string or JSON object"; those types are tolerated too.
             */
            old_order?: string[] | string | Record<string, unknown>;
        };
        /**
         * TransactionChangesResponse
         * @description The change log of the open transaction; an empty `changes` list when nothing is staged.
         */
        TransactionChangesResponse: components["schemas"]["Envelope"] & {
            /** @description The staged changes. */
            changes: components["schemas"]["TransactionChange"][];
        };
        /**
         * SupportBundleJob
         * @description The state of a support-bundle job (its `body`). Only `status` is documented; the object stays open for
         *     what the appliance adds.
         */
        SupportBundleJob: {
            /**
             * @description `finished` once the bundle can be downloaded. The values before that are not documented, so the
             *     list is not closed; One Identity's PowerShell client compares the value case-insensitively.
             * @example finished
             */
            status: string;
        };
        /**
         * SupportBundleJobList
         * @description The support-bundle jobs of the appliance (at most one bundle exists at a time). Members carry their
         *     state in `body` where SPS includes it.
         */
        SupportBundleJobList: components["schemas"]["Listing"] & {
            items?: (components["schemas"]["ListingItem"] & {
                body?: components["schemas"]["SupportBundleJob"];
            })[];
        };
        /**
         * SupportBundleJobResponse
         * @description One support-bundle job.
         */
        SupportBundleJobResponse: components["schemas"]["Envelope"] & {
            /** @description ID of the job, as returned when it was started. */
            key: string;
            body: components["schemas"]["SupportBundleJob"];
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
                "application/json": components["schemas"]["UnauthenticatedError"] | components["schemas"]["AuthenticationFailureError"] | components["schemas"]["Error"];
            };
        };
        /** @description Authenticated, but the user lacks the privilege for this path (`Unauthorized`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedError"] | components["schemas"]["Error"];
            };
        };
        /**
         * @description The search request is malformed: most often a query (`q`, `content`) SPS cannot parse, or a parameter
         *     of the wrong form. The error type SPS sends is not documented.
         */
        InvalidSearchQuery: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SyntacticError"] | components["schemas"]["Error"];
            };
        };
        /**
         * @description SPS could not run the search, most likely because its search database is unavailable. The error type
         *     is not documented.
         */
        SearchUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Too many search snapshots are open on the appliance (several users or programs use snapshots at the
         *     same time). Wait for one to expire — a snapshot lives 5 minutes after its last query — and try again.
         *     Neither the quota nor the error type is documented: recognise this answer by its status.
         */
        SnapshotQuotaExceeded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The object does not exist (`NotFound`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundError"] | components["schemas"]["Error"];
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
                "application/json": components["schemas"]["InvalidRequestBodyError"] | components["schemas"]["SyntacticError"] | components["schemas"]["SemanticError"] | components["schemas"]["Error"];
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
                "application/json": components["schemas"]["WebGuiOrRpcApiConfigInProgressError"] | components["schemas"]["Error"];
            };
        };
        /** @description The resource does not support this HTTP method (`MethodNotAllowed`). */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MethodNotAllowedError"] | components["schemas"]["Error"];
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
                "application/json": components["schemas"]["UnsupportedMethodError"] | components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Only sessions that started after this moment: an ISO 8601 date or date-time. The vendor example gives
         *     neither seconds nor a UTC offset (`2017-01-25T10:00`); clients send full times with an offset.
         */
        SessionSearchStart: string;
        /** @description Only sessions that ended before this moment; the same format as `start`. */
        SessionSearchEnd: string;
        /**
         * @description Only sessions whose fields match this query: `field:value` terms on dotted field names
         *     (`user.name:root`, `server.address:10.30.255.70`, `origin:("RECORDING")`), combined with `AND`, `OR`
         *     and `NOT`; quote phrases; escape the characters `+ - & | ! ( ) { } [ ] ^ " ~ * ? : \ /` with `\`.
         *     Some fields can be searched although they are not returned (for example `active`).
         */
        SessionSearchQuery: string;
        /**
         * @description Only sessions whose recorded content (what was typed or shown on screen) matches this query. Works on
         *     indexed sessions only. Same syntax as `q`; whole words match by default.
         */
        SessionSearchContent: string;
        /**
         * @description Which fields of each session to return in the items' `body`: a comma-separated list of dotted field
         *     names, or `*` for all. Without it, items carry only `key` and `meta`.
         */
        SessionSearchFields: string;
        /** @description Sort by this field, ascending; prefix it with `-` for descending. */
        SessionSearchSort: string;
        /**
         * @description Page size. The default and the maximum is 500: larger values are not rejected but capped to 500, so
         *     read the size SPS used from `meta.limit`.
         */
        SessionSearchLimit: number;
        /**
         * @description Position of the first session to return (basic mode only; a snapshot search pages with
         *     `search_after`). Basic search never returns results beyond the first 10,000 matches: an offset above
         *     10,000 is ignored. To read more, use a snapshot.
         */
        SessionSearchOffset: number;
        /** @description `json` (default) or `csv`; CSV answers are `text/csv`. */
        SessionSearchFormat: "json" | "csv";
        /**
         * @description Search inside this snapshot (from `GET /api/audit/sessions/_snapshot`) instead of the live database:
         *     pages are then reached only by following `meta.next`, which carries `search_after` (no `offset`, no
         *     10,000 limit), and `meta` has the snapshot form. Each query extends the snapshot's life by 5 minutes;
         *     an expired or unknown snapshot answers 404.
         */
        SessionSearchSnapshot: string;
        /**
         * @description Snapshot mode only: continue after this position, i.e. return the sessions that follow it in the
         *     search's order. SPS puts it in `meta.next` and echoes it in the next page's `meta.search_after`; its
         *     format is not documented, so take it from `meta.next` rather than building it. Without it, a snapshot
         *     search starts at its first match. Basic mode pages with `offset` instead.
         */
        SessionSearchAfter: string;
        /**
         * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
         *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
         * @example rUhhQZ3jYsY1NDWYp9DEpq
         */
        AuditSessionKey: string;
        /**
         * @description Which login method to authenticate with: `local` for the local user database, or the name of a
         *     login method configured on the appliance. `GET /api/authentication/login_methods` lists the ones
         *     available.
         */
        LoginMethod: string;
        /**
         * @description Kind of credential. `password` logs in with the HTTP Basic credentials of the request (clients send
         *     it together with `login_method`); `x509` logs in with the TLS client certificate presented during the
         *     handshake and needs no `Authorization` header.
         */
        LoginType: "password" | "x509";
        /**
         * @description Server-relative path to redirect to after a successful login (one official client passes
         *     `/api/authentication`). With it SPS may answer `302` instead of `200`. Its exact semantics are not
         *     documented.
         */
        LoginReturn: string;
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
    listApiNodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The top-level nodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAuditData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The children of `/api/audit`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    searchSessions: {
        parameters: {
            query?: {
                /**
                 * @description Only sessions that started after this moment: an ISO 8601 date or date-time. The vendor example gives
                 *     neither seconds nor a UTC offset (`2017-01-25T10:00`); clients send full times with an offset.
                 */
                start?: components["parameters"]["SessionSearchStart"];
                /** @description Only sessions that ended before this moment; the same format as `start`. */
                end?: components["parameters"]["SessionSearchEnd"];
                /**
                 * @description Only sessions whose fields match this query: `field:value` terms on dotted field names
                 *     (`user.name:root`, `server.address:10.30.255.70`, `origin:("RECORDING")`), combined with `AND`, `OR`
                 *     and `NOT`; quote phrases; escape the characters `+ - & | ! ( ) { } [ ] ^ " ~ * ? : \ /` with `\`.
                 *     Some fields can be searched although they are not returned (for example `active`).
                 */
                q?: components["parameters"]["SessionSearchQuery"];
                /**
                 * @description Only sessions whose recorded content (what was typed or shown on screen) matches this query. Works on
                 *     indexed sessions only. Same syntax as `q`; whole words match by default.
                 */
                content?: components["parameters"]["SessionSearchContent"];
                /**
                 * @description Which fields of each session to return in the items' `body`: a comma-separated list of dotted field
                 *     names, or `*` for all. Without it, items carry only `key` and `meta`.
                 */
                fields?: components["parameters"]["SessionSearchFields"];
                /** @description Sort by this field, ascending; prefix it with `-` for descending. */
                sort?: components["parameters"]["SessionSearchSort"];
                /**
                 * @description Page size. The default and the maximum is 500: larger values are not rejected but capped to 500, so
                 *     read the size SPS used from `meta.limit`.
                 */
                limit?: components["parameters"]["SessionSearchLimit"];
                /**
                 * @description Position of the first session to return (basic mode only; a snapshot search pages with
                 *     `search_after`). Basic search never returns results beyond the first 10,000 matches: an offset above
                 *     10,000 is ignored. To read more, use a snapshot.
                 */
                offset?: components["parameters"]["SessionSearchOffset"];
                /** @description `json` (default) or `csv`; CSV answers are `text/csv`. */
                format?: components["parameters"]["SessionSearchFormat"];
                /**
                 * @description Search inside this snapshot (from `GET /api/audit/sessions/_snapshot`) instead of the live database:
                 *     pages are then reached only by following `meta.next`, which carries `search_after` (no `offset`, no
                 *     10,000 limit), and `meta` has the snapshot form. Each query extends the snapshot's life by 5 minutes;
                 *     an expired or unknown snapshot answers 404.
                 */
                snapshot?: components["parameters"]["SessionSearchSnapshot"];
                /**
                 * @description Snapshot mode only: continue after this position, i.e. return the sessions that follow it in the
                 *     search's order. SPS puts it in `meta.next` and echoes it in the next page's `meta.search_after`; its
                 *     format is not documented, so take it from `meta.next` rather than building it. Without it, a snapshot
                 *     search starts at its first match. Basic mode pages with `offset` instead.
                 */
                search_after?: components["parameters"]["SessionSearchAfter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description A page of matching sessions. `meta` is an `AuditSearchPageMeta` in basic mode and an
             *     `AuditSnapshotPageMeta` in snapshot mode.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSessionList"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["InvalidSearchQuery"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The snapshot named in `snapshot` has expired (5 minutes after its last query) or is not the
             *     caller's. Start again with a new snapshot.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"] | components["schemas"]["Error"];
                };
            };
            500: components["responses"]["SearchUnavailable"];
        };
    };
    countSessions: {
        parameters: {
            query?: {
                /**
                 * @description Only sessions that started after this moment: an ISO 8601 date or date-time. The vendor example gives
                 *     neither seconds nor a UTC offset (`2017-01-25T10:00`); clients send full times with an offset.
                 */
                start?: components["parameters"]["SessionSearchStart"];
                /** @description Only sessions that ended before this moment; the same format as `start`. */
                end?: components["parameters"]["SessionSearchEnd"];
                /**
                 * @description Only sessions whose fields match this query: `field:value` terms on dotted field names
                 *     (`user.name:root`, `server.address:10.30.255.70`, `origin:("RECORDING")`), combined with `AND`, `OR`
                 *     and `NOT`; quote phrases; escape the characters `+ - & | ! ( ) { } [ ] ^ " ~ * ? : \ /` with `\`.
                 *     Some fields can be searched although they are not returned (for example `active`).
                 */
                q?: components["parameters"]["SessionSearchQuery"];
                /**
                 * @description Only sessions whose recorded content (what was typed or shown on screen) matches this query. Works on
                 *     indexed sessions only. Same syntax as `q`; whole words match by default.
                 */
                content?: components["parameters"]["SessionSearchContent"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSessionCount"];
                };
            };
            400: components["responses"]["InvalidSearchQuery"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["SearchUnavailable"];
        };
    };
    openSessionSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot is open; its ID is `body.snapshot`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSnapshotResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["SnapshotQuotaExceeded"];
            500: components["responses"]["SearchUnavailable"];
        };
    };
    getSessionStatistics: {
        parameters: {
            query: {
                /**
                 * @description The session field whose values are counted (a dotted field name).
                 * @example protocol
                 */
                field: string;
                /**
                 * @description Only sessions whose fields match this query: `field:value` terms on dotted field names
                 *     (`user.name:root`, `server.address:10.30.255.70`, `origin:("RECORDING")`), combined with `AND`, `OR`
                 *     and `NOT`; quote phrases; escape the characters `+ - & | ! ( ) { } [ ] ^ " ~ * ? : \ /` with `\`.
                 *     Some fields can be searched although they are not returned (for example `active`).
                 */
                q?: components["parameters"]["SessionSearchQuery"];
                /**
                 * @description A field to break each value down by. Only one is used: when several are given, SPS uses the
                 *     first.
                 */
                sub_fields?: string;
                /** @description Show only this many of the most frequent values of `field`. */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics (content not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSessionStatistics"];
                };
            };
            400: components["responses"]["InvalidSearchQuery"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSessionResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSessionAlerts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alerts (content not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSessionAlerts"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    downloadAuditTrail: {
        parameters: {
            query?: {
                /** @description `srs` for the `.srs` format (needed to follow an ongoing session); the default is `.zat`. */
                format?: "srs";
            };
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit trail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSessionChannels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSessionChannelList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    searchSessionContent: {
        parameters: {
            query?: {
                /**
                 * @description The content query, in Apache Lucene syntax (the syntax of `q` on the session search; whole words
                 *     match by default, quote phrases). It must not start with the `*` wildcard. Needed in practice:
                 *     without it the answer is always empty.
                 * @example man iptables
                 */
                q?: string;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching content events (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditContentSearchResult"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSessionEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSessionEventList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSessionIndexing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indexing runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSessionIndexingList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSessionTrailDownloads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the recorded session, as `key` of a search result. Opaque: documented values range from `"1"` to
                 *     `rUhhQZ3jYsY1NDWYp9DEpq`. Not the `session_id` cookie of the REST API.
                 * @example rUhhQZ3jYsY1NDWYp9DEpq
                 */
                key: components["parameters"]["AuditSessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The downloads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailDownloadList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    logIn: {
        parameters: {
            query?: {
                /**
                 * @description Which login method to authenticate with: `local` for the local user database, or the name of a
                 *     login method configured on the appliance. `GET /api/authentication/login_methods` lists the ones
                 *     available.
                 */
                login_method?: components["parameters"]["LoginMethod"];
                /**
                 * @description Kind of credential. `password` logs in with the HTTP Basic credentials of the request (clients send
                 *     it together with `login_method`); `x509` logs in with the TLS client certificate presented during the
                 *     handshake and needs no `Authorization` header.
                 */
                type?: components["parameters"]["LoginType"];
                /**
                 * @description Server-relative path to redirect to after a successful login (one official client passes
                 *     `/api/authentication`). With it SPS may answer `302` instead of `200`. Its exact semantics are not
                 *     documented.
                 */
                return?: components["parameters"]["LoginReturn"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged in; the response sets the `session_id` cookie. */
            200: {
                headers: {
                    /**
                     * @description `session_id=<value>` followed by cookie attributes. The value is 40 lowercase hexadecimal
                     *     characters in every documented example, but its format is not formally specified. Clients
                     *     read the `expires`, `Path` and `Secure` attributes; the cookie is issued for twenty minutes.
                     *     This session ID is unrelated to the IDs of the sessions SPS records.
                     * @example session_id=a1f71d030e657634730b9e887cb59a5e56162860
                     */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthLoginResponse"];
                };
            };
            /**
             * @description Logged in and redirected to the path given in `return`. The `session_id` cookie is set as with
             *     `200`.
             */
            302: {
                headers: {
                    /** @description Where to go next (the `return` path). */
                    Location?: string;
                    /** @description The `session_id` cookie, as in the `200` answer. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAuthenticationLoginMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The permitted login methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthLoginMethodsResponse"];
                };
            };
            /**
             * @description An error, in the usual error envelope. No specific error is documented for this anonymous
             *     call.
             */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listClusterEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createClusterJoinRequest: {
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
                "application/json": components["schemas"]["ClusterJoinRequestCreate"];
            };
        };
        responses: {
            /** @description The join request of this node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterJoinRequestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listClusterNodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster nodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterNodeList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    addClusterNode: {
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
                "application/json": components["schemas"]["ClusterNodeCreate"];
            };
        };
        responses: {
            /** @description The node is added (effective after the commit). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getClusterNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the node (a UUID), as `GET /api/cluster/nodes` lists it.
                 * @example 46f97a58-4028-467d-9a22-9cfe78ae3e1c
                 */
                node_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterNodeResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateClusterNode: {
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
            path: {
                /**
                 * @description ID of the node (a UUID), as `GET /api/cluster/nodes` lists it.
                 * @example 46f97a58-4028-467d-9a22-9cfe78ae3e1c
                 */
                node_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClusterNodeUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status vendor pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    promoteToCentralManagement: {
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
            /** @description The node is promoted (effective after the commit). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterNodeResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getClusterStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status of every node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterStatusList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getClusterNodeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the node (a UUID), as `GET /api/cluster/status` and `GET /api/cluster/nodes` list it.
                 * @example 46f97a58-4028-467d-9a22-9cfe78ae3e1c
                 */
                node_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status of the node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterNodeStatusResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listConfigurationFolders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration folders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAaaConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The AAA settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getAaaAcls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The access-control entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AaaAclsResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAaaLdapServers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource; only its envelope is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AaaLdapServersResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAaaLocalDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The local user database collections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listLocalGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The local usergroups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createLocalGroup: {
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
                "application/json": components["schemas"]["LocalGroupUpdate"];
            };
        };
        responses: {
            /** @description The object is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getLocalGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the local usergroup.
                 * @example ca2dc85730ca082ee6b5c8
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The local usergroup. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalGroupResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateLocalGroup: {
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
            path: {
                /**
                 * @description ID of the local usergroup.
                 * @example ca2dc85730ca082ee6b5c8
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocalGroupUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteLocalGroup: {
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
            path: {
                /**
                 * @description ID of the local usergroup.
                 * @example ca2dc85730ca082ee6b5c8
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listLocalUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The local users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createLocalUser: {
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
                "application/json": components["schemas"]["LocalUserUpdate"];
            };
        };
        responses: {
            /** @description The object is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getLocalUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the local user.
                 * @example 103640099357f3b14f0529a
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The local user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalUserResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateLocalUser: {
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
            path: {
                /**
                 * @description ID of the local user.
                 * @example 103640099357f3b14f0529a
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocalUserUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteLocalUser: {
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
            path: {
                /**
                 * @description ID of the local user.
                 * @example 103640099357f3b14f0529a
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getAaaLoginMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource; only its envelope is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AaaLoginMethodsResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAaaSaml2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource; only its envelope is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AaaSaml2Response"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAaaSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The login settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AaaSettingsResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateAaaSettings: {
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
                "application/json": components["schemas"]["AaaSettingsUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status vendor pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listHttpChannelPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTTP channel policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createHttpChannelPolicy: {
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
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The policy is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getHttpChannelPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the HTTP channel policy (negative for built-in policies).
                 * @example 16524871935e4a7d3f8c21
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTTP channel policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateHttpChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the HTTP channel policy (negative for built-in policies).
                 * @example 16524871935e4a7d3f8c21
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteHttpChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the HTTP channel policy (negative for built-in policies).
                 * @example 16524871935e4a7d3f8c21
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listHttpConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTTP connection policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getHttpConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the HTTP connection policy.
                 * @example 17734557365e4a7c2e9b1d
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTTP connection policy (common elements only). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listIcaChannelPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Citrix ICA channel policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createIcaChannelPolicy: {
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
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The policy is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getIcaChannelPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Citrix ICA channel policy (negative for built-in policies).
                 * @example 19438276515e4a7d6b1e94
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Citrix ICA channel policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateIcaChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the Citrix ICA channel policy (negative for built-in policies).
                 * @example 19438276515e4a7d6b1e94
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteIcaChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the Citrix ICA channel policy (negative for built-in policies).
                 * @example 19438276515e4a7d6b1e94
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listIcaConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Citrix ICA connection policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getIcaConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Citrix ICA connection policy.
                 * @example 4418732905e4a7c31aa0c2
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Citrix ICA connection policy (common elements only). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listLocalServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The local services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getLocalClusterService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster interface settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterLocalServiceResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateLocalClusterService: {
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
                "application/json": components["schemas"]["ClusterLocalServiceUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status vendor pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getLocalSshService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SSH service settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SshLocalServiceResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateLocalSshService: {
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
                "application/json": components["schemas"]["SshLocalServiceUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status vendor pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listManagementSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The management settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getSoapSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RPC API settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoapSettingsResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSoapSettings: {
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
                "application/json": components["schemas"]["SoapSettingsUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status the vendor page prints). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listMssqlConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The MSSQL connection policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getMssqlConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the MSSQL connection policy.
                 * @example 9623451275e4a7c3f0b7d4
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The MSSQL connection policy (common elements only). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listNetworkConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network configuration nodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getDnsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The DNS settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DnsSettingsResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateDnsSettings: {
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
                "application/json": components["schemas"]["DnsSettingsUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status the vendor page prints). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getNetworkIpForwardingRulePairs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IP forwarding rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkIpForwardingRulePairsResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getNetworkNaming: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The naming settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkNamingResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listNetworkNics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network interfaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getNetworkNic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The physical interface. */
                nic: "nic1" | "nic2" | "nic3";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interface. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NicResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getNetworkRouting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The routing table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkRoutingResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPassword: {
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
                "application/json": components["schemas"]["PasswordCreate"];
            };
        };
        responses: {
            /** @description The password is stored; `key` is its reference ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Reference ID of the password object, as returned when it was stored.
                 * @example 8526419625e4a7e1f03c9b
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The password object, without the password. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
        };
    };
    listPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy collections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAuditPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAuditPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the audit policy.
                 * @example 78101850949e47437dd91d
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listTimePolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The time policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getTimePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time policy (negative for built-in policies).
                 * @example -100
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The time policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimePolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listUsermappingPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usermapping policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createUsermappingPolicy: {
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
                "application/json": components["schemas"]["UsermappingPolicy"];
            };
        };
        responses: {
            /** @description The object is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getUsermappingPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the usermapping policy.
                 * @example 11581153055704544883f77
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usermapping policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsermappingPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUsermappingPolicy: {
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
            path: {
                /**
                 * @description ID of the usermapping policy.
                 * @example 11581153055704544883f77
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsermappingPolicy"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteUsermappingPolicy: {
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
            path: {
                /**
                 * @description ID of the usermapping policy.
                 * @example 11581153055704544883f77
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    createPrivateKey: {
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
                "application/json": components["schemas"]["PrivateKeyPem"];
            };
        };
        responses: {
            /** @description The key is stored; `key` is its reference ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            /**
             * @description The PEM cannot be loaded: not PKCS#1/PKCS#8, or encrypted (`SyntacticError`); or the body is not
             *     valid JSON (`InvalidRequestBody`).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyntacticError"] | components["schemas"]["InvalidRequestBodyError"] | components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getPrivateKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Reference ID of the private key, as returned when it was stored. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The private key's properties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateKeyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
        };
    };
    listRdpConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RDP configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listRdpChannelPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RDP channel policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createRdpChannelPolicy: {
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
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The policy is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getRdpChannelPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the RDP channel policy (negative for built-in policies).
                 * @example 1489362755e4a7d0b2c6a3
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RDP channel policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateRdpChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the RDP channel policy (negative for built-in policies).
                 * @example 1489362755e4a7d0b2c6a3
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteRdpChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the RDP channel policy (negative for built-in policies).
                 * @example 1489362755e4a7d0b2c6a3
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listRdpConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RDP connection policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createRdpConnection: {
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
                "application/json": components["schemas"]["ConnectionPolicyUpdate"];
            };
        };
        responses: {
            /** @description The policy is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getRdpConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the RDP connection policy.
                 * @example 12932832285a830b4d2f5d7
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RDP connection policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateRdpConnection: {
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
            path: {
                /**
                 * @description ID of the RDP connection policy.
                 * @example 12932832285a830b4d2f5d7
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionPolicyUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteRdpConnection: {
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
            path: {
                /**
                 * @description ID of the RDP connection policy.
                 * @example 12932832285a830b4d2f5d7
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listReportingConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parts of the reporting configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listSshConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SSH configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listSshChannelPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SSH channel policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSshChannelPolicy: {
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
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The policy is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getSshChannelPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the SSH channel policy (negative for built-in policies).
                 * @example 180145353565c9b8e42a1f
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SSH channel policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSshChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the SSH channel policy (negative for built-in policies).
                 * @example 180145353565c9b8e42a1f
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteSshChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the SSH channel policy (negative for built-in policies).
                 * @example 180145353565c9b8e42a1f
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listSshConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SSH connection policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSshConnection: {
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
                "application/json": components["schemas"]["ConnectionPolicyUpdate"];
            };
        };
        responses: {
            /** @description The policy is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getSshConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the SSH connection policy.
                 * @example 8348340645707e2575e3c6
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SSH connection policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSshConnection: {
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
            path: {
                /**
                 * @description ID of the SSH connection policy.
                 * @example 8348340645707e2575e3c6
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionPolicyUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteSshConnection: {
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
            path: {
                /**
                 * @description ID of the SSH connection policy.
                 * @example 8348340645707e2575e3c6
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getStarlingConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Starling settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StarlingConfigurationResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateStarlingConfiguration: {
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
                "application/json": components["schemas"]["StarlingConfigurationUpdate"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status vendor pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listTelnetChannelPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Telnet channel policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTelnetChannelPolicy: {
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
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The policy is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getTelnetChannelPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Telnet channel policy (negative for built-in policies).
                 * @example 11837465295e4a7d8d2f57
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Telnet channel policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateTelnetChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the Telnet channel policy (negative for built-in policies).
                 * @example 11837465295e4a7d8d2f57
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteTelnetChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the Telnet channel policy (negative for built-in policies).
                 * @example 11837465295e4a7d8d2f57
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listTelnetConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Telnet connection policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getTelnetConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the Telnet connection policy.
                 * @example 2054491495e4a7c4c1d2f8
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Telnet connection policy (common elements only). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVncChannelPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VNC channel policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createVncChannelPolicy: {
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
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The policy is created; `key` is its ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getVncChannelPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the VNC channel policy (negative for built-in policies).
                 * @example 14726395815e4a7d9a6c38
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VNC channel policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVncChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the VNC channel policy (negative for built-in policies).
                 * @example 14726395815e4a7d9a6c38
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelPolicy"];
            };
        };
        responses: {
            /** @description The change is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            /** @description The change is staged in the transaction (the status SPS pages print for modifications). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    deleteVncChannelPolicy: {
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
            path: {
                /**
                 * @description ID of the VNC channel policy (negative for built-in policies).
                 * @example 14726395815e4a7d9a6c38
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion is staged in the transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    listVncConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VNC connection policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getVncConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the VNC connection policy.
                 * @example 6381270445e4a7c5a93e06
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VNC connection policy (common elements only). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPolicyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createX509Certificate: {
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
                "application/json": components["schemas"]["X509CertificateCreate"];
            };
        };
        responses: {
            /** @description The certificate is stored; `key` is its reference ID and `meta.href` its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            /**
             * @description The PEM cannot be loaded: the key is not PKCS#1 or is encrypted, or the certificate or chain is
             *     invalid (`SyntacticError`); or the body is not valid JSON (`InvalidRequestBody`).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyntacticError"] | components["schemas"]["InvalidRequestBodyError"] | components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["ConfigLocked"];
        };
    };
    getX509Certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Reference ID of the certificate, as returned when it was stored. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate's properties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["X509CertificateResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
        };
    };
    listFirmwareEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The firmware endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listFirmwareFetchJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The download jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareFetchJobList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    startFirmwareFetch: {
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
                "application/json": components["schemas"]["FirmwareFetchRequest"];
            };
        };
        responses: {
            /**
             * @description The download is queued. `key` is the job ID (a UUID on real appliances; the vendor sample shows
             *     an `XXXXXXXX-…` placeholder, so the format is not enforced here) and `meta.href` its status URL.
             */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getFirmwareFetchJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the download job, as returned when the download was started. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The download job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareFetchJobResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteFirmwareFetchJob: {
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
            path: {
                /** @description ID of the download job, as returned when the download was started. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job is canceled, or its status entry is removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listFirmwareSlots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The firmware slots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareSlotList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getFirmwareSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The slot ID, a number starting at 1 (the slot's `key`).
                 * @example 1
                 */
                slot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The firmware slot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareSlotResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteFirmwareSlot: {
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
            path: {
                /**
                 * @description The slot ID, a number starting at 1 (the slot's `key`).
                 * @example 1
                 */
                slot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The slot is emptied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    testFirmware: {
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
                "application/json": components["schemas"]["FirmwareTestRequest"];
            };
        };
        responses: {
            /** @description The image passed the checks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareTestResponse"];
                };
            };
            /**
             * @description `slot_id` is missing from the request body (`IncompleteRequestBodyError`). The status is not
             *     printed on the page; 400 is inferred from how SPS answers other request-body errors.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncompleteRequestBodyError"] | components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The slot is empty (`ResourceNotFound`; `details.resource` is the slot ID). The status is not
             *     printed on the page; 404 is inferred from the error type.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundError"] | components["schemas"]["Error"];
                };
            };
            /**
             * @description The image failed a check (`FirmwareTestFailed`; `details.exit_code` is `1` and
             *     `details.test_summary` tells which check). The HTTP status of this error is not documented.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareTestFailedError"] | components["schemas"]["Error"];
                };
            };
        };
    };
    upgradeFirmware: {
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
                "application/json": components["schemas"]["FirmwareUpgradeRequest"];
            };
        };
        responses: {
            /** @description The image passed the checks and the upgrade started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareTestResponse"];
                };
            };
            /**
             * @description `slot_id` is missing from the request body (`IncompleteRequestBodyError`); status inferred, as
             *     for the test.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncompleteRequestBodyError"] | components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The slot is empty (`ResourceNotFound`); status inferred, as for the test. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundError"] | components["schemas"]["Error"];
                };
            };
            /**
             * @description The image failed a pre-check (`FirmwareTestFailed`) and no upgrade took place. The HTTP status
             *     of this error is not documented.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareTestFailedError"] | components["schemas"]["Error"];
                };
            };
        };
    };
    getHealthStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The health of the appliance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatusResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getApplianceInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appliance information; the field set depends on whether the caller is logged in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoResponse"];
                };
            };
            /**
             * @description An error, in the usual error envelope. No specific error is documented: anonymous callers are
             *     not refused but get the reduced field set.
             */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIntegratedProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integrated products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegratedProductList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getSetupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of the Welcome Wizard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupStatusResponse"];
                };
            };
            /** @description An error, in the usual error envelope. No specific error is documented for this anonymous call. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeSetup: {
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
                "application/json": components["schemas"]["SetupRequest"];
            };
        };
        responses: {
            /**
             * @description The settings are accepted and being applied; the body is empty. Where `Location` points is not
             *     documented.
             */
            303: {
                headers: {
                    /**
                     * @description Where the answer redirects to. Not documented; the state of the wizard, `/api/setup`, is the
                     *     likely target.
                     * @example /api/setup
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /**
             * @description The wizard cannot run now: another client is connected to the REST API or the web interface, or
             *     the wizard has already been completed. The status and error type of this refusal are not
             *     documented (see the errata).
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStarlingJoinParameters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The join parameters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StarlingJoinParametersResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    joinStarling: {
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
                "application/json": components["schemas"]["StarlingJoinRequest"];
            };
        };
        responses: {
            /** @description SPS is joined (status code assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    unjoinStarling: {
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
            /** @description SPS is no longer joined (status code assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getStarlingJoinStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The join readiness. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StarlingJoinStatus"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
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
    listTransactionChanges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pending changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionChangesResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listSupportBundles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The support-bundle jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportBundleJobList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    startSupportBundle: {
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
            /** @description The job is started; `key` is its ID. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            /** @description The job is started; `key` is its ID (the status SPS uses for the similar firmware download job). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getSupportBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the support-bundle job, as returned when it was started (its format is not documented).
                 * @example 0a5a1f1e-6d8c-4b5e-9f57-2f4c1d3e8b90
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The support-bundle job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportBundleJobResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSupportBundle: {
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
            path: {
                /**
                 * @description ID of the support-bundle job, as returned when it was started (its format is not documented).
                 * @example 0a5a1f1e-6d8c-4b5e-9f57-2f4c1d3e8b90
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle and its job are removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedEnvelope"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    downloadSupportBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the support-bundle job, as returned when it was started (its format is not documented).
                 * @example 0a5a1f1e-6d8c-4b5e-9f57-2f4c1d3e8b90
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The support bundle (`.tar.gz`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    uploadFirmware: {
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
        /**
         * @description The firmware ISO image: as the `firmware` file part of a form (documented), or as the raw request
         *     body (what the official clients send).
         */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The firmware ISO image. */
                    firmware: string;
                };
                "application/x-iso9660-image": unknown;
                "application/octet-stream": unknown;
            };
        };
        responses: {
            /**
             * @description The image is stored; the answer is the slot that holds it, with links to test and upgrade it
             *     and the number of slots still empty. Whether SPS answers 200 or 201 is not documented.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareSlotResponse"];
                };
            };
            /** @description The image is stored (same answer as 200; the status is not documented). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirmwareSlotResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
