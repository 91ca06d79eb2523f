// Posts of a province and everyone seen holding each, latest first.
// params: province
// example: kg query province-posts --param province="Sơn La"
MATCH (post:Post {province: $province})
OPTIONAL MATCH (p:Person)-[h:HOLDS]->(post)
OPTIONAL MATCH (post)-[:IN_ORGAN]->(o:Organ)
RETURN post.title AS post, o.name AS organ, p.name AS person,
       h.first_seen AS first_seen, h.last_seen AS last_seen,
       post.id AS _post, o.id AS _organ, p.id AS _person
ORDER BY post, coalesce(last_seen, '0000') DESC, person
