import type { FeedbackFormWords } from './FeedbackForm'
import type { FeedbackSummaryWords } from './feedbackFormState'
import type { PublicLocale } from '../loadPublicPage'

/** The words around an indicator's figures. */
export type IndicatorWords = {
  baseline: string
  chart: string
  comparisonGroup: string
  fetched: string
  men: string
  national: string
  noData: string
  own: string
  perYear: string
  preliminary: string
  source: string
  target: string
  targetShort: string
  allInTable: string
  women: string
  year: string
}

/** The public page's own words (not the municipality's texts), in each language it is shown in. */
export type PageWords = {
  budgetCaption: string
  budgetChange: string
  budgetCommittee: string
  budgetHeading: string
  budgetIncome: string
  budgetKind: string
  budgetPrevious: string
  budgetSummary: (operating: string, income: string, result: string, investment: string) => string
  budgetAmount: string
  calculatorButton: string
  calculatorHeading: string
  calculatorIncome: string
  calculatorInvalid: string
  calculatorNote: string
  calculatorPerMonth: string
  calculatorResult: (rate: string, tax: string) => string
  /** The link under each goal to the goal as a card to embed on another site. */
  cardLink: string
  changesSince: (label: string) => string
  chartCaption: string
  chooseYear: string
  comparisonGroup: string
  contact: string
  dataProtection: string
  dataProtectionLink: string
  accessibility: string
  decidedNote: (decision: string) => string
  decidedToday: string
  /** The link to the plan in easy Swedish. */
  easyReadLink: string
  decision: (decision: string) => string
  decisionCorrection: (note: string) => string
  decisionLink: string
  done: string
  feedbackSend: string
  feedbackSending: string
  focusAreasHeading: string
  followUp: { history: string; link: (title: string) => string }
  /** The form to follow the plan, or one goal, by e-mail. */
  follow: {
    email: string
    heading: string
    intro: string
    privacy: string
    send: string
    what: string
    wholePlan: string
  }
  honeypot: string
  /** The feedback form's answers after a submission. */
  feedback: {
    noReply: string
    receipt: [before: string, after: string]
    replyExpected: string
    summary: FeedbackSummaryWords
    thanks: string
  }
  /** An indicator's words: its chart, table and source line. */
  indicator: IndicatorWords
  language: { href: (path: string) => string; label: string; lang: PublicLocale; name: string }
  noGoals: string
  notTranslated: string
  openDataHeading: string
  openDataText: (licence: string) => string
  openDataTables: {
    assessments: string
    goals: string
    indicators: string
    initiatives: string
    measures: string
  }
  percentDone: (title: string, percent: number) => string
  previewBanner: string
  progress: (percent: number, done: number, ongoing: number, planned: number) => string
  skipLink: string
  year: string
  yearSwitcher: string
}

