// Documents that cite a document (by number as printed, or by title), and the articles that say so.
// params: number
// example: kg query document-references --param number=21-KL/TW
// The sources are the edge's and its pages' (a page keeps the lowest of them when it is made, not the lowest since), sorted again; an edge with no page keeps them sorted.
MATCH (d:Document)-[r:REFERENCES]->(t:Document)
WHERE t.number = $number OR t.title = $number
OPTIONAL MATCH (d)-[g:PAGE]->(t) WHERE g.of = 'REFERENCES'
WITH d, r, t, collect(g.sources) AS pages
CALL {
  WITH r, pages
  UNWIND CASE size(pages) WHEN 0 THEN [] ELSE reduce(s = r.sources, x IN pages | s + x) END AS source
  WITH source ORDER BY source
  RETURN collect(source) AS paged
}
RETURN coalesce(d.number, d.title) AS document, d.kind AS kind, d.date AS issued,
       d.province AS province, coalesce(t.number, t.title) AS cites,
       CASE size(pages) WHEN 0 THEN r.sources ELSE paged END AS sources,
       d.id AS _document, t.id AS _cited
ORDER BY coalesce(issued, '9999'), document
