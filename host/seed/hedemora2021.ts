/**
 * The Hedemora kommun "Mål och budget 2021" page, word for word (whitespace normalised), as data
 * for the seed. Source: the public page "Mål för kommunen 2021 – Mål och budget, kortversion".
 */

/** The plan's texts, in page order. */
export const hedemora2021 = {
  title: 'Mål för kommunen 2021',
  subtitle: 'Mål och budget - kortversion',
  year: 2021,
  governingParties: [
    { abbreviation: 'S', name: 'Socialdemokraterna' },
    { abbreviation: 'C', name: 'Centerpartiet' },
    { abbreviation: 'V', name: 'Vänsterpartiet' },
  ],
  vision: 'En välkommande och hållbar kommun',
  intro: [
    'I Hedemora är det Socialdemokraterna, Centerpartiet och Vänsterpartiet som gemensamt styr. Det innebär att det är de partierna som gemensamt tar fram den övergripande styrningen för hur Hedemora kommun ska arbeta den närmaste tiden.',
    'I många mindre kommuner, däribland Hedemora, är det idag tufft att få pengarna att räcka till. Det är en stor utmaning för Hedemora kommun att pengarna ska räcka till all samhällsservice som medborgarna har rätt att kräva.',
    'Det handlar förstås om framför allt skola, vård och omsorg. Men i kommunen ryms också exempelvis verksamhet som rör bostäder, vatten, vägar och trafik, stöd för att utveckla våra företag i kommunen samt bibliotek och fritidsanläggningar. Då behövs en helhetssyn på samhällets utveckling. Det innebär att ekologiska, ekonomiska och sociala perspektiv behöver samverka – och vi får en hållbar utveckling.',
    'I Hedemora arbetar vi hårt med att utveckla kommunen så att vi kan vara en välkommande och hållbar kommun. Denna vision ska genomsyra all verksamhet i kommunen. Vi gör det genom att fokusera på fyra områden: jämlik hälsa, miljö, inkludering och jämställdhet.',
  ],
  workHeading: 'Så här jobbar vi för dig',
  workBody: [
    'I Hedemora kommun har vi valt att fokusera på våra utmaningar. Det betyder att vi i vårt mål och budgetarbete fokuserar på de områden där vi idag har ett sämre resultat, eller där vi ser att vi kan göra tydliga förbättringar.',
    'För oss är det självklart att fokusera på de områden där vi kan bli bättre, och använda målarbetet som en tydlig drivkraft för att pusha oss själva till att ständigt bli bättre.',
    'Det gör att vi lägger stor kraft på att förbättra skolan, till exempel. Flickor och pojkar i våra skolor ska få bästa möjliga förutsättningar och möjligheten och lust till att lära är avgörande inte bara för skolan utan för framtiden.',
    'I Hedemora är antalet unga vuxna med ekonomiskt bistånd fler än snittet i landet. Det vill vi ändra på och det är ännu ett av våra mål för året.',
    'Dessutom arbetar vi för att öka kvaliteten på vår hemtjänst. De hedemorabor som är i behov av hemtjänst ska ha kontakt med så få personer som möjligt. Vi ska erbjuda bra boenden med hög kvalitet och trivsel.',
  ],
  initiativesLead:
    'Kommunens verksamhet är bred och rör många områden. Här kommer några exempel på mer vi arbetar med under 2021:',
  initiatives: [
    'Bygga bostäder i enlighet med bostadsförsörjningsplanen, i form av hyresrätter och bostadsrätter',
    'Bygga trygghetsboende för äldre på Gussarvsgården, i Långshyttan samt se över möjligheten på andra orter i kommunen.',
    'Skapa fler praktikplatser, både inom kommunen men också arbeta för fler i Hedemoras näringsliv.',
    'Stödja föreningar och frivilligorganisationer att arbeta bland ungdomar i sammanhang där ungdomar finns för att förebygga psykisk ohälsa, utanförskap och missbruk.',
    'Upphandla så att kommunens elever och äldre får äta mat med ökad andel lokal- och närproducerade livsmedel. Kommunen ska servera svenskt, om möjligt närproducerat kött.',
    'Främja en näringslivspolitik som skapar fler arbetstillfällen.',
    'Utveckla och skapa bättre förutsättningar för ökad handel utmed Åsgatan i Hedemora.',
    'Förbättrad beredskap gällande tillgång till mark och lokaler för näringslivet.',
    'Utveckla Hovranområdet som besöksmål, och som utgångspunkt för skolan nya utbildningar.',
    'Styra föreningsbidraget mot barn- och ungdomsverksamhet.',
    'Skapa möjlighet till spontanidrott i och på kommunens sportanläggningar.',
    'Åtgärdsplan/bevarandeplan för Hedemoras stadssjöar, Hönsan och Munken ska följas upp.',
    'Öka andelen miljöbilar i kommunen.',
    'Bygga ut cykelvägnätet och trygga skolvägar för eleverna.',
  ],
  economyHeading: 'Ekonomi och kommunalskatt:',
  economyBody: [
    'I Hedemora pågår nu ett stort arbete för att utveckla och effektivisera verksamheten så att pengarna i kommunen räcker till så mycket som möjligt. En åldrande befolkning och barn och unga med behov av stöd från kommunen ställer höga krav på vår verksamhet.',
    'En rad besparingar rörande all kommunens verksamhet är beslutade, och genom att fokusera på verksamhetsutveckling med bland annat stöd av digitalisering fortsätter genomlysningen av all verksamhet.',
  ],
  savingsLead: 'Några exempel på vad kommunen gör för att minska sina kostnader är:',
  savingsMeasures: [
    {
      category: 'premises' as const,
      title:
        'Vi ser över vilka lokaler kommunen har och om olika verksamheter kan samsas om samma lokaler.',
    },
    {
      category: 'property_management' as const,
      title:
        'Ett arbete pågår med att samordna kommunkoncernens fastighetsförvaltning och låta det kommunägda dotterbolaget Hedemora Kommunfastigheter ta över all förvaltning.',
    },
    {
      category: 'staffing' as const,
      title: 'Vi ifrågasätter varje nyanställning och återbesättning av tjänster/vakanser.',
    },
    {
      category: 'purchasing' as const,
      title:
        'Möjligheten till inköp koncentreras till ett fåtal personer som har till uppgift att ifrågasätta varje investering och köp.',
    },
    {
      category: 'digitalisation' as const,
      title: 'Vi använder digitaliseringen för att effektivisera och utveckla vår verksamhet.',
    },
  ],
  taxStatement: 'Under kommande mandatperiod ska kommunalskatten vara oförändrad.',
  fullDocumentLinkText: 'Här hittar du kommunens hela mål och budgetdokument.',
  heroImageAlt:
    'Flera postlådor som sitter i en rad vid vägkanten, bakom finns en grön äng. En stolpe med vägskyltar visar vägen till Hedemora, Husby och Kloster.',
  pageUpdatedAt: '2021-03-10',
}

