import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQL } from 'mal-och-budget'

// Payload's handler behind a guard that refuses oversized or hostile documents before any
// GraphQL work (see checkGraphQLRequest).
export const POST = guardGraphQL(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
