import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardGraphQL } from 'mal-och-budget'
import { getPayload } from 'payload'

// Payload's handler behind the plugin's guard: hostile documents refused before any GraphQL work,
// queries for PublicPlan answered from the page cache (also by GET and persisted query hash).
const handler = guardGraphQL(GRAPHQL_POST(config), () => getPayload({ config }))

export const GET = handler
export const POST = handler

export const OPTIONS = REST_OPTIONS(config)
