/** Where the admin's "Att granska" view lives, under the admin route. */
export const REVIEW_QUEUE_PATH = '/granska'
