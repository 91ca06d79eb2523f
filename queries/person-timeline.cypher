// Every post an official held (namesakes kept apart each have their person_id): first and last seen, start and end, status (current/ended/unknown), the terms it falls in, and the sources.
// params: name:name
// example: kg query person-timeline --param name="Nguyễn Hữu Đông"
MATCH (p:Person {search: $name})-[h:HOLDS]->(post:Post)
OPTIONAL MATCH (t:Term) WHERE t.id IN coalesce(h.in_terms, [])
WITH p, h, post, t ORDER BY t.id
WITH p, h, post, collect(t.name + CASE WHEN t.period IS NULL THEN '' ELSE ' (' + t.period + ')' END) AS terms,
     collect(t.id) AS term_ids
RETURN p.name AS person, p.id AS person_id, p.rank AS rank, post.title AS post, post.province AS province,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.start AS start, h.end AS end,
       h.begin AS begin, coalesce(h.status, 'unknown') AS status, h.ended_by AS ended_by, terms,
       size(h.sources) AS articles, h.sources AS sources,
       p.id AS _person, post.id AS _post, term_ids AS _terms
ORDER BY person, person_id, coalesce(first_seen, '9999'), coalesce(last_seen, '9999'), post
