// Posts of an organ and everyone seen holding each, latest first.
// params: organ, province=
// example: kg query organ-posts --param organ="Tỉnh ủy" --param province="Sơn La"
MATCH (o:Organ)<-[:IN_ORGAN]-(x:Post)
WHERE toLower(o.name) = toLower($organ) AND coalesce(o.province, '') = $province
OPTIONAL MATCH (p:Person)-[h:HOLDS]->(x)
RETURN x.title AS post, p.name AS person, h.begin AS begin, h.end AS end,
       coalesce(h.status, 'unknown') AS status, h.last_seen AS last_seen,
       o.id AS _organ, x.id AS _post, p.id AS _person
ORDER BY post, coalesce(begin, '') DESC, person
