/** The language of a follower's pages and e-mails. */
export type FollowLocale = 'en' | 'sv'

/** What the follow routes and e-mails say, in Swedish and English. */
export const FOLLOW_WORDS = {
  en: {
    back: 'Back to the page',
    confirmButton: 'Yes, send me the changes',
    confirmExpired:
      'The link is no longer valid: a request to follow is kept for 7 days. Ask again on the page.',
    confirmMailBody: (what: string, link: string) =>
      `Someone, hopefully you, asked to follow ${what} by e-mail.\n\n` +
      `Confirm here, and you will get at most one e-mail a day with the day's published changes:\n${link}\n\n` +
      'If it was not you, do nothing: the request and your address are deleted within 7 days.\n',
    confirmMailSubject: (what: string) => `Confirm that you want to follow ${what}`,
    confirmQuestion: (what: string) => `Do you want to follow ${what} by e-mail?`,
    confirmTitle: 'Confirm',
    confirmed: (what: string) =>
      `You now follow ${what}. You get at most one e-mail a day, on days with published changes.`,
    confirmedTitle: 'You follow the page',
    digestFooter: (link: string) => `Stop following (every page, at once): ${link}\n`,
    digestSubject: (title: string) => `Changes on ${title}`,
    goal: (goal: string, plan: string) => `the goal "${goal}" in ${plan}`,
    leaveButton: 'Stop following',
    leaveLink: 'Stop following (the same link is in every e-mail)',
    leaveQuestion: 'Do you want to stop following by e-mail? You get no more e-mails from us.',
    leaveTitle: 'Stop following',
    left: 'You no longer follow anything, and your address is deleted.',
    leftTitle: 'You no longer follow the page',
    plan: (plan: string) => plan,
    readMore: 'Read the page:',
    sent: 'If the address is right, an e-mail with a link is on its way. Follow the link to confirm: nothing else is sent until you do.',
    sentTitle: 'Check your e-mail',
  },
  sv: {
    back: 'Tillbaka till sidan',
    confirmButton: 'Ja, skicka mig ändringarna',
    confirmExpired:
      'Länken gäller inte längre: en begäran att följa sparas i 7 dagar. Be om en ny på sidan.',
    confirmMailBody: (what: string, link: string) =>
      `Någon, förhoppningsvis du, har bett att få följa ${what} via e-post.\n\n` +
      `Bekräfta här, så får du högst ett mejl om dagen med dagens publicerade ändringar:\n${link}\n\n` +
      'Om det inte var du behöver du inte göra något: begäran och din adress raderas inom 7 dagar.\n',
    confirmMailSubject: (what: string) => `Bekräfta att du vill följa ${what}`,
    confirmQuestion: (what: string) => `Vill du följa ${what} via e-post?`,
    confirmTitle: 'Bekräfta',
    confirmed: (what: string) =>
      `Nu följer du ${what}. Du får högst ett mejl om dagen, de dagar något publiceras.`,
    confirmedTitle: 'Du följer sidan',
    digestFooter: (link: string) => `Sluta följa (alla sidor på en gång): ${link}\n`,
    digestSubject: (title: string) => `Ändringar i ${title}`,
    goal: (goal: string, plan: string) => `målet "${goal}" i ${plan}`,
    leaveButton: 'Sluta följa',
    leaveLink: 'Sluta följa (samma länk finns i varje mejl)',
    leaveQuestion: 'Vill du sluta följa via e-post? Du får inga fler mejl från oss.',
    leaveTitle: 'Sluta följa',
    left: 'Du följer inte längre något, och din adress är raderad.',
    leftTitle: 'Du följer inte längre sidan',
    plan: (plan: string) => plan,
    readMore: 'Läs sidan:',
    sent: 'Om adressen stämmer är ett mejl med en länk på väg. Följ länken för att bekräfta: inget annat skickas förrän du gjort det.',
    sentTitle: 'Titta i din e-post',
  },
} as const

/** The words of one language. */
export type FollowWords = (typeof FOLLOW_WORDS)[FollowLocale]
