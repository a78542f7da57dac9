import type { ServerPageQuery } from '../../api/servers/get-servers';

/** Servers per page of the servers list. */
export const SERVER_PAGE_SIZE = 20;

/** The servers list as it first opens: page 1, no search, the API's order. */
export const FIRST_SERVER_PAGE: ServerPageQuery = { page: 1, pageSize: SERVER_PAGE_SIZE };
