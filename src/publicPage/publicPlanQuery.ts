import type {
  GraphQLNullableType,
  GraphQLObjectType as ObjectType,
  GraphQLOutputType,
} from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { PageKey, PublicLocale } from './loadPublicPage'

import { APIError } from 'payload'

import { cachedPage } from './cachedPage'

/**
 * `PublicPlan(year, slug, locale)`: the composed public page of a plan with real GraphQL types,
 * served from the same cache as `GET /api/public/plans/:year`. Null with an error entry when there
 * is no such published plan.
 */
export const publicPlanQueries: GraphQLExtension = (GraphQL, context) => {
  const {
    GraphQLBoolean,
    GraphQLFloat,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  type Field = { type: GraphQLOutputType }
  const req = (type: GraphQLNullableType & GraphQLOutputType): Field => ({
    type: new GraphQLNonNull(type),
  })
  const opt = (type: GraphQLOutputType): Field => ({ type })
  const list = (type: GraphQLNullableType & GraphQLOutputType): Field => ({
    type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type))),
  })
  const object = (name: string, description: string, fields: Record<string, Field>): ObjectType =>
    new GraphQLObjectType({ name, description, fields })

  const Measurement = object('PublicMeasurement', 'A value and the year it refers to.', {
    value: opt(GraphQLFloat),
    year: opt(GraphQLInt),
  })
  const Indicator = object('PublicIndicator', 'An indicator a goal is followed up with.', {
    baseline: req(Measurement),
    direction: req(GraphQLString),
    kpiId: opt(GraphQLString),
    latest: req(Measurement),
    name: req(GraphQLString),
    nationalAverage: req(Measurement),
    source: opt(GraphQLString),
    status: req(GraphQLString),
    target: req(Measurement),
    unit: opt(GraphQLString),
  })
  const Goal = object(
    'PublicGoal',
    'A goal with its indicators and status (on_track, at_risk, off_track, no_data).',
    {
      description: opt(GraphQLString),
      focusAreaIds: list(GraphQLString),
      id: req(GraphQLString),
      indicators: list(Indicator),
      rationale: opt(GraphQLString),
      status: req(GraphQLString),
      title: req(GraphQLString),
    },
  )
  const Ref = object('PublicRef', 'Another document: id and title.', {
    id: req(GraphQLString),
    title: req(GraphQLString),
  })
  const Place = object('PublicPlace', 'A place an initiative concerns.', {
    latitude: opt(GraphQLFloat),
    longitude: opt(GraphQLFloat),
    name: req(GraphQLString),
  })
  const Milestone = object('PublicMilestone', 'A milestone of an initiative.', {
    date: req(GraphQLString),
    description: opt(GraphQLString),
    title: req(GraphQLString),
  })
  const Initiative = object('PublicInitiative', 'What the municipality does this year.', {
    description: list(GraphQLString),
    endDate: opt(GraphQLString),
    focusAreas: list(Ref),
    goals: list(Ref),
    id: req(GraphQLString),
    milestones: list(Milestone),
    places: list(Place),
    progress: req(GraphQLFloat),
    responsibleCommittee: opt(GraphQLString),
    startDate: opt(GraphQLString),
    status: req(GraphQLString),
    title: req(GraphQLString),
  })
  const Section = object('PublicSection', 'A text section of the page.', {
    heading: opt(GraphQLString),
    listLead: opt(GraphQLString),
    paragraphs: list(GraphQLString),
  })
  const Saving = object('PublicSavingsMeasure', 'How the municipality cuts its costs.', {
    category: req(GraphQLString),
    description: opt(GraphQLString),
    estimatedAnnualSavings: opt(GraphQLFloat),
    id: req(GraphQLString),
    status: req(GraphQLString),
    title: req(GraphQLString),
  })
  const FocusArea = object('PublicFocusArea', 'A focus area with its goals.', {
    description: opt(GraphQLString),
    goals: list(Goal),
    id: req(GraphQLString),
    slug: req(GraphQLString),
    title: req(GraphQLString),
  })
  const Counts = object('PublicProgressCounts', 'Initiatives per state.', {
    cancelled: req(GraphQLInt),
    done: req(GraphQLInt),
    ongoing: req(GraphQLInt),
    planned: req(GraphQLInt),
    postponed: req(GraphQLInt),
  })
  const PublicPlan = object(
    'PublicPlan',
    'The whole public "Mål och budget" page of one year, in display order.',
    {
      councilDecision: req(
        object('PublicCouncilDecision', 'The council decision.', {
          date: opt(GraphQLString),
          diaryNumber: opt(GraphQLString),
          paragraph: opt(GraphQLString),
        }),
      ),
      dataProtectionNotice: req(
        object('PublicNotice', 'The data-protection notice in force.', {
          customerService: opt(GraphQLString),
          date: opt(GraphQLString),
          pageUrl: opt(GraphQLString),
          phone: opt(GraphQLString),
          text: req(GraphQLString),
          version: opt(GraphQLInt),
        }),
      ),
      economy: req(Section),
      feedbackForm: req(
        object('PublicFeedbackForm', 'Texts of the feedback form.', {
          dataProtectionUrl: opt(GraphQLString),
          emailLabel: req(GraphQLString),
          heading: req(GraphQLString),
          intro: req(GraphQLString),
          messageLabel: req(GraphQLString),
          nameLabel: req(GraphQLString),
          personalDataMonths: req(GraphQLInt),
          privacy: req(GraphQLString),
          recordMonths: req(GraphQLInt),
          thanks: req(GraphQLString),
        }),
      ),
      focusAreas: list(FocusArea),
      fullDocument: opt(
        object('PublicDocument', 'The full budget document.', {
          filename: req(GraphQLString),
          filesize: opt(GraphQLInt),
          linkText: opt(GraphQLString),
          title: req(GraphQLString),
          url: req(GraphQLString),
        }),
      ),
      goals: list(Goal),
      governingParties: list(
        object('PublicParty', 'A governing party.', {
          abbreviation: opt(GraphQLString),
          name: req(GraphQLString),
        }),
      ),
      heroImage: opt(
        object('PublicImage', 'The page image, in a sized rendition.', {
          alt: req(GraphQLString),
          caption: opt(GraphQLString),
          height: opt(GraphQLInt),
          url: req(GraphQLString),
          width: opt(GraphQLInt),
        }),
      ),
      id: req(GraphQLString),
      initiatives: list(Initiative),
      intro: req(Section),
      locale: req(GraphQLString),
      openData: req(
        object('PublicOpenData', 'Where the open data is.', {
          csv: req(GraphQLString),
          json: req(GraphQLString),
          licence: req(GraphQLString),
          licenceUrl: opt(GraphQLString),
        }),
      ),
      organisation: req(GraphQLString),
      pageUpdatedAt: opt(GraphQLString),
      pageUpdatedText: opt(GraphQLString),
      progress: req(
        object('PublicProgress', 'Overall progress of the initiatives.', {
          counts: req(Counts),
          percent: opt(GraphQLFloat),
        }),
      ),
      savingsMeasures: list(Saving),
      slug: req(GraphQLString),
      subtitle: opt(GraphQLString),
      tax: req(
        object('PublicTax', 'The municipal tax.', {
          rate: opt(GraphQLFloat),
          statement: opt(GraphQLString),
          unchanged: req(GraphQLBoolean),
        }),
      ),
      title: req(GraphQLString),
      vision: opt(GraphQLString),
      work: req(Section),
      year: req(GraphQLInt),
    },
  )

  return {
    PublicPlan: {
      args: {
        locale: { type: context.types.localeInputType },
        slug: { type: GraphQLString },
        year: { type: GraphQLInt },
      },
      resolve: async (
        _root: unknown,
        args: { locale?: null | string; slug?: null | string; year?: null | number },
        { req }: { req: PayloadRequest },
      ) => {
        const locale: PublicLocale = args.locale === 'en' ? 'en' : 'sv'
        if (args.locale && args.locale !== 'sv' && args.locale !== 'en') {
          throw new APIError(
            'Okänt språk: använd sv eller en / Unknown locale: use sv or en',
            400,
            undefined,
            true,
          )
        }
        let key: PageKey
        if (typeof args.year === 'number') {
          if (args.year < 2000 || args.year > 2100) {
            throw new APIError(
              'Ogiltigt år: ange ett år mellan 2000 och 2100 / Invalid year: use 2000–2100',
              400,
              undefined,
              true,
            )
          }
          key = { year: args.year }
        } else if (args.slug) {
          key = { slug: args.slug }
        } else {
          throw new APIError('Ange year eller slug / Give year or slug', 400, undefined, true)
        }
        const rep = await cachedPage(req.payload, key, locale)
        if (!rep) {
          throw new APIError(
            'Det finns ingen publicerad Mål och budget för det året / No published budget plan for that year or slug',
            404,
            undefined,
            true,
          )
        }
        return rep.page
      },
      type: PublicPlan,
    },
  }
}
