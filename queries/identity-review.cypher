// Identity calls to review: persons kept apart from a namesake (and why), persons whose mentions were joined on the name alone, and persons an analyst decided. An empty name means every name.
// params: name:name=
// example: kg query identity-review --param name="Lương Đức Thuận"
MATCH (p:Person)
WHERE p.identity IS NOT NULL AND ($name = '' OR p.search = $name)
  AND (size(coalesce(p.namesakes, [])) > 0 OR 'name' IN p.identity
       OR any(x IN p.identity WHERE x STARTS WITH 'decision'))
OPTIONAL MATCH (p)-[h:HOLDS]->(x:Post)
WITH p, h, x ORDER BY coalesce(h.first_seen, '9999'), x.title
WITH p, collect(x.title + coalesce(' (' + x.province + ')', '') + ' ' + coalesce(h.first_seen, '?')
     + '..' + coalesce(h.last_seen, '?')) AS posts
RETURN p.name AS person, p.id AS id, p.identity AS joined_by, coalesce(p.namesakes, []) AS namesakes,
       coalesce(p.apart_by, []) AS apart_by, posts, p.id AS _person
ORDER BY person, id
