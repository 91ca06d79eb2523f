// Who held what in a term: "Đảng bộ tỉnh Hà Giang khóa XVII". An empty province means central terms (Ban Chấp hành Trung ương, Quốc hội); an empty body means every body.
// params: ordinal, province=, body=
// example: kg query term-holders --param ordinal=XVII --param province="Hà Giang"
MATCH (t:Term {ordinal: $ordinal})
WHERE coalesce(t.province, '') = $province AND ($body = '' OR t.body = $body)
// Through the posts whose holdings count in the term (HELD_IN, derived with them).
MATCH (t)<-[:HELD_IN]-(post:Post)<-[h:HOLDS]-(p:Person)
WHERE t.id IN coalesce(h.in_terms, [])
RETURN t.name AS term, t.period AS period, post.title AS post, post.province AS province,
       p.name AS person, h.first_seen AS first_seen, h.last_seen AS last_seen,
       coalesce(h.status, 'unknown') AS status, size(h.sources) + coalesce(h.paged, 0) AS articles,
       t.id AS _term, p.id AS _person, post.id AS _post
ORDER BY term, post, coalesce(first_seen, '9999'), person
