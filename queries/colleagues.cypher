// Who sat with an official (by id) most: the officials at the most meetings with them, chairing or attending; the first `limit`.
// params: person, limit:int=10
// example: kg query colleagues --param person=person:nguyễn-hữu-đông
MATCH (p:Person {id: $person})-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(o:Person)
WHERE o <> p
WITH DISTINCT p, o, m
RETURN o.name AS colleague, count(m) AS meetings, p.id AS _person, o.id AS _colleague
ORDER BY meetings DESC, colleague, _colleague
LIMIT $limit
