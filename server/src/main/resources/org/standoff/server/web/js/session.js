// The signed-in account of this tab. Its token is kept in sessionStorage: this tab only, gone when
// the tab closes, never in a URL, a cookie or the console. Every GraphQL call (the page's and
// GraphiQL's) sends it as `Authorization: Bearer TOKEN`.
const KEY = 'standoff.token';

/** The headers that sign a request in: `{Authorization: 'Bearer …'}`, or none when signed out. */
export function authorization() {
  const token = sessionStorage.getItem(KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Keeps `token` for this tab's requests. */
export function keepToken(token) {
  sessionStorage.setItem(KEY, token.trim());
}

/** Forgets the token. */
export function forgetToken() {
  sessionStorage.removeItem(KEY);
}

/** Whether a token is kept. */
export function hasToken() {
  return sessionStorage.getItem(KEY) !== null;
}
