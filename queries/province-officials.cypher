// Officials seen holding posts of a province, with their posts there (earliest first) and when last seen.
// params: province
// example: kg query province-officials --param province="Sơn La"
MATCH (p:Person)-[h:HOLDS]->(post:Post {province: $province})
WITH p, h, post ORDER BY coalesce(h.first_seen, '9999'), post.title
WITH p, collect(DISTINCT post.title) AS posts, collect(DISTINCT post.id) AS post_ids,
     max(h.last_seen) AS last_seen,
     min(h.first_seen) AS first_seen
RETURN p.name AS person, posts, first_seen, last_seen, p.id AS _person, post_ids AS _posts
ORDER BY coalesce(last_seen, '0000') DESC, person, _person
