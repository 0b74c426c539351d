/**
 * Who may use a server: accounts with roles, bearer tokens kept only as hashes, and the access policy
 * that decides what a request without a token may do (docs/SECURITY.md).
 */
package org.standoff.server.auth;