/** Organisation-wide texts: the data-protection notice and the feedback form. */
export const hedemoraSettings = {
  contactPhone: '0225-34 000',
  customerServiceName: 'kundtjänst',
  dataProtectionUrl: 'https://www.hedemora.se/dataskydd',
  accessibilityStatementUrl: 'https://www.hedemora.se/tillganglighetsredogorelse',
  dataProtectionNotice:
    'Information om hur Hedemora kommun behandlar dina personuppgifter och hur du tar tillvara på dina rättigheter enligt Dataskyddsförordningen (GDPR – General Data Protection) finns på Hedemora kommuns hemsida www.hedemora.se under Dataskydd. Du kan också kontakta kommunens kundtjänst tel. 0225-34 000.',
  feedbackHeading: 'Har du synpunkter på den här sidan, tar vi tacksamt emot dem.',
  feedbackIntro:
    'Fyll i formuläret nedan och dina synpunkter skickas till ansvarig för sidan. Om du anger din e-postadress kan vi ge återkoppling annars kan vi tyvärr inte svara.',
  feedbackThanks: 'Tack för att du hjälper oss att skapa en bättre webbplats.',
  nameLabel: 'Ditt namn:',
  emailLabel: 'Din e-postadress:',
  messageLabel: 'Din synpunkt:',
  organisationName: 'Hedemora kommun',
  // Hedemora kommun in Bolagsverket's register: the publisher in the open-data catalogue.
  organisationNumber: '212000-2197',
}
