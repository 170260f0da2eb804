import { htmlWithoutScripts } from '../../src/lib/htmlWithoutScripts'

describe('htmlWithoutScripts', () => {
  it('should take out every script that holds or loads code and every preload of one', () => {
    const html =
      '<!DOCTYPE html><html><head><link rel="preload" as="script" href="/a.js"/>' +
      '<link rel="modulepreload" href="/b.js"><link rel="stylesheet" href="/c.css"/>' +
      '<script src="/a.js" async=""></script><script>self.__next_f.push([1,"<\\/div>"])</script>' +
      '<SCRIPT type="module">import x from "/b.js"</SCRIPT></head><body><h1>Mål</h1></body></html>'
    expect(htmlWithoutScripts(html)).toBe(
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/c.css"/></head><body><h1>Mål</h1></body></html>',
    )
  })

  it('should leave structured data, text and attributes that only read like a script', () => {
    const html =
      '<html><head><meta name="description" content="Om <script> och </script>">' +
      '<script type="application/ld+json">{"@type":"Dataset"}</script></head>' +
      '<body><p>Skriv &lt;script&gt; i rutan</p><textarea><script>inte kod</script></textarea></body></html>'
    expect(htmlWithoutScripts(html)).toBe(html)
  })
})
