// Meetings that took up a document, and what they did with it.
// params: number
// example: kg query document-meetings --param number=101-NQ/TU
// The sources are the edge's and its pages' (a page keeps the lowest of them when it is made, not the lowest since), sorted again; an edge with no page keeps them sorted.
MATCH (m:Meeting)-[a:DISCUSSED|APPROVED|DISSEMINATED]->(d:Document)
WHERE d.number = $number OR d.title = $number
OPTIONAL MATCH (m)-[g:PAGE]->(d) WHERE g.of = type(a)
WITH m, a, d, collect(g.sources) AS pages
CALL {
  WITH a, pages
  UNWIND CASE size(pages) WHEN 0 THEN [] ELSE reduce(s = a.sources, x IN pages | s + x) END AS source
  WITH source ORDER BY source
  RETURN collect(source) AS paged
}
RETURN coalesce(d.number, d.title) AS document, d.province AS province, m.name AS meeting,
       m.date AS date, toLower(type(a)) AS action,
       CASE size(pages) WHEN 0 THEN a.sources ELSE paged END AS sources,
       m.id AS _meeting, d.id AS _document
ORDER BY coalesce(date, '9999'), meeting
