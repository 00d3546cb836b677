// What motcua.js begins for a <motcua-form procedure> before the form's own
// code has arrived: the fetch of the version in force, so that the form does
// not wait for that round trip after its code: it ran beside the download of
// that code. Its validator module is asked for once the form runs, which waits
// for it only when a condition decides what shows. motcua.js imports this
// module alone, so it stays free of any other.

/** The version of `code` in force on `server`. */
export function procedureUrl(server: string, code: string): string {
  return `${server}/api/v1/procedures/${encodeURIComponent(code)}`;
}

/** The validator module of one published version: its URL never changes, so it is cached for good. */
export function validatorUrl(server: string, code: string, version: number): string {
  return `${server}/api/v1/procedures/${encodeURIComponent(code)}/versions/${version}/validator.js`;
}

/** The answer to that fetch: its status, and its body when it succeeded. */
export interface ProcedureResponse {
  status: number;
  body?: { code: string; version: number };
}

/** A fetch begun for one element, for the form to take when it asks for the same URL. */
export interface PrefetchedProcedure {
  url: string;
  response: Promise<ProcedureResponse>;
}

/** Where the prefetch is kept: on the element itself, since motcua.js and the form are bundled apart. */
export const PREFETCHED = Symbol.for('motcua-form.prefetched');

export type PrefetchHolder = Element & { [PREFETCHED]?: PrefetchedProcedure };

export function fetchProcedure(server: string, code: string, locale: string): Promise<ProcedureResponse> {
  return fetch(procedureUrl(server, code), { headers: { 'Accept-Language': locale } }).then(async (response) => ({
    status: response.status,
    ...(response.ok ? { body: (await response.json()) as { code: string; version: number } } : {}),
  }));
}

/**
 * Begins the fetches for a form found in the page, with the server and language
 * it will use: its own attributes, else its provider's, else this script's
 * server and Vietnamese. A form that ends up asking for another URL (a
 * `definition` given instead, a server changed meanwhile) fetches its own.
 */
export function prefetchProcedure(element: PrefetchHolder, scriptOrigin: string): void {
  const code = element.getAttribute('procedure');
  if (!code || element[PREFETCHED]) return;
  const provider = element.closest('motcua-provider');
  const server = (element.getAttribute('server') || provider?.getAttribute('server') || scriptOrigin).replace(/\/+$/, '');
  const locale = element.getAttribute('locale') || provider?.getAttribute('locale') || 'vi';
  const response = fetchProcedure(server, code, locale);
  // A failure is the form's to report when it takes the response; a response no form takes reports nothing.
  response.catch(() => undefined);
  element[PREFETCHED] = { url: procedureUrl(server, code), response };
}

/** The prefetch for this URL, if motcua.js began one; taken once, so that a retry fetches again. */
export function takePrefetched(element: PrefetchHolder, url: string): Promise<ProcedureResponse> | undefined {
  const prefetched = element[PREFETCHED];
  if (!prefetched || prefetched.url !== url) return undefined;
  delete element[PREFETCHED];
  return prefetched.response;
}
