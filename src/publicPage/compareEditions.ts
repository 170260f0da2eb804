import type { PublicChange, PublicPage } from '../shape/publicPageShape'

import { formatFigure } from '../lib/assessIndicator'

/** For each document of the later edition, the id of the document it continues in the earlier one. */
export type EditionLinks = ReadonlyMap<string, string>

const STATE_WORDS: Record<string, string> = {
  cancelled: 'avbruten',
  done: 'klar',
  ongoing: 'pågår',
  planned: 'planerad',
  postponed: 'uppskjuten',
}

const kronor = (n: null | number): null | string =>
  n === null ? null : `${formatFigure(Math.round(n))} kr`
// Tax rates have two decimals (22,34 %); figures elsewhere one.
const twoDecimals = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 })
const percent = (n: null | number): null | string =>
  n === null ? null : `${twoDecimals.format(n).replace(/\u00a0/g, ' ')} %`

const change = (
  kind: PublicChange['kind'],
  subject: string,
  text: string,
  before: null | string = null,
  after: null | string = null,
): PublicChange => ({ after, before, kind, subject, text })

/**
 * What changed from one edition of a plan to a later one (next year's plan, or today's page against
 * the decided version), by the editions' links — a goal, initiative or measure is "the same" when the
 * later one names the earlier one as its previous edition (or, between the decided version and
 * today, has the same id) — never by comparing texts. Each change comes with a plain Swedish
 * sentence. `carriedOver` says whether initiatives that continue are worth a line (between years);
 * `texts` whether the plan's own texts are compared too (today's page against the decided version:
 * one sentence per section that changed — between years every text is new).
 */
export const compareEditions = (
  before: PublicPage,
  after: PublicPage,
  links: EditionLinks,
  { carriedOver, texts = false }: { carriedOver: boolean; texts?: boolean },
): PublicChange[] => {
  const changes: PublicChange[] = []
  const earlier = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]))
  const matched = new Set<string>()
  const previousOf = <T extends { id: string }>(doc: T, old: Map<string, T>): T | undefined => {
    const id = links.get(doc.id)
    const found = id === undefined ? undefined : old.get(id)
    if (found) matched.add(`${found.id}`)
    return found
  }

  const oldGoals = earlier(before.goals)
  for (const goal of after.goals) {
    const prev = previousOf(goal, oldGoals)
    if (!prev) {
      changes.push(change('goal_added', goal.title, `Nytt mål: "${goal.title}".`, null, goal.title))
      continue
    }
    if (prev.title !== goal.title) {
      changes.push(
        change(
          'goal_renamed',
          goal.title,
          `Målet "${prev.title}" heter nu "${goal.title}".`,
          prev.title,
          goal.title,
        ),
      )
    }
    for (const indicator of goal.indicators) {
      const old =
        prev.indicators.find((i) => i.name === indicator.name) ??
        prev.indicators[goal.indicators.indexOf(indicator)]
      const from = old?.target.value ?? null
      const to = indicator.target.value
      if (!old || (from === to && old.target.year === indicator.target.year)) continue
      const fmt = (v: null | number, y: null | number) =>
        v === null
          ? null
          : `${formatFigure(v)}${indicator.unit ? ` ${indicator.unit}` : ''}${y ? ` (${y})` : ''}`
      const a = fmt(from, old.target.year)
      const b = fmt(to, indicator.target.year)
      changes.push(
        change(
          'goal_retargeted',
          goal.title,
          `Målvärdet för "${indicator.name}" (målet "${goal.title}") ändrades från ${a ?? 'inget'} till ${b ?? 'inget'}.`,
          a,
          b,
        ),
      )
    }
  }
  for (const goal of before.goals) {
    if (!matched.has(goal.id)) {
      changes.push(
        change(
          'goal_removed',
          goal.title,
          `Målet "${goal.title}" finns inte längre med.`,
          goal.title,
        ),
      )
    }
  }

  matched.clear()
  const oldInitiatives = earlier(before.initiatives)
  for (const initiative of after.initiatives) {
    const prev = previousOf(initiative, oldInitiatives)
    const title = initiative.title
    if (!prev) {
      changes.push(
        change(
          'initiative_added',
          title,
          `Ny insats: "${title}".`,
          null,
          STATE_WORDS[initiative.status],
        ),
      )
      continue
    }
    if (prev.status !== initiative.status) {
      const kind =
        initiative.status === 'done'
          ? 'initiative_done'
          : initiative.status === 'postponed'
            ? 'initiative_postponed'
            : initiative.status === 'cancelled'
              ? 'initiative_cancelled'
              : 'initiative_resumed'
      const text = {
        initiative_cancelled: `Insatsen "${title}" har avbrutits.`,
        initiative_done: `Insatsen "${title}" är klar.`,
        initiative_postponed: `Insatsen "${title}" har skjutits upp.`,
        initiative_resumed: `Insatsen "${title}" är nu ${STATE_WORDS[initiative.status]} (var ${STATE_WORDS[prev.status]}).`,
      }[kind]
      changes.push(
        change(kind, title, text, STATE_WORDS[prev.status], STATE_WORDS[initiative.status]),
      )
    } else if (prev.progress !== initiative.progress) {
      changes.push(
        change(
          'initiative_progress',
          title,
          `Insatsen "${title}" har kommit ${formatFigure(initiative.progress)} % av vägen (var ${formatFigure(prev.progress)} %).`,
          percent(prev.progress),
          percent(initiative.progress),
        ),
      )
    } else if (carriedOver) {
      changes.push(
        change(
          'initiative_carried_over',
          title,
          `Insatsen "${title}" fortsätter från ${before.year}.`,
          String(before.year),
          String(after.year),
        ),
      )
    }
  }
  for (const initiative of before.initiatives) {
    if (!matched.has(initiative.id)) {
      const why =
        carriedOver && ['done', 'cancelled'].includes(initiative.status)
          ? ` (${STATE_WORDS[initiative.status]} ${before.year})`
          : ''
      changes.push(
        change(
          'initiative_removed',
          initiative.title,
          `Insatsen "${initiative.title}" finns inte längre med${why}.`,
          initiative.title,
        ),
      )
    }
  }

  matched.clear()
  const oldMeasures = earlier(before.savingsMeasures)
  for (const measure of after.savingsMeasures) {
    const prev = previousOf(measure, oldMeasures)
    if (!prev) {
      changes.push(
        change(
          'savings_added',
          measure.title,
          `Ny besparing: "${measure.title}".`,
          null,
          kronor(measure.estimatedAnnualSavings),
        ),
      )
    } else if (prev.estimatedAnnualSavings !== measure.estimatedAnnualSavings) {
      const a = kronor(prev.estimatedAnnualSavings)
      const b = kronor(measure.estimatedAnnualSavings)
      changes.push(
        change(
          'savings_amount_changed',
          measure.title,
          `Beräknad besparing för "${measure.title}" ändrades från ${a ?? 'inget belopp'} till ${b ?? 'inget belopp'} per år.`,
          a,
          b,
        ),
      )
    }
  }
  for (const measure of before.savingsMeasures) {
    if (!matched.has(measure.id)) {
      changes.push(
        change(
          'savings_removed',
          measure.title,
          `Besparingen "${measure.title}" finns inte längre med.`,
          kronor(measure.estimatedAnnualSavings),
        ),
      )
    }
  }

  if (before.tax.rate !== after.tax.rate) {
    const a = percent(before.tax.rate)
    const b = percent(after.tax.rate)
    changes.push(
      change(
        'tax_changed',
        'Kommunalskatt',
        `Kommunalskatten ändrades från ${a ?? 'ej angiven'} till ${b ?? 'ej angiven'}.`,
        a,
        b,
      ),
    )
  } else if ((before.tax.statement ?? '') !== (after.tax.statement ?? '')) {
    changes.push(
      change(
        'tax_changed',
        'Kommunalskatt',
        `Beskedet om kommunalskatten är nu: "${after.tax.statement ?? ''}" (var: "${before.tax.statement ?? ''}").`,
        before.tax.statement,
        after.tax.statement,
      ),
    )
  }
  if (texts) changes.push(...textChanges(before, after))
  return changes
}

