import type { Config } from 'payload'

/**
 * The plugin's own words in the admin, in Payload's translation format; the plugin merges them
 * into the host's `i18n.translations` (as Payload's own plugins do), and the admin shows them in
 * the language each person chose. `{{name}}` is filled in by `t(key, { name })`.
 */
export const translations = {
  en: {
    malOchBudget: {
      approve: 'Approve',
      approved: 'Approved.',
      commentToEditor: 'Comment to the editor',
      messageLabel: 'Message: ',
      messageToReviewer: 'Message to the reviewer',
      publishAt: 'Publish at (empty: now)',
      removeSchedule: 'Remove the scheduled publish',
      resubmit: 'Send for review again',
      returnToEditor: 'Send back',
      returned: 'Sent back to the editor.',
      returnedWaiting: '{{count}} documents were sent back to you with a comment.',
      review: 'Review: {{state}}',
      reviewerComment: "The reviewer's comment: ",
      reviewQueue: 'To review',
      reviewQueueCount: 'To review ({{count}})',
      scheduledAt: 'The approved version is published {{at}}.',
      seeReturned: 'See the documents sent back',
      submit: 'Send for review',
      submitted: 'Sent for review.',
      unpublish: 'Unpublish',
      unpublished: 'Unpublished: the page no longer shows it.',
      unscheduled: 'The scheduled publish is removed.',
      waitingForReview: '{{count}} documents wait for review.',
      budgetColumns:
        'Columns: nämnd;typ;belopp_tkr;föregående_år_tkr;kommentar (typ is drift or investering; amounts in thousands of kronor).',
      budgetFile: 'File (.xlsx or .csv)',
      budgetImportHeading: 'Import the budget from a file',
      budgetImportRows: 'Import {{count}} rows',
      budgetLine: 'Budget line {{number}}',
      budgetPreview: 'Preview',
      budgetRowsRead: '{{count}} rows were read. Check them and import.',
      budgetRowsRefused: '{{count}} rows could not be read. Nothing was stored.',
      budgetStored:
        '{{count}} budget lines stored in the draft. Send the plan for review (or publish it) when you are done.',
      budgetTemplate: 'Download the template',
      budgetTotals:
        'Operating frames {{operating}} · income {{income}} · result {{result}} · investments {{investment}}',
      checkAgain: 'Check again',
      checking: 'Checking …',
      colAmount: 'Amount',
      colChanges: 'Changes',
      colCommittee: 'Committee',
      colDocument: 'Document',
      colKind: 'Kind',
      colMessage: 'Message',
      colPreviousYear: 'Previous year',
      colBudget: 'Budget',
      colForecast: 'Forecast',
      colOutcome: 'Outcome',
      outcomeColumns:
        'Columns: nämnd;typ;utfall_tkr;prognos_tkr;kommentar (typ is drift or investering; thousands of kronor; an outcome or a forecast per row).',
      outcomeImportHeading: 'Import the outcomes from the finance office',
      outcomeStored:
        '{{count}} outcomes stored in the draft. Send the report for review when the goals are assessed.',
      colRow: 'Row',
      colWhen: 'When',
      compareVersions: 'Compare versions',
      couldNotCheck: 'Could not check the text.',
      createNextYear: "Create next year's plan",
      creatingNextYear: "Creating next year's plan …",
      decided: 'The plan is marked as decided. The decided version is locked.',
      decidedInCouncil: 'Decided by the municipal council',
      decisionDate: 'Date of decision',
      decisionUndone: 'The marking is undone and logged.',
      diaryNumber: 'Reference number',
      fetchFromKolada: 'Fetch from Kolada now',
      fetchingKolada: 'Fetching from Kolada …',
      income: 'income',
      koladaDone: 'Done: {{changes}} values changed.',
      koladaDoneWithErrors:
        'Done: {{changes}} values changed, {{failed}} errors (see Kolada imports).',
      markDecided: 'Mark as decided',
      nextYearCreated: 'The plan for {{year}} is created as a draft.',
      noServer: 'Could not reach the server. Try again.',
      nothingBlocks: 'Nothing stops a publish.',
      nothingReturned: 'Nothing is sent back.',
      nothingToReview: 'Nothing waits for review.',
      openPlanFor: 'Open the plan for {{year}}',
      paragraph: 'Paragraph (§)',
      plainAdvice: 'Plain-language advice',
      qualityHeading: 'Accessibility and plain language',
      queueEditorIntro:
        "Documents waiting for a reviewer. What was sent back to you is further down, with the reviewer's comment.",
      queueInReview: 'In review ({{count}})',
      queueInReviewCaption: 'Documents waiting for review, oldest first',
      queueReturned: 'Sent back to the editor ({{count}})',
      queueReturnedCaption: 'Documents the reviewer sent back, with a comment',
      queueReviewerIntro:
        'Open a document to see the draft with its preview, compare it with the published version and choose "Approve" or "Send back" in the sidebar.',
      queueSignIn: 'Sign in as an editor, reviewer or administrator to see the review.',
      reasonLogged: 'Reason (logged)',
      returnedBy: 'Sent back by',
      sentBy: 'Sent by',
      step: 'Step {{number}}',
      stopsPublishing: 'Stops publishing',
      undo: 'Undo',
      undoMarking: 'Undo the marking',
    },
  },
  sv: {
    malOchBudget: {
      approve: 'Godkänn',
      approved: 'Godkänt.',
      commentToEditor: 'Kommentar till redaktören',
      messageLabel: 'Meddelande: ',
      messageToReviewer: 'Meddelande till granskaren',
      publishAt: 'Publicera vid (tomt: nu)',
      removeSchedule: 'Ta bort schemaläggningen',
      resubmit: 'Skicka för granskning igen',
      returnToEditor: 'Skicka tillbaka',
      returned: 'Skickat tillbaka till redaktören.',
      returnedWaiting: '{{count}} dokument har skickats tillbaka till dig med kommentar.',
      review: 'Granskning: {{state}}',
      reviewerComment: 'Granskarens kommentar: ',
      reviewQueue: 'Att granska',
      reviewQueueCount: 'Att granska ({{count}})',
      scheduledAt: 'Godkänd version publiceras {{at}}.',
      seeReturned: 'Se återskickade dokument',
      submit: 'Skicka för granskning',
      submitted: 'Skickat för granskning.',
      unpublish: 'Avpublicera',
      unpublished: 'Avpublicerat: sidan visar det inte längre.',
      unscheduled: 'Den schemalagda publiceringen är borttagen.',
      waitingForReview: '{{count}} dokument väntar på granskning.',
      budgetColumns:
        'Kolumner: nämnd;typ;belopp_tkr;föregående_år_tkr;kommentar (typ är drift eller investering; belopp i tusental kronor).',
      budgetFile: 'Fil (.xlsx eller .csv)',
      budgetImportHeading: 'Importera budget från fil',
      budgetImportRows: 'Importera {{count}} rader',
      budgetLine: 'Budgetrad {{number}}',
      budgetPreview: 'Förhandsgranska',
      budgetRowsRead: '{{count}} rader lästes. Kontrollera och importera.',
      budgetRowsRefused: '{{count}} rader kunde inte läsas. Inget har sparats.',
      budgetStored:
        '{{count}} budgetrader sparade i utkastet. Skicka planen för granskning (eller publicera den) när du är klar.',
      budgetTemplate: 'Hämta mallen',
      budgetTotals:
        'Driftramar {{operating}} · intäkter {{income}} · resultat {{result}} · investeringar {{investment}}',
      checkAgain: 'Kontrollera igen',
      checking: 'Kontrollerar …',
      colAmount: 'Belopp',
      colChanges: 'Ändringar',
      colCommittee: 'Nämnd',
      colDocument: 'Dokument',
      colKind: 'Typ',
      colMessage: 'Meddelande',
      colPreviousYear: 'Föregående år',
      colBudget: 'Budget',
      colForecast: 'Prognos',
      colOutcome: 'Utfall',
      outcomeColumns:
        'Kolumner: nämnd;typ;utfall_tkr;prognos_tkr;kommentar (typ är drift eller investering; belopp i tusen kronor; utfall eller prognos på varje rad).',
      outcomeImportHeading: 'Importera utfall från ekonomiavdelningen',
      outcomeStored:
        '{{count}} utfall sparade i utkastet. Skicka rapporten för granskning när målen är bedömda.',
      colRow: 'Rad',
      colWhen: 'När',
      compareVersions: 'Jämför versioner',
      couldNotCheck: 'Kunde inte kontrollera texten.',
      createNextYear: 'Skapa nästa års plan',
      creatingNextYear: 'Skapar nästa års plan …',
      decided: 'Planen är markerad som beslutad. Den beslutade versionen är låst.',
      decidedInCouncil: 'Beslutad i kommunfullmäktige',
      decisionDate: 'Beslutsdatum',
      decisionUndone: 'Markeringen är ångrad och loggad.',
      diaryNumber: 'Diarienummer',
      fetchFromKolada: 'Hämta från Kolada nu',
      fetchingKolada: 'Hämtar från Kolada …',
      income: 'intäkt',
      koladaDone: 'Klart: {{changes}} ändrade värden.',
      koladaDoneWithErrors:
        'Klart: {{changes}} ändrade värden, {{failed}} fel (se Kolada-hämtningar).',
      markDecided: 'Markera som beslutad',
      nextYearCreated: 'Planen för {{year}} är skapad som utkast.',
      noServer: 'Kunde inte nå servern. Försök igen.',
      nothingBlocks: 'Inget stoppar publicering.',
      nothingReturned: 'Inget är återskickat.',
      nothingToReview: 'Inget väntar på granskning.',
      openPlanFor: 'Öppna planen för {{year}}',
      paragraph: 'Paragraf (§)',
      plainAdvice: 'Råd om klarspråk',
      qualityHeading: 'Tillgänglighet och klarspråk',
      queueEditorIntro:
        'Dokument som väntar på en granskare. Det som skickats tillbaka till dig står längre ner, med granskarens kommentar.',
      queueInReview: 'För granskning ({{count}})',
      queueInReviewCaption: 'Dokument som väntar på granskning, äldst först',
      queueReturned: 'Återskickade till redaktören ({{count}})',
      queueReturnedCaption: 'Dokument som granskaren skickat tillbaka, med kommentar',
      queueReviewerIntro:
        'Öppna ett dokument för att se utkastet med förhandsgranskning, jämför med den publicerade versionen och välj "Godkänn" eller "Skicka tillbaka" i sidopanelen.',
      queueSignIn: 'Logga in som redaktör, granskare eller administratör för att se granskningen.',
      reasonLogged: 'Skäl (loggas)',
      returnedBy: 'Återskickad av',
      sentBy: 'Skickad av',
      step: 'Steg {{number}}',
      stopsPublishing: 'Stoppar publicering',
      undo: 'Ångra',
      undoMarking: 'Ångra markeringen',
    },
  },
} as const satisfies Record<'en' | 'sv', { malOchBudget: Record<string, string> }>

