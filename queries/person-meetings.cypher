// Meetings an official (by id) chaired or attended, newest first, with how many articles say so; the first `limit`.
// params: person, limit:int=100
// example: kg query person-meetings --param person=person:lò-minh-hùng
MATCH (p:Person {id: $person})-[r:CHAIRED|ATTENDED]->(m:Meeting)
RETURN p.name AS person, m.name AS meeting, m.date AS date, m.province AS province,
       CASE type(r) WHEN 'CHAIRED' THEN 'chaired' ELSE 'attended' END AS role,
       size(r.sources) + coalesce(r.paged, 0) AS articles, p.id AS _person, m.id AS _meeting
ORDER BY coalesce(date, '') DESC, meeting, role DESC, _meeting
LIMIT $limit