const excerpt = (text: string | undefined): null | string =>
  text === undefined ? null : text.length > 200 ? `${text.slice(0, 199)}…` : text

/**
 * The plan's own texts — the introduction, the vision and the two sections — compared paragraph
 * by paragraph: one sentence per text that changed, saying how many paragraphs were rewritten or
 * added and how many removed, with the first of each as before and after.
 */
const textChanges = (before: PublicPage, after: PublicPage): PublicChange[] => {
  const texts = [
    { after: after.intro, before: before.intro, name: 'Inledningen' },
    {
      after: { heading: null, paragraphs: after.vision ? [after.vision] : [] },
      before: { heading: null, paragraphs: before.vision ? [before.vision] : [] },
      name: 'Visionen',
    },
    {
      after: after.work,
      before: before.work,
      name: `Avsnittet "${before.work.heading ?? after.work.heading ?? 'Så här jobbar vi för dig'}"`,
    },
    {
      after: after.economy,
      before: before.economy,
      name: `Avsnittet "${before.economy.heading ?? after.economy.heading ?? 'Ekonomi och kommunalskatt'}"`,
    },
  ]
  return texts.flatMap(({ after: now, before: then, name }) => {
    const added = now.paragraphs.filter((p) => !then.paragraphs.includes(p))
    const removed = then.paragraphs.filter((p) => !now.paragraphs.includes(p))
    const renamed = (then.heading ?? null) !== (now.heading ?? null)
    if (added.length === 0 && removed.length === 0 && !renamed) return []
    const parts = [
      added.length > 0
        ? `${added.length} ${added.length === 1 ? 'stycke har' : 'stycken har'} skrivits om eller lagts till`
        : null,
      removed.length > 0
        ? `${removed.length} ${removed.length === 1 ? 'stycke har' : 'stycken har'} tagits bort eller ersatts`
        : null,
    ].filter((part): part is string => part !== null)
    const heading = renamed && now.heading ? ` heter nu "${now.heading}"` : ''
    const sentence =
      parts.length === 0
        ? `${name}${heading}.`
        : `${name} har ändrats: ${parts.join(', ')}${heading ? `; det${heading}` : ''}.`
    return [change('text_changed', name, sentence, excerpt(removed[0]), excerpt(added[0]))]
  })
}
