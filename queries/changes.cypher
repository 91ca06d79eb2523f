// What changed since a date, newest first: appointments (a start an article reported), ends (reported, or inferred with why), and posts first seen held; the newest `limit`.
// params: since, limit:int=100
// example: kg query changes --param since=2022-01-01
MATCH (p:Person)-[h:HOLDS]->(x:Post)
WHERE h.start >= $since OR h.end >= $since OR h.first_seen >= $since
WITH p, h, x, [e IN [['appointed', h.start, ''], ['ended', h.end, coalesce(h.ended_by, '')],
                     ['first seen', h.first_seen, '']]
               WHERE e[1] IS NOT NULL AND e[1] >= $since] AS events
UNWIND events AS e
RETURN e[1] AS date, e[0] AS change, p.name AS person, x.title AS post,
       x.province AS province, e[2] AS why, size(h.sources) AS articles,
       p.id AS _person, x.id AS _post
ORDER BY date DESC, change, person, post, province, _person
LIMIT $limit
