// Every post an official held, with the first and last dates an article saw it, and the sources.
// params: name:name
// example: kg query person-timeline --param name="Nguyễn Hữu Đông"
MATCH (p:Person {search: $name})-[h:HOLDS]->(post:Post)
RETURN p.name AS person, post.title AS post, post.province AS province,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.sources AS sources,
       p.id AS _person, post.id AS _post
ORDER BY person, coalesce(first_seen, '9999'), coalesce(last_seen, '9999'), post
