/** Days an unconfirmed request to follow is kept: then its link no longer works and it is deleted. */
export const FOLLOW_CONFIRM_DAYS = 7
/** Minutes before a second confirmation e-mail is sent for the same request. */
export const FOLLOW_RESEND_MINUTES = 60
/** Most unconfirmed requests of one address in a day: nobody fills a stranger's inbox. */
export const FOLLOW_PENDING_PER_ADDRESS = 3
/** Hours that must pass between two digests to one address: at most one e-mail a day. */
export const FOLLOW_DIGEST_GAP_HOURS = 20
