// Who held a post, in succession order, with dates and status: "who was Bí thư Tỉnh ủy Sơn La, when" (title in any case). An empty province means central posts.
// params: title, province=
// example: kg query post-holders --param title="Bí thư Tỉnh ủy" --param province="Sơn La"
MATCH (p:Person)-[h:HOLDS]->(post:Post)
WHERE toLower(post.title) = toLower($title) AND coalesce(post.province, '') = $province
  AND h.first_seen IS NOT NULL
OPTIONAL MATCH (before:Person {id: h.predecessor})
OPTIONAL MATCH (after:Person {id: h.successor})
RETURN p.name AS person, post.title AS post, post.province AS province,
       h.begin AS begin, h.first_seen AS first_seen, h.last_seen AS last_seen, h.start AS start,
       h.end AS end,
       coalesce(h.status, 'unknown') AS status, h.ended_by AS ended_by,
       before.name AS predecessor, after.name AS successor,
       size(h.sources) + coalesce(h.paged, 0) AS articles,
       p.id AS _person, post.id AS _post
ORDER BY begin, coalesce(last_seen, '9999'), person
