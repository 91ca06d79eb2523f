// What changed since a date, newest first: appointments (a start an article reported), ends (reported, or inferred with why), and posts first seen held; the newest `limit`.
// params: since, limit:int=100
// example: kg query changes --param since=2022-01-01
// First the persons whose first change in this order (a person's newest day and kind,
// tenure's `last_change` and `last_change_kind`) is among the first `limit` persons',
// and those tied with the last of them: every other person's changes come after `limit`
// of theirs. Only the holdings of those are read.
MATCH (p:Person) WHERE p.last_change >= $since
WITH p ORDER BY p.last_change DESC, p.last_change_kind, p.name LIMIT $limit
WITH collect([p.last_change, p.last_change_kind, p.name]) AS top
WITH top[size(top) - 1] AS cut
MATCH (p:Person) WHERE p.last_change >= cut[0]
  AND (p.last_change > cut[0] OR p.last_change_kind < cut[1]
       OR (p.last_change_kind = cut[1]
           AND (p.name <= cut[2] OR p.name IS NULL OR cut[2] IS NULL)))
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
