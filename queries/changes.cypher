// What changed since a date, newest first: appointments (a start an article reported), ends (reported, or inferred with why), and posts first seen held; the newest `limit`.
// params: since, limit:int=100
// example: kg query changes --param since=2022-01-01
// First the persons whose first change in this order (a person's newest day and kind,
// tenure's `last_change` and `last_change_kind`, then the name) is among the first
// `limit` persons', and those tied with the last of them: every other person's changes
// come after `limit` of theirs. Only the holdings of those are read. (The ties are
// found by the last one's values: a second range over persons beside the first, which
// Neo4j 5 planned as a union, ran out of transaction memory once the first held all.)
MATCH (p:Person) WHERE p.last_change >= $since
WITH p ORDER BY p.last_change DESC, p.last_change_kind, p.name LIMIT $limit
WITH collect(p) AS top
WITH top, top[size(top) - 1] AS last
OPTIONAL MATCH (t:Person) WHERE t.last_change = last.last_change
  AND t.last_change_kind = last.last_change_kind
  AND (t.name = last.name OR (t.name IS NULL AND last.name IS NULL))
WITH top, collect(t) AS ties
UNWIND top + ties AS p
WITH DISTINCT p
MATCH (p)-[h:HOLDS]->(x:Post)
WHERE h.start >= $since OR h.end >= $since OR h.first_seen >= $since
UNWIND [['appointed', h.start], ['ended', h.end], ['first seen', h.first_seen]] AS e
WITH p, h, x, e WHERE e[1] >= $since
WITH p, h, x, e[1] AS date, e[0] AS change, p.name AS person, x.title AS post,
     x.province AS province, p.id AS _person
ORDER BY date DESC, change, person, post, province, _person
LIMIT $limit
RETURN date, change, person, post, province,
       CASE change WHEN 'ended' THEN coalesce(h.ended_by, '') ELSE '' END AS why,
       size(h.sources) + coalesce(h.paged, 0) AS articles, _person, x.id AS _post
ORDER BY date DESC, change, person, post, province, _person