export type PluginTranslations = (typeof translations)['sv']
export type PluginTranslationKeys = `malOchBudget:${keyof PluginTranslations['malOchBudget']}`

// Payload's `t` is typed for its own keys; ours are merged into the same dictionary.
type I18nLike = { t: (key: never, vars?: never) => string } | undefined

/**
 * A server component's words in the signed-in person's language (Payload's `i18n` of the request);
 * Swedish where a component is rendered without one.
 */
export const say = (
  i18n: I18nLike,
  key: PluginTranslationKeys,
  vars: Record<string, number | string> = {},
): string => {
  const said = (i18n?.t as ((k: string, v: object) => string) | undefined)?.(key, vars)
  if (said && said !== key) return said
  const [, name] = key.split(':') as [string, keyof PluginTranslations['malOchBudget']]
  return translations.sv.malOchBudget[name].replace(/\{\{(\w+)\}\}/g, (_, v: string) =>
    String(vars[v] ?? ''),
  )
}

type Translations = NonNullable<NonNullable<Config['i18n']>['translations']>

/** The host's translations with the plugin's added under `malOchBudget` (the host's own words kept). */
export const withPluginTranslations = (host: Translations | undefined): Translations => {
  const merged: Record<string, Record<string, unknown>> = { ...(host as object) }
  for (const [language, words] of Object.entries(translations)) {
    const own = (merged[language] ?? {}) as { malOchBudget?: Record<string, string> }
    merged[language] = {
      ...own,
      malOchBudget: { ...words.malOchBudget, ...own.malOchBudget },
    }
  }
  return merged as Translations
}
