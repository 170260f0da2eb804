import type { PublicPage } from '../../shape/publicPageShape'
import type { PageWords } from './pageWords'

/**
 * The form to follow the plan, or one of its goals, by e-mail: an ordinary HTML form (no script)
 * that posts to the plugin's follow endpoint (`action`), which answers with a page of its own and
 * sends the confirmation e-mail (double opt-in).
 */
export const FollowForm = ({
  action,
  plan,
  words,
}: {
  action: string
  plan: PublicPage
  words: PageWords['follow']
}) => (
  <section aria-labelledby="folj-rubrik" className="follow" id="folj">
    <h2 id="folj-rubrik">{words.heading}</h2>
    <p>{words.intro}</p>
    <form accept-charset="utf-8" action={action} method="post">
      <input name="page" type="hidden" value={plan.path} />
      <input name="locale" type="hidden" value={plan.locale} />
      <p className="field">
        <label htmlFor="folj-epost">{words.email}</label>
        <input
          autoComplete="email"
          id="folj-epost"
          inputMode="email"
          maxLength={254}
          name="email"
          required
          type="email"
        />
      </p>
      {plan.goals.length > 0 ? (
        <p className="field">
          <label htmlFor="folj-vad">{words.what}</label>
          <select defaultValue="" id="folj-vad" name="goal">
            <option value="">{words.wholePlan}</option>
            {plan.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <p className="privacy">{words.privacy}</p>
      <p>
        <button type="submit">{words.send}</button>
      </p>
    </form>
  </section>
)
