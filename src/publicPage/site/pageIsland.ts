/**
 * The public page's only script, sent inline in place of Next.js's (see `pagesWithoutScripts`):
 * the two things that are nicer with JavaScript and work without it. The feedback form is sent in
 * the background and answered in place (errors beside their fields, announced); the tax-krona
 * calculator answers as the reader types. Each reads what it needs — words, the budget's figures —
 * from the `data-island` attribute the server rendered on it.
 *
 * It is sent as its own source text, so it must use nothing from outside the function.
 */
export function planPageIsland(): void {
  type FeedbackWords = {
    noReply: string
    receipt: [string, string]
    replyExpected: string
    send: string
    sending: string
    summary: { failed: string; gone: string; invalid: string; tooMany: string }
    thanks: string
  }
  type Calculator = {
    committees: [string, number][]
    rate: number
    words: { invalid: string; perMonth: string; result: string }
  }
  const make = (tag: string, className?: string, text?: string): HTMLElement => {
    const element = document.createElement(tag)
    if (className) element.className = className
    if (text !== undefined) element.textContent = text
    return element
  }
  const island = <T>(element: Element): T => JSON.parse(element.getAttribute('data-island') ?? '{}')

  document.querySelectorAll('form[data-island-kind="feedback"]').forEach((node) => {
    const form = node as HTMLFormElement
    const { locale, words } = island<{ locale: string; words: FeedbackWords }>(form)
    const inLanguage = (message: string) => {
      const [sv, en] = message.split(' / ')
      return locale === 'en' ? (en ?? sv) : sv
    }
    const summary = form.querySelector('.form-summary')
    const button = form.querySelector('button[type="submit"]') as HTMLButtonElement | null
    const say = (text: string) => summary?.replaceChildren(make('p', undefined, text))
    const showErrors = (errors: Record<string, string>) => {
      for (const name of ['name', 'email', 'message']) {
        const input = form.querySelector(`#feedback-${name}`)
        if (!input) continue
        document.getElementById(`${name}-error`)?.remove()
        if (errors[name]) {
          const span = make('span', 'field-error', inLanguage(errors[name]))
          span.id = `${name}-error`
          input.parentElement?.append(span)
          input.setAttribute('aria-invalid', 'true')
          input.setAttribute('aria-describedby', span.id)
        } else {
          input.removeAttribute('aria-invalid')
          input.removeAttribute('aria-describedby')
        }
      }
    }
    let pending = false
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      if (pending) return
      pending = true
      const body = new URLSearchParams()
      new FormData(form).forEach((value, name) => {
        if (typeof value === 'string') body.append(name, value)
      })
      if (button) {
        button.disabled = true
        button.textContent = words.sending
      }
      fetch(form.action, { body, headers: { Accept: 'application/json' }, method: 'POST' })
        .then(async (res) => {
          const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>
          if (res.status === 201) {
            const thanks = make('div', 'thanks')
            thanks.setAttribute('role', 'status')
            const first = make('p')
            first.append(
              make('strong', undefined, words.thanks),
              ` ${answer.replyExpected === true ? words.replyExpected : words.noReply}`,
            )
            const second = make('p')
            second.append(
              words.receipt[0],
              make('strong', undefined, String(answer.id)),
              words.receipt[1],
            )
            thanks.append(first, second)
            form.replaceWith(thanks)
            return
          }
          const errors = answer.errors
          if (res.status === 400 && typeof errors === 'object' && errors !== null) {
            showErrors(errors as Record<string, string>)
            say(words.summary.invalid)
          } else if (res.status === 429) {
            const seconds = Number(res.headers.get('retry-after'))
            say(
              words.summary.tooMany.replace(
                '{seconds}',
                String(Number.isFinite(seconds) ? seconds : 60),
              ),
            )
          } else {
            say(res.status === 404 ? words.summary.gone : words.summary.failed)
          }
        })
        .catch(() => say(words.summary.failed))
        .finally(() => {
          pending = false
          if (button) {
            button.disabled = false
            button.textContent = words.send
          }
        })
    })
  })

  document.querySelectorAll('[data-island-kind="tax-calculator"]').forEach((node) => {
    const { committees, rate, words } = island<Calculator>(node)
    const input = node.querySelector('input[name="manadsinkomst"]') as HTMLInputElement | null
    const answer = node.querySelector('[aria-live]')
    if (!input || !answer) return
    const total = committees.reduce((sum, [, amount]) => sum + amount, 0)
    const kr = (n: number) => `${n.toLocaleString('sv-SE')} kr`
    input.addEventListener('input', () => {
      const digits = input.value.replace(/[\s\u00a0]/g, '')
      const income = /^\d{1,8}$/.test(digits) ? Number(digits) : 0
      if (income <= 0 || income > 10_000_000) {
        answer.replaceChildren(...(input.value.trim() ? [make('p', undefined, words.invalid)] : []))
        return
      }
      if (total <= 0 || !rate) return answer.replaceChildren()
      const tax = (income * rate) / 100
      const shares = make('ul', 'tax-shares')
      for (const [committee, amount] of committees) {
        shares.append(
          make(
            'li',
            undefined,
            `${committee}: ${kr(Math.round((tax * amount) / total))} ${words.perMonth}`,
          ),
        )
      }
      const result = words.result
        .replace('{rate}', rate.toLocaleString('sv-SE'))
        .replace('{tax}', kr(Math.round(tax)))
      answer.replaceChildren(make('p', undefined, result), shares)
    })
  })
}

/** The island as the page carries it: an inline script that runs once the page is read. */
export const PLAN_PAGE_ISLAND = `<script>(${planPageIsland.toString()})()</script>`