const sv: PageWords = {
  accessibility: 'Tillgänglighetsredogörelse',
  budgetAmount: 'Belopp',
  budgetCaption: 'Budget per nämnd (kronor)',
  budgetChange: 'Förändring',
  budgetCommittee: 'Nämnd',
  budgetHeading: 'Så används skattepengarna',
  budgetIncome: 'intäkt',
  budgetKind: 'Typ',
  budgetPrevious: 'Föregående år',
  budgetSummary: (operating, income, result, investment) =>
    `Nämndernas driftramar ${operating}, intäkter ${income}, planerat resultat ${result}. Investeringar ${investment}.`,
  calculatorButton: 'Räkna',
  calculatorHeading: 'Vart går din skatt?',
  calculatorIncome: 'Din månadsinkomst före skatt (kronor)',
  calculatorInvalid: 'Skriv inkomsten i hela kronor, till exempel 32000.',
  calculatorNote:
    'En uppskattning: kommunalskatten på hela din månadsinkomst, fördelad efter nämndernas driftramar. Den bortser från grundavdrag och andra avdrag, från regionskatten, och från att verksamheten också betalas med statsbidrag och avgifter.',
  calculatorPerMonth: 'i månaden',
  calculatorResult: (rate, tax) =>
    `Med kommunalskatten ${rate} % betalar du ungefär ${tax} i månaden till kommunen. Så fördelas de:`,
  cardLink: 'Målet som kort att bädda in på en annan webbplats',
  changesSince: (label) => `Vad har ändrats sedan ${label}`,
  chartCaption: 'Driftramar per nämnd',
  chooseYear: 'Välj år',
  comparisonGroup: 'Jämförelsegrupp',
  contact: 'Kontakt',
  dataProtection: 'Dataskydd',
  dataProtectionLink: 'Läs mer om hur kommunen behandlar personuppgifter',
  decidedNote: (decision) =>
    `Det här är planen så som kommunfullmäktige beslutade den (${decision}). Uppföljningen fortsätter på `,
  decidedToday: 'sidan som den ser ut i dag',
  easyReadLink: 'Lättläst',
  decision: (decision) => `Beslutad i kommunfullmäktige ${decision}. `,
  decisionCorrection: (note) => `Rättelse: ${note}`,
  decisionLink: 'Läs planen så som den beslutades',
  done: 'klart',
  feedbackSend: 'Skicka synpunkt',
  feedbackSending: 'Skickar…',
  feedback: {
    noReply: 'Du angav ingen e-postadress, så vi kan tyvärr inte svara.',
    receipt: ['Ditt kvittonummer är ', '. Ange det om du kontaktar oss om synpunkten.'],
    replyExpected: 'Vi svarar på den e-postadress du angav.',
    summary: {
      failed: 'Synpunkten kunde inte sparas just nu. Försök igen om en stund.',
      gone: 'Sidan finns inte längre, så synpunkten kunde inte tas emot.',
      invalid: 'Formuläret innehåller fel. Rätta fälten nedan.',
      tooMany: 'Du har skickat många synpunkter på kort tid. Försök igen om {seconds} sekunder.',
    },
    thanks: 'Tack för din synpunkt!',
  },
  focusAreasHeading: 'Fokusområden och mål',
  follow: {
    email: 'Din e-postadress',
    heading: 'Följ planen via e-post',
    intro:
      'Få ett mejl de dagar något publiceras på sidan: högst ett om dagen, med vad som ändrats.',
    privacy:
      'Vi skickar först ett mejl med en länk som du bekräftar med. Adressen används bara till utskicken; obekräftade adresser raderas efter 7 dagar, och varje mejl har en länk för att sluta följa.',
    send: 'Följ',
    what: 'Vad vill du följa?',
    wholePlan: 'Hela planen',
  },
  followUp: {
    history: 'Bedömningar i uppföljningen',
    link: (title) => `Så gick det: ${title}`,
  },
  honeypot: 'Lämna tomt',
  indicator: {
    allInTable: 'Alla värden finns i tabellen.',
    baseline: 'Utgångsläge',
    chart: 'Diagram',
    comparisonGroup: 'Jämförelsegrupp',
    fetched: 'hämtad',
    men: 'Män',
    national: 'Riket',
    noData: 'Uppgifter saknas.',
    own: 'egen uppgift',
    perYear: 'per år',
    preliminary: 'prel.',
    source: 'Källa',
    target: 'Målvärde',
    targetShort: 'Mål',
    women: 'Kvinnor',
    year: 'År',
  },
  language: {
    href: (path) => `/en${path}`,
    label: 'Read this page in English',
    lang: 'en',
    name: 'In English',
  },
  noGoals: 'Inga mål är kopplade till området ännu.',
  notTranslated: '',
  openDataHeading: 'Öppna data',
  openDataTables: {
    assessments: 'målens bedömningar i uppföljningen (CSV)',
    goals: 'mål (CSV)',
    indicators: 'indikatorvärden per år (CSV)',
    initiatives: 'insatser (CSV)',
    measures: 'besparingar (CSV)',
  },
  openDataText: (licence) =>
    `Målen, insatserna och besparingarna finns som öppna data (${licence}):`,
  percentDone: (title, percent) => `${title}: ${percent} procent klart`,
  previewBanner: 'Förhandsvisning av utkast – sidan är inte publicerad i den här formen.',
  progress: (percent, done, ongoing, planned) =>
    `Årets insatser har kommit ${percent} % av vägen (${done} klara, ${ongoing} pågår, ${planned} planerade).`,
  skipLink: 'Hoppa till innehållet',
  year: 'År',
  yearSwitcher: 'Välj år',
}

