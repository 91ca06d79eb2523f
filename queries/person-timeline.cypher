// Every post an official held (namesakes kept apart each have their person_id): first and last seen, start and end, status (current/ended/unknown), the terms it falls in, and the sources.
// params: name:name
// example: kg query person-timeline --param name="Nguyễn Hữu Đông"
// The sources are the edge's and its pages' (a page keeps the lowest of them when it is made, not the lowest since), sorted again; an edge with no page keeps them sorted.
MATCH (p:Person {search: $name})-[h:HOLDS]->(post:Post)
OPTIONAL MATCH (t:Term) WHERE t.id IN coalesce(h.in_terms, [])
WITH p, h, post, t ORDER BY t.id
WITH p, h, post, collect(t.name + CASE WHEN t.period IS NULL THEN '' ELSE ' (' + t.period + ')' END) AS terms,
     collect(t.id) AS term_ids
OPTIONAL MATCH (p)-[g:PAGE]->(post) WHERE g.of = 'HOLDS'
WITH p, h, post, terms, term_ids, collect(g.sources) AS pages
CALL {
  WITH h, pages
  UNWIND CASE size(pages) WHEN 0 THEN [] ELSE reduce(s = h.sources, x IN pages | s + x) END AS source
  WITH source ORDER BY source
  RETURN collect(source) AS paged
}
RETURN p.name AS person, p.id AS person_id, p.rank AS rank, post.title AS post, post.province AS province,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.start AS start, h.end AS end,
       h.begin AS begin, coalesce(h.status, 'unknown') AS status, h.ended_by AS ended_by, terms,
       size(h.sources) + coalesce(h.paged, 0) AS articles,
       CASE size(pages) WHEN 0 THEN h.sources ELSE paged END AS sources,
       p.id AS _person, post.id AS _post, term_ids AS _terms
ORDER BY person, person_id, coalesce(first_seen, '9999'), coalesce(last_seen, '9999'), post
