// Meetings an official chaired, oldest first.
// params: name:name
// example: kg query chaired-meetings --param name="Nguyễn Hữu Đông"
// The sources are the edge's and its pages' (a page keeps the lowest of them when it is made, not the lowest since), sorted again; an edge with no page keeps them sorted.
MATCH (p:Person {search: $name})-[c:CHAIRED]->(m:Meeting)
OPTIONAL MATCH (p)-[g:PAGE]->(m) WHERE g.of = 'CHAIRED'
WITH p, c, m, collect(g.sources) AS pages
CALL {
  WITH c, pages
  UNWIND CASE size(pages) WHEN 0 THEN [] ELSE reduce(s = c.sources, x IN pages | s + x) END AS source
  WITH source ORDER BY source
  RETURN collect(source) AS paged
}
RETURN p.name AS person, m.name AS meeting, m.date AS date, m.province AS province,
       CASE size(pages) WHEN 0 THEN c.sources ELSE paged END AS sources,
       p.id AS _person, m.id AS _meeting
ORDER BY coalesce(date, '9999'), meeting