const en: PageWords = {
  accessibility: 'Accessibility statement',
  budgetAmount: 'Amount',
  budgetCaption: 'Budget per committee (SEK)',
  budgetChange: 'Change',
  budgetCommittee: 'Committee',
  budgetHeading: 'How the tax money is used',
  budgetIncome: 'income',
  budgetKind: 'Kind',
  budgetPrevious: 'Previous year',
  budgetSummary: (operating, income, result, investment) =>
    `The committees' operating budgets ${operating}, income ${income}, planned result ${result}. Investments ${investment}.`,
  calculatorButton: 'Calculate',
  calculatorHeading: 'Where does your tax go?',
  calculatorIncome: 'Your monthly income before tax (SEK)',
  calculatorInvalid: 'Write the income in whole kronor, for example 32000.',
  calculatorNote:
    'An estimate: the municipal tax on your whole monthly income, shared by the committees’ operating budgets. It leaves out allowances and deductions, the regional tax, and that services are also paid for by state grants and fees.',
  calculatorPerMonth: 'a month',
  calculatorResult: (rate, tax) =>
    `With the municipal tax of ${rate} % you pay about ${tax} a month to the municipality, shared like this:`,
  cardLink: 'The goal as a card to embed on another site',
  changesSince: (label) => `What has changed since ${label}`,
  chartCaption: 'Operating budget per committee',
  chooseYear: 'Choose a year',
  comparisonGroup: 'Comparison group',
  contact: 'Contact',
  dataProtection: 'Data protection',
  dataProtectionLink: 'How the municipality handles personal data',
  decidedNote: (decision) =>
    `This is the plan as the municipal council decided it (${decision}). The follow-up continues on `,
  decidedToday: 'the page as it is today',
  easyReadLink: 'Easy to read',
  decision: (decision) => `Decided by the municipal council ${decision}. `,
  decisionCorrection: (note) => `Correction: ${note}`,
  decisionLink: 'Read the plan as it was decided',
  done: 'done',
  feedbackSend: 'Send feedback',
  feedbackSending: 'Sending…',
  feedback: {
    noReply: 'You gave no e-mail address, so we cannot reply.',
    receipt: ['Your receipt number is ', '. Give it if you contact us about your feedback.'],
    replyExpected: 'We will reply to the e-mail address you gave.',
    summary: {
      failed: 'Your feedback could not be saved just now. Please try again in a while.',
      gone: 'The page no longer exists, so your feedback could not be received.',
      invalid: 'The form has errors. Correct the fields below.',
      tooMany: 'You have sent a lot of feedback in a short time. Try again in {seconds} seconds.',
    },
    thanks: 'Thank you for your feedback!',
  },
  focusAreasHeading: 'Focus areas and goals',
  follow: {
    email: 'Your e-mail address',
    heading: 'Follow the plan by e-mail',
    intro:
      'Get an e-mail on the days something is published on the page: at most one a day, with what changed.',
    privacy:
      'We first send an e-mail with a link to confirm. The address is used only for these e-mails; unconfirmed addresses are deleted after 7 days, and every e-mail has a link to stop following.',
    send: 'Follow',
    what: 'What do you want to follow?',
    wholePlan: 'The whole plan',
  },
  followUp: {
    history: 'Assessments in the follow-up',
    link: (title) => `How it went: ${title}`,
  },
  honeypot: 'Leave empty',
  indicator: {
    allInTable: 'All values are in the table.',
    baseline: 'Baseline',
    chart: 'Chart',
    comparisonGroup: 'Comparison group',
    fetched: 'fetched',
    men: 'Men',
    national: 'Sweden',
    noData: 'No data.',
    own: 'own figure',
    perYear: 'per year',
    preliminary: 'prel.',
    source: 'Source',
    target: 'Target',
    targetShort: 'Target',
    women: 'Women',
    year: 'Year',
  },
  language: {
    href: (path) => path.replace(/^\/en(?=\/)/, ''),
    label: 'Läs sidan på svenska',
    lang: 'sv',
    name: 'På svenska',
  },
  noGoals: 'No goals are linked to this area yet.',
  notTranslated:
    'Parts of this page have not been translated yet; they are shown in Swedish, and marked as Swedish for screen readers.',
  openDataHeading: 'Open data',
  openDataTables: {
    assessments: 'the goals assessed in the follow-up (CSV)',
    goals: 'goals (CSV)',
    indicators: 'indicator values per year (CSV)',
    initiatives: 'initiatives (CSV)',
    measures: 'savings measures (CSV)',
  },
  openDataText: (licence) => `The goals, initiatives and savings are open data (${licence}):`,
  percentDone: (title, percent) => `${title}: ${percent} percent done`,
  previewBanner: 'Preview of a draft – the page is not published like this.',
  progress: (percent, done, ongoing, planned) =>
    `This year's initiatives have come ${percent} % of the way (${done} done, ${ongoing} ongoing, ${planned} planned).`,
  skipLink: 'Skip to the content',
  year: 'Year',
  yearSwitcher: 'Choose a year',
}

/** The page's own words in a language (Swedish for any other). */
export const pageWords = (locale: PublicLocale): PageWords => (locale === 'en' ? en : sv)

/** The feedback form's words, as plain strings (they cross to the browser). */
export const feedbackFormWords = (words: PageWords): FeedbackFormWords => ({
  honeypot: words.honeypot,
  noReply: words.feedback.noReply,
  receipt: words.feedback.receipt,
  replyExpected: words.feedback.replyExpected,
  send: words.feedbackSend,
  sending: words.feedbackSending,
  summary: words.feedback.summary,
  thanks: words.feedback.thanks,
})
