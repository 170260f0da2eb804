/** The Swedish 404 page for a year that has no published plan. */
const PlanNotFound = () => (
  <main id="innehall">
    <h1>Sidan finns inte</h1>
    <p>Det finns ingen publicerad Mål och budget för det året.</p>
    <p>
      <a href="/mal-och-budget">Gå till den senaste Mål och budget</a>
    </p>
  </main>
)

export default PlanNotFound
