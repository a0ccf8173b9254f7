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
         * @description Replaces the DNS settings inside a transaction (open one first, commit afterwards). Send the complete
         *     object with both fields, without the `key`/`body`/`meta` wrapper. The vendor page prints
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
         * @description Replaces the Starling settings inside a transaction; in practice this flips `remote_access.enabled`.
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
         *     `require_commitlog` is on, `message` is mandatory. Available from SPS 7.1.1. The same three errors
         *     as the test apply; no status codes are documented (200 assumed for success).
         */
        post: operations["upgradeFirmware"];
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
         * @description Lockout after failed web logins (request form); see `AaaBruteforceProtection`.
         */
        AaaBruteforceProtectionUpdate: {
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
         * AaaSettingsUpdate
         * @description Request body of `PUT /api/configuration/aaa/settings`: the complete login settings, bare (no `key`,
         *     `body` or `meta`).
         */
        AaaSettingsUpdate: {
            /** @description Login-screen banner text, kept as plain text; an empty string shows no banner. */
            authentication_banner: string;
            bruteforce_protection: components["schemas"]["AaaBruteforceProtectionUpdate"];
            /**
             * @description Minutes of inactivity after which SPS ends a web session.
             * @default 10
             */
            webinterface_timeout: number;
        };
        /**
         * UndocumentedEnvelope
         * @description An answer whose body the sources do not document (for example to a configuration PUT, a DELETE or a
         *     Starling join). It is expected to follow the usual envelope (`key`, `meta`); nothing more is assumed.
         */
        UndocumentedEnvelope: components["schemas"]["Envelope"];
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
         * Reference
         * @description How a response points at another object: its `key` and a link to it. Sub-objects use a dotted key
         *     and a `#fragment` link, for example a NIC address
         *     `nic1.interfaces.<id>.addresses.<n>` → `/api/configuration/network/nics/nic1#interfaces/<id>/addresses/<n>`.
         *     In requests the same property carries only the key (see `ReferenceKey`).
         */
        Reference: {
            key: string;
            meta?: {
                href?: string;
            };
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
         * @description Which client networks may connect to a local service of SPS (request form).
         */
        LocalServicesAccessRestrictionUpdate: {
            /** @description `true` to accept clients from the `allowed_from` networks only. */
            enabled: boolean;
            /** @description Permitted client networks in `IPv4-address/prefix` form, for example `10.40.0.0/16`. */
            allowed_from: string[];
        };
        /**
         * ReferenceKey
         * @description How a request points at another object: the bare `key` string of the object that responses show as a
         *     `Reference`. A body read with GET must have its references collapsed to keys before it is sent back.
         */
        ReferenceKey: string;
        /**
         * SshListenerUpdate
         * @description An address and port where the SSH service of SPS accepts connections (request form).
         */
        SshListenerUpdate: {
            /**
             * @description Key of the NIC address to listen on (`nic<N>.interfaces.<interface-id>.addresses.<n>`), the `key`
             *     of the reference a GET returns.
             * @example nic1.interfaces.ff7574025754b3df1647001.addresses.1
             */
            address: components["schemas"]["ReferenceKey"];
            /** @description TCP port of the listener. There is no documented default. */
            port: number;
        };
        /**
         * SshPublicKeyUpdate
         * @description A public key that may log in to the SPS host as root over SSH (request form). Which of the three
         *     documented shapes a given SPS version accepts is not stated; send the shape that version returns on GET.
         *     One Identity recommends RSA keys of 2048 bits or more.
         */
        SshPublicKeyUpdate: string | {
            /** @description Free-text comment of the key. */
            comment?: string;
            /**
             * @description Key type; must be `rsa`.
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
                 * @description Key type; must be `rsa`.
                 * @enum {string}
                 */
                selection: "rsa";
                /** @description The base64 public key, without type or comment. */
                value: string;
            };
        };
        /**
         * SshLocalServiceUpdate
         * @description Request body of `PUT /api/configuration/local_services/ssh`: the complete SSH service settings, bare
         *     (no `key`, `body` or `meta`), with listener addresses as key strings instead of references.
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
         * @description Request body of `PUT /api/configuration/management/soap`, bare (no `key`, `body` or `meta`).
         */
        SoapSettingsUpdate: {
            /** @description `true` turns the RPC API on. */
            enabled: boolean;
        };
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
         * @description Request body of `PUT /api/configuration/network/dns`: the complete DNS settings, bare (no `key`,
         *     `body` or `meta`). Send both fields; use `null` to clear the secondary server.
         */
        DnsSettingsUpdate: {
            /**
             * Format: ipv4
             * @description IP address of the primary DNS server.
             */
            primary: string;
            /**
             * Format: ipv4
             * @description IP address of the secondary DNS server, or `null` for none.
             */
            secondary: string | null;
        };
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
         * PrivateKeyPem
         * Format: password
         * @description Request body of `POST /api/configuration/private_keys`: the private key itself as a single JSON
         *     string (not an object). Put the whole PEM file in the string, PKCS#1 (`BEGIN RSA PRIVATE KEY`) or
         *     PKCS#8 (`BEGIN PRIVATE KEY`), with each line break written as `\n`. Encrypted keys are refused.
         */
        PrivateKeyPem: string;
        /**
         * CreatedResponse
         * @description The answer to creating an object or starting a job, carrying the new `key` and its links.
         */
        CreatedResponse: {
            key: string;
            meta: components["schemas"]["Meta"];
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
         *     `meta`), with `remote_access.enabled` changed. `join_info` may be sent back as read but cannot be
         *     changed here.
         */
        StarlingConfigurationUpdate: {
            join_info?: $Read<components["schemas"]["StarlingJoinInfo"]>;
            remote_access: {
                /** @description Turns Safeguard Remote Access on or off; `true` requires SPS to be joined to Starling. */
                enabled: boolean;
            };
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
            /** @description The upgrade notes shipped with the image. */
            upgrade_notes?: string;
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
            /** @description Nickname of the appliance. Anonymous. */
            nickname?: string;
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
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The firmware ISO image.
                     */
                    firmware: string;
                };
                "application/x-iso9660-image": string;
                "application/octet-stream": string;
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
