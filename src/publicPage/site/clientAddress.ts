/** Request header in which the server hands the trusted client address to the site's form action. */
export const CLIENT_ADDRESS_HEADER = 'x-mob-client-address'
