// Who held a post, and when: "who was Bí thư Tỉnh ủy Sơn La" (title in any case). An empty province means central posts.
// params: title, province=
// example: kg query post-holders --param title="Bí thư Tỉnh ủy" --param province="Sơn La"
MATCH (p:Person)-[h:HOLDS]->(post:Post)
WHERE toLower(post.title) = toLower($title) AND coalesce(post.province, '') = $province
RETURN p.name AS person, post.title AS post, post.province AS province,
       h.first_seen AS first_seen, h.last_seen AS last_seen, size(h.sources) AS articles,
       p.id AS _person, post.id AS _post
ORDER BY coalesce(first_seen, '9999'), person
